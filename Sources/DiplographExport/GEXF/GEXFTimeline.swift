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
    /// The day each node appears, by its position in `SortedGraph.nodeIDs`.
    private var starts: [String?]

    init(_ sorted: SortedGraph) {
        var published: [NodeID: String] = [:]
        // Filled in any order: no sorted copy of the nodes.
        sorted.graph.forEachNode(where: { $0 == .article }) { node in
            if case .article(let article) = node, let date = article.published { published[article.id] = Self.day(date) }
        }
        func earliest(_ articles: [NodeID]) -> String? {
            var first: String?
            for article in articles { if let day = published[article] { first = Self.earlier(first, day) } }
            return first
        }
        var starts = [String?](repeating: nil, count: sorted.nodeIDs.count)
        var eventDays = [String?](repeating: nil, count: sorted.nodeIDs.count)
        var isActor = [Bool](repeating: false, count: sorted.nodeIDs.count)
        sorted.forEachNode { position, node in
            switch node {
            case .event(let e):
                starts[position] = e.date.map(Self.day)
                eventDays[position] = starts[position]
            case .article(let a): starts[position] = published[a.id]
            case .actor(let a):
                starts[position] = earliest(a.articles)
                isActor[position] = true
            case .demand(let d): starts[position] = earliest(d.articles)
            case .threat(let t): starts[position] = earliest(t.articles)
            }
        }
        // An actor is known from the first event it took part in, even when the article telling it
        // came later. Each participant edge is looked at once; `min` makes the order irrelevant.
        // (Only well-formed edges can pass: the target is an event and the source an actor.)
        // (By index: only each edge's relation and ends are read, no edge is made.)
        let edges = sorted.edges, ends = edges.ends
        for index in edges.indices where edges.relation(at: index) == .participant {
            let (source, target) = ends[index]
            guard let day = eventDays[target], isActor[source] else { continue }
            starts[source] = Self.earlier(starts[source], day)
        }
        self.starts = starts
    }

    /// The day the node at `position` (in `SortedGraph.nodeIDs`) appears, or nil when unknown.
    func start(at position: Int) -> String? { starts[position] }

    /// The days `edge`, whose ends are at positions `ends`, appears and disappears, each nil when unknown.
    func interval(of edge: Edge, ends: (source: Int, target: Int)) -> (start: String?, end: String?) {
        interval(ends: ends, firstDate: edge.firstDate, lastDate: edge.lastDate)
    }

    /// The same for an edge with first and last dates `firstDate` and `lastDate` (empty: none).
    func interval(ends: (source: Int, target: Int), firstDate: String, lastDate: String) -> (start: String?, end: String?) {
        var start: String?
        switch (starts[ends.source], starts[ends.target]) {
        case let (s?, t?): start = max(s, t)
        case let (s?, nil): start = s
        case let (nil, t?): start = t
        case (nil, nil): start = nil
        }
        var end: String?
        if !firstDate.isEmpty, let first = PartialDate(iso: firstDate).map(Self.day) { start = max(start ?? first, first) }
        if !lastDate.isEmpty, let last = PartialDate(iso: lastDate).map(Self.day) { end = last }
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
