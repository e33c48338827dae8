import DiplographModel

extension XMLByteWriter {
    /// The `id` attribute of an edge: `Edge.id`, written from its parts (the ends' escaped ids and
    /// the relation's escaped `:relation:` middle, by `Relation.position`) when the role (if any)
    /// is kept as it is (ASCII letters, digits, `-`, `_`, `.`), else from `Edge.id` itself. Shared
    /// by the GraphML and GEXF writers.
    func edgeIDAttribute(of edge: Edge, ends: (source: Int, target: Int),
                         _ ids: EscapedValues, idMiddles: [[UInt8]]) throws {
        guard edge.role.utf8.allSatisfy(Self.isNMTokenSafe) else {
            try attribute("id", edge.id)
            return
        }
        try beginAttribute("id")
        try ids.withBytes(ends.source) { try attributeText(escaped: $0) }
        try idMiddles[edge.relation.position].withUnsafeBufferPointer { try attributeText(escaped: $0) }
        try ids.withBytes(ends.target) { try attributeText(escaped: $0) }
        if !edge.role.isEmpty {
            try attributeText(":")
            try attributeText(edge.role)
        }
        try endAttribute()
    }

    /// The bytes `NodeID.sanitise` keeps.
    private static func isNMTokenSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
