import DiplographModel

/// Reads the nodes and edges of a graph body (`GraphCoding`) after its id table. Each read gives
/// nil as soon as anything is not as the encoder writes it.
struct GraphBody {
    var input: EntryReader
    let ids: [NodeID]

    mutating func nodes() -> [Node]? {
        guard let n = input.count(each: 2) else { return nil }
        var out: [Node] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let node = node() else { return nil }
            out.append(node)
        }
        return out
    }

    mutating func edges() -> [Edge]? {
        guard let n = input.count(each: 2) else { return nil }
        var out: [Edge] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let edge = edge() else { return nil }
            out.append(edge)
        }
        return out
    }

    mutating func edge() -> Edge? {
        guard let source = id(), let target = id(), let relation: Relation = enumCase(),
              let role = input.string(), let weight = input.double(),
              let firstDate = input.string(), let lastDate = input.string(), let facts = idList() else { return nil }
        return Edge(source: source, target: target, relation: relation, role: role, weight: weight,
                    firstDate: firstDate, lastDate: lastDate, facts: facts)
    }

    mutating func node() -> Node? {
        guard let kind: NodeKind = enumCase(), let id = id() else { return nil }
        switch kind {
        case .actor:
            guard let label = input.string(), let labelEn = input.string(), let actorType: ActorType = enumCase(),
                  let state = input.string(), let wikidata = input.string(),
                  let aliases = input.list({ $0.string() }), let articles = idList() else { return nil }
            return .actor(Actor(id: id, label: label, labelEn: labelEn, actorType: actorType, state: state,
                                wikidata: wikidata, aliases: aliases, articles: articles))
        case .event:
            guard let label = input.string(), let labelEn = input.string(), let eventType: EventType = enumCase(),
                  let mode: EventMode = enumCase(), let status: EventStatus = enumCase(),
                  let date = date(), let location = input.string(), let duration = optionalInt(),
                  let startTime = input.string(), let endTime = input.string(), let timeZone = input.string(),
                  let (articles, evidence, former) = facts() else { return nil }
            var event = Event(id: id, label: label, labelEn: labelEn, eventType: eventType, mode: mode, status: status,
                              date: date.value, location: location, durationMinutes: duration.value,
                              startTime: startTime, endTime: endTime, timeZone: timeZone,
                              articles: articles, evidence: evidence)
            event.formerIds = former
            return .event(event)
        case .demand:
            guard let label = input.string(), let topics = input.list({ $0.string() }), let text = input.string(),
                  let cameo = input.string(), let (articles, evidence, former) = facts() else { return nil }
            var demand = Demand(id: id, label: label, topics: topics, text: text, cameo: cameo,
                                articles: articles, evidence: evidence)
            demand.formerIds = former
            return .demand(demand)
        case .threat:
            guard let label = input.string(), let sanctions = input.bool(), let measure = input.string(),
                  let condition = input.string(), let cameo = input.string(),
                  let (articles, evidence, former) = facts() else { return nil }
            var threat = Threat(id: id, label: label, sanctions: sanctions, measure: measure, condition: condition,
                                cameo: cameo, articles: articles, evidence: evidence)
            threat.formerIds = former
            return .threat(threat)
        case .article:
            guard let title = input.string(), let published = date(), let file = input.string(),
                  let source = input.string(), let url = input.string(), let language = input.string() else { return nil }
            return .article(Article(id: id, title: title, published: published.value, file: file,
                                    source: source, url: url, language: language))
        }
    }

    /// An index into the id table.
    mutating func id() -> NodeID? {
        guard let n = input.unsigned(), n < UInt64(ids.count) else { return nil }
        return ids[Int(n)]
    }

    mutating func idList() -> [NodeID]? {
        guard let n = input.count() else { return nil }
        var out: [NodeID] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let id = id() else { return nil }
            out.append(id)
        }
        return out
    }

    mutating func facts() -> ([NodeID], [Evidence], [NodeID])? {
        guard let articles = idList(), let n = input.count(each: 4) else { return nil }
        var evidence: [Evidence] = []
        evidence.reserveCapacity(n)
        for _ in 0..<n {
            guard let article = id(), let sentence = input.string(), let start = input.signed(), let end = input.signed() else { return nil }
            evidence.append(Evidence(article: article, sentence: sentence, start: start, end: end))
        }
        guard let former = idList() else { return nil }
        return (articles, evidence, former)
    }

    /// A date that may be absent: nil when the bytes are bad, `Absent(nil)` when there is none.
    mutating func date() -> Absent<PartialDate>? {
        switch input.byte() {
        case 0?: return Absent(value: nil)
        case 1?:
            guard let year = input.signed(), let m = input.unsigned(), m <= 12, let d = input.unsigned(), d <= 31 else { return nil }
            let month = Int(m), day = Int(d)
            // A day needs a month (PartialDate would drop it, and the encoder never writes one).
            if month == 0 && day != 0 { return nil }
            guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else { return nil }
            return Absent(value: date)
        default: return nil
        }
    }

    mutating func optionalInt() -> Absent<Int>? {
        switch input.byte() {
        case 0?: return Absent(value: nil)
        case 1?: return input.signed().map { Absent(value: $0) }
        default: return nil
        }
    }

    mutating func enumCase<T: CaseIterable>() -> T? {
        guard let b = input.byte() else { return nil }
        let all = Array(T.allCases)
        return Int(b) < all.count ? all[Int(b)] : nil
    }
}

/// A value that may be missing, kept apart from a read that failed.
struct Absent<T> {
    let value: T?
}
