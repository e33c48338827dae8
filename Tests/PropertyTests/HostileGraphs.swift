import DiplographModel
import PropertyBased

/// Pieces of text that have broken XML, RDF and DOT writers somewhere: control characters, XML
/// non-characters, markup, quotes and backslashes (a backslash last breaks naive DOT quoting), `#`
/// and spaces in would-be ids, right-to-left text and bidi controls, emoji (astral planes, ZWJ
/// sequences, flags), NFD Vietnamese, DOT keywords, and very long strings. Lone surrogates cannot
/// exist in a Swift `String`, so they are not here.
enum Hostile {
    static let fragments: [String] = [
        "", " ", "  ", "a", "Z9", "Hà Nội", "Nguyễn Phú Trọng", "Đ",
        "Ha\u{0300} No\u{0302}\u{0323}i", "Nguye\u{0302}\u{0303}n", "o\u{031B}\u{0301}",
        "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}[31m", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}",
        "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{E000}", "\u{D7FF}", "\u{10FFFF}", "\u{1FFFE}",
        "\t", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}",
        "]]>", "<![CDATA[x]]>", "<data key=\"label\">", "</graph>", "<!--", "-->", "<?xml?>", "&", "&amp;", "&lt;", "&#0;", "&#x1;", "&e;",
        "\"", "'", "\\", "\\\\", "\\\"", "trailing\\", "\\n", "\\N", "\\G", "\\l", "%", "%20", "%%",
        "#", "#frag", "id with spaces", "a#b c", ":", "_:b0", "rdf:about", "xml:lang", "xmlns",
        "http://example.org/a b?c=d#e", "file:///etc/passwd", "<script>alert(1)</script>",
        "node", "edge", "graph", "digraph", "subgraph", "strict", "->", "--", "{", "}", "[", "]", ";", ",", "=",
        "|", "||", "1.5", "-0", "NaN", "1e309",
        "مرحبا بالعالم", "שלום", "\u{202E}gnp.exe", "\u{200F}", "\u{200B}", "\u{FEFF}", "\u{061C}",
        "😀", "👨‍👩‍👧‍👦", "🇻🇳", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "中文", "日本語のテキスト",
        String(repeating: "x", count: 5_000), String(repeating: "ộ", count: 2_000),
        String(repeating: "\\\"", count: 500), String(repeating: "]]>&<", count: 300),
    ]

    /// A string of zero to four fragments.
    static let string = Gen.int(in: 0...(fragments.count - 1)).array(of: 0...4)
        .map { $0.map { fragments[$0] }.joined() }

    /// A few short texts, so that equal values (roles, ids) come up often.
    static let shortPool = ["", "initiator", "head-of-state", "a b", "\\", "\"", "#1", "ộ"]
}

/// One node to put in a graph, as plain generated values.
struct NodeSpec: Sendable, CustomStringConvertible {
    let kind: Int
    let variant: Int
    let texts: [String]
    let number: Int

    var description: String { "NodeSpec(kind: \(kind), variant: \(variant), number: \(number), texts: \(texts.map { String($0.prefix(40)) }))" }

    /// The node's id: either a raw id (sanitised by `NodeID(raw:)`) or a slug of hostile text.
    var id: NodeID {
        let kinds = NodeKind.allCases
        let kindValue = kinds[kind % kinds.count]
        if variant % 2 == 0 { return NodeID(raw: texts[0] + String(variant % 7)) }
        return NodeID(kind: kindValue, slug: texts[0] + " " + String(variant % 7))
    }

    var node: Node {
        let t = texts
        let ids = t[9].split(separator: "|").map { NodeID(raw: String($0)) }
        let date = PartialDate(year: 1 + abs(number) % 9999, month: variant % 3 == 0 ? nil : 1 + variant % 12,
                               day: variant % 5 == 0 ? nil : 1 + number % 31)
        let evidence = (0..<(variant % 4)).map { k in
            Evidence(article: ids.first ?? NodeID(raw: t[8]), sentence: t[(k + 3) % 10], start: k * number, end: k * number + k)
        }
        switch NodeKind.allCases[kind % NodeKind.allCases.count] {
        case .actor:
            return .actor(Actor(id: id, label: t[1], labelEn: t[2], actorType: ActorType.allCases[variant % ActorType.allCases.count],
                                state: t[3], wikidata: t[4], aliases: [t[5], t[6]].filter { !$0.isEmpty }, articles: ids))
        case .event:
            return .event(Event(id: id, label: t[1], eventType: EventType.allCases[variant % 2], mode: EventMode.allCases[variant % 4],
                                status: EventStatus.allCases[(variant / 2) % 2], date: date, location: t[2],
                                durationMinutes: variant % 3 == 0 ? nil : number, startTime: t[3], endTime: t[4], timeZone: t[5],
                                articles: ids, evidence: evidence))
        case .demand:
            return .demand(Demand(id: id, label: t[1], topics: [t[2], t[3]], text: t[4], cameo: t[5], articles: ids, evidence: evidence))
        case .threat:
            return .threat(Threat(id: id, label: t[1], sanctions: variant % 2 == 0, measure: t[2], condition: t[3], cameo: t[4],
                                  articles: ids, evidence: evidence))
        case .article:
            return .article(Article(id: id, title: t[1], published: variant % 4 == 0 ? nil : date, file: t[2], source: t[3], url: t[4], language: t[5]))
        }
    }
}

/// One edge, by indexes into the graph's nodes (an index past them makes a dangling edge).
struct EdgeSpec: Sendable, CustomStringConvertible {
    let source: Int
    let target: Int
    let relation: Int
    let role: String
    let weight: Int
    let dates: [String]
    let facts: Int
    /// Repeats the previous edge's ends and relation (with this edge's own role, weight, dates and
    /// facts): parallel edges that differ only in role.
    let repeatsPrevious: Bool

    var description: String { "EdgeSpec(repeats: \(repeatsPrevious), \(source) -> \(target), relation: \(relation), role: \(role.debugDescription.prefix(40)), weight: \(weight))" }

    static let weights: [Double] = [1, 2, 0.5, 1e-7, 123456.789, 1e20, -0.0]

    func edge(_ ids: [NodeID]) -> Edge {
        func end(_ index: Int) -> NodeID {
            index < ids.count * 3 && !ids.isEmpty ? ids[index % ids.count] : NodeID(raw: "dangling-\(index)")
        }
        let factIDs = ids.isEmpty ? [] : (0..<(facts % 4)).map { ids[($0 * 7 + facts) % ids.count] }
        return Edge(source: end(source), target: end(target), relation: Relation.allCases[relation % Relation.allCases.count],
                    role: role, weight: Self.weights[weight % Self.weights.count],
                    firstDate: dates[0], lastDate: dates[1], facts: factIDs)
    }
}

/// A graph to build: nodes (the first of each id is kept) and edges.
struct GraphSpec: Sendable, CustomStringConvertible {
    let nodes: [NodeSpec]
    let edges: [EdgeSpec]
    /// Seeds the shuffled insertion order.
    let shuffleSeed: UInt64

    var description: String { "GraphSpec(nodes: \(nodes), edges: \(edges), shuffleSeed: \(shuffleSeed))" }

    /// The distinct nodes (first of each id), in spec order.
    var distinctNodes: [Node] {
        var seen = Set<NodeID>()
        var out: [Node] = []
        for spec in nodes where seen.insert(spec.id).inserted { out.append(spec.node) }
        return out
    }

    /// The edges, the first of each (source, target, relation, role): `KnowledgeGraph.connect`
    /// keeps one edge per such key, the first connected, so later ties would make the graph depend
    /// on insertion order by design. `repeatsPrevious` edges are dropped here unless they
    /// land on a new key after all.
    var allEdges: [Edge] {
        let ids = distinctNodes.map(\.id)
        var out: [Edge] = []
        var keys = Set<String>()
        for spec in edges {
            var edge = spec.edge(ids)
            if spec.repeatsPrevious, let previous = out.last {
                edge.source = previous.source
                edge.target = previous.target
                edge.relation = previous.relation
            }
            let key = [edge.source.rawValue, edge.target.rawValue, edge.relation.rawValue, edge.role].joined(separator: "\u{0}")
            if keys.insert(key).inserted { out.append(edge) }
        }
        return out
    }

    /// The graph, nodes and edges inserted in spec order.
    var graph: KnowledgeGraph { build(distinctNodes, allEdges) }

    /// The same graph, nodes and edges inserted in reverse order.
    var reversedGraph: KnowledgeGraph { build(distinctNodes.reversed(), allEdges.reversed()) }

    /// The same graph, nodes and edges inserted in a shuffled order (edges interleaved with nodes).
    var shuffledGraph: KnowledgeGraph {
        var rng = SplitMix(seed: shuffleSeed)
        var steps: [(inout KnowledgeGraph) -> Void] = distinctNodes.map { n in { $0.insert(n) } } + allEdges.map { e in { $0.connect(e) } }
        steps.shuffle(using: &rng)
        var graph = KnowledgeGraph()
        for step in steps { step(&graph) }
        return graph
    }

    private func build(_ nodes: [Node], _ edges: [Edge]) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for node in nodes { graph.insert(node) }
        for edge in edges { graph.connect(edge) }
        return graph
    }
}

/// A small deterministic generator for shuffling.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Graphs {
    static let node = zip(Gen.int(in: 0...4), Gen.int(in: 0...63), Hostile.string.array(of: 10), Gen.int(in: -3...100_000))
        .map { NodeSpec(kind: $0.0, variant: $0.1, texts: $0.2, number: $0.3) }

    static let role = zip(Gen.int(in: 0...(Hostile.shortPool.count)), Hostile.string)
        .map { $0.0 < Hostile.shortPool.count ? Hostile.shortPool[$0.0] : $0.1 }

    static let edge = zip(Gen.int(in: 0...80), Gen.int(in: 0...80), Gen.int(in: 0...20), role, Gen.int(in: 0...10),
                          zip(Gen.int(in: 0...3), Hostile.string).map { $0.0 == 0 ? $0.1 : ["", "2024-01-02", "2023"][$0.0 - 1] }.array(of: 2),
                          Gen.int(in: 0...7), Gen.bool(0.15))
        .map { EdgeSpec(source: $0.0, target: $0.1, relation: $0.2, role: $0.3, weight: $0.4, dates: $0.5, facts: $0.6, repeatsPrevious: $0.7) }

    /// Graphs of up to 24 nodes and 40 edges.
    static let graph = zip(node.array(of: 0...24), edge.array(of: 0...40), Gen.uint64())
        .map { GraphSpec(nodes: $0.0, edges: $0.1, shuffleSeed: $0.2) }
}
