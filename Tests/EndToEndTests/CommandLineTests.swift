import Foundation
import Testing

@Suite("command line: stdout, usage errors, help")
struct CommandLineTests {
    static let article = Tool.repoPath("seeds/001_c370ad7c0e317180.txt")

    @Test("--output - with --format graphml writes the GraphML to stdout, the same bytes as the file")
    func graphMLToStdout() throws {
        let r = try Tool.run(["export", Self.article, "--format", "graphml", "--output", "-"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdoutText.hasPrefix("<?xml"))
        #expect(r.stdoutText.contains("<graphml"))
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-001_c370ad7c0e317180"])

        let out = try TempDir()
        let f = try Tool.run(["export", Self.article, "--format", "graphml", "--output-dir", out.path, "--name", "one"])
        #expect(f.status == 0)
        #expect(try out.contents() == ["one.graphml", "one.ids.json", "one.summary.json"])
        #expect(try out.read("one.graphml") == r.stdout)
    }

    @Test("--output with two formats is a usage error (64) with a message")
    func outputWithTwoFormats() throws {
        let out = try TempDir()
        let r = try Tool.run(["export", Self.article, "--format", "graphml,dot", "--output", out.path("g.xml")])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--output"))
        #expect(r.stderr.contains("one format"))
        #expect(r.stdout.isEmpty)
        #expect(!out.exists("g.xml"))
    }

    @Test("an unknown format is a usage error naming the format")
    func unknownFormat() throws {
        let out = try TempDir()
        let r = try Tool.run(["export", Self.article, "--format", "graphml,pdfx", "--output-dir", out.path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("pdfx"))
        #expect(try out.contents().isEmpty)
    }

    @Test("--help exits 0 and names the three commands")
    func help() throws {
        let r = try Tool.run(["--help"])
        #expect(r.status == 0)
        for command in ["export", "explain", "validate"] { #expect(r.stdoutText.contains(command), "\(command) missing") }
    }

    @Test("the tool under test is the one built beside the test runner")
    func binaryLocation() throws {
        let binary = try #require(Tool.binary)
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
        #if os(Linux)
        // On Linux the test runner is `<products>/diplographPackageTests.xctest`, and Bundle.main is its folder.
        #expect(binary.deletingLastPathComponent().standardizedFileURL.path
            == Bundle.main.bundleURL.resolvingSymlinksInPath().standardizedFileURL.path)
        #endif
        // The resources of the bundled lexicon sit beside it, so it is a full build product.
        let resources = try FileManager.default.contentsOfDirectory(atPath: binary.deletingLastPathComponent().path)
        #expect(resources.contains { $0.hasSuffix(".resources") || $0.hasSuffix(".bundle") })
    }
}
