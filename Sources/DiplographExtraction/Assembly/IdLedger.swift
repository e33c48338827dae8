import DiplographModel

/// The ids an output folder has given out, kept beside its export (`NAME.ids.json`) so that the
/// ids of actors, events, demands and threats survive a growing corpus.
///
/// A fresh export mints every id from what the node is (`GraphAssembler`, `EventFusion`): an event
/// id holds its date, so an article that dates an undated event would rename it. With a ledger,
/// a fact node (event, demand, threat) is recognised as one given an id before when it was read
/// from one of the same sentences: the same article and the same offsets in it (`Evidence.locator`),
/// for a node of the same kind. Where a node could be several entries, or an entry several nodes,
/// pairs are taken in this order: the entry whose id the node would be minted with, then the entry
/// with the same actors (participants; demander and addressees; threatener and targets), then the
/// most sentences shared, then ids in order. A node that shares no sentence with any entry but is
/// minted with the id of an entry no other node took (its article was edited, its offsets moved)
/// takes that id. An entry shared by a node that took another entry is retired: it is replaced by
/// that node's id and listed in its `formerIds`. Any other node gets its minted id, with `-2`, `-3`
/// … added when that id was ever given out before. Retired ids are never given out again.
///
/// Actors keep the ids the lexicon gives them (they are recorded, never remapped), and articles
/// the ids of their paths. Entries of nodes missing from an export stay in the ledger as they were.
/// Pure and deterministic: the same graph and the same ledger give the same ids and the same ledger.
public struct IdLedger: Codable, Equatable, Sendable {
    /// One id given out by the folder.
    public struct Entry: Codable, Equatable, Sendable {
        public var id: String
        /// `actor`, `event`, `demand` or `threat`.
        public var kind: String
        /// For a live fact node: the locators (`article:start-end`) of the sentences it was read from.
        public var evidence: [String]?
        /// For a live fact node: the ids of the actors linked to it, sorted.
        public var actors: [String]?
        /// For a retired id: the id that replaced it.
        public var replacedBy: String?

        public init(id: String, kind: String, evidence: [String]? = nil, actors: [String]? = nil, replacedBy: String? = nil) {
            self.id = id
            self.kind = kind
            self.evidence = evidence
            self.actors = actors
            self.replacedBy = replacedBy
        }
    }

    /// What the file is, for a reader who opens it.
    public var about = "Ids given out by diplograph exports into this folder; later exports keep them. See schema/README.md."
    /// The layout of this file; readers refuse one they do not know.
    public var format = 1
    /// Every id ever given out, sorted by id.
    public var entries: [Entry] = []

    public static let currentFormat = 1

    public init(entries: [Entry] = []) { self.entries = entries.sorted { $0.id < $1.id } }

    /// A ledger of `entries` already sorted by id, each id once (`onePerID` gives them so): not
    /// sorted again, so that a corpus ledger is not held twice.
    private init(sortedEntries: [Entry]) { entries = sortedEntries }

    /// Gives `graph` the ledger's ids (renaming nodes and their edges in place) and returns the
    /// ledger to keep after this export.
    public func assign(_ graph: inout KnowledgeGraph) -> IdLedger {
        var live: [String: Entry] = [:], replacedBy: [String: String] = [:]
        for e in entries {
            if let r = e.replacedBy { replacedBy[e.id] = r } else { live[e.id] = e }
        }
        // The facts in id order, found by slot, and the actors linked to each (nil for none, as
        // `linkedActors` gives them), gathered per slot: no dictionary of ids.
        let factSlots = graph.nodeSlots(where: { (kind: NodeKind) -> Bool in kind == .event || kind == .demand || kind == .threat })
        // Each fact's slot, id and kind (its node is read from the graph where more is needed:
        // no copy of every fact is held), and its actors.
        var slots: [Int32] = [], facts: [(id: NodeID, kind: NodeKind)] = [], actorsOf: [[String]?] = []
        slots.reserveCapacity(factSlots.count)
        facts.reserveCapacity(factSlots.count)
        actorsOf.reserveCapacity(factSlots.count)
        do {
            // Let go of as soon as `actorsOf` holds the ids (a list per fact).
            let linked = graph.linkedIDs(ofSlots: factSlots, into: IdLedger.actorRelations.into, outOf: IdLedger.actorRelations.outOf)
            for (k, slot) in factSlots.enumerated() {
                guard let id = graph.id(inSlot: slot), let kind = graph.kind(inSlot: slot) else { continue }
                slots.append(slot)
                facts.append((id, kind))
                actorsOf.append(linked[k].isEmpty ? nil : linked[k].map(\.rawValue))
            }
        }
        // Each fact's sentences (`Evidence.locator`), each once, sorted: what the ledger keeps.
        let locators = slots.map { slot in
            // Sorted, then each once (no set of strings per fact).
            let all = (graph.node(inSlot: slot)?.evidence ?? []).map(\.locator).sorted()
            var unique: [String] = []
            unique.reserveCapacity(all.count)
            for locator in all where unique.last != locator { unique.append(locator) }
            return unique
        }
        // Entries by (kind, sentence), to find the entries each fact shares a sentence with.
        var bySentence: [String: [String]] = [:]
        for e in entries where e.replacedBy == nil {
            for locator in e.evidence ?? [] { bySentence[e.kind + " " + locator, default: []].append(e.id) }
        }
        struct Pair {
            let node: Int, entry: String
            let minted: Bool, sameActors: Bool, shared: Int
        }
        var pairs: [Pair] = []
        for (n, node) in facts.enumerated() where !bySentence.isEmpty {
            var shared: [String: Int] = [:]
            for locator in locators[n] {
                for id in bySentence[node.kind.rawValue + " " + locator] ?? [] { shared[id, default: 0] += 1 }
            }
            for (id, count) in shared {
                pairs.append(Pair(node: n, entry: id, minted: id == node.id.rawValue,
                                  sameActors: live[id]?.actors == actorsOf[n], shared: count))
            }
        }
        pairs.sort { a, b in
            if a.minted != b.minted { return a.minted }
            if a.sameActors != b.sameActors { return a.sameActors }
            if a.shared != b.shared { return a.shared > b.shared }
            return a.entry != b.entry ? a.entry < b.entry : a.node < b.node
        }
        // The id each fact (by its position in `facts`) is given; the ids taken so far.
        var given = [String?](repeating: nil, count: facts.count), taken = Set<String>()
        taken.reserveCapacity(facts.count)
        for p in pairs where given[p.node] == nil && !taken.contains(p.entry) {
            given[p.node] = p.entry
            taken.insert(p.entry)
        }
        // Entries shared only by nodes that took another: merged into the first such node.
        var retiredInto: [String: String] = [:]
        for p in pairs where !taken.contains(p.entry) && retiredInto[p.entry] == nil {
            if let owner = given[p.node] { retiredInto[p.entry] = owner }
        }
        // Nodes that matched nothing: their minted id when it is a live entry no one took, else
        // their minted id made new.
        for (n, node) in facts.enumerated() where given[n] == nil {
            let id = node.id.rawValue
            if let entry = live[id], entry.kind == node.kind.rawValue, !taken.contains(id), retiredInto[id] == nil {
                given[n] = id
                taken.insert(id)
            }
        }
        // Ids other nodes of this graph hold stay theirs too: the actors' and articles', and, for
        // an id made new, the facts'. (A fact's own id is held by no other node, so these sets
        // are only made when some id has to be made new.)
        var others: (staying: Set<String>, minted: Set<String>)?
        func heldByOthers(_ id: String) -> Bool {
            if others == nil {
                var staying = Set<String>()
                graph.forEachNodeID { id, kind in if kind == .actor || kind == .article { staying.insert(id.rawValue) } }
                others = (staying, Set(facts.map(\.id.rawValue)))
            }
            return others.map { $0.staying.contains(id) || $0.minted.contains(id) } ?? false
        }
        if entries.isEmpty {
            // A first export: no id was given before or taken above, and no two facts share an
            // id, so each keeps its minted one, as the loop below would give it, without its two
            // sets of every id (hundreds of thousands at 100,000 articles).
            for n in facts.indices where given[n] == nil { given[n] = facts[n].id.rawValue }
        } else {
            var everGiven = Set<String>(minimumCapacity: entries.count + facts.count)
            for e in entries { everGiven.insert(e.id) }
            for (n, node) in facts.enumerated() where given[n] == nil {
                let base = node.id.rawValue
                var id = base, k = 2
                while everGiven.contains(id) || taken.contains(id) || (id != base && heldByOthers(id)) {
                    id = base + "-\(k)"
                    k += 1
                }
                given[n] = id
                taken.insert(id)
                everGiven.insert(id)
            }
        }

        for (old, new) in retiredInto { replacedBy[old] = new }
        // Follow chains (a → b retired earlier, b → c now) to the live id.
        func resolve(_ id: String) -> String {
            var id = id, steps = 0
            while let next = replacedBy[id], steps <= replacedBy.count { id = next; steps += 1 }
            return id
        }
        var former: [String: [NodeID]] = [:]
        for old in replacedBy.keys.sorted() { former[resolve(old), default: []].append(NodeID(raw: old)) }

        var renamed: [NodeID: NodeID] = [:], replaced: [Node] = []
        for (n, slot) in slots.enumerated() {
            guard let node = graph.node(inSlot: slot) else { continue }
            let id = given[n] ?? node.id.rawValue
            let formerIds = former[id] ?? []
            if id != node.id.rawValue || formerIds != node.formerIds {
                if id != node.id.rawValue { renamed[node.id] = NodeID(raw: id) }
                replaced.append(node.renamed(NodeID(raw: id), formerIds: formerIds))
            }
        }
        graph.rename(renamed)
        for node in replaced { graph.insert(node) }

        // The entries to keep, in the order they take precedence for one id: the ledger's, then
        // the retired ids, then the facts of this export (each later one replacing an earlier one
        // with its id); actors fill only ids nothing else gave.
        var kept: [Entry] = entries
        var rank: [UInt8] = Array(repeating: 0, count: kept.count)
        if !replacedBy.isEmpty {
            var kindOf: [String: String] = [:]
            for e in entries { kindOf[e.id] = e.kind }
            for old in replacedBy.keys.sorted() {
                kept.append(Entry(id: old, kind: kindOf[old] ?? "event", replacedBy: resolve(old)))
                rank.append(1)
            }
        }
        let actorSlots = graph.nodeSlots(where: { $0 == .actor })
        // Room for the facts and the actors at once: the list is not copied into a larger one
        // half way through.
        kept.reserveCapacity(kept.count + facts.count + actorSlots.count)
        rank.reserveCapacity(kept.count + facts.count + actorSlots.count)
        func appendActors() {
            for slot in actorSlots {
                guard let id = graph.id(inSlot: slot) else { continue }
                kept.append(Entry(id: id.rawValue, kind: NodeKind.actor.rawValue))
                rank.append(3)
            }
        }
        // With nothing kept before them (a first export), the actors go first: both lists are in
        // id order, so the whole is when the last actor's id sorts before the first fact's.
        let actorsFirst = kept.isEmpty
        if actorsFirst { appendActors() }
        for (n, node) in facts.enumerated() {
            let id = given[n] ?? node.id.rawValue
            kept.append(Entry(id: id, kind: node.kind.rawValue, evidence: locators[n], actors: actorsOf[n] ?? []))
            rank.append(2)
        }
        if !actorsFirst { appendActors() }
        // Already one per id and sorted: kept as it is, without the reordering's tables (four
        // of every entry's position). Otherwise reordered in place: the corpus's entries are not held twice.
        if !(actorsFirst && IdLedger.isSortedOnePerID(kept)) { IdLedger.keepOnePerID(&kept, rank: rank) }
        return IdLedger(sortedEntries: kept)
    }

    /// One entry per id, sorted by id: of the entries with one id, the last of rank 0 to 2 (rank
    /// order, then list order), or the actor's (rank 3) when there is none. What a dictionary
    /// assigned in that order would hold, without hashing every id: the list is made of sorted
    /// runs, which the sort merges.
    static func onePerID(_ entries: [Entry], rank: [UInt8]) -> [Entry] {
        var entries = entries
        keepOnePerID(&entries, rank: rank)
        return entries
    }

    /// True when every entry's id sorts after the one before it (so each id is there once).
    static func isSortedOnePerID(_ entries: [Entry]) -> Bool {
        entries.indices.dropFirst().allSatisfy { entries[$0 - 1].id < entries[$0].id }
    }

    /// `onePerID` done in `entries` itself: the entries kept are moved to the front in id order
    /// (by swaps, following each cycle of the reordering) and the rest dropped, so that no second
    /// list of entries is made.
    static func keepOnePerID(_ entries: inout [Entry], rank: [UInt8]) {
        var order = Array(entries.indices)
        entries.withUnsafeBufferPointer { e in
            order.sort { a, b in
                if e[a].id != e[b].id { return e[a].id < e[b].id }
                return rank[a] != rank[b] ? rank[a] < rank[b] : a < b
            }
        }
        // `from[k]`: the entry that goes to position k; the kept ones first, in id order.
        var from: [Int] = []
        from.reserveCapacity(order.count)
        var isKept = [Bool](repeating: false, count: entries.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && entries[order[end]].id == entries[order[start]].id { end += 1 }
            // The run is in rank order: its last entry below rank 3, else its actor.
            var pick = order[start]
            for k in start..<end where rank[order[k]] < 3 { pick = order[k] }
            from.append(pick)
            isKept[pick] = true
            start = end
        }
        let keptCount = from.count
        order = []
        for i in entries.indices where !isKept[i] { from.append(i) }
        // Each cycle of the reordering by swaps: position j takes what stood at from[j].
        isKept = []
        var placed = [Bool](repeating: false, count: entries.count)
        for i in entries.indices where !placed[i] {
            var j = i
            while true {
                placed[j] = true
                let next = from[j]
                if next == i { break }
                entries.swapAt(j, next)
                j = next
            }
        }
        entries.removeLast(entries.count - keptCount)
    }

    /// The actors linked to each fact node (its participants, demander and addressees, threatener
    /// and targets), sorted.
    static func linkedActors(_ graph: KnowledgeGraph) -> [NodeID: [String]] {
        // Gathered by the graph on its slots, sorted and made unique there.
        graph.linkedIDs(into: actorRelations.into, outOf: actorRelations.outOf).mapValues { $0.map(\.rawValue) }
    }

    /// The edges that link a fact to its actors: coming in (participant, demander, threatener)
    /// and going out (addressee, target).
    static let actorRelations: (into: [Relation], outOf: [Relation]) = ([.participant, .demands, .threatens], [.addressee, .target])
}
