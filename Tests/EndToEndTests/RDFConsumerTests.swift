import Foundation
import Testing

/// The RDF the binary writes, read by a triple store's tools (pyshacl, pyoxigraph, from the
/// project's `.venv` when present, else `python3`; skipped when the module is missing).
@Suite("RDF consumers")
struct RDFConsumerTests {
    /// A Python interpreter that can `import module`, or nil.
    static func python(with module: String) -> String? {
        let venv = Tool.repoPath(".venv/bin/python")
        for candidate in [venv, "/usr/bin/python3"] where FileManager.default.isExecutableFile(atPath: candidate) {
            let check = Process()
            check.executableURL = URL(fileURLWithPath: candidate)
            check.arguments = ["-c", "import " + module]
            check.standardOutput = FileHandle.nullDevice
            check.standardError = FileHandle.nullDevice
            guard (try? check.run()) != nil else { continue }
            check.waitUntilExit()
            if check.terminationStatus == 0 { return candidate }
        }
        return nil
    }

    static let pyshacl = python(with: "pyshacl")
    static let pyoxigraph = python(with: "pyoxigraph")

    /// Runs `script` with `arguments` under `python`; its status and standard output.
    func run(_ python: String, _ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let dir = try TempDir()
        let out = try dir.write("", to: "stdout")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try dir.read("stdout"), as: UTF8.self))
    }

    func conforms(_ rdf: String) throws -> (Bool, String) {
        let python = try #require(Self.pyshacl)
        let script = """
            import sys, pyshacl
            ok, _, report = pyshacl.validate(data_graph=sys.argv[1], data_graph_format="xml", shacl_graph=sys.argv[2],
                                             shacl_graph_format="turtle", inference="none")
            print(report)
            sys.exit(0 if ok else 1)
            """
        let r = try run(python, script, [rdf, Tool.repoPath("schema/shapes.ttl")])
        return (r.status == 0, r.output)
    }

    @Test("An article with no date and no title exports with exit 0 and conforms to the shapes", .enabled(if: pyshacl != nil))
    func undatedUntitledArticleConforms() throws {
        let dir = try TempDir()
        try dir.write(OddInputTests.sentence + "\n", to: "in/plain.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "rdfxml", "--output", dir.path("plain.rdf")])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let rdf = String(decoding: try dir.read("plain.rdf"), as: UTF8.self)
        #expect(!rdf.contains("dg:published"))
        #expect(rdf.contains("<rdfs:label>plain.txt</rdfs:label>"), "an untitled article's label is its file name, untagged")
        let (ok, report) = try conforms(dir.path("plain.rdf"))
        #expect(ok, "\(report)")
    }

    @Test("The seeds' RDF conforms, and each annotated sentence is its article file's text at its offsets",
          .enabled(if: pyshacl != nil && pyoxigraph != nil))
    func seedsProvenance() throws {
        let dir = try TempDir()
        let r = try Tool.run(["export", Tool.repoPath("seeds"), "--format", "rdfxml", "--output", dir.path("seeds.rdf"), "--no-cache"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let (ok, report) = try conforms(dir.path("seeds.rdf"))
        #expect(ok, "\(report)")
        let python = try #require(Self.pyoxigraph)
        let script = """
            import sys, pathlib, pyoxigraph as ox
            s = ox.Store()
            s.load(path=sys.argv[1], format=ox.RdfFormat.RDF_XML)
            q = '''PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            SELECT ?fact ?file ?sentence ?start ?end WHERE {
              ?a oa:hasBody ?fact ; oa:hasTarget ?t . ?t oa:hasSource ?article ; oa:hasSelector ?q , ?p .
              ?q oa:exact ?sentence . ?p oa:start ?start ; oa:end ?end . ?article dg:file ?file }'''
            rows = bad = 0
            facts = {}
            for row in s.query(q):
                text = pathlib.Path(sys.argv[2], row["file"].value).read_text(encoding="utf-8").removeprefix("\\ufeff")
                rows += 1
                bad += text[int(row["start"].value):int(row["end"].value)] != row["sentence"].value
                facts.setdefault(row["fact"].value, set()).add(row["file"].value)
            print(rows, bad, sum(1 for files in facts.values() if len(files) > 1))
            """
        let result = try run(python, script, [dir.path("seeds.rdf"), Tool.repoPath("seeds")])
        #expect(result.status == 0)
        let counts = result.output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        #expect(counts.count == 3, "\(result.output)")
        if counts.count == 3 {
            #expect(counts[0] > 0, "annotations found")
            #expect(counts[1] == 0, "every oa:exact is the file's text between oa:start and oa:end")
            #expect(counts[2] > 0, "some fact is told by several articles, each with its own sentences")
        }
    }
}
