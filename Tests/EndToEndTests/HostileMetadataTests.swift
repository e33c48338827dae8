import Foundation
import Testing

/// Front matter and manifests written to break the reader: YAML the subset refuses, dates that
/// are almost dates, manifests with faults in one entry, fields too long for any consumer. Each
/// fault stays its own article's: the rest is exported, exit 1.
@Suite("hostile front matter and manifests")
struct HostileMetadataTests {
    static let body = "Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Mỹ Joe Biden ngày 12/2.\n"

    /// Exports `folder` as GraphML to stdout within a generous time bound.
    static func export(_ folder: String) throws -> Tool.Result {
        try #require(try BoundedRun.run(["export", folder, "--format", "graphml", "--output", "-"], seconds: 60), "the export did not finish")
    }

    /// The one stderr line naming `path`.
    static func line(naming path: String, in r: Tool.Result) throws -> String {
        let named = BadInputTests.lines(naming: path, in: r)
        try #require(named.count == 1, "\(path) not named once: \(r.stderr)")
        return named[0]
    }

    @Test("complex keys and an alias bomb skip only their own articles, each named with its line")
    func refusedYAML() throws {
        let dir = try TempDir()
        try dir.write(BadInputTests.goodArticle, to: "in/good.txt")
        let cases: [(String, String, String)] = [
            ("flow-key.txt", "[a]: c\ndate: 2022-02-13", ":2: front matter: a complex key"),
            ("map-key.txt", "date: 2022-02-13\n{a: b}: c", ":3: front matter: a complex key"),
            ("explicit-key.txt", "date: 2022-02-13\n? [a, b]\n: c", ":3: front matter: a complex key"),
            ("bomb.txt", "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
                + (1..<9).map { "l\($0): &l\($0) [" + Array(repeating: $0 == 1 ? "*a" : "*l\($0 - 1)", count: 9).joined(separator: ", ") + "]" }
                    .joined(separator: "\n") + "\ndate: 2022-02-13", ":2: front matter: an anchor"),
        ]
        for (name, head, _) in cases { try dir.write("---\n\(head)\n---\n" + Self.body, to: "in/" + name) }
        let r = try Self.export(dir.path("in"))
        #expect(r.status == 1, "stderr: \(r.stderr)")
        for (name, _, words) in cases {
            let path = dir.path("in/" + name)
            #expect(try Self.line(naming: path, in: r).hasPrefix("diplograph: " + path + words), "\(r.stderr)")
        }
        #expect(try GraphMLDocument(r.stdout).ids(ofKind: "article") == ["article-good"])
    }

    @Test("dates are read strictly: a sign, extra digits or trailing text are refused with file and value; a date-time gives its day")
    func strictDates() throws {
        let dir = try TempDir()
        let bad = ["plus": "+2022-02-12", "long": "2022-02-123", "garbage": "2022-02-12garbage"]
        for (name, value) in bad { try dir.write("---\ndate: \(value)\n---\n" + Self.body, to: "in/\(name).txt") }
        try dir.write("---\ndate: 2022-02-12T10:00:00Z\n---\n" + Self.body, to: "in/datetime.txt")
        let r = try Self.export(dir.path("in"))
        #expect(r.status == 1, "stderr: \(r.stderr)")
        for (name, value) in bad {
            let path = dir.path("in/\(name).txt")
            #expect(try Self.line(naming: path, in: r).hasPrefix("diplograph: \(path):2: front matter date '\(value)' is not a real YYYY-MM-DD date"))
        }
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-datetime"])
        #expect(graph.nodes["article-datetime"]?["published"] == "2022-02-12")
    }

    @Test("one bad manifest date or a file listed twice skips only that article; a date-time is read as in front matter")
    func manifestEntries() throws {
        let dir = try TempDir()
        let manifest = try dir.write("""
            {"articles": [
              {"file": "a.txt", "published": "2022-02-12T10:00:00Z"},
              {"file": "b.txt", "published": "2022-02-123"},
              {"file": "c.txt", "published": "2022-02-13"},
              {"file": "c.txt", "published": "2022-02-14"},
              {"file": "d.txt", "published": "2022-02-13"}
            ]}
            """, to: "in/manifest.json")
        for name in ["a", "b", "c", "d"] { try dir.write(Self.body, to: "in/\(name).txt") }
        let r = try Self.export(dir.path("in"))
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines.contains("diplograph: \(manifest): article 2 ('b.txt'): '2022-02-123' is not a real YYYY-MM-DD date (a time may follow: 2022-02-12T10:00:00Z)"), "\(r.stderr)")
        #expect(r.stderrLines.contains("diplograph: \(manifest): article 4 ('c.txt') is listed twice (first as article 3); neither entry is used"), "\(r.stderr)")
        #expect(try Self.line(naming: dir.path("in/b.txt"), in: r).contains("skipped"))
        #expect(try Self.line(naming: dir.path("in/c.txt"), in: r).contains("skipped"))
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-a", "article-d"])
        #expect(graph.nodes["article-a"]?["published"] == "2022-02-12")
        #expect(graph.nodes["article-d"]?["published"] == "2022-02-13")
    }

    @Test("a manifest over 64 MiB is refused by its size, before it is read")
    func manifestTooLarge() throws {
        let dir = try TempDir()
        let manifest = try dir.write("{\"articles\": []}", to: "in/manifest.json")
        // Sparse: 400 MB long, nothing written.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: manifest))
        try handle.truncate(atOffset: 400_000_000)
        try handle.close()
        try dir.write(Self.body, to: "in/a.txt")
        try dir.write(BadInputTests.goodArticle, to: "in/good.txt")
        let r = try Self.export(dir.path("in"))
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines.contains("diplograph: \(manifest): is 400000000 bytes, larger than the 64 MiB a manifest may have"), "\(r.stderr)")
        #expect(try GraphMLDocument(r.stdout).ids(ofKind: "article") == ["article-good"])
    }

    @Test("a title of 20,000 characters, in front matter or a manifest, skips its article with the bound named")
    func overlongTitle() throws {
        let dir = try TempDir()
        let title = String(repeating: "Tiêu đề ", count: 2_500)
        try dir.write("---\ntitle: \(title)\ndate: 2022-02-13\n---\n" + Self.body, to: "in/front.txt")
        let manifest = try dir.write("{\"articles\": [{\"file\": \"listed.txt\", \"published\": \"2022-02-13\", \"title\": \"\(title)\"}]}", to: "in/manifest.json")
        try dir.write(Self.body, to: "in/listed.txt")
        try dir.write(BadInputTests.goodArticle, to: "in/good.txt")
        let r = try Self.export(dir.path("in"))
        #expect(r.status == 1, "stderr: \(r.stderr)")
        let front = dir.path("in/front.txt")
        #expect(try Self.line(naming: front, in: r) == "diplograph: \(front): front matter title is 19999 characters long, more than the 1000 a title may have")
        #expect(r.stderrLines.contains("diplograph: \(manifest): article 1 ('listed.txt'): title is 20000 characters long, more than the 1000 a title may have"), "\(r.stderr)")
        #expect(try GraphMLDocument(r.stdout).ids(ofKind: "article") == ["article-good"])
    }

    @Test("one line of 'Nga, ' repeated to 1 MB is read in linear time (hang guard: 60 s)")
    func longListOfNames() throws {
        let dir = try TempDir()
        let path = try dir.write("---\ndate: 2022-02-13\n---\n" + String(repeating: "Nga, ", count: 200_000) + "\n", to: "nga.txt")
        let r = try #require(try BoundedRun.run(["export", path, "--format", "dot", "--output", "-", "--no-cache"], seconds: 60),
                             "a line of 200,000 names did not finish within 60 s")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdoutText.contains("\"actor-ru\""))
    }
}
