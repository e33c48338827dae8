import DiplographModel

/// The order the writers follow, got more cheaply than `KnowledgeGraph.nodes` and `wellFormedEdges`
/// give it: sorting moves and compares ids and edge fields in place instead of copying whole
/// nodes and building tuples of edge fields for every comparison. The orders are the same.
extension KnowledgeGraph {
    /// Every node, sorted by id, as `nodes` is (ids are unique, so no two nodes tie).
    var nodesInOrder: [Node] {
        var ids: [NodeID] = []
        ids.reserveCapacity(nodeCount)
        forEachNode { ids.append($0.id) }
        ids.sort { $0 < $1 }
        return ids.compactMap { node($0) }
    }

    /// Every well-formed edge, sorted as `wellFormedEdges` is: the same edges in the same starting
    /// order, sorted by the same algorithm with a comparison that answers as `Edge.<` does
    /// (source, target, relation, role, the first that differs deciding).
    var wellFormedEdgesInOrder: [Edge] {
        var edges: [Edge] = []
        edges.reserveCapacity(edgeCount)
        forEachEdge { if isWellFormed($0) { edges.append($0) } }
        edges.sort { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            if a.relation != b.relation { return a.relation < b.relation }
            return a.role < b.role
        }
        return edges
    }
}
