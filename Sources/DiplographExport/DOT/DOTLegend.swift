import DiplographModel

/// The legend of a DOT drawing: one node whose label is an HTML-like table, a row per node style
/// the drawing holds (a swatch in its fill and border colours, then its name and shape).
///
/// One node rather than a cluster of sample nodes: `sfdp` (the layout for large graphs) ignores
/// clusters, so sample nodes would float among the graph's own; a single node stays one block in
/// every layout. Its id contains `:`, which node ids never do, so it cannot clash.
struct DOTLegend {
    /// One row: what it names and how it looks.
    struct Row: Equatable {
        let name: String
        let look: DOTStyle
        let shape: String
    }

    let rows: [Row]

    /// The rows for the nodes of `nodes`: their styles in `NodeStyle` order, then a planned event
    /// and a threat of sanctions when the drawing has one. Empty for a drawing without nodes.
    init<Nodes: Sequence>(_ nodes: Nodes) where Nodes.Element == Node {
        var styles = Set<NodeStyle>(), planned = false, sanctions = false
        for node in nodes {
            styles.insert(NodeStyle(node))
            switch node {
            case .event(let e): planned = planned || e.status == .planned
            case .threat(let t): sanctions = sanctions || t.sanctions
            default: break
            }
        }
        var rows = NodeStyle.allCases.filter(styles.contains).map {
            Row(name: $0.legendLabel, look: DOTStyle($0), shape: DOTStyle.shape($0))
        }
        if planned { rows.append(Row(name: "planned event", look: DOTStyle(.meeting, planned: true), shape: DOTStyle.shape(.meeting))) }
        if sanctions { rows.append(Row(name: "threat of sanctions", look: DOTStyle(.threat, strong: true), shape: DOTStyle.shape(.threat))) }
        self.rows = rows
    }

    /// The legend's node statement (with a line break), or "" when there is nothing to explain.
    var statement: String {
        guard !rows.isEmpty else { return "" }
        var table = "<TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
        table += "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for row in rows {
            let dashed = row.look.style.contains("dashed") ? " STYLE=\"dashed\"" : ""
            table += "<TR><TD BORDER=\"1\" BGCOLOR=\"\(row.look.fillColor)\" COLOR=\"\(row.look.borderColor)\"\(dashed)"
                + " WIDTH=\"24\" HEIGHT=\"14\"></TD>"
                + "<TD ALIGN=\"LEFT\">" + Self.escaped(row.name + " (" + row.shape + ")") + "</TD></TR>"
        }
        table += "</TABLE>"
        return "  " + DOTString.quoted("legend:key") + " [shape=\"plaintext\", style=\"solid\", label=<" + table + ">];\n"
    }

    /// `text` for an HTML-like label: `&`, `<`, `>` and `"` as entities.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
