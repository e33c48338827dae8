import DiplographModel

/// Writes the graph as N-Triples (W3C RDF 1.1 N-Triples): the triples of `RDFTriples`, the same as
/// the RDF/XML and Turtle exports hold, one per line in the builder's order, every IRI written in
/// full, every term through `NTriplesText`. Lines end with LF; an empty graph gives an empty file.
public struct NTriplesWriter: GraphWriter {
    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// Streams the N-Triples document for `graph` into `sink` through an `OutputBuffer`.
    /// Throws when the base IRI is not absolute.
    public func write(_ graph: SortedGraph, to sink: ByteSink) throws {
        let out = OutputBuffer(sink)
        // The predicates are few: each is expanded once.
        var predicates: [String: String] = [:]
        try RDFTriples.forEachSubject(graph, options: options) { triples in
            for triple in triples {
                let predicate: String
                if let known = predicates[triple.predicate] {
                    predicate = known
                } else {
                    predicate = try RDFVocabulary.expand(triple.predicate)
                    predicates[triple.predicate] = predicate
                }
                try Self.append(triple, predicate: predicate, to: out)
            }
        }
        try out.finish()
    }

    /// `<subject> <predicate> object .` and a line feed; `predicate` is the expanded IRI.
    static func append(_ triple: RDFTriple, predicate: String, to out: OutputBuffer) throws {
        try NTriplesText.appendIRI(triple.subject, to: out)
        try out.append(UInt8(ascii: " "))
        try NTriplesText.appendIRI(predicate, to: out)
        try out.append(UInt8(ascii: " "))
        switch triple.object {
        case .resource(let iri):
            try NTriplesText.appendIRI(iri, to: out)
        case .literal(let value, let language, let datatype):
            try NTriplesText.appendLiteral(value, language: language, datatype: datatype, to: out, name: NTriplesText.appendIRI)
        }
        try out.append(UInt8(ascii: " "))
        try out.append(UInt8(ascii: "."))
        try out.append(UInt8(ascii: "\n"))
    }
}
