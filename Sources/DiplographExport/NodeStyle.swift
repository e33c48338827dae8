import DiplographModel

/// The visual class of a node, shared by the Gephi colours of GraphML and the DOT styles, so that
/// both exports use one palette.
enum NodeStyle: String, CaseIterable, Sendable {
    case state, person, organization, institution, media
    case call, meeting, demand, threat, article

    /// The style for `node`: actors by type, events by type, other kinds by kind.
    init(_ node: Node) {
        switch node {
        case .actor(let a):
            switch a.actorType {
            case .state: self = .state
            case .person: self = .person
            case .organization: self = .organization
            case .institution: self = .institution
            case .media: self = .media
            }
        case .event(let e): self = e.eventType == .call ? .call : .meeting
        case .demand: self = .demand
        case .threat: self = .threat
        case .article: self = .article
        }
    }

    /// Fill colour as 0–255 red, green, blue (a ColorBrewer-like qualitative palette).
    var rgb: (r: Int, g: Int, b: Int) {
        switch self {
        case .state: return (31, 119, 180)        // blue
        case .person: return (255, 127, 14)       // orange
        case .organization: return (44, 160, 44)  // green
        case .institution: return (148, 103, 189) // purple
        case .media: return (140, 86, 75)         // brown
        case .call: return (23, 190, 207)         // cyan
        case .meeting: return (188, 189, 34)      // olive
        case .demand: return (227, 119, 194)      // pink
        case .threat: return (214, 39, 40)        // red
        case .article: return (160, 160, 160)     // grey
        }
    }

    /// `#RRGGBB` of `rgb`.
    var hex: String {
        let (r, g, b) = rgb
        return "#" + [r, g, b].map { v in
            let s = String(v, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    /// The label of the style in legends.
    var legendLabel: String {
        switch self {
        case .state: return "state"
        case .person: return "person"
        case .organization: return "organisation"
        case .institution: return "institution"
        case .media: return "media outlet"
        case .call: return "call"
        case .meeting: return "meeting"
        case .demand: return "demand"
        case .threat: return "threat"
        case .article: return "article"
        }
    }
}

/// Node degrees used to size nodes.
struct NodeDegrees {
    /// By node position in `SortedGraph.nodeIDs`.
    private var counts: [Int]

    /// Counts the well-formed edges of `sorted` except `mentions` at both ends.
    init(_ sorted: SortedGraph) {
        var counts = [Int](repeating: 0, count: sorted.nodeIDs.count)
        // (By index: only each edge's relation and ends are read, no edge is made.)
        let edges = sorted.edges, ends = edges.ends
        for index in edges.indices where edges.relation(at: index) != .mentions {
            counts[ends[index].source] += 1
            counts[ends[index].target] += 1
        }
        self.counts = counts
    }

    /// Gephi size: `10 + 2·degree` for actors, capped at 50; fixed sizes for other kinds. `position`
    /// is the node's in `SortedGraph.nodeIDs`.
    func size(of node: Node, at position: Int) -> Double {
        switch node.kind {
        case .actor: return Double(min(10 + 2 * counts[position], 50))
        case .event: return 8
        case .demand, .threat: return 6
        case .article: return 4
        }
    }
}
