import DiplographModel

/// Joins article graphs into one: one node per id, actors' aliases and articles united, events with
/// the same identity (type, date, parties, status) told by several articles kept once with all their
/// evidence.
public enum CorpusMerger {
    public static func merge(_ graphs: [KnowledgeGraph]) -> KnowledgeGraph {
        var out = KnowledgeGraph()
        for g in graphs {
            for node in g.nodes {
                guard let existing = out.node(node.id) else { out.insert(node); continue }
                out.insert(combine(existing, node))
            }
            for e in g.edges { out.connect(e) }
        }
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

    static func combine(_ a: Node, _ b: Node) -> Node {
        switch (a, b) {
        case (.actor(var x), .actor(let y)):
            x.aliases = Array(Set(x.aliases + y.aliases)).sorted()
            x.articles = Array(Set(x.articles + y.articles)).sorted()
            return .actor(x)
        case (.event(var x), .event(let y)):
            x.articles = Array(Set(x.articles + y.articles)).sorted()
            x.evidence = Array(Set(x.evidence + y.evidence)).sorted()
            if x.location.isEmpty { x.location = y.location }
            if x.durationMinutes == nil { x.durationMinutes = y.durationMinutes }
            if x.startTime.isEmpty { x.startTime = y.startTime; x.endTime = y.endTime; x.timeZone = y.timeZone }
            return .event(x)
        case (.demand(var x), .demand(let y)):
            x.articles = Array(Set(x.articles + y.articles)).sorted()
            x.evidence = Array(Set(x.evidence + y.evidence)).sorted()
            return .demand(x)
        case (.threat(var x), .threat(let y)):
            x.articles = Array(Set(x.articles + y.articles)).sorted()
            x.evidence = Array(Set(x.evidence + y.evidence)).sorted()
            return .threat(x)
        default:
            return a
        }
    }
}
