import Testing
import Foundation
import DiplographModel
@testable import DiplographExport

/// Turtle and N-Triples: the same triples as RDF/XML, escaping, rapper and pyoxigraph, determinism.
@Suite struct TurtleNTriplesWriterTests {
    let base = ExportOptions.defaultBaseIRI
    static let dg = "https://w3id.org/diplograph/ontology#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    static let rdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label"

    func ntriples(_ graph: KnowledgeGraph) throws -> String {
        String(decoding: try NTriplesWriter().write(graph), as: UTF8.self)
    }

    func turtle(_ graph: KnowledgeGraph) throws -> String {
        String(decoding: try TurtleWriter().write(graph), as: UTF8.self)
    }

    /// One `rdf:type` per node plus one triple per property of its description (as RDF/XML counts).
    func expectedTripleCount(_ graph: KnowledgeGraph) -> Int {
        var outgoing: [NodeID: [Edge]] = [:]
        for edge in graph.wellFormedEdges { outgoing[edge.source, default: []].append(edge) }
        return graph.nodes.reduce(0) { $0 + 1 + RDFDescription($1, outgoing: (outgoing[$1.id] ?? [])[...], base: base).properties.count }
            + AnnotationCounts.triples(graph)
    }

    @Test("The shared builder holds every triple RDF/XML writes", arguments: [false, true])
    func builderMatchesDescriptions(hostile: Bool) throws {
        let graph = hostile ? Fixtures.hostile() : Fixtures.sample()
        let triples = try RDFTriples.build(graph, options: .init())
        #expect(triples.count == expectedTripleCount(graph))
        let groups = RDFTriples.groupedBySubject(triples)
        let nodeIRIs = Set(graph.nodes.map { base + $0.id.rawValue })
        #expect(groups.map { $0.first?.subject ?? "" }.filter(nodeIRIs.contains) == graph.nodes.map { base + $0.id.rawValue },
                "node subjects sorted by node id")
        #expect(groups.allSatisfy { $0.first?.predicate == "rdf:type" })
        #expect(Set(triples.map(\.subject)).count == groups.count, "each subject in one run")
        #expect(groups.count == graph.nodeCount + AnnotationCounts.subjects(graph))
    }

    @Test func nTriplesLines() throws {
        let text = try ntriples(Fixtures.sample())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "", "ends with a line feed")
        let body = lines.dropLast()
        #expect(body.count == expectedTripleCount(Fixtures.sample()))
        #expect(body.allSatisfy { $0.hasPrefix("<") && $0.hasSuffix(" .") })
        let putin = "<\(base)actor-putin>"
        #expect(body.contains("\(putin) <\(Self.rdfsLabel)> \"Vladimir Putin\"@vi ."))
        #expect(body.contains("\(putin) <\(Self.rdfType)> <\(Self.dg)Person> ."))
        #expect(body.contains("\(putin) <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q7747> ."))
        #expect(body.contains("\(putin) <http://www.w3.org/ns/prov#wasDerivedFrom> <\(base)article-001_abc> ."))
        #expect(body.contains("<\(base)event-call-2021-12-30> <\(Self.dg)date> \"2021-12-30\"^^<\(Self.xsd)date> ."))
        #expect(body.contains("<\(base)event-meeting-2022-01> <\(Self.dg)date> \"2022-01\"^^<\(Self.xsd)gYearMonth> ."))
        #expect(body.contains("<\(base)event-call-2021-12-30> <\(Self.dg)durationMinutes> \"50\"^^<\(Self.xsd)integer> ."))
        #expect(body.contains("<\(base)threat-sanctions> <\(Self.dg)sanctions> \"true\"^^<\(Self.xsd)boolean> ."))
        #expect(body.contains("<\(base)actor-kremlin> <\(Self.rdfsLabel)> \"Kremlin\"@en ."))
        #expect(!text.contains("actor-missing"), "dangling edges are skipped")
        // Read back with the tests' own reader: the same triples as the builder, in its order.
        let parsed = try NTriple.parse(text)
        let built = try RDFTriples.build(Fixtures.sample(), options: .init())
        #expect(parsed.map(\.subject) == built.map(\.subject))
        #expect(try parsed.map(\.predicate) == built.map { try RDFVocabulary.expand($0.predicate) })
    }

    @Test func turtleGroupsBySubject() throws {
        let graph = Fixtures.sample()
        let text = try turtle(graph)
        let blocks = text.components(separatedBy: "\n\n")
        let prefixes = try #require(blocks.first).split(separator: "\n")
        #expect(prefixes.map(String.init) == RDFVocabulary.namespaces.map { "@prefix \($0.prefix): <\($0.iri)> ." })
        #expect(blocks.count == graph.nodeCount + AnnotationCounts.subjects(graph) + 1)
        #expect(text.hasSuffix(" .\n"))
        let putin = try #require(blocks.first { $0.hasPrefix("<\(base)actor-putin> ") })
        let lines = putin.split(separator: "\n").map(String.init)
        #expect(lines.first == "<\(base)actor-putin> a dg:Person ;")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("    ") && $0.hasSuffix(" ;") })
        #expect(lines.last?.hasSuffix(" .") == true)
        #expect(lines.contains("    rdfs:label \"Vladimir Putin\"@vi ;"))
        #expect(lines.contains("    owl:sameAs <http://www.wikidata.org/entity/Q7747> ;"))
        #expect(lines.contains("    dg:participatesIn <\(base)event-call-2021-12-30> ;"))
        #expect(lines.count == RDFTriples.groupedBySubject(try RDFTriples.build(graph, options: .init()))
            .first { $0.first?.subject == base + "actor-putin" }?.count)
        let call = try #require(blocks.first { $0.hasPrefix("<\(base)event-call-2021-12-30> ") })
        #expect(call.contains("    dg:date \"2021-12-30\"^^xsd:date ;"))
        #expect(call.contains("    dg:durationMinutes \"50\"^^xsd:integer ;"))
        let article = try #require(blocks.first { $0.hasPrefix("<\(base)article-001_abc> ") })
        #expect(article.contains("    dg:url \"https://vnexpress.net/a-1.html\"^^xsd:anyURI ;"))
    }

    @Test func hostileLiteralsRoundTrip() throws {
        let graph = Fixtures.hostile()
        let triples = try NTriple.parse(try ntriples(graph))
        for (i, s) in Fixtures.hostileStrings.enumerated() {
            let cleaned = XMLText.clean(s)
            let labels = triples.filter { $0.subject == base + "actor-h\(i)" && $0.predicate == Self.rdfsLabel }
            #expect(labels.count == 2)
            for label in labels {
                guard case .literal(let value, let language, nil) = label.object else { Issue.record("not a literal"); continue }
                #expect(Expectations.sameBytes(value, cleaned), "label \(i)")
                #expect(language == "vi" || language == "en")
            }
            let measure = triples.first { $0.subject == base + "threat-h\(i)" && $0.predicate == Self.dg + "measure" }
            guard case .literal(let value, _, _)? = measure?.object else { Issue.record("measure \(i)"); continue }
            #expect(Expectations.sameBytes(value, cleaned), "measure \(i)")
        }
        // No raw line break or control character inside a line.
        let text = try ntriples(graph) + turtle(graph)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains(#""line1\nline2\r\nline3\rline4"@vi"#))
        #expect(text.contains(#""quote \" and 'apostrophe'"@vi"#))
        #expect(text.contains(#""back\\slash \\n \\\" \\N \\G"@vi"#))
        #expect(text.contains(#""C0:\t\n\r:end"@vi"#))
    }

    @Test func baseIRIIsPercentEncodedAndRelativeRefused() throws {
        let options = ExportOptions(baseIRI: "http://example.org/my data/{x}#")
        let nt = String(decoding: try NTriplesWriter(options: options).write(Fixtures.sample()), as: UTF8.self)
        #expect(nt.split(separator: "\n").allSatisfy { $0.hasPrefix("<http://example.org/my%20data/%7Bx%7D#") })
        let ttl = String(decoding: try TurtleWriter(options: options).write(Fixtures.sample()), as: UTF8.self)
        #expect(ttl.contains("<http://example.org/my%20data/%7Bx%7D#actor-putin> a dg:Person ;"))
        for bad in ["", "id/", "#"] {
            #expect(throws: ExportError.self) { try NTriplesWriter(options: ExportOptions(baseIRI: bad)).write(Fixtures.sample()) }
            #expect(throws: ExportError.self) { try TurtleWriter(options: ExportOptions(baseIRI: bad)).write(Fixtures.sample()) }
        }
    }

    @Test("Byte-identical whatever the insertion order", arguments: [false, true])
    func deterministic(hostile: Bool) throws {
        for write in [{ try NTriplesWriter().write($0) }, { try TurtleWriter().write($0) }] as [(KnowledgeGraph) throws -> [UInt8]] {
            let a = try write(hostile ? Fixtures.hostile() : Fixtures.sample())
            let b = try write(hostile ? Fixtures.hostile(reversed: true) : Fixtures.sample(reversed: true))
            #expect(a == b)
            #expect(!a.isEmpty)
        }
    }

    @Test func emptyGraph() throws {
        #expect(try NTriplesWriter().write(KnowledgeGraph()).isEmpty)
        let ttl = try turtle(KnowledgeGraph())
        #expect(ttl.split(separator: "\n").count == RDFVocabulary.namespaces.count)
        #expect(ttl.split(separator: "\n").allSatisfy { $0.hasPrefix("@prefix ") })
    }

    /// rapper's own N-Triples of `bytes` read as `syntax`, with its exit status and warnings.
    func rapperTriples(_ bytes: [UInt8], syntax: String, file: String) throws -> (lines: [String], status: Int32, stderr: String) {
        let rapper = try #require(ExternalTool.find("rapper"))
        let folder = try TemporaryFolder()
        let path = try folder.write(bytes, to: file)
        let result = try rapper.run(["-q", "-i", syntax, "-o", "ntriples", path])
        return (String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init), result.status, result.stderr)
    }

    /// The count `rapper -i syntax -c` reports on stderr.
    func rapperCount(_ bytes: [UInt8], syntax: String, file: String) throws -> (count: Int?, status: Int32, stderr: String) {
        let rapper = try #require(ExternalTool.find("rapper"))
        let folder = try TemporaryFolder()
        let path = try folder.write(bytes, to: file)
        let result = try rapper.run(["-i", syntax, "-c", path])
        let count = result.stderr.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: "Parsing returned ") else { return nil }
            return Int(line[range.upperBound...].split(separator: " ").first ?? "")
        }.first
        return (count, result.status, result.stderr)
    }

    @Test(.enabled(if: ExternalTool.find("rapper") != nil), arguments: [false, true])
    func rapperCountsTheSameTriples(hostile: Bool) throws {
        let graph = hostile ? Fixtures.hostile() : Fixtures.sample()
        let rdf = try rapperCount(RDFXMLWriter().write(graph), syntax: "rdfxml", file: "out.rdf")
        let ttl = try rapperCount(TurtleWriter().write(graph), syntax: "turtle", file: "out.ttl")
        let nt = try rapperCount(NTriplesWriter().write(graph), syntax: "ntriples", file: "out.nt")
        #expect(rdf.status == 0)
        #expect(rdf.count == expectedTripleCount(graph))
        for (name, result) in [("turtle", ttl), ("ntriples", nt)] {
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(!result.stderr.localizedCaseInsensitiveContains("warning"), "\(name): \(result.stderr)")
            #expect(!result.stderr.localizedCaseInsensitiveContains("error"), "\(name): \(result.stderr)")
            #expect(result.count == rdf.count, "\(name)")
        }
        // Not only as many: the very same triples, as rapper reads them.
        let fromRDF = try rapperTriples(RDFXMLWriter().write(graph), syntax: "rdfxml", file: "out.rdf")
        let fromTTL = try rapperTriples(TurtleWriter().write(graph), syntax: "turtle", file: "out.ttl")
        let fromNT = try rapperTriples(NTriplesWriter().write(graph), syntax: "ntriples", file: "out.nt")
        #expect(fromTTL.stderr.isEmpty && fromNT.stderr.isEmpty, "\(fromTTL.stderr) \(fromNT.stderr)")
        #expect(fromTTL.lines.sorted() == fromRDF.lines.sorted())
        #expect(fromNT.lines.sorted() == fromRDF.lines.sorted())
        #expect(fromNT.lines.count == expectedTripleCount(graph))
    }

    @Test(.enabled(if: ExternalTool.find("rapper") != nil))
    func rapperReadsHostileLiteralsBack() throws {
        let lines = try rapperTriples(TurtleWriter().write(Fixtures.hostile()), syntax: "turtle", file: "h.ttl").lines
        let triples = try NTriple.parse(lines.joined(separator: "\n"))
        for (i, s) in Fixtures.hostileStrings.enumerated() {
            let text = triples.first { $0.subject == base + "demand-h\(i)" && $0.predicate == Self.dg + "text" }
            guard case .literal(let value, nil, nil)? = text?.object else { Issue.record("text \(i)"); continue }
            #expect(Expectations.sameBytes(value, XMLText.clean(s)), "text \(i)")
        }
    }

    @Test(.enabled(if: Python.pyoxigraph != nil), arguments: [false, true])
    func pyoxigraphLoadsThemStrictly(hostile: Bool) throws {
        let python = try #require(Python.pyoxigraph)
        let graph = hostile ? Fixtures.hostile() : Fixtures.sample()
        let folder = try TemporaryFolder()
        let rdf = try folder.write(RDFXMLWriter().write(graph), to: "out.rdf")
        let ttl = try folder.write(TurtleWriter().write(graph), to: "out.ttl")
        let nt = try folder.write(NTriplesWriter().write(graph), to: "out.nt")
        let script = """
        import sys, pyoxigraph as ox
        sets = []
        for path, fmt in ((sys.argv[1], ox.RdfFormat.RDF_XML), (sys.argv[2], ox.RdfFormat.TURTLE), (sys.argv[3], ox.RdfFormat.N_TRIPLES)):
            store = ox.Store()
            store.load(path=path, format=fmt)
            sets.append(set(str(q.triple) for q in store))
        print(len(sets[0]), len(sets[1]), len(sets[2]), sets[0] == sets[1] == sets[2])
        """
        let result = try python.run(["-c", script, rdf, ttl, nt])
        #expect(result.status == 0, "\(result.stderr)")
        let n = expectedTripleCount(graph)
        #expect(String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "\(n) \(n) \(n) True")
    }
}
