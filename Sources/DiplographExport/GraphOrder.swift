import DiplographModel

/// A graph as the writers go through it: its node ids sorted and its well-formed edges sorted,
/// worked out once and shared by every writer of an export. It is only read, so writers on
/// several threads share one (`render(_:as:options:to:)`); the nodes are looked up by id as they
/// are written, so no writer holds a copy of every node.
///
/// The orders are those of `KnowledgeGraph.nodes` and `wellFormedEdges`, got more cheaply
/// (`KnowledgeGraph.layout()`): ids are sorted once, and edges by the positions of their ends
/// and the ranks of their relation and role, integers, with no id hashed or compared again.
///
/// `graph` keeps the nodes only: its edge set is dropped once `edges` holds the well-formed ones,
/// so that an export whose caller lets go of its own graph does not hold every edge twice (as a
/// set and as the sorted array) while the writers run.
public struct SortedGraph: Sendable {
    /// The nodes of the graph (no edges: they are `edges`).
    public let graph: KnowledgeGraph
    /// Every node id, sorted (ids are unique, so no two nodes tie).
    let nodeIDs: [NodeID]
    /// Every well-formed edge, sorted as `wellFormedEdges` is (held as integers, each `Edge`
    /// made when read: `SortedEdges`).
    public let edges: SortedEdges
    /// The positions in `nodeIDs` of each edge's source and target, in the order of `edges`.
    var ends: SortedEdges.Ends { edges.ends }

    public init(_ graph: KnowledgeGraph) {
        let layout = graph.layout()
        var nodesOnly = graph
        nodesOnly.removeAllEdges()
        self.graph = nodesOnly
        nodeIDs = layout.nodeIDs
        nodeSlots = layout.nodeSlots
        edges = layout.edges
    }

    /// The slot of each node of `nodeIDs` in `graph` (`KnowledgeGraph.node(inSlot:)`), in order.
    private let nodeSlots: [Int32]

    /// True when every edge's source and target have the same bytes as the id of the node at
    /// their position, so that a writer may copy the node's id for them: always, since the graph
    /// spells an id as its node does (`KnowledgeGraph.insert`).
    let endsSpeltAsNodes = true

    /// The nodes in id order, as `KnowledgeGraph.nodes` gives them, each looked up when reached.
    var nodes: some Collection<Node> { nodeSlots.lazy.compactMap { [graph] in graph.node(inSlot: $0) } }

    /// The node at `position` in `nodeIDs`, looked up when asked for.
    func node(at position: Int) -> Node? {
        position >= 0 && position < nodeSlots.count ? graph.node(inSlot: nodeSlots[position]) : nil
    }

    /// Each node in id order with its position in `nodeIDs` (the positions `ends` gives).
    func forEachNode(_ body: (Int, Node) throws -> Void) rethrows {
        for (position, slot) in nodeSlots.enumerated() {
            if let node = graph.node(inSlot: slot) { try body(position, node) }
        }
    }

    /// The same for the nodes at `positions` (clamped to the nodes there are), in order.
    func forEachNode(in positions: Range<Int>, _ body: (Int, Node) throws -> Void) rethrows {
        let from = max(0, min(positions.lowerBound, nodeSlots.count)), to = max(from, min(positions.upperBound, nodeSlots.count))
        for position in from..<to {
            if let node = graph.node(inSlot: nodeSlots[position]) { try body(position, node) }
        }
    }

    /// How many nodes are of the kinds `include` accepts (no node copied out to tell).
    func count(where include: (NodeKind) -> Bool) -> Int {
        var count = 0
        for slot in nodeSlots { if let kind = graph.kind(inSlot: slot), include(kind) { count += 1 } }
        return count
    }

    /// The same for the nodes of the kinds `include` accepts; the others are not copied out.
    func forEachNode(where include: (NodeKind) -> Bool, _ body: (Int, Node) throws -> Void) rethrows {
        for (position, slot) in nodeSlots.enumerated() {
            guard let kind = graph.kind(inSlot: slot), include(kind), let node = graph.node(inSlot: slot) else { continue }
            try body(position, node)
        }
    }
}
