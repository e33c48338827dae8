import Testing
import Foundation
import DiplographModel
@testable import DiplographExport

/// RDF/XML: typed resources, properties, datatypes, IRIs, hostile literals, rapper, determinism.
@Suite struct RDFXMLWriterTests {
    let writer = RDFXMLWriter()
    let base = ExportOptions.defaultBaseIRI
    static let dg = "https://w3id.org/diplograph/ontology#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// The description element of `id` in `root`.
    func description(_ root: XMLTree, _ id: NodeID, base: String = ExportOptions.defaultBaseIRI) throws -> XMLTree {
        try #require(root.children.first { $0.attributes["rdf:about"] == base + id.rawValue }, "\(id)")
    }

    /// `(qualified name, resource or text)` of each property of `element`.
    func properties(_ element: XMLTree) -> [(String, String)] {
        element.children.map { ($0.qualifiedName, $0.attributes["rdf:resource"] ?? $0.text) }
    }

    @Test func namespacesAndTypedSubjectsSortedByID() throws {
        let graph = Fixtures.sample()
        let bytes = try writer.write(graph)
        let root = try XMLTree.parse(bytes)
        #expect(root.qualifiedName == "rdf:RDF")
        let text = String(decoding: bytes, as: UTF8.self)
        for (prefix, iri) in [("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
                              ("xsd", Self.xsd), ("owl", "http://www.w3.org/2002/07/owl#"),
                              ("prov", "http://www.w3.org/ns/prov#"), ("oa", "http://www.w3.org/ns/oa#"), ("dg", Self.dg)] {
            #expect(text.contains("xmlns:\(prefix)=\"\(iri)\""))
        }
        let nodeIRIs = Set(graph.nodes.map { base + $0.id.rawValue })
        #expect(root.children.map { $0.attributes["rdf:about"] ?? "" }.filter(nodeIRIs.contains) == graph.nodes.map { base + $0.id.rawValue })
        #expect(root.children.count == graph.nodeCount + AnnotationCounts.subjects(graph))
        let types = Dictionary(uniqueKeysWithValues: root.children.map { ($0.attributes["rdf:about"] ?? "", $0.qualifiedName) })
        let expected: [(NodeID, String)] = [
            (Fixtures.putin, "dg:Person"), (Fixtures.us, "dg:State"), (Fixtures.nato, "dg:Organization"),
            (Fixtures.kremlin, "dg:Institution"), (Fixtures.reuters, "dg:MediaOutlet"), (Fixtures.call, "dg:Call"),
            (Fixtures.meeting, "dg:Meeting"), (Fixtures.demand, "dg:Demand"), (Fixtures.threat, "dg:Threat"),
            (Fixtures.article, "dg:Article"),
        ]
        for (id, type) in expected { #expect(types[base + id.rawValue] == type) }
        #expect(root.children.allSatisfy { $0.namespace != nil })
    }

    @Test func actorProperties() throws {
        let root = try XMLTree.parse(writer.write(Fixtures.sample()))
        let putin = try description(root, Fixtures.putin)
        let labels = putin.elements("label").map { ($0.attributes["xml:lang"] ?? "", $0.text) }
        #expect(labels.map(\.0) == ["vi", "en"])
        let call = base + Fixtures.call.rawValue, meeting = base + Fixtures.meeting.rawValue
        let expected: [(String, String)] = [
            ("rdfs:label", "Vladimir Putin"), ("rdfs:label", "Vladimir Putin"),
            ("dg:actorType", "person"), ("dg:stateCode", "RU"), ("dg:wikidataId", "Q7747"),
            ("owl:sameAs", "http://www.wikidata.org/entity/Q7747"),
            ("dg:alias", "Putin"), ("dg:alias", "ông Putin"),
            ("prov:wasDerivedFrom", base + Fixtures.article.rawValue),
            ("dg:participatesIn", call), ("dg:participatesIn", meeting), ("dg:initiated", call),
            ("dg:makesDemand", base + Fixtures.demand.rawValue),
            ("dg:affiliatedWith", base + Fixtures.ru.rawValue),
        ]
        let got = properties(putin)
        #expect(got.map(\.0) == expected.map(\.0))
        #expect(got.map(\.1) == expected.map(\.1))
        #expect(!properties(putin).contains { $0.1.contains("actor-missing") }, "dangling edges are skipped")

        // Empty strings are not written: Russia has no English label, NATO no state or Wikidata id.
        let ru = try description(root, Fixtures.ru)
        #expect(ru.elements("label").count == 1)
        let nato = try description(root, Fixtures.nato)
        #expect(nato.element("stateCode") == nil)
        #expect(nato.element("wikidataId") == nil)
        #expect(nato.element("sameAs") == nil)
        #expect(nato.children.allSatisfy { $0.attributes["rdf:resource"] != nil || !$0.text.isEmpty })
    }

    @Test func typedLiterals() throws {
        let root = try XMLTree.parse(writer.write(Fixtures.sample()))
        func literal(_ id: NodeID, _ name: String) throws -> (String, String?) {
            let element = try #require(try description(root, id).element(name), "\(id) \(name)")
            return (element.text, element.attributes["rdf:datatype"])
        }
        #expect(try literal(Fixtures.call, "date") == ("2021-12-30", Self.xsd + "date"))
        #expect(try literal(Fixtures.meeting, "date") == ("2022-01", Self.xsd + "gYearMonth"))
        #expect(try literal(Fixtures.article, "published") == ("2021-12-30", Self.xsd + "date"))
        #expect(try literal(Fixtures.article2, "published") == ("2022-01", Self.xsd + "gYearMonth"))
        #expect(try literal(Fixtures.call, "durationMinutes") == ("50", Self.xsd + "integer"))
        #expect(try literal(Fixtures.threat, "sanctions") == ("true", Self.xsd + "boolean"))
        #expect(try literal(Fixtures.threat2, "sanctions") == ("false", Self.xsd + "boolean"))
        #expect(try literal(Fixtures.article, "url") == ("https://vnexpress.net/a-1.html", Self.xsd + "anyURI"))
        #expect(try literal(Fixtures.call, "cameoCode") == ("041", nil))
        #expect(try literal(Fixtures.call, "ploverCode") == ("CONSULT:phone", nil))
        #expect(try literal(Fixtures.call, "timeZone") == ("America/New_York", nil))
        #expect(try description(root, Fixtures.meeting).element("durationMinutes") == nil)
        #expect(try description(root, Fixtures.threat2).element("condition") == nil)

        let hostile = try XMLTree.parse(writer.write(Fixtures.hostile()))
        let year = try #require(try description(hostile, NodeID(raw: "article-h0")).element("published"))
        #expect(year.text == "2020")
        #expect(year.attributes["rdf:datatype"] == Self.xsd + "gYear")
    }

    @Test func provenanceAndEvidence() throws {
        let root = try XMLTree.parse(writer.write(Fixtures.sample()))
        let call = try description(root, Fixtures.call)
        #expect(call.elements("evidence").map(\.text) == ["Cuộc điện đàm do Nga đề nghị.", "Putin và Biden điện đàm 50 phút."])
        let meeting = try description(root, Fixtures.meeting)
        #expect(meeting.elements("wasDerivedFrom").map { $0.attributes["rdf:resource"] ?? "" }
            == [base + Fixtures.article.rawValue, base + Fixtures.article2.rawValue])
        let demand = try description(root, Fixtures.demand)
        #expect(demand.elements("topic").map(\.text) == ["nato-expansion", "security-guarantees"])
        #expect(demand.elements("addressee").map { $0.attributes["rdf:resource"] ?? "" }
            == [base + Fixtures.nato.rawValue, base + Fixtures.us.rawValue])
        let article = try description(root, Fixtures.article)
        #expect(article.elements("mentions").count == 2)
        #expect(article.element("wasDerivedFrom") == nil)
        #expect(try description(root, Fixtures.threat).element("target")?.attributes["rdf:resource"] == base + Fixtures.ru.rawValue)
        #expect(try description(root, Fixtures.us).element("makesThreat")?.attributes["rdf:resource"] == base + Fixtures.threat.rawValue)
    }

    @Test func baseIRIIsPercentEncoded() throws {
        let options = ExportOptions(baseIRI: "http://example.org/my data/{x}#")
        let root = try XMLTree.parse(RDFXMLWriter(options: options).write(Fixtures.sample()))
        let encoded = "http://example.org/my%20data/%7Bx%7D#"
        #expect(root.children.allSatisfy { $0.attributes["rdf:about"]?.hasPrefix(encoded) == true })
        #expect(try description(root, Fixtures.putin, base: encoded).element("participatesIn")?.attributes["rdf:resource"]
            == encoded + Fixtures.call.rawValue)
    }

    @Test func relativeBaseIsRefused() {
        for bad in ["", "id/", "/id/", "#"] {
            #expect(throws: ExportError.self, "\(bad)") { try RDFXMLWriter(options: ExportOptions(baseIRI: bad)).write(Fixtures.sample()) }
        }
    }

    @Test func hostileLiteralsComeBackCleaned() throws {
        let graph = Fixtures.hostile()
        let root = try XMLTree.parse(writer.write(graph))
        for (i, s) in Fixtures.hostileStrings.enumerated() {
            let cleaned = XMLText.clean(s)
            let actor = try description(root, NodeID(raw: "actor-h\(i)"))
            let labels = actor.elements("label")
            #expect(labels.count == 2)
            for label in labels { #expect(Expectations.sameBytes(label.text, cleaned), "label \(i)") }
            #expect(actor.elements("alias").contains { Expectations.sameBytes($0.text, cleaned) }, "alias \(i)")
            let threat = try description(root, NodeID(raw: "threat-h\(i)"))
            #expect(threat.element("measure").map { Expectations.sameBytes($0.text, cleaned) } == true, "measure \(i)")
            #expect(threat.element("evidence").map { Expectations.sameBytes($0.text, cleaned) } == true, "evidence \(i)")
        }
    }

    /// Every property written is one triple, plus one `rdf:type` per node.
    func expectedTripleCount(_ graph: KnowledgeGraph) -> Int {
        var outgoing: [NodeID: [Edge]] = [:]
        for edge in graph.wellFormedEdges { outgoing[edge.source, default: []].append(edge) }
        return graph.nodes.reduce(0) { $0 + 1 + RDFDescription($1, outgoing: (outgoing[$1.id] ?? [])[...], base: base).properties.count }
            + AnnotationCounts.triples(graph)
    }

    @Test(.enabled(if: ExternalTool.find("rapper") != nil), arguments: [false, true])
    func rapperParsesEveryTriple(hostile: Bool) throws {
        let rapper = try #require(ExternalTool.find("rapper"))
        let graph = hostile ? Fixtures.hostile() : Fixtures.sample()
        let folder = try TemporaryFolder()
        let path = try folder.write(writer.write(graph), to: "out.rdf")
        let result = try rapper.run(["-q", "-i", "rdfxml", "-o", "ntriples", path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == expectedTripleCount(graph))
        if !hostile {
            let putin = "<\(base)actor-putin>"
            #expect(lines.contains("\(putin) <http://www.w3.org/2000/01/rdf-schema#label> \"Vladimir Putin\"@vi ."))
            #expect(lines.contains("\(putin) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <\(Self.dg)Person> ."))
            #expect(lines.contains("<\(base)event-call-2021-12-30> <\(Self.dg)date> \"2021-12-30\"^^<\(Self.xsd)date> ."))
        }
    }

    @Test("Byte-identical whatever the insertion order", arguments: [false, true])
    func deterministic(hostile: Bool) throws {
        let a = try writer.write(hostile ? Fixtures.hostile() : Fixtures.sample())
        let b = try writer.write(hostile ? Fixtures.hostile(reversed: true) : Fixtures.sample(reversed: true))
        #expect(a == b)
        #expect(try writer.write(hostile ? Fixtures.hostile() : Fixtures.sample()) == a)
    }

    @Test func emptyGraph() throws {
        let root = try XMLTree.parse(writer.write(KnowledgeGraph()))
        #expect(root.qualifiedName == "rdf:RDF")
        #expect(root.children.isEmpty)
    }
}
