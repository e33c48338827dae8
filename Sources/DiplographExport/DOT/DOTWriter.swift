import DiplographModel

/// Writes the graph in Graphviz's DOT language (the one hand-written format).
///
/// Nodes sorted by id, edges in the graph's sorted order, every id and value quoted with
/// `DOTString.quoted`. A legend cluster shows one sample node per style. Graphs of more than
/// `largeGraphThreshold` nodes ask for `sfdp` with `overlap=prism`, since `dot` does not finish on
/// large graphs (platform-notes.md).
public struct DOTWriter: GraphWriter {
    /// Above this many nodes the file asks for the `sfdp` layout.
    public static let largeGraphThreshold = 300

    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// Streams the DOT document for `graph` into `sink`, a line at a time.
    public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
        var out = "digraph \(DOTString.quoted("diplograph")) {\n"
        var graphAttributes = [("charset", "UTF-8"), ("label", "diplograph"), ("labelloc", "t")]
        if graph.nodeCount > Self.largeGraphThreshold {
            graphAttributes += [("layout", "sfdp"), ("overlap", "prism")]
        } else {
            graphAttributes += [("rankdir", "LR")]
        }
        out += "  graph " + Self.list(graphAttributes) + ";\n"
        out += "  node " + Self.list([("fontsize", "11"), ("style", "filled")]) + ";\n"
        out += "  edge " + Self.list([("fontsize", "9"), ("color", "#555555"), ("fontcolor", "#333333")]) + ";\n\n"
        out += Self.legend()
        try sink.write(out)
        for node in graph.nodes {
            try sink.write("  " + DOTString.quoted(node.id.rawValue) + " "
                + Self.list([("label", node.label)] + DOTStyle(node).attributes) + ";\n")
        }
        if graph.nodeCount > 0 { try sink.write("\n") }
        for edge in graph.wellFormedEdges {
            let label = edge.role.isEmpty ? edge.relation.rawValue : edge.relation.rawValue + " (" + edge.role + ")"
            try sink.write("  " + DOTString.quoted(edge.source.rawValue) + " -> " + DOTString.quoted(edge.target.rawValue)
                + " " + Self.list([("label", label)]) + ";\n")
        }
        try sink.write("}\n")
    }

    /// The legend: a cluster with one sample node per style, plus a planned event and a
    /// sanctions threat. Legend ids contain `:`, which node ids never do, so they cannot clash.
    static func legend() -> String {
        var samples = NodeStyle.allCases.map { ($0.rawValue, $0.legendLabel, DOTStyle($0)) }
        samples.append(("planned", "planned event", DOTStyle(.meeting, planned: true)))
        samples.append(("sanctions", "threat of sanctions", DOTStyle(.threat, strong: true)))
        var out = "  subgraph \(DOTString.quoted("cluster_legend")) {\n"
        out += "    graph " + list([("label", "Legend"), ("style", "rounded"), ("color", "#999999")]) + ";\n"
        for (name, label, style) in samples {
            out += "    " + DOTString.quoted("legend:" + name) + " " + list([("label", label)] + style.attributes) + ";\n"
        }
        out += "  }\n\n"
        return out
    }

    /// `[name="value", …]`, every value quoted.
    static func list(_ attributes: [(String, String)]) -> String {
        "[" + attributes.map { $0.0 + "=" + DOTString.quoted($0.1) }.joined(separator: ", ") + "]"
    }
}
