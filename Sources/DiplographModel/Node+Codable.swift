/// A node is coded as `{"kind": "actor", "value": {…}}`, the value being the actor, event, demand,
/// threat or article it holds.
extension Node: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(NodeKind.self, forKey: .kind) {
        case .actor: self = .actor(try container.decode(Actor.self, forKey: .value))
        case .event: self = .event(try container.decode(Event.self, forKey: .value))
        case .demand: self = .demand(try container.decode(Demand.self, forKey: .value))
        case .threat: self = .threat(try container.decode(Threat.self, forKey: .value))
        case .article: self = .article(try container.decode(Article.self, forKey: .value))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .actor(let a): try container.encode(a, forKey: .value)
        case .event(let e): try container.encode(e, forKey: .value)
        case .demand(let d): try container.encode(d, forKey: .value)
        case .threat(let t): try container.encode(t, forKey: .value)
        case .article(let a): try container.encode(a, forKey: .value)
        }
    }
}
