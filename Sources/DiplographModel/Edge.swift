/// A directed edge of the graph.
public struct Edge: Hashable, Comparable, Sendable, Codable {
    public var source: NodeID
    public var target: NodeID
    public var relation: Relation
    /// `initiator` on participant edges, the office (`head-of-state` …) on affiliation edges, or empty.
    public var role: String
    /// Edge weight for Gephi; 1 unless the edge stands for several facts.
    public var weight: Double
    /// Actors view: ISO dates of the first and last fact behind the edge (empty when undated).
    public var firstDate: String
    public var lastDate: String
    /// Actors view: ids of the event, demand or threat nodes behind the edge, sorted.
    public var facts: [NodeID]

    public init(source: NodeID, target: NodeID, relation: Relation, role: String = "", weight: Double = 1,
                firstDate: String = "", lastDate: String = "", facts: [NodeID] = []) {
        self.source = source
        self.target = target
        self.relation = relation
        self.role = role
        self.weight = weight
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.facts = facts
    }

    /// The edge's id in GraphML and GEXF, made from what it connects: `source:relation:target`,
    /// then `:role` when it has a role (`actor-putin:participant:event-…:initiator`). Node ids and
    /// relations never hold a `:`, so two different edges never share an id, and an edge keeps its
    /// id as long as its ends keep theirs, whatever else the graph gains or loses. A role with
    /// characters an XML NMTOKEN cannot hold is written with them replaced and a hash of the role
    /// added, so that it too stays apart.
    public var id: String {
        var out = source.rawValue + ":" + relation.rawValue + ":" + target.rawValue
        if !role.isEmpty {
            let safe = NodeID.sanitise(role)
            out += ":" + (safe == role ? role : safe + "." + NodeID.hash(role))
        }
        return out
    }

    /// Edges are the same edge when their ends, relation and role agree, whatever their weight.
    public static func == (a: Edge, b: Edge) -> Bool {
        a.source == b.source && a.target == b.target && a.relation == b.relation && a.role == b.role
    }

    public func hash(into h: inout Hasher) {
        h.combine(source)
        h.combine(target)
        h.combine(relation)
        h.combine(role)
    }

    public static func < (a: Edge, b: Edge) -> Bool {
        (a.source, a.target, a.relation, a.role) < (b.source, b.target, b.relation, b.role)
    }

    /// The same answer as `<`, reading the fields in place (no tuple of copies per comparison):
    /// the first of source, target, relation and role that differs decides.
    @inlinable
    public static func precedes(_ a: Edge, _ b: Edge) -> Bool {
        if a.source != b.source { return a.source < b.source }
        if a.target != b.target { return a.target < b.target }
        if a.relation != b.relation { return a.relation < b.relation }
        return a.role < b.role
    }
}
