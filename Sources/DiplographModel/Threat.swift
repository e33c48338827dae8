/// One actor warning another of a punitive response.
public struct Threat: Hashable, Sendable, Codable {
    public var id: NodeID
    public var label: String
    /// True when the measure is sanctions, an embargo, economic penalties or "a heavy price".
    public var sanctions: Bool
    public var measure: String
    /// The condition as worded (`nếu …`), or empty.
    public var condition: String
    /// `1312` for sanctions, else a fitting `13x` code.
    public var cameo: String
    public var articles: [NodeID]
    public var evidence: [Evidence]
    /// Ids this node had in earlier exports into the same folder and gave up when it merged with
    /// another node (the id ledger, `NAME.ids.json`), sorted; empty for a fresh export.
    public var formerIds: [NodeID] = []

    public init(id: NodeID, label: String, sanctions: Bool, measure: String, condition: String, cameo: String,
                articles: [NodeID] = [], evidence: [Evidence] = []) {
        self.id = id
        self.label = label
        self.sanctions = sanctions
        self.measure = measure
        self.condition = condition
        self.cameo = cameo
        self.articles = articles
        self.evidence = evidence
    }
}
