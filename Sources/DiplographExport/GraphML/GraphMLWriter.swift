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
        let degrees = NodeDegrees(wellFormed: edges)
        try XMLByteWriter.document(to: sink) { xml in
            try xml.startElement("graphml")
            try xml.attribute("xmlns", Self.namespace)
            try xml.attribute("xmlns:xsi", Self.xsiNamespace)
            try xml.attribute("xsi:schemaLocation", Self.schemaLocation)
            for key in GraphMLKey.all { try writeKey(key, xml) }

            try xml.startElement("graph")
            try xml.attribute("id", "diplograph")
            try xml.attribute("edgedefault", "directed")
            for node in graph.nodes { try writeNode(node, degrees: degrees, xml) }
            for edge in edges { try writeEdge(edge, xml) }
            try xml.endElement()
            try xml.endElement()
        }
    }

    private func writeKey(_ key: GraphMLKey, _ xml: XMLByteWriter) throws {
        try xml.element("key", [("id", key.id), ("for", key.domain), ("attr.name", key.id), ("attr.type", key.type)])
    }

    private func writeNode(_ node: Node, degrees: NodeDegrees, _ xml: XMLByteWriter) throws {
        try xml.startElement("node")
        try xml.attribute("id", node.id.rawValue)
        for (attribute, value) in node.attributes {
            try writeData(attribute.rawValue, value, type: attribute.valueType, xml)
        }
        let style = NodeStyle(node)
        try writeData(GraphMLKey.red.id, .int(style.rgb.r), type: .int, xml)
        try writeData(GraphMLKey.green.id, .int(style.rgb.g), type: .int, xml)
        try writeData(GraphMLKey.blue.id, .int(style.rgb.b), type: .int, xml)
        try writeData(GraphMLKey.size.id, .double(degrees.size(of: node)), type: .double, xml)
        try xml.endElement()
    }

    private func writeEdge(_ edge: Edge, _ xml: XMLByteWriter) throws {
        try xml.startElement("edge")
        try xml.attribute("id", edge.id)
        try xml.attribute("source", edge.source.rawValue)
        try xml.attribute("target", edge.target.rawValue)
        // GraphML's per-edge direction, which Gephi's GraphML importer reads (networkx refuses it
        // in a directed graph, hence the option).
        if options.undirectedSymmetric && edge.relation.isSymmetric { try xml.attribute("directed", "false") }
        try writeData(Attribute.relation.rawValue, .string(edge.relation.rawValue), type: .string, xml)
        if !edge.role.isEmpty { try writeData(Attribute.role.rawValue, .string(edge.role), type: .string, xml) }
        try writeData(Attribute.weight.rawValue, .double(edge.weight), type: .double, xml)
        if !edge.firstDate.isEmpty { try writeData(Attribute.firstDate.rawValue, .string(edge.firstDate), type: .string, xml) }
        if !edge.lastDate.isEmpty { try writeData(Attribute.lastDate.rawValue, .string(edge.lastDate), type: .string, xml) }
        if !edge.facts.isEmpty { try writeData(Attribute.facts.rawValue, .string(edge.facts.map(\.rawValue).joined(separator: "|")), type: .string, xml) }
        try xml.endElement()
    }

    /// `<data key="…">value</data>`; an empty value of a typed (non-string) key is left out.
    private func writeData(_ key: String, _ value: AttributeValue, type: Attribute.ValueType, _ xml: XMLByteWriter) throws {
        let text = value.text
        if text.isEmpty && type != .string { return }
        try xml.element("data", [("key", key)], text: text)
    }
}
