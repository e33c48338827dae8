import DiplographModel

/// Graphs built by hand for the writer tests.
enum Fixtures {
    /// Strings that break naive writers: markup, quotes, line breaks, backslashes, controls,
    /// non-characters, emoji, right-to-left scripts, NFD Vietnamese, DOT keywords, a long label.
    static let hostileStrings: [String] = [
        "quote \" and 'apostrophe'",
        "<tag attr=\"x\"> & ampersand &amp; &lt; &#65;",
        "cdata end ]]> and --> and <!-- and <?pi?>",
        "line1\nline2\r\nline3\rline4",
        "tab\there\t",
        "back\\slash \\n \\\" \\N \\G",
        "ends with backslash\\",
        "C0:" + String(String.UnicodeScalarView((1...0x1F).compactMap(Unicode.Scalar.init))) + ":end",
        "nul\u{0}inside",
        "nonchars \u{FFFE}\u{FFFF} end",
        "emoji 🇻🇳 👍🏽 👨‍👩‍👧 𝄞",
        "Arabic السلام عليكم and Hebrew שלום עליכם",
        "Vie\u{0323}\u{0302}t Nam – Nguye\u{0302}\u{0303}n Phu\u{0301} Tro\u{0323}ng",
        longLabel,
        "node", "edge", "graph", "subgraph", "strict", "digraph",
        "# hash and  spaces ",
        "pipe | separated | values",
        "  leading and trailing  ",
    ]

    /// Exactly 10,000 characters.
    static let longLabel: String = {
        let unit = "Ngoại giao "
        var s = String(repeating: unit, count: 10_000 / unit.count + 1)
        s = String(s.prefix(10_000))
        return s
    }()

    static let article = NodeID(raw: "article-001_abc")
    static let article2 = NodeID(raw: "article-002_def")
    static let putin = NodeID(raw: "actor-putin")
    static let biden = NodeID(raw: "actor-biden")
    static let us = NodeID(raw: "actor-us")
    static let ru = NodeID(raw: "actor-ru")
    static let nato = NodeID(raw: "actor-nato")
    static let kremlin = NodeID(raw: "actor-kremlin")
    static let reuters = NodeID(raw: "actor-reuters")
    static let call = NodeID(raw: "event-call-2021-12-30")
    static let meeting = NodeID(raw: "event-meeting-2022-01")
    static let demand = NodeID(raw: "demand-guarantees")
    static let threat = NodeID(raw: "threat-sanctions")
    static let threat2 = NodeID(raw: "threat-military")

    /// The nodes of a small realistic graph with every kind and actor type.
    static func nodes() -> [Node] {
        let evidence = [
            Evidence(article: article, sentence: "Putin và Biden điện đàm 50 phút.", start: 10, end: 42),
            Evidence(article: article, sentence: "Cuộc điện đàm do Nga đề nghị.", start: 43, end: 72),
        ]
        return [
            .article(Article(id: article, title: "Tổng thống Mỹ và Nga điện đàm", published: PartialDate(year: 2021, month: 12, day: 30),
                             file: "001_abc.txt", source: "VnExpress", url: "https://vnexpress.net/a-1.html")),
            .article(Article(id: article2, title: "", published: PartialDate(year: 2022, month: 1), file: "002_def.txt")),
            .actor(Actor(id: putin, label: "Vladimir Putin", labelEn: "Vladimir Putin", actorType: .person, state: "RU",
                         wikidata: "Q7747", aliases: ["Putin", "ông Putin"], articles: [article])),
            .actor(Actor(id: biden, label: "Joe Biden", labelEn: "Joe Biden", actorType: .person, state: "US",
                         wikidata: "Q6279", aliases: ["Biden"], articles: [article, article2])),
            .actor(Actor(id: us, label: "Mỹ", labelEn: "United States", actorType: .state, state: "US", wikidata: "Q30",
                         aliases: ["Hoa Kỳ", "Mỹ", "Washington"], articles: [article])),
            .actor(Actor(id: ru, label: "Nga", actorType: .state, state: "RU", wikidata: "Q159", aliases: ["Nga"], articles: [article])),
            .actor(Actor(id: nato, label: "NATO", actorType: .organization, aliases: ["NATO"], articles: [article])),
            .actor(Actor(id: kremlin, label: "Điện Kremlin", labelEn: "Kremlin", actorType: .institution, state: "RU",
                         aliases: ["điện Kremlin"], articles: [article])),
            .actor(Actor(id: reuters, label: "Reuters", actorType: .media, aliases: ["Reuters"], articles: [article])),
            .event(Event(id: call, label: "Điện đàm Putin – Biden", eventType: .call, mode: .phone, status: .occurred,
                         date: PartialDate(year: 2021, month: 12, day: 30), durationMinutes: 50, startTime: "15:35",
                         endTime: "16:25", timeZone: "America/New_York", articles: [article], evidence: evidence)),
            .event(Event(id: meeting, label: "Hội đàm Geneva", eventType: .meeting, mode: .inPerson, status: .planned,
                         date: PartialDate(year: 2022, month: 1), location: "Geneva", articles: [article2, article],
                         evidence: [evidence[0]])),
            .demand(Demand(id: demand, label: "Nga yêu cầu đảm bảo an ninh", topics: ["security-guarantees", "nato-expansion"],
                           text: "yêu cầu đảm bảo an ninh ràng buộc pháp lý", cameo: "100", articles: [article], evidence: [evidence[1]])),
            .threat(Threat(id: threat, label: "Mỹ dọa trừng phạt Nga", sanctions: true, measure: "trừng phạt",
                           condition: "nếu Nga tấn công Ukraine", cameo: "1312", articles: [article], evidence: evidence)),
            .threat(Threat(id: threat2, label: "Nga cảnh báo đáp trả", sanctions: false, measure: "đáp trả quân sự",
                           condition: "", cameo: "138", articles: [article])),
        ]
    }

    /// The edges of the realistic graph, plus one dangling edge writers must skip.
    static func edges() -> [Edge] {
        [
            Edge(source: putin, target: call, relation: .participant, role: "initiator"),
            Edge(source: putin, target: call, relation: .participant),
            Edge(source: biden, target: call, relation: .participant),
            Edge(source: putin, target: meeting, relation: .participant),
            Edge(source: putin, target: ru, relation: .affiliation, role: "head-of-state"),
            Edge(source: biden, target: us, relation: .affiliation, role: "head-of-state"),
            Edge(source: kremlin, target: ru, relation: .affiliation),
            Edge(source: putin, target: demand, relation: .demands),
            Edge(source: demand, target: us, relation: .addressee),
            Edge(source: demand, target: nato, relation: .addressee),
            Edge(source: us, target: threat, relation: .threatens),
            Edge(source: threat, target: ru, relation: .target),
            Edge(source: ru, target: threat2, relation: .threatens),
            Edge(source: threat2, target: us, relation: .target, weight: 2.5),
            Edge(source: article, target: putin, relation: .mentions),
            Edge(source: article, target: call, relation: .mentions),
            Edge(source: article2, target: meeting, relation: .mentions),
            Edge(source: putin, target: NodeID(raw: "actor-missing"), relation: .participant),
        ]
    }

    /// The realistic graph, its nodes and edges inserted in the given order.
    static func sample(reversed: Bool = false) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let nodes = reversed ? nodes().reversed() : nodes()
        let edges = reversed ? edges().reversed() : edges()
        for node in nodes { graph.insert(node) }
        for edge in edges { graph.connect(edge) }
        return graph
    }

    /// A graph whose every free-text field carries one of `hostileStrings`, one node per string and
    /// kind, wired with edges whose roles are hostile too.
    static func hostile(reversed: Bool = false) -> KnowledgeGraph {
        var nodes: [Node] = []
        var edges: [Edge] = []
        for (i, s) in hostileStrings.enumerated() {
            let articleID = NodeID(raw: "article-h\(i)")
            let actorID = NodeID(raw: "actor-h\(i)")
            let eventID = NodeID(raw: "event-h\(i)")
            let demandID = NodeID(raw: "demand-h\(i)")
            let threatID = NodeID(raw: "threat-h\(i)")
            let ev = [Evidence(article: articleID, sentence: s, start: 0, end: 1)]
            nodes.append(.article(Article(id: articleID, title: s, published: PartialDate(year: 2020 + i % 5),
                                          file: s, source: s, url: s, language: "vi")))
            nodes.append(.actor(Actor(id: actorID, label: s, labelEn: s, actorType: ActorType.allCases[i % 5],
                                      state: "VN", wikidata: "Q\(i + 1)", aliases: [s, "alias \(i)"], articles: [articleID])))
            nodes.append(.event(Event(id: eventID, label: s, eventType: i % 2 == 0 ? .call : .meeting, mode: .video,
                                      status: i % 3 == 0 ? .planned : .occurred, date: PartialDate(year: 2021, month: 1 + i % 12),
                                      location: s, durationMinutes: i, startTime: s, endTime: s, timeZone: s,
                                      articles: [articleID], evidence: ev)))
            nodes.append(.demand(Demand(id: demandID, label: s, topics: [s, "topic"], text: s, cameo: "10\(i % 10)",
                                        articles: [articleID], evidence: ev)))
            nodes.append(.threat(Threat(id: threatID, label: s, sanctions: i % 2 == 0, measure: s, condition: s,
                                        cameo: "13\(i % 10)", articles: [articleID], evidence: ev)))
            edges.append(Edge(source: actorID, target: eventID, relation: .participant, role: s))
            edges.append(Edge(source: actorID, target: demandID, relation: .demands))
            edges.append(Edge(source: demandID, target: actorID, relation: .addressee))
            edges.append(Edge(source: actorID, target: threatID, relation: .threatens))
            edges.append(Edge(source: threatID, target: actorID, relation: .target))
            edges.append(Edge(source: articleID, target: eventID, relation: .mentions))
        }
        var graph = KnowledgeGraph()
        for node in reversed ? nodes.reversed() : nodes { graph.insert(node) }
        for edge in reversed ? edges.reversed() : edges { graph.connect(edge) }
        return graph
    }
}
