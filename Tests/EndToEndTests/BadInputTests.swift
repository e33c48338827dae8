import Foundation
import Testing

/// Skipped inputs: each is named on stderr with its reason, the rest is exported.
@Suite("bad inputs")
struct BadInputTests {
    static let goodArticle = """
        ---
        title: Điện đàm Nga - Mỹ
        date: 2022-02-13
        ---
        Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Mỹ Joe Biden ngày 12/2.

        """

    /// `diplograph: PATH…` lines of stderr that name `path`.
    static func lines(naming path: String, in r: Tool.Result) -> [String] {
        r.stderrLines.filter { $0.hasPrefix("diplograph: " + path + ":") }
    }

    @Test("bad files beside a good article: exit 1, each named with its reason, the good one exported")
    func mixedFolder() throws {
        let dir = try TempDir(), out = try TempDir()
        let folder = dir.path("in")
        try dir.write(Self.goodArticle, to: "in/good.txt")
        try dir.write([], to: "in/empty.txt")
        try dir.write(Array("ab".utf8) + [0] + Array("cd\n".utf8), to: "in/nul.txt")
        try dir.write(Array("ab".utf8) + [0xC3, 0x28] + Array("cd\n".utf8), to: "in/utf8.txt")
        try dir.write("---\ntitle: never closed\ndate: 2022-02-13\nTổng thống Putin.\n", to: "in/open.txt")
        let missing = dir.path("nowhere/missing.txt")

        let r = try Tool.run(["export", folder, missing, "--output-dir", out.path, "--name", "n"])
        #expect(r.status == 1, "stderr: \(r.stderr)")

        let expected: [(String, [String])] = [
            ("in/empty.txt", ["empty"]),
            ("in/nul.txt", ["NUL", "offset 2"]),
            ("in/utf8.txt", ["UTF-8", "offset 2"]),
            ("in/open.txt", ["never closed"]),
        ]
        for (name, words) in expected {
            let named = Self.lines(naming: dir.path(name), in: r)
            #expect(named.count == 1, "\(name) not reported once: \(r.stderr)")
            for w in words { #expect(named.first?.contains(w) == true, "\(name): '\(w)' missing in \(named)") }
        }
        let missingLines = Self.lines(naming: missing, in: r)
        #expect(missingLines.count == 1 && missingLines[0].contains("no such file"), "\(r.stderr)")
        #expect(!r.stderr.contains("good.txt"))

        #expect(try out.contents() == ["n.dot", "n.graphml", "n.ids.json", "n.rdf", "n.summary.json"])
        let graph = try GraphMLDocument(out.read("n.graphml"))
        #expect(graph.ids(ofKind: "article") == ["article-good"])
        #expect(graph.nodes["article-good"]?["published"] == "2022-02-13")
        #expect(graph.ids(ofKind: "actor").count >= 2)
    }

    @Test("an unquoted impossible front-matter date (2021-02-30) is reported and the file skipped")
    func impossibleUnquotedDate() throws {
        try impossibleDate(yaml: "date: 2021-02-30")
    }

    @Test("a quoted impossible front-matter date is reported and the file skipped")
    func impossibleQuotedDate() throws {
        try impossibleDate(yaml: "date: \"2021-02-30\"")
    }

    private func impossibleDate(yaml: String) throws {
        let dir = try TempDir()
        let good = try dir.write(Self.goodArticle, to: "good.txt")
        let bad = try dir.write("---\ntitle: Sai ngày\n\(yaml)\n---\nTổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ Joe Biden.\n", to: "baddate.txt")
        let r = try Tool.run(["export", good, bad, "--format", "graphml", "--output", "-"])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        let named = Self.lines(naming: bad, in: r)
        #expect(named.count == 1 && named[0].contains("2021-02-30"), "\(r.stderr)")
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-good"])
        #expect(!r.stdoutText.contains("2021-03-02"))
    }

    @Test("only bad inputs: exit 2, no output file written")
    func onlyBadInputs() throws {
        let dir = try TempDir()
        try dir.write([], to: "in/empty.txt")
        try dir.write([0xC3, 0x28], to: "in/utf8.txt")
        let outDir = dir.path("out")
        let r = try Tool.run(["export", dir.path("in"), "--output-dir", outDir, "--name", "n"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("nothing exported"))
        let written = (try? FileManager.default.contentsOfDirectory(atPath: outDir)) ?? []
        #expect(written.isEmpty, "wrote \(written)")

        let stdout = try Tool.run(["export", dir.path("in"), "--format", "dot", "--output", "-"])
        #expect(stdout.status == 2)
        #expect(stdout.stdout.isEmpty)
    }

    @Test("only bad inputs: existing output files are left unchanged")
    func sentinelsUnchanged() throws {
        let dir = try TempDir()
        try dir.write([], to: "in/empty.txt")
        let sentinel = Array("sentinel — do not touch\n".utf8)
        for ext in ["graphml", "rdf", "dot"] { try dir.write(sentinel, to: "out/n." + ext) }
        try dir.write(sentinel, to: "single.graphml")

        let r = try Tool.run(["export", dir.path("in"), "--output-dir", dir.path("out"), "--name", "n"])
        #expect(r.status == 2)
        let r2 = try Tool.run(["export", dir.path("in/empty.txt"), "--format", "graphml", "--output", dir.path("single.graphml")])
        #expect(r2.status == 2)
        for name in ["out/n.graphml", "out/n.rdf", "out/n.dot", "single.graphml"] {
            #expect(try dir.read(name) == Data(sentinel), "\(name) was changed")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("out")).sorted() == ["n.dot", "n.graphml", "n.rdf"])
        #expect(try dir.contents() == ["in", "out", "single.graphml"])
    }
}

@Suite("manifest.json")
struct ManifestTests {
    static func setUp(_ dir: TempDir) throws {
        try dir.write("{\"articles\": [ {\"file\": \"a.txt\", \"published\": \"2022-02-13\"", to: "in/manifest.json")
        try dir.write("Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Mỹ Joe Biden.\n", to: "in/a.txt")
        try dir.write(BadInputTests.goodArticle, to: "in/good.txt")
    }

    @Test("an invalid manifest.json beside an article without front matter: manifest named, article skipped")
    func invalidManifest() throws {
        let dir = try TempDir()
        try Self.setUp(dir)
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines.contains { $0.hasPrefix("diplograph: " + dir.path("in/manifest.json") + ":") }, "\(r.stderr)")
        let graph = try GraphMLDocument(r.stdout)
        // good.txt has its own date in front matter, so it does not need the manifest.
        #expect(graph.ids(ofKind: "article") == ["article-good"])
    }

    @Test("the article skipped because of a bad manifest is itself named on stderr")
    func skippedArticleNamed() throws {
        let dir = try TempDir()
        try Self.setUp(dir)
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 1)
        #expect(r.stderr.contains(dir.path("in/a.txt")), "the skipped article is not named: \(r.stderr)")
    }
}

@Suite("bad lexicon")
struct BadLexiconTests {
    @Test("a lexicon with a blank form: exit 2, the file and line named, nothing written")
    func blankForm() throws {
        let lexicon = try TempDir(), out = try TempDir()
        let source = Tool.repoPath("Sources/DiplographExtraction/Lexicon")
        for file in try FileManager.default.contentsOfDirectory(atPath: source) where file.hasSuffix(".json") {
            try FileManager.default.copyItem(atPath: source + "/" + file, toPath: lexicon.path(file))
        }
        let rules = lexicon.path("rules.json")
        let text = try String(contentsOfFile: rules, encoding: .utf8)
        let list = try #require(text.range(of: "\"notTriggers\": ["))
        let line = text[..<list.lowerBound].count(where: { $0 == "\n" }) + 1
        try text.replacingCharacters(in: list, with: "\"notTriggers\": [\"\\u200b\", ").write(toFile: rules, atomically: true, encoding: .utf8)

        let r = try Tool.run(["export", Tool.repoPath("seeds"), "--lexicon", lexicon.path, "--output-dir", out.path, "--name", "n"])
        #expect(r.status == 2, "stderr: \(r.stderr)")
        #expect(r.stderrLines.contains { $0.hasPrefix("diplograph: \(rules):\(line): notTriggers[0] is only invisible characters (U+200B)") },
                "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}
