import Testing
import Foundation
import DiplographModel
@testable import DiplographExport

/// Which article gave which sentence: each fact's evidence as a W3C Web Annotation in the RDF
/// exports, with IRIs, selectors and offsets checked against values written here by hand.
@Suite struct EvidenceAnnotationTests {
    let base = ExportOptions.defaultBaseIRI
    static let oa = "http://www.w3.org/ns/oa#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// `predicate → objects` of `subject` in `triples`, objects as IRIs or literal text.
    func properties(_ triples: [RDFTriple], _ subject: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for t in triples where t.subject == subject {
            switch t.object {
            case .resource(let iri): out[t.predicate, default: []].append(iri)
            case .literal(let value, _, _): out[t.predicate, default: []].append(value)
            }
        }
        return out
    }

    @Test func eachPieceOfEvidenceIsOneAnnotationOfItsSentence() throws {
        let triples = try RDFTriples.build(Fixtures.sample(), options: .init())
        let article = base + "article-001_abc"
        let first = article + "/sentence/10-42", second = article + "/sentence/43-72"
        // Fact → the sentences it was read from, as the fixture's evidence says, in node id order.
        let expected: [(String, String, String)] = [
            ("demand-guarantees", "43-72", second),
            ("event-call-2021-12-30", "10-42", first), ("event-call-2021-12-30", "43-72", second),
            ("event-meeting-2022-01", "10-42", first),
            ("threat-sanctions", "10-42", first), ("threat-sanctions", "43-72", second),
        ]
        let annotations = triples.filter { $0.predicate == "rdf:type" && $0.object == .resource(Self.oa + "Annotation") }.map(\.subject)
        #expect(annotations == expected.map { base + $0.0 + "/evidence/article-001_abc/" + $0.1 })
        for (fact, span, sentence) in expected {
            let p = properties(triples, base + fact + "/evidence/article-001_abc/" + span)
            #expect(p["oa:hasBody"] == [base + fact])
            #expect(p["oa:hasTarget"] == [sentence])
            #expect(p["oa:motivatedBy"] == [Self.oa + "describing"])
        }
        // threat-military has no evidence, hence no annotation.
        #expect(!triples.contains { $0.subject.hasPrefix(base + "threat-military/") })

        // One segment per sentence, shared by the facts read from it, with both selectors.
        let segment = properties(triples, first)
        #expect(segment["rdf:type"] == [Self.oa + "SpecificResource"])
        #expect(segment["oa:hasSource"] == [article])
        #expect(segment["oa:hasSelector"] == [first + "/position", first + "/quote"])
        #expect(properties(triples, first + "/quote")["oa:exact"] == ["Putin và Biden điện đàm 50 phút."])
        #expect(properties(triples, second + "/quote")["oa:exact"] == ["Cuộc điện đàm do Nga đề nghị."])
        let position = triples.filter { $0.subject == second + "/position" && $0.predicate != "rdf:type" }
        #expect(position.map(\.predicate) == ["oa:start", "oa:end"])
        #expect(position.map(\.object) == [.literal("43", datatype: Self.xsd + "nonNegativeInteger"),
                                           .literal("72", datatype: Self.xsd + "nonNegativeInteger")])
        // The meeting is derived from both articles but was read from one sentence of the first:
        // nothing points at the second article's text.
        #expect(!triples.contains { $0.subject.hasPrefix(base + "article-002_def/") })
        // The contract's triples stay.
        #expect(properties(triples, base + "event-call-2021-12-30")["dg:evidence"]?.count == 2)
        #expect(properties(triples, base + "event-meeting-2022-01")["prov:wasDerivedFrom"]?.count == 2)
    }

    @Test func evidenceOfAnArticleOutsideTheExportGetsNoAnnotation() throws {
        var graph = KnowledgeGraph()
        let outside = Evidence(article: NodeID(raw: "article-gone"), sentence: "Câu.", start: 0, end: 4)
        graph.insert(Event(id: NodeID(raw: "event-x"), label: "Gặp", eventType: .meeting, mode: .unknown, status: .occurred,
                           evidence: [outside]))
        let triples = try RDFTriples.build(graph, options: .init())
        #expect(!triples.contains { $0.predicate.hasPrefix("oa:") })
    }

    @Test func annotationIRIsAreDistinctAndStable() throws {
        let a = try RDFTriples.build(Fixtures.sample(), options: .init())
        let b = try RDFTriples.build(Fixtures.sample(reversed: true), options: .init())
        #expect(a == b)
        let hostile = try RDFTriples.build(Fixtures.hostile(), options: .init())
        let subjects = RDFTriples.groupedBySubject(hostile).map { $0.first?.subject ?? "" }
        #expect(Set(subjects).count == subjects.count, "no two subjects share an IRI")
        #expect(subjects.allSatisfy { !$0.contains(" ") && !$0.contains("\"") })
    }

    /// The README's provenance query, through pyoxigraph, over an event told by two articles, one
    /// sentence each: exactly the two (article, sentence) pairs, not their cross product.
    @Test(.enabled(if: Python.pyoxigraph != nil))
    func provenanceQueryPairsEachArticleWithItsSentence() throws {
        let python = try #require(Python.pyoxigraph)
        let a1 = NodeID(raw: "article-a"), a2 = NodeID(raw: "article-b")
        var graph = KnowledgeGraph()
        graph.insert(Article(id: a1, title: "A", published: PartialDate(year: 2022, month: 2, day: 13), file: "a.txt"))
        graph.insert(Article(id: a2, title: "B", published: PartialDate(year: 2022, month: 2, day: 14), file: "b.txt"))
        let event = NodeID(raw: "event-call")
        graph.insert(Event(id: event, label: "Điện đàm", eventType: .call, mode: .phone, status: .occurred,
                           articles: [a1, a2],
                           evidence: [Evidence(article: a1, sentence: "Câu một.", start: 5, end: 13),
                                      Evidence(article: a2, sentence: "Câu hai.", start: 0, end: 8)]))
        let folder = try TemporaryFolder()
        let path = try folder.write(RDFXMLWriter().write(graph), to: "g.rdf")
        let script = """
            import sys, pyoxigraph as ox
            s = ox.Store()
            s.load(path=sys.argv[1], format=ox.RdfFormat.RDF_XML)
            q = '''PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?article ?sentence ?start WHERE {
              ?annotation oa:hasBody <\(base)event-call> ; oa:hasTarget ?segment .
              ?segment oa:hasSource ?article ; oa:hasSelector ?quote , ?position .
              ?quote a oa:TextQuoteSelector ; oa:exact ?sentence .
              ?position a oa:TextPositionSelector ; oa:start ?start .
            } ORDER BY ?article'''
            for row in s.query(q):
                print(row["article"].value, row["sentence"].value, row["start"].value, sep="\\t")
            """
        let result = try python.run(["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: result.stdout, as: UTF8.self) == "\(base)article-a\tCâu một.\t5\n\(base)article-b\tCâu hai.\t0\n")
    }
}
