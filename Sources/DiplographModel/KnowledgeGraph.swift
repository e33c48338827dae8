/// The graph of actors, events, demands, threats and articles with their edges.
///
/// Nodes are kept by id; every accessor returns them sorted by id so that writers are
/// deterministic whatever order facts were added in.
///
/// Inside, every id the graph names (a node's, or an edge's end) is given a slot, a small integer,
/// the first time it is met (found by its bytes, `IDSlotTable`: one hash per id, not per edge, and
/// no `String` hasher), and edges are kept as the
/// slots of their ends with their relation and an interned role: joining graphs (`absorb`),
/// renaming ids, uniting roles and removing a node's edges compare and hash integers, and a
/// corpus of hundreds of thousands of edges holds no `String` per edge end.
public struct KnowledgeGraph: Sendable {
    /// Every id the graph has named, by slot (an id keeps its slot, and the spelling first met).
    private var ids: [NodeID] = []
    /// The slot of each id, by its bytes.
    private var table = IDSlotTable()
    /// The node of each slot; nil when the id is only an edge's end, or its node was removed.
    private var nodeAt: [Node?] = []
    /// Whether each slot holds a node (`nodeAt` without copying a node out to ask).
    private var present: [Bool] = []
    private var liveNodes = 0
    /// Each role once, by number; 0 is the empty role (never looked up).
    private var roles: [String] = [""]
    private var roleNumbers: [String: Int32] = [:]
    /// Every edge added, in order; removed ones stay as dead records until `compact`.
    private var records: [EdgeRecord] = []
    /// Weight, dates and facts of the few edges that have others than the defaults.
    private var extras: [EdgeExtra] = []
    /// The record of each live edge.
    private var recordOf = EdgeKeyTable()
    private var deadRecords = 0

    public init() {}

    /// What makes an edge one edge: its ends, relation and role, as numbers.
    struct EdgeKey: Hashable {
        let source: Int32, target: Int32, role: Int32, relation: UInt8

        func hash(into h: inout Hasher) {
            h.combine(UInt64(UInt32(bitPattern: source)) | UInt64(UInt32(bitPattern: target)) << 32)
            h.combine(UInt64(UInt32(bitPattern: role)) << 8 | UInt64(relation))
        }

        /// Source, target and relation (not the role): the pair `uniteRoles` keeps one edge for.
        var ends: EdgeKey { EdgeKey(source: source, target: target, role: 0, relation: relation) }
    }

    /// 20 bytes: `alive` and `relation` sit in the key's padding, before `extra` (declared after
    /// `extra`, `alive` would take a word of its own: 24 bytes an edge).
    struct EdgeRecord {
        var key: EdgeKey
        var relation: Relation
        var alive: Bool
        /// Index into `extras`, or -1: weight 1, no dates, no facts.
        var extra: Int32

        init(key: EdgeKey, relation: Relation, extra: Int32, alive: Bool) {
            self.key = key
            self.relation = relation
            self.alive = alive
            self.extra = extra
        }
    }

    struct EdgeExtra {
        var weight: Double, firstDate: String, lastDate: String, facts: [NodeID]

        /// Gives `edge` this weight, these dates and these facts.
        func apply(to edge: inout Edge) {
            edge.weight = weight
            edge.firstDate = firstDate
            edge.lastDate = lastDate
            edge.facts = facts
        }
    }

    // MARK: Slots

    /// The slot of `id`, given one when it is new.
    private mutating func slot(_ id: NodeID) -> Int32 {
        let key = IDSlotTable.key(id)
        table.admit(key, ids: ids)
        if let s = table.find(id, key, in: ids) { return s }
        let s = Int32(ids.count)
        ids.append(id)
        nodeAt.append(nil)
        present.append(false)
        table.file(id, key, slot: s)
        return s
    }

    /// The slot of `id`, or nil when the graph has never named it.
    private func existingSlot(_ id: NodeID) -> Int32? {
        table.find(id, IDSlotTable.key(id), in: ids)
    }

    private mutating func roleNumber(_ role: String) -> Int32 {
        if role.isEmpty { return 0 }
        if let r = roleNumbers[role] { return r }
        let r = Int32(roles.count)
        roles.append(role)
        roleNumbers[role] = r
        return r
    }

    private static func code(_ relation: Relation) -> UInt8 { UInt8(relation.position) }

    /// The edge of record `index`, with the graph's strings.
    private func edge(at index: Int) -> Edge {
        let r = records[index]
        var e = Edge(source: ids[Int(r.key.source)], target: ids[Int(r.key.target)], relation: r.relation, role: roles[Int(r.key.role)])
        if r.extra >= 0 { extras[Int(r.extra)].apply(to: &e) }
        return e
    }

    /// Files `key` as the next record's and returns true, or returns false (changing nothing)
    /// when the graph has that edge: the first added is kept. One hash for a new edge.
    private mutating func claim(_ key: EdgeKey) -> Bool {
        recordOf.claim(key, record: Int32(records.count), in: records) == nil
    }

    /// Adds the edge `key` unless the graph has it (the first added is kept).
    private mutating func add(_ key: EdgeKey, _ relation: Relation, extra: Int32) {
        guard claim(key) else { return }
        records.append(EdgeRecord(key: key, relation: relation, extra: extra, alive: true))
    }

    private mutating func extraIndex(of edge: Edge) -> Int32 {
        guard edge.weight != 1 || !edge.firstDate.isEmpty || !edge.lastDate.isEmpty || !edge.facts.isEmpty else { return -1 }
        extras.append(EdgeExtra(weight: edge.weight, firstDate: edge.firstDate, lastDate: edge.lastDate, facts: edge.facts))
        return Int32(extras.count - 1)
    }

    private mutating func kill(_ index: Int) {
        records[index].alive = false
        recordOf.remove(records[index].key, in: records)
        deadRecords += 1
    }

    /// Drops dead records once they are half of them (the order of the live ones is kept).
    private mutating func compactIfSparse() {
        guard deadRecords > 64 && deadRecords * 2 > records.count else { return }
        records.removeAll { !$0.alive }
        recordOf.refile(records)
        deadRecords = 0
    }

    // MARK: Building

    /// Adds a node, replacing any node with the same id.
    public mutating func insert(_ node: Node) {
        let s = Int(slot(node.id))
        if !present[s] {
            liveNodes += 1
            present[s] = true
        }
        nodeAt[s] = node
        // The graph spells an id as its node does, so that edges' ends are written as the node's
        // id even when an edge named a canonically equivalent spelling first.
        ids[s] = node.id
    }

    public mutating func insert(_ actor: Actor) { insert(.actor(actor)) }
    public mutating func insert(_ event: Event) { insert(.event(event)) }
    public mutating func insert(_ demand: Demand) { insert(.demand(demand)) }
    public mutating func insert(_ threat: Threat) { insert(.threat(threat)) }
    public mutating func insert(_ article: Article) { insert(.article(article)) }

    /// Adds an edge; an identical edge (same ends, relation and role) is kept once, the first.
    public mutating func connect(_ edge: Edge) {
        let key = EdgeKey(source: slot(edge.source), target: slot(edge.target), role: roleNumber(edge.role),
                          relation: Self.code(edge.relation))
        guard claim(key) else { return }
        records.append(EdgeRecord(key: key, relation: edge.relation, extra: extraIndex(of: edge), alive: true))
    }

    public mutating func connect(_ source: NodeID, _ target: NodeID, _ relation: Relation, role: String = "") {
        connect(Edge(source: source, target: target, relation: relation, role: role))
    }

    /// Adds `other`'s nodes and edges, as `insert` and `connect` one by one would, except that a
    /// node whose id this graph already has a node for is not inserted but handed to `existing`
    /// (this graph's node stays). Each id of `other` is looked up once, however many edges end at
    /// it; edges already here keep theirs.
    public mutating func absorb(_ other: KnowledgeGraph, existing: (Node) -> Void) {
        absorb(other) { _, node in existing(node) }
    }

    /// `absorb(_:existing:)`, `existing` given also the slot of this graph's node with that id
    /// (`node(inSlot:)`), so that what a caller keeps per node can be kept by slot, not by id.
    public mutating func absorb(_ other: KnowledgeGraph, existingAt existing: (Int32, Node) -> Void) {
        var mapped = [Int32](repeating: -1, count: other.ids.count)
        for s in other.nodeAt.indices where other.present[s] {
            guard let node = other.nodeAt[s] else { continue }
            let mine = slot(other.ids[s])
            mapped[s] = mine
            if !present[Int(mine)] {
                nodeAt[Int(mine)] = node
                present[Int(mine)] = true
                ids[Int(mine)] = node.id
                liveNodes += 1
            } else {
                existing(mine, node)
            }
        }
        var mappedRoles = [Int32](repeating: -1, count: other.roles.count)
        mappedRoles[0] = 0
        for r in other.records where r.alive {
            let (s, t, role) = (Int(r.key.source), Int(r.key.target), Int(r.key.role))
            if mapped[s] < 0 { mapped[s] = slot(other.ids[s]) }
            if mapped[t] < 0 { mapped[t] = slot(other.ids[t]) }
            if mappedRoles[role] < 0 { mappedRoles[role] = roleNumber(other.roles[role]) }
            let key = EdgeKey(source: mapped[s], target: mapped[t], role: mappedRoles[role], relation: r.key.relation)
            guard claim(key) else { continue }
            var extra: Int32 = -1
            if r.extra >= 0 {
                extras.append(other.extras[Int(r.extra)])
                extra = Int32(extras.count - 1)
            }
            records.append(EdgeRecord(key: key, relation: r.relation, extra: extra, alive: true))
        }
    }

    public mutating func removeEdges(where predicate: (Edge) -> Bool) {
        for index in records.indices where records[index].alive && predicate(edge(at: index)) { kill(index) }
        compactIfSparse()
    }

    /// Drops every edge (their storage too, once no other copy of the graph holds it).
    public mutating func removeAllEdges() {
        records = []
        extras = []
        recordOf = EdgeKeyTable()
        deadRecords = 0
    }

    public mutating func removeNode(_ id: NodeID) {
        guard let s = existingSlot(id) else { return }
        if present[Int(s)] {
            nodeAt[Int(s)] = nil
            present[Int(s)] = false
            liveNodes -= 1
        }
        for index in records.indices where records[index].alive && (records[index].key.source == s || records[index].key.target == s) {
            kill(index)
        }
        compactIfSparse()
    }

    // MARK: Reading

    public func node(_ id: NodeID) -> Node? {
        guard let s = existingSlot(id), present[Int(s)] else { return nil }
        return nodeAt[Int(s)]
    }

    /// The id under which the graph holds the node `id` names (the same id, as the graph stores
    /// it), or nil: edges given it share the graph's string instead of holding a copy of their own.
    public func storedID(_ id: NodeID) -> NodeID? {
        guard let s = existingSlot(id), present[Int(s)] else { return nil }
        return ids[Int(s)]
    }
    public func contains(_ id: NodeID) -> Bool {
        guard let s = existingSlot(id) else { return false }
        return present[Int(s)]
    }

    /// All nodes, sorted by id.
    public var nodes: [Node] { sortedByID { $0 } }

    /// All edges, sorted by source, target, relation and role.
    public var edges: [Edge] {
        var out: [Edge] = []
        out.reserveCapacity(recordOf.count)
        for index in records.indices where records[index].alive { out.append(edge(at: index)) }
        out.sort(by: Edge.precedes)
        return out
    }

    public var nodeCount: Int { liveNodes }
    /// One more than the largest slot given so far (slots are never taken back).
    public var slotCount: Int { ids.count }
    public var edgeCount: Int { recordOf.count }

    public var actors: [Actor] { sortedByID { if case .actor(let a) = $0 { return a } else { return nil } } }
    public var events: [Event] { sortedByID { if case .event(let e) = $0 { return e } else { return nil } } }
    public var demands: [Demand] { sortedByID { if case .demand(let d) = $0 { return d } else { return nil } } }
    public var threats: [Threat] { sortedByID { if case .threat(let t) = $0 { return t } else { return nil } } }
    public var articles: [Article] { sortedByID { if case .article(let a) = $0 { return a } else { return nil } } }

    /// The nodes of the kinds `include` accepts, sorted by id; the others are neither copied nor sorted.
    public func nodes(where include: (NodeKind) -> Bool) -> [Node] {
        sortedByID { include($0.kind) ? $0 : nil }
    }

    /// The slots of the nodes of the kinds `include` accepts, in node id order (`node(inSlot:)`):
    /// for walking them in order, and asking per slot (`linkedIDs(ofSlots:into:outOf:)`), without
    /// copying a node or hashing an id.
    public func nodeSlots(where include: (NodeKind) -> Bool) -> [Int32] {
        var order: [Int32] = []
        for s in nodeAt.indices where present[s] {
            if let kind = kindAt(s), include(kind) { order.append(Int32(s)) }
        }
        ids.withUnsafeBufferPointer { ids in order.sort { ids[Int($0)] < ids[Int($1)] } }
        return order
    }

    /// The kind of the node `id` names, or nil when the graph has no such node (the node is
    /// not copied to tell).
    public func kind(of id: NodeID) -> NodeKind? {
        guard let s = existingSlot(id), present[Int(s)] else { return nil }
        return kindAt(Int(s))
    }

    /// The kind of the node in `slot` (a slot `layout()` gave), or nil, without copying the node.
    public func kind(inSlot slot: Int32) -> NodeKind? {
        present.indices.contains(Int(slot)) && present[Int(slot)] ? kindAt(Int(slot)) : nil
    }

    /// The kind of the node in slot `s` (a valid slot), read from the case alone: the node is not
    /// copied (as `nodeAt[s]?.kind` would copy it, retaining every field).
    private func kindAt(_ s: Int) -> NodeKind? {
        switch nodeAt[s] {
        case .actor?: return .actor
        case .event?: return .event
        case .demand?: return .demand
        case .threat?: return .threat
        case .article?: return .article
        case nil: return nil
        }
    }

    /// The id of the node in `slot`, or nil.
    public func id(inSlot slot: Int32) -> NodeID? {
        present.indices.contains(Int(slot)) && present[Int(slot)] ? ids[Int(slot)] : nil
    }

    /// For each of `slots`, what `linkedIDs(into:outOf:)` gives for its id (empty when it has
    /// none), in the order of `slots`: no dictionary of ids is built or looked up.
    public func linkedIDs(ofSlots slots: [Int32], into: [Relation], outOf: [Relation]) -> [[NodeID]] {
        var wantInto = [Bool](repeating: false, count: Relation.allCases.count), wantOutOf = wantInto
        for r in into { wantInto[Int(Self.code(r))] = true }
        for r in outOf { wantOutOf[Int(Self.code(r))] = true }
        // Only the slots asked for collect their ends: -1 for the others.
        var row = [Int32](repeating: -1, count: ids.count)
        for (k, s) in slots.enumerated() where ids.indices.contains(Int(s)) { row[Int(s)] = Int32(k) }
        var lists = [[Int32]](repeating: [], count: slots.count)
        for r in records where r.alive {
            let c = Int(r.key.relation)
            if wantInto[c], row[Int(r.key.target)] >= 0 { lists[Int(row[Int(r.key.target)])].append(r.key.source) }
            if wantOutOf[c], row[Int(r.key.source)] >= 0 { lists[Int(row[Int(r.key.source)])].append(r.key.target) }
        }
        return ids.withUnsafeBufferPointer { ids in
            lists.map { list in
                guard !list.isEmpty else { return [] }
                var list = list
                list.sort { ids[Int($0)] < ids[Int($1)] }
                var unique: [NodeID] = []
                var last: Int32 = -1
                for x in list where x != last {
                    unique.append(ids[Int(x)])
                    last = x
                }
                return unique
            }
        }
    }

    /// What `pick` takes from each node (nil: nothing), in node id order. Only the picked values
    /// are gathered, beside their ids, and the ids alone are compared: no node is copied to read
    /// its id, and nodes left out are not sorted. (Not public: a generic called from another
    /// module would run unspecialised, several times slower.)
    private func sortedByID<T>(_ pick: (Node) -> T?) -> [T] {
        var values: [T] = [], slotOf: [Int32] = []
        for s in nodeAt.indices where present[s] {
            if let node = nodeAt[s], let value = pick(node) {
                values.append(value)
                slotOf.append(Int32(s))
            }
        }
        // The positions are sorted, not the values: nothing larger than an integer is moved.
        var order = Array(values.indices)
        let ids = self.ids
        order.sort { ids[Int(slotOf[$0])] < ids[Int(slotOf[$1])] }
        return order.map { values[$0] }
    }

    /// Sources of edges with `relation` into `target`, sorted.
    public func sources(into target: NodeID, _ relation: Relation) -> [NodeID] {
        guard let t = existingSlot(target) else { return [] }
        return records.filter { $0.alive && $0.key.target == t && $0.relation == relation }.map { ids[Int($0.key.source)] }.sorted()
    }

    /// Targets of edges with `relation` out of `source`, sorted.
    public func targets(from source: NodeID, _ relation: Relation) -> [NodeID] {
        guard let s = existingSlot(source) else { return [] }
        return records.filter { $0.alive && $0.key.source == s && $0.relation == relation }.map { ids[Int($0.key.target)] }.sorted()
    }

    /// For each id with edges of an `into` relation coming in or of an `outOf` relation going
    /// out, the ids at their other ends, each once, sorted by id; ids with none are left out. One
    /// pass over the edges, grouped by slot: an id is hashed once per id, not per edge.
    public func linkedIDs(into: [Relation], outOf: [Relation]) -> [NodeID: [NodeID]] {
        var wantInto = [Bool](repeating: false, count: Relation.allCases.count), wantOutOf = wantInto
        for r in into { wantInto[Int(Self.code(r))] = true }
        for r in outOf { wantOutOf[Int(Self.code(r))] = true }
        var lists = [[Int32]](repeating: [], count: ids.count)
        for r in records where r.alive {
            let c = Int(r.key.relation)
            if wantInto[c] { lists[Int(r.key.target)].append(r.key.source) }
            if wantOutOf[c] { lists[Int(r.key.source)].append(r.key.target) }
        }
        var out: [NodeID: [NodeID]] = [:]
        ids.withUnsafeBufferPointer { ids in
            for s in lists.indices where !lists[s].isEmpty {
                var list = lists[s]
                list.sort { ids[Int($0)] < ids[Int($1)] }
                // Two slots never hold equal ids, so equal ids are equal slots, side by side.
                var unique: [NodeID] = []
                var last: Int32 = -1
                for x in list where x != last {
                    unique.append(ids[Int(x)])
                    last = x
                }
                out[ids[s]] = unique
            }
        }
        return out
    }

    // MARK: Rewriting

    /// Replaces node ids in every edge at once (`renamed[old] = new`), removing the old nodes:
    /// one pass over the edges however many nodes are renamed.
    public mutating func rename(_ renamed: [NodeID: NodeID]) {
        guard !renamed.isEmpty else { return }
        var pairs: [(old: Int32, new: Int32)] = []
        for (old, new) in renamed {
            guard let s = existingSlot(old) else { continue }
            if present[Int(s)] {
                nodeAt[Int(s)] = nil
                present[Int(s)] = false
                liveNodes -= 1
            }
            pairs.append((s, slot(new)))
        }
        guard !pairs.isEmpty else { return }
        var to = [Int32](repeating: -1, count: ids.count)
        for (old, new) in pairs { to[Int(old)] = new }
        // Only the edges touching a renamed node are taken out and put back, in place, in the
        // order of the edges before renaming. Edges that become equal keep the first of them (an
        // edge no renaming touched comes first): they differ at most in weight, dates and facts,
        // which the full graph's edges never carry before the actor view computes them.
        var touched: [(edge: Edge, record: EdgeRecord)] = []
        for index in records.indices where records[index].alive {
            let key = records[index].key
            guard to[Int(key.source)] >= 0 || to[Int(key.target)] >= 0 else { continue }
            touched.append((edge(at: index), records[index]))
            kill(index)
        }
        touched.sort { Edge.precedes($0.edge, $1.edge) }
        for (_, record) in touched {
            let s = to[Int(record.key.source)] >= 0 ? to[Int(record.key.source)] : record.key.source
            let t = to[Int(record.key.target)] >= 0 ? to[Int(record.key.target)] : record.key.target
            add(EdgeKey(source: s, target: t, role: record.key.role, relation: record.key.relation), record.relation, extra: record.extra)
        }
        compactIfSparse()
    }

    /// Removes the edges of `relation` whose role is one of `generic` where the same source and
    /// target have an edge of `relation` with a role that is not (the empty role included):
    /// `removeEdges` with that test, decided on slots and role numbers, with no `Edge` built and
    /// no id hashed.
    public mutating func removeGenericRoles(_ generic: Set<String>, of relation: Relation) {
        let code = Self.code(relation)
        let isGeneric = roles.map { generic.contains($0) }
        var specific = Set<UInt64>()
        for r in records where r.alive && r.key.relation == code && !isGeneric[Int(r.key.role)] {
            specific.insert(UInt64(UInt32(bitPattern: r.key.source)) << 32 | UInt64(UInt32(bitPattern: r.key.target)))
        }
        guard !specific.isEmpty else { return }
        for index in records.indices where records[index].alive {
            let key = records[index].key
            guard key.relation == code && isGeneric[Int(key.role)] else { continue }
            if specific.contains(UInt64(UInt32(bitPattern: key.source)) << 32 | UInt64(UInt32(bitPattern: key.target))) { kill(index) }
        }
        compactIfSparse()
    }

    /// Keeps one edge per source, target and relation: edges that differ only in `role` (a
    /// participant read once plainly and once as `initiator` when reports of one event merge)
    /// become one edge whose role is their non-empty roles, each once, sorted and `|`-joined, with
    /// the largest weight and the union of their facts. Only the pairs that have such twins are
    /// touched, in place.
    public mutating func uniteRoles() {
        // Two edges with the same ends and the same role are one edge already, so every group of
        // twins holds an edge with a role: only the (few) ends of such edges are looked at.
        var roled = Set<EdgeKey>()
        for r in records where r.alive && r.key.role != 0 { roled.insert(r.key.ends) }
        guard !roled.isEmpty else { return }
        var groups: [EdgeKey: [Int]] = [:]
        for index in records.indices where records[index].alive {
            let ends = records[index].key.ends
            if roled.contains(ends) { groups[ends, default: []].append(index) }
        }
        // Groups in the order of their first edge, so that the edges' order stays the same from run to run.
        for indices in groups.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }) {
            let group = indices.map { edge(at: $0) }.sorted()
            for index in indices { kill(index) }
            guard var united = group.first else { continue }
            let roles = Set(group.flatMap { $0.role.split(separator: "|").map(String.init) }.filter { !$0.isEmpty })
            united.role = roles.sorted().joined(separator: "|")
            united.weight = group.map(\.weight).max() ?? united.weight
            united.facts = Array(Set(group.flatMap(\.facts))).sorted()
            united.firstDate = group.map(\.firstDate).filter { !$0.isEmpty }.min() ?? ""
            united.lastDate = group.map(\.lastDate).filter { !$0.isEmpty }.max() ?? ""
            connect(united)
        }
        compactIfSparse()
    }

    // MARK: Going through

    /// The graph as writers go through it (`layout()`).
    public struct Layout: Sendable {
        /// Every node's id, sorted (ids are unique, so no two nodes tie).
        public let nodeIDs: [NodeID]
        /// The slot of each node of `nodeIDs` (`node(inSlot:)`), in the same order.
        public let nodeSlots: [Int32]
        /// Every edge whose ends are both nodes, sorted as `wellFormedEdges` is, with the
        /// positions in `nodeIDs` of each one's source and target (`edges.ends`).
        public let edges: SortedEdges
        public var ends: SortedEdges.Ends { edges.ends }
    }

    /// The node ids sorted, and the well-formed edges in the order of `wellFormedEdges` with the
    /// positions of their ends among those ids, worked out on slots: no id is hashed, and the
    /// edges are sorted by integers (the positions of their ends, then the rank of their relation
    /// and of their role among the graph's roles: the order of `Edge.precedes`, since positions
    /// follow the ids' order and no two roles of the graph are equal).
    public func layout() -> Layout {
        var order: [Int32] = []
        order.reserveCapacity(liveNodes)
        for s in present.indices where present[s] { order.append(Int32(s)) }
        ids.withUnsafeBufferPointer { ids in order.sort { ids[Int($0)] < ids[Int($1)] } }
        var position = [Int32](repeating: -1, count: ids.count)
        for (p, s) in order.enumerated() { position[Int(s)] = Int32(p) }
        let relationRank = Self.relationRanks
        var roleRank = [UInt32](repeating: 0, count: roles.count)
        for (rank, r) in roles.indices.sorted(by: { roles[$0] < roles[$1] }).enumerated() { roleRank[r] = UInt32(rank) }
        var entries: [SortedEdges.Entry] = []
        entries.reserveCapacity(recordOf.count)
        for r in records where r.alive {
            let s = position[Int(r.key.source)], t = position[Int(r.key.target)]
            guard s >= 0 && t >= 0 else { continue }
            entries.append(SortedEdges.Entry(source: s, target: t, role: r.key.role, extra: r.extra, relation: r.relation))
        }
        // No two live edges share ends, relation and role: the order is total.
        relationRank.withUnsafeBufferPointer { relationRank in
            roleRank.withUnsafeBufferPointer { roleRank in
                entries.sort { a, b in
                    if a.source != b.source { return a.source < b.source }
                    if a.target != b.target { return a.target < b.target }
                    let ra = relationRank[Int(Self.code(a.relation))], rb = relationRank[Int(Self.code(b.relation))]
                    if ra != rb { return ra < rb }
                    return roleRank[Int(a.role)] < roleRank[Int(b.role)]
                }
            }
        }
        let nodeIDs = order.map { ids[Int($0)] }
        return Layout(nodeIDs: nodeIDs, nodeSlots: order,
                      edges: SortedEdges(entries: entries, nodeIDs: nodeIDs, roles: roles, extras: extras))
    }

    /// The node in `slot` (a slot `layout()` gave), or nil.
    public func node(inSlot slot: Int32) -> Node? {
        present.indices.contains(Int(slot)) && present[Int(slot)] ? nodeAt[Int(slot)] : nil
    }

    /// The rank of each relation code (`code`) in the order of `Relation.<`.
    private static let relationRanks: [UInt8] = {
        var ranks = [UInt8](repeating: 0, count: Relation.allCases.count)
        for (rank, relation) in Relation.allCases.sorted().enumerated() { ranks[Int(code(relation))] = UInt8(rank) }
        return ranks
    }()

    /// Every node, in no particular order: for counting and indexing without sorting.
    public func forEachNode(_ body: (Node) throws -> Void) rethrows {
        for s in nodeAt.indices where present[s] { if let n = nodeAt[s] { try body(n) } }
    }

    /// Every node's id and kind, in no particular order: for indexing ids without copying nodes.
    public func forEachNodeID(_ body: (NodeID, NodeKind) throws -> Void) rethrows {
        for s in nodeAt.indices where present[s] { if let kind = kindAt(s) { try body(ids[s], kind) } }
    }

    /// Every node of the kinds `include` accepts, in no particular order; the others are not
    /// copied out to be looked at.
    public func forEachNode(where include: (NodeKind) -> Bool, _ body: (Node) throws -> Void) rethrows {
        for s in nodeAt.indices where present[s] {
            guard let kind = kindAt(s), include(kind), let node = nodeAt[s] else { continue }
            try body(node)
        }
    }

    /// Every edge, in no particular order: for work whose result does not depend on the order
    /// (building indexes and sets), without sorting a corpus-sized array first.
    public func forEachEdge(_ body: (Edge) throws -> Void) rethrows {
        for index in records.indices where records[index].alive { try body(edge(at: index)) }
    }

    /// True when both ends of `edge` are nodes of the graph.
    public func isWellFormed(_ edge: Edge) -> Bool { contains(edge.source) && contains(edge.target) }

    /// Every edge whose ends are both nodes of the graph (writers skip dangling edges), sorted as
    /// `edges` is.
    public var wellFormedEdges: [Edge] {
        var out: [Edge] = []
        out.reserveCapacity(recordOf.count)
        for index in records.indices where records[index].alive {
            let key = records[index].key
            if present[Int(key.source)] && present[Int(key.target)] { out.append(edge(at: index)) }
        }
        out.sort(by: Edge.precedes)
        return out
    }
}
