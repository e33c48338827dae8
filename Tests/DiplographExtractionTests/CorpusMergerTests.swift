import DiplographModel
import Testing
@testable import DiplographExtraction

/// `CorpusMerger.Accumulator`: article graphs joined one at a time, each node kept once with what
/// every article added to it, each edge kept once (the first added winning).
@Suite("corpus merge")
struct CorpusMergerTests {
    static let putin = NodeID(raw: "actor-putin"), ru = NodeID(raw: "actor-ru")
    static let talks = NodeID(raw: "event-2022-02-12-meeting-ru-us")

    static func article(_ n: Int) -> NodeID { NodeID(raw: "article-\(n)") }

    /// Article `n`: Putin (named `alias`), Russia, and the talks read from sentence `n`, with the
    /// place and duration given.
    static func graph(_ n: Int, alias: String, location: String = "", minutes: Int? = nil, weight: Double = 1) -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let art = article(n)
        g.insert(Article(id: art, title: "t\(n)", published: nil, file: "\(n).txt"))
        g.insert(Actor(id: putin, label: "Putin", actorType: .person, state: "RU", aliases: [alias], articles: [art]))
        g.insert(Actor(id: ru, label: "Nga", actorType: .state, state: "RU", aliases: ["Nga"], articles: [art]))
        g.insert(Event(id: talks, label: "Hội đàm", eventType: .meeting, mode: .inPerson, status: .occurred,
                       date: PartialDate(year: 2022, month: 2, day: 12), location: location, durationMinutes: minutes,
                       articles: [art], evidence: [Evidence(article: art, sentence: "câu \(n)", start: n, end: n + 5)]))
        g.connect(Edge(source: putin, target: talks, relation: .participant, weight: weight))
        g.connect(putin, ru, .affiliation, role: "head-of-state")
        for node in [putin, ru, talks] { g.connect(art, node, .mentions) }
        return g
    }

    @Test("three articles: one node per id with aliases, articles and evidence united and sorted; details the first lacked taken from later ones; the first edge kept")
    func threeArticles() throws {
        // Added out of id order (3, 1, 2), so that sorting is what puts the lists in order.
        var corpus = CorpusMerger.Accumulator()
        corpus.add(Self.graph(3, alias: "Vladimir Putin", weight: 7))
        corpus.add(Self.graph(1, alias: "Putin", location: "Moskva", minutes: 90, weight: 2))
        corpus.add(Self.graph(2, alias: "Tổng thống Putin", location: "Kremlin"))
        let g = corpus.finish()

        #expect(g.nodeCount == 6)
        guard case .actor(let putin)? = g.node(Self.putin) else { Issue.record("no actor"); return }
        #expect(putin.aliases == ["Putin", "Tổng thống Putin", "Vladimir Putin"])
        #expect(putin.articles.map(\.rawValue) == ["article-1", "article-2", "article-3"])
        guard case .event(let talks)? = g.node(Self.talks) else { Issue.record("no event"); return }
        #expect(talks.articles.map(\.rawValue) == ["article-1", "article-2", "article-3"])
        #expect(talks.evidence.map(\.start) == [1, 2, 3])
        // The first article had neither place nor duration: the next article in order that has
        // them gives them (article 1, added second), not the last one.
        #expect(talks.location == "Moskva")
        #expect(talks.durationMinutes == 90)

        #expect(g.edgeCount == 2 + 3 * 3)
        let participant = try #require(g.edges.first { $0.relation == .participant })
        #expect(participant.weight == 7, "the edge first added wins")
        #expect(g.edges.filter { $0.relation == .mentions }.map(\.source.rawValue) == ["article-1", "article-1", "article-1", "article-2", "article-2", "article-2", "article-3", "article-3", "article-3"])
    }

    @Test("a node seen once is kept exactly as it was added; merging one graph gives that graph back")
    func singleGraph() {
        let one = Self.graph(1, alias: "Putin", location: "Moskva")
        var corpus = CorpusMerger.Accumulator()
        corpus.add(one)
        let g = corpus.finish()
        #expect(g.nodes == one.nodes)
        #expect(g.edges == one.edges)
    }

    @Test("the corpus is the same whatever the order of the nodes within each graph; articles in another order change only what 'first' means")
    func orderWithinGraphs() {
        var a = CorpusMerger.Accumulator(), b = CorpusMerger.Accumulator()
        for n in 1...4 { a.add(Self.graph(n, alias: "P\(n)", location: n == 2 ? "Sochi" : "")) }
        for n in 1...4 {
            // The same graph built again (another dictionary, so possibly another order).
            var g = KnowledgeGraph()
            let source = Self.graph(n, alias: "P\(n)", location: n == 2 ? "Sochi" : "")
            for node in source.nodes.reversed() { g.insert(node) }
            for edge in source.edges.reversed() { g.connect(edge) }
            b.add(g)
        }
        let x = a.finish(), y = b.finish()
        #expect(x.nodes == y.nodes)
        #expect(x.edges == y.edges)
        guard case .event(let talks)? = x.node(Self.talks) else { Issue.record("no event"); return }
        #expect(talks.location == "Sochi")
    }
    /// `Node.united`, which merges a node's lists without hashing, against the sets it replaced
    /// (`Array(Set(list).union(more)).sorted()`), on random lists with many repeats, spellings that
    /// are canonically equivalent (NFC and NFD: equal strings that a set keeps the first of) and
    /// evidence that differs only in its sentence or its offsets.
    @Test("uniting lists without sets gives what the sets gave, the spelling met first kept", arguments: 0..<30)
    func unitedLikeSets(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = ["Hà Nội", "Ha\u{300} Nội", "Putin", "putin", "Nga", "", "Tổng thống", "To\u{302}\u{309}ng thống", "a|b"]
        func list(_ n: Int) -> [String] { (0..<n).map { _ in words[next(words.count)] } }
        func spellings(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }
        for _ in 0..<20 {
            let a = list(next(6)), b = list(next(12))
            let expected = Array(Set(a).union(Set(b))).sorted()
            let got = Node.united(a, b)
            #expect(got == expected, "seed \(seed): \(a) + \(b)")
            // The set keeps the spelling it met first; so must the merge.
            var firstSpelling: [String: [UInt8]] = [:]
            for text in a + b where firstSpelling[text] == nil { firstSpelling[text] = Array(text.utf8) }
            #expect(spellings(got) == got.map { firstSpelling[$0] ?? [] }, "seed \(seed): spellings of \(a) + \(b)")

            let ids = (0..<next(9)).map { _ in NodeID(raw: "article-\(next(5))") }, more = (0..<next(9)).map { _ in NodeID(raw: "article-\(next(5))") }
            #expect(Node.united(ids, more) == Array(Set(ids).union(Set(more))).sorted(), "seed \(seed): ids")

            func evidence() -> Evidence {
                Evidence(article: NodeID(raw: "article-\(next(3))"), sentence: words[next(words.count)], start: next(3), end: 3 + next(2))
            }
            let ev = (0..<next(8)).map { _ in evidence() }, moreEv = (0..<next(8)).map { _ in evidence() }
            let gotEv = Node.united(ev, moreEv)
            #expect(gotEv == Array(Set(ev).union(Set(moreEv))).sorted(), "seed \(seed): evidence")
        }
    }
}
