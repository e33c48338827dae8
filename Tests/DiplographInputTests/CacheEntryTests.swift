@testable import DiplographInput
import DiplographModel
import Foundation
import Testing

/// The binary cache entry: the graph body (`GraphCoding`) and the header around it (`CacheEntry`).
@Suite("binary cache entries")
struct CacheEntryTests {
    static let article = NodeID(raw: "article-a")

    /// A graph with every kind of node, every field set to something other than its default, and
    /// values at the edges of what the coding must keep (negative and large numbers, a fractional
    /// weight, dates of each precision, an empty optional, non-ASCII text, NUL and newline in text).
    static func sample() -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let evidence = [Evidence(article: article, sentence: "Tổng thống Nga điện đàm.\n\u{0}x", start: 12, end: 40),
                        Evidence(article: article, sentence: "Hai bên hội đàm.", start: 41, end: 58)]
        g.insert(Actor(id: NodeID(raw: "actor-putin"), label: "Vladimir Putin", labelEn: "Vladimir Putin", actorType: .person,
                       state: "RU", wikidata: "Q7747", aliases: ["Putin", "Tổng thống Nga"], articles: [article]))
        g.insert(Actor(id: NodeID(raw: "actor-un"), label: "Liên Hợp Quốc", actorType: .organization))
        var event = Event(id: NodeID(raw: "event-call-2022-02-12"), label: "Putin – Biden", labelEn: "Putin – Biden",
                          eventType: .call, mode: .video, status: .planned, date: PartialDate(year: 2022, month: 2, day: 12),
                          location: "Moskva", durationMinutes: -5, startTime: "10:00", endTime: "11:02", timeZone: "GMT+7",
                          articles: [article], evidence: evidence)
        event.formerIds = [NodeID(raw: "event-call-2022-02"), NodeID(raw: "event-call-x")]
        g.insert(event)
        g.insert(Event(id: NodeID(raw: "event-meeting-2021"), label: "m", eventType: .meeting, mode: .inPerson, status: .occurred,
                       date: PartialDate(year: 2021), durationMinutes: 100_000))
        g.insert(Event(id: NodeID(raw: "event-meeting-2021-12"), label: "", eventType: .meeting, mode: .unknown, status: .occurred,
                       date: PartialDate(year: 2021, month: 12)))
        var demand = Demand(id: NodeID(raw: "demand-a"), label: "ngừng bắn", topics: ["ceasefire", "ukraine"], text: "kêu gọi ngừng bắn",
                            cameo: "1041", articles: [article], evidence: [evidence[1]])
        demand.formerIds = [NodeID(raw: "demand-b")]
        g.insert(demand)
        g.insert(Threat(id: NodeID(raw: "threat-a"), label: "trừng phạt", sanctions: true, measure: "cấm vận", condition: "nếu tấn công",
                        cameo: "1312", articles: [article], evidence: evidence))
        g.insert(Article(id: article, title: "Tin", published: PartialDate(year: 2022, month: 2, day: 13), file: "a.txt",
                         source: "VnExpress", url: "https://vnexpress.net/a", language: "vi"))
        g.connect(Edge(source: NodeID(raw: "actor-putin"), target: NodeID(raw: "event-call-2022-02-12"), relation: .participant, role: "initiator"))
        g.connect(Edge(source: NodeID(raw: "actor-putin"), target: NodeID(raw: "actor-un"), relation: .met, weight: 0.1,
                       firstDate: "2021-12", lastDate: "2022-02-12", facts: [NodeID(raw: "event-call-2022-02-12"), NodeID(raw: "event-meeting-2021")]))
        g.connect(Edge(source: article, target: NodeID(raw: "actor-putin"), relation: .mentions, weight: 3))
        return g
    }

    /// Every field of every edge, which `Edge`'s `==` (ends, relation and role only) does not compare.
    static func edgeFields(_ g: KnowledgeGraph) -> [String] {
        g.edges.map { "\($0.id) \($0.weight.bitPattern) \($0.firstDate) \($0.lastDate) \($0.facts)" }
    }

    static func key(_ n: Int) -> String { String(repeating: String(n % 10), count: 64) }

    @Test("a graph comes back from its bytes with every node and edge field as it was")
    func roundTrip() throws {
        let g = Self.sample()
        let decoded = try GraphCoding.decode(GraphCoding.encode(g)).get()
        #expect(decoded.nodes == g.nodes)
        #expect(decoded.edges == g.edges)
        #expect(Self.edgeFields(decoded) == Self.edgeFields(g))
        #expect(decoded.nodes.count == 8 && decoded.edges.count == 3)
        // The empty graph too.
        let empty = try GraphCoding.decode(GraphCoding.encode(KnowledgeGraph())).get()
        #expect(empty.nodeCount == 0 && empty.edgeCount == 0)
    }

    @Test("the same graph gives the same bytes whatever order it was built in")
    func deterministic() {
        let g = Self.sample()
        let reversed = KnowledgeGraph(nodes: g.nodes.reversed(), edges: g.edges.reversed())
        #expect(GraphCoding.encode(g) == GraphCoding.encode(reversed))
    }

    @Test("every cut of a body, and a body with bytes after it, is refused without a trap")
    func truncatedBodies() {
        let body = GraphCoding.encode(Self.sample())
        for n in 0..<body.count {
            if case .success = GraphCoding.decode(Array(body.prefix(n))) { Issue.record("a body cut to \(n) of \(body.count) bytes was read") }
        }
        if case .success = GraphCoding.decode(body + [0]) { Issue.record("a body with a byte after it was read") }
    }

    @Test("a body naming an id the extractor never makes is refused with the id named")
    func badIDs() {
        var w = EntryWriter()
        w.count(1)
        w.string("actor-x y<z")
        w.count(0)
        w.count(0)
        guard case .failure(let problem) = GraphCoding.decode(w.bytes) else {
            Issue.record("a bad id was read")
            return
        }
        #expect(problem.description == "node id 'actor-x y<z' has characters outside A–Z, a–z, 0–9, '-', '_', '.'")
    }

    @Test("counts larger than the bytes left, bad enum indexes, impossible dates and bad UTF-8 are refused")
    func craftedBodies() {
        func body(_ fill: (inout EntryWriter) -> Void) -> [UInt8] {
            var w = EntryWriter()
            fill(&w)
            return w.bytes
        }
        let cases: [(String, [UInt8])] = [
            ("huge id count", body { $0.unsigned(UInt64.max) }),
            ("eleven-byte number", [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
            ("huge node count", body { $0.count(0); $0.unsigned(1 << 62) }),
            ("bad UTF-8 id", body { $0.count(1); $0.count(2); $0.raw([0xC3, 0x28]); $0.count(0); $0.count(0) }),
            ("node kind out of range", body { $0.count(1); $0.string("actor-a"); $0.count(1); $0.byte(9); $0.count(0) }),
            ("id index out of range", body { $0.count(1); $0.string("actor-a"); $0.count(1); $0.byte(0); $0.count(1) }),
            ("31 February", body {
                $0.count(1); $0.string("article-a"); $0.count(1); $0.byte(4); $0.count(0); $0.string("t")
                $0.byte(1); $0.signed(2022); $0.count(2); $0.count(31)
                for _ in 0..<4 { $0.string("") }
                $0.count(0)
            }),
            ("a day without a month", body {
                $0.count(1); $0.string("article-a"); $0.count(1); $0.byte(4); $0.count(0); $0.string("t")
                $0.byte(1); $0.signed(2022); $0.count(0); $0.count(3)
                for _ in 0..<4 { $0.string("") }
                $0.count(0)
            }),
        ]
        for (name, bytes) in cases {
            if case .success = GraphCoding.decode(bytes) { Issue.record("\(name) was read") }
        }
        // The same article node with a possible date is read: the cases above fail for their flaw.
        let good = body {
            $0.count(1); $0.string("article-a"); $0.count(1); $0.byte(4); $0.count(0); $0.string("t")
            $0.byte(1); $0.signed(2022); $0.count(2); $0.count(28)
            for _ in 0..<4 { $0.string("") }
            $0.count(0)
        }
        #expect((try? GraphCoding.decode(good).get())?.articles.first?.published == PartialDate(year: 2022, month: 2, day: 28))
    }

    @Test("an entry is read back only whole, unaltered, of this format and under its own key")
    func entryHeader() throws {
        let body = GraphCoding.encode(Self.sample())
        let entry = try #require(CacheEntry.make(key: Self.key(1), body: body))
        let start = try #require(CacheEntry.body(of: entry, key: Self.key(1)))
        #expect(Array(entry[start...]) == body)
        #expect(CacheEntry.body(of: entry, key: Self.key(2)) == nil, "read under another key")
        #expect(CacheEntry.body(of: entry, key: Self.key(1), version: ArticleGraphCache.formatVersion + 1) == nil, "read as another format")
        #expect(CacheEntry.body(of: entry + [0], key: Self.key(1)) == nil, "read with a byte after it")
        for n in 0..<entry.count where CacheEntry.body(of: Array(entry.prefix(n)), key: Self.key(1)) != nil {
            Issue.record("an entry cut to \(n) bytes was read")
        }
        for i in 0..<entry.count {
            var flipped = entry
            flipped[i] ^= 0x01
            if CacheEntry.body(of: flipped, key: Self.key(1)) != nil { Issue.record("an entry with byte \(i) flipped was read") }
        }
        #expect(CacheEntry.make(key: "not hex", body: body) == nil)
    }

    @Test("the key changes with every field it is made of")
    func keys() {
        let context = ArticleGraphCache.Context(toolVersion: "1", build: "b", lexicon: "l")
        let cache = ArticleGraphCache(directory: "/nonexistent", context: context)
        let article = SourceArticle(file: "a.txt", path: "/x/a.txt", text: "x", metadata: ArticleMetadata(title: "t"))
        let base = cache.key(for: article, digest: "d")
        #expect(base.utf8.count == 64 && base == cache.key(for: article, digest: "d"))
        var others = [cache.key(for: article, digest: "e"),
                      cache.key(for: SourceArticle(file: "b.txt", path: "/x/a.txt", text: "x", metadata: ArticleMetadata(title: "t"), id: article.id), digest: "d"),
                      cache.key(for: SourceArticle(file: "a.txt", path: "/x/a.txt", text: "x", metadata: ArticleMetadata(title: "t"), id: NodeID(raw: "article-b")), digest: "d"),
                      cache.key(for: SourceArticle(file: "a.txt", path: "/x/a.txt", text: "x", metadata: ArticleMetadata(title: "u")), digest: "d"),
                      cache.key(for: SourceArticle(file: "a.txt", path: "/x/a.txt", text: "x", metadata: ArticleMetadata(title: "t", url: "u")), digest: "d")]
        for changed in [ArticleGraphCache.Context(toolVersion: "2", build: "b", lexicon: "l"),
                        ArticleGraphCache.Context(toolVersion: "1", build: "c", lexicon: "l"),
                        ArticleGraphCache.Context(toolVersion: "1", build: "b", lexicon: "m"),
                        // Lengths before fields: moving a character from one field to the next is another key.
                        ArticleGraphCache.Context(toolVersion: "1b", build: "", lexicon: "l")] {
            others.append(ArticleGraphCache(directory: "/nonexistent", context: changed).key(for: article, digest: "d"))
        }
        // Each metadata field, including the publication date's presence and precision.
        for metadata in [ArticleMetadata(title: "t", language: "en"), ArticleMetadata(title: "t", source: "s"),
                         ArticleMetadata(title: "t", published: PartialDate(year: 2022)),
                         ArticleMetadata(title: "t", published: PartialDate(year: 2022, month: 1)),
                         ArticleMetadata(title: "t", published: PartialDate(year: 2022, month: 1, day: 1)),
                         ArticleMetadata(title: "t", published: PartialDate(year: 1999))] {
            others.append(cache.key(for: SourceArticle(file: "a.txt", path: "/x/a.txt", text: "x", metadata: metadata), digest: "d"))
        }
        #expect(Set(others + [base]).count == others.count + 1)
    }

    @Test("the key is made of every field of the article's metadata")
    func keyCoversMetadata() {
        // A field added to `ArticleMetadata` fails here until the key writes it too.
        let fields = Mirror(reflecting: ArticleMetadata()).children.compactMap(\.label)
        #expect(fields == ArticleGraphCache.metadataFields)
    }
}
