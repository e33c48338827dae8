import CLibXML2

/// An XML document read back with libxml2 (`xmlReadMemory`, `XML_PARSE_NONET`: no network, no
/// entity expansion), independently of the writers. Errors are captured, never printed.
struct ParsedXML {
    /// An element: QName as written, attributes by QName, element children and direct text.
    struct Element {
        let name: String
        let attributes: [String: String]
        let children: [Element]
        let text: String

        func elements(_ name: String) -> [Element] { children.filter { $0.name == name } }
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        let description: String
    }

    let root: Element

    /// Parses `bytes`; throws with libxml2's messages when they are not well-formed XML (or when
    /// libxml2 reports any error or warning at all).
    init(_ bytes: [UInt8]) throws {
        final class Messages { var list: [String] = [] }
        let messages = Messages()
        let context = Unmanaged.passUnretained(messages).toOpaque()
        xmlSetStructuredErrorFunc(context) { data, error in
            guard let data, let error else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? "?"
            Unmanaged<Messages>.fromOpaque(data).takeUnretainedValue().list.append("line \(error.pointee.line): \(text)")
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let document: xmlDocPtr? = withExtendedLifetime(messages) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlReadMemory($0, Int32(buffer.count), "property.xml", nil, Int32(XML_PARSE_NONET.rawValue))
                    }
                }
            }
        }
        guard let document else { throw NotWellFormed(description: "xmlReadMemory failed: " + messages.list.joined(separator: "; ")) }
        defer { xmlFreeDoc(document) }
        if !messages.list.isEmpty { throw NotWellFormed(description: "xmlReadMemory reported: " + messages.list.joined(separator: "; ")) }
        guard let rootNode = xmlDocGetRootElement(document) else { throw NotWellFormed(description: "no root element") }
        root = ParsedXML.element(rootNode, document)
    }

    /// Builds the element tree (the writers' documents are a few levels deep).
    private static func element(_ node: xmlNodePtr, _ document: xmlDocPtr) -> Element {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let local = String(cString: a.pointee.name)
            let key = a.pointee.ns?.pointee.prefix.map { String(cString: $0) + ":" + local } ?? local
            if let value = xmlNodeListGetString(document, a.pointee.children, 1) {
                attributes[key] = String(cString: value)
                diplograph_xml_free(value)
            } else {
                attributes[key] = ""
            }
            attribute = a.pointee.next
        }
        var children: [Element] = []
        var text = ""
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: children.append(element(c, document))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { text += String(cString: content) }
            default: break
            }
            child = c.pointee.next
        }
        let local = String(cString: node.pointee.name)
        let name = node.pointee.ns?.pointee.prefix.map { String(cString: $0) + ":" + local } ?? local
        return Element(name: name, attributes: attributes, children: children, text: text)
    }
}
