import DiplographModel

/// The formats the graph can be exported to.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, rdfxml, dot
    /// GEXF 1.3, dynamic, for Gephi's timeline.
    case gexf
    /// RDF 1.1 Turtle and N-Triples: the same triples as `rdfxml`.
    case turtle, ntriples

    /// The usual file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .graphml: return "graphml"
        case .rdfxml: return "rdf"
        case .dot: return "dot"
        case .gexf: return "gexf"
        case .turtle: return "ttl"
        case .ntriples: return "nt"
        }
    }
}

/// Settings shared by the writers.
public struct ExportOptions: Sendable {
    /// The default base IRI under which node ids become resource IRIs.
    public static let defaultBaseIRI = "https://w3id.org/diplograph/id/"

    /// The base IRI node ids are appended to in RDF (percent-encoded where IRIs need it).
    public var baseIRI: String

    public init(baseIRI: String = ExportOptions.defaultBaseIRI) {
        self.baseIRI = baseIRI
    }
}

/// Writes `graph` in `format` and returns the file's bytes (UTF-8).
public func render(_ graph: KnowledgeGraph, as format: ExportFormat, options: ExportOptions) throws -> [UInt8] {
    let sink = MemorySink()
    try render(graph, as: format, options: options, to: sink)
    return sink.bytes
}

/// Streams `graph` in `format` into `sink` (UTF-8).
public func render(_ graph: KnowledgeGraph, as format: ExportFormat, options: ExportOptions, to sink: ByteSink) throws {
    switch format {
    case .graphml: try GraphMLWriter(options: options).write(graph, to: sink)
    case .rdfxml: try RDFXMLWriter(options: options).write(graph, to: sink)
    case .dot: try DOTWriter(options: options).write(graph, to: sink)
    case .gexf: try GEXFWriter(options: options).write(graph, to: sink)
    case .turtle: try TurtleWriter(options: options).write(graph, to: sink)
    case .ntriples: try NTriplesWriter(options: options).write(graph, to: sink)
    }
}
