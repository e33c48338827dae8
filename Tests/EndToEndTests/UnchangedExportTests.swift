import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// A re-export whose command, inputs and written files are as the recorded run left them does
/// nothing (`timing: unchanged`); any change makes it a full export, which writes what a clean run
/// writes (README, "Re-exporting an unchanged folder").
@Suite("re-exporting an unchanged folder")
struct UnchangedExportTests {
    /// A copy of the seed articles (and their manifest), an output folder and a cache.
    struct Setup {
        let corpus: TempDir, out: TempDir, cache: TempDir
        var env: [String: String] { ViewsRun.environment(["DIPLOGRAPH_CACHE": cache.path]) }
        var args: [String] { ["export", corpus.path, "--name", "s", "--timings", "--output-dir", out.path] }

        init() throws {
            corpus = try TempDir()
            out = try TempDir()
            cache = try TempDir()
            for file in try FileManager.default.contentsOfDirectory(atPath: Tool.repoPath("seeds")) {
                try FileManager.default.copyItem(atPath: Tool.repoPath("seeds/" + file), toPath: corpus.path(file))
            }
        }

        /// Runs the export with `extra` options; whether it did nothing, and its result.
        func export(_ extra: [String] = []) throws -> (unchanged: Bool, result: ViewsRun.Result) {
            let r = try ViewsRun.run(args + extra, environment: env)
            #expect(r.status == 0, "stderr: \(r.stderrText)")
            let unchanged = r.stderrText.contains("timing: unchanged")
            #expect(unchanged != r.stderrText.contains("timing: extract"), "\(r.stderrText)")
            return (unchanged, r)
        }

        /// What a run without the cache writes for the corpus as it is now into a folder holding
        /// the id ledger of `before` (the output folder's files before the run: a folder export
        /// keeps the ids its ledger gave out).
        func clean(_ extra: [String] = [], before: [String: Data] = [:]) throws -> [String: Data] {
            let folder = try TempDir()
            if let ledger = before["s.ids.json"] { try ledger.write(to: URL(fileURLWithPath: folder.path("s.ids.json"))) }
            let r = try ViewsRun.run(["export", corpus.path, "--name", "s", "--no-cache", "--output-dir", folder.path] + extra,
                                     environment: ViewsRun.environment([:]))
            #expect(r.status == 0, "stderr: \(r.stderrText)")
            return ViewsRun.files(under: folder.path)
        }

        var written: [String: Data] { ViewsRun.files(under: out.path) }

        func article(_ n: Int) throws -> String {
            let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            return corpus.path(names[n])
        }
    }

    /// Replaces the byte at `offset` of `path` (the file keeps its size).
    static func poke(_ path: String, at offset: Int, _ byte: UInt8) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        try #require(offset < bytes.count && bytes[offset] != byte)
        bytes[offset] = byte
        let fd = open(path, O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(pwrite(fd, bytes, bytes.count, 0) == bytes.count)
    }

    @Test("the same command again does nothing and leaves every file as it was, inode and time")
    func unchanged() throws {
        let s = try Setup()
        #expect(try s.export().unchanged == false)
        let before = try ViewsRun.inodes(under: s.out.path)
        let times = try FileManager.default.contentsOfDirectory(atPath: s.out.path).map {
            try FileManager.default.attributesOfItem(atPath: s.out.path($0))[.modificationDate] as? Date
        }
        let again = try s.export()
        #expect(again.unchanged, "\(again.result.stderrText)")
        #expect(try ViewsRun.inodes(under: s.out.path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.out.path).map {
            try FileManager.default.attributesOfItem(atPath: s.out.path($0))[.modificationDate] as? Date
        } == times)
        #expect(s.written == (try s.clean()))
        // Once its times are past any clock tick, the inputs are judged by their state alone; a
        // third run is still unchanged.
        #expect(try s.export().unchanged)
    }

    @Test("one byte of one article changed (same size, same time set back) is a full export")
    func changedArticle() throws {
        let s = try Setup()
        _ = try s.export()
        let article = try s.article(1)
        let modified = try FileManager.default.attributesOfItem(atPath: article)[.modificationDate]
        let text = [UInt8](try Data(contentsOf: URL(fileURLWithPath: article)))
        let digit = try #require(text.lastIndex { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "8") })
        try Self.poke(article, at: digit, text[digit] + 1)
        try FileManager.default.setAttributes([.modificationDate: modified as Any], ofItemAtPath: article)
        let before = s.written
        #expect(try s.export().unchanged == false)
        #expect(s.written == (try s.clean(before: before)))
        #expect(try s.export().unchanged)
    }

    @Test("a new article or a removed one is a full export; a run that warns is not recorded")
    func addedAndRemoved() throws {
        let s = try Setup()
        _ = try s.export()
        let call = "Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ Joe Biden hôm nay.\n"
        try Data(("---\ndate: 2022-02-12\n---\n" + call).utf8).write(to: URL(fileURLWithPath: s.corpus.path("new.txt")))
        var before = s.written
        #expect(try s.export().unchanged == false)
        #expect(s.written == (try s.clean(before: before)))
        #expect(try s.export().unchanged)
        try FileManager.default.removeItem(atPath: s.corpus.path("new.txt"))
        before = s.written
        #expect(try s.export().unchanged == false)
        #expect(s.written == (try s.clean(before: before)))
        #expect(try s.export().unchanged)

        // Without a date the run warns, so it is not recorded: the next one exports (and warns) again.
        try Data(call.utf8).write(to: URL(fileURLWithPath: s.corpus.path("undated.txt")))
        #expect(try s.export().unchanged == false)
        let warned = try s.export()
        #expect(warned.unchanged == false && warned.result.stderrText.contains("no publication date"))
    }

    @Test("a changed manifest entry is a full export")
    func changedManifest() throws {
        let s = try Setup()
        _ = try s.export()
        let manifest = s.corpus.path("manifest.json")
        let text = String(decoding: try #require(FileManager.default.contents(atPath: manifest)), as: UTF8.self)
        let redated = text.replacingOccurrences(of: #""published": "2021-12-30""#, with: #""published": "2021-12-29""#)
        try #require(redated != text)
        try Data(redated.utf8).write(to: URL(fileURLWithPath: manifest))
        let before = s.written
        #expect(try s.export().unchanged == false)
        #expect(s.written == (try s.clean(before: before)))
    }

    @Test("a changed option, another lexicon or --no-cache is a full export")
    func changedOptions() throws {
        let s = try Setup()
        _ = try s.export()
        let before = s.written
        #expect(try s.export(["--dot-articles", "none"]).unchanged == false)
        #expect(s.written == (try s.clean(["--dot-articles", "none"], before: before)))
        #expect(try s.export(["--dot-articles", "none"]).unchanged)
        #expect(try s.export(["--base-iri", "http://example.org/x/"]).unchanged == false)
        #expect(try s.export(["--format", "graphml"]).unchanged == false)
        _ = try s.export()
        #expect(try s.export().unchanged)

        let lexicon = try TempDir()
        let source = Tool.repoPath("Sources/DiplographExtraction/Lexicon")
        for file in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + file, toPath: lexicon.path(file))
        }
        // The same files as the built-in lexicon: the same fingerprint, the same output.
        #expect(try s.export(["--lexicon", lexicon.path]).unchanged)
        let rules = lexicon.path("rules.json")
        try (try #require(FileManager.default.contents(atPath: rules)) + Data("\n".utf8)).write(to: URL(fileURLWithPath: rules))
        #expect(try s.export(["--lexicon", lexicon.path]).unchanged == false)

        _ = try s.export()
        let r = try ViewsRun.run(s.args + ["--no-cache"], environment: s.env)
        #expect(r.status == 0 && r.stderrText.contains("timing: extract"), "\(r.stderrText)")
    }

    @Test("a written file changed (one byte, same size), touched or removed is a full export that puts it right")
    func changedOutputs() throws {
        let s = try Setup()
        _ = try s.export()
        let reference = s.written
        try Self.poke(s.out.path("s.graphml"), at: 100, UInt8(ascii: "#"))
        #expect(try s.export().unchanged == false)
        #expect(s.written == reference)
        #expect(try s.export().unchanged)

        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: s.out.path("s.rdf"))
        // Only its time changed: its bytes are compared, found the same, and nothing is written.
        #expect(try s.export().unchanged)

        try FileManager.default.removeItem(atPath: s.out.path("s.ids.json"))
        #expect(try s.export().unchanged == false)
        #expect(s.written == reference)
        // The same files under another name are another export.
        #expect(try s.export(["--name", "t"]).unchanged == false)
    }

    @Test("a second folder export of the same inputs is recorded apart; each stays unchanged")
    func twoFolders() throws {
        let s = try Setup()
        let other = try TempDir()
        let otherArgs = ["export", s.corpus.path, "--name", "s", "--timings", "--output-dir", other.path]
        _ = try s.export()
        #expect(try ViewsRun.run(otherArgs, environment: s.env).stderrText.contains("timing: extract"))
        #expect(try s.export().unchanged)
        #expect(try ViewsRun.run(otherArgs, environment: s.env).stderrText.contains("timing: unchanged"))
    }
}
