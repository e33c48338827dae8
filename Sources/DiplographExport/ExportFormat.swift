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

    /// Whether GraphML and GEXF write the symmetric relations (`met`, `called`) as undirected
    /// edges (the default, so Gephi sees them as such); false writes every edge directed, for
    /// readers such as networkx that refuse a graph mixing both.
    public var undirectedSymmetric: Bool

    /// What DOT draws of the article nodes (`DOTArticles`).
    public var dotArticles: DOTArticles

    public init(baseIRI: String = ExportOptions.defaultBaseIRI, undirectedSymmetric: Bool = true,
                dotArticles: DOTArticles = .all) {
        self.baseIRI = baseIRI
        self.undirectedSymmetric = undirectedSymmetric
        self.dotArticles = dotArticles
    }
}

extension ExportFormat {
    /// The writer of this format.
    public var writer: GraphWriter.Type {
        switch self {
        case .graphml: return GraphMLWriter.self
        case .rdfxml: return RDFXMLWriter.self
        case .dot: return DOTWriter.self
        case .gexf: return GEXFWriter.self
        case .turtle: return TurtleWriter.self
        case .ntriples: return NTriplesWriter.self
        }
    }
}

/// Writes `graph` in `format` and returns the file's bytes (UTF-8).
public func render(_ graph: KnowledgeGraph, as format: ExportFormat, options: ExportOptions) throws -> [UInt8] {
    try format.writer.init(options: options).write(graph)
}

/// Streams `graph` in `format` into `sink` (UTF-8).
public func render(_ graph: KnowledgeGraph, as format: ExportFormat, options: ExportOptions, to sink: ByteSink) throws {
    try format.writer.init(options: options).write(graph, to: sink)
}

/// Streams `graph` in `format` into `sink` (UTF-8): for several formats of one graph, sorted once.
public func render(_ graph: SortedGraph, as format: ExportFormat, options: ExportOptions, to sink: ByteSink) throws {
    try format.writer.init(options: options).write(graph, to: sink)
}
