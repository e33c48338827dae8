/// The graph of actors, events, demands, threats and articles with their edges.
///
/// Nodes are kept by id; every accessor returns them sorted by id so that writers are
/// deterministic whatever order facts were added in.
public struct KnowledgeGraph: Sendable {
    private var nodesByID: [NodeID: Node] = [:]
    private var edgeSet: Set<Edge> = []

    public init() {}

    /// Adds a node, replacing any node with the same id.
    public mutating func insert(_ node: Node) { nodesByID[node.id] = node }

    public mutating func insert(_ actor: Actor) { insert(.actor(actor)) }
    public mutating func insert(_ event: Event) { insert(.event(event)) }
    public mutating func insert(_ demand: Demand) { insert(.demand(demand)) }
    public mutating func insert(_ threat: Threat) { insert(.threat(threat)) }
    public mutating func insert(_ article: Article) { insert(.article(article)) }

    /// Adds an edge; an identical edge (same ends, relation and role) is kept once.
    public mutating func connect(_ edge: Edge) { edgeSet.insert(edge) }

    public mutating func connect(_ source: NodeID, _ target: NodeID, _ relation: Relation, role: String = "") {
        connect(Edge(source: source, target: target, relation: relation, role: role))
    }

    public mutating func removeEdges(where predicate: (Edge) -> Bool) {
        // In place: a filtered copy of a corpus-sized set would double its memory for a moment.
        let doomed = edgeSet.filter(predicate)
        for e in doomed { edgeSet.remove(e) }
    }

    /// Drops every edge (their storage too, once no other copy of the graph holds it).
    public mutating func removeAllEdges() { edgeSet = [] }

    public mutating func removeNode(_ id: NodeID) {
        nodesByID[id] = nil
        removeEdges { $0.source == id || $0.target == id }
    }

    public func node(_ id: NodeID) -> Node? { nodesByID[id] }

    /// The id under which the graph holds the node `id` names (the same id, as the graph stores
    /// it), or nil: edges given it share the graph's string instead of holding a copy of their own.
    public func storedID(_ id: NodeID) -> NodeID? {
        nodesByID.index(forKey: id).map { nodesByID.keys[$0] }
    }
    public func contains(_ id: NodeID) -> Bool { nodesByID[id] != nil }

    /// All nodes, sorted by id.
    public var nodes: [Node] { sortedByID { $0 } }

    /// All edges, sorted by source, target, relation and role.
    public var edges: [Edge] {
        var out = Array(edgeSet)
        out.sort(by: Edge.precedes)
        return out
    }

    public var nodeCount: Int { nodesByID.count }
    public var edgeCount: Int { edgeSet.count }

    public var actors: [Actor] { sortedByID { if case .actor(let a) = $0 { return a } else { return nil } } }
    public var events: [Event] { sortedByID { if case .event(let e) = $0 { return e } else { return nil } } }
    public var demands: [Demand] { sortedByID { if case .demand(let d) = $0 { return d } else { return nil } } }
    public var threats: [Threat] { sortedByID { if case .threat(let t) = $0 { return t } else { return nil } } }
    public var articles: [Article] { sortedByID { if case .article(let a) = $0 { return a } else { return nil } } }

    /// The nodes of the kinds `include` accepts, sorted by id; the others are neither copied nor sorted.
    public func nodes(where include: (NodeKind) -> Bool) -> [Node] {
        sortedByID { include($0.kind) ? $0 : nil }
    }

    /// What `pick` takes from each node (nil: nothing), in node id order. Only the picked values
    /// are gathered, beside their ids, and the ids alone are compared: no node is copied to read
    /// its id, and nodes left out are not sorted. (Not public: a generic called from another
    /// module would run unspecialised, several times slower.)
    private func sortedByID<T>(_ pick: (Node) -> T?) -> [T] {
        var picked: [(id: NodeID, value: T)] = []
        picked.reserveCapacity(nodesByID.count)
        for (id, node) in nodesByID { if let value = pick(node) { picked.append((id, value)) } }
        picked.sort { $0.id < $1.id }
        return picked.map(\.value)
    }

    /// Sources of edges with `relation` into `target`, sorted.
    public func sources(into target: NodeID, _ relation: Relation) -> [NodeID] {
        edgeSet.filter { $0.target == target && $0.relation == relation }.map(\.source).sorted()
    }

    /// Targets of edges with `relation` out of `source`, sorted.
    public func targets(from source: NodeID, _ relation: Relation) -> [NodeID] {
        edgeSet.filter { $0.source == source && $0.relation == relation }.map(\.target).sorted()
    }

    /// Replaces node ids in every edge at once (`renamed[old] = new`), removing the old nodes:
    /// one pass over the edges however many nodes are renamed.
    public mutating func rename(_ renamed: [NodeID: NodeID]) {
        guard !renamed.isEmpty else { return }
        for old in renamed.keys { nodesByID[old] = nil }
        // Only the edges touching a renamed node are taken out and put back, in place. Edges that
        // become equal keep one of them: they differ at most in weight, dates and facts, which the
        // full graph's edges never carry before the actor view computes them.
        let touched = edgeSet.filter { renamed[$0.source] != nil || renamed[$0.target] != nil }
        for e in touched { edgeSet.remove(e) }
        for var e in touched.sorted() {
            if let s = renamed[e.source] { e.source = s }
            if let t = renamed[e.target] { e.target = t }
            edgeSet.insert(e)
        }
    }

    /// Keeps one edge per source, target and relation: edges that differ only in `role` (a
    /// participant read once plainly and once as `initiator` when reports of one event merge)
    /// become one edge whose role is their non-empty roles, each once, sorted and `|`-joined, with
    /// the largest weight and the union of their facts. Only the pairs that have such twins are
    /// touched, in place.
    public mutating func uniteRoles() {
        // Two edges with the same ends and the same role are one edge already, so every group of
        // twins holds an edge with a role: only the (few) ends of such edges are looked at, not a
        // corpus-sized count of every edge.
        var roled = Set<EdgeEnds>()
        for e in edgeSet where !e.role.isEmpty { roled.insert(EdgeEnds(e)) }
        guard !roled.isEmpty else { return }
        var groups: [EdgeEnds: [Edge]] = [:]
        for e in edgeSet {
            let ends = EdgeEnds(e)
            if roled.contains(ends) { groups[ends, default: []].append(e) }
        }
        for group in groups.values where group.count > 1 {
            let group = group.sorted()
            for e in group { edgeSet.remove(e) }
            guard var united = group.first else { continue }
            let roles = Set(group.flatMap { $0.role.split(separator: "|").map(String.init) }.filter { !$0.isEmpty })
            united.role = roles.sorted().joined(separator: "|")
            united.weight = group.map(\.weight).max() ?? united.weight
            united.facts = Array(Set(group.flatMap(\.facts))).sorted()
            united.firstDate = group.map(\.firstDate).filter { !$0.isEmpty }.min() ?? ""
            united.lastDate = group.map(\.lastDate).filter { !$0.isEmpty }.max() ?? ""
            edgeSet.insert(united)
        }
    }

    /// Source, target and relation of an edge: what `uniteRoles` keeps one edge for.
    private struct EdgeEnds: Hashable {
        let source: NodeID, target: NodeID, relation: Relation
        init(_ e: Edge) { (source, target, relation) = (e.source, e.target, e.relation) }
    }

    /// Every node, in no particular order: for counting and indexing without sorting.
    public func forEachNode(_ body: (Node) throws -> Void) rethrows {
        for n in nodesByID.values { try body(n) }
    }

    /// Every node's id and kind, in no particular order: for indexing ids without copying nodes.
    public func forEachNodeID(_ body: (NodeID, NodeKind) throws -> Void) rethrows {
        for (id, node) in nodesByID { try body(id, node.kind) }
    }

    /// Every edge, in no particular order: for work whose result does not depend on the order
    /// (building indexes and sets), without sorting a corpus-sized array first.
    public func forEachEdge(_ body: (Edge) throws -> Void) rethrows {
        for e in edgeSet { try body(e) }
    }

    /// True when both ends of `edge` are nodes of the graph.
    public func isWellFormed(_ edge: Edge) -> Bool { nodesByID[edge.source] != nil && nodesByID[edge.target] != nil }

    /// Every edge whose ends are both nodes of the graph (writers skip dangling edges), sorted as
    /// `edges` is.
    public var wellFormedEdges: [Edge] {
        // Filtered into one array and sorted in place: no second corpus-sized copy.
        var out: [Edge] = []
        out.reserveCapacity(edgeSet.count)
        for e in edgeSet where isWellFormed(e) { out.append(e) }
        out.sort(by: Edge.precedes)
        return out
    }
}
