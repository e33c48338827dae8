import DiplographModel

/// When each node and edge appears on Gephi's timeline, as GEXF `start`/`end` dates (`YYYY-MM-DD`,
/// the `date` time format): the export is a dynamic graph whose slider plays the diplomacy forward.
///
/// Partial dates are expanded to their first day (`2021` → `2021-01-01`, `2021-12` → `2021-12-01`).
/// Nothing starts before the earliest fact the graph holds about it, and no edge starts before
/// either of its ends, so the timeline never shows an edge, or an event, without its nodes.
/// Nodes have a `start` and no `end` (once read, they stay):
/// - an event starts on its date; an undated event has no time and is always shown;
/// - an article starts on its `published` date;
/// - a demand or threat starts on the earliest `published` date of the articles it was read from;
/// - an actor starts on the earliest of those dates for its own articles and the dates of the
///   events it took part in (`participant` edges), so that a meeting reported months later has its
///   participants on the day it took place.
/// Edges start on the later of their ends' starts (an end with no known start is always there);
/// an edge of the actors view with `firstDate`/`lastDate` starts no earlier than its first date and
/// ends on its last date (`end` dropped if it would fall before `start`, as with a less precise
/// last date). Unknown times are nil: the writer then leaves the attribute out.
struct GEXFTimeline {
    private var starts: [NodeID: String] = [:]

    init(_ sorted: SortedGraph) {
        let graph = sorted.graph
        var published: [NodeID: String] = [:]
        // Filled in any order: no sorted copy of the nodes.
        graph.forEachNode { node in
            if case .article(let article) = node, let date = article.published { published[article.id] = Self.day(date) }
        }
        func earliest(_ articles: [NodeID]) -> String? { articles.compactMap { published[$0] }.min() }
        var eventDays: [NodeID: String] = [:]
        graph.forEachNode { node in
            let start: String?
            switch node {
            case .event(let e):
                start = e.date.map(Self.day)
                if let start { eventDays[e.id] = start }
            case .article(let a): start = published[a.id]
            case .actor(let a): start = earliest(a.articles)
            case .demand(let d): start = earliest(d.articles)
            case .threat(let t): start = earliest(t.articles)
            }
            starts[node.id] = start
        }
        // An actor is known from the first event it took part in, even when the article telling it
        // came later. Each participant edge is looked at once; `min` makes the order irrelevant.
        // (Only well-formed edges can pass: the target is an event and the source an actor.)
        for edge in sorted.edges {
            guard edge.relation == .participant, let day = eventDays[edge.target],
                  case .actor? = graph.node(edge.source) else { continue }
            starts[edge.source] = Self.earlier(starts[edge.source], day)
        }
    }

    /// The day `node` appears, or nil when unknown.
    func start(of node: NodeID) -> String? { starts[node] }

    /// The days `edge` appears and disappears, each nil when unknown.
    func interval(of edge: Edge) -> (start: String?, end: String?) {
        var start = [starts[edge.source], starts[edge.target]].compactMap { $0 }.max()
        var end: String?
        if let first = PartialDate(iso: edge.firstDate).map(Self.day) { start = max(start ?? first, first) }
        if let last = PartialDate(iso: edge.lastDate).map(Self.day) { end = last }
        if let s = start, let e = end, e < s { end = nil }
        return (start, end)
    }

    /// The earlier of an optional day and a day.
    private static func earlier(_ a: String?, _ b: String) -> String {
        guard let a else { return b }
        return min(a, b)
    }

    /// `date` as a full `YYYY-MM-DD` day: a missing month or day becomes `01`.
    static func day(_ date: PartialDate) -> String {
        PartialDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)?.iso ?? date.iso
    }
}
