import DiplographExport
import DiplographModel
import Foundation
import PropertyBased
import Testing

/// The official GraphML schema: `../shared/reference/graphml/graphml.xsd` beside the package when
/// it exists, else the committed copy `schema/reference/graphml/graphml.xsd`.
let graphMLSchemaPath: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared/reference/graphml/graphml.xsd").path
    if FileManager.default.fileExists(atPath: shared) { return shared }
    return root.appendingPathComponent("schema/reference/graphml/graphml.xsd").path
}()

/// Text as it must come back from an XML file: without the characters XML 1.0 cannot hold
/// (production [2] `Char`: TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF).
func xmlClean(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: out.append(s)
        default: continue
        }
    }
    return String(out)
}

/// Scalars of `text` shown with escapes, for readable failure messages.
func visible(_ text: String) -> String {
    String(text.unicodeScalars.prefix(200).map { s in
        s.value < 0x20 || s.value == 0x7F || (0xFFFE...0xFFFF).contains(s.value) ? "\\u{\(String(s.value, radix: 16))}" : String(s)
    }.joined())
}

/// Graphs made of hostile strings through every writer (PropertyBased, Swift Testing).
///
/// Each property runs on 100 random graphs of up to 24 nodes and 40 edges (20 for the external
/// `dot` check). A failure prints the shrunk `GraphSpec` and a seed for `.fixedSeed(…)`.
@Suite struct GraphProperties {
    @Test func graphMLIsWellFormedAndValidAgainstTheOfficialSchema() async throws {
        let validator = try SchemaValidator(schemaPath: graphMLSchemaPath)
        await propertyCheck(input: Graphs.graph) { spec in
            let bytes = try render(spec.graph, as: .graphml, options: ExportOptions())
            let issues = try validator.validate(bytes: bytes, name: "random.graphml")
            #expect(issues.isEmpty, "\(issues.prefix(5).map(\.description))")
            _ = try ParsedXML(bytes)
        }
    }

    @Test func graphMLRoundTripsIdsAndAttributeTexts() async throws {
        await propertyCheck(input: Graphs.graph) { spec in
            let graph = spec.graph
            let root = try ParsedXML(try render(graph, as: .graphml, options: ExportOptions())).root
            let graphElement = try #require(root.elements("graph").first)

            // Nodes: the same ids in the same (sorted) order, every attribute's text back.
            let nodeElements = graphElement.elements("node")
            #expect(nodeElements.map { $0.attributes["id"] ?? "" } == graph.nodes.map(\.id.rawValue))
            for (node, element) in zip(graph.nodes, nodeElements) {
                var read: [String: String] = [:]
                for data in element.elements("data") { read[data.attributes["key"] ?? "?"] = data.text }
                for (attribute, value) in node.attributes {
                    if value.text.isEmpty && attribute.valueType != .string { continue }
                    let expected = xmlClean(value.text)
                    let actual = read[attribute.rawValue]
                    #expect(actual == expected,
                            "node \(node.id) \(attribute.rawValue): wrote \(visible(expected)), read \(actual.map(visible) ?? "nothing")")
                }
            }

            // Edges: the well-formed edges, ends and attributes, in order.
            let edgeElements = graphElement.elements("edge")
            let edges = graph.wellFormedEdges
            #expect(edgeElements.count == edges.count)
            for (edge, element) in zip(edges, edgeElements) {
                #expect(element.attributes["source"] == edge.source.rawValue)
                #expect(element.attributes["target"] == edge.target.rawValue)
                var read: [String: String] = [:]
                for data in element.elements("data") { read[data.attributes["key"] ?? "?"] = data.text }
                #expect(read["relation"] == edge.relation.rawValue)
                #expect(read["role"] == (edge.role.isEmpty ? nil : xmlClean(edge.role)), "role \(visible(edge.role))")
                #expect(read["weight"].flatMap(Double.init) == edge.weight)
                #expect(read["firstDate"] == (edge.firstDate.isEmpty ? nil : xmlClean(edge.firstDate)))
                #expect(read["lastDate"] == (edge.lastDate.isEmpty ? nil : xmlClean(edge.lastDate)))
            }
        }
    }

    @Test func rdfXMLIsWellFormed() async throws {
        await propertyCheck(input: Graphs.graph) { spec in
            let graph = spec.graph
            let root = try ParsedXML(try render(graph, as: .rdfxml, options: ExportOptions())).root
            #expect(root.name == "rdf:RDF")
            // One subject per node, each naming its node's IRI. The other subjects are the Web
            // Annotation resources (`oa:` classes) of evidence whose article is a node of the graph:
            // annotations below their fact's IRI, sentence anchors and selectors below their
            // article's.
            let nodeSubjects = root.children.filter { !$0.name.hasPrefix("oa:") }.compactMap { $0.attributes["rdf:about"] }
            #expect(nodeSubjects.count == graph.nodeCount)
            #expect(Set(nodeSubjects).count == graph.nodeCount)
            for resource in root.children where resource.name.hasPrefix("oa:") {
                let about = resource.attributes["rdf:about"] ?? ""
                #expect(nodeSubjects.contains { about.hasPrefix($0 + "/") }, "\(resource.name) \(visible(about)) is below no node of the graph")
            }
        }
    }

    @Test func dotQuotesAndBracesBalance() async throws {
        await propertyCheck(input: Graphs.graph) { spec in
            let dot = String(decoding: try render(spec.graph, as: .dot, options: ExportOptions()), as: UTF8.self)
            if let problem = DOTBalance.check(dot) { Issue.record("\(problem)\n\(dot.prefix(2000))") }
        }
    }

    @Test(.enabled(if: ExternalDot.path != nil, "Graphviz `dot` is not on PATH"))
    func graphvizAcceptsTheDOT() async throws {
        let dot = try #require(ExternalDot.path)
        await propertyCheck(count: 20, input: Graphs.graph) { spec in
            let bytes = try render(spec.graph, as: .dot, options: ExportOptions())
            let (status, errors) = try ExternalDot.canon(dot, bytes)
            #expect(status == 0, "dot -Tcanon exited \(status): \(errors.prefix(500))")
        }
    }

    @Test func dotBalanceCheckerSeesImbalance() {
        #expect(DOTBalance.check("digraph \"g\" {\n  \"a\\\\\" -> \"b\";\n}\n") == nil)
        #expect(DOTBalance.check("digraph \"g\" {\n  \"a\\\" -> \"b\";\n}\n") != nil)
        #expect(DOTBalance.check("digraph { [ }") != nil)
        #expect(DOTBalance.check("digraph { \"{\" }") == nil)
    }

    /// Same graph, different insertion order (in order, reversed, shuffled with nodes and edges
    /// interleaved): byte-identical output in every format.
    @Test func outputDoesNotDependOnInsertionOrder() async throws {
        await propertyCheck(input: Graphs.graph) { spec in
            for format in ExportFormat.allCases {
                let inOrder = try render(spec.graph, as: format, options: ExportOptions())
                let reversed = try render(spec.reversedGraph, as: format, options: ExportOptions())
                let shuffled = try render(spec.shuffledGraph, as: format, options: ExportOptions())
                let sameReversed = inOrder == reversed, sameShuffled = inOrder == shuffled
                #expect(sameReversed, "\(format): reversed insertion order changes the output")
                #expect(sameShuffled, "\(format): shuffled insertion order changes the output")
            }
        }
    }
}

/// A DOT file's quotes, braces and brackets, counted outside quoted strings.
enum DOTBalance {
    /// A description of the first imbalance, or nil when everything balances.
    static func check(_ dot: String) -> String? {
        var inQuote = false
        var escaped = false
        var braces = 0
        var brackets = 0
        var line = 1
        for scalar in dot.unicodeScalars {
            if scalar == "\n" {
                if inQuote { return "line \(line): a raw line break inside a quoted string" }
                line += 1
            }
            if inQuote {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inQuote = false }
                continue
            }
            switch scalar {
            case "\"": inQuote = true
            case "{": braces += 1
            case "}": braces -= 1
            case "[": brackets += 1
            case "]": brackets -= 1
            default: break
            }
            if braces < 0 { return "line \(line): '}' without '{'" }
            if brackets < 0 { return "line \(line): ']' without '['" }
        }
        if inQuote { return "the file ends inside a quoted string" }
        if braces != 0 { return "\(braces) unclosed '{'" }
        if brackets != 0 { return "\(brackets) unclosed '['" }
        return nil
    }
}

/// Graphviz's `dot`, when installed.
enum ExternalDot {
    static let path: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(folder) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Runs `dot -Tcanon` on `bytes`; returns its exit status and stderr.
    static func canon(_ dot: String, _ bytes: [UInt8]) throws -> (Int32, String) {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("diplograph-prop-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("g.dot")
        let errors = folder.appendingPathComponent("stderr")
        try Data(bytes).write(to: input)
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tcanon", "-o", "/dev/null", input.path]
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }
}
