import Testing
import Foundation
import DiplographModel
@testable import DiplographExport

/// GEXF 1.3: structure, attribute declarations, round trip of hostile strings, Gephi's viz data,
/// timeline, determinism, networkx.
@Suite struct GEXFWriterTests {
    let writer = GEXFWriter()

    static let undated = NodeID(raw: "event-undated")
    static let yearOnly = NodeID(raw: "event-year-only")
    static let loner = NodeID(raw: "actor-loner")
    static let late = NodeID(raw: "actor-late")

    /// The sample graph plus an undated event, a year-only event, an actor read from no dated
    /// article, a later actor, and edges of the actors view with and without dates.
    static func timed(reversed: Bool = false) -> KnowledgeGraph {
        var graph = Fixtures.sample(reversed: reversed)
        graph.insert(Event(id: undated, label: "Gặp gỡ không rõ ngày", eventType: .meeting, mode: .unknown, status: .occurred))
        graph.insert(Event(id: yearOnly, label: "Hội nghị", eventType: .meeting, mode: .inPerson, status: .planned,
                           date: PartialDate(year: 2022), articles: [Fixtures.article2]))
        graph.insert(Actor(id: loner, label: "Loner", actorType: .person))
        graph.insert(Actor(id: late, label: "Late", actorType: .state, state: "FR", articles: [Fixtures.article2]))
        graph.connect(Fixtures.putin, undated, .participant)
        graph.connect(loner, undated, .participant)
        graph.connect(Fixtures.putin, late, .affiliation)
        graph.connect(Edge(source: Fixtures.putin, target: Fixtures.biden, relation: .called,
                           firstDate: "2021-12", lastDate: "2022-01-05", facts: [Fixtures.call]))
        graph.connect(Edge(source: Fixtures.biden, target: Fixtures.putin, relation: .met,
                           firstDate: "2021-12-30", lastDate: "2021-12", facts: [Fixtures.meeting]))
        graph.connect(Edge(source: Fixtures.us, target: Fixtures.ru, relation: .threatened))
        return graph
    }

    func body(_ bytes: [UInt8]) throws -> XMLTree { try #require(try XMLTree.parse(bytes).element("graph")) }

    @Test func rootGraphAndAttributeDeclarations() throws {
        let root = try XMLTree.parse(writer.write(Fixtures.sample()))
        #expect(root.name == "gexf")
        #expect(root.namespace == "http://gexf.net/1.3")
        #expect(root.attributes["version"] == "1.3")
        #expect(root.attributes["xsi:schemaLocation"] == "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd")
        #expect(root.children.map(\.name) == ["meta", "graph"])
        #expect(root.element("meta")?.element("creator")?.text == "diplograph")

        let graph = try #require(root.element("graph"))
        #expect(graph.attributes["defaultedgetype"] == "directed")
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        #expect(graph.children.map(\.name) == ["attributes", "attributes", "nodes", "edges"])
        let classes = graph.elements("attributes")
        #expect(classes.map { $0.attributes["class"] ?? "" } == ["node", "edge"])

        let nodeAttributes = classes[0].elements("attribute")
        #expect(nodeAttributes.map { $0.attributes["id"] ?? "" } == Attribute.nodeAttributes.map(\.rawValue))
        #expect(nodeAttributes.allSatisfy { $0.attributes["title"] == $0.attributes["id"] })
        let types = Dictionary(uniqueKeysWithValues: nodeAttributes.map { ($0.attributes["id"] ?? "", $0.attributes["type"] ?? "") })
        #expect(types["durationMinutes"] == "integer")
        #expect(types["sanctions"] == "boolean")
        #expect(types["label"] == "string")
        #expect(Set(types.values).isSubset(of: ["string", "integer", "boolean", "double"]))

        let edgeAttributes = classes[1].elements("attribute")
        #expect(edgeAttributes.map { $0.attributes["id"] ?? "" } == ["relation", "role", "firstDate", "lastDate", "facts"])
        #expect(edgeAttributes.allSatisfy { $0.attributes["title"] == $0.attributes["id"] && $0.attributes["type"] == "string" })
    }

    @Test("Round trip: every node's values come back in schema order", arguments: [false, true])
    func nodesRoundTrip(hostile: Bool) throws {
        let graph = hostile ? Fixtures.hostile() : Fixtures.sample()
        let nodes = try #require(try body(writer.write(graph)).element("nodes"))
        #expect(nodes.attributes["count"] == String(graph.nodeCount))
        let elements = nodes.elements("node")
        #expect(elements.map { $0.attributes["id"] ?? "" } == graph.nodes.map(\.id.rawValue))
        for (element, node) in zip(elements, graph.nodes) {
            #expect(Expectations.sameBytes(element.attributes["label"] ?? "", XMLText.clean(node.label)), "\(node.id)")
            #expect(element.children.map(\.qualifiedName) == ["attvalues", "viz:color", "viz:size"])
            let values = (element.element("attvalues")?.elements("attvalue") ?? []).map { ($0.attributes["for"] ?? "", $0.attributes["value"] ?? "") }
            let expected = Expectations.graphMLData(node)
            #expect(values.map(\.0) == expected.map(\.0), "\(node.id)")
            for ((key, value), (_, wanted)) in zip(values, expected) {
                #expect(Expectations.sameBytes(value, wanted), "\(node.id) \(key)")
            }
            let color = try #require(element.element("color"))
            #expect(color.namespace == "http://gexf.net/1.3/viz")
            let rgb = NodeStyle(node).rgb
            #expect([color.attributes["r"], color.attributes["g"], color.attributes["b"]] == [String(rgb.r), String(rgb.g), String(rgb.b)])
            #expect(element.element("size")?.namespace == "http://gexf.net/1.3/viz")
        }
    }

    @Test func hostileStringsAreCleanedNotMangled() throws {
        let nodes = try #require(try body(writer.write(Fixtures.hostile())).element("nodes")).elements("node")
        let labels = nodes.map { $0.attributes["label"] ?? "" }
        #expect(labels.contains("C0:\t\n\r:end"))
        #expect(labels.contains("nulinside"))
        #expect(labels.contains("nonchars  end"))
        #expect(labels.contains("line1\nline2\r\nline3\rline4"))
        #expect(labels.contains("<tag attr=\"x\"> & ampersand &amp; &lt; &#65;"))
        #expect(labels.contains { Expectations.sameBytes($0, "Vie\u{0323}\u{0302}t Nam – Nguye\u{0302}\u{0303}n Phu\u{0301} Tro\u{0323}ng") })
        #expect(labels.contains { $0.count == 10_000 })
        let edges = try #require(try body(writer.write(Fixtures.hostile())).element("edges")).elements("edge")
        let roles = edges.compactMap { $0.element("attvalues")?.elements("attvalue").first { $0.attributes["for"] == "role" }?.attributes["value"] }
        #expect(roles.contains("tab\there\t"))
        #expect(roles.contains("quote \" and 'apostrophe'"))
    }

    @Test func edgesWellFormedWithWeightAndValues() throws {
        let graph = Fixtures.sample()
        let edgesElement = try #require(try body(writer.write(graph)).element("edges"))
        let edges = edgesElement.elements("edge")
        #expect(edgesElement.attributes["count"] == String(graph.wellFormedEdges.count))
        #expect(edges.count == graph.edgeCount - 1, "the dangling edge is skipped")
        for (element, edge) in zip(edges, graph.wellFormedEdges) {
            #expect(element.attributes["id"] == edge.source.rawValue + ":" + edge.relation.rawValue + ":" + edge.target.rawValue
                + (edge.role.isEmpty ? "" : ":" + edge.role))
            #expect(element.attributes["source"] == edge.source.rawValue)
            #expect(element.attributes["target"] == edge.target.rawValue)
            #expect(element.attributes["weight"] == AttributeValue.double(edge.weight).text)
            let values = (element.element("attvalues")?.elements("attvalue") ?? []).map { ($0.attributes["for"] ?? "", $0.attributes["value"] ?? "") }
            var expected = [("relation", edge.relation.rawValue)]
            if !edge.role.isEmpty { expected.append(("role", edge.role)) }
            #expect(values.map(\.0) == expected.map(\.0))
            #expect(values.map(\.1) == expected.map(\.1))
        }
        #expect(edges.contains { $0.attributes["weight"] == "2.5" })
        #expect(edges.contains { $0.attributes["label"] == "participant (initiator)" })
    }

    @Test func timeline() throws {
        let graph = Self.timed()
        let root = try body(writer.write(graph))
        let nodes = Dictionary(uniqueKeysWithValues: (root.element("nodes")?.elements("node") ?? []).map { ($0.attributes["id"] ?? "", $0.attributes) })
        func start(_ id: NodeID) -> String? { nodes[id.rawValue]?["start"] }
        // Events start on their date, expanded to a full day; undated events have no time at all.
        #expect(start(Fixtures.call) == "2021-12-30")
        #expect(start(Fixtures.meeting) == "2022-01-01")
        #expect(start(Self.yearOnly) == "2022-01-01")
        #expect(nodes[Self.undated.rawValue] != nil)
        #expect(start(Self.undated) == nil)
        #expect(nodes[Self.undated.rawValue]?["end"] == nil)
        // Other nodes start with the earliest article they come from.
        #expect(start(Fixtures.article) == "2021-12-30")
        #expect(start(Fixtures.article2) == "2022-01-01")
        #expect(start(Fixtures.biden) == "2021-12-30", "earliest of 2021-12-30 and 2022-01")
        #expect(start(Self.late) == "2022-01-01")
        #expect(start(Fixtures.demand) == "2021-12-30")
        #expect(start(Fixtures.threat2) == "2021-12-30")
        #expect(start(Self.loner) == nil)
        #expect(nodes.values.allSatisfy { $0["end"] == nil })

        let edges = (root.element("edges")?.elements("edge") ?? []).map(\.attributes)
        /// `(start, end)` of the element written for the first edge `source → target` of `relation`.
        func interval(_ source: NodeID, _ target: NodeID, _ relation: Relation) -> (String?, String?) {
            guard let index = graph.wellFormedEdges.firstIndex(where: { $0.source == source && $0.target == target && $0.relation == relation }),
                  edges[index]["source"] == source.rawValue, edges[index]["target"] == target.rawValue else { return ("missing", "missing") }
            return (edges[index]["start"], edges[index]["end"])
        }
        #expect(interval(Fixtures.putin, Fixtures.call, .participant) == ("2021-12-30", nil))
        #expect(interval(Fixtures.putin, Fixtures.meeting, .participant) == ("2022-01-01", nil))
        #expect(interval(Fixtures.article2, Fixtures.meeting, .mentions) == ("2022-01-01", nil), "the event's date")
        #expect(interval(Fixtures.demand, Fixtures.us, .addressee) == ("2021-12-30", nil))
        #expect(interval(Fixtures.putin, Self.undated, .participant) == ("2021-12-30", nil), "the dated end")
        #expect(interval(Self.loner, Self.undated, .participant) == (nil, nil))
        #expect(interval(Fixtures.putin, Self.late, .affiliation) == ("2022-01-01", nil), "the later of two actors")
        // Actors view: first and last dates, expanded, no earlier than the ends; an end before the
        // start is dropped.
        // (The first date, 2021-12, falls before both actors' first article: the edge waits for them.)
        #expect(interval(Fixtures.putin, Fixtures.biden, .called) == ("2021-12-30", "2022-01-05"))
        #expect(interval(Fixtures.biden, Fixtures.putin, .met) == ("2021-12-30", nil))
        #expect(interval(Fixtures.us, Fixtures.ru, .threatened) == ("2021-12-30", nil))

        let day = #/\d{4}-\d{2}-\d{2}/#
        let times = nodes.values.flatMap { [$0["start"], $0["end"]] } + edges.flatMap { [$0["start"], $0["end"]] }
        #expect(times.compactMap { $0 }.allSatisfy { $0.wholeMatch(of: day) != nil })
    }

    @Test func actorsViewEdgeValues() throws {
        let edges = try #require(try body(writer.write(Self.timed())).element("edges")).elements("edge")
        let called = try #require(edges.first { $0.attributes["label"] == "called" })
        let values = (called.element("attvalues")?.elements("attvalue") ?? []).map { ($0.attributes["for"] ?? "", $0.attributes["value"] ?? "") }
        #expect(values.map(\.0) == ["relation", "firstDate", "lastDate", "facts"])
        #expect(values.map(\.1) == ["called", "2021-12", "2022-01-05", Fixtures.call.rawValue])
    }

    /// Biden and Putin as the actors view gives them: called, met, demanded of and threatened each
    /// other, four relations (five edges) on one pair.
    static func pair() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.insert(Actor(id: Fixtures.biden, label: "Joe Biden", actorType: .person, state: "US"))
        graph.insert(Actor(id: Fixtures.putin, label: "Vladimir Putin", actorType: .person, state: "RU"))
        graph.insert(Actor(id: Fixtures.us, label: "Mỹ", actorType: .state, state: "US"))
        for relation in [Relation.called, .met, .demanded, .threatened] {
            graph.connect(Edge(source: Fixtures.biden, target: Fixtures.putin, relation: relation, weight: 2, facts: [Fixtures.call]))
        }
        graph.connect(Edge(source: Fixtures.putin, target: Fixtures.biden, relation: .threatened, facts: [Fixtures.threat]))
        graph.connect(Fixtures.biden, Fixtures.us, .affiliation, role: "head-of-state")
        return graph
    }

    @Test("Every edge has its relation as kind; met and called are undirected, in a graph of no default direction")
    func edgeKindsAndDirections() throws {
        let graph = Self.pair()
        let root = try body(writer.write(graph))
        #expect(root.attributes["defaultedgetype"] == nil, "Gephi refuses undirected edges in a graph declared directed")
        let edges = root.element("edges")?.elements("edge") ?? []
        #expect(edges.count == graph.wellFormedEdges.count)
        for (element, edge) in zip(edges, graph.wellFormedEdges) {
            #expect(element.attributes["kind"] == edge.relation.rawValue)
            #expect(element.attributes["type"] == (edge.relation == .met || edge.relation == .called ? "undirected" : "directed"))
        }
        // A graph with no symmetric edge, or one written all directed, declares `directed` and
        // gives no edge a type (but still its kind).
        for bytes in [try writer.write(Fixtures.sample()), try GEXFWriter(options: .init(undirectedSymmetric: false)).write(graph)] {
            let plain = try body(bytes)
            #expect(plain.attributes["defaultedgetype"] == "directed")
            let elements = plain.element("edges")?.elements("edge") ?? []
            #expect(!elements.isEmpty && elements.allSatisfy { $0.attributes["type"] == nil && $0.attributes["kind"] != nil })
        }
    }

    /// Gephi's importer merges parallel edges of one kind (default: weights summed, one edge left);
    /// applied to the written file, every relation of the pair must survive.
    @Test("Gephi's import keeps every relation of a pair apart", arguments: [false, true])
    func gephiKeepsEveryRelation(allDirected: Bool) throws {
        let graph = Self.pair()
        let root = try XMLTree.parse(GEXFWriter(options: .init(undirectedSymmetric: !allDirected)).write(graph))
        let (edges, graphDefault) = GephiImportRule.gexfEdges(root)
        let outcome = GephiImportRule.importing(edges, graphDefault: graphDefault)
        #expect(outcome.merged.isEmpty, "merged: \(outcome.merged)")
        #expect(outcome.refused.isEmpty, "refused: \(outcome.refused)")
        #expect(outcome.kept.count == graph.wellFormedEdges.count)
        #expect(Set(outcome.kept.map(\.kind)) == ["called", "met", "demanded", "threatened", "affiliation"])
        #expect(outcome.kept.filter { !$0.directed }.map(\.kind).sorted() == (allDirected ? [] : ["called", "met"]))
        // The rule itself: without kinds the four relations of Biden → Putin fold into one.
        let unkinded = edges.map { GephiImportRule.Edge(source: $0.source, target: $0.target, kind: "", directed: true) }
        #expect(GephiImportRule.importing(unkinded, graphDefault: true).merged.count == 3)
    }

    @Test("An actor appears with the first event it took part in; no edge starts before its ends")
    func nothingStartsBeforeItsEnds() throws {
        var graph = KnowledgeGraph()
        let later = NodeID(raw: "article-later"), june = NodeID(raw: "event-meeting-2021-06")
        graph.insert(Article(id: later, title: "", published: PartialDate(year: 2022, month: 2, day: 13), file: "later.txt"))
        graph.insert(Actor(id: Fixtures.putin, label: "Putin", actorType: .person, articles: [later]))
        graph.insert(Actor(id: Fixtures.ru, label: "Nga", actorType: .state, articles: [later]))
        graph.insert(Event(id: june, label: "Gặp", eventType: .meeting, mode: .inPerson, status: .occurred,
                           date: PartialDate(year: 2021, month: 6), articles: [later]))
        graph.connect(Fixtures.putin, june, .participant)
        graph.connect(later, june, .mentions)
        graph.connect(later, Fixtures.ru, .mentions)
        graph.connect(Fixtures.putin, Fixtures.ru, .affiliation)
        let root = try body(writer.write(graph))
        let starts = Dictionary(uniqueKeysWithValues: (root.element("nodes")?.elements("node") ?? []).map {
            ($0.attributes["id"] ?? "", $0.attributes["start"])
        })
        #expect(starts[june.rawValue] == "2021-06-01")
        #expect(starts[Fixtures.putin.rawValue] == "2021-06-01", "with the meeting, not the later article")
        #expect(starts[Fixtures.ru.rawValue] == "2022-02-13")
        for edge in root.element("edges")?.elements("edge") ?? [] {
            let start = try #require(edge.attributes["start"])
            for end in [edge.attributes["source"] ?? "", edge.attributes["target"] ?? ""] {
                if let endStart = starts[end] ?? nil { #expect(start >= endStart, "\(edge) starts before \(end)") }
            }
        }
        let affiliation = (root.element("edges")?.elements("edge") ?? []).first { $0.attributes["kind"] == "affiliation" }
        #expect(affiliation?.attributes["start"] == "2022-02-13", "the later of its two actors")
    }

    @Test func dayExpansion() {
        #expect(GEXFTimeline.day(PartialDate(year: 2021)!) == "2021-01-01")
        #expect(GEXFTimeline.day(PartialDate(year: 2021, month: 2)!) == "2021-02-01")
        #expect(GEXFTimeline.day(PartialDate(year: 2024, month: 2, day: 29)!) == "2024-02-29")
        #expect(GEXFTimeline.day(PartialDate(year: 33)!) == "0033-01-01")
    }

    @Test("Byte-identical whatever the insertion order", arguments: [0, 1, 2])
    func deterministic(which: Int) throws {
        func make(_ reversed: Bool) -> KnowledgeGraph {
            switch which {
            case 0: return Fixtures.sample(reversed: reversed)
            case 1: return Fixtures.hostile(reversed: reversed)
            default: return Self.timed(reversed: reversed)
            }
        }
        let a = try writer.write(make(false))
        #expect(try writer.write(make(true)) == a)
        #expect(try writer.write(make(false)) == a)
    }

    @Test func emptyGraph() throws {
        let graph = try body(writer.write(KnowledgeGraph()))
        #expect(graph.element("nodes")?.children.isEmpty == true)
        #expect(graph.element("edges")?.children.isEmpty == true)
    }

    @Test(.enabled(if: ExternalTool.find("xmllint") != nil))
    func xmllintFindsItWellFormed() throws {
        let xmllint = try #require(ExternalTool.find("xmllint"))
        let folder = try TemporaryFolder()
        for (name, graph) in [("sample", Self.timed()), ("hostile", Fixtures.hostile())] {
            let path = try folder.write(writer.write(graph), to: name + ".gexf")
            let result = try xmllint.run(["--noout", "--nonet", path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
        }
    }

    @Test("Validates against the official GEXF 1.3 schema", .enabled(if: SchemaPaths.officialGEXFExists), arguments: [false, true])
    func officialSchema(hostile: Bool) throws {
        let validator = try SchemaValidator(schemaPath: SchemaPaths.officialGEXF)
        #expect(try validator.validate(bytes: writer.write(hostile ? Fixtures.hostile() : Self.timed()), name: "out.gexf") == [])
        #expect(try validator.validate(bytes: writer.write(Self.pair()), name: "pair.gexf") == [])
    }

    /// What networkx reads: counts, a few typed values, times and viz data, and every label.
    @Test(.enabled(if: Python.networkx != nil), arguments: [false, true])
    func networkxReadsIt(hostile: Bool) throws {
        let python = try #require(Python.networkx)
        let graph = hostile ? Fixtures.hostile() : Self.timed()
        let folder = try TemporaryFolder()
        // networkx refuses a graph mixing directed and undirected edges: it reads the writing with
        // every edge directed (`--all-directed`).
        let path = try folder.write(GEXFWriter(options: .init(undirectedSymmetric: false)).write(graph), to: "out.gexf")
        let script = """
        import sys, json, networkx as nx
        G = nx.read_gexf(sys.argv[1])
        nodes = {n: {k: v for k, v in d.items()} for n, d in G.nodes(data=True)}
        edges = [[u, v, d] for u, v, d in G.edges(data=True)]
        json.dump({"directed": G.is_directed(), "mode": G.graph.get("mode"), "nodes": nodes, "edges": edges}, sys.stdout, ensure_ascii=True)
        """
        let result = try python.run(["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(json["directed"] as? Bool == true)
        #expect(json["mode"] as? String == "dynamic")
        let nodes = try #require(json["nodes"] as? [String: [String: Any]])
        let edges = try #require(json["edges"] as? [[Any]])
        #expect(Set(nodes.keys) == Set(graph.nodes.map(\.id.rawValue)))
        #expect(edges.count == graph.wellFormedEdges.count)
        for node in graph.nodes {
            let data = try #require(nodes[node.id.rawValue])
            #expect(Expectations.sameBytes(data["label"] as? String ?? "", XMLText.clean(node.label)), "\(node.id)")
            #expect(data["kind"] as? String == node.kind.rawValue)
        }
        if !hostile {
            let call = try #require(nodes[Fixtures.call.rawValue])
            #expect(call["start"] as? String == "2021-12-30")
            #expect(call["durationMinutes"] as? Int == 50)
            #expect(call["eventType"] as? String == "call")
            #expect(nodes[Self.undated.rawValue]?["start"] == nil)
            #expect(nodes[Fixtures.threat.rawValue]?["sanctions"] as? Bool == true)
            #expect(nodes[Fixtures.threat2.rawValue]?["sanctions"] as? Bool == false)
            let viz = try #require(nodes[Fixtures.putin.rawValue]?["viz"] as? [String: Any])
            let color = try #require(viz["color"] as? [String: Any])
            #expect([color["r"] as? Int, color["g"] as? Int, color["b"] as? Int] == [255, 127, 14])
            #expect(viz["size"] as? Double != nil)
            let weights = edges.compactMap { ($0.last as? [String: Any])?["weight"] as? Double }
            #expect(weights.count == edges.count)
            #expect(weights.contains(2.5))
            let called = edges.first { ($0.last as? [String: Any])?["relation"] as? String == "called" }
            let data = try #require(called?.last as? [String: Any])
            #expect(data["start"] as? String == "2021-12-30")
            #expect(data["end"] as? String == "2022-01-05")
        }
    }
}
