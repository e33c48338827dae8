import DiplographModel

/// Writes the graph as RDF/XML following `schema/ontology.rdf`.
///
/// Writes the triples of `RDFTriples` (shared with Turtle and N-Triples): each subject becomes a
/// typed node element (`<dg:Person rdf:about="BASE+id">`, from its `rdf:type` triple) holding its
/// other triples as property elements, in the builder's order, so the output is byte-identical
/// whatever order the graph was built in. IRIs are the base plus the percent-encoded id; every
/// predicate is checked to be a QName with an NCName local part.
public struct RDFXMLWriter: GraphWriter {
    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// Streams the RDF/XML document for `graph` into `sink`, one subject at a time.
    /// Throws when the base IRI is not absolute.
    public func write(_ graph: SortedGraph, to sink: ByteSink) throws {
        try RDFTriples.checkBase(options)
        try XMLByteWriter.document(to: sink) { xml in
            try xml.startElement("rdf:RDF")
            for (prefix, iri) in RDFVocabulary.namespaces { try xml.attribute("xmlns:" + prefix, iri) }
            // The classes are few: each IRI is compacted once.
            var classes: [String: String] = [:]
            try RDFTriples.forEachSubject(graph, options: options) { triples in try write(triples[...], classes: &classes, xml) }
            try xml.endElement()
        }
    }

    /// One subject's node element. Its first triple is its `rdf:type`, whose class becomes the
    /// element name.
    private func write(_ triples: ArraySlice<RDFTriple>, classes: inout [String: String], _ xml: XMLByteWriter) throws {
        guard let first = triples.first, first.predicate == RDFVocabulary.type, case .resource(let type) = first.object else {
            throw ExportError(call: "RDFXMLWriter.class",
                              message: "subject '\(triples.first?.subject ?? "")' has no class with a declared prefix")
        }
        let classQName: String
        if let known = classes[type] {
            classQName = known
        } else if let compacted = RDFVocabulary.compact(type) {
            classQName = compacted
            classes[type] = compacted
        } else {
            throw ExportError(call: "RDFXMLWriter.class", message: "subject '\(first.subject)' has no class with a declared prefix")
        }
        try xml.startElement(classQName)
        try xml.attribute("rdf:about", first.subject)
        // Every predicate was checked to be a QName with an NCName local part by `RDFTriples`.
        // Each property element is a leaf, written in one call (the bytes of `startElement`,
        // `attribute`, `text` and `endElement`).
        for triple in triples.dropFirst() {
            switch triple.object {
            case .resource(let iri):
                try xml.emptyElement(triple.predicate, "rdf:resource", iri)
            case .literal(let value, let language, let datatype):
                try xml.textElement(triple.predicate, language.map { ("xml:lang", $0) }, datatype.map { ("rdf:datatype", $0) },
                                    text: value)
            }
        }
        try xml.endElement()
    }
}
