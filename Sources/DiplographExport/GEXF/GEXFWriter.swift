import DiplographModel

/// Writes the graph as GEXF 1.3 for Gephi, with time, so that Gephi's timeline plays it forward.
///
/// Layout: `<gexf version="1.3">` with a `<meta>` creator, then one
/// `<graph defaultedgetype="directed" mode="dynamic" timeformat="date">` (with no `defaultedgetype`
/// when some edge is undirected, every edge then carrying its `type`) holding
/// `<attributes class="node">` (one `<attribute>` per node `Attribute`, id and title its name, in
/// schema order), `<attributes class="edge">` (the edge attributes but `weight`, which GEXF carries
/// as the edge's own `weight` attribute, so Gephi and networkx read it as the weight), the nodes
/// sorted by id and the well-formed edges in the graph's sorted order, ids `Edge.id` as in GraphML.
/// A node has its `label`, `start` from `GEXFTimeline` when known, its `<attvalues>` (every value of
/// `Node.attributes`; empty values of typed attributes left out), and `<viz:color>` and `<viz:size>`
/// from `NodeStyle` and `NodeDegrees`, as in GraphML. An edge has its relation as `kind` (Gephi's
/// edge type), `type="undirected"` for `met` and `called` (unless `undirectedSymmetric` is off),
/// the DOT label (relation and role), its weight, `start`/`end` when known and its `<attvalues>`.
/// Strings are cleaned for XML by the
/// writer (`XMLText`, the escaping step of the XML formats), so the output is well formed.
public struct GEXFWriter: GraphWriter {
    public static let namespace = "http://gexf.net/1.3"
    public static let vizNamespace = "http://gexf.net/1.3/viz"
    public static let schemaLocation = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
    static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// The edge attributes declared as columns: all but `weight`.
    static var edgeAttributes: [Attribute] { Attribute.edgeAttributes.filter { $0 != .weight } }

    /// GEXF's name of an attribute type (GEXF 1.3 `attrtype-type`).
    static func typeName(_ type: Attribute.ValueType) -> String {
        switch type {
        case .string: return "string"
        case .int: return "integer"
        case .boolean: return "boolean"
        case .double: return "double"
        }
    }

    /// Streams the GEXF document for `graph` into `sink`.
    public func write(_ sorted: SortedGraph, to sink: ByteSink) throws {
        let graph = sorted.graph
        let edges = sorted.edges
        let degrees = NodeDegrees(sorted)
        let timeline = GEXFTimeline(sorted)
        try XMLByteWriter.document(to: sink) { xml in
            try xml.startElement("gexf")
            try xml.attribute("xmlns", Self.namespace)
            try xml.attribute("xmlns:viz", Self.vizNamespace)
            try xml.attribute("xmlns:xsi", Self.xsiNamespace)
            try xml.attribute("xsi:schemaLocation", Self.schemaLocation)
            try xml.attribute("version", "1.3")
            try xml.startElement("meta")
            try xml.element("creator", text: "diplograph")
            try xml.element("description", text: "Vietnamese diplomacy news as a knowledge graph")
            try xml.endElement()

            try xml.startElement("graph")
            // Gephi's importer refuses an undirected edge in a graph declared directed (and GEXF's
            // own default is undirected), so a graph with both kinds declares none and types
            // every edge.
            let mixed = options.undirectedSymmetric && edges.contains { $0.relation.isSymmetric }
            if !mixed { try xml.attribute("defaultedgetype", "directed") }
            try xml.attribute("mode", "dynamic")
            try xml.attribute("timeformat", "date")
            try writeAttributes("node", Attribute.nodeAttributes, xml)
            try writeAttributes("edge", Self.edgeAttributes, xml)

            try xml.startElement("nodes")
            try xml.attribute("count", String(graph.nodeCount))
            try sorted.forEachNode { position, node in
                try writeNode(node, size: degrees.size(of: node, at: position), timeline: timeline, xml)
            }
            try xml.endElement()
            try xml.startElement("edges")
            try xml.attribute("count", String(edges.count))
            for edge in edges { try writeEdge(edge, typed: mixed, timeline: timeline, xml) }
            try xml.endElement()
            try xml.endElement()
            try xml.endElement()
        }
    }

    private func writeAttributes(_ domain: String, _ attributes: [Attribute], _ xml: XMLByteWriter) throws {
        try xml.startElement("attributes")
        try xml.attribute("class", domain)
        for attribute in attributes {
            try xml.element("attribute", [("id", attribute.rawValue), ("title", attribute.rawValue),
                                          ("type", Self.typeName(attribute.valueType))])
        }
        try xml.endElement()
    }

    private func writeNode(_ node: Node, size: Double, timeline: GEXFTimeline, _ xml: XMLByteWriter) throws {
        try xml.startElement("node")
        try xml.attribute("id", node.id.rawValue)
        try xml.attribute("label", node.label)
        if let start = timeline.start(of: node.id) { try xml.attribute("start", start) }
        try writeValues(node.attributes, xml)
        let style = NodeStyle(node)
        try xml.element("viz:color", [("r", String(style.rgb.r)), ("g", String(style.rgb.g)), ("b", String(style.rgb.b))])
        try xml.element("viz:size", [("value", AttributeValue.double(size).text)])
        try xml.endElement()
    }

    /// One `<edge>`: `kind` is its relation, so that Gephi keeps apart edges of different relations
    /// between the same nodes (it merges edges of one kind and one pair); `type` is written when
    /// `typed`: `undirected` for symmetric relations, `directed` for the rest.
    private func writeEdge(_ edge: Edge, typed: Bool, timeline: GEXFTimeline, _ xml: XMLByteWriter) throws {
        try xml.startElement("edge")
        try xml.attribute("id", edge.id)
        try xml.attribute("source", edge.source.rawValue)
        try xml.attribute("target", edge.target.rawValue)
        if typed { try xml.attribute("type", edge.relation.isSymmetric ? "undirected" : "directed") }
        // (`typed` is false when every edge is written directed: `defaultedgetype` then says so.)
        try xml.attribute("kind", edge.relation.rawValue)
        try xml.attribute("label", edge.role.isEmpty ? edge.relation.rawValue : edge.relation.rawValue + " (" + edge.role + ")")
        try xml.attribute("weight", AttributeValue.double(edge.weight).text)
        let (start, end) = timeline.interval(of: edge)
        if let start { try xml.attribute("start", start) }
        if let end { try xml.attribute("end", end) }
        var values: [(Attribute, AttributeValue)] = [(.relation, .string(edge.relation.rawValue))]
        if !edge.role.isEmpty { values.append((.role, .string(edge.role))) }
        if !edge.firstDate.isEmpty { values.append((.firstDate, .string(edge.firstDate))) }
        if !edge.lastDate.isEmpty { values.append((.lastDate, .string(edge.lastDate))) }
        if !edge.facts.isEmpty { values.append((.facts, .string(edge.facts.map(\.rawValue).joined(separator: "|")))) }
        try writeValues(values, xml)
        try xml.endElement()
    }

    /// `<attvalues>` with one `<attvalue for="…" value="…"/>` per value; an empty value of a typed
    /// (non-string) attribute is left out, as in GraphML.
    private func writeValues(_ values: [(Attribute, AttributeValue)], _ xml: XMLByteWriter) throws {
        try xml.startElement("attvalues")
        for (attribute, value) in values {
            let text = value.text
            if text.isEmpty && attribute.valueType != .string { continue }
            try xml.element("attvalue", [("for", attribute.rawValue), ("value", text)])
        }
        try xml.endElement()
    }
}
