import CLibXML2

/// A thin wrapper over libxml2's `xmlTextWriter` writing into memory.
///
/// Only reachable through `XMLTextWriter.document(_:)`, which owns the C buffer and writer and
/// frees both. Every string passes through `XMLText.clean` first; every failing call throws an
/// `ExportError` naming it.
struct XMLTextWriter {
    private let writer: xmlTextWriterPtr

    private init(_ writer: xmlTextWriterPtr) { self.writer = writer }

    /// Runs `body` with a fresh indented writer and returns the finished document's bytes.
    static func document(_ body: (XMLTextWriter) throws -> Void) throws -> [UInt8] {
        LibXMLSetup.ensureInitialized()
        guard let buffer = xmlBufferCreate() else {
            throw ExportError(call: "xmlBufferCreate", message: "out of memory")
        }
        defer { xmlBufferFree(buffer) }
        guard let raw = xmlNewTextWriterMemory(buffer, 0) else {
            throw ExportError(call: "xmlNewTextWriterMemory", message: "could not create the writer")
        }
        var owned: xmlTextWriterPtr? = raw
        defer { if let w = owned { xmlFreeTextWriter(w) } }

        let writer = XMLTextWriter(raw)
        try check("xmlTextWriterSetIndent", xmlTextWriterSetIndent(raw, 1))
        try writer.withXMLChars("  ") { try check("xmlTextWriterSetIndentString", xmlTextWriterSetIndentString(raw, $0)) }
        try check("xmlTextWriterStartDocument", xmlTextWriterStartDocument(raw, "1.0", "UTF-8", nil))
        try body(writer)
        try check("xmlTextWriterEndDocument", xmlTextWriterEndDocument(raw))

        // xmlFreeTextWriter flushes: read the buffer only after it.
        xmlFreeTextWriter(raw)
        owned = nil
        let length = Int(xmlBufferLength(buffer))
        guard length > 0, let content = xmlBufferContent(buffer) else {
            throw ExportError(call: "xmlBufferContent", message: "the writer produced no output")
        }
        return Array(UnsafeBufferPointer(start: content, count: length))
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
        let bytes = Array(text.utf8) + [0]
        return try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                throw ExportError(call: "withXMLChars", message: "empty buffer")
            }
            return try body(base)
        }
    }

    /// Turns a negative libxml2 return code into an `ExportError` naming the call.
    private static func check(_ call: String, _ code: Int32) throws {
        if code < 0 { throw ExportError(call: call, message: "returned \(code)") }
    }
}
