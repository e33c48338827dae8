/// Any node of the graph, with its attributes in schema order.
public enum Node: Hashable, Sendable {
    case actor(Actor)
    case event(Event)
    case demand(Demand)
    case threat(Threat)
    case article(Article)

    public var id: NodeID {
        switch self {
        case .actor(let a): return a.id
        case .event(let e): return e.id
        case .demand(let d): return d.id
        case .threat(let t): return t.id
        case .article(let a): return a.id
        }
    }

    public var kind: NodeKind {
        switch self {
        case .actor: return .actor
        case .event: return .event
        case .demand: return .demand
        case .threat: return .threat
        case .article: return .article
        }
    }

    public var label: String {
        switch self {
        case .actor(let a): return a.label
        case .event(let e): return e.label
        case .demand(let d): return d.label
        case .threat(let t): return t.label
        case .article(let a): return a.label
        }
    }

    /// Ids the node had in earlier exports and gave up in a merge (empty for actors and articles).
    public var formerIds: [NodeID] {
        switch self {
        case .event(let e): return e.formerIds
        case .demand(let d): return d.formerIds
        case .threat(let t): return t.formerIds
        case .actor, .article: return []
        }
    }

    /// The node under another id, with `formerIds` (facts only; actors and articles keep theirs).
    public func renamed(_ id: NodeID, formerIds: [NodeID]) -> Node {
        switch self {
        case .actor(var a): a.id = id; return .actor(a)
        case .article(var a): a.id = id; return .article(a)
        case .event(var e): e.id = id; e.formerIds = formerIds; return .event(e)
        case .demand(var d): d.id = id; d.formerIds = formerIds; return .demand(d)
        case .threat(var t): t.id = id; t.formerIds = formerIds; return .threat(t)
        }
    }

    /// The evidence behind the node (empty for actors and articles).
    public var evidence: [Evidence] {
        switch self {
        case .event(let e): return e.evidence
        case .demand(let d): return d.evidence
        case .threat(let t): return t.evidence
        case .actor, .article: return []
        }
    }

    /// Attributes in schema order. The contract's required attributes of the node's kind are always
    /// present (empty string where unknown); optional ones only when they have a value.
    public var attributes: [(Attribute, AttributeValue)] {
        var out: [(Attribute, AttributeValue)] = [(.kind, .string(kind.rawValue)), (.label, .string(label))]
        func add(_ a: Attribute, _ s: String, required: Bool = false) {
            if required || !s.isEmpty { out.append((a, .string(s))) }
        }
        switch self {
        case .actor(let a):
            add(.labelEn, a.labelEn)
            add(.actorType, a.actorType.rawValue, required: true)
            add(.state, a.state, required: true)
            add(.wikidata, a.wikidata, required: true)
            add(.aliases, a.aliases.joined(separator: "|"), required: true)
            add(.articles, Node.join(a.articles), required: true)
        case .event(let e):
            add(.labelEn, e.labelEn)
            add(.eventType, e.eventType.rawValue, required: true)
            add(.mode, e.mode.rawValue, required: true)
            add(.status, e.status.rawValue, required: true)
            add(.date, e.date?.iso ?? "", required: true)
            add(.location, e.location, required: true)
            // An empty int is not a valid GraphML int: unknown durations are left out.
            if let d = e.durationMinutes { out.append((.durationMinutes, .int(d))) }
            add(.startTime, e.startTime)
            add(.endTime, e.endTime)
            add(.timeZone, e.timeZone)
            add(.cameo, e.cameo, required: true)
            add(.plover, e.plover, required: true)
            Node.addProvenance(&out, e.articles, e.evidence)
            add(.formerIds, Node.join(e.formerIds))
        case .demand(let d):
            add(.topics, d.topics.joined(separator: "|"), required: true)
            add(.text, d.text, required: true)
            add(.cameo, d.cameo, required: true)
            Node.addProvenance(&out, d.articles, d.evidence)
            add(.formerIds, Node.join(d.formerIds))
        case .threat(let t):
            out.append((.sanctions, .bool(t.sanctions)))
            add(.measure, t.measure, required: true)
            add(.condition, t.condition, required: true)
            add(.cameo, t.cameo, required: true)
            Node.addProvenance(&out, t.articles, t.evidence)
            add(.formerIds, Node.join(t.formerIds))
        case .article(let a):
            add(.published, a.published?.iso ?? "", required: true)
            add(.title, a.title, required: true)
            add(.file, a.file, required: true)
            add(.source, a.source)
            add(.url, a.url)
            add(.language, a.language)
        }
        return out
    }

    static func join(_ ids: [NodeID]) -> String { ids.map(\.rawValue).joined(separator: "|") }

    /// Bounds on the `evidence` and `offsets` attributes, so that no export holds a value larger
    /// than XML parsers accept by default (libxml2 refuses a text node over 10 MB): each quoted
    /// sentence is cut after `evidenceQuoteLimit` characters with "…", the sentences after the
    /// first `evidenceSentenceLimit` are counted (" | … N more"), and so are the locators after
    /// the first `offsetsLimit` ("|… N more").
    public static let evidenceQuoteLimit = 2_000
    public static let evidenceSentenceLimit = 1_000
    public static let offsetsLimit = 200_000

    private static func addProvenance(_ out: inout [(Attribute, AttributeValue)], _ articles: [NodeID], _ evidence: [Evidence]) {
        out.append((.articles, .string(join(articles))))
        var sentences: [String] = []
        var seen: Set<String> = []
        var more = 0
        for e in evidence where seen.insert(e.sentence).inserted {
            guard sentences.count < evidenceSentenceLimit else { more += 1; continue }
            let scalars = e.sentence.unicodeScalars
            if let cut = scalars.index(scalars.startIndex, offsetBy: evidenceQuoteLimit, limitedBy: scalars.endIndex), cut != scalars.endIndex {
                sentences.append(String(scalars[..<cut]) + "…")
            } else {
                sentences.append(e.sentence)
            }
        }
        if more > 0 { sentences.append("… \(more) more") }
        out.append((.evidence, .string(sentences.joined(separator: " | "))))
        if !evidence.isEmpty {
            var locators = evidence.prefix(offsetsLimit).map(\.locator)
            if evidence.count > offsetsLimit { locators.append("… \(evidence.count - offsetsLimit) more") }
            out.append((.offsets, .string(locators.joined(separator: "|"))))
        }
    }
}
