import DiplographModel

/// Writes the graph as Turtle (W3C RDF 1.1 Turtle): the triples of `RDFTriples`, the same as the
/// RDF/XML and N-Triples exports hold.
///
/// Layout: one `@prefix` line per namespace of `RDFVocabulary` (in its order), a blank line, then
/// one block per subject in the builder's order: the subject IRI, `a` and its class, then its other
/// predicate–object pairs separated by ` ;` one per line, the block closed by ` .` and a blank line.
/// Vocabulary terms are prefixed names where `TurtleText.name` allows, resources full IRIs; strings
/// and IRIs are escaped by `NTriplesText` (Turtle's STRING_LITERAL_QUOTE and IRIREF are N-Triples').
public struct TurtleWriter: GraphWriter {
    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// Streams the Turtle document for `graph` into `sink`, one subject block at a time.
    /// Throws when the base IRI is not absolute.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        try RDFTriples.checkBase(options)
        var head = ""
        for (prefix, iri) in RDFVocabulary.namespaces {
            head += "@prefix " + prefix + ": " + NTriplesText.iri(iri) + " .\n"
        }
        try sink.write(head)
        try RDFTriples.forEachSubject(graph, options: options) { triples in
            guard let first = triples.first else { return }
            var out = "\n" + NTriplesText.iri(first.subject)
            var separator = " "
            for triple in triples {
                out += separator + (try Self.verb(triple.predicate)) + " " + (try Self.object(triple.object))
                separator = " ;\n    "
            }
            out += " .\n"
            try sink.write(out)
        }
    }

    /// `a` for `rdf:type` (Turtle §2.4), else the predicate as a prefixed name or full IRI.
    static func verb(_ qname: String) throws -> String {
        if qname == RDFVocabulary.type { return "a" }
        return TurtleText.name(try RDFVocabulary.expand(qname))
    }

    /// An object term, IRIs of the vocabulary and datatypes as prefixed names where possible.
    static func object(_ object: RDFProperty.Object) throws -> String {
        switch object {
        case .resource(let iri): return TurtleText.name(iri)
        case .literal(let value, let language, let datatype):
            return try NTriplesText.literal(value, language: language, datatype: datatype, name: TurtleText.name)
        }
    }
}
