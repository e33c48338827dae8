import Testing
import Foundation
import DiplographModel
@testable import DiplographExport

/// GraphML: structure, schema validity, round trip of hostile strings, Gephi keys, determinism.
@Suite struct GraphMLWriterTests {
    let writer = GraphMLWriter()

    @Test func rootKeysAndGraph() throws {
        let root = try XMLTree.parse(writer.write(Fixtures.sample()))
        #expect(root.name == "graphml")
        #expect(root.namespace == GraphMLWriter.namespace)
        #expect(root.attributes["xsi:schemaLocation"] == GraphMLWriter.schemaLocation)

        let keys = root.elements("key")
        let expectedIDs = Attribute.allCases.map(\.rawValue) + ["r", "g", "b", "size"]
        #expect(keys.map { $0.attributes["id"] ?? "" } == expectedIDs)
        for key in keys {
            #expect(key.attributes["attr.name"] == key.attributes["id"])
            #expect(key.attributes["for"] == "node" || key.attributes["for"] == "edge")
        }
        let byID = Dictionary(uniqueKeysWithValues: keys.map { ($0.attributes["id"] ?? "", $0.attributes) })
        #expect(byID["durationMinutes"]?["attr.type"] == "int")
        #expect(byID["sanctions"]?["attr.type"] == "boolean")
        #expect(byID["weight"]?["attr.type"] == "double")
        #expect(byID["weight"]?["for"] == "edge")
        #expect(byID["relation"]?["for"] == "edge")
        #expect(byID["size"]?["attr.type"] == "double")
        #expect(byID["r"]?["attr.type"] == "int")
        #expect(byID["label"]?["attr.type"] == "string")

        let graphs = root.elements("graph")
        #expect(graphs.count == 1)
        #expect(graphs.first?.attributes["edgedefault"] == "directed")
        #expect(graphs.first?.attributes["id"] == "diplograph")
    }

    @Test func nodesSortedAndEdgesWellFormed() throws {
        let graph = Fixtures.sample()
        let root = try XMLTree.parse(writer.write(graph))
        let body = try #require(root.element("graph"))
        #expect(body.elements("node").map { $0.attributes["id"] ?? "" } == graph.nodes.map(\.id.rawValue))
        #expect(body.children.map(\.name) == Array(repeating: "node", count: graph.nodeCount)
            + Array(repeating: "edge", count: graph.wellFormedEdges.count))

        let edges = body.elements("edge")
        #expect(graph.edgeCount == graph.wellFormedEdges.count + 1, "the fixture has one dangling edge")
        #expect(edges.count == graph.wellFormedEdges.count)
        for (element, edge) in zip(edges, graph.wellFormedEdges) {
            #expect(element.attributes["id"] == edge.source.rawValue + ":" + edge.relation.rawValue + ":" + edge.target.rawValue
                + (edge.role.isEmpty ? "" : ":" + edge.role))
            #expect(element.attributes["source"] == edge.source.rawValue)
            #expect(element.attributes["target"] == edge.target.rawValue)
            let data = element.elements("data").map { ($0.attributes["key"] ?? "", $0.text) }
            var expected = [("relation", edge.relation.rawValue)]
            if !edge.role.isEmpty { expected.append(("role", edge.role)) }
            expected.append(("weight", AttributeValue.double(edge.weight).text))
            #expect(data.map(\.0) == expected.map(\.0))
            #expect(data.map(\.1) == expected.map(\.1))
        }
        #expect(edges.contains { $0.elements("data").contains { $0.attributes["key"] == "weight" && $0.text == "2.5" } })
    }

    @Test("Round trip: every node's data comes back in schema order", arguments: [false, true])
    func roundTrip(hostile: Bool) throws {
        let graph = hostile ? Fixtures.hostile() : Fixtures.sample()
        let body = try #require(try XMLTree.parse(writer.write(graph)).element("graph"))
        let elements = body.elements("node")
        #expect(elements.count == graph.nodeCount)
        for (element, node) in zip(elements, graph.nodes) {
            #expect(element.attributes["id"] == node.id.rawValue)
            let data = element.elements("data").map { ($0.attributes["key"] ?? "", $0.text) }
            let expected = Expectations.graphMLData(node)
            #expect(Array(data.prefix(expected.count)).map(\.0) == expected.map(\.0), "\(node.id)")
            for ((key, text), (_, value)) in zip(data, expected) {
                #expect(Expectations.sameBytes(text, value), "\(node.id) \(key)")
            }
            #expect(data.dropFirst(expected.count).map(\.0) == ["r", "g", "b", "size"])
        }
    }

    @Test func hostileStringsAreCleanedNotMangled() throws {
        let body = try #require(try XMLTree.parse(writer.write(Fixtures.hostile())).element("graph"))
        let labels = body.elements("node").compactMap { $0.elements("data").first { $0.attributes["key"] == "label" }?.text }
        #expect(labels.contains("C0:\t\n\r:end"))
        #expect(labels.contains("nulinside"))
        #expect(labels.contains("nonchars  end"))
        #expect(labels.contains("cdata end ]]> and --> and <!-- and <?pi?>"))
        #expect(labels.contains("line1\nline2\r\nline3\rline4"))
        #expect(labels.contains("ends with backslash\\"))
        #expect(labels.contains { Expectations.sameBytes($0, "Vie\u{0323}\u{0302}t Nam – Nguye\u{0302}\u{0303}n Phu\u{0301} Tro\u{0323}ng") })
        #expect(labels.contains { $0.count == 10_000 })
        // Roles of edges are hostile too and come back from attributes' sibling data.
        let roles = body.elements("edge").compactMap { $0.elements("data").first { $0.attributes["key"] == "role" }?.text }
        #expect(roles.contains("tab\there\t"))
        #expect(roles.contains("quote \" and 'apostrophe'"))
    }

    @Test func gephiColoursAndSizes() throws {
        let body = try #require(try XMLTree.parse(writer.write(Fixtures.sample())).element("graph"))
        func data(_ id: NodeID) -> [String: String] {
            let node = body.elements("node").first { $0.attributes["id"] == id.rawValue }
            return Dictionary(uniqueKeysWithValues: (node?.elements("data") ?? []).map { ($0.attributes["key"] ?? "", $0.text) })
        }
        // Putin: participant ×2 (call, initiator role counted once per edge → 2 edges), meeting, affiliation,
        // demands = 5 edges; mentions and the dangling edge do not count.
        let putin = data(Fixtures.putin)
        #expect(putin["size"] == "20.0")
        #expect([putin["r"], putin["g"], putin["b"]] == ["255", "127", "14"])
        #expect(data(Fixtures.us)["r"] == "31")
        #expect(data(Fixtures.threat)["r"] == "214")
        #expect(data(Fixtures.article)["size"] == "4.0")
        #expect(data(Fixtures.call)["durationMinutes"] == "50")
        #expect(data(Fixtures.meeting)["durationMinutes"] == nil, "empty int values are left out")
        #expect(data(Fixtures.meeting)["location"] == "Geneva")
        #expect(data(Fixtures.nato)["state"] == "", "empty required strings stay")
        #expect(data(Fixtures.threat)["sanctions"] == "true")
        #expect(data(Fixtures.threat2)["sanctions"] == "false")
    }

    @Test func sizeIsCapped() throws {
        var graph = KnowledgeGraph()
        let hub = NodeID(raw: "actor-hub")
        graph.insert(Actor(id: hub, label: "Hub", actorType: .state))
        for i in 0..<40 {
            let event = NodeID(raw: "event-\(i)")
            graph.insert(Event(id: event, label: "E\(i)", eventType: .call, mode: .phone, status: .occurred))
            graph.connect(hub, event, .participant)
        }
        let body = try #require(try XMLTree.parse(writer.write(graph)).element("graph"))
        let hubNode = body.elements("node").first { $0.attributes["id"] == "actor-hub" }
        #expect(hubNode?.elements("data").first { $0.attributes["key"] == "size" }?.text == "50.0")
    }

    @Test("Validates against the official GraphML schema", arguments: [false, true])
    func officialSchema(hostile: Bool) throws {
        let bytes = try writer.write(hostile ? Fixtures.hostile() : Fixtures.sample())
        let validator = try SchemaValidator(schemaPath: SchemaPaths.officialGraphML)
        #expect(try validator.validate(bytes: bytes, name: "out.graphml") == [])
        #expect(try validator.validate(bytes: writer.write(KnowledgeGraph()), name: "empty.graphml") == [])
    }

    @Test("Validates against schema/graphml-profile.xsd", .enabled(if: SchemaPaths.profileExists), arguments: [false, true])
    func profileSchema(hostile: Bool) throws {
        let bytes = try writer.write(hostile ? Fixtures.hostile() : Fixtures.sample())
        let validator = try SchemaValidator(schemaPath: SchemaPaths.profile)
        #expect(try validator.validate(bytes: bytes, name: "out.graphml") == [])
    }

    @Test(.enabled(if: ExternalTool.find("xmllint") != nil))
    func xmllintAcceptsIt() throws {
        let xmllint = try #require(ExternalTool.find("xmllint"))
        let folder = try TemporaryFolder()
        for (name, graph) in [("sample", Fixtures.sample()), ("hostile", Fixtures.hostile())] {
            let path = try folder.write(writer.write(graph), to: name + ".graphml")
            var schemas = [SchemaPaths.officialGraphML]
            if SchemaPaths.profileExists { schemas.append(SchemaPaths.profile) }
            for schema in schemas {
                let result = try xmllint.run(["--noout", "--nonet", "--schema", schema, path])
                #expect(result.status == 0, "\(name) against \(schema): \(result.stderr)")
                #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines) == path + " validates")
            }
        }
    }

    @Test("Byte-identical whatever the insertion order", arguments: [false, true])
    func deterministic(hostile: Bool) throws {
        let a = try writer.write(hostile ? Fixtures.hostile() : Fixtures.sample())
        let b = try writer.write(hostile ? Fixtures.hostile(reversed: true) : Fixtures.sample(reversed: true))
        #expect(a == b)
        #expect(try writer.write(hostile ? Fixtures.hostile() : Fixtures.sample()) == a)
    }

    @Test func idsWithSpacesAndHashesStayNMTOKENs() throws {
        var graph = KnowledgeGraph()
        let odd = NodeID(raw: "actor-a b#c<d>")
        graph.insert(Actor(id: odd, label: "a b#c", actorType: .person))
        graph.insert(Actor(id: Fixtures.us, label: "Mỹ", actorType: .state))
        graph.connect(odd, Fixtures.us, .affiliation, role: "head of state #1")
        let bytes = try writer.write(graph)
        let validator = try SchemaValidator(schemaPath: SchemaPaths.officialGraphML)
        #expect(try validator.validate(bytes: bytes, name: "odd.graphml") == [])
        let body = try #require(try XMLTree.parse(bytes).element("graph"))
        #expect(body.elements("node").map { $0.attributes["id"] ?? "" } == [odd.rawValue, Fixtures.us.rawValue])
        #expect(body.element("edge")?.attributes["source"] == odd.rawValue)
    }

    @Test("met and called are written directed=\"false\"; the rest carry no direction of their own")
    func symmetricRelationsUndirected() throws {
        let graph = GEXFWriterTests.pair()
        let edges = try #require(try XMLTree.parse(writer.write(graph)).element("graph")).elements("edge")
        #expect(edges.count == graph.wellFormedEdges.count)
        for (element, edge) in zip(edges, graph.wellFormedEdges) {
            let relation = element.elements("data").first { $0.attributes["key"] == "relation" }?.text
            #expect(relation == edge.relation.rawValue)
            #expect(element.attributes["directed"] == (edge.relation == .met || edge.relation == .called ? "false" : nil), "\(edge)")
        }
        let allDirected = try XMLTree.parse(GraphMLWriter(options: .init(undirectedSymmetric: false)).write(graph))
        #expect(allDirected.element("graph")?.elements("edge").allSatisfy { $0.attributes["directed"] == nil } == true)
        // Both schemas accept the per-edge direction.
        let bytes = try writer.write(graph)
        #expect(try SchemaValidator(schemaPath: SchemaPaths.officialGraphML).validate(bytes: bytes, name: "pair.graphml") == [])
        if SchemaPaths.profileExists {
            #expect(try SchemaValidator(schemaPath: SchemaPaths.profile).validate(bytes: bytes, name: "pair.graphml") == [])
        }
    }

    /// igraph (a reader that types values) reads the per-edge direction without complaint, every
    /// edge and its relation.
    @Test(.enabled(if: Python.igraph != nil))
    func igraphReadsMixedDirections() throws {
        let python = try #require(Python.igraph)
        let folder = try TemporaryFolder()
        let path = try folder.write(writer.write(GEXFWriterTests.pair()), to: "pair.graphml")
        let script = """
        import sys, igraph as ig
        g = ig.Graph.Read_GraphML(sys.argv[1])
        print(g.vcount(), g.ecount(), "|".join(sorted(g.es["relation"])))
        """
        let result = try python.run(["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: result.stdout, as: UTF8.self) == "3 6 affiliation|called|demanded|met|threatened|threatened\n")
    }

    @Test func emptyGraph() throws {
        let root = try XMLTree.parse(writer.write(KnowledgeGraph()))
        #expect(root.element("graph")?.children.isEmpty == true)
    }
}
