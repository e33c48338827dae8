import CLibXML2

/// A parsed XML element, read back with libxml2 to check the writers' output independently of them.
struct XMLTree: CustomStringConvertible {
    /// Local name.
    let name: String
    let prefix: String?
    let namespace: String?
    /// Attributes by QName as written (`rdf:about`, `xml:lang`, `id`); namespace declarations excluded.
    let attributes: [String: String]
    let children: [XMLTree]
    /// The concatenated text and CDATA children.
    let text: String

    var qualifiedName: String { prefix.map { $0 + ":" + name } ?? name }
    var description: String { "<\(qualifiedName) \(attributes)>" }

    struct NotWellFormed: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses `bytes` with `XML_PARSE_NONET` (no network, no entity expansion); throws when the
    /// document is not well formed.
    static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "test.xml", nil, Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        guard let document else { throw NotWellFormed(description: "libxml2 rejected the document") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw NotWellFormed(description: "no root element") }
        return XMLTree(root, document)
    }

    private init(_ node: xmlNodePtr, _ document: xmlDocPtr) {
        name = String(cString: node.pointee.name)
        prefix = node.pointee.ns?.pointee.prefix.map { String(cString: $0) }
        namespace = node.pointee.ns?.pointee.href.map { String(cString: $0) }
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
        self.attributes = attributes
        var children: [XMLTree] = []
        var text = ""
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: children.append(XMLTree(c, document))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { text += String(cString: content) }
            default: break
            }
            child = c.pointee.next
        }
        self.children = children
        self.text = text
    }

    /// Children with local name `name`.
    func elements(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The first child with local name `name`.
    func element(_ name: String) -> XMLTree? { children.first { $0.name == name } }
}
