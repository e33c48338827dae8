import DiplographModel

/// The Graphviz look of a node: shape, fill, border and line style.
struct DOTStyle: Hashable {
    let shape: String
    let fillColor: String
    let borderColor: String
    let style: String

    /// Shapes by kind and actor type; colours from `NodeStyle`, tinted for readable labels;
    /// planned events dashed; sanction threats in full red.
    init(_ node: Node) {
        let base = NodeStyle(node)
        var planned = false
        var strong = false
        switch node {
        case .event(let e): planned = e.status == .planned
        case .threat(let t): strong = t.sanctions
        default: break
        }
        self.init(base, planned: planned, strong: strong)
    }

    /// The look of `base`; `planned` dashes the outline, `strong` fills with the full colour.
    init(_ base: NodeStyle, planned: Bool = false, strong: Bool = false) {
        shape = DOTStyle.shape(base)
        fillColor = strong ? base.hex : DOTStyle.tint(base)
        borderColor = base.hex
        style = planned ? "filled,dashed" : "filled"
    }

    /// Graphviz node shape (https://graphviz.org/doc/info/shapes.html).
    static func shape(_ style: NodeStyle) -> String {
        switch style {
        case .state: return "box"
        case .person: return "ellipse"
        case .organization: return "hexagon"
        case .institution: return "house"
        case .media: return "note"
        case .call, .meeting: return "diamond"
        case .demand: return "parallelogram"
        case .threat: return "octagon"
        case .article: return "folder"
        }
    }

    /// Half-way between the colour and white, as `#RRGGBB`.
    private static func tint(_ style: NodeStyle) -> String {
        let (r, g, b) = style.rgb
        return "#" + [r, g, b].map { v in
            let s = String((v + 255) / 2, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    /// `shape=…, style=…, fillcolor=…, color=…` with quoted values.
    var attributes: [(String, String)] {
        [("shape", shape), ("style", style), ("fillcolor", fillColor), ("color", borderColor)]
    }
}
