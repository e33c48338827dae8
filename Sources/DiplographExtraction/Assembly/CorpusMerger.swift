import DiplographModel

/// Joins article graphs into one: one node per id, actors' aliases and articles united, events with
/// the same identity (type, date, parties, status) told by several articles kept once with all their
/// evidence.
public enum CorpusMerger {
    public static func merge(_ graphs: [KnowledgeGraph]) -> KnowledgeGraph {
        var corpus = Accumulator()
        for g in graphs { corpus.add(g) }
        return corpus.finish()
    }

    /// Article graphs added one at a time, in article order, so that an export never holds every
    /// article's graph at once: only what is merged so far.
    ///
    /// Nodes seen in several articles collect their lists in sets, sorted once at the end: an actor
    /// named by thousands of articles must not be re-sorted at every one. Edges are kept once, the
    /// first added winning (as `KnowledgeGraph.connect` does).
    public struct Accumulator {
        /// Every node as first added (updated at the end with what later articles added) and
        /// every edge: one graph, so that `finish` does not copy the nodes into another.
        private var graph = KnowledgeGraph()
        private var extraArticles: [NodeID: Set<NodeID>] = [:]
        private var extraAliases: [NodeID: Set<String>] = [:]
        private var extraEvidence: [NodeID: Set<Evidence>] = [:]
        private var others: [NodeID: [Node]] = [:]

        public init() {}

        public mutating func add(_ g: KnowledgeGraph) {
            // A graph holds one node per id and each edge once, so the order in which one
            // article's nodes and edges are taken changes nothing. Each edge's ends share the
            // corpus graph's id (looked up once per id of the article, not per edge).
            graph.absorb(g) { node in
                let id = node.id
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
        }

        /// The corpus graph: nodes combined, events told by several articles fused, generic roles
        /// pruned, one edge per source, target and relation (roles united). The accumulator is
        /// used up.
        public consuming func finish() -> KnowledgeGraph {
            var out = graph
            graph = KnowledgeGraph()
            // Only the nodes later articles added to are rewritten, each on its own (in any order).
            var touched = Set(others.keys)
            touched.formUnion(extraArticles.keys)
            touched.formUnion(extraAliases.keys)
            touched.formUnion(extraEvidence.keys)
            for id in touched {
                guard var node = out.node(id) else { continue }
                for other in others.removeValue(forKey: id) ?? [] { node = CorpusMerger.combine(node, other) }
                let articles = extraArticles.removeValue(forKey: id), aliases = extraAliases.removeValue(forKey: id)
                let evidence = extraEvidence.removeValue(forKey: id)
                if articles != nil || aliases != nil || evidence != nil {
                    node = node.adding(articles: articles ?? [], aliases: aliases ?? [], evidence: evidence ?? [])
                }
                out.insert(node)
            }
            EventFusion.fuse(&out)
            CorpusMerger.pruneGenericRoles(&out)
            // Fused reports can leave one actor twice on an event, plainly and as initiator.
            out.uniteRoles()
            return out
        }
    }

    /// "Bộ trưởng Austin" and "Bộ trưởng Quốc phòng Mỹ Austin" tell one office: where a person has a
    /// specific role towards a body, the generic `minister`/`member` affiliation to it is dropped.
    static func pruneGenericRoles(_ g: inout KnowledgeGraph) {
        let generic: Set<String> = ["minister", "member"]
        var specific = Set<String>()
        g.forEachEdge { e in
            if e.relation == .affiliation && !generic.contains(e.role) { specific.insert(e.source.rawValue + ">" + e.target.rawValue) }
        }
        g.removeEdges { $0.relation == .affiliation && generic.contains($0.role) && specific.contains($0.source.rawValue + ">" + $0.target.rawValue) }
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
