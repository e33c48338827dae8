import DiplographLibXML

/// A W3C XML Schema compiled by libxml2, owning its `xmlSchemaPtr`.
final class CompiledSchema {
    private let schema: xmlSchemaPtr

    /// Parses the schema at `path`; throws an `ExportError` listing the schema's own errors.
    init(path: String) throws {
        LibXMLSetup.ensureInitialized()
        guard SystemFile.isReadable(path) else {
            throw ExportError(call: "xmlSchemaNewParserCtxt",
                              message: "cannot read schema '\(path)': \(SystemFile.lastErrorDescription())")
        }
        guard let parser = xmlSchemaNewParserCtxt(path) else {
            throw ExportError(call: "xmlSchemaNewParserCtxt", message: "could not open schema '\(path)'")
        }
        schema = try CompiledSchema.parse(parser, name: path)
    }

    /// Parses a schema held in memory; `name` stands for it in errors. The schema must be whole
    /// (no includes or imports by relative path).
    init(bytes: [UInt8], name: String) throws {
        LibXMLSetup.ensureInitialized()
        guard bytes.count <= Int(Int32.max) else {
            throw ExportError(call: "xmlSchemaNewMemParserCtxt", message: "schema '\(name)' is larger than 2 GiB")
        }
        // libxml2 reads the buffer only while it parses, so the context lives inside this closure.
        let parsed: Result<xmlSchemaPtr, Error> = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  let context = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      xmlSchemaNewMemParserCtxt($0, Int32(buffer.count))
                  }) else {
                return .failure(ExportError(call: "xmlSchemaNewMemParserCtxt", message: "could not open schema '\(name)'"))
            }
            return Result { try CompiledSchema.parse(context, name: name) }
        }
        schema = try parsed.get()
    }

    /// Compiles the schema `parser` reads, then frees the parser; throws the schema's own errors.
    private static func parse(_ parser: xmlSchemaParserCtxtPtr, name path: String) throws -> xmlSchemaPtr {
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = XMLErrorCollector(fallbackName: path)
        let parsed: xmlSchemaPtr? = collector.withContext { context in
            xmlSchemaSetParserStructuredErrors(parser, XMLErrorCollector.callback, context)
            // Documents the schema parser loads itself (includes, imports) report through the
            // thread-local handler.
            return collector.capturingParserErrors { xmlSchemaParse(parser) }
        }
        guard let parsed else {
            let details = collector.issues.map { ValidationIssue($0).description }.joined(separator: "; ")
            throw ExportError(call: "xmlSchemaParse", message: "invalid schema '\(path)'" + (details.isEmpty ? "" : ": " + details))
        }
        return parsed
    }

    deinit { xmlSchemaFree(schema) }

    /// Parses `bytes` (without network access or entity expansion) and validates the document.
    /// Well-formedness errors and schema violations both come back as issues named `name`.
    func validate(bytes: [UInt8], name: String) throws -> [ValidationIssue] {
        guard bytes.count <= Int(Int32.max) else {
            throw ExportError(call: "xmlReadMemory", message: "'\(name)' is larger than 2 GiB")
        }
        let collector = XMLErrorCollector(fallbackName: name)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document: xmlDocPtr? = collector.capturingParserErrors {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlReadMemory($0, Int32(buffer.count), name, nil, options)
                    }
                }
            }
        }
        guard let document else {
            if collector.issues.isEmpty { collector.add(line: 0, message: "the document is empty or not well-formed XML") }
            return collector.issues.map(ValidationIssue.init)
        }
        defer { xmlFreeDoc(document) }

        guard let context = xmlSchemaNewValidCtxt(schema) else {
            throw ExportError(call: "xmlSchemaNewValidCtxt", message: "could not create a validation context")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let result: Int32 = collector.withContext { pointer in
            xmlSchemaSetValidStructuredErrors(context, XMLErrorCollector.callback, pointer)
            return xmlSchemaValidateDoc(context, document)
        }
        if result < 0 {
            // libxml2 gives up on some documents it parsed, e.g. ones with unexpanded entity
            // references (entities are never expanded here): the document is not valid.
            collector.add(line: 0, message: "xmlSchemaValidateDoc stopped with internal error \(result); "
                + "the document cannot be validated (does it use entity references?)")
        }
        if result > 0 && collector.issues.isEmpty {
            collector.add(line: 0, message: "the document does not match the schema (code \(result))")
        }
        return collector.issues.map(ValidationIssue.init)
    }
}

extension ValidationIssue {
    init(_ issue: LibXMLIssue) { self.init(file: issue.file, line: issue.line, message: issue.message) }
}
