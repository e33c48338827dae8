import DiplographModel
import Foundation
import Testing

@Suite("Codable model")
struct CodableTests {
    static func roundTrip<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    @Test("a graph with every kind of node and edge comes back equal, node for node and edge for edge")
    func graphRoundTrip() throws {
        var g = ActorViewTests.corpus()
        let e = NodeID(raw: "event-timed")
        let art = NodeID(raw: "article-a1")
        g.insert(Event(id: e, label: "Hội đàm", eventType: .meeting, mode: .video, status: .planned,
                       date: PartialDate(iso: "2022-02"), location: "Genève", durationMinutes: 62,
                       startTime: "15:30", endTime: "16:32", timeZone: "giờ Hà Nội", articles: [art],
                       evidence: [Evidence(article: art, sentence: "Câu \"trích\" \\ dẫn\n| 😀", start: 3, end: 40)]))
        g.insert(Article(id: NodeID(raw: "article-x"), title: "", published: nil, file: "x.txt",
                         source: "VnExpress", url: "https://example.org/a?b=1&c=2", language: "vi"))
        g.connect(Edge(source: NodeID(raw: "actor-biden"), target: NodeID(raw: "actor-putin"), relation: .called,
                       weight: 2.5, firstDate: "2021-12", lastDate: "2022-02-12", facts: [e]))
        let back = try Self.roundTrip(g)
        #expect(back.nodes == g.nodes)
        #expect(back.edges == g.edges)
    }

    @Test("decomposed (NFD) and precomposed text keep their exact scalars")
    func unicodeScalarsKept() throws {
        let nfd = "Nga\u{0323}\u{0302}", nfc = "Ngậ"
        let actor = Actor(id: NodeID(raw: "actor-x"), label: nfd, actorType: .state, aliases: [nfc, nfd])
        let back = try Self.roundTrip(actor)
        #expect(Array(back.label.unicodeScalars) == Array(nfd.unicodeScalars))
        #expect(back.aliases.map { Array($0.unicodeScalars) } == [Array(nfc.unicodeScalars), Array(nfd.unicodeScalars)])
    }

    @Test("the same graph always gives the same JSON, whatever order it was built in")
    func stableJSON() throws {
        let g = ActorViewTests.corpus()
        let reversed = KnowledgeGraph(nodes: g.nodes.reversed(), edges: g.edges.reversed())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(g) == encoder.encode(reversed))
    }

    @Test("dates are coded as ISO text at their precision", arguments: ["2022", "2022-02", "2022-02-13"])
    func dateAsText(_ iso: String) throws {
        let date = try #require(PartialDate(iso: iso))
        #expect(String(decoding: try JSONEncoder().encode([date]), as: UTF8.self) == "[\"\(iso)\"]")
        #expect(try Self.roundTrip(date) == date)
    }

    @Test("impossible and malformed dates are decoding errors, not crashes", arguments: [
        #"["2022-02-30"]"#,
        #"["yesterday"]"#,
    ])
    func badDates(_ json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PartialDate].self, from: Data(json.utf8)) }
    }

    @Test("a node of unknown kind, or a graph without edges, does not decode")
    func badGraphs() {
        let unknownKind = #"{"nodes": [{"kind": "planet", "value": {}}], "edges": []}"#
        let noEdges = #"{"nodes": []}"#
        let wrongValue = #"{"nodes": [{"kind": "actor", "value": {"id": {"rawValue": "actor-x"}}}], "edges": []}"#
        for json in [unknownKind, noEdges, wrongValue] {
            #expect(throws: DecodingError.self, "\(json)") { try JSONDecoder().decode(KnowledgeGraph.self, from: Data(json.utf8)) }
        }
    }

    @Test("init(nodes:edges:) keeps the last node of an id and each edge once")
    func initFromParts() {
        let a = NodeID(raw: "actor-a"), b = NodeID(raw: "actor-b")
        let g = KnowledgeGraph(
            nodes: [.actor(Actor(id: a, label: "old", actorType: .state)), .actor(Actor(id: a, label: "new", actorType: .state)),
                    .actor(Actor(id: b, label: "b", actorType: .state))],
            edges: [Edge(source: a, target: b, relation: .affiliation), Edge(source: a, target: b, relation: .affiliation)])
        #expect(g.nodeCount == 2)
        #expect(g.node(a)?.label == "new")
        #expect(g.edgeCount == 1)
    }
}
