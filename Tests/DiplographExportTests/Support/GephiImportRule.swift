/// Gephi's rule for parallel edges on import, as its importer's source defines it (gephi/gephi,
/// `ImporterGEXF.readEdge`, `ImportContainerImpl.addEdge` and `DefaultProcessor.process`), applied
/// to the edges of a written file:
/// - GEXF: an edge's `kind` becomes its edge type; `type` (`directed`/`undirected`) its direction;
///   a `defaultedgetype` of `directed` (or `undirected`) makes the container refuse an edge of the
///   other direction. GraphML: no attribute or key gives an edge type (the importer maps only
///   label, weight, id and colour keys), so every edge has the one null type; `directed` gives the
///   direction.
/// - Two edges are merged (default strategy: weights summed, one edge kept) when they have the same
///   type and join the same ordered pair (directed) or the same unordered pair (undirected); an
///   edge whose pair and type already hold an edge of the other direction cannot be added.
struct GephiImportRule {
    struct Edge: Hashable {
        let source: String
        let target: String
        let kind: String
        let directed: Bool
    }

    /// What Gephi ends up with: the edges kept, and the ones folded into another or refused.
    struct Outcome {
        var kept: [Edge] = []
        var merged: [(Edge, into: Edge)] = []
        var refused: [Edge] = []
    }

    /// The outcome of importing `edges` (in file order) into a graph whose declared default
    /// direction is `graphDefault` (`nil` for none: Gephi then takes each edge's own direction).
    static func importing(_ edges: [Edge], graphDefault: Bool?) -> Outcome {
        var outcome = Outcome()
        var byPair: [String: Edge] = [:]
        func pairKey(_ a: String, _ b: String, _ kind: String, directed: Bool) -> String {
            let ends = directed ? [a, b] : [a, b].sorted()
            return (directed ? ">" : "-") + ends.joined(separator: "\u{0}") + "\u{0}" + kind
        }
        for edge in edges {
            if let declared = graphDefault, declared != edge.directed {
                outcome.refused.append(edge)
                continue
            }
            // An undirected edge is found from either end; a directed one only from its source.
            let same = pairKey(edge.source, edge.target, edge.kind, directed: edge.directed)
            if let existing = byPair[same] {
                outcome.merged.append((edge, into: existing))
                continue
            }
            let crossing = edge.directed
                ? byPair[pairKey(edge.source, edge.target, edge.kind, directed: false)]
                : byPair[pairKey(edge.source, edge.target, edge.kind, directed: true)]
                    ?? byPair[pairKey(edge.target, edge.source, edge.kind, directed: true)]
            if let other = crossing, other.directed != edge.directed {
                outcome.refused.append(edge)
                continue
            }
            byPair[same] = edge
            outcome.kept.append(edge)
        }
        return outcome
    }

    /// The edges of a GEXF document as Gephi's GEXF importer reads them, and the graph's default.
    static func gexfEdges(_ root: XMLTree) -> (edges: [Edge], graphDefault: Bool?) {
        let graph = root.element("graph")
        let declared = graph?.attributes["defaultedgetype"]
        let graphDefault: Bool? = declared == "directed" ? true : declared == "undirected" ? false : nil
        let edges = (graph?.element("edges")?.elements("edge") ?? []).map { e in
            let type = e.attributes["type"]
            return Edge(source: e.attributes["source"] ?? "", target: e.attributes["target"] ?? "",
                        kind: e.attributes["kind"] ?? "",
                        directed: type.map { $0 != "undirected" } ?? (graphDefault ?? true))
        }
        return (edges, graphDefault)
    }

    /// The edges of a GraphML document as Gephi's GraphML importer reads them (no edge type).
    static func graphMLEdges(_ root: XMLTree) -> [Edge] {
        let graph = root.element("graph")
        let byDefault = graph?.attributes["edgedefault"] != "undirected"
        return (graph?.elements("edge") ?? []).map { e in
            Edge(source: e.attributes["source"] ?? "", target: e.attributes["target"] ?? "", kind: "",
                 directed: e.attributes["directed"].map { $0 == "true" } ?? byDefault)
        }
    }
}
