/// Validates XML documents against a W3C XML Schema (XSD 1.0) with libxml2.
///
/// Documents are parsed without network access and without expanding external entities;
/// well-formedness errors are reported as issues like schema violations.
public struct SchemaValidator {
    private let schema: CompiledSchema

    /// Loads and compiles the schema at `schemaPath`. Throws an `ExportError` when the file is
    /// missing or unreadable (naming the path) or is not a valid schema (listing its errors).
    public init(schemaPath: String) throws {
        schema = try CompiledSchema(path: schemaPath)
    }

    /// The project's GraphML profile (`schema/graphml-profile.xsd`), built into the tool, so that
    /// `validate` needs no file beside the executable or in the working folder.
    public static func graphMLProfile() throws -> SchemaValidator {
        SchemaValidator(schema: try CompiledSchema(bytes: Array(EmbeddedSchemas.graphMLProfile.utf8), name: "graphml-profile.xsd (built in)"))
    }

    private init(schema: CompiledSchema) { self.schema = schema }

    /// Validates the file at `path`. Throws only when the file cannot be read.
    public func validate(path: String) throws -> [ValidationIssue] {
        try schema.validate(bytes: SystemFile.readAll(path), name: path)
    }

    /// Validates an in-memory document; issues carry `name` as their file.
    public func validate(bytes: [UInt8], name: String) throws -> [ValidationIssue] {
        try schema.validate(bytes: bytes, name: name)
    }
}
