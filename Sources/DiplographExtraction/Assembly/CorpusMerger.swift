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
    /// What later articles add to a node already seen (articles, aliases, evidence, the event as
    /// another article told it) is kept beside it by the corpus graph's slot, in arrays, and
    /// merged into its lists once at the end (sorted, each once): no id is hashed to file it, and
    /// an actor named by thousands of articles is not re-sorted at every one. Edges are kept once,
    /// the first added winning (as `KnowledgeGraph.connect` does).
    public struct Accumulator {
        /// Every node as first added (updated at the end with what later articles added) and
        /// every edge: one graph, so that `finish` does not copy the nodes into another.
        private var graph = KnowledgeGraph()
        /// By slot of `graph`: what later articles told of the node there (nil: nothing yet).
        private var later: [Later?] = []

        /// What the articles after the first told of one node.
        struct Later {
            var articles: [NodeID] = []
            var aliases: [String] = []
            var evidence: [Evidence] = []
            /// The event as each later article told it (events only).
            var tellings: [Node] = []
        }

        public init() {}

        public mutating func add(_ g: KnowledgeGraph) {
            // A graph holds one node per id and each edge once, so the order in which one
            // article's nodes and edges are taken changes nothing. Each edge's ends share the
            // corpus graph's id (looked up once per id of the article, not per edge).
            graph.absorb(g) { (slot: Int32, node: Node) in
                if case .article = node { return }
                let s = Int(slot)
                if later.count <= s { later.append(contentsOf: repeatElement(nil, count: max(s + 1, later.count * 2) - later.count)) }
                var told = later[s] ?? Later()
                later[s] = nil
                switch node {
                case .actor(let a):
                    told.articles.append(contentsOf: a.articles)
                    told.aliases.append(contentsOf: a.aliases)
                case .event(let e):
                    told.articles.append(contentsOf: e.articles)
                    told.evidence.append(contentsOf: e.evidence)
                    told.tellings.append(node)
                case .demand(let d):
                    told.articles.append(contentsOf: d.articles)
                    told.evidence.append(contentsOf: d.evidence)
                case .threat(let t):
                    told.articles.append(contentsOf: t.articles)
                    told.evidence.append(contentsOf: t.evidence)
                case .article:
                    break
                }
                later[s] = told
            }
        }

        /// The corpus graph: nodes combined, events told by several articles fused, generic roles
        /// pruned, one edge per source, target and relation (roles united). The accumulator is
        /// used up.
        public consuming func finish() -> KnowledgeGraph {
            var out = graph
            graph = KnowledgeGraph()
            // Only the nodes later articles added to are rewritten, each on its own (in slot order;
            // any order gives the same graph).
            for s in later.indices {
                guard let told = later[s] else { continue }
                later[s] = nil
                guard var node = out.node(inSlot: Int32(s)) else { continue }
                for other in told.tellings { node = CorpusMerger.combine(node, other) }
                node = node.adding(articles: told.articles, aliases: told.aliases, evidence: told.evidence)
                out.insert(node)
            }
            // Its slots (one a node and edge end of the corpus) are not held through the fusion.
            later = []
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
        // (On the graph's slots: one edge per pair of ends, as `source>target` strings did before.)
        g.removeGenericRoles(["minister", "member"], of: .affiliation)
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
    /// The node with more articles, aliases (actors) and evidence (facts) united into its lists:
    /// each list sorted, each value once (the first of equal ones, as a set keeps it).
    func adding(articles: [NodeID], aliases: [String], evidence: [Evidence]) -> Node {
        switch self {
        case .actor(var a):
            a.articles = Self.united(a.articles, articles)
            a.aliases = Self.united(a.aliases, aliases)
            return .actor(a)
        case .event(var e):
            e.articles = Self.united(e.articles, articles)
            e.evidence = Self.united(e.evidence, evidence)
            return .event(e)
        case .demand(var d):
            d.articles = Self.united(d.articles, articles)
            d.evidence = Self.united(d.evidence, evidence)
            return .demand(d)
        case .threat(var t):
            t.articles = Self.united(t.articles, articles)
            t.evidence = Self.united(t.evidence, evidence)
            return .threat(t)
        case .article:
            return self
        }
    }

    /// `Array(Set(list).union(more)).sorted()` without hashing: both sorted together (stably,
    /// so of equal values the one met first comes first), then each run of equal values kept
    /// once, as its first, the one the set would have kept.
    static func united<T: Comparable>(_ list: [T], _ more: [T]) -> [T] {
        var all = list
        all.append(contentsOf: more)
        guard all.count > 1 else { return all }
        // Positions are sorted, then the values read in that order: a stable sort whatever the
        // standard library's sort does with ties.
        var order = Array(all.indices)
        all.withUnsafeBufferPointer { all in
            order.sort { all[$0] < all[$1] || (!(all[$1] < all[$0]) && $0 < $1) }
        }
        var out: [T] = []
        out.reserveCapacity(all.count)
        for i in order where out.last.map({ $0 != all[i] }) ?? true { out.append(all[i]) }
        return out
    }
}
