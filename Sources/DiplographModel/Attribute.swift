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
