import DiplographModel

/// Writes the graph in Graphviz's DOT language (the one hand-written format).
///
/// Nodes sorted by id, edges in the graph's sorted order, every id and value quoted with
/// `DOTString.quoted`. A legend (`DOTLegend`, one node holding a table) explains the styles the
/// drawing uses; `met` and `called` are drawn without arrowheads (`dir="none"`). With
/// `ExportOptions.dotArticles` `.none`, article nodes and their `mentions`
/// edges are left out of the drawing. Graphs of more than `largeGraphThreshold` nodes ask for
/// `sfdp` with `overlap=prism`, since `dot` does not finish on large graphs (platform-notes.md).
public struct DOTWriter: GraphWriter {
    /// Above this many nodes the file asks for the `sfdp` layout.
    public static let largeGraphThreshold = 300

    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// Whether `node` is drawn under the options.
    private func draws(_ node: Node) -> Bool { options.dotArticles == .all || node.kind != .article }

    /// Streams the DOT document for `graph` into `sink`, a line at a time.
    public func write(_ graph: SortedGraph, to sink: ByteSink) throws {
        let nodes = graph.nodes.lazy.filter(draws)
        var out = "digraph \(DOTString.quoted("diplograph")) {\n"
        var graphAttributes = [("charset", "UTF-8"), ("label", "diplograph"), ("labelloc", "t")]
        if nodes.count > Self.largeGraphThreshold {
            graphAttributes += [("layout", "sfdp"), ("overlap", "prism")]
        } else {
            graphAttributes += [("rankdir", "LR")]
        }
        out += "  graph " + Self.list(graphAttributes) + ";\n"
        out += "  node " + Self.list([("fontsize", "11"), ("style", "filled")]) + ";\n"
        out += "  edge " + Self.list([("fontsize", "9"), ("color", "#555555"), ("fontcolor", "#333333")]) + ";\n\n"
        let legend = DOTLegend(nodes).statement
        if !legend.isEmpty { out += legend + "\n" }
        // The lines of nodes and edges go through a buffer, escaped over bytes.
        let buffer = OutputBuffer(sink)
        try buffer.append(out)
        var drawn = Set<NodeID>()
        // The looks are few: each one's attribute text is made once.
        var looks: [DOTStyle: String] = [:]
        for node in nodes {
            drawn.insert(node.id)
            let style = DOTStyle(node)
            let look: String
            if let known = looks[style] {
                look = known
            } else {
                look = style.attributes.map { ", " + $0.0 + "=" + DOTString.quoted($0.1) }.joined()
                looks[style] = look
            }
            try buffer.append("  ")
            try DOTString.appendQuoted(node.id.rawValue, to: buffer)
            try buffer.append(" [label=")
            try DOTString.appendQuoted(node.label, to: buffer)
            try buffer.append(look)
            try buffer.append("];\n")
        }
        if !nodes.isEmpty { try buffer.append("\n") }
        for edge in graph.edges where drawn.contains(edge.source) && drawn.contains(edge.target) {
            // `met` and `called` read both ways: drawn without an arrowhead.
            let undirected = options.undirectedSymmetric && edge.relation.isSymmetric
            try buffer.append("  ")
            try DOTString.appendQuoted(edge.source.rawValue, to: buffer)
            try buffer.append(" -> ")
            try DOTString.appendQuoted(edge.target.rawValue, to: buffer)
            try buffer.append(" [label=")
            if edge.role.isEmpty {
                try DOTString.appendQuoted(edge.relation.rawValue, to: buffer)
            } else {
                try DOTString.appendQuoted(edge.relation.rawValue + " (" + edge.role + ")", to: buffer)
            }
            try buffer.append(undirected ? ", dir=\"none\"];\n" : "];\n")
        }
        try buffer.append("}\n")
        try buffer.finish()
    }

    /// `[name="value", …]`, every value quoted.
    static func list(_ attributes: [(String, String)]) -> String {
        "[" + attributes.map { $0.0 + "=" + DOTString.quoted($0.1) }.joined(separator: ", ") + "]"
    }
}
