extension KnowledgeGraph {
    /// A graph holding `nodes` and `edges`. A later node replaces an earlier one with the same id;
    /// identical edges are kept once (as `insert` and `connect` do).
    public init(nodes: [Node], edges: [Edge]) {
        self.init()
        for node in nodes { insert(node) }
        for edge in edges { connect(edge) }
    }
}

/// A graph is coded as `{"nodes": […], "edges": […]}`, both sorted (nodes by id, edges by source,
/// target, relation and role), so that the same graph always gives the same JSON.
extension KnowledgeGraph: Codable {
    private enum CodingKeys: String, CodingKey { case nodes, edges }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(nodes: try container.decode([Node].self, forKey: .nodes),
                  edges: try container.decode([Edge].self, forKey: .edges))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(edges, forKey: .edges)
    }
}
