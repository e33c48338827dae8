import DiplographModel
import Testing

/// `KnowledgeGraph.actorView()` on small graphs built by hand; every expected edge below was
/// worked out from the facts, not read back from the code.
@Suite("actors view")
struct ActorViewTests {
    static func id(_ raw: String) -> NodeID { NodeID(raw: raw) }
    static func day(_ iso: String) -> PartialDate? { PartialDate(iso: iso) }

    static let biden = id("actor-biden"), putin = id("actor-putin"), lavrov = id("actor-lavrov")
    static let ru = id("actor-ru"), us = id("actor-us"), nato = id("actor-nato"), tass = id("actor-tass")
    static let a1 = id("article-a1"), a2 = id("article-a2")
    static let call1 = id("event-call-2022-02-12"), call2 = id("event-call-2021-12-30")
    static let talks = id("event-meeting-undated"), planned = id("event-meeting-2022-01-10-planned")
    static let d1 = id("demand-1"), d2 = id("demand-2"), t1 = id("threat-1"), t2 = id("threat-2")

    /// Two calls and an undated meeting between Biden and Putin (Lavrov at the meeting), a planned
    /// Russia–US meeting, two demands by Putin, a threat by Biden and the US against Russia, a
    /// threat by Russia against itself and the US, affiliations, and a media outlet that is only
    /// mentioned.
    static func corpus() -> KnowledgeGraph {
        var g = KnowledgeGraph()
        g.insert(Actor(id: biden, label: "Joe Biden", actorType: .person, state: "US", articles: [a1, a2]))
        g.insert(Actor(id: putin, label: "Vladimir Putin", actorType: .person, state: "RU", articles: [a1, a2]))
        g.insert(Actor(id: lavrov, label: "Sergey Lavrov", actorType: .person, state: "RU", articles: [a2]))
        g.insert(Actor(id: ru, label: "Nga", actorType: .state, state: "RU", articles: [a1]))
        g.insert(Actor(id: us, label: "Mỹ", actorType: .state, state: "US", articles: [a1]))
        g.insert(Actor(id: nato, label: "NATO", actorType: .organization, articles: [a2]))
        g.insert(Actor(id: tass, label: "TASS", actorType: .media, state: "RU", articles: [a1]))
        g.insert(Article(id: a1, title: "A1", published: day("2022-02-13"), file: "a1.txt"))
        g.insert(Article(id: a2, title: "A2", published: day("2021-12-30"), file: "a2.txt"))

        g.insert(Event(id: call1, label: "call", eventType: .call, mode: .phone, status: .occurred, date: day("2022-02-12"), articles: [a1]))
        g.insert(Event(id: call2, label: "call", eventType: .call, mode: .phone, status: .occurred, date: day("2021-12-30"), articles: [a2]))
        g.insert(Event(id: talks, label: "talks", eventType: .meeting, mode: .inPerson, status: .occurred, articles: [a2]))
        g.insert(Event(id: planned, label: "talks", eventType: .meeting, mode: .inPerson, status: .planned, date: day("2022-01-10"), articles: [a2]))
        // Biden is the initiator of the first call and also a plain participant: one pair all the same.
        g.connect(biden, call1, .participant, role: "initiator")
        g.connect(biden, call1, .participant)
        g.connect(putin, call1, .participant)
        g.connect(putin, call2, .participant)
        g.connect(biden, call2, .participant)
        for p in [biden, putin, lavrov] { g.connect(p, talks, .participant) }
        g.connect(ru, planned, .participant)
        g.connect(us, planned, .participant)

        g.insert(Demand(id: d1, label: "d1", topics: ["security"], text: "…", cameo: "100", articles: [a2]))
        g.insert(Demand(id: d2, label: "d2", topics: ["nato"], text: "…", cameo: "100", articles: [a1, a2]))
        g.connect(putin, d1, .demands)
        g.connect(d1, biden, .addressee)
        g.connect(d1, nato, .addressee)
        g.connect(putin, d2, .demands)
        g.connect(d2, biden, .addressee)

        g.insert(Threat(id: t1, label: "t1", sanctions: true, measure: "sanctions", condition: "", cameo: "1312", articles: [a1]))
        g.insert(Threat(id: t2, label: "t2", sanctions: false, measure: "response", condition: "", cameo: "130", articles: [a2]))
        g.connect(biden, t1, .threatens)
        g.connect(us, t1, .threatens)
        g.connect(t1, ru, .target)
        g.connect(ru, t2, .threatens)
        g.connect(t2, ru, .target)
        g.connect(t2, us, .target)

        g.connect(biden, us, .affiliation, role: "head-of-state")
        g.connect(putin, ru, .affiliation, role: "head-of-state")
        g.connect(lavrov, ru, .affiliation, role: "foreign-minister")
        for n in g.nodes where n.kind != .article { g.connect(a1, n.id, .mentions) }
        return g
    }

    @Test("each relation gives the edges worked out by hand, with weight, dates and facts")
    func corpusEdges() {
        let view = Self.corpus().actorView()
        let expected: [Edge] = [
            Edge(source: Self.biden, target: Self.lavrov, relation: .met, weight: 1, facts: [Self.talks]),
            Edge(source: Self.biden, target: Self.putin, relation: .called, weight: 2,
                 firstDate: "2021-12-30", lastDate: "2022-02-12", facts: [Self.call2, Self.call1]),
            Edge(source: Self.biden, target: Self.putin, relation: .met, weight: 1, facts: [Self.talks]),
            Edge(source: Self.biden, target: Self.ru, relation: .threatened, weight: 1,
                 firstDate: "2022-02-13", lastDate: "2022-02-13", facts: [Self.t1]),
            Edge(source: Self.biden, target: Self.us, relation: .affiliation, role: "head-of-state"),
            Edge(source: Self.lavrov, target: Self.putin, relation: .met, weight: 1, facts: [Self.talks]),
            Edge(source: Self.lavrov, target: Self.ru, relation: .affiliation, role: "foreign-minister"),
            Edge(source: Self.putin, target: Self.biden, relation: .demanded, weight: 2,
                 firstDate: "2021-12-30", lastDate: "2022-02-13", facts: [Self.d1, Self.d2]),
            Edge(source: Self.putin, target: Self.nato, relation: .demanded, weight: 1,
                 firstDate: "2021-12-30", lastDate: "2021-12-30", facts: [Self.d1]),
            Edge(source: Self.putin, target: Self.ru, relation: .affiliation, role: "head-of-state"),
            Edge(source: Self.ru, target: Self.us, relation: .threatened, weight: 1,
                 firstDate: "2021-12-30", lastDate: "2021-12-30", facts: [Self.t2]),
            Edge(source: Self.us, target: Self.ru, relation: .threatened, weight: 1,
                 firstDate: "2022-02-13", lastDate: "2022-02-13", facts: [Self.t1]),
        ]
        #expect(view.edges == expected)
    }

    @Test("nodes are the actors with an edge in the view, nothing else; their articles are emptied")
    func corpusNodes() throws {
        let view = Self.corpus().actorView()
        #expect(view.nodes.map(\.id) == [Self.biden, Self.lavrov, Self.nato, Self.putin, Self.ru, Self.us])
        #expect(view.nodes.allSatisfy { $0.kind == .actor })
        let biden = try #require(view.actors.first { $0.id == Self.biden })
        #expect(biden.articles.isEmpty)
        #expect(biden.label == "Joe Biden" && biden.state == "US" && biden.actorType == .person)
        // The media outlet is only mentioned; the planned meeting gives Russia and the US nothing.
        #expect(!view.contains(Self.tass))
        #expect(!view.edges.contains { $0.relation == .met && Set([$0.source, $0.target]) == Set([Self.ru, Self.us]) })
    }

    @Test("met and called go from the smaller id to the larger, whatever order the parties came in")
    func pairOrder() {
        var g = KnowledgeGraph()
        let z = Self.id("actor-zz"), a = Self.id("actor-aa"), m = Self.id("actor-mm")
        for x in [z, a, m] { g.insert(Actor(id: x, label: x.rawValue, actorType: .state)) }
        let e = Self.id("event-x")
        g.insert(Event(id: e, label: "x", eventType: .meeting, mode: .unknown, status: .occurred, date: Self.day("2022")))
        for x in [z, m, a] { g.connect(x, e, .participant) }
        #expect(g.actorView().edges == [
            Edge(source: a, target: m, relation: .met, firstDate: "2022", lastDate: "2022", facts: [e]),
            Edge(source: a, target: z, relation: .met, firstDate: "2022", lastDate: "2022", facts: [e]),
            Edge(source: m, target: z, relation: .met, firstDate: "2022", lastDate: "2022", facts: [e]),
        ])
    }

    @Test("dates of mixed precision: first and last by calendar order, each at its own precision")
    func mixedPrecision() {
        var g = KnowledgeGraph()
        let a = Self.id("actor-a"), b = Self.id("actor-b")
        for x in [a, b] { g.insert(Actor(id: x, label: x.rawValue, actorType: .person)) }
        let dates = ["2021-06-16", "2021", "2021-06", "2022-01"]
        var ids: [NodeID] = []
        for (i, d) in dates.enumerated() {
            let e = Self.id("event-\(i)")
            ids.append(e)
            g.insert(Event(id: e, label: "call", eventType: .call, mode: .video, status: .occurred, date: Self.day(d)))
            g.connect(b, e, .participant)
            g.connect(a, e, .participant)
        }
        #expect(g.actorView().edges == [
            Edge(source: a, target: b, relation: .called, weight: 4, firstDate: "2021", lastDate: "2022-01", facts: ids),
        ])
    }

    @Test("undated facts count in the weight but give no date; a demand without articles is undated")
    func undated() {
        var g = KnowledgeGraph()
        let a = Self.id("actor-a"), b = Self.id("actor-b"), d = Self.id("demand-x")
        for x in [a, b] { g.insert(Actor(id: x, label: x.rawValue, actorType: .state)) }
        g.insert(Demand(id: d, label: "x", topics: [], text: "x", cameo: "100"))
        g.connect(a, d, .demands)
        g.connect(d, b, .addressee)
        #expect(g.actorView().edges == [Edge(source: a, target: b, relation: .demanded, facts: [d])])
    }

    @Test("edges to nodes that are not actors, or not in the graph, give nothing")
    func foreignEnds() {
        var g = KnowledgeGraph()
        let a = Self.id("actor-a"), e = Self.id("event-x"), ghost = Self.id("actor-ghost"), art = Self.id("article-x")
        g.insert(Actor(id: a, label: "a", actorType: .person))
        g.insert(Article(id: art, title: "", published: nil, file: "x.txt"))
        g.insert(Event(id: e, label: "x", eventType: .call, mode: .phone, status: .occurred))
        g.connect(a, e, .participant)
        g.connect(ghost, e, .participant)
        g.connect(art, e, .participant)
        g.connect(a, ghost, .affiliation, role: "member")
        let view = g.actorView()
        #expect(view.edges.isEmpty)
        #expect(view.nodeCount == 0)
    }

    @Test("the view does not depend on the order the graph was built in")
    func deterministic() {
        let g = Self.corpus()
        let reversed = KnowledgeGraph(nodes: g.nodes.reversed(), edges: g.edges.reversed())
        #expect(reversed.actorView().nodes == g.actorView().nodes)
        #expect(reversed.actorView().edges == g.actorView().edges)
    }

    @Test("an empty graph has an empty view")
    func empty() {
        let view = KnowledgeGraph().actorView()
        #expect(view.nodeCount == 0 && view.edgeCount == 0)
    }
}
