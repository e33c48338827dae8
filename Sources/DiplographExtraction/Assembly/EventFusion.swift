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

    func fuse() -> KnowledgeGraph {
        let events = graph.events
        guard events.count > 1 else { return graph }
        let published = Dictionary(uniqueKeysWithValues: graph.articles.map { ($0.id, $0.published) })
        var participants: [NodeID: [NodeID]] = [:]
        for edge in graph.edges where edge.relation == .participant { participants[edge.target, default: []].append(edge.source) }
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
        // Only events of one type between the same states can be one; compare within those buckets.
        var buckets: [String: [Int]] = [:]
        var members: [Int: [Int]] = [:]
        for i in order {
            let bucket = profiles[i].event.eventType.rawValue + "|" + profiles[i].stateKeys.sorted().joined(separator: ",")
            // Join the one earlier (more precise) cluster that agrees with every member.
            var candidates: [Int] = []
            for root in buckets[bucket] ?? [] where (members[root] ?? []).allSatisfy({ same(profiles[$0], profiles[i]) }) {
                candidates.append(root)
            }
            // A vague mention that fits two different events joins neither.
            if candidates.count == 1 {
                parent[i] = candidates[0]
                members[candidates[0], default: []].append(i)
            } else {
                buckets[bucket, default: []].append(i)
                members[i] = [i]
            }
        }
        var clusters: [Int: [Int]] = [:]
        for i in profiles.indices { clusters[find(i), default: []].append(i) }
        var out = graph
        var renamed: [NodeID: NodeID] = [:]
        var mergedEvents: [Event] = []
        for (_, members) in clusters.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            let merged = combine(members.map { profiles[$0].event })
            for m in members { renamed[profiles[m].event.id] = merged.id }
            mergedEvents.append(merged)
        }
        out.rename(renamed)
        for e in mergedEvents { out.insert(e) }
        return out
    }

    func same(_ a: Profile, _ b: Profile) -> Bool {
        let x = a.event, y = b.event
        guard x.eventType == y.eventType, a.stateKeys == b.stateKeys, a.stateKeys.count >= 1 else { return false }
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
