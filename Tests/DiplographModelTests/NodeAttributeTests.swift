import DiplographModel
import Testing

@Suite("Node attributes")
struct NodeAttributeTests {
    static let art = NodeID(raw: "article-a")

    static func names(_ node: Node) -> [String] { node.attributes.map(\.0.rawValue) }
    static func value(_ node: Node, _ a: Attribute) -> AttributeValue? { node.attributes.first { $0.0 == a }?.1 }

    static func isSchemaOrder(_ node: Node) -> Bool {
        let idx = node.attributes.map { a in Attribute.allCases.firstIndex(of: a.0)! }
        return idx == idx.sorted() && Set(idx).count == idx.count
    }

    @Test("an actor always carries kind, label, actorType, state, wikidata, aliases and articles")
    func bareActor() {
        let n = Node.actor(Actor(id: NodeID(raw: "actor-nato"), label: "NATO", actorType: .organization))
        #expect(Self.names(n) == ["kind", "label", "actorType", "state", "wikidata", "aliases", "articles"])
        #expect(Self.value(n, .kind) == .string("actor"))
        #expect(Self.value(n, .actorType) == .string("organization"))
        for a in [Attribute.state, .wikidata, .aliases, .articles] { #expect(Self.value(n, a) == .string("")) }
    }

    @Test("a full actor joins aliases and articles with |, labelEn after label")
    func fullActor() {
        let n = Node.actor(Actor(id: NodeID(raw: "actor-putin"), label: "Vladimir Putin", labelEn: "Vladimir Putin",
                                 actorType: .person, state: "RU", wikidata: "Q7747",
                                 aliases: ["Putin", "Vladimir Putin"], articles: [Self.art, NodeID(raw: "article-b")]))
        #expect(Self.names(n) == ["kind", "label", "labelEn", "actorType", "state", "wikidata", "aliases", "articles"])
        #expect(Self.value(n, .aliases) == .string("Putin|Vladimir Putin"))
        #expect(Self.value(n, .articles) == .string("article-a|article-b"))
        #expect(Self.value(n, .state) == .string("RU"))
        #expect(Self.isSchemaOrder(n))
    }

    @Test("an event without duration has no durationMinutes; the required ones are there, empty when unknown")
    func eventWithoutDuration() {
        let n = Node.event(Event(id: NodeID(raw: "event-x"), label: "Hội đàm", eventType: .meeting, mode: .unknown, status: .occurred))
        #expect(!Self.names(n).contains("durationMinutes"))
        #expect(Self.names(n) == ["kind", "label", "eventType", "mode", "status", "date", "location", "cameo", "plover", "articles", "evidence"])
        #expect(Self.value(n, .date) == .string(""))
        #expect(Self.value(n, .location) == .string(""))
        #expect(Self.value(n, .cameo) == .string("040"))
        #expect(Self.value(n, .plover) == .string("CONSULT:unknown"))
        #expect(Self.value(n, .evidence) == .string(""))
    }

    @Test("an event with duration, times and evidence")
    func fullEvent() {
        let ev1 = Evidence(article: Self.art, sentence: "Hai bên điện đàm.", start: 10, end: 27)
        let ev2 = Evidence(article: Self.art, sentence: "Cuộc gọi kéo dài 62 phút.", start: 28, end: 53)
        let dup = Evidence(article: NodeID(raw: "article-b"), sentence: "Hai bên điện đàm.", start: 0, end: 17)
        let e = Event(id: NodeID(raw: "event-call"), label: "Điện đàm", eventType: .call, mode: .phone, status: .occurred,
                      date: PartialDate(iso: "2022-02-12"), location: "Washington", durationMinutes: 62,
                      startTime: "11:04", endTime: "12:06", timeZone: "local",
                      articles: [Self.art], evidence: [ev1, ev2, dup])
        let n = Node.event(e)
        #expect(Self.value(n, .durationMinutes) == .int(62))
        #expect(Self.value(n, .date) == .string("2022-02-12"))
        #expect(Self.value(n, .cameo) == .string("041"))
        #expect(Self.value(n, .plover) == .string("CONSULT:phone"))
        #expect(Self.value(n, .startTime) == .string("11:04"))
        // The same sentence from two articles is written once in evidence, both places in offsets.
        #expect(Self.value(n, .evidence) == .string("Hai bên điện đàm. | Cuộc gọi kéo dài 62 phút."))
        #expect(Self.value(n, .offsets) == .string("article-a:10-27|article-a:28-53|article-b:0-17"))
        #expect(Self.isSchemaOrder(n))
        #expect(n.evidence.count == 3)
    }

    @Test("a planned event is CAMEO 036, whatever its type")
    func plannedCameo() {
        for type in EventType.allCases {
            let e = Event(id: NodeID(raw: "event-p"), label: "", eventType: type, mode: .inPerson, status: .planned)
            #expect(Self.value(.event(e), .cameo) == .string("036"))
            #expect(e.plover == "CONSULT:in-person")
        }
    }

    @Test("a threat carries sanctions as a boolean")
    func threat() {
        let t = Threat(id: NodeID(raw: "threat-a"), label: "Cảnh báo", sanctions: true, measure: "trừng phạt", condition: "", cameo: "1312")
        let n = Node.threat(t)
        #expect(Self.names(n) == ["kind", "label", "sanctions", "measure", "condition", "cameo", "articles", "evidence"])
        #expect(Self.value(n, .sanctions) == .bool(true))
        #expect(Self.value(n, .sanctions)?.text == "true")
        #expect(Self.value(n, .condition) == .string(""))
    }

    @Test("a demand carries topics joined with |")
    func demand() {
        let d = Demand(id: NodeID(raw: "demand-a"), label: "Yêu cầu", topics: ["rut-quan", "ukraine"], text: "rút quân", cameo: "100")
        let n = Node.demand(d)
        #expect(Self.names(n) == ["kind", "label", "topics", "text", "cameo", "articles", "evidence"])
        #expect(Self.value(n, .topics) == .string("rut-quan|ukraine"))
    }

    @Test("an article has published, title and file; optional source and url only when set")
    func article() {
        let bare = Node.article(Article(id: Self.art, title: "", published: nil, file: "a.txt"))
        #expect(Self.names(bare) == ["kind", "label", "published", "title", "file", "language"])
        #expect(bare.label == "a.txt")
        #expect(Self.value(bare, .published) == .string(""))
        let full = Node.article(Article(id: Self.art, title: "Tin", published: PartialDate(iso: "2022-02-13"), file: "a.txt",
                                        source: "VnExpress", url: "https://example.org/a"))
        #expect(Self.names(full) == ["kind", "label", "published", "title", "file", "source", "url", "language"])
        #expect(Self.value(full, .published) == .string("2022-02-13"))
        #expect(full.label == "Tin")
    }

    @Test("evidence and offsets are bounded: long sentences cut with '…', sentences and locators past the bound counted")
    func boundedEvidence() {
        let long = String(repeating: "ạ", count: Node.evidenceQuoteLimit + 500)
        var evidence = [Evidence(article: Self.art, sentence: long, start: 0, end: 10)]
        for i in 1...(Node.evidenceSentenceLimit + 9) {
            evidence.append(Evidence(article: Self.art, sentence: "Câu \(i).", start: i * 10, end: i * 10 + 5))
        }
        // The same sentence again is quoted once, its place still listed.
        evidence.append(Evidence(article: Self.art, sentence: "Câu 1.", start: 1, end: 2))
        let n = Node.demand(Demand(id: NodeID(raw: "demand-x"), label: "d", topics: [], text: "t", cameo: "100",
                                   articles: [Self.art], evidence: evidence))
        guard case .string(let text)? = Self.value(n, .evidence), case .string(let offsets)? = Self.value(n, .offsets) else {
            Issue.record("no evidence or offsets")
            return
        }
        let quotes = text.components(separatedBy: " | ")
        #expect(quotes.count == Node.evidenceSentenceLimit + 1)
        #expect(quotes.first == String(repeating: "ạ", count: Node.evidenceQuoteLimit) + "…")
        #expect(quotes[1] == "Câu 1.")
        #expect(quotes.last == "… 10 more")
        #expect(offsets.split(separator: "|").count == evidence.count)

        let many = (0..<(Node.offsetsLimit + 3)).map { Evidence(article: Self.art, sentence: "Câu.", start: $0, end: $0 + 1) }
        let m = Node.demand(Demand(id: NodeID(raw: "demand-y"), label: "d", topics: [], text: "t", cameo: "100",
                                   articles: [Self.art], evidence: many))
        guard case .string(let all)? = Self.value(m, .offsets) else {
            Issue.record("no offsets")
            return
        }
        let locators = all.split(separator: "|")
        #expect(locators.count == Node.offsetsLimit + 1)
        #expect(locators.last == "… 3 more")
        #expect(Self.value(m, .evidence) == .string("Câu."))
    }

    @Test("attribute value types and texts")
    func valueTypes() {
        #expect(Attribute.durationMinutes.valueType == .int)
        #expect(Attribute.sanctions.valueType == .boolean)
        #expect(Attribute.weight.valueType == .double)
        #expect(Array(Attribute.edgeAttributes.prefix(3)) == [.relation, .role, .weight])
        #expect(Attribute.edgeAttributes.allSatisfy { $0.isEdgeAttribute })
        #expect(Set(Attribute.nodeAttributes).isDisjoint(with: Attribute.edgeAttributes))
        #expect(Attribute.nodeAttributes.count + Attribute.edgeAttributes.count == Attribute.allCases.count)
        for a in ["kind", "label", "actorType", "eventType", "durationMinutes", "sanctions", "published", "articles", "evidence"] {
            #expect(Attribute.nodeAttributes.contains { $0.rawValue == a }, "\(a) is not a node attribute")
        }
        #expect(AttributeValue.double(1).text == "1.0")
        #expect(AttributeValue.double(2.5).text == "2.5")
        #expect(AttributeValue.int(-3).text == "-3")
        #expect(AttributeValue.bool(false).text == "false")
    }
}
