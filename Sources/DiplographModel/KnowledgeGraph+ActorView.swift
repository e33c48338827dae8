/// The actors view: who met, called, demanded of or threatened whom.
///
/// A projection of the full graph onto its actors, for tools that want a plain social network
/// (Gephi, networkx, igraph). Every meeting, call, demand and threat becomes actor-to-actor edges;
/// the fact nodes, articles and the edges through them are left out.
extension KnowledgeGraph {
    /// The actor-to-actor graph read from this graph. Pure and deterministic.
    ///
    /// - `met` / `called`: one edge per unordered pair of actors taking part in the same occurred
    ///   meeting / call, from the smaller id to the larger. Planned events are left out: the
    ///   parties have not met (yet).
    /// - `demanded`: demander → addressee, one per demand and pair.
    /// - `threatened`: threatener → target, one per threat and pair.
    /// - `affiliation`: kept as they are (person → state, institution → state …).
    ///
    /// Edges for the same ordered pair and relation are one edge: `weight` is the number of facts
    /// behind it, `facts` their node ids (sorted), `firstDate` / `lastDate` the earliest and latest
    /// fact date as ISO 8601 at its precision (an event's `date`; for demands and threats the
    /// publication dates of their articles), empty when no fact is dated. An actor and itself are
    /// never paired.
    ///
    /// Nodes are the actors with at least one edge in the view, with their attributes except
    /// `articles`, emptied because article nodes are not part of the view (the RDF export would
    /// otherwise point `prov:wasDerivedFrom` at resources it does not contain).
    public func actorView() -> KnowledgeGraph {
        var links = ActorLinks()
        let published = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.published) })
        let actorIDs = Set(actors.map(\.id))
        let edges = self.edges
        var into: [NodeID: [Edge]] = [:], out: [NodeID: [Edge]] = [:]
        for edge in edges {
            into[edge.target, default: []].append(edge)
            out[edge.source, default: []].append(edge)
        }
        /// The actors at the other end of `fact`'s edges of `relation`, each once, sorted.
        func ends(into fact: NodeID, _ relation: Relation) -> [NodeID] {
            Set((into[fact] ?? []).filter { $0.relation == relation && actorIDs.contains($0.source) }.map(\.source)).sorted()
        }
        func ends(from fact: NodeID, _ relation: Relation) -> [NodeID] {
            Set((out[fact] ?? []).filter { $0.relation == relation && actorIDs.contains($0.target) }.map(\.target)).sorted()
        }

        for event in events where event.status == .occurred {
            let parties = ends(into: event.id, .participant)
            let relation: Relation = event.eventType == .meeting ? .met : .called
            for (i, a) in parties.enumerated() {
                for b in parties[(i + 1)...] {
                    links.add(a, b, relation, fact: event.id, dates: event.date.map { [$0] } ?? [])
                }
            }
        }
        for demand in demands {
            let dates = demand.articles.compactMap { published[$0] ?? nil }
            for from in ends(into: demand.id, .demands) {
                for to in ends(from: demand.id, .addressee) where to != from {
                    links.add(from, to, .demanded, fact: demand.id, dates: dates)
                }
            }
        }
        for threat in threats {
            let dates = threat.articles.compactMap { published[$0] ?? nil }
            for from in ends(into: threat.id, .threatens) {
                for to in ends(from: threat.id, .target) where to != from {
                    links.add(from, to, .threatened, fact: threat.id, dates: dates)
                }
            }
        }

        var view = KnowledgeGraph()
        var linked = Set<NodeID>()
        for edge in links.edges() + edges.filter({ $0.relation == .affiliation && actorIDs.contains($0.source) && actorIDs.contains($0.target) }) {
            view.connect(edge)
            linked.insert(edge.source)
            linked.insert(edge.target)
        }
        for var actor in actors where linked.contains(actor.id) {
            actor.articles = []
            view.insert(actor)
        }
        return view
    }
}

/// The facts behind each actor-to-actor edge of the view, gathered before the edges are made.
private struct ActorLinks {
    struct Key: Hashable, Comparable {
        let source: NodeID
        let target: NodeID
        let relation: Relation
        static func < (a: Key, b: Key) -> Bool { (a.source, a.target, a.relation) < (b.source, b.target, b.relation) }
    }

    private var facts: [Key: Set<NodeID>] = [:]
    private var dates: [Key: [PartialDate]] = [:]

    mutating func add(_ source: NodeID, _ target: NodeID, _ relation: Relation, fact: NodeID, dates factDates: [PartialDate]) {
        let key = Key(source: source, target: target, relation: relation)
        facts[key, default: []].insert(fact)
        dates[key, default: []].append(contentsOf: factDates)
    }

    /// One edge per key, in key order.
    func edges() -> [Edge] {
        facts.keys.sorted().map { key in
            let ids = (facts[key] ?? []).sorted()
            let known = dates[key] ?? []
            return Edge(source: key.source, target: key.target, relation: key.relation, weight: Double(ids.count),
                        firstDate: known.min()?.iso ?? "", lastDate: known.max()?.iso ?? "", facts: ids)
        }
    }
}
