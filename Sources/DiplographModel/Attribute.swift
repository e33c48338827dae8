/// Every attribute the exports carry, in schema order: the contract's attributes plus the
/// project's additions. Raw values are the contract names (GraphML key ids, Gephi column names).
public enum Attribute: String, Sendable, CaseIterable {
    // Node attributes.
    case kind, label, labelEn, actorType, state, wikidata, aliases
    case eventType, mode, status, date, location, durationMinutes, startTime, endTime, timeZone, cameo, plover
    case topics, text
    case sanctions, measure, condition
    case published, title, file, source, url, language
    case articles, evidence, offsets
    /// Ids a fact node had in earlier exports into the same folder, retired when it merged (`|`-joined).
    case formerIds
    // Edge attributes.
    case relation, role, weight
    /// Actors view: the dates of the first and last fact behind an edge, and the facts' node ids.
    case firstDate, lastDate, facts

    /// The value type, as GraphML's `attr.type` names it.
    public enum ValueType: String, Sendable { case string, int, boolean, double }

    public var valueType: ValueType {
        switch self {
        case .durationMinutes: return .int
        case .sanctions: return .boolean
        case .weight: return .double
        default: return .string
        }
    }

    /// The attribute's position in `allCases` (schema order), for tables indexed by attribute
    /// (a `Dictionary` keyed by `Attribute` would hash its raw value, a string, at every look-up).
    public var schemaIndex: Int {
        switch self {
        case .kind: return 0
        case .label: return 1
        case .labelEn: return 2
        case .actorType: return 3
        case .state: return 4
        case .wikidata: return 5
        case .aliases: return 6
        case .eventType: return 7
        case .mode: return 8
        case .status: return 9
        case .date: return 10
        case .location: return 11
        case .durationMinutes: return 12
        case .startTime: return 13
        case .endTime: return 14
        case .timeZone: return 15
        case .cameo: return 16
        case .plover: return 17
        case .topics: return 18
        case .text: return 19
        case .sanctions: return 20
        case .measure: return 21
        case .condition: return 22
        case .published: return 23
        case .title: return 24
        case .file: return 25
        case .source: return 26
        case .url: return 27
        case .language: return 28
        case .articles: return 29
        case .evidence: return 30
        case .offsets: return 31
        case .formerIds: return 32
        case .relation: return 33
        case .role: return 34
        case .weight: return 35
        case .firstDate: return 36
        case .lastDate: return 37
        case .facts: return 38
        }
    }

    /// True for edge attributes, false for node attributes.
    public var isEdgeAttribute: Bool { [.relation, .role, .weight, .firstDate, .lastDate, .facts].contains(self) }

    public static var nodeAttributes: [Attribute] { allCases.filter { !$0.isEdgeAttribute } }
    public static var edgeAttributes: [Attribute] { allCases.filter { $0.isEdgeAttribute } }
}

/// One attribute value.
public enum AttributeValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case double(Double)

    /// The value as text, the way GraphML and DOT write it.
    public var text: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .double(let d):
            if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) + ".0" }
            return String(d)
        }
    }
}

/// An attribute's value as the node holds it, before it is joined into one string: streaming
/// writers go through its pieces (`forEachPiece`) and write each straight into their output;
/// `value` joins them into the `AttributeValue` of `Node.attributes`.
public enum AttributeParts: Sendable {
    case string(String)
    /// Texts joined by `|` (aliases, topics).
    case texts([String])
    /// Node ids joined by `|`.
    case ids([NodeID])
    /// The `evidence` attribute: each distinct sentence once (the first of canonically equivalent
    /// ones), in order, cut after `Node.evidenceQuoteLimit` Unicode scalars with "…", joined by
    /// ` | `; sentences after the first `Node.evidenceSentenceLimit` are counted (`… N more`).
    case sentences([Evidence])
    /// The `offsets` attribute: each evidence's `locator`, joined by `|`; those after the first
    /// `Node.offsetsLimit` are counted (`… N more`).
    case locators([Evidence])
    case int(Int)
    case bool(Bool)

    /// One piece of a value: text, or an integer written in decimal.
    public enum Piece: Sendable {
        case text(Substring)
        case number(Int)
    }

    /// True when the joined value is the empty string.
    public var isEmpty: Bool {
        switch self {
        case .string(let s): return s.isEmpty
        case .texts(let texts): return texts.isEmpty || (texts.count == 1 && texts[0].isEmpty)
        case .ids(let ids): return ids.isEmpty || (ids.count == 1 && ids[0].rawValue.isEmpty)
        case .locators(let evidence):
            // Every locator holds a `:`, and the count of those left out is written too.
            return evidence.isEmpty
        case .sentences:
            var empty = true
            forEachPiece { piece in
                switch piece {
                case .text(let text): if !text.isEmpty { empty = false }
                case .number: empty = false
                }
            }
            return empty
        case .int, .bool: return false
        }
    }

    /// The pieces whose concatenation is the value's text (`AttributeValue.text` of `value`), in
    /// order; separators are pieces of their own.
    public func forEachPiece(_ body: (Piece) throws -> Void) rethrows {
        switch self {
        case .string(let s):
            try body(.text(s[...]))
        case .texts(let texts):
            for (index, text) in texts.enumerated() {
                if index > 0 { try body(.text("|")) }
                try body(.text(text[...]))
            }
        case .ids(let ids):
            for (index, id) in ids.enumerated() {
                if index > 0 { try body(.text("|")) }
                try body(.text(id.rawValue[...]))
            }
        case .sentences(let evidence):
            try Self.sentencePieces(evidence, body)
        case .locators(let evidence):
            for (index, e) in evidence.prefix(Node.offsetsLimit).enumerated() {
                if index > 0 { try body(.text("|")) }
                try body(.text(e.article.rawValue[...]))
                try body(.text(":"))
                try body(.number(e.start))
                try body(.text("-"))
                try body(.number(e.end))
            }
            if evidence.count > Node.offsetsLimit {
                if Node.offsetsLimit > 0 { try body(.text("|")) }
                try body(.text("… "))
                try body(.number(evidence.count - Node.offsetsLimit))
                try body(.text(" more"))
            }
        case .int(let i):
            try body(.number(i))
        case .bool(let b):
            try body(.text(b ? "true" : "false"))
        }
    }

    /// The pieces of `.sentences`. Whether a sentence was seen is asked of the few before it
    /// directly, of a set only when there are many (`String` equality either way, so canonically
    /// equivalent spellings are one sentence).
    private static func sentencePieces(_ evidence: [Evidence], _ body: (Piece) throws -> Void) rethrows {
        var seen: Set<String> = []
        let useSet = evidence.count > 16
        var written = 0, more = 0
        for (index, e) in evidence.enumerated() {
            let isNew = useSet ? seen.insert(e.sentence).inserted
                : !evidence[..<index].contains { $0.sentence == e.sentence }
            guard isNew else { continue }
            guard written < Node.evidenceSentenceLimit else { more += 1; continue }
            if written > 0 { try body(.text(" | ")) }
            written += 1
            // A sentence of at most `evidenceQuoteLimit` UTF-8 bytes has no more scalars than that.
            if e.sentence.utf8.count <= Node.evidenceQuoteLimit {
                try body(.text(e.sentence[...]))
                continue
            }
            let scalars = e.sentence.unicodeScalars
            if let cut = scalars.index(scalars.startIndex, offsetBy: Node.evidenceQuoteLimit, limitedBy: scalars.endIndex),
               cut != scalars.endIndex {
                // Cut between scalars, not characters (a `String` range would round to one).
                try body(.text(Substring(scalars[..<cut])))
                try body(.text("…"))
            } else {
                try body(.text(e.sentence[...]))
            }
        }
        if more > 0 {
            if written > 0 { try body(.text(" | ")) }
            try body(.text("… "))
            try body(.number(more))
            try body(.text(" more"))
        }
    }

    /// The joined value, as `Node.attributes` gives it.
    public var value: AttributeValue {
        switch self {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .bool(let b): return .bool(b)
        case .texts, .ids, .sentences, .locators:
            var text = ""
            forEachPiece { piece in
                switch piece {
                case .text(let part): text.append(contentsOf: part)
                case .number(let n): text += String(n)
                }
            }
            return .string(text)
        }
    }
}
