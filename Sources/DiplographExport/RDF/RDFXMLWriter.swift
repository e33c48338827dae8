import DiplographModel

/// Writes the graph as RDF/XML following `schema/ontology.rdf`.
///
/// Each node is a typed node element (`<dg:Person rdf:about="BASE+id">`) with its properties in a
/// fixed order (`RDFDescription`); subjects are sorted by node id, multi-valued properties by value,
/// so the output is byte-identical whatever order the graph was built in. IRIs are the base plus
/// the percent-encoded id; every predicate is checked to be a QName with an NCName local part.
public struct RDFXMLWriter {
    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// The RDF/XML document for `graph`, UTF-8. Throws when the base IRI is not absolute.
    public func write(_ graph: KnowledgeGraph) throws -> [UInt8] {
        guard IRI.hasScheme(options.baseIRI) else {
            throw ExportError(call: "RDFXMLWriter.baseIRI",
                              message: "'\(options.baseIRI)' is not an absolute IRI (it needs a scheme such as https:)")
        }
        var outgoing: [NodeID: [Edge]] = [:]
        for edge in graph.wellFormedEdges { outgoing[edge.source, default: []].append(edge) }
        let descriptions = graph.nodes.map { RDFDescription($0, outgoing: outgoing[$0.id] ?? [], base: options.baseIRI) }

        return try XMLTextWriter.document { xml in
            try xml.startElement("rdf:RDF")
            for (prefix, iri) in RDFVocabulary.namespaces { try xml.attribute("xmlns:" + prefix, iri) }
            for description in descriptions { try write(description, xml) }
            try xml.endElement()
        }
    }

    private func write(_ description: RDFDescription, _ xml: XMLTextWriter) throws {
        try RDFVocabulary.checkQName(description.classQName)
        try xml.startElement(description.classQName)
        try xml.attribute("rdf:about", description.subject)
        for property in description.properties {
            try RDFVocabulary.checkQName(property.predicate)
            try xml.startElement(property.predicate)
            switch property.object {
            case .resource(let iri):
                try xml.attribute("rdf:resource", iri)
            case .literal(let value, let language, let datatype):
                if let language { try xml.attribute("xml:lang", language) }
                if let datatype { try xml.attribute("rdf:datatype", datatype) }
                try xml.text(value)
            }
            try xml.endElement()
        }
        try xml.endElement()
    }
}
