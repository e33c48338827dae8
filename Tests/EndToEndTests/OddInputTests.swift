import Foundation
import Testing

/// Inputs that are readable but odd: a misspelled front-matter fence, no date anywhere, a file far
/// too large to be an article, one sentence repeated thousands of times.
@Suite("odd inputs")
struct OddInputTests {
    static let sentence = "Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Mỹ Joe Biden ngày 12/2. "

    @Test("front matter opened with '--' or '----' is refused with line 1 named; the good article is exported")
    func misspelledFence() throws {
        let dir = try TempDir()
        try dir.write("--\ntitle: Điện đàm\ndate: 2022-02-13\n---\n" + Self.sentence + "\n", to: "in/two.txt")
        try dir.write("----\ntitle: Điện đàm\ndate: 2022-02-13\n---\n" + Self.sentence + "\n", to: "in/four.txt")
        try dir.write(BadInputTests.goodArticle, to: "in/good.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        for (file, fence) in [("two.txt", "--"), ("four.txt", "----")] {
            let line = try #require(r.stderrLines.first { $0.hasPrefix("diplograph: " + dir.path("in/" + file)) }, "\(r.stderr)")
            #expect(line.contains(":1:") || line.contains("line 1"), "\(line)")
            #expect(line.contains("'---'") && line.contains("'\(fence)'"), "\(line)")
        }
        #expect(try GraphMLDocument(r.stdout).ids(ofKind: "article") == ["article-good"])
    }

    @Test("a plain text article with no date anywhere is exported, with a warning naming it; exit 0")
    func noDateAnywhere() throws {
        let dir = try TempDir()
        try dir.write(Self.sentence + "\n", to: "in/plain.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderrLines == ["diplograph: " + dir.path("in/plain.txt")
            + ": no publication date (front matter 'date', manifest.json or page metadata); dates relative to it are left unresolved"])
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-plain"])
        // "ngày 12/2" has no year without a publication date: the call is kept, undated.
        let events = graph.ids(ofKind: "event")
        #expect(events.count == 1)
        #expect(events.allSatisfy { graph.nodes[$0]?["date"] ?? "" == "" })
    }

    @Test("a manifest.json listing a file the folder lacks is named with that file; the rest is exported; exit 1")
    func manifestListsMissingFile() throws {
        let dir = try TempDir()
        try dir.write("""
            {"articles": [{"file": "a.txt", "published": "2022-02-13"}, {"file": "gone.txt", "published": "2022-02-14"}]}
            """, to: "in/manifest.json")
        try dir.write(Self.sentence + "\n", to: "in/a.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines == ["diplograph: " + dir.path("in/manifest.json") + ": lists 'gone.txt', which is not in the folder"])
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-a"])
        // a.txt took its date from the manifest: the call of "ngày 12/2" is dated.
        #expect(graph.ids(ofKind: "event").compactMap { graph.nodes[$0]?["date"] } == ["2022-02-12"])
    }

    @Test("a file that is only front matter is exported as an article with no facts; exit 0")
    func onlyFrontMatter() throws {
        let dir = try TempDir()
        try dir.write("---\ntitle: Chỉ có tiêu đề\ndate: 2022-02-13\n---\n", to: "in/head.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-head"])
        #expect(graph.nodes["article-head"]?["title"] == "Chỉ có tiêu đề")
        #expect(graph.ids(ofKind: "event").isEmpty && graph.edges.isEmpty)
    }

    @Test("a file larger than 32 MiB is refused by its size before it is read; the rest is exported")
    func tooLarge() throws {
        let dir = try TempDir()
        let big = try dir.write(Self.sentence, to: "in/huge.txt")
        // A sparse file: 100 MB long, nothing written, so the test costs no disk.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        try dir.write(BadInputTests.goodArticle, to: "in/good.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines == ["diplograph: " + big + ": is 100000000 bytes, larger than the 32 MiB an article may have"])
        #expect(try GraphMLDocument(r.stdout).ids(ofKind: "article") == ["article-good"])
    }

    @Test("one sentence repeated 20,000 times on one line: one event with every repetition as evidence")
    func repeatedSentence() throws {
        let dir = try TempDir()
        let text = "---\ntitle: lặp\ndate: 2022-02-13\n---\n" + String(repeating: Self.sentence, count: 20_000) + "\n"
        try dir.write(text, to: "in/repeat.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let graph = try GraphMLDocument(r.stdout)
        let events = graph.ids(ofKind: "event")
        try #require(events.count == 1)
        #expect(graph.nodes[events[0]]?["date"] == "2022-02-12")
        // Every repetition is a distinct place in the article: 20,000 offsets.
        #expect(graph.nodes[events[0]]?["offsets"]?.split(separator: "|").count == 20_000)
    }

    @Test("a dangling link and a folder named like an article are named with their reasons; the rest is exported")
    func unreadableEntries() throws {
        let dir = try TempDir()
        try dir.write(BadInputTests.goodArticle, to: "in/good.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path("in/dangling.txt"), withDestinationPath: dir.path("nowhere/x.txt"))
        try FileManager.default.createDirectory(atPath: dir.path("in/folder.txt"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.path("gone"), withDestinationPath: dir.path("nowhere"))
        let r = try Tool.run(["export", dir.path("in"), dir.path("gone"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines.sorted() == [
            "diplograph: " + dir.path("gone") + ": no such file or folder",
            "diplograph: " + dir.path("in/dangling.txt") + ": no such file",
            "diplograph: " + dir.path("in/folder.txt") + ": subfolder not read (add --recursive to read subfolders)",
        ])
        #expect(try GraphMLDocument(r.stdout).ids(ofKind: "article") == ["article-good"])
    }

    @Test("articles in English, Chinese and Russian are read without error and give no Vietnamese facts")
    func otherLanguages() throws {
        let dir = try TempDir()
        let head = "---\ntitle: t\ndate: 2022-02-13\n---\n"
        try dir.write(head + "President Vladimir Putin held a phone call with President Joe Biden on Saturday.\n", to: "in/en.txt")
        try dir.write(head + "俄罗斯总统普京周六与美国总统拜登通电话。\n", to: "in/zh.txt")
        try dir.write(head + "Президент России Владимир Путин провёл телефонный разговор с Джо Байденом.\n", to: "in/ru.txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty)
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-en", "article-ru", "article-zh"])
        #expect(graph.ids(ofKind: "event").isEmpty && graph.ids(ofKind: "demand").isEmpty && graph.ids(ofKind: "threat").isEmpty)
    }
}
