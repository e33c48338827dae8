import Foundation
import DiplographModel
import Testing

/// The graph, kept on integer slots, against a plain model of what it stands for (nodes in a
/// dictionary by id, edges in a set), on random sequences of operations over a few ids, so that
/// ids, roles and edges collide often: every answer must be the plain model's, edge weights,
/// dates and facts included (the first of equal edges is the one kept).
@Suite("KnowledgeGraph against a plain model")
struct KnowledgeGraphReferenceTests {
    /// The graph as a dictionary of nodes and a set of edges, as it was kept before slots.
    struct Plain {
        var nodes: [NodeID: Node] = [:]
        var edges: Set<Edge> = []

        mutating func insert(_ node: Node) { nodes[node.id] = node }
        mutating func connect(_ edge: Edge) { edges.insert(edge) }

        mutating func removeNode(_ id: NodeID) {
            nodes[id] = nil
            edges = edges.filter { $0.source != id && $0.target != id }
        }

        mutating func rename(_ renamed: [NodeID: NodeID]) {
            guard !renamed.isEmpty else { return }
            for old in renamed.keys { nodes[old] = nil }
            let touched = edges.filter { renamed[$0.source] != nil || renamed[$0.target] != nil }
            for e in touched { edges.remove(e) }
            for var e in touched.sorted() {
                if let s = renamed[e.source] { e.source = s }
                if let t = renamed[e.target] { e.target = t }
                edges.insert(e)
            }
        }

        mutating func uniteRoles() {
            struct Ends: Hashable { let s: NodeID, t: NodeID, r: Relation }
            var groups: [Ends: [Edge]] = [:]
            for e in edges { groups[Ends(s: e.source, t: e.target, r: e.relation), default: []].append(e) }
            for group in groups.values where group.count > 1 {
                let group = group.sorted()
                for e in group { edges.remove(e) }
                var united = group[0]
                united.role = Set(group.flatMap { $0.role.split(separator: "|").map(String.init) }.filter { !$0.isEmpty }).sorted().joined(separator: "|")
                united.weight = group.map(\.weight).max() ?? united.weight
                united.facts = Array(Set(group.flatMap(\.facts))).sorted()
                united.firstDate = group.map(\.firstDate).filter { !$0.isEmpty }.min() ?? ""
                united.lastDate = group.map(\.lastDate).filter { !$0.isEmpty }.max() ?? ""
                edges.insert(united)
            }
        }

        /// As `CorpusMerger.pruneGenericRoles` did before slots: pairs of ends as `source>target` strings.
        mutating func removeGenericRoles(_ generic: Set<String>, of relation: Relation) {
            var specific = Set<String>()
            for e in edges where e.relation == relation && !generic.contains(e.role) { specific.insert(e.source.rawValue + ">" + e.target.rawValue) }
            edges = edges.filter { !($0.relation == relation && generic.contains($0.role) && specific.contains($0.source.rawValue + ">" + $0.target.rawValue)) }
        }

        var sortedNodes: [Node] { nodes.values.sorted { $0.id < $1.id } }
        var sortedEdges: [Edge] { edges.sorted() }
        var wellFormed: [Edge] { edges.filter { nodes[$0.source] != nil && nodes[$0.target] != nil }.sorted() }
    }

    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let pool = ["actor-a", "actor-b", "actor-c", "event-x", "event-y", "event-y-planned", "demand-d", "article-1", "article-2", "actor-zz"]
        .map { NodeID(raw: $0) }
    static let roles = ["", "", "initiator", "chair", "head-of-state", "chair|initiator"]

    static func node(_ id: NodeID, _ r: inout Random) -> Node {
        switch r.next(3) {
        case 0: return .actor(Actor(id: id, label: "A\(r.next(5))", actorType: .person, aliases: ["x\(r.next(3))"]))
        case 1: return .event(Event(id: id, label: "E\(r.next(5))", eventType: .call, mode: .phone, status: .occurred))
        default: return .article(Article(id: id, title: "T\(r.next(5))", published: nil, file: "f\(r.next(3)).txt"))
        }
    }

    static func edge(_ r: inout Random, pool: [NodeID] = pool) -> Edge {
        let relation = Relation.allCases[r.next(Relation.allCases.count)]
        var e = Edge(source: pool[r.next(pool.count)], target: pool[r.next(pool.count)], relation: relation, role: roles[r.next(roles.count)])
        if r.next(4) == 0 {
            e.weight = Double(1 + r.next(3))
            e.facts = [pool[r.next(pool.count)]]
            e.firstDate = ["", "2021", "2021-05"][r.next(3)]
            e.lastDate = ["", "2022-01-02"][r.next(2)]
        }
        return e
    }

    /// Every field of each edge, weight, dates and facts included (`Edge ==` leaves them out).
    static func full(_ edges: [Edge]) -> [String] {
        edges.map { "\($0.source) \($0.relation.rawValue) \($0.target) [\($0.role)] w\($0.weight) \($0.firstDate)..\($0.lastDate) \($0.facts.map(\.rawValue))" }
    }

    static func expectSame(_ g: KnowledgeGraph, _ p: Plain, _ step: String, pool: [NodeID] = pool) {
        #expect(g.nodes == p.sortedNodes, "\(step): nodes")
        #expect(g.nodeCount == p.nodes.count, "\(step): node count")
        #expect(full(g.edges) == full(p.sortedEdges), "\(step): edges")
        #expect(g.edgeCount == p.edges.count, "\(step): edge count")
        #expect(full(g.wellFormedEdges) == full(p.wellFormed), "\(step): well-formed edges")
        for id in pool {
            #expect(g.contains(id) == (p.nodes[id] != nil), "\(step): contains \(id)")
            #expect(g.node(id) == p.nodes[id], "\(step): node \(id)")
        }
        // The writers' layout: sorted ids, well-formed edges in order, ends at the right positions.
        let layout = g.layout()
        #expect(layout.nodeIDs == p.sortedNodes.map(\.id), "\(step): layout ids")
        #expect(full(Array(layout.edges)) == full(p.wellFormed), "\(step): layout edges")
        #expect(zip(layout.edges, layout.ends).allSatisfy { layout.nodeIDs[$1.source] == $0.source && layout.nodeIDs[$1.target] == $0.target },
                "\(step): layout ends")
        #expect(layout.nodeSlots.map { g.node(inSlot: $0) } == p.sortedNodes.map { Optional($0) }, "\(step): nodes by slot")
        // Linked ids, as a pass over the plain edges gives them.
        var linked: [NodeID: Set<NodeID>] = [:]
        for e in p.edges {
            if e.relation == .participant || e.relation == .demands { linked[e.target, default: []].insert(e.source) }
            if e.relation == .target { linked[e.source, default: []].insert(e.target) }
        }
        #expect(g.linkedIDs(into: [.participant, .demands], outOf: [.target]) == linked.mapValues { $0.sorted() }, "\(step): linked ids")
        // The same per slot, for the nodes of some kinds in id order.
        for kinds in [[NodeKind.event], [.actor, .article], NodeKind.allCases] {
            let slots = g.nodeSlots(where: { kinds.contains($0) })
            let expected = p.sortedNodes.filter { kinds.contains($0.kind) }
            #expect(slots.map { g.node(inSlot: $0) } == expected.map { Optional($0) }, "\(step): node slots of \(kinds)")
            #expect(slots.map { g.id(inSlot: $0) } == expected.map { Optional($0.id) }, "\(step): ids of slots of \(kinds)")
            let lists = g.linkedIDs(ofSlots: slots, into: [.participant, .demands], outOf: [.target])
            #expect(lists == expected.map { linked[$0.id]?.sorted() ?? [] }, "\(step): linked ids by slot of \(kinds)")
        }
    }

    @Test("random inserts, edges, removals, renames and role unions give what the plain model gives", arguments: 0..<40)
    func randomOperations(seed: Int) {
        var r = Random(state: UInt64(seed) &* 7919)
        var g = KnowledgeGraph(), p = Plain()
        for step in 0..<60 {
            switch r.next(10) {
            case 0, 1, 2:
                let n = Self.node(Self.pool[r.next(Self.pool.count)], &r)
                g.insert(n)
                p.insert(n)
            case 3, 4, 5, 6:
                let e = Self.edge(&r)
                g.connect(e)
                p.connect(e)
            case 7:
                let id = Self.pool[r.next(Self.pool.count)]
                g.removeNode(id)
                p.removeNode(id)
            case 8 where r.next(3) == 0:
                let generic: Set<String> = r.next(2) == 0 ? ["", "chair"] : ["initiator", "chair"]
                let relation: Relation = r.next(2) == 0 ? .affiliation : .participant
                g.removeGenericRoles(generic, of: relation)
                p.removeGenericRoles(generic, of: relation)
            case 8:
                var renamed: [NodeID: NodeID] = [:]
                for _ in 0..<(1 + r.next(3)) { renamed[Self.pool[r.next(Self.pool.count)]] = Self.pool[r.next(Self.pool.count)] }
                g.rename(renamed)
                p.rename(renamed)
            default:
                g.uniteRoles()
                p.uniteRoles()
            }
            Self.expectSame(g, p, "seed \(seed) step \(step)")
        }
    }

    @Test("absorbing graphs: nodes already there are handed over and stay; the first of equal edges is kept", arguments: 0..<20)
    func absorb(seed: Int) {
        var r = Random(state: UInt64(seed) &* 104_729 &+ 1)
        var corpus = KnowledgeGraph(), p = Plain()
        for round in 0..<8 {
            var part = KnowledgeGraph(), nodes: [NodeID: Node] = [:], edges: [Edge] = []
            for _ in 0..<r.next(6) {
                let n = Self.node(Self.pool[r.next(Self.pool.count)], &r)
                part.insert(n)
                nodes[n.id] = n
            }
            for _ in 0..<r.next(12) {
                let e = Self.edge(&r)
                part.connect(e)
                if !edges.contains(e) { edges.append(e) }
            }
            // A removal leaves dead records behind in the part: they must not be absorbed.
            if r.next(2) == 0 {
                let id = Self.pool[r.next(Self.pool.count)]
                part.removeNode(id)
                nodes[id] = nil
                edges.removeAll { $0.source == id || $0.target == id }
            }
            var handed: [NodeID] = [], expected: [NodeID] = []
            var handedSlots: [(Int32, NodeID)] = []
            corpus.absorb(part) { (slot: Int32, node: Node) in
                handed.append(node.id)
                handedSlots.append((slot, node.id))
            }
            #expect(handedSlots.allSatisfy { corpus.id(inSlot: $0.0) == $0.1 },
                    "seed \(seed) round \(round): each node handed over with the slot of the corpus's node")
            for (id, n) in nodes { if p.nodes[id] == nil { p.insert(n) } else { expected.append(id) } }
            for e in edges { p.connect(e) }
            #expect(handed.sorted() == expected.sorted(), "seed \(seed) round \(round): nodes handed over")
            Self.expectSame(corpus, p, "seed \(seed) round \(round)")
        }
    }

    /// Many ids (the slot table grows several times), in some runs with ids that are not ASCII,
    /// canonically equivalent to others (NFC and NFD, the KELVIN SIGN and `K`): decoded as written,
    /// since `NodeID(raw:)` would fold them.
    static func widePool(_ r: inout Random, unicode: Bool) -> [NodeID] {
        var raws = (0..<300).map { "actor-\($0 % 7 == 0 ? "long-name-of-some-length-" : "")\($0)" }
        if unicode {
            raws += ["event-caf\u{E9}", "event-cafe\u{301}", "actor-\u{212A}", "actor-K", "actor-\u{C5}", "actor-A\u{30A}", "demand-\u{1EC7}"]
        }
        var pool: [NodeID] = []
        for raw in raws {
            let json = Array("{\"rawValue\":\"\(raw)\"}".utf8)
            guard let id = try? JSONDecoder().decode(NodeID.self, from: Data(json)) else { continue }
            pool.append(id)
        }
        // Shuffled, so that an id that is not ASCII may come first or after its ASCII twin.
        for i in pool.indices.reversed() where i > 0 { pool.swapAt(i, r.next(i + 1)) }
        return pool
    }

    @Test("many ids, and ids that are not ASCII: the slot table finds each as String equality does", arguments: 0..<16)
    func wideIDs(seed: Int) {
        var r = Random(state: UInt64(seed) &* 6007 &+ 3)
        let pool = Self.widePool(&r, unicode: seed % 2 == 1)
        #expect(pool.count >= 300)
        var g = KnowledgeGraph(), p = Plain()
        for step in 0..<400 {
            switch r.next(8) {
            case 0, 1, 2:
                let n = Self.node(pool[r.next(pool.count)], &r)
                g.insert(n)
                p.insert(n)
            case 3, 4, 5:
                let e = Self.edge(&r, pool: pool)
                g.connect(e)
                p.connect(e)
            case 6:
                let id = pool[r.next(pool.count)]
                g.removeNode(id)
                p.removeNode(id)
            default:
                let renamed = [pool[r.next(pool.count)]: pool[r.next(pool.count)]]
                g.rename(renamed)
                p.rename(renamed)
            }
            if step % 40 == 39 { Self.expectSame(g, p, "seed \(seed) step \(step)", pool: pool) }
        }
        // A graph built by absorbing parts finds the same ids.
        var corpus = KnowledgeGraph()
        var part = KnowledgeGraph()
        for (i, n) in p.sortedNodes.enumerated() {
            part.insert(n)
            if i % 50 == 49 { corpus.absorb(part) { _ in }; part = KnowledgeGraph() }
        }
        corpus.absorb(part) { _ in }
        for id in pool { #expect(corpus.node(id) == p.nodes[id], "seed \(seed): absorbed \(id)") }
    }

    @Test("many removals compact the edges without losing or reordering the others")
    func compaction() {
        var g = KnowledgeGraph(), p = Plain()
        for i in 0..<300 {
            let e = Edge(source: NodeID(raw: "actor-\(i % 17)"), target: NodeID(raw: "event-\(i % 23)"), relation: .participant,
                         role: i % 5 == 0 ? "initiator" : "")
            g.connect(e)
            p.connect(e)
        }
        for i in 0..<17 where i % 3 != 0 {
            g.removeNode(NodeID(raw: "actor-\(i)"))
            p.removeNode(NodeID(raw: "actor-\(i)"))
        }
        #expect(Self.full(g.edges) == Self.full(p.sortedEdges))
        g.connect(NodeID(raw: "actor-0"), NodeID(raw: "event-0"), .participant)
        p.connect(Edge(source: NodeID(raw: "actor-0"), target: NodeID(raw: "event-0"), relation: .participant))
        #expect(Self.full(g.edges) == Self.full(p.sortedEdges) && g.edgeCount == p.edges.count)
    }
}
