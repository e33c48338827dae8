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
        var out: [(Attribute, AttributeValue)] = []
        forEachAttribute { out.append(($0, $1.value)) }
        return out
    }

    /// The attributes of `attributes`, in the same order, each given as the parts its value is
    /// joined from (`AttributeParts`), so that a writer can stream a value without building it.
    public func forEachAttribute(_ body: (Attribute, AttributeParts) throws -> Void) rethrows {
        try body(.kind, .string(kind.rawValue))
        try body(.label, .string(label))
        switch self {
        case .actor(let a):
            if !a.labelEn.isEmpty { try body(.labelEn, .string(a.labelEn)) }
            try body(.actorType, .string(a.actorType.rawValue))
            try body(.state, .string(a.state))
            try body(.wikidata, .string(a.wikidata))
            try body(.aliases, .texts(a.aliases))
            try body(.articles, .ids(a.articles))
        case .event(let e):
            if !e.labelEn.isEmpty { try body(.labelEn, .string(e.labelEn)) }
            try body(.eventType, .string(e.eventType.rawValue))
            try body(.mode, .string(e.mode.rawValue))
            try body(.status, .string(e.status.rawValue))
            try body(.date, .string(e.date?.iso ?? ""))
            try body(.location, .string(e.location))
            // An empty int is not a valid GraphML int: unknown durations are left out.
            if let d = e.durationMinutes { try body(.durationMinutes, .int(d)) }
            if !e.startTime.isEmpty { try body(.startTime, .string(e.startTime)) }
            if !e.endTime.isEmpty { try body(.endTime, .string(e.endTime)) }
            if !e.timeZone.isEmpty { try body(.timeZone, .string(e.timeZone)) }
            try body(.cameo, .string(e.cameo))
            try body(.plover, .string(e.plover))
            try Node.provenance(e.articles, e.evidence, body)
            if !AttributeParts.ids(e.formerIds).isEmpty { try body(.formerIds, .ids(e.formerIds)) }
        case .demand(let d):
            try body(.topics, .texts(d.topics))
            try body(.text, .string(d.text))
            try body(.cameo, .string(d.cameo))
            try Node.provenance(d.articles, d.evidence, body)
            if !AttributeParts.ids(d.formerIds).isEmpty { try body(.formerIds, .ids(d.formerIds)) }
        case .threat(let t):
            try body(.sanctions, .bool(t.sanctions))
            try body(.measure, .string(t.measure))
            try body(.condition, .string(t.condition))
            try body(.cameo, .string(t.cameo))
            try Node.provenance(t.articles, t.evidence, body)
            if !AttributeParts.ids(t.formerIds).isEmpty { try body(.formerIds, .ids(t.formerIds)) }
        case .article(let a):
            try body(.published, .string(a.published?.iso ?? ""))
            try body(.title, .string(a.title))
            try body(.file, .string(a.file))
            if !a.source.isEmpty { try body(.source, .string(a.source)) }
            if !a.url.isEmpty { try body(.url, .string(a.url)) }
            if !a.language.isEmpty { try body(.language, .string(a.language)) }
        }
    }

    /// Bounds on the `evidence` and `offsets` attributes, so that no export holds a value larger
    /// than XML parsers accept by default (libxml2 refuses a text node over 10 MB): each quoted
    /// sentence is cut after `evidenceQuoteLimit` characters with "…", the sentences after the
    /// first `evidenceSentenceLimit` are counted (" | … N more"), and so are the locators after
    /// the first `offsetsLimit` ("|… N more").
    public static let evidenceQuoteLimit = 2_000
    public static let evidenceSentenceLimit = 1_000
    public static let offsetsLimit = 200_000

    /// `articles`, `evidence`, and `offsets` when there is evidence (see `AttributeParts`).
    private static func provenance(_ articles: [NodeID], _ evidence: [Evidence],
                                   _ body: (Attribute, AttributeParts) throws -> Void) rethrows {
        try body(.articles, .ids(articles))
        try body(.evidence, .sentences(evidence))
        if !evidence.isEmpty { try body(.offsets, .locators(evidence)) }
    }
}
