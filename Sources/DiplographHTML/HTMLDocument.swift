import CLibXML2
import DiplographExtraction

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
        HTMLDocument.ensureInitialized()
        let errors = HTMLParseErrors()
        let parsed: htmlDocPtr? = errors.capturing {
            input.bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        htmlReadMemory($0, Int32(buffer.count), path, input.encoding, HTMLDocument.options)
                    }
                }
            }
        }
        guard let parsed else {
            let detail = errors.first.map { ": " + $0.message } ?? ""
            throw ReadError(path: path, line: errors.first?.line, reason: "htmlReadMemory could not parse the page" + detail)
        }
        if let stop = errors.fatalStop {
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

    /// `xmlInitParser` once per process, before any thread parses.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() { _ = initialized }
}

/// Errors libxml2 reports while parsing a page, through the thread-local structured handler, so
/// none reaches stderr. HTML pages are rarely valid: only errors that stop the parser matter.
final class HTMLParseErrors {
    struct Issue {
        let line: Int
        let message: String
    }

    private(set) var first: Issue?
    /// An error after which libxml2 stopped parsing.
    private(set) var fatalStop: Issue?
    private var count = 0

    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<HTMLParseErrors>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
    }

    /// Runs `body` with libxml2's thread-local structured error handler pointing here, and clears
    /// it afterwards. `body` must not suspend.
    func capturing<T>(_ body: () throws -> T) rethrows -> T {
        try withExtendedLifetime(self) {
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), HTMLParseErrors.callback)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return try body()
        }
    }

    private func record(_ error: xmlError) {
        count += 1
        var message = error.message.map { String(cString: $0) } ?? "unknown error"
        while let last = message.unicodeScalars.last, last == "\n" || last == " " { message.unicodeScalars.removeLast() }
        let issue = Issue(line: Int(error.line), message: message)
        if first == nil { first = issue }
        // XML_ERR_INTERNAL_ERROR at fatal level is how nodePush reports "Excessive depth in
        // document" before calling xmlStopParser; XML_ERR_NO_MEMORY stops it too.
        let code = xmlParserErrors(rawValue: UInt32(bitPattern: error.code))
        if fatalStop == nil, error.level == XML_ERR_FATAL, code == XML_ERR_INTERNAL_ERROR || code == XML_ERR_NO_MEMORY {
            fatalStop = issue
        }
    }
}
