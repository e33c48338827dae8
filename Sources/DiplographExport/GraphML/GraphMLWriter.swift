import DiplographModel

/// Writes the graph as GraphML 1.0 for Gephi, networkx, yEd and the project's scorer.
///
/// Layout (graph-contract.md, GraphML): one `<key>` per `Attribute` in schema order, then the Gephi
/// keys `r`, `g`, `b` and `size`; then one directed `<graph id="diplograph">` holding the nodes
/// sorted by id and the well-formed edges in the graph's sorted order, ids `Edge.id`; edges of the
/// symmetric relations `met` and `called` carry `directed="false"` (unless
/// `ExportOptions.undirectedSymmetric` is off). Empty values
/// of non-string keys (an unknown `durationMinutes`) are left out, since readers that type values
/// (networkx, Gephi) cannot parse an empty integer. The file validates against the official GraphML
/// schema and `schema/graphml-profile.xsd`.
public struct GraphMLWriter: GraphWriter {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public static let schemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// Streams the GraphML document for `graph` into `sink`.
    public func write(_ graph: SortedGraph, to sink: ByteSink) throws {
        let edges = graph.edges
        let degrees = NodeDegrees(graph)
        try XMLByteWriter.document(to: sink) { xml in
            try xml.startElement("graphml")
            try xml.attribute("xmlns", Self.namespace)
            try xml.attribute("xmlns:xsi", Self.xsiNamespace)
            try xml.attribute("xsi:schemaLocation", Self.schemaLocation)
            for key in GraphMLKey.all { try writeKey(key, xml) }

            try xml.startElement("graph")
            try xml.attribute("id", "diplograph")
            try xml.attribute("edgedefault", "directed")
            try graph.forEachNode { position, node in try writeNode(node, size: degrees.size(of: node, at: position), xml) }
            for edge in edges { try writeEdge(edge, xml) }
            try xml.endElement()
            try xml.endElement()
        }
    }

    private func writeKey(_ key: GraphMLKey, _ xml: XMLByteWriter) throws {
        try xml.element("key", [("id", key.id), ("for", key.domain), ("attr.name", key.id), ("attr.type", key.type)])
    }

    private func writeNode(_ node: Node, size: Double, _ xml: XMLByteWriter) throws {
        try xml.startElement("node")
        try xml.attribute("id", node.id.rawValue)
        // Each value is written piece by piece: no joined `String` per attribute.
        try node.forEachAttribute { attribute, parts in try xml.element("data", "key", attribute.rawValue, parts: parts) }
        let style = NodeStyle(node)
        try xml.element("data", "key", GraphMLKey.red.id, number: style.rgb.r)
        try xml.element("data", "key", GraphMLKey.green.id, number: style.rgb.g)
        try xml.element("data", "key", GraphMLKey.blue.id, number: style.rgb.b)
        try xml.element("data", "key", GraphMLKey.size.id, double: size)
        try xml.endElement()
    }

    private func writeEdge(_ edge: Edge, _ xml: XMLByteWriter) throws {
        try xml.startElement("edge")
        try Self.writeID(of: edge, xml)
        try xml.attribute("source", edge.source.rawValue)
        try xml.attribute("target", edge.target.rawValue)
        // GraphML's per-edge direction, which Gephi's GraphML importer reads (networkx refuses it
        // in a directed graph, hence the option).
        if options.undirectedSymmetric && edge.relation.isSymmetric { try xml.attribute("directed", "false") }
        try xml.element("data", "key", Attribute.relation.rawValue, parts: .string(edge.relation.rawValue))
        if !edge.role.isEmpty { try xml.element("data", "key", Attribute.role.rawValue, parts: .string(edge.role)) }
        try xml.element("data", "key", Attribute.weight.rawValue, double: edge.weight)
        if !edge.firstDate.isEmpty { try xml.element("data", "key", Attribute.firstDate.rawValue, parts: .string(edge.firstDate)) }
        if !edge.lastDate.isEmpty { try xml.element("data", "key", Attribute.lastDate.rawValue, parts: .string(edge.lastDate)) }
        if !edge.facts.isEmpty { try xml.element("data", "key", Attribute.facts.rawValue, parts: .ids(edge.facts)) }
        try xml.endElement()
    }

    /// The `id` attribute of an edge: `Edge.id`, written from its parts when the role (if any) is
    /// kept as it is (ASCII letters, digits, `-`, `_`, `.`), else from `Edge.id` itself.
    static func writeID(of edge: Edge, _ xml: XMLByteWriter) throws {
        guard edge.role.utf8.allSatisfy(isNMTokenSafe) else {
            try xml.attribute("id", edge.id)
            return
        }
        try xml.beginAttribute("id")
        try xml.attributeText(edge.source.rawValue)
        try xml.attributeText(":")
        try xml.attributeText(edge.relation.rawValue)
        try xml.attributeText(":")
        try xml.attributeText(edge.target.rawValue)
        if !edge.role.isEmpty {
            try xml.attributeText(":")
            try xml.attributeText(edge.role)
        }
        try xml.endAttribute()
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
