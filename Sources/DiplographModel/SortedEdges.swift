/// The well-formed edges of a graph in the writers' order (`KnowledgeGraph.layout()`), held as
/// integers: the positions of their ends among the sorted node ids, their relation, the number of
/// their role and of their weight, dates and facts when they have others than the defaults. An
/// `Edge` is made when one is read, from the graph's own strings; a corpus of millions of edges
/// is then 20 bytes an edge while the writers run, not an `Edge` (over 100 bytes) and its ends'
/// positions each.
public struct SortedEdges: RandomAccessCollection, Sendable {
    struct Entry {
        let source: Int32, target: Int32
        /// Into `roles`; 0 is the empty role.
        let role: Int32
        /// Into `extras`, or -1: weight 1, no dates, no facts.
        let extra: Int32
        let relation: Relation
    }

    let entries: [Entry]
    /// The ids the ends' positions name (`KnowledgeGraph.Layout.nodeIDs`).
    let nodeIDs: [NodeID]
    let roles: [String]
    let extras: [KnowledgeGraph.EdgeExtra]

    init(entries: [Entry], nodeIDs: [NodeID], roles: [String], extras: [KnowledgeGraph.EdgeExtra]) {
        self.entries = entries
        self.nodeIDs = nodeIDs
        self.roles = roles
        self.extras = extras
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }
    public var indices: Range<Int> { 0..<entries.count }

    /// The edge at `index` (a valid index), made from the graph's strings.
    public subscript(index: Int) -> Edge {
        let entry = entries[index]
        var edge = Edge(source: nodeIDs[Int(entry.source)], target: nodeIDs[Int(entry.target)], relation: entry.relation,
                        role: roles[Int(entry.role)])
        if entry.extra >= 0 { extras[Int(entry.extra)].apply(to: &edge) }
        return edge
    }

    /// The relation of the edge at `index`, read without making the edge.
    public func relation(at index: Int) -> Relation { entries[index].relation }

    /// True when the edge at `index` has a role, read without making the edge.
    public func hasRole(at index: Int) -> Bool { entries[index].role != 0 }

    /// The positions among the node ids of each edge's source and target, in the order of the edges.
    public var ends: Ends { Ends(entries: entries) }

    public struct Ends: RandomAccessCollection, Sendable {
        let entries: [Entry]
        public var startIndex: Int { 0 }
        public var endIndex: Int { entries.count }
        public var indices: Range<Int> { 0..<entries.count }
        public subscript(index: Int) -> (source: Int, target: Int) {
            let entry = entries[index]
            return (Int(entry.source), Int(entry.target))
        }
    }
}
