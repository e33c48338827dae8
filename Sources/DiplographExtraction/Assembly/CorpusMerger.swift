import DiplographModel

/// Joins article graphs into one: one node per id, actors' aliases and articles united, events with
/// the same identity (type, date, parties, status) told by several articles kept once with all their
/// evidence.
public enum CorpusMerger {
    public static func merge(_ graphs: [KnowledgeGraph]) -> KnowledgeGraph {
        // Nodes seen in several articles collect their lists in sets, sorted once at the end: an
        // actor named by thousands of articles must not be re-sorted at every one.
        var first: [NodeID: Node] = [:]
        var order: [NodeID] = []
        var extraArticles: [NodeID: Set<NodeID>] = [:]
        var extraAliases: [NodeID: Set<String>] = [:]
        var extraEvidence: [NodeID: Set<Evidence>] = [:]
        var others: [NodeID: [Node]] = [:]
        var edges: [Edge] = []
        for g in graphs {
            for node in g.nodes {
                let id = node.id
                guard first[id] != nil else { first[id] = node; order.append(id); continue }
                switch node {
                case .actor(let a):
                    extraArticles[id, default: []].formUnion(a.articles)
                    extraAliases[id, default: []].formUnion(a.aliases)
                case .event(let e):
                    extraArticles[id, default: []].formUnion(e.articles)
                    extraEvidence[id, default: []].formUnion(e.evidence)
                    others[id, default: []].append(node)
                case .demand(let d):
                    extraArticles[id, default: []].formUnion(d.articles)
                    extraEvidence[id, default: []].formUnion(d.evidence)
                case .threat(let t):
                    extraArticles[id, default: []].formUnion(t.articles)
                    extraEvidence[id, default: []].formUnion(t.evidence)
                case .article:
                    break
                }
            }
            edges.append(contentsOf: g.edges)
        }
        var out = KnowledgeGraph()
        for id in order {
            guard var node = first[id] else { continue }
            for other in others[id] ?? [] { node = combine(node, other) }
            if extraArticles[id] != nil || extraAliases[id] != nil || extraEvidence[id] != nil {
                node = node.adding(articles: extraArticles[id] ?? [], aliases: extraAliases[id] ?? [], evidence: extraEvidence[id] ?? [])
            }
            out.insert(node)
        }
        for e in edges { out.connect(e) }
        return pruneGenericRoles(EventFusion(graph: out).fuse())
    }

    /// "Bộ trưởng Austin" and "Bộ trưởng Quốc phòng Mỹ Austin" tell one office: where a person has a
    /// specific role towards a body, the generic `minister`/`member` affiliation to it is dropped.
    static func pruneGenericRoles(_ g: KnowledgeGraph) -> KnowledgeGraph {
        let generic: Set<String> = ["minister", "member"]
        let specific = Set(g.edges.filter { $0.relation == .affiliation && !generic.contains($0.role) }
            .map { $0.source.rawValue + ">" + $0.target.rawValue })
        var out = g
        out.removeEdges { $0.relation == .affiliation && generic.contains($0.role) && specific.contains($0.source.rawValue + ">" + $0.target.rawValue) }
        return out
    }

    /// Event details one article knew and another did not (place, duration, time).
    static func combine(_ a: Node, _ b: Node) -> Node {
        guard case .event(var x) = a, case .event(let y) = b else { return a }
        if x.location.isEmpty { x.location = y.location }
        if x.durationMinutes == nil { x.durationMinutes = y.durationMinutes }
        if x.startTime.isEmpty { x.startTime = y.startTime; x.endTime = y.endTime; x.timeZone = y.timeZone }
        return .event(x)
    }

}

extension Node {
    /// The node with more articles, aliases (actors) and evidence (facts) united into its lists, sorted.
    func adding(articles: Set<NodeID>, aliases: Set<String>, evidence: Set<Evidence>) -> Node {
        switch self {
        case .actor(var a):
            a.articles = Array(Set(a.articles).union(articles)).sorted()
            a.aliases = Array(Set(a.aliases).union(aliases)).sorted()
            return .actor(a)
        case .event(var e):
            e.articles = Array(Set(e.articles).union(articles)).sorted()
            e.evidence = Array(Set(e.evidence).union(evidence)).sorted()
            return .event(e)
        case .demand(var d):
            d.articles = Array(Set(d.articles).union(articles)).sorted()
            d.evidence = Array(Set(d.evidence).union(evidence)).sorted()
            return .demand(d)
        case .threat(var t):
            t.articles = Array(Set(t.articles).union(articles)).sorted()
            t.evidence = Array(Set(t.evidence).union(evidence)).sorted()
            return .threat(t)
        case .article:
            return self
        }
    }
}
