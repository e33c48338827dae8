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
            // Each node id escaped once, copied from here wherever it is written.
            let ids = try XMLByteWriter.EscapedValues(graph.nodeIDs)
            let tags = try DataTags()
            try graph.forEachNode { position, node in
                try writeNode(node, id: position, size: degrees.size(of: node, at: position), ids, tags, xml)
            }
            // (Where an edge spells an end otherwise than the node, its own spelling is written.)
            let ends = graph.endsSpeltAsNodes ? graph.ends : nil
            for index in edges.indices { try writeEdge(edges[index], ends: ends?[index], ids, tags, xml) }
            try xml.endElement()
            try xml.endElement()
        }
    }

    /// The `<data key="…">` tags of every key, worked out once per document.
    struct DataTags {
        /// By `Attribute.schemaIndex`.
        let byAttribute: [XMLByteWriter.LeafTag]
        let red, green, blue, size: XMLByteWriter.LeafTag

        init() throws {
            byAttribute = try Attribute.allCases.map { try XMLByteWriter.LeafTag("data", "key", $0.rawValue) }
            red = try XMLByteWriter.LeafTag("data", "key", GraphMLKey.red.id)
            green = try XMLByteWriter.LeafTag("data", "key", GraphMLKey.green.id)
            blue = try XMLByteWriter.LeafTag("data", "key", GraphMLKey.blue.id)
            size = try XMLByteWriter.LeafTag("data", "key", GraphMLKey.size.id)
            var idMiddles: [[UInt8]] = [], relationData: [[UInt8]] = []
            for relation in Relation.allCases {
                guard relation.position == idMiddles.count else {
                    throw ExportError(call: "Relation.position", message: "relation '\(relation.rawValue)' out of order")
                }
                idMiddles.append(try XMLByteWriter.escapedAttributeBytes(":" + relation.rawValue + ":"))
                relationData.append(try XMLByteWriter.leafBytes(byAttribute[Attribute.relation.schemaIndex], .string(relation.rawValue)))
            }
            self.idMiddles = idMiddles
            self.relationData = relationData
        }

        subscript(_ attribute: Attribute) -> XMLByteWriter.LeafTag { byAttribute[attribute.schemaIndex] }

        /// Per relation (`Relation.position`): `:relation:`, the middle of an edge id, and the whole
        /// `<data key="relation">relation</data>` element with its line feed, escaped once.
        let idMiddles: [[UInt8]]
        let relationData: [[UInt8]]

        /// `<data key="attribute">parts</data>`.
        func write(_ attribute: Attribute, _ parts: AttributeParts, _ xml: XMLByteWriter) throws {
            try xml.element(self[attribute], parts: parts)
        }
    }

    private func writeKey(_ key: GraphMLKey, _ xml: XMLByteWriter) throws {
        try xml.element("key", [("id", key.id), ("for", key.domain), ("attr.name", key.id), ("attr.type", key.type)])
    }

    private func writeNode(_ node: Node, id: Int, size: Double, _ ids: XMLByteWriter.EscapedValues, _ tags: DataTags,
                           _ xml: XMLByteWriter) throws {
        try xml.startElement("node")
        try ids.withBytes(id) { try xml.attribute("id", escaped: $0) }
        // Each value is written piece by piece: no joined `String` per attribute.
        try node.forEachAttribute { attribute, parts in try tags.write(attribute, parts, xml) }
        let style = NodeStyle(node)
        try xml.element(tags.red, number: style.rgb.r)
        try xml.element(tags.green, number: style.rgb.g)
        try xml.element(tags.blue, number: style.rgb.b)
        try xml.element(tags.size, double: size)
        try xml.endElement()
    }

    /// The `<edge>` of `edge`; `ends` are the positions of its
    /// source and target among the node ids, whose escaped bytes are `ids` (nil: the edge's own
    /// ids are escaped).
    private func writeEdge(_ edge: Edge, ends: (source: Int, target: Int)?,
                           _ ids: XMLByteWriter.EscapedValues, _ tags: DataTags, _ xml: XMLByteWriter) throws {
        try xml.startElement("edge")
        if let ends {
            try xml.edgeIDAttribute(of: edge, ends: ends, ids, idMiddles: tags.idMiddles)
            try ids.withBytes(ends.source) { try xml.attribute("source", escaped: $0) }
            try ids.withBytes(ends.target) { try xml.attribute("target", escaped: $0) }
        } else {
            try xml.attribute("id", edge.id)
            try xml.attribute("source", edge.source.rawValue)
            try xml.attribute("target", edge.target.rawValue)
        }
        let relation = edge.relation
        // GraphML's per-edge direction, which Gephi's GraphML importer reads (networkx refuses it
        // in a directed graph, hence the option).
        if options.undirectedSymmetric && relation.isSymmetric { try xml.attribute("directed", "false") }
        try xml.leaf(tags.relationData[relation.position])
        if !edge.role.isEmpty { try tags.write(.role, .string(edge.role), xml) }
        try xml.element(tags[.weight], double: edge.weight)
        if !edge.firstDate.isEmpty { try tags.write(.firstDate, .string(edge.firstDate), xml) }
        if !edge.lastDate.isEmpty { try tags.write(.lastDate, .string(edge.lastDate), xml) }
        if !edge.facts.isEmpty { try tags.write(.facts, .ids(edge.facts), xml) }
        try xml.endElement()
    }
}
