import DiplographModel

/// A graph as the writers go through it: its node ids sorted and its well-formed edges sorted,
/// worked out once and shared by every writer of an export. It is only read, so writers on
/// several threads share one (`render(_:as:options:to:)`); the nodes are looked up by id as they
/// are written, so no writer holds a copy of every node.
///
/// The orders are those of `KnowledgeGraph.nodes` and `wellFormedEdges`, got more cheaply: sorting
/// moves and compares ids and edge fields in place instead of copying whole nodes and building
/// tuples of edge fields for every comparison.
///
/// `graph` keeps the nodes only: its edge set is dropped once `edges` holds the well-formed ones,
/// so that an export whose caller lets go of its own graph does not hold every edge twice (as a
/// set and as the sorted array) while the writers run.
public struct SortedGraph: Sendable {
    /// The nodes of the graph (no edges: they are `edges`).
    public let graph: KnowledgeGraph
    /// Every node id, sorted (ids are unique, so no two nodes tie).
    let nodeIDs: [NodeID]
    /// Every well-formed edge, sorted as `wellFormedEdges` is.
    public let edges: [Edge]

    public init(_ graph: KnowledgeGraph) {
        var nodesOnly = graph
        nodesOnly.removeAllEdges()
        self.graph = nodesOnly
        var ids: [NodeID] = []
        ids.reserveCapacity(graph.nodeCount)
        graph.forEachNode { ids.append($0.id) }
        ids.sort { $0 < $1 }
        nodeIDs = ids
        edges = Self.wellFormedEdges(of: graph)
    }

    /// The nodes in id order, as `KnowledgeGraph.nodes` gives them, each looked up when reached.
    var nodes: some Collection<Node> { nodeIDs.lazy.compactMap { graph.node($0) } }

    /// The same edges in the same starting order as `wellFormedEdges`, sorted by the same algorithm
    /// with a comparison that answers as `Edge.<` does (source, target, relation, role, the first
    /// that differs deciding), so ties come out in the same order too.
    private static func wellFormedEdges(of graph: KnowledgeGraph) -> [Edge] {
        var edges: [Edge] = []
        edges.reserveCapacity(graph.edgeCount)
        graph.forEachEdge { if graph.isWellFormed($0) { edges.append($0) } }
        edges.sort { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            if a.relation != b.relation { return a.relation < b.relation }
            return a.role < b.role
        }
        return edges
    }
}
