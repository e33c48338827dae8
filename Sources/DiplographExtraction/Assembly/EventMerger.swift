import DiplographModel

/// Merges the mentions of one article that tell the same event: same parties, compatible date,
/// mode and status. References (`Đây là cuộc …`, `Cuộc điện đàm trên …`, a mention with fewer than
/// two parties) fill in what the event they refer to lacks.
struct EventMerger {
    let stateKey: (String) -> String
    let isPerson: (String) -> Bool

    func merge(_ mentions: [EventMention]) -> [EventMention] {
        var events: [EventMention] = []
        // The events the main clauses of the current sentence told: an event told in a time
        // clause of that sentence ("… sau khi A và B có cuộc trao đổi") is another one.
        var sentence = -1
        var toldInMainClause: [Int] = []
        // The sides and people of each event, kept beside `events` and made again after each fill,
        // so that comparing a mention with every event before it builds no sets.
        var sides: [Parties] = []
        for m in mentions {
            if m.sentence != sentence { sentence = m.sentence; toldInMainClause = [] }
            let open = { (k: Int) in !m.timesAnother || !toldInMainClause.contains(k) }
            let mp = Parties(m, stateKey: stateKey, isPerson: isPerson)
            if mp.sides.count < 2 && !m.multilateral {
                // A reference to the event last told in this or the previous sentences.
                // ("Cuộc hội đàm bắt đầu từ …" after "cuộc hội đàm trực tuyến": a meeting word with no
                // party of its own goes on telling the video call just told.)
                let sameTalks = { (e: EventMention) in m.participants.isEmpty && m.type == .meeting && e.mode == .video }
                if let k = events.lastIndex(where: { $0.sentence >= m.sentence - 3 && ($0.type == m.type || m.isReference || sameTalks($0)) }), open(k) {
                    // (Told in two clocks, the call is dated by the outlet's.)
                    var m = m
                    if sameTalks(events[k]), let d = m.outletClockDate { m.date = d }
                    fill(&events[k], from: m, keepParticipants: true)
                    sides[k] = Parties(events[k], stateKey: stateKey, isPerson: isPerson)
                    if !m.timesAnother { toldInMainClause.append(k) }
                } else if !m.timesAnother, let k = events.lastIndex(where: { $0.type == m.type }) {
                    // Too far back to take its words, but still the event the main clause is about.
                    toldInMainClause.append(k)
                }
                continue
            }
            let k: Int
            if let found = events.indices.last(where: { open($0) && same(events[$0], sides[$0], m, mp) && events[$0].type == m.type })
                ?? events.indices.last(where: { open($0) && same(events[$0], sides[$0], m, mp) }) {
                k = found
                fill(&events[k], from: m, keepParticipants: false)
                sides[k] = Parties(events[k], stateKey: stateKey, isPerson: isPerson)
            } else if m.isReference, let found = events.indices.last(where: { open($0) && sameParties(sides[$0], mp) && datesAgree(events[$0], m) }) {
                k = found
                fill(&events[k], from: m, keepParticipants: false)
                sides[k] = Parties(events[k], stateKey: stateKey, isPerson: isPerson)
            } else {
                k = events.count
                events.append(m)
                sides.append(mp)
            }
            if !m.timesAnother { toldInMainClause.append(k) }
        }
        // Each piece of evidence once, in the order first told: deduplicated here, with a set,
        // rather than searched for at every fill (an article repeating one sentence thousands of
        // times made that quadratic).
        for k in events.indices {
            // Undated in every mention: on the sidelines of a gathering told before, that
            // gathering's day; else the date of the scene its first sentence was told in.
            if events[k].date == nil, events[k].onSideline,
               let gathering = events[..<k].last(where: { $0.multilateral && $0.date?.precision == .day && $0.sentence <= events[k].sentence }) {
                events[k].date = gathering.date
            }
            if events[k].date == nil { events[k].date = events[k].sceneDate }
            var seen = Set<Evidence>()
            events[k].evidenceList = events[k].evidenceList.filter { seen.insert($0).inserted }
        }
        return events
    }

    /// A mention's parties as `same` and `sameParties` compare them: the set of their sides
    /// (state keys) and the set of the people among them.
    private struct Parties {
        let sides: Set<String>
        let people: Set<String>

        init(_ m: EventMention, stateKey: (String) -> String, isPerson: (String) -> Bool) {
            sides = Set(m.participants.map(stateKey))
            people = Set(m.participants.filter(isPerson))
        }
    }

    private func sameParties(_ a: Parties, _ b: Parties) -> Bool {
        guard a.sides == b.sides else { return false }
        return a.people.isEmpty || b.people.isEmpty || a.people == b.people
    }

    private func datesAgree(_ a: EventMention, _ b: EventMention) -> Bool {
        guard let da = a.date, let db = b.date else { return true }
        return da.isCompatible(with: db)
    }

    /// True when `b` tells the event `a` (`ap` and `bp` are their parties).
    private func same(_ a: EventMention, _ ap: Parties, _ b: EventMention, _ bp: Parties) -> Bool {
        guard ap.sides == bp.sides else { return false }
        // Two events told by two words of one sentence ("tiếp X, hội đàm với Y") are two events.
        if a.sentence == b.sentence && !b.isReference && a.trigger != b.trigger && Set(a.participants) != Set(b.participants) { return false }
        let pa = ap.people, pb = bp.people
        if !pa.isEmpty && !pb.isEmpty && !pa.isSubset(of: pb) && !pb.isSubset(of: pa) { return false }
        if let da = a.date, let db = b.date, !da.isCompatible(with: db) { return false }
        if let sa = a.status, let sb = b.status, sa != sb {
            // A planned call and the same call held, told in one article: keep apart unless dated alike.
            guard let da = a.date, let db = b.date, da == db else { return false }
        }
        let plannedBoth = (a.status ?? .planned) == .planned && (b.status ?? .planned) == .planned
        if a.type != b.type && !(plannedBoth && (a.date == nil || b.date == nil) && !pa.isEmpty && pa == pb) { return false }
        if a.mode == .video || b.mode == .video { if a.mode != b.mode { return false } }
        return true
    }

    /// Fills `out` in place (a copy would copy its evidence list at every fill).
    private func fill(_ out: inout EventMention, from m: EventMention, keepParticipants: Bool) {
        let sentence = out.sentence
        // A one-party mention folded in whose party is none of the event's ("X sẽ dự các phiên họp
        // ngày 29/4" after "A và B có cuộc gặp"): its date and status are its own.
        let foreign = keepParticipants && !m.participants.isEmpty
            && Set(m.participants.map(stateKey)).isDisjoint(with: out.participants.map(stateKey))
        if !foreign, out.date == nil || (m.date.map { d in out.date.map { $0.isCompatible(with: d) && d.precision > $0.precision } ?? false } ?? false) {
            if let d = m.date, out.date.map({ $0.isCompatible(with: d) }) ?? true { out.date = d }
        }
        if !foreign, out.status == nil || (m.status == .occurred && out.date != nil && m.date == out.date) { out.status = m.status ?? out.status }
        if out.sceneDate == nil { out.sceneDate = m.sceneDate }
        if out.location.isEmpty { out.location = m.location }
        if out.duration == nil { out.duration = m.duration }
        if out.start.isEmpty { out.start = m.start; out.end = m.end; out.zone = m.zone }
        if out.initiator == nil { out.initiator = m.initiator }
        // A headline's "Nga - Mỹ" and the body's "Putin và Biden": the people stand for their states
        // when they name every party.
        let existingPeople = out.participants.filter(isPerson)
        let newPeople = m.participants.filter(isPerson)
        let namesEveryParty = Set(newPeople.map(stateKey)) == Set(out.participants.map(stateKey))
        if !keepParticipants && existingPeople.isEmpty && !newPeople.isEmpty && namesEveryParty && !m.isReference {
            out.participants = m.participants
        } else if !keepParticipants && m.sentence == sentence {
            for p in m.participants where isPerson(p) && !out.participants.contains(p) {
                if let k = out.participants.firstIndex(where: { stateKey($0) == stateKey(p) && !isPerson($0) }) {
                    out.participants[k] = p
                }
            }
        }
        out.evidenceList.append(m.evidence)
    }
}
