import DiplographModel
import Testing

@Suite("KnowledgeGraph")
struct KnowledgeGraphTests {
    static let putin = NodeID(raw: "actor-putin"), biden = NodeID(raw: "actor-biden"), ru = NodeID(raw: "actor-ru")
    static let call = NodeID(raw: "event-call-2022-02-12"), art = NodeID(raw: "article-001")

    static func actor(_ id: NodeID, _ label: String, _ type: ActorType = .person) -> Actor {
        Actor(id: id, label: label, actorType: type)
    }

    static func event(_ id: NodeID) -> Event {
        Event(id: id, label: "Điện đàm", eventType: .call, mode: .phone, status: .occurred)
    }

    @Test("evidence: equal only when article, offsets and sentence all agree; ordered by article, start, end, then sentence")
    func evidenceIdentityAndOrder() {
        let a = NodeID(raw: "article-a"), b = NodeID(raw: "article-b")
        let one = Evidence(article: a, sentence: "Hai bên điện đàm.", start: 5, end: 20)
        let sameSpotOtherText = Evidence(article: a, sentence: "Hai bên hội đàm.", start: 5, end: 20)
        #expect(one != sameSpotOtherText)
        #expect(Set([one, sameSpotOtherText, one]).count == 2)
        // Canonically equivalent text (precomposed or with a combining mark) is the same sentence.
        let decomposed = Evidence(article: a, sentence: "Hai bên \u{111}ie\u{323}\u{302}n \u{111}a\u{300}m.", start: 5, end: 20)
        #expect(one == decomposed && Set([one, decomposed]).count == 1)
        let list = [Evidence(article: b, sentence: "x", start: 0, end: 1), sameSpotOtherText,
                    Evidence(article: a, sentence: "y", start: 5, end: 9), one, Evidence(article: a, sentence: "z", start: 1, end: 30)]
        #expect(list.sorted().map { "\($0.article.rawValue) \($0.start) \($0.end) \($0.sentence)" } == [
            "article-a 1 30 z", "article-a 5 9 y", "article-a 5 20 Hai bên hội đàm.", "article-a 5 20 Hai bên điện đàm.", "article-b 0 1 x",
        ])
    }

    @Test("inserting a node with an existing id replaces it")
    func insertReplaces() throws {
        var g = KnowledgeGraph()
        g.insert(Self.actor(Self.putin, "Putin"))
        g.insert(Self.actor(Self.putin, "Vladimir Putin"))
        #expect(g.nodeCount == 1)
        #expect(g.node(Self.putin)?.label == "Vladimir Putin")
        // Even with another kind.
        g.insert(Self.event(Self.putin))
        #expect(g.nodeCount == 1)
        #expect(g.node(Self.putin)?.kind == .event)
        #expect(g.actors.isEmpty && g.events.count == 1)
    }

    @Test("identical edges are kept once; a different role or relation is another edge")
    func edgesDeduplicated() {
        var g = KnowledgeGraph()
        g.connect(Self.putin, Self.call, .participant)
        g.connect(Self.putin, Self.call, .participant)
        g.connect(Edge(source: Self.putin, target: Self.call, relation: .participant))
        #expect(g.edgeCount == 1)
        g.connect(Self.putin, Self.call, .participant, role: "initiator")
        g.connect(Self.putin, Self.ru, .affiliation, role: "head-of-state")
        g.connect(Self.putin, Self.ru, .affiliation, role: "head-of-state")
        #expect(g.edgeCount == 3)
    }

    @Test("edges that differ only in weight are the same edge (same ends, relation and role)")
    func edgesDeduplicatedWhateverWeight() {
        var g = KnowledgeGraph()
        g.connect(Edge(source: Self.putin, target: Self.call, relation: .participant, weight: 1))
        g.connect(Edge(source: Self.putin, target: Self.call, relation: .participant, weight: 2))
        #expect(g.edgeCount == 1)
        #expect(g.edges.count == 1)
    }

    @Test("uniteRoles keeps one edge per source, target and relation, with the roles sorted and joined")
    func rolesUnited() {
        var g = KnowledgeGraph()
        g.connect(Self.putin, Self.call, .participant)
        g.connect(Self.putin, Self.call, .participant, role: "initiator")
        g.connect(Self.biden, Self.call, .participant)
        g.connect(Self.putin, Self.ru, .affiliation, role: "head-of-state")
        g.connect(Self.putin, Self.ru, .affiliation, role: "chair")
        g.connect(Self.putin, Self.ru, .affiliation, role: "chair|head-of-state")
        g.connect(Self.putin, Self.biden, .mentions)
        g.uniteRoles()
        let edges = g.edges.map { "\($0.source) \($0.relation.rawValue) \($0.target) [\($0.role)]" }
        #expect(edges == [
            "actor-biden participant event-call-2022-02-12 []",
            "actor-putin mentions actor-biden []",
            "actor-putin affiliation actor-ru [chair|head-of-state]",
            "actor-putin participant event-call-2022-02-12 [initiator]",
        ], "in the graph's order: source, target, relation")
        // Twins of the actors view keep the union of their facts, the largest weight and the
        // widest span of dates.
        var v = KnowledgeGraph()
        v.connect(Edge(source: Self.putin, target: Self.biden, relation: .called, role: "", weight: 2,
                       firstDate: "2022-02", lastDate: "2022-02-12", facts: [Self.call]))
        v.connect(Edge(source: Self.putin, target: Self.biden, relation: .called, role: "x", weight: 1,
                       firstDate: "2021-12-30", lastDate: "", facts: [Self.art]))
        v.uniteRoles()
        #expect(v.edges.count == 1)
        #expect(v.edges.first?.role == "x")
        #expect(v.edges.first?.weight == 2)
        #expect(v.edges.first?.facts == [Self.art, Self.call])
        #expect(v.edges.first?.firstDate == "2021-12-30")
        #expect(v.edges.first?.lastDate == "2022-02-12")
    }

    static func build(reversed: Bool) -> KnowledgeGraph {
        var g = KnowledgeGraph()
        var inserts: [(inout KnowledgeGraph) -> Void] = [
            { $0.insert(Self.actor(Self.putin, "Putin")) },
            { $0.insert(Self.actor(Self.biden, "Biden")) },
            { $0.insert(Self.actor(Self.ru, "Nga", .state)) },
            { $0.insert(Self.event(Self.call)) },
            { $0.insert(Article(id: Self.art, title: "", published: nil, file: "001.txt")) },
            { $0.connect(Self.putin, Self.call, .participant) },
            { $0.connect(Self.biden, Self.call, .participant, role: "initiator") },
            { $0.connect(Self.biden, Self.call, .participant) },
            { $0.connect(Self.art, Self.putin, .mentions) },
            { $0.connect(Self.art, Self.call, .mentions) },
            { $0.connect(Self.putin, Self.ru, .affiliation, role: "head-of-state") },
        ]
        if reversed { inserts.reverse() }
        for f in inserts { f(&g) }
        return g
    }

    @Test("nodes and edges come out sorted whatever the insertion order")
    func sorted() {
        let a = Self.build(reversed: false), b = Self.build(reversed: true)
        let expectedNodes = ["actor-biden", "actor-putin", "actor-ru", "article-001", "event-call-2022-02-12"]
        #expect(a.nodes.map(\.id.rawValue) == expectedNodes)
        #expect(b.nodes.map(\.id.rawValue) == expectedNodes)
        let expectedEdges = [
            "actor-biden>event-call-2022-02-12 participant ",
            "actor-biden>event-call-2022-02-12 participant initiator",
            "actor-putin>actor-ru affiliation head-of-state",
            "actor-putin>event-call-2022-02-12 participant ",
            "article-001>actor-putin mentions ",
            "article-001>event-call-2022-02-12 mentions ",
        ]
        let describe = { (e: Edge) in "\(e.source)>\(e.target) \(e.relation.rawValue) \(e.role)" }
        #expect(a.edges.map(describe) == expectedEdges)
        #expect(b.edges.map(describe) == expectedEdges)
        #expect(a.actors.map(\.id.rawValue) == ["actor-biden", "actor-putin", "actor-ru"])
        #expect(a.sources(into: Self.call, .participant).map(\.rawValue) == ["actor-biden", "actor-biden", "actor-putin"])
        #expect(a.targets(from: Self.art, .mentions).map(\.rawValue) == ["actor-putin", "event-call-2022-02-12"])
    }

    @Test("removing a node removes every edge into or out of it")
    func removeNode() {
        var g = Self.build(reversed: false)
        g.removeNode(Self.putin)
        #expect(!g.contains(Self.putin))
        #expect(g.nodeCount == 4)
        #expect(!g.edges.contains { $0.source == Self.putin || $0.target == Self.putin })
        #expect(g.edgeCount == 3) // biden→call twice (two roles), article→call
        g.removeNode(NodeID(raw: "actor-nobody"))
        #expect(g.nodeCount == 4 && g.edgeCount == 3)
    }

    @Test("wellFormedEdges leaves out edges with a missing end")
    func wellFormed() {
        var g = Self.build(reversed: false)
        let ghost = NodeID(raw: "actor-ghost")
        g.connect(ghost, Self.call, .participant)
        g.connect(Self.art, ghost, .mentions)
        #expect(g.edgeCount == 8)
        let wf = g.wellFormedEdges
        #expect(wf.count == 6)
        #expect(!wf.contains { $0.source == ghost || $0.target == ghost })
        #expect(wf == wf.sorted())
    }

    @Test("removeEdges drops the matching edges only")
    func removeEdges() {
        var g = Self.build(reversed: false)
        g.removeEdges { $0.relation == .mentions }
        #expect(g.edgeCount == 4)
        #expect(g.nodeCount == 5)
    }
}
