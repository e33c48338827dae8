import DiplographModel

/// Turns an article's merged facts into graph nodes and edges with stable ids.
struct GraphAssembler {
    let article: SourceArticle
    let actors: ArticleActors
    /// Actors named somewhere in the article as something other than a place.
    let named: Set<String>

    func assemble(events: [EventMention], acts: [SpeechAct]) -> KnowledgeGraph {
        var g = KnowledgeGraph()
        g.insert(article.articleNode)
        var used = Set<String>()
        var involved = Set<String>()
        /// Every node inserted besides the article, for its `mentions` edges.
        var inserted: [NodeID] = []

        for e in events {
            var parts = e.participants
            // A person speaks for their state: drop a state or body beside a person of the same state.
            let personStates = Set(parts.filter { actors.actor($0)?.actorType == .person }.map { actors.stateKey($0) })
            parts = parts.filter { actors.actor($0)?.actorType == .person || !personStates.contains(actors.stateKey($0)) || actors.actor($0)?.actorType == .organization }
            guard Set(parts.map { actors.stateKey($0) }).count >= 2 || (e.multilateral && parts.count == 1) else { continue }
            // One language per label: Vietnamese names in `label`, English names in `labelEn` (a
            // person's name serves both); no English label when a party has no English name.
            let labels = parts.compactMap { actors.actor($0)?.label }
            let labelsEn = parts.compactMap { actors.actor($0).flatMap(englishName) }
            let slugs = parts.map { String($0.dropFirst("actor-".count)) }.sorted()
            let kind = e.type == .call ? (e.mode == .video ? "video-call" : "call") : "meeting"
            // Date first: event ids sort chronologically in every export.
            var idBase = "\(e.date?.iso ?? "undated")-\(kind)-" + slugs.joined(separator: "-")
            if e.status == .planned { idBase += "-planned" }
            let id = unique(NodeID(kind: .event, slug: idBase), &used)
            let verb = e.type == .call ? (e.mode == .video ? "Hội đàm trực tuyến" : "Điện đàm") : "Gặp"
            let dateSuffix = e.date.map { " (\($0.iso))" } ?? ""
            let label = verb + " " + labels.joined(separator: " – ") + dateSuffix
            let verbEn = e.type == .call ? (e.mode == .video ? "Video call" : "Call") : "Meeting"
            let labelEn = labelsEn.count == labels.count ? verbEn + " " + labelsEn.joined(separator: " – ") + dateSuffix : ""
            var evidence = e.evidenceList
            if !evidence.contains(e.evidence) { evidence.insert(e.evidence, at: 0) }
            let event = Event(id: id, label: label, labelEn: labelEn, eventType: e.type, mode: e.mode, status: e.status ?? .occurred,
                              date: e.date, location: e.location, durationMinutes: e.duration, startTime: e.start,
                              endTime: e.end, timeZone: e.zone, articles: [article.id], evidence: evidence.sorted())
            g.insert(event)
            inserted.append(id)
            var initiator = e.initiator
            if let i = initiator, !parts.contains(i) { initiator = parts.first { actors.stateKey($0) == actors.stateKey(i) } }
            for p in parts {
                g.connect(node(p), id, .participant, role: p == initiator ? "initiator" : "")
                involved.insert(p)
            }
        }

        for (kind, items) in [(SpeechAct.Kind.demand, acts.filter { $0.kind == .demand }), (.threat, acts.filter { $0.kind == .threat })] {
            for act in mergeRepeats(items) {
                let by = act.by.filter { actors.actor($0) != nil }
                let to = act.to.filter { actors.actor($0) != nil }
                let side = by.map { String($0.dropFirst(6)) }.sorted().joined(separator: "-")
                let target = to.map { String($0.dropFirst(6)) }.sorted().joined(separator: "-")
                let names = { (keys: [String]) in keys.compactMap { actors.actor($0)?.label }.joined(separator: ", ") }
                let hash = Fingerprint.hex(act.text)
                if kind == .demand {
                    let id = unique(NodeID(kind: .demand, slug: "\(side)-to-\(target)-\(hash)"), &used)
                    inserted.append(id)
                    g.insert(Demand(id: id, label: "\(names(by)) → \(names(to)): " + (act.topics.first ?? "yêu cầu"),
                                    topics: act.topics, text: act.text, cameo: act.cameo, articles: [article.id], evidence: [act.evidence]))
                    for b in by { g.connect(node(b), id, .demands) }
                    for t in to { g.connect(id, node(t), .addressee) }
                } else {
                    let id = unique(NodeID(kind: .threat, slug: "\(side)-to-\(target.isEmpty ? "unspecified" : target)-\(hash)"), &used)
                    inserted.append(id)
                    g.insert(Threat(id: id, label: "\(names(by)) ⚠ \(names(to).isEmpty ? "?" : names(to)): \(act.measure)", sanctions: act.sanctions,
                                    measure: act.measure, condition: act.condition, cameo: act.cameo, articles: [article.id], evidence: [act.evidence]))
                    for b in by { g.connect(node(b), id, .threatens) }
                    for t in to { g.connect(id, node(t), .target) }
                }
                involved.formUnion(by)
                involved.formUnion(to)
            }
        }

        // A body named only as a place ("tại trụ sở Liên Hợp Quốc", "tại Phủ Tổng thống Phần Lan")
        // is no actor of the article, nor is the state such a place belongs to.
        var kept = Set(actors.actors.keys.filter { named.contains($0) || involved.contains($0) })
        for a in actors.affiliations where kept.contains(a.person) { kept.insert(a.target) }
        for (key, actor) in actors.actors where kept.contains(key) {
            g.insert(actor)
            inserted.append(actor.id)
        }
        for a in actors.affiliations where kept.contains(a.person) && kept.contains(a.target) {
            g.connect(node(a.person), node(a.target), .affiliation, role: a.role)
        }
        // Edges are a set: the order they are added in does not matter, and the ids need no sorting.
        for id in inserted { g.connect(article.id, id, .mentions) }
        return g
    }

    /// The node id of actor key `key`: the actor's own id (its key is that id's text, already well
    /// formed, so `NodeID(raw:)` would give it back unchanged) without checking it again.
    private func node(_ key: String) -> NodeID {
        actors.actor(key)?.id ?? NodeID(raw: key)
    }

    /// The actor's English name: its `labelEn`, or a person's name as written.
    private func englishName(_ actor: Actor) -> String? {
        if !actor.labelEn.isEmpty { return actor.labelEn }
        return actor.actorType == .person ? actor.label : nil
    }

    /// Repeated demands or threats of the same parties in one article are one fact.
    private func mergeRepeats(_ acts: [SpeechAct]) -> [SpeechAct] {
        var out: [SpeechAct] = []
        for a in acts {
            let key = (Set(a.by.map { actors.stateKey($0) }), Set(a.to.map { actors.stateKey($0) }))
            let people = Set(a.by.filter { actors.actor($0)?.actorType == .person })
            // Two people of one state (the president's threat, the foreign minister's) are two facts.
            let otherSpeaker = { (b: SpeechAct) in
                let earlier = Set(b.by.filter { actors.actor($0)?.actorType == .person })
                return !people.isEmpty && !earlier.isEmpty && people.isDisjoint(with: earlier)
            }
            // The same person's threat told again with a response of no named kind is one threat
            // ("Lula: Brasília sẽ áp dụng nguyên tắc có đi có lại nếu …" and his quote "… chúng tôi sẽ
            // đánh thuế họ 50%").
            let sameSpeakerRestated = { (b: SpeechAct) in
                !people.isDisjoint(with: b.by) && (a.cameo == Self.unnamedResponse || b.cameo == Self.unnamedResponse)
            }
            if !a.additive, let k = out.firstIndex(where: { Set($0.by.map { actors.stateKey($0) }) == key.0 && Set($0.to.map { actors.stateKey($0) }) == key.1
                && ($0.kind == .demand || $0.condition.isEmpty || a.condition.isEmpty || $0.condition == a.condition || sameInOtherWords($0, a) || sameSpeakerRestated($0))
                && !otherSpeaker($0) }) {
                out[k].topics = NSOrderedUnique(out[k].topics + a.topics)
                out[k].sanctions = out[k].sanctions || a.sanctions
                // (The named measure says what the threat is: "đáp trả" told first, "áp thuế" later.)
                if out[k].cameo == Self.unnamedResponse && a.cameo != Self.unnamedResponse {
                    out[k].cameo = a.cameo
                    out[k].measure = a.measure
                }
                continue
            }
            out.append(a)
        }
        return out
    }

    /// A threat of the headline or lead and one of the body with the same kind of measure (sanctions or
    /// not, or a response left unnamed on one side: "sẽ áp dụng nguyên tắc có đi có lại" and "sẽ đánh
    /// thuế họ 50%") are the same threat whatever words their conditions take ("nếu đàm phán thất bại"
    /// and "nếu không đạt được thỏa thuận").
    private func sameInOtherWords(_ a: SpeechAct, _ b: SpeechAct) -> Bool {
        (a.inLead || b.inLead) && (a.sanctions == b.sanctions || a.cameo == Self.unnamedResponse || b.cameo == Self.unnamedResponse)
    }

    /// The CAMEO code of a threat whose measure is a response of no named kind (`đáp trả`, `hậu quả`).
    static let unnamedResponse = "130"

    private func unique(_ id: NodeID, _ used: inout Set<String>) -> NodeID {
        var candidate = id
        var n = 2
        while used.contains(candidate.rawValue) { candidate = NodeID(raw: id.rawValue + "-\(n)"); n += 1 }
        used.insert(candidate.rawValue)
        return candidate
    }
}

/// A short, stable fingerprint of a text (FNV-1a, 32 bits, hex).
enum Fingerprint {
    static func hex(_ s: String) -> String {
        var h: UInt32 = 2166136261
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 16777619 }
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
