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

    /// Streams the Turtle document for `graph` into `sink` through an `OutputBuffer`, one subject
    /// block at a time. Throws when the base IRI is not absolute.
    public func write(_ graph: SortedGraph, to sink: ByteSink) throws {
        try RDFTriples.checkBase(options)
        let out = OutputBuffer(sink)
        for (prefix, iri) in RDFVocabulary.namespaces {
            try out.append("@prefix " + prefix + ": ")
            try NTriplesText.appendIRI(iri, to: out)
            try out.append(" .\n")
        }
        // The predicates are few: each verb is written out once.
        var verbs: [String: String] = [:]
        try RDFTriples.forEachSubject(graph, options: options) { triples in
            guard let first = triples.first else { return }
            try out.append(UInt8(ascii: "\n"))
            try NTriplesText.appendIRI(first.subject, to: out)
            var separator = " "
            for triple in triples {
                let verb: String
                if let known = verbs[triple.predicate] {
                    verb = known
                } else {
                    verb = try Self.verb(triple.predicate)
                    verbs[triple.predicate] = verb
                }
                try out.append(separator)
                try out.append(verb)
                try out.append(UInt8(ascii: " "))
                try Self.appendObject(triple.object, to: out)
                separator = " ;\n    "
            }
            try out.append(" .\n")
        }
        try out.finish()
    }

    /// `a` for `rdf:type` (Turtle §2.4), else the predicate as a prefixed name or full IRI.
    static func verb(_ qname: String) throws -> String {
        if qname == RDFVocabulary.type { return "a" }
        return TurtleText.name(try RDFVocabulary.expand(qname))
    }

    /// An object term appended to `out`, IRIs of the vocabulary and datatypes as prefixed names where
    /// possible.
    static func appendObject(_ object: RDFProperty.Object, to out: OutputBuffer) throws {
        switch object {
        case .resource(let iri): try TurtleText.appendName(iri, to: out)
        case .literal(let value, let language, let datatype):
            try NTriplesText.appendLiteral(value, language: language, datatype: datatype, to: out, name: TurtleText.appendName)
        }
    }
}
