import DiplographLibXML

/// A thin wrapper over libxml2's `xmlTextWriter` streaming into a `ByteSink`.
///
/// Only reachable through `XMLTextWriter.document(to:_:)`, which owns the C output buffer and
/// writer and frees both. libxml2 hands its output to the sink in chunks as it goes (an
/// `xmlOutputBuffer` with I/O callbacks), so a document is never whole in memory. Every string
/// passes through `XMLText.clean` first; every failing call throws an `ExportError` naming it, and
/// a failing sink's own error is the one thrown.
struct XMLTextWriter {
    private let writer: xmlTextWriterPtr

    private init(_ writer: xmlTextWriterPtr) { self.writer = writer }

    /// The sink behind libxml2's output callback, and the first error it raised.
    private final class Output {
        let sink: ByteSink
        var error: Error?
        init(_ sink: ByteSink) { self.sink = sink }
    }

    /// Runs `body` with a fresh indented writer whose output streams into `sink`.
    static func document(to sink: ByteSink, _ body: (XMLTextWriter) throws -> Void) throws {
        LibXMLSetup.ensureInitialized()
        let output = Output(sink)
        let context = Unmanaged.passUnretained(output).toOpaque()
        // libxml2 reports a failing output ("I/O error : write error") through its error handler:
        // captured here, never printed; the sink's own error is the one thrown.
        let messages = XMLErrorCollector(fallbackName: "")
        try messages.capturingParserErrors { try withExtendedLifetime(output) {
            guard let buffer = xmlOutputBufferCreateIO({ context, bytes, length in
                guard let context, let bytes else { return -1 }
                let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
                if output.error != nil { return -1 }
                do {
                    try output.sink.write(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
                    return length
                } catch {
                    output.error = error
                    return -1
                }
            }, nil, context, nil) else {
                throw ExportError(call: "xmlOutputBufferCreateIO", message: "out of memory")
            }
            // The writer owns the output buffer from here and closes it when freed.
            guard let raw = xmlNewTextWriter(buffer) else {
                _ = xmlOutputBufferClose(buffer)
                throw ExportError(call: "xmlNewTextWriter", message: "could not create the writer")
            }
            defer { xmlFreeTextWriter(raw) }
            do {
                let writer = XMLTextWriter(raw)
                try check("xmlTextWriterSetIndent", xmlTextWriterSetIndent(raw, 1))
                try writer.withXMLChars("  ") { try check("xmlTextWriterSetIndentString", xmlTextWriterSetIndentString(raw, $0)) }
                try check("xmlTextWriterStartDocument", xmlTextWriterStartDocument(raw, "1.0", "UTF-8", nil))
                try body(writer)
                try check("xmlTextWriterEndDocument", xmlTextWriterEndDocument(raw))
                try check("xmlTextWriterFlush", xmlTextWriterFlush(raw))
            } catch let error as ExportError where output.error == nil && !messages.issues.isEmpty {
                throw ExportError(call: error.call, message: error.message + " (libxml2: " + messages.summary + ")")
            } catch {
                throw output.error ?? error
            }
            if let error = output.error { throw error }
        } }
    }

    /// Opens element `name` (a constant QName such as `rdf:Description`).
    func startElement(_ name: String) throws {
        try withXMLChars(name) { try Self.check("xmlTextWriterStartElement", xmlTextWriterStartElement(writer, $0)) }
    }

    /// Closes the innermost open element.
    func endElement() throws {
        try Self.check("xmlTextWriterEndElement", xmlTextWriterEndElement(writer))
    }

    /// Writes attribute `name` (a constant QName) with `value`, cleaned.
    func attribute(_ name: String, _ value: String) throws {
        try withXMLChars(name) { n in
            try withXMLChars(XMLText.clean(value)) { v in
                try Self.check("xmlTextWriterWriteAttribute", xmlTextWriterWriteAttribute(writer, n, v))
            }
        }
    }

    /// Writes character data, cleaned; the writer escapes markup characters.
    func text(_ value: String) throws {
        try withXMLChars(XMLText.clean(value)) { try Self.check("xmlTextWriterWriteString", xmlTextWriterWriteString(writer, $0)) }
    }

    /// Writes `<name attributes…>text</name>` (`<name …/>` when `text` is nil).
    func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text, !text.isEmpty { try self.text(text) }
        try endElement()
    }

    /// Passes `text` to `body` as a NUL-terminated `xmlChar` string.
    private func withXMLChars<T>(_ text: String, _ body: (UnsafePointer<xmlChar>) throws -> T) throws -> T {
        try text.withCString { c in
            try body(UnsafeRawPointer(c).assumingMemoryBound(to: xmlChar.self))
        }
    }

    /// Turns a negative libxml2 return code into an `ExportError` naming the call.
    private static func check(_ call: String, _ code: Int32) throws {
        if code < 0 { throw ExportError(call: call, message: "returned \(code)") }
    }
}
