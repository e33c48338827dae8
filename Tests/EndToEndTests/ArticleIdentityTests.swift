import Foundation
import Testing

/// Distinct files are distinct articles whatever their names, one file given twice is one article,
/// and subfolders are read only when asked.
@Suite("article identity")
struct ArticleIdentityTests {
    /// An article reporting a Putin–Biden call on `day` (`d/m`), published on `published`.
    static func article(_ title: String, published: String, day: String) -> String {
        "---\ntitle: \(title)\ndate: \(published)\n---\n"
            + "Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Mỹ Joe Biden ngày \(day).\n"
    }

    /// Exports `arguments` as GraphML on stdout and checks: exit 0, two article nodes titled
    /// "Một" and "Hai", and each event names the article that reported it (the call of 12/2 is in
    /// "Một", the call of 20/3 in "Hai").
    static func expectTwoArticles(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try Tool.run(["export"] + arguments + ["--format", "graphml", "--output", "-"])
        #expect(r.status == 0, "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        let graph = try GraphMLDocument(r.stdout)
        let articles = graph.ids(ofKind: "article")
        #expect(articles.count == 2, "\(articles)", sourceLocation: sourceLocation)
        #expect(Set(articles.compactMap { graph.nodes[$0]?["title"] }) == ["Một", "Hai"], sourceLocation: sourceLocation)
        let titleOf = { (id: String) in graph.nodes[id]?["title"] ?? "?" }
        var reported: [String: [String]] = [:]
        for event in graph.ids(ofKind: "event") {
            let date = graph.nodes[event]?["date"] ?? ""
            reported[date] = (graph.nodes[event]?["articles"] ?? "").split(separator: "|").map { titleOf(String($0)) }
        }
        #expect(reported == ["2022-02-12": ["Một"], "2022-03-20": ["Hai"]], sourceLocation: sourceLocation)
    }

    static func writePair(_ dir: TempDir, _ first: String, _ second: String) throws {
        try dir.write(article("Một", published: "2022-02-13", day: "12/2"), to: first)
        try dir.write(article("Hai", published: "2022-03-21", day: "20/3"), to: second)
    }

    @Test("x/tin.txt and y/tin.txt, given as two folders or as two files, are two articles")
    func sameNameInTwoFolders() throws {
        let dir = try TempDir()
        try Self.writePair(dir, "x/tin.txt", "y/tin.txt")
        try Self.expectTwoArticles([dir.path("x"), dir.path("y")])
        try Self.expectTwoArticles([dir.path("x/tin.txt"), dir.path("y/tin.txt")])
    }

    @Test("tin.txt and tin.md in one folder are two articles; tin.txt keeps the id article-tin")
    func sameStemTwoExtensions() throws {
        let dir = try TempDir()
        try Self.writePair(dir, "in/tin.txt", "in/tin.md")
        try Self.expectTwoArticles([dir.path("in")])
        let graph = try GraphMLDocument(try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"]).stdout)
        #expect(graph.ids(ofKind: "article") == ["article-tin", "article-tin.md"])
    }

    @Test("'a b.txt' and 'a-b.txt' are two articles")
    func spaceAndDash() throws {
        let dir = try TempDir()
        try Self.writePair(dir, "in/a b.txt", "in/a-b.txt")
        try Self.expectTwoArticles([dir.path("in")])
    }

    @Test("names that differ only in non-ASCII letters are two articles")
    func nonASCIINames() throws {
        let dir = try TempDir()
        try Self.writePair(dir, "in/tin tức.txt", "in/tín tực.txt")
        try Self.expectTwoArticles([dir.path("in")])
        let dir2 = try TempDir()
        try Self.writePair(dir2, "in/Москва.txt", "in/Киев.txt")
        try Self.expectTwoArticles([dir2.path("in")])
    }

    @Test("the same file given twice, or with its folder, is one article, read once")
    func samePathTwice() throws {
        let dir = try TempDir()
        try dir.write(Self.article("Một", published: "2022-02-13", day: "12/2"), to: "in/a.txt")
        for arguments in [[dir.path("in/a.txt"), dir.path("in/a.txt")], [dir.path("in"), dir.path("in/a.txt")],
                          [dir.path("in"), dir.path("in") + "/", dir.path("in/../in/a.txt")]] {
            let r = try Tool.run(["export"] + arguments + ["--format", "graphml", "--output", "-"])
            #expect(r.status == 0, "stderr: \(r.stderr)")
            let graph = try GraphMLDocument(r.stdout)
            #expect(graph.ids(ofKind: "article") == ["article-a"], "\(arguments)")
            let events = graph.ids(ofKind: "event")
            #expect(events.count == 1 && graph.nodes[events[0]]?["evidence"]?.contains(" | ") == false, "\(arguments)")
        }
    }

    @Test("a subfolder is named on stderr and left out; with --recursive it is read, its articles' file holding the subfolder")
    func subfolders() throws {
        let dir = try TempDir()
        try Self.writePair(dir, "in/tin.txt", "in/more/tin.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderrLines == ["diplograph: " + dir.path("in/more") + ": subfolder not read (add --recursive to read subfolders)"])
        #expect(try GraphMLDocument(r.stdout).ids(ofKind: "article") == ["article-tin"])

        try Self.expectTwoArticles([dir.path("in"), "--recursive"])
        let deep = try GraphMLDocument(try Tool.run(["export", dir.path("in"), "--recursive", "--format", "graphml", "--output", "-"]).stdout)
        let files = deep.ids(ofKind: "article").compactMap { deep.nodes[$0]?["file"] }.sorted()
        #expect(files == ["more/tin.txt", "tin.txt"])
    }

    @Test("NAME.summary.json names each skipped input and why")
    func skippedNamedInSummary() throws {
        let dir = try TempDir(), out = try TempDir()
        try dir.write(Self.article("Một", published: "2022-02-13", day: "12/2"), to: "in/good.txt")
        try dir.write([0x41, 0x00, 0x42], to: "in/binary.txt")
        let r = try Tool.run(["export", dir.path("in"), dir.path("missing.txt"), "--format", "graphml",
                              "--output-dir", out.path, "--name", "s"])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        struct Summary: Decodable {
            struct Skipped: Decodable, Equatable { let path: String; let reason: String }
            let skipped: Int
            let skippedInputs: [Skipped]
        }
        let summary = try JSONDecoder().decode(Summary.self, from: try out.read("s.summary.json"))
        #expect(summary.skipped == 2)
        #expect(summary.skippedInputs.map(\.path) == [dir.path("missing.txt"), dir.path("in/binary.txt")])
        #expect(summary.skippedInputs.first?.reason == "no such file or folder")
        #expect(summary.skippedInputs.last?.reason.contains("NUL byte at offset 1") == true)
    }
}
