/// The kinds of node in the graph contract (`graph-contract.md`). Raw values are the contract strings.
public enum NodeKind: String, Sendable, CaseIterable, Codable, Comparable {
    case actor, event, demand, threat, article

    public static func < (a: NodeKind, b: NodeKind) -> Bool { a.rawValue < b.rawValue }
}

/// What kind of actor a node is.
public enum ActorType: String, Sendable, CaseIterable, Codable {
    case person, state, organization, institution, media
}

/// Whether an event is a meeting or a call.
public enum EventType: String, Sendable, CaseIterable, Codable {
    case meeting, call
}

/// How the parties of an event talked.
public enum EventMode: String, Sendable, CaseIterable, Codable {
    case phone, video
    case inPerson = "in-person"
    case unknown
}

/// Whether an event had happened when the article was written.
public enum EventStatus: String, Sendable, CaseIterable, Codable {
    case occurred, planned
}

/// The relation an edge stands for.
public enum Relation: String, Sendable, CaseIterable, Codable, Comparable {
    case participant, demands, addressee, threatens, target, affiliation, mentions
    /// Actor-to-actor relations of the actors view: who met, called, demanded of or threatened whom.
    case met, called, demanded, threatened

    public static func < (a: Relation, b: Relation) -> Bool { a.rawValue < b.rawValue }

    /// True for the relations that read the same both ways (`met`, `called`): their edges are
    /// written undirected where a format can say so, once per pair, from the smaller id.
    public var isSymmetric: Bool { self == .met || self == .called }

    /// The relation's place in `allCases`, for tables indexed by relation: a switch, where a
    /// `Dictionary` keyed by `Relation` would hash its raw value.
    public var position: Int {
        switch self {
        case .participant: return 0
        case .demands: return 1
        case .addressee: return 2
        case .threatens: return 3
        case .target: return 4
        case .affiliation: return 5
        case .mentions: return 6
        case .met: return 7
        case .called: return 8
        case .demanded: return 9
        case .threatened: return 10
        }
    }
}
