import DiplographModel

/// One article's graph as the compact bytes of a cache entry's body, and back.
///
/// The body is a table of the node ids the graph names (each distinct id once, in the order first
/// met), then the nodes sorted by id, then the edges sorted as `KnowledgeGraph.edges` sorts them.
/// Ids elsewhere are indexes into the table; strings are their UTF-8 after a length; enums are the
/// index of the case in `allCases` (the cache key names the build, so the order cannot change
/// under an entry); dates are year, month and day with 0 for "not known". The same graph always
/// gives the same bytes.
///
/// Decoding refuses anything the encoder could not have written (a count past the end, bytes left
/// over, a bad enum index, an impossible date, malformed UTF-8, an id that is not one the extractor
/// makes), with the reason, and never traps: the bytes may come from anyone who can write the
/// cache folder.
public enum GraphCoding {
    public static func encode(_ graph: KnowledgeGraph) -> [UInt8] {
        let nodes = graph.nodes, edges = graph.edges
        var ids = IDTable()
        // The table first: collected in the order the body below names them.
        for node in nodes { ids.collect(node) }
        for edge in edges { ids.collect(edge) }
        var out = EntryWriter(capacity: 2048)
        out.count(ids.list.count)
        for id in ids.list { out.string(id.rawValue) }
        out.count(nodes.count)
        for node in nodes { encode(node, ids: ids, into: &out) }
        out.count(edges.count)
        for edge in edges {
            out.count(ids.index(edge.source))
            out.count(ids.index(edge.target))
            out.byte(caseIndex(edge.relation))
            out.string(edge.role)
            out.double(edge.weight)
            out.string(edge.firstDate)
            out.string(edge.lastDate)
            ids.write(edge.facts, into: &out)
        }
        return out.bytes
    }

    /// Why `bytes` cannot be read as a graph.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public static func decode(_ bytes: [UInt8], from start: Int = 0) -> Result<KnowledgeGraph, Problem> {
        var input = EntryReader(bytes, from: start)
        func fail(_ what: String) -> Result<KnowledgeGraph, Problem> { .failure(Problem(description: what)) }
        guard let count = input.count() else { return fail("its id table is cut short") }
        var ids: [NodeID] = []
        ids.reserveCapacity(count)
        for _ in 0..<count {
            guard let raw = input.string() else { return fail("its id table is cut short or not UTF-8") }
            // Checked before it becomes a NodeID, which would quietly clean it.
            if let bad = CachedGraphCheck.badID(raw: raw) { return fail("node id '\(raw.prefix(80))' \(bad)") }
            ids.append(NodeID(raw: raw))
        }
        var body = GraphBody(input: input, ids: ids)
        guard let nodes = body.nodes() else { return fail("a node cannot be read") }
        guard let edges = body.edges() else { return fail("an edge cannot be read") }
        guard body.input.isAtEnd else { return fail("bytes follow its last edge") }
        return .success(KnowledgeGraph(nodes: nodes, edges: edges))
    }

    static func encode(_ node: Node, ids: IDTable, into out: inout EntryWriter) {
        out.byte(caseIndex(node.kind))
        switch node {
        case .actor(let a):
            out.count(ids.index(a.id))
            out.string(a.label)
            out.string(a.labelEn)
            out.byte(caseIndex(a.actorType))
            out.string(a.state)
            out.string(a.wikidata)
            out.count(a.aliases.count)
            for alias in a.aliases { out.string(alias) }
            ids.write(a.articles, into: &out)
        case .event(let e):
            out.count(ids.index(e.id))
            out.string(e.label)
            out.string(e.labelEn)
            out.byte(caseIndex(e.eventType))
            out.byte(caseIndex(e.mode))
            out.byte(caseIndex(e.status))
            date(e.date, into: &out)
            out.string(e.location)
            if let minutes = e.durationMinutes {
                out.byte(1)
                out.signed(minutes)
            } else {
                out.byte(0)
            }
            out.string(e.startTime)
            out.string(e.endTime)
            out.string(e.timeZone)
            facts(e.articles, e.evidence, e.formerIds, ids: ids, into: &out)
        case .demand(let d):
            out.count(ids.index(d.id))
            out.string(d.label)
            out.count(d.topics.count)
            for topic in d.topics { out.string(topic) }
            out.string(d.text)
            out.string(d.cameo)
            facts(d.articles, d.evidence, d.formerIds, ids: ids, into: &out)
        case .threat(let t):
            out.count(ids.index(t.id))
            out.string(t.label)
            out.bool(t.sanctions)
            out.string(t.measure)
            out.string(t.condition)
            out.string(t.cameo)
            facts(t.articles, t.evidence, t.formerIds, ids: ids, into: &out)
        case .article(let a):
            out.count(ids.index(a.id))
            out.string(a.title)
            date(a.published, into: &out)
            out.string(a.file)
            out.string(a.source)
            out.string(a.url)
            out.string(a.language)
        }
    }

    /// The articles, evidence and former ids every fact node has.
    private static func facts(_ articles: [NodeID], _ evidence: [Evidence], _ former: [NodeID], ids: IDTable, into out: inout EntryWriter) {
        ids.write(articles, into: &out)
        out.count(evidence.count)
        for e in evidence {
            out.count(ids.index(e.article))
            out.string(e.sentence)
            out.signed(e.start)
            out.signed(e.end)
        }
        ids.write(former, into: &out)
    }

    private static func date(_ date: PartialDate?, into out: inout EntryWriter) {
        guard let date else {
            out.byte(0)
            return
        }
        out.byte(1)
        out.signed(date.year)
        out.count(date.month ?? 0)
        out.count(date.day ?? 0)
    }

    static func caseIndex<T: CaseIterable & Equatable>(_ value: T) -> UInt8 {
        UInt8(truncatingIfNeeded: T.allCases.firstIndex(of: value).map { T.allCases.distance(from: T.allCases.startIndex, to: $0) } ?? 0)
    }
}

/// The node ids of a graph being encoded, each once, numbered in the order first met.
struct IDTable {
    private(set) var list: [NodeID] = []
    private var numbers: [NodeID: Int] = [:]

    mutating func add(_ id: NodeID) {
        if numbers[id] == nil {
            numbers[id] = list.count
            list.append(id)
        }
    }

    mutating func collect(_ node: Node) {
        add(node.id)
        switch node {
        case .actor(let a): a.articles.forEach { add($0) }
        case .event(let e): collect(e.articles, e.evidence, e.formerIds)
        case .demand(let d): collect(d.articles, d.evidence, d.formerIds)
        case .threat(let t): collect(t.articles, t.evidence, t.formerIds)
        case .article: break
        }
    }

    private mutating func collect(_ articles: [NodeID], _ evidence: [Evidence], _ former: [NodeID]) {
        articles.forEach { add($0) }
        evidence.forEach { add($0.article) }
        former.forEach { add($0) }
    }

    mutating func collect(_ edge: Edge) {
        add(edge.source)
        add(edge.target)
        edge.facts.forEach { add($0) }
    }

    /// The number of `id`, which `add` or `collect` has met.
    func index(_ id: NodeID) -> Int { numbers[id] ?? 0 }

    func write(_ list: [NodeID], into out: inout EntryWriter) {
        out.count(list.count)
        for id in list { out.count(index(id)) }
    }
}
