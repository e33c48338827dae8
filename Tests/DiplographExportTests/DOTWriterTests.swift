import Testing
import Foundation
import DiplographModel
@testable import DiplographExport

/// DOT: quoting, shapes and colours, legend, Graphviz without warnings, large-graph layout, determinism.
@Suite struct DOTWriterTests {
    let writer = DOTWriter()

    func text(_ graph: KnowledgeGraph) throws -> String { String(decoding: try writer.write(graph), as: UTF8.self) }

    /// The statement line of node `id`.
    func line(_ dot: String, _ id: NodeID) -> String? {
        dot.split(separator: "\n").map(String.init).first { $0.hasPrefix("  \"\(id.rawValue)\" [") }
    }

    @Test func header() throws {
        let dot = try text(Fixtures.sample())
        #expect(dot.hasPrefix("digraph \"diplograph\" {\n"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("graph [charset=\"UTF-8\""))
        #expect(!dot.contains("subgraph"), "no cluster: sfdp ignores clusters")
        #expect(dot.contains("  \"legend:key\" [shape=\"plaintext\", style=\"solid\", label=<<TABLE "))
        #expect(!dot.contains("layout="))
    }

    @Test func shapesAndColours() throws {
        let dot = try text(Fixtures.sample())
        let expected: [(NodeID, String)] = [
            (Fixtures.us, "shape=\"box\""), (Fixtures.putin, "shape=\"ellipse\""), (Fixtures.nato, "shape=\"hexagon\""),
            (Fixtures.kremlin, "shape=\"house\""), (Fixtures.reuters, "shape=\"note\""), (Fixtures.call, "shape=\"diamond\""),
            (Fixtures.demand, "shape=\"parallelogram\""), (Fixtures.threat, "shape=\"octagon\""), (Fixtures.article, "shape=\"folder\""),
            (Fixtures.meeting, "style=\"filled,dashed\""), (Fixtures.call, "style=\"filled\""),
            (Fixtures.threat, "fillcolor=\"#D62728\""), (Fixtures.threat2, "fillcolor=\"#EA9393\""),
            (Fixtures.putin, "label=\"Vladimir Putin\""), (Fixtures.article2, "label=\"002_def.txt\""),
        ]
        for (id, attribute) in expected {
            #expect(line(dot, id)?.contains(attribute) == true, "\(id) \(attribute)")
        }
        // Calls and meetings differ in colour.
        #expect(line(dot, Fixtures.call)?.contains("fillcolor=\"#8BDEE7\"") == true)
        #expect(line(dot, Fixtures.meeting)?.contains("fillcolor=\"#DDDE90\"") == true)
    }

    @Test func edgesQuotedWithRelationAndRole() throws {
        let graph = Fixtures.sample()
        let dot = try text(graph)
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edgeLines.count == graph.wellFormedEdges.count)
        #expect(edgeLines.contains("  \"actor-putin\" -> \"event-call-2021-12-30\" [label=\"participant (initiator)\"];"))
        #expect(edgeLines.contains("  \"actor-putin\" -> \"event-call-2021-12-30\" [label=\"participant\"];"))
        #expect(edgeLines.contains("  \"demand-guarantees\" -> \"actor-us\" [label=\"addressee\"];"))
        #expect(!dot.contains("actor-missing"))
    }

    @Test func legendHasOneRowPerStyleDrawn() throws {
        // The sample has every style, a planned meeting and a threat of sanctions.
        let full = DOTLegend(Fixtures.sample().nodes)
        #expect(full.rows.map(\.name) == NodeStyle.allCases.map(\.legendLabel) + ["planned event", "threat of sanctions"])
        let statement = full.statement
        #expect(statement.contains("<TD ALIGN=\"LEFT\">person (ellipse)</TD>"))
        #expect(statement.contains("BGCOLOR=\"#D62728\" COLOR=\"#D62728\""), "the sanctions threat in full red")
        #expect(statement.contains("STYLE=\"dashed\""), "the planned event dashed")
        #expect(statement.components(separatedBy: "<TR>").count - 1 == full.rows.count + 1, "a title row, then one row per style")
        // The actors view has actors only: no event, demand, threat or article in its legend.
        let actors = DOTLegend(GEXFWriterTests.pair().nodes)
        #expect(actors.rows.map(\.name) == ["state", "person"])
        let dot = try text(GEXFWriterTests.pair())
        for absent in ["call", "meeting", "demand", "threat", "article", "planned event"] {
            #expect(!dot.contains(">" + absent + " ("), "the actors view's legend names \(absent)")
        }
        // met and called have no arrowhead; the others keep theirs.
        #expect(dot.contains("  \"actor-biden\" -> \"actor-putin\" [label=\"met\", dir=\"none\"];"))
        #expect(dot.contains("  \"actor-biden\" -> \"actor-putin\" [label=\"demanded\"];"))
        // Nothing drawn, nothing to explain.
        #expect(DOTLegend(KnowledgeGraph().nodes).statement == "")
        #expect(try !text(KnowledgeGraph()).contains("legend"))
    }

    @Test func articlesCanBeLeftOut() throws {
        let graph = Fixtures.sample()
        let dot = String(decoding: try DOTWriter(options: .init(dotArticles: .none)).write(graph), as: UTF8.self)
        #expect(line(dot, Fixtures.article) == nil && line(dot, Fixtures.article2) == nil)
        #expect(!dot.contains("mentions"))
        #expect(!dot.contains(">article ("), "no article in the legend")
        #expect(line(dot, Fixtures.putin) != nil && line(dot, Fixtures.call) != nil)
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.count == graph.wellFormedEdges.filter { $0.relation != .mentions }.count)
        // The default draws them.
        #expect(try text(graph).contains("[label=\"mentions\"]"))
    }

    /// `sfdp` (the layout for large graphs) lays the legend out as one node, with no warning: the
    /// drawing holds the graph's nodes and exactly one more.
    @Test(.enabled(if: ExternalTool.find("sfdp") != nil))
    func sfdpDrawsTheLegendAsOneNode() throws {
        let sfdp = try #require(ExternalTool.find("sfdp"))
        let graph = Fixtures.sample()
        let folder = try TemporaryFolder()
        let path = try folder.write(writer.write(graph), to: "graph.dot")
        let result = try sfdp.run(["-Tplain", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "sfdp warned: \(result.stderr)")
        let nodes = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("node ") }
        #expect(nodes.count == graph.nodeCount + 1)
        #expect(nodes.filter { $0.hasPrefix("node \"legend:") || $0.hasPrefix("node legend:") }.count == 1)
    }

    @Test func everyStatementIsQuoted() throws {
        let dot = try text(Fixtures.hostile())
        for line in dot.split(separator: "\n") where line.hasPrefix("  \"") || line.hasPrefix("    \"") {
            #expect(line.hasSuffix("];"))
        }
        // No raw control characters or line breaks inside statements.
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!dot.contains("\u{FFFE}"))
        #expect(line(dot, NodeID(raw: "actor-h6"))?.contains(#"label="ends with backslash\\", "#) == true)
        #expect(line(dot, NodeID(raw: "actor-h14"))?.contains(#"label="node""#) == true)
    }

    /// Runs `dot -T<format>` on `bytes`, requiring exit 0 and an empty stderr; returns stdout.
    func runDot(_ bytes: [UInt8], format: String) throws -> Data {
        let dot = try #require(ExternalTool.find("dot"))
        let folder = try TemporaryFolder()
        let path = try folder.write(bytes, to: "graph.dot")
        let result = try dot.run(["-T" + format, path])
        #expect(result.status == 0, "dot -T\(format): \(result.stderr)")
        #expect(result.stderr.isEmpty, "dot -T\(format) warned: \(result.stderr)")
        return result.stdout
    }

    @Test(.enabled(if: ExternalTool.find("dot") != nil), arguments: ["sample", "hostile", "empty"])
    func graphvizRendersWithoutWarnings(name: String) throws {
        let graph = name == "sample" ? Fixtures.sample() : name == "hostile" ? Fixtures.hostile() : KnowledgeGraph()
        let bytes = try writer.write(graph)
        _ = try runDot(bytes, format: "canon")
        let svg = try runDot(bytes, format: "svg")
        let root = try XMLTree.parse(Array(svg))
        #expect(root.name == "svg")
        if name == "hostile" {
            // Graphviz writes runs of spaces as U+00A0 after the first one; read them back as spaces.
            var texts: Set<String> = []
            func collect(_ e: XMLTree) {
                if e.name == "text" { texts.insert(e.text.replacingOccurrences(of: "\u{A0}", with: " ")) }
                e.children.forEach(collect)
            }
            collect(root)
            let expected = ["quote \" and 'apostrophe'", "<tag attr=\"x\"> & ampersand &amp; &lt; &#65;",
                            "ends with backslash\\", "back\\slash \\n \\\" \\N \\G", "line1", "line2", "line3line4",
                            "subgraph", "strict", "node", "C0: ", ":end", "nonchars  end", "tab here ",
                            "participant (quote \" and 'apostrophe')"]
            let missing = expected.filter { !texts.contains($0) }
            #expect(missing.isEmpty, "not in the SVG: \(missing)")
        }
    }

    /// A graph of `count` actors in a ring of calls.
    static func large(_ count: Int) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for i in 0..<count {
            graph.insert(Actor(id: NodeID(raw: "actor-\(i)"), label: "Actor \(i)", actorType: ActorType.allCases[i % 5]))
        }
        for i in 0..<count { graph.connect(NodeID(raw: "actor-\(i)"), NodeID(raw: "actor-\((i + 1) % count)"), .affiliation) }
        return graph
    }

    @Test func largeGraphsAskForSfdp() throws {
        let threshold = DOTWriter.largeGraphThreshold
        #expect(try text(Self.large(threshold)).contains("layout=") == false)
        let dot = try text(Self.large(threshold + 1))
        #expect(dot.contains("layout=\"sfdp\""))
        #expect(dot.contains("overlap=\"prism\""))
    }

    @Test(.enabled(if: ExternalTool.find("dot") != nil))
    func largeGraphRendersWithoutWarnings() throws {
        let bytes = try writer.write(Self.large(DOTWriter.largeGraphThreshold + 20))
        _ = try runDot(bytes, format: "svg")
    }

    @Test("Byte-identical whatever the insertion order", arguments: [false, true])
    func deterministic(hostile: Bool) throws {
        let a = try writer.write(hostile ? Fixtures.hostile() : Fixtures.sample())
        let b = try writer.write(hostile ? Fixtures.hostile(reversed: true) : Fixtures.sample(reversed: true))
        #expect(a == b)
        #expect(try writer.write(hostile ? Fixtures.hostile() : Fixtures.sample()) == a)
    }
}
