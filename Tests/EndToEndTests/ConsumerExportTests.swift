import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// What Gephi, Graphviz and graph libraries get from an export of the five seeds together.
@Suite("exports as their consumers read them")
struct ConsumerExportTests {
    /// The seeds exported together into a fresh folder, in every format and `view`.
    static func export(view: String = "full", _ extra: [String] = []) throws -> TempDir {
        let out = try TempDir()
        let r = try Tool.run(["export", Tool.repoPath("seeds"), "--format", "all", "--view", view,
                              "--output-dir", out.path, "--name", "seeds", "--no-cache"] + extra)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        return out
    }

    @Test("one edge per actor, relation and node after reports of one event merge; roles kept")
    func oneEdgePerRelation() throws {
        let out = try Self.export()
        let graph = try GraphMLDocument(out.read("seeds.graphml"))
        var seen: [String: Int] = [:]
        for e in graph.edges { seen[e.source + " " + (e.data["relation"] ?? "") + " " + e.target, default: 0] += 1 }
        let twice = seen.filter { $0.value > 1 }.keys.sorted()
        #expect(twice.isEmpty, "edges written more than once: \(twice)")
        // The 2021-12-30 call, told by several seeds: Putin takes part once, as its initiator.
        let calls = graph.ids(ofKind: "event").filter {
            graph.nodes[$0]?["eventType"] == "call" && graph.nodes[$0]?["date"] == "2021-12-30"
        }
        #expect(calls.count == 1, "\(calls)")
        let putin = graph.edges.filter { $0.source == "actor-putin" && calls.contains($0.target) && $0.data["relation"] == "participant" }
        #expect(putin.count == 1)
        #expect(putin.first?.data["role"] == "initiator")
    }

    @Test("on the GEXF timeline no edge starts before either of its ends")
    func timelineEdgesWaitForTheirEnds() throws {
        for view in ["full", "actors"] {
            let out = try Self.export(view: view)
            let gexf = try GEXFDocument(out.read(view == "full" ? "seeds.gexf" : "seeds-actors.gexf"))
            #expect(!gexf.edges.isEmpty)
            var early: [String] = []
            for edge in gexf.edges {
                for end in [edge["source"] ?? "", edge["target"] ?? ""] {
                    guard let endStart = gexf.nodeStarts[end] ?? nil else { continue }
                    if let start = edge["start"], start >= endStart { continue }
                    early.append("\(edge["id"] ?? "") \(edge["kind"] ?? "") starts \(edge["start"] ?? "never") before \(end) (\(endStart))")
                }
            }
            #expect(early.isEmpty, "\(view): \(early.count) edges start early: \(early.prefix(5))")
        }
    }

    /// Gephi merges edges of one kind between one pair (default strategy: sum). Applied to the
    /// actors view's GEXF, every edge must survive, each pair keeping all its relations.
    @Test("Gephi keeps every relation of the actors view apart")
    func gephiKeepsRelations() throws {
        let out = try Self.export(view: "actors")
        let gexf = try GEXFDocument(out.read("seeds-actors.gexf"))
        #expect(gexf.graph["defaultedgetype"] == nil)
        var kept: [String: String] = [:], merged: [String] = []
        for edge in gexf.edges {
            let kind = edge["kind"] ?? "", source = edge["source"] ?? "", target = edge["target"] ?? ""
            let undirected = edge["type"] == "undirected"
            #expect(undirected == (kind == "met" || kind == "called"), "\(edge)")
            let ends = undirected ? [source, target].sorted() : [source, target]
            let key = kind + " " + ends.joined(separator: " ")
            if let first = kept[key] { merged.append("\(edge["id"] ?? "") into \(first)") } else { kept[key] = edge["id"] ?? "" }
        }
        #expect(merged.isEmpty, "\(merged)")
        // Some pair holds several relations (Biden and Putin called, met, demanded, threatened).
        var relations: [String: Set<String>] = [:]
        for edge in gexf.edges {
            relations[[edge["source"] ?? "", edge["target"] ?? ""].sorted().joined(separator: " "), default: []].insert(edge["kind"] ?? "")
        }
        #expect(relations.values.contains { $0.count >= 3 }, "\(relations)")
    }

    @Test("--dot-articles none leaves article nodes and mentions edges out of the drawing")
    func dotWithoutArticles() throws {
        let out = try TempDir()
        let r = try Tool.run(["export", Tool.repoPath("seeds"), "--format", "dot", "--output", out.path("s.dot"),
                              "--dot-articles", "none", "--no-cache"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let dot = String(decoding: try out.read("s.dot"), as: UTF8.self)
        #expect(!dot.contains("\"article-"))
        #expect(!dot.contains("mentions"))
        #expect(dot.contains("\"actor-putin\""))
        let bad = try Tool.run(["export", Tool.repoPath("seeds"), "--format", "dot", "--output", "-", "--dot-articles", "some"])
        #expect(bad.status == 64)
    }

    @Test("help names all six formats and every input kind")
    func helpNamesEveryFormat() throws {
        let top = try Tool.run(["--help"]).stdoutText
        let export = try Tool.run(["export", "--help"]).stdoutText
        for name in ["GraphML", "GEXF", "RDF/XML", "Turtle", "N-Triples", "DOT"] {
            #expect(top.contains(name), "diplograph --help lacks \(name)")
            #expect(export.contains(name), "diplograph export --help lacks \(name)")
        }
        for ext in [".txt", ".md", ".html"] { #expect(export.contains(ext), "export --help lacks \(ext)") }
    }
}

/// A minimal reading of a GEXF document: the graph's attributes, each node's `start`, each edge's
/// attributes.
struct GEXFDocument {
    var graph: [String: String] = [:]
    var nodeStarts: [String: String?] = [:]
    var edges: [[String: String]] = []

    init(_ data: Data) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw GraphMLDocument.GraphMLParseError(description: "\(parser.parserError.map { "\($0)" } ?? "parse failed")")
        }
        (graph, nodeStarts, edges) = (delegate.graph, delegate.nodeStarts, delegate.edges)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var graph: [String: String] = [:]
        var nodeStarts: [String: String?] = [:]
        var edges: [[String: String]] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "graph": graph = attributes
            case "node": nodeStarts[attributes["id"] ?? ""] = .some(attributes["start"])
            case "edge": edges.append(attributes)
            default: break
            }
        }
    }
}
