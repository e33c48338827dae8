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
        let drawsKind = { (kind: NodeKind) in options.dotArticles == .all || kind != .article }
        var out = "digraph \(DOTString.quoted("diplograph")) {\n"
        var graphAttributes = [("charset", "UTF-8"), ("label", "diplograph"), ("labelloc", "t")]
        // Counted by kind, no node copied out.
        let drawnCount = graph.count(where: drawsKind)
        if drawnCount > Self.largeGraphThreshold {
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
        // Which nodes are drawn, by position among the sorted ids (the positions of the edges'
        // ends), and every node id quoted once, for its own line and every edge that ends at it.
        var drawn = [Bool](repeating: false, count: graph.nodeIDs.count)
        let quotedIDs = try DOTQuotedValues(graph.nodeIDs)
        // The looks are few: each one's attribute text is made once.
        var looks: [DOTStyle: String] = [:]
        try graph.forEachNode(where: drawsKind) { position, node in
            drawn[position] = true
            let style = DOTStyle(node)
            let look: String
            if let known = looks[style] {
                look = known
            } else {
                look = style.attributes.map { ", " + $0.0 + "=" + DOTString.quoted($0.1) }.joined()
                looks[style] = look
            }
            try buffer.append("  ")
            try quotedIDs.append(position, to: buffer)
            try buffer.append(" [label=")
            try DOTString.appendQuoted(node.label, to: buffer)
            try buffer.append(look)
            try buffer.append("];\n")
        }
        if drawnCount > 0 { try buffer.append("\n") }
        // Each relation's label quoted once; only edges with a role are made (`SortedEdges`), the others read in place.
        let relationLabels = try DOTQuotedValues(Relation.allCases.map(\.rawValue))
        let edges = graph.edges, ends = graph.ends
        for index in edges.indices where drawn[ends[index].source] && drawn[ends[index].target] {
            let relation = edges.relation(at: index)
            // `met` and `called` read both ways: drawn without an arrowhead.
            let undirected = options.undirectedSymmetric && relation.isSymmetric
            try buffer.append("  ")
            try quotedIDs.append(ends[index].source, to: buffer)
            try buffer.append(" -> ")
            try quotedIDs.append(ends[index].target, to: buffer)
            try buffer.append(" [label=")
            if !edges.hasRole(at: index) {
                try relationLabels.append(relation.position, to: buffer)
            } else {
                let edge = edges[index]
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
