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
    /// The positions in `nodeIDs` of each edge's source and target, in the order of `edges`.
    let ends: [(source: Int, target: Int)]

    public init(_ graph: KnowledgeGraph) {
        var nodesOnly = graph
        nodesOnly.removeAllEdges()
        self.graph = nodesOnly
        var ids: [NodeID] = []
        ids.reserveCapacity(graph.nodeCount)
        graph.forEachNode { ids.append($0.id) }
        ids.sort { $0 < $1 }
        nodeIDs = ids
        let index = NodeIndex(ids)
        (edges, ends) = Self.wellFormedEdges(of: graph, index: index)
        endsSpeltAsNodes = !index.foundByString
    }

    /// True when every edge's source and target have the same bytes as the id of the node at
    /// their position (always, unless some id is spelt in two canonically equivalent ways), so that
    /// a writer may copy the node's id for them.
    let endsSpeltAsNodes: Bool

    /// The nodes in id order, as `KnowledgeGraph.nodes` gives them, each looked up when reached.
    var nodes: some Collection<Node> { nodeIDs.lazy.compactMap { graph.node($0) } }

    /// Each node in id order with its position in `nodeIDs` (the positions `ends` gives).
    func forEachNode(_ body: (Int, Node) throws -> Void) rethrows {
        for (position, id) in nodeIDs.enumerated() {
            if let node = graph.node(id) { try body(position, node) }
        }
    }

    /// The edges whose ends are both nodes, in the order of `wellFormedEdges`, with the positions
    /// of their ends. An edge's ends are found once each through `index`; the edges are then
    /// sorted by the positions of source and target (the order of the ids themselves, since the
    /// positions are those of the sorted ids), then by relation and role as `Edge.<` does. Ties
    /// cannot happen (the graph holds one edge per source, target, relation and role), so the
    /// order is the same as sorting the edges themselves.
    private static func wellFormedEdges(of graph: KnowledgeGraph, index: NodeIndex) -> ([Edge], [(source: Int, target: Int)]) {
        var found: [Edge] = []
        found.reserveCapacity(graph.edgeCount)
        var keys: [(source: Int, target: Int, edge: Int)] = []
        keys.reserveCapacity(graph.edgeCount)
        graph.forEachEdge { edge in
            guard let source = index.position(edge.source), let target = index.position(edge.target) else { return }
            keys.append((source, target, found.count))
            found.append(edge)
        }
        found.withUnsafeBufferPointer { found in
            keys.sort { a, b in
                if a.source != b.source { return a.source < b.source }
                if a.target != b.target { return a.target < b.target }
                let x = found[a.edge], y = found[b.edge]
                if x.relation != y.relation { return x.relation < y.relation }
                return x.role < y.role
            }
        }
        // The edges are put in that order in place, cycle by cycle (moved, not copied).
        var from = keys.map(\.edge)
        found.withUnsafeMutableBufferPointer { found in
            for start in from.indices where from[start] != start {
                var position = start
                while true {
                    let next = from[position]
                    from[position] = position
                    if next == start { break }
                    found.swapAt(position, next)
                    position = next
                }
            }
        }
        return (found, keys.map { ($0.source, $0.target) })
    }
}
