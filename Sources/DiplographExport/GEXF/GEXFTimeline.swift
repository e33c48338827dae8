import DiplographModel

/// When each node and edge appears on Gephi's timeline, as GEXF `start`/`end` dates (`YYYY-MM-DD`,
/// the `date` time format): the export is a dynamic graph whose slider plays the diplomacy forward.
///
/// Partial dates are expanded to their first day (`2021` → `2021-01-01`, `2021-12` → `2021-12-01`).
/// Nodes have a `start` and no `end` (once read, they stay):
/// - an event starts on its date; an undated event has no time and is always shown;
/// - an article starts on its `published` date;
/// - an actor, demand or threat starts on the earliest `published` date of the articles it was read
///   from, when one is known.
/// Edges:
/// - an edge of the actors view with `firstDate`/`lastDate` spans them (`end` dropped if it would
///   fall before `start`, as with a less precise last date);
/// - any other edge starts with one of its ends: the end that is an event, else a demand or threat,
///   else an article, else an actor, among the ends with a known start; of two such ends of the same
///   rank, the later, so that both nodes exist when the edge appears.
/// Unknown times are nil: the writer then leaves the attribute out.
struct GEXFTimeline {
    private var starts: [NodeID: String] = [:]
    private var ranks: [NodeID: Int] = [:]

    init(_ graph: KnowledgeGraph) {
        var published: [NodeID: String] = [:]
        for article in graph.articles {
            if let date = article.published { published[article.id] = Self.day(date) }
        }
        func earliest(_ articles: [NodeID]) -> String? { articles.compactMap { published[$0] }.min() }
        for node in graph.nodes {
            let start: String?
            switch node {
            case .event(let e): start = e.date.map(Self.day)
            case .article(let a): start = published[a.id]
            case .actor(let a): start = earliest(a.articles)
            case .demand(let d): start = earliest(d.articles)
            case .threat(let t): start = earliest(t.articles)
            }
            starts[node.id] = start
            ranks[node.id] = Self.rank(node.kind)
        }
    }

    /// The day `node` appears, or nil when unknown.
    func start(of node: NodeID) -> String? { starts[node] }

    /// The days `edge` appears and disappears, each nil when unknown.
    func interval(of edge: Edge) -> (start: String?, end: String?) {
        if !edge.firstDate.isEmpty || !edge.lastDate.isEmpty {
            let start = PartialDate(iso: edge.firstDate).map(Self.day)
            var end = PartialDate(iso: edge.lastDate).map(Self.day)
            if let s = start, let e = end, e < s { end = nil }
            if start != nil || end != nil { return (start, end) }
        }
        let dated = [edge.source, edge.target].compactMap { id in starts[id].map { (rank: ranks[id] ?? Int.max, start: $0) } }
        guard let best = dated.min(by: { ($0.rank, $1.start) < ($1.rank, $0.start) }) else { return (nil, nil) }
        return (best.start, nil)
    }

    /// Event first, then demands and threats, then articles, then actors.
    private static func rank(_ kind: NodeKind) -> Int {
        switch kind {
        case .event: return 0
        case .demand, .threat: return 1
        case .article: return 2
        case .actor: return 3
        }
    }

    /// `date` as a full `YYYY-MM-DD` day: a missing month or day becomes `01`.
    static func day(_ date: PartialDate) -> String {
        PartialDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)?.iso ?? date.iso
    }
}
