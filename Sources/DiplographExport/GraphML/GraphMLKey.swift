import DiplographModel

/// One GraphML `<key>` declaration: id (also its `attr.name`), domain and value type.
struct GraphMLKey: Sendable {
    let id: String
    /// `node` or `edge` (never `all`, graph-contract.md).
    let domain: String
    /// GraphML `attr.type`.
    let type: String

    static let red = GraphMLKey(id: "r", domain: "node", type: "int")
    static let green = GraphMLKey(id: "g", domain: "node", type: "int")
    static let blue = GraphMLKey(id: "b", domain: "node", type: "int")
    static let size = GraphMLKey(id: "size", domain: "node", type: "double")

    /// Every key, in the order written: the model's attributes in schema order, then Gephi's.
    static var all: [GraphMLKey] {
        Attribute.allCases.map {
            GraphMLKey(id: $0.rawValue, domain: $0.isEdgeAttribute ? "edge" : "node", type: $0.valueType.rawValue)
        } + [red, green, blue, size]
    }
}
