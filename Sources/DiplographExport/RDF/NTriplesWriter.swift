import DiplographModel

/// Writes the graph as N-Triples (W3C RDF 1.1 N-Triples): the triples of `RDFTriples`, the same as
/// the RDF/XML and Turtle exports hold, one per line in the builder's order, every IRI written in
/// full, every term through `NTriplesText`. Lines end with LF; an empty graph gives an empty file.
public struct NTriplesWriter: GraphWriter {
    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// Streams the N-Triples document for `graph` into `sink`, one subject's lines at a time.
    /// Throws when the base IRI is not absolute.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        try RDFTriples.forEachSubject(graph, options: options) { triples in
            var out = ""
            for triple in triples { out += try Self.line(triple) }
            try sink.write(out)
        }
    }

    /// `<subject> <predicate> object .` and a line feed.
    static func line(_ triple: RDFTriple) throws -> String {
        let predicate = try RDFVocabulary.expand(triple.predicate)
        return NTriplesText.iri(triple.subject) + " " + NTriplesText.iri(predicate) + " " + (try object(triple.object)) + " .\n"
    }

    /// An object term with full IRIs.
    static func object(_ object: RDFProperty.Object) throws -> String {
        switch object {
        case .resource(let iri): return NTriplesText.iri(iri)
        case .literal(let value, let language, let datatype):
            return try NTriplesText.literal(value, language: language, datatype: datatype)
        }
    }
}
