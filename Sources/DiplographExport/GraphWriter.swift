import DiplographModel

/// A writer of one export format: streams a graph's document into a `ByteSink`.
public protocol GraphWriter {
    init(options: ExportOptions)

    /// Streams the document for `graph` into `sink` (UTF-8).
    func write(_ graph: SortedGraph, to sink: ByteSink) throws
}

extension GraphWriter {
    /// Streams the document for `graph` into `sink` (UTF-8).
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        try write(SortedGraph(graph), to: sink)
    }

    /// The document for `graph` in memory (UTF-8): for tests and small graphs; exports stream.
    public func write(_ graph: KnowledgeGraph) throws -> [UInt8] {
        let sink = MemorySink()
        try write(graph, to: sink)
        return sink.bytes
    }
}
