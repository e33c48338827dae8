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

    /// What the fusion reads of one event, without a copy of the event itself: the corpus's
    /// events are hundreds of thousands at 100,000 articles, and only the few that are fused are
    /// read again (from the graph, by slot).
    struct Profile {
        /// The event's article when it has exactly one (`same`: two events of one article are
        /// kept apart).
        let soleArticle: NodeID?
        /// Where the event is in the graph.
        let slot: Int32
        /// The event's type and the distinct state keys of its participants, as a number: two
        /// events have the same bucket exactly when they have the same type and the same set of
        /// state keys (`Bucket`).
        let bucket: Int32
        /// How many distinct state keys its participants have.
        let stateCount: Int32
        /// The people among its participants, sorted, each once: `count` ids from `start` of the
        /// fusion's one list of people (`People`), not an array per event.
        let people: People.Run
        let date: PartialDate?
        let published: PartialDate?
        let mode: EventMode
        let status: EventStatus
    }

    /// The people of every profile, one run after another in one list: hundreds of thousands of
    /// events at 100,000 articles, each with its run of two or three ids.
    struct People {
        struct Run { let start: Int32, count: Int32 }
        private(set) var ids: [NodeID] = []

        /// Files `run` (sorted, each once) and gives where it is.
        mutating func file(_ run: [NodeID]) -> Run {
            let start = Int32(ids.count)
            ids.append(contentsOf: run)
            return Run(start: start, count: Int32(run.count))
        }
    }

    /// What events that can be one share: the type, and the state keys sorted, each once.
    private struct Bucket: Hashable {
        let type: EventType
        let stateKeys: [String]
    }

    /// A date index key of a bucket (`rootKeys`, `lookupKeys`): the bucket, and a day (its serial),
    /// a month or a year: the text keys `D<serial>`, `M<year>-<month>`, `Y<year>` as integers.
    /// Twelve bytes: hundreds of thousands of keys are filed at 100,000 articles.
    private struct DateKey: Hashable {
        enum Unit: UInt8 { case year, month, day }
        let bucket: Int32
        let value: Int32
        let unit: Unit
        let month: UInt8

        init(bucket: Int, unit: Unit, value: Int, month: Int) {
            self.bucket = Int32(bucket)
            self.value = Int32(value)
            self.unit = unit
            self.month = UInt8(month)
        }
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
        let slots = graph.nodeSlots(where: { $0 == .event })
        guard slots.count > 1 else { return ([:], []) }
        var published: [NodeID: PartialDate?] = [:]
        graph.forEachNode(where: { $0 == .article }) { node in if case .article(let a) = node { published[a.id] = a.published } }
        var people = People()
        let profiles = self.profiles(slots, published: published, people: &people)
        guard profiles.count > 1 else { return ([:], []) }
        // Union-find over events, most precise dates first so that vague mentions join the precise one.
        // A cluster is its root (the event that opened it) and a chain of the members that joined
        // it (`nextMember`, -1 ends it); no array per cluster.
        var parent = Array(profiles.indices)
        var nextMember = [Int32](repeating: -1, count: profiles.count)
        let order = profiles.indices.sorted { a, b in
            let pa = profiles[a].date?.precision.rawValue ?? -1, pb = profiles[b].date?.precision.rawValue ?? -1
            // Positions follow the events' ids (the slots are in id order).
            return pa != pb ? pa > pb : a < b
        }
        // Only events of one type between the same states can be one, and only with a compatible
        // date: roots are indexed by bucket and by their day, month and year, and an event looks up
        // just the keys its date (or, undated, the two weeks around its article) can agree with.
        // Events come most precise first, so every root is at least as precise as the event.
        // Each key leads to a chain of the roots filed under it (`RootIndex`).
        var roots = RootIndex()
        // Profiles read in place (`same` borrows them): no event is copied per comparison.
        profiles.withUnsafeBufferPointer { profiles in
            people.ids.withUnsafeBufferPointer { people in
            func agreesWithCluster(_ root: Int, _ i: Int) -> Bool {
                var m = root
                while m >= 0 {
                    if !same(profiles[m], profiles[i], people: people) { return false }
                    m = Int(nextMember[m])
                }
                return true
            }
            for i in order {
                let bucket = Int(profiles[i].bucket)
                // Join the one earlier (more precise) cluster that agrees with every member. (Each
                // root is filed under one key of a unit, and the keys looked up are distinct, so
                // no root is found twice.)
                var candidate = -1, candidates = 0
                for key in lookupKeys(profiles[i], bucket: bucket) {
                    roots.forEachRoot(under: key) { root in
                        if agreesWithCluster(root, i) { candidate = root; candidates += 1 }
                    }
                }
                // A vague mention that fits two different events joins neither.
                if candidates == 1 {
                    parent[i] = candidate
                    nextMember[i] = nextMember[candidate]
                    nextMember[candidate] = Int32(i)
                } else {
                    for key in rootKeys(profiles[i].date, bucket: bucket) { roots.file(i, under: key) }
                }
            }
            }
        }
        var renamed: [NodeID: NodeID] = [:]
        var mergedEvents: [Event] = []
        // Clusters in the order of their roots, members in position order, as events go by id.
        for root in profiles.indices where parent[root] == root && nextMember[root] >= 0 {
            var members = [root]
            var m = Int(nextMember[root])
            while m >= 0 { members.append(m); m = Int(nextMember[m]) }
            members.sort()
            let events = members.compactMap { m -> Event? in
                guard case .event(let e)? = graph.node(inSlot: profiles[m].slot) else { return nil }
                return e
            }
            let merged = combine(events)
            for e in events { renamed[e.id] = merged.id }
            mergedEvents.append(merged)
        }
        return (renamed, mergedEvents)
    }

    /// The profile of each event of `slots` (in their order).
    private func profiles(_ slots: [Int32], published: [NodeID: PartialDate?], people filed: inout People) -> [Profile] {
        // Each event's participants, each once (only the sets made of them below are used).
        let participants = graph.linkedIDs(ofSlots: slots, into: [.participant], outOf: [])
        // Each participant's state key and whether it is a person, looked up once per actor.
        var actorFacts: [NodeID: (stateKey: String, isPerson: Bool)?] = [:]
        var buckets: [Bucket: Int] = [:]
        var profiles: [Profile] = []
        profiles.reserveCapacity(slots.count)
        for (k, slot) in slots.enumerated() {
            guard case .event(let e)? = graph.node(inSlot: slot) else { continue }
            var keys: [String] = [], people: [NodeID] = []
            for p in participants[k] {
                let facts: (stateKey: String, isPerson: Bool)?
                if let known = actorFacts[p] {
                    facts = known
                } else {
                    if case .actor(let a)? = graph.node(p) { facts = (a.stateKey, a.actorType == .person) } else { facts = nil }
                    actorFacts[p] = facts
                }
                guard let facts else { continue }
                keys.append(facts.stateKey)
                if facts.isPerson { people.append(p) }
            }
            // Sorted, each once: the set of state keys (equal strings are equal keys, as in a set),
            // and the set of people.
            let distinct = Self.sortedDistinct(keys)
            let bucketKey = Bucket(type: e.eventType, stateKeys: distinct)
            let bucket: Int
            if let b = buckets[bucketKey] { bucket = b } else { bucket = buckets.count; buckets[bucketKey] = bucket }
            let pub = e.articles.compactMap { published[$0] ?? nil }.max()
            profiles.append(Profile(soleArticle: e.articles.count == 1 ? e.articles[0] : nil, slot: slot,
                                    bucket: Int32(bucket), stateCount: Int32(distinct.count),
                                    people: filed.file(Self.sortedDistinct(people)), date: e.date, published: pub,
                                    mode: e.mode, status: e.status))
        }
        return profiles
    }

    /// `values` sorted, each once (the first of equal ones).
    private static func sortedDistinct<T: Comparable>(_ values: [T]) -> [T] {
        guard values.count > 1 else { return values }
        var out: [T] = []
        for v in values.sorted() where out.last.map({ $0 != v }) ?? true { out.append(v) }
        return out
    }

    /// Whether every value of `a` is in `b`, both sorted, each value once (`sortedDistinct`).
    private static func isSubset<T: Comparable>(_ a: UnsafeBufferPointer<T>.SubSequence, of b: UnsafeBufferPointer<T>.SubSequence) -> Bool {
        guard a.count <= b.count else { return false }
        var j = b.startIndex
        for x in a {
            while j < b.endIndex && b[j] < x { j += 1 }
            guard j < b.endIndex, b[j] == x else { return false }
            j += 1
        }
        return true
    }

    /// The roots filed under each date key: the key's most recent entry, and for each entry the
    /// root and the entry filed under the key before it (-1: none). Four bytes a filing beside
    /// the key, where an array per key cost an allocation each.
    private struct RootIndex {
        private var latest: [DateKey: Int32] = [:]
        private var root: [Int32] = []
        private var previous: [Int32] = []

        mutating func file(_ r: Int, under key: DateKey) {
            let entry = Int32(root.count)
            root.append(Int32(r))
            previous.append(latest.updateValue(entry, forKey: key) ?? -1)
        }

        func forEachRoot(under key: DateKey, _ body: (Int) -> Void) {
            var entry = latest[key] ?? -1
            while entry >= 0 {
                body(Int(root[Int(entry)]))
                entry = previous[Int(entry)]
            }
        }
    }

    /// The index keys of a root with date `date`: its day, month and year, as far as it has them.
    /// An undated root has none: two undated events are never one.
    private func rootKeys(_ date: PartialDate?, bucket: Int) -> [DateKey] {
        guard let date else { return [] }
        var keys = [DateKey(bucket: bucket, unit: .year, value: date.year, month: 0)]
        if let month = date.month { keys.append(DateKey(bucket: bucket, unit: .month, value: date.year, month: month)) }
        if let day = CivilDay(date) { keys.append(DateKey(bucket: bucket, unit: .day, value: day.serial, month: 0)) }
        return keys
    }

    /// The keys under which the roots that can be one event with `p` are filed: the same day, month
    /// or year at `p`'s precision; for an undated event, each day of the two weeks `near` accepts.
    private func lookupKeys(_ p: borrowing Profile, bucket: Int) -> [DateKey] {
        if let date = p.date {
            switch date.precision {
            case .day: return CivilDay(date).map { [DateKey(bucket: bucket, unit: .day, value: $0.serial, month: 0)] } ?? []
            case .month: return [DateKey(bucket: bucket, unit: .month, value: date.year, month: date.month ?? 0)]
            case .year: return [DateKey(bucket: bucket, unit: .year, value: date.year, month: 0)]
            }
        }
        guard let published = CivilDay(p.published) else { return [] }
        let gaps = p.status == .occurred ? Array(0...14) : Array(-14...0)
        return gaps.map { DateKey(bucket: bucket, unit: .day, value: published.serial - $0, month: 0) }
    }

    func same(_ a: borrowing Profile, _ b: borrowing Profile, people: UnsafeBufferPointer<NodeID>) -> Bool {
        // (One bucket: the same type and the same set of state keys.)
        guard a.bucket == b.bucket, a.stateCount >= 1 else { return false }
        // Two events of one article were kept apart by that article's reading (an earlier exchange
        // told in a time clause, a planned meeting and one held): only other articles join them.
        if let article = a.soleArticle, article == b.soleArticle { return false }
        if a.mode != b.mode && a.mode != .unknown && b.mode != .unknown { return false }
        let pa = people[Int(a.people.start)..<Int(a.people.start + a.people.count)]
        let pb = people[Int(b.people.start)..<Int(b.people.start + b.people.count)]
        if !pa.isEmpty && !pb.isEmpty && !Self.isSubset(pa, of: pb) && !Self.isSubset(pb, of: pa) { return false }
        switch (a.date, b.date) {
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
    private func near(_ d: PartialDate, _ undated: borrowing Profile) -> Bool {
        guard let pub = undated.published, let day = CivilDay(d), let p = CivilDay(pub) else { return false }
        let gap = p.serial - day.serial
        return undated.status == .occurred ? (0...14).contains(gap) : (-14...0).contains(gap)
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
