/// A person, state, international organisation, state institution or media outlet.
public struct Actor: Hashable, Sendable, Codable {
    public var id: NodeID
    public var label: String
    public var labelEn: String
    public var actorType: ActorType
    /// ISO 3166-1 alpha-2 code (upper case) of the state it belongs to or represents; empty for
    /// international organisations.
    public var state: String
    /// Wikidata Q-id, or empty.
    public var wikidata: String
    /// Every surface form seen, sorted.
    public var aliases: [String]
    public var articles: [NodeID]

    public init(id: NodeID, label: String, labelEn: String = "", actorType: ActorType, state: String = "",
                wikidata: String = "", aliases: [String] = [], articles: [NodeID] = []) {
        self.id = id
        self.label = label
        self.labelEn = labelEn
        self.actorType = actorType
        self.state = state
        self.wikidata = wikidata
        self.aliases = aliases
        self.articles = articles
    }

    /// The key by which actors are compared at state level: the state code, or the organisation itself.
    public var stateKey: String { state.isEmpty ? id.rawValue : state }
}
