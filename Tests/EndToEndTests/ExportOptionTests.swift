import Foundation
import Testing

/// The options of `diplograph export` that are wrong on their face are usage errors (status 64,
/// one plain line on stderr, nothing written), and the odd-but-meaningful ones do what they say.
@Suite("export options")
struct ExportOptionTests {
    static let one = Tool.repoPath("seeds/001_c370ad7c0e317180.txt")

    /// Runs an export that must be refused as a usage error, and checks that nothing was written.
    static func expectUsageError(_ options: [String], mentioning words: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let parent = try TempDir()
        let out = parent.path("out")
        let r = try Tool.run(["export", one, "--output-dir", out] + options, in: parent.url)
        #expect(r.status == 64, "status \(r.status) for \(options)", sourceLocation: sourceLocation)
        #expect(r.stderrLines.count == 1 && r.stderr.hasPrefix("diplograph: ") && r.stderr.contains(words),
                "\(options): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
        let written = try parent.contents()
        #expect(written.isEmpty, "written for \(options): \(written)", sourceLocation: sourceLocation)
    }

    @Test("--format '' and ',,' name no format: usage error")
    func emptyFormats() throws {
        try Self.expectUsageError(["--format", ""], mentioning: "--format")
        try Self.expectUsageError(["--format", ",,"], mentioning: "--format")
        try Self.expectUsageError(["--format", "graphml,pdfx"], mentioning: "pdfx")
    }

    @Test("--format all,dot and graphml,graphml write each format once")
    func repeatedFormats() throws {
        let out = try TempDir()
        let r = try Tool.run(["export", Self.one, "--format", "all,dot", "--output-dir", out.path, "--name", "a"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try out.contents() == ["a.dot", "a.gexf", "a.graphml", "a.ids.json", "a.nt", "a.rdf", "a.summary.json", "a.ttl"])
        let summary = try JSONSerialization.jsonObject(with: try out.read("a.summary.json")) as? [String: Any]
        #expect(summary?["formats"] as? [String] == ["graphml", "rdfxml", "dot", "gexf", "turtle", "ntriples"])
        let twice = try Tool.run(["export", Self.one, "--format", "graphml,graphml", "--output-dir", out.path, "--name", "g"])
        #expect(twice.status == 0)
        let gSummary = try JSONSerialization.jsonObject(with: try out.read("g.summary.json")) as? [String: Any]
        #expect(gSummary?["files"] as? [String] == ["g.graphml"])
    }

    @Test("--output beside --output-dir is a usage error")
    func outputWithOutputDir() throws {
        let parent = try TempDir()
        let r = try Tool.run(["export", Self.one, "--format", "dot", "--output", parent.path("x.dot"), "--output-dir", parent.path("out")])
        #expect(r.status == 64)
        #expect(r.stderrLines.count == 1 && r.stderr.contains("--output-dir"), "\(r.stderr)")
        #expect(try parent.contents().isEmpty)
    }

    @Test("--name that is empty, holds '/', or starts with '.' is refused", arguments: ["", "../x", "a/b", ".hidden", "..", "tab\there"])
    func badNames(_ name: String) throws {
        try Self.expectUsageError(["--name", name], mentioning: "--name")
    }

    @Test("a name of 230 characters works with every format (the temporary names are shortened)")
    func longName() throws {
        let out = try TempDir()
        let name = String(repeating: "n", count: 230)
        let r = try Tool.run(["export", Self.one, "--format", "all", "--output-dir", out.path, "--name", name])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try out.contents() == ["dot", "gexf", "graphml", "ids.json", "nt", "rdf", "summary.json", "ttl"].map { name + "." + $0 })
        // Vietnamese letters take two or three bytes: 110 × 'ư' is 220 bytes.
        let vietnamese = String(repeating: "ư", count: 110)
        let v = try Tool.run(["export", Self.one, "--format", "graphml", "--output-dir", out.path, "--name", vietnamese])
        #expect(v.status == 0, "stderr: \(v.stderr)")
        #expect(out.exists(vietnamese + ".summary.json"))
    }

    @Test("a name whose files would pass 255 bytes is a usage error, for the view written")
    func tooLongName() throws {
        try Self.expectUsageError(["--name", String(repeating: "n", count: 243)], mentioning: "255")
        // 240 characters fit NAME.summary.json but not NAME-actors.summary.json.
        try Self.expectUsageError(["--name", String(repeating: "n", count: 240), "--view", "actors"], mentioning: "255")
    }

    @Test("a file given twice (and inside a folder given too) is one input, listed once")
    func sameFileTwice() throws {
        let out = try TempDir()
        let seeds = Tool.repoPath("seeds")
        let r = try Tool.run(["export", Self.one, Self.one, seeds, seeds + "/./001_c370ad7c0e317180.txt",
                              "--format", "graphml", "--output-dir", out.path, "--name", "d"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let summary = try JSONSerialization.jsonObject(with: try out.read("d.summary.json")) as? [String: Any]
        let files = (summary?["inputs"] as? [[String: Any]])?.compactMap { $0["file"] as? String } ?? []
        let seedCount = try Tool.seedFiles().count
        #expect(files.count == seedCount, "\(files)")
        #expect(Set(files).count == files.count)
    }

    @Test("--base-iri must be absolute and end in '/' or '#': usage error in plain words otherwise",
          arguments: ["https://example.org/id", "example.org/id/", "https://example.org/a b/"])
    func badBaseIRI(_ iri: String) throws {
        let parent = try TempDir()
        let r = try Tool.run(["export", Self.one, "--format", "rdfxml", "--output", "-", "--base-iri", iri], in: parent.url)
        #expect(r.status == 64)
        #expect(r.stderrLines.count == 1 && r.stderr.hasPrefix("diplograph: --base-iri "), "\(r.stderr)")
        #expect(!r.stderr.contains("RDFTriples") && !r.stderr.contains("failed:"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("a base IRI ending in '#' is taken")
    func hashBaseIRI() throws {
        let r = try Tool.run(["export", Self.one, "--format", "ntriples", "--output", "-", "--base-iri", "https://example.org/g#"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdoutText.contains("<https://example.org/g#"))
    }

    @Test("any usage error is one plain line with status 64")
    func usageErrorsAreOneLine() throws {
        for arguments in [["export"], ["export", Self.one, "--no-such-option"], ["export", Self.one, "--view", "sideways"]] {
            let r = try Tool.run(arguments)
            #expect(r.status == 64, "\(arguments)")
            #expect(r.stderrLines.count == 1 && r.stderr.hasPrefix("diplograph: "), "\(arguments): \(r.stderr)")
        }
    }
}
