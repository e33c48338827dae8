import Testing
import Foundation
import DiplographModel
@testable import DiplographExport

/// Exports checked against the project's own `schema/shapes.ttl` with pyshacl (skipped when pyshacl
/// is not installed): undated and untitled articles, date bounds, evidence annotations, and shapes
/// that catch what they must catch.
@Suite struct ShapesConformanceTests {
    static let shapes = SchemaPaths.packageRoot.appendingPathComponent("schema/shapes.ttl").path
    static let pyshacl = Python.with("pyshacl")
    let base = ExportOptions.defaultBaseIRI

    static let article = NodeID(raw: "article-001")
    static let lavrov = NodeID(raw: "actor-lavrov")
    static let blinken = NodeID(raw: "actor-blinken")
    static let meeting = NodeID(raw: "event-2021-12-meeting-blinken-lavrov")
    static let demand = NodeID(raw: "demand-lavrov-to-blinken")
    static let threat = NodeID(raw: "threat-blinken-to-lavrov")

    /// A small full graph of one article: a meeting, a demand and a threat, each with evidence.
    static func graph(published: PartialDate? = PartialDate(year: 2021, month: 12, day: 3), title: String = "Lavrov gặp Blinken",
                      meetingDate: PartialDate? = PartialDate(year: 2021, month: 12), demandArticles: [NodeID]? = nil) -> KnowledgeGraph {
        var g = KnowledgeGraph()
        let first = Evidence(article: article, sentence: "Ngoại trưởng Nga Lavrov gặp Ngoại trưởng Mỹ Blinken.", start: 40, end: 93)
        let second = Evidence(article: article, sentence: "Ông Lavrov yêu cầu Mỹ không mở rộng NATO.", start: 94, end: 135)
        g.insert(Article(id: article, title: title, published: published, file: "001.txt"))
        g.insert(Actor(id: lavrov, label: "Sergei Lavrov", labelEn: "Sergei Lavrov", actorType: .person, state: "RU",
                       aliases: ["Lavrov"], articles: [article]))
        g.insert(Actor(id: blinken, label: "Antony Blinken", labelEn: "Antony Blinken", actorType: .person, state: "US",
                       aliases: ["Blinken"], articles: [article]))
        g.insert(Event(id: meeting, label: "Gặp Sergei Lavrov – Antony Blinken", labelEn: "Meeting Sergei Lavrov – Antony Blinken",
                       eventType: .meeting, mode: .inPerson, status: .occurred, date: meetingDate,
                       articles: [article], evidence: [first]))
        g.insert(Demand(id: demand, label: "Sergei Lavrov → Antony Blinken: nato-expansion", topics: ["nato-expansion"],
                        text: "không mở rộng NATO", cameo: "100", articles: demandArticles ?? [article], evidence: [second]))
        g.insert(Threat(id: threat, label: "Antony Blinken ⚠ Sergei Lavrov: trừng phạt", sanctions: true, measure: "trừng phạt",
                        condition: "", cameo: "1312", articles: [article], evidence: [first, second]))
        for actor in [lavrov, blinken] { g.connect(actor, meeting, .participant) }
        g.connect(lavrov, demand, .demands)
        g.connect(demand, blinken, .addressee)
        g.connect(blinken, threat, .threatens)
        g.connect(threat, lavrov, .target)
        for node in [lavrov, blinken, meeting, demand, threat] { g.connect(article, node, .mentions) }
        return g
    }

    /// pyshacl's verdict on `data` (N-Triples or RDF/XML text) and its report.
    func validate(_ data: [UInt8], format: String) throws -> (conforms: Bool, report: String) {
        let python = try #require(Self.pyshacl)
        let folder = try TemporaryFolder()
        let path = try folder.write(data, to: "data")
        let script = """
            import sys, pyshacl
            ok, _, report = pyshacl.validate(data_graph=sys.argv[1], data_graph_format=sys.argv[2],
                                             shacl_graph=sys.argv[3], shacl_graph_format="turtle", inference="none")
            print(report)
            sys.exit(0 if ok else 1)
            """
        let result = try python.run(["-c", script, path, format, Self.shapes])
        #expect(result.status == 0 || result.status == 1, "pyshacl failed to run: \(result.stderr)")
        return (result.status == 0, String(decoding: result.stdout, as: UTF8.self))
    }

    func ntriples(_ graph: KnowledgeGraph) throws -> String {
        String(decoding: try NTriplesWriter().write(graph), as: UTF8.self)
    }

    @Test(.enabled(if: pyshacl != nil))
    func datedTitledExportConforms() throws {
        let verdict = try validate(RDFXMLWriter().write(Self.graph()), format: "xml")
        #expect(verdict.conforms, "\(verdict.report)")
    }

    /// An article with no date anywhere is exported (exit 0): its RDF must conform too.
    @Test(.enabled(if: pyshacl != nil))
    func undatedArticleConforms() throws {
        let graph = Self.graph(published: nil, meetingDate: nil)
        let text = try ntriples(graph)
        #expect(!text.contains("published"))
        let verdict = try validate(Array(text.utf8), format: "nt")
        #expect(verdict.conforms, "\(verdict.report)")
    }

    /// No title: the label is the file name as a plain string, tagged with no language.
    @Test(.enabled(if: pyshacl != nil))
    func untitledArticleIsLabelledByItsFileNameWithoutLanguage() throws {
        let text = try ntriples(Self.graph(title: ""))
        let label = "<\(base)article-001> <http://www.w3.org/2000/01/rdf-schema#label> "
        #expect(text.contains(label + "\"001.txt\" ."))
        #expect(!text.contains(label + "\"001.txt\"@vi ."))
        let verdict = try validate(Array(text.utf8), format: "nt")
        #expect(verdict.conforms, "\(verdict.report)")
        // A title is a Vietnamese label as before.
        #expect(try ntriples(Self.graph()).contains(label + "\"Lavrov gặp Blinken\"@vi ."))
    }

    @Test(.enabled(if: pyshacl != nil))
    func monthPrecisionEventHasDayBounds() throws {
        let text = try ntriples(Self.graph())
        let event = "<\(base)\(Self.meeting.rawValue)> <https://w3id.org/diplograph/ontology#"
        let xsdDate = "^^<http://www.w3.org/2001/XMLSchema#date> ."
        #expect(text.contains(event + "date> \"2021-12\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> ."))
        #expect(text.contains(event + "earliestDate> \"2021-12-01\"" + xsdDate))
        #expect(text.contains(event + "latestDate> \"2021-12-31\"" + xsdDate))
        let day = try ntriples(Self.graph(meetingDate: PartialDate(year: 2024, month: 2, day: 29)))
        #expect(day.contains(event + "earliestDate> \"2024-02-29\"" + xsdDate))
        #expect(day.contains(event + "latestDate> \"2024-02-29\"" + xsdDate))
        let year = try ntriples(Self.graph(meetingDate: PartialDate(year: 2024)))
        #expect(year.contains(event + "earliestDate> \"2024-01-01\"" + xsdDate))
        #expect(year.contains(event + "latestDate> \"2024-12-31\"" + xsdDate))
        let verdict = try validate(Array(text.utf8), format: "nt")
        #expect(verdict.conforms, "\(verdict.report)")
        // A bound without its date is caught.
        let stray = try ntriples(Self.graph(meetingDate: nil))
            + "<\(base)\(Self.meeting.rawValue)> <https://w3id.org/diplograph/ontology#earliestDate> \"2021-12-01\"" + xsdDate + "\n"
        #expect(try !validate(Array(stray.utf8), format: "nt").conforms)
    }

    /// Dropping the annotations of the export leaves facts the shapes reject.
    @Test(.enabled(if: pyshacl != nil))
    func shapesRequireAnAnnotationPerFact() throws {
        let lines = try ntriples(Self.graph()).split(separator: "\n")
        let stripped = lines.filter { !$0.hasPrefix("<\(base)\(Self.demand.rawValue)/evidence/") }.joined(separator: "\n") + "\n"
        let verdict = try validate(Array(stripped.utf8), format: "nt")
        #expect(!verdict.conforms)
        #expect(verdict.report.contains("at least one oa:Annotation"), "\(verdict.report)")
    }

    /// An annotation whose article is not among its fact's sources is caught (SHACL-SPARQL).
    @Test(.enabled(if: pyshacl != nil))
    func shapesTieTheAnnotatedArticleToTheFactsSources() throws {
        var graph = Self.graph(demandArticles: [NodeID(raw: "article-002")])
        graph.insert(Article(id: NodeID(raw: "article-002"), title: "Khác", published: nil, file: "002.txt"))
        let verdict = try validate(RDFXMLWriter().write(graph), format: "xml")
        #expect(!verdict.conforms)
        #expect(verdict.report.contains("is not among its fact's prov:wasDerivedFrom"), "\(verdict.report)")
    }
}
