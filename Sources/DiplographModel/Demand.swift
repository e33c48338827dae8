/// One actor asking another to do or not do something.
public struct Demand: Hashable, Sendable, Codable {
    public var id: NodeID
    public var label: String
    /// Short topic tags, sorted.
    public var topics: [String]
    /// The demand as worded in the article.
    public var text: String
    /// A CAMEO `10x` code.
    public var cameo: String
    public var articles: [NodeID]
    public var evidence: [Evidence]
    /// Ids this node had in earlier exports into the same folder and gave up when it merged with
    /// another node (the id ledger, `NAME.ids.json`), sorted; empty for a fresh export.
    public var formerIds: [NodeID] = []

    public init(id: NodeID, label: String, topics: [String], text: String, cameo: String,
                articles: [NodeID] = [], evidence: [Evidence] = []) {
        self.id = id
        self.label = label
        self.topics = topics
        self.text = text
        self.cameo = cameo
        self.articles = articles
        self.evidence = evidence
    }
}
