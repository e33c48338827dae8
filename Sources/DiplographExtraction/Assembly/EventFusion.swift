import DiplographModel

/// Decides which events told by different articles are one real-world event, and merges them.
///
/// Two events are one when they have the same type and mode, the same parties (at state level,
/// with compatible people), compatible dates (a month and a day of that month agree), and, for an
/// undated one, when the dated one falls within two weeks before the undated one's article. A
/// planned event and the same event held become one, `occurred`. Every merge is recorded in the
/// merged node's evidence and articles, and its id is minted from what it is, so that input order
/// and unrelated articles do not change it.
struct EventFusion {
    let graph: KnowledgeGraph

    struct Profile {
        let event: Event
        let stateKeys: Set<String>
        let people: Set<NodeID>
        let published: PartialDate?
    }

    /// Merges each cluster of events that are one real event into one node, in place, so a corpus
    /// graph is never copied.
    static func fuse(_ graph: inout KnowledgeGraph) {
        let (renamed, mergedEvents) = EventFusion(graph: copy graph).clusters()
        graph.rename(renamed)
        for e in mergedEvents { graph.insert(e) }
    }

    /// The old id → merged id of every event that is fused, and the merged events.
    private func clusters() -> ([NodeID: NodeID], [Event]) {
        let events = graph.events
        guard events.count > 1 else { return ([:], []) }
        let published = Dictionary(uniqueKeysWithValues: graph.articles.map { ($0.id, $0.published) })
        // Each event's participants, each once (only the sets made of them below are used).
        let participants = graph.linkedIDs(into: [.participant], outOf: [])
        let profiles = events.map { e -> Profile in
            let parts = participants[e.id] ?? []
            var keys = Set<String>(), people = Set<NodeID>()
            for p in parts {
                guard case .actor(let a)? = graph.node(p) else { continue }
                keys.insert(a.stateKey)
                if a.actorType == .person { people.insert(p) }
            }
            let pub = e.articles.compactMap { published[$0] ?? nil }.max()
            return Profile(event: e, stateKeys: keys, people: people, published: pub)
        }
        // Union-find over events, most precise dates first so that vague mentions join the precise one.
        var parent = Array(profiles.indices)
        func find(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
        let order = profiles.indices.sorted { a, b in
            let pa = profiles[a].event.date?.precision.rawValue ?? -1, pb = profiles[b].event.date?.precision.rawValue ?? -1
            return pa != pb ? pa > pb : profiles[a].event.id < profiles[b].event.id
        }
        // Only events of one type between the same states can be one, and only with a compatible
        // date: roots are indexed by bucket and by their day, month and year, and an event looks up
        // just the keys its date (or, undated, the two weeks around its article) can agree with.
        // Events come most precise first, so every root is at least as precise as the event.
        var roots: [String: [Int]] = [:]
        var members: [Int: [Int]] = [:]
        for i in order {
            let bucket = profiles[i].event.eventType.rawValue + "|" + profiles[i].stateKeys.sorted().joined(separator: ",")
            // Join the one earlier (more precise) cluster that agrees with every member.
            var candidates: [Int] = []
            for key in lookupKeys(profiles[i]) {
                for root in roots[bucket + "|" + key] ?? [] where (members[root] ?? []).allSatisfy({ same(profiles[$0], profiles[i]) }) {
                    candidates.append(root)
                }
            }
            // A vague mention that fits two different events joins neither.
            if candidates.count == 1 {
                parent[i] = candidates[0]
                members[candidates[0], default: []].append(i)
            } else {
                for key in rootKeys(profiles[i].event.date) { roots[bucket + "|" + key, default: []].append(i) }
                members[i] = [i]
            }
        }
        var clusters: [Int: [Int]] = [:]
        for i in profiles.indices { clusters[find(i), default: []].append(i) }
        var renamed: [NodeID: NodeID] = [:]
        var mergedEvents: [Event] = []
        for (_, members) in clusters.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            let merged = combine(members.map { profiles[$0].event })
            for m in members { renamed[profiles[m].event.id] = merged.id }
            mergedEvents.append(merged)
        }
        return (renamed, mergedEvents)
    }

    /// The index keys of a root with date `date`: its day, month and year, as far as it has them.
    /// An undated root has none: two undated events are never one.
    private func rootKeys(_ date: PartialDate?) -> [String] {
        guard let date else { return [] }
        var keys = ["Y\(date.year)"]
        if let month = date.month { keys.append("M\(date.year)-\(month)") }
        if let day = CivilDay(date) { keys.append("D\(day.serial)") }
        return keys
    }

    /// The keys under which the roots that can be one event with `p` are filed: the same day, month
    /// or year at `p`'s precision; for an undated event, each day of the two weeks `near` accepts.
    private func lookupKeys(_ p: Profile) -> [String] {
        if let date = p.event.date {
            switch date.precision {
            case .day: return CivilDay(date).map { ["D\($0.serial)"] } ?? []
            case .month: return ["M\(date.year)-\(date.month ?? 0)"]
            case .year: return ["Y\(date.year)"]
            }
        }
        guard let published = CivilDay(p.published) else { return [] }
        let gaps = p.event.status == .occurred ? Array(0...14) : Array(-14...0)
        return gaps.map { "D\(published.serial - $0)" }
    }

    func same(_ a: Profile, _ b: Profile) -> Bool {
        let x = a.event, y = b.event
        guard x.eventType == y.eventType, a.stateKeys == b.stateKeys, a.stateKeys.count >= 1 else { return false }
        // Two events of one article were kept apart by that article's reading (an earlier exchange
        // told in a time clause, a planned meeting and one held): only other articles join them.
        if x.articles.count == 1 && x.articles == y.articles { return false }
        if x.mode != y.mode && x.mode != .unknown && y.mode != .unknown { return false }
        if !a.people.isEmpty && !b.people.isEmpty && !a.people.isSubset(of: b.people) && !b.people.isSubset(of: a.people) { return false }
        switch (x.date, y.date) {
        case let (dx?, dy?):
            return dx.isCompatible(with: dy)
        case (nil, nil):
            return false
        case let (nil, d?):
            return near(d, a)
        case let (d?, nil):
            return near(d, b)
        }
    }

    /// An undated event fits a dated one held within two weeks before its article.
    private func near(_ d: PartialDate, _ undated: Profile) -> Bool {
        guard let pub = undated.published, let day = CivilDay(d), let p = CivilDay(pub) else { return false }
        let gap = p.serial - day.serial
        return undated.event.status == .occurred ? (0...14).contains(gap) : (-14...0).contains(gap)
    }

    private func combine(_ events: [Event]) -> Event {
        let sorted = events.sorted { ($0.date?.precision.rawValue ?? -1, $0.id) > ($1.date?.precision.rawValue ?? -1, $1.id) }
        var e = sorted[0]
        if events.contains(where: { $0.status == .occurred }) { e.status = .occurred }
        e.articles = Array(Set(events.flatMap(\.articles))).sorted()
        e.evidence = Array(Set(events.flatMap(\.evidence))).sorted()
        for other in sorted.dropFirst() {
            if e.location.isEmpty { e.location = other.location }
            if e.durationMinutes == nil { e.durationMinutes = other.durationMinutes }
            if e.startTime.isEmpty { e.startTime = other.startTime; e.endTime = other.endTime; e.timeZone = other.timeZone }
        }
        var raw = e.id.rawValue
        if e.status == .occurred, raw.hasSuffix("-planned") { raw = String(raw.dropLast("-planned".count)) }
        e.id = NodeID(raw: raw)
        return e
    }
}
