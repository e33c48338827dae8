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
    ///
    /// Written from parts, as the GraphML writer is: node ids escaped once and copied wherever an
    /// edge ends at them, each `<attvalue for="…" value="` start and each constant element (the
    /// relation's value, a style's colour) worked out once per document, every value escaped
    /// straight from the node's fields (`Node.forEachAttribute`), and the timeline kept by node
    /// position: no `String` is built per node or edge.
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
            let mixed = options.undirectedSymmetric && edges.indices.contains { edges.relation(at: $0).isSymmetric }
            if !mixed { try xml.attribute("defaultedgetype", "directed") }
            try xml.attribute("mode", "dynamic")
            try xml.attribute("timeformat", "date")
            try writeAttributes("node", Attribute.nodeAttributes, xml)
            try writeAttributes("edge", Self.edgeAttributes, xml)

            let ids = try XMLByteWriter.EscapedValues(sorted.nodeIDs)
            let tags = try Tags()
            try xml.startElement("nodes")
            try xml.attribute("count", String(graph.nodeCount))
            try sorted.forEachNode { position, node in
                try writeNode(node, at: position, size: degrees.size(of: node, at: position), timeline: timeline, ids, tags, xml)
            }
            try xml.endElement()
            try xml.startElement("edges")
            try xml.attribute("count", String(edges.count))
            // (Where an edge spells an end otherwise than the node, its own spelling is written.)
            let ends = sorted.ends
            let useIDs = sorted.endsSpeltAsNodes
            for index in edges.indices {
                try writeEdge(edges[index], ends: ends[index], useIDs: useIDs, typed: mixed, timeline: timeline, ids, tags, xml)
            }
            try xml.endElement()
            try xml.endElement()
            try xml.endElement()
        }
    }

    /// What every document writes many times over, as bytes worked out once.
    struct Tags {
        /// `<attvalue for="attribute" value="`, by `Attribute.schemaIndex`.
        let values: [XMLByteWriter.ValueTag]
        /// `<viz:color r=… g=… b=…/>` of each style, by `NodeStyle` case.
        let colors: [NodeStyle: [UInt8]]
        let size: XMLByteWriter.ValueTag
        /// Per relation (`Relation.position`): `:relation:`, the middle of an edge id, and the
        /// `<attvalue for="relation" value="relation"/>` element.
        let idMiddles: [[UInt8]]
        let relationValues: [[UInt8]]

        init() throws {
            values = try Attribute.allCases.map { try XMLByteWriter.ValueTag("attvalue", [("for", $0.rawValue)], valueKey: "value") }
            var colors: [NodeStyle: [UInt8]] = [:]
            for style in NodeStyle.allCases {
                colors[style] = try XMLByteWriter.emptyElementBytes(
                    "viz:color", [("r", String(style.rgb.r)), ("g", String(style.rgb.g)), ("b", String(style.rgb.b))])
            }
            self.colors = colors
            size = try XMLByteWriter.ValueTag("viz:size", [], valueKey: "value")
            var idMiddles: [[UInt8]] = [], relationValues: [[UInt8]] = []
            for relation in Relation.allCases {
                guard relation.position == idMiddles.count else {
                    throw ExportError(call: "Relation.position", message: "relation '\(relation.rawValue)' out of order")
                }
                idMiddles.append(try XMLByteWriter.escapedAttributeBytes(":" + relation.rawValue + ":"))
                relationValues.append(try XMLByteWriter.emptyElementBytes(
                    "attvalue", [("for", Attribute.relation.rawValue), ("value", relation.rawValue)]))
            }
            self.idMiddles = idMiddles
            self.relationValues = relationValues
        }

        subscript(_ attribute: Attribute) -> XMLByteWriter.ValueTag { values[attribute.schemaIndex] }
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

    private func writeNode(_ node: Node, at position: Int, size: Double, timeline: GEXFTimeline,
                           _ ids: XMLByteWriter.EscapedValues, _ tags: Tags, _ xml: XMLByteWriter) throws {
        try xml.startElement("node")
        try ids.withBytes(position) { try xml.attribute("id", escaped: $0) }
        try xml.attribute("label", node.label)
        if let start = timeline.start(at: position) { try xml.attribute("start", start) }
        // `<attvalues>` with every value of `Node.attributes`, each written from its parts; an
        // empty value of a typed (non-string) attribute is left out, as in GraphML.
        try xml.startElement("attvalues")
        try node.forEachAttribute { attribute, parts in
            if attribute.valueType != .string && parts.isEmpty { return }
            try xml.emptyElement(tags[attribute], parts: parts)
        }
        try xml.endElement()
        let style = NodeStyle(node)
        guard let color = tags.colors[style] else {
            throw ExportError(call: "NodeStyle.rgb", message: "no colour for style '\(style.rawValue)'")
        }
        try xml.leaf(color)
        try xml.emptyElement(tags.size, double: size)
        try xml.endElement()
    }

    /// The `<edge>` of `edge`: `kind` is its relation, so that Gephi keeps apart
    /// edges of different relations between the same nodes (it merges edges of one kind and one
    /// pair); `type` is written when `typed`: `undirected` for symmetric relations, `directed` for
    /// the rest. `ends` are the positions of its source and target among the node ids, whose
    /// escaped bytes are `ids` (used when `useIDs`, else the edge's own ids are escaped).
    private func writeEdge(_ edge: Edge, ends: (source: Int, target: Int), useIDs: Bool,
                           typed: Bool, timeline: GEXFTimeline, _ ids: XMLByteWriter.EscapedValues, _ tags: Tags,
                           _ xml: XMLByteWriter) throws {
        let relation = edge.relation
        try xml.startElement("edge")
        if useIDs {
            try xml.edgeIDAttribute(of: edge, ends: ends, ids, idMiddles: tags.idMiddles)
            try ids.withBytes(ends.source) { try xml.attribute("source", escaped: $0) }
            try ids.withBytes(ends.target) { try xml.attribute("target", escaped: $0) }
        } else {
            try xml.attribute("id", edge.id)
            try xml.attribute("source", edge.source.rawValue)
            try xml.attribute("target", edge.target.rawValue)
        }
        if typed { try xml.attribute("type", relation.isSymmetric ? "undirected" : "directed") }
        // (`typed` is false when every edge is written directed: `defaultedgetype` then says so.)
        try xml.attribute("kind", relation.rawValue)
        // The label: the relation, and its role in parentheses when it has one.
        try xml.beginAttribute("label")
        try xml.attributeText(relation.rawValue)
        if !edge.role.isEmpty {
            try xml.attributeText(" (")
            try xml.attributeText(edge.role)
            try xml.attributeText(")")
        }
        try xml.endAttribute()
        try xml.attribute("weight", double: edge.weight)
        let (start, end) = timeline.interval(ends: ends, firstDate: edge.firstDate, lastDate: edge.lastDate)
        if let start { try xml.attribute("start", start) }
        if let end { try xml.attribute("end", end) }
        try xml.startElement("attvalues")
        try xml.leaf(tags.relationValues[relation.position])
        if !edge.role.isEmpty { try xml.emptyElement(tags[.role], parts: .string(edge.role)) }
        if !edge.firstDate.isEmpty { try xml.emptyElement(tags[.firstDate], parts: .string(edge.firstDate)) }
        if !edge.lastDate.isEmpty { try xml.emptyElement(tags[.lastDate], parts: .string(edge.lastDate)) }
        if !edge.facts.isEmpty { try xml.emptyElement(tags[.facts], parts: .ids(edge.facts)) }
        try xml.endElement()
        try xml.endElement()
    }
}
