import DiplographLibXML

/// A page parsed by libxml2's HTML parser, owning its `htmlDocPtr` (freed in `deinit`).
///
/// Nodes handed out by `root` live as long as this object: callers keep it alive while they walk.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// libxml2's HTML parser options for untrusted pages: no network, no error or warning output
    /// (errors are captured instead), recover from broken markup. Never `NOENT`, `DTDLOAD` or
    /// `HUGE`: entities are not substituted, no DTD is loaded, libxml2's size and depth limits stay.
    static let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)

    init(_ input: HTMLInput, path: String) throws {
        LibXMLSetup.ensureInitialized()
        let errors = XMLErrorCollector(fallbackName: path, limit: 16)
        let parsed: htmlDocPtr? = errors.capturingParserErrors {
            input.bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        htmlReadMemory($0, Int32(buffer.count), path, input.encoding, HTMLDocument.options)
                    }
                }
            }
        }
        guard let parsed else {
            let detail = errors.issues.first.map { ": " + $0.message } ?? ""
            throw ReadError(path: path, line: errors.issues.first?.line, reason: "htmlReadMemory could not parse the page" + detail)
        }
        if let stop = errors.parserStop {
            // libxml2 stopped parsing (e.g. elements nested past its depth limit, 256 without
            // XML_PARSE_HUGE): the rest of the page would be lost silently.
            xmlFreeDoc(parsed)
            throw ReadError(path: path, line: stop.line, reason: "libxml2 stopped reading the page: \(stop.message)")
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The root element (`<html>`), or nil for a document without one.
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}
