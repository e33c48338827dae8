import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Creates a file whose name is `name` as raw bytes (which need not be UTF-8) in `folder`.
func writeFile(named name: [UInt8], in folder: String, _ text: String) throws {
    let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
    let fd = path.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    }
    try #require(fd >= 0, "cannot create the file")
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    try #require(written == bytes.count)
}

let callArticle = """
    ---
    date: 2022-02-12
    ---
    Ngoại trưởng Nga Sergey Lavrov điện đàm với Ngoại trưởng Mỹ Antony Blinken ngày 12/2.
    """

@Suite("hostile inputs: special files, file names, terminal output, cache entries")
struct HostileInputTests {
    @Test("a FIFO among a folder's articles (and as its manifest.json) is skipped with a message naming it; no hang")
    func fifoInFolder() throws {
        let dir = try TempDir()
        try dir.write(callArticle, to: "in/a.txt")
        try #require(mkfifo(dir.path("in/pipe.txt"), 0o644) == 0)
        // No date in b.txt: its metadata is looked for in the manifest.json beside it.
        try dir.write("Ngoại trưởng Nga Sergey Lavrov điện đàm với Ngoại trưởng Mỹ Antony Blinken.", to: "other/b.txt")
        try #require(mkfifo(dir.path("other/manifest.json"), 0o644) == 0)
        let r = try #require(try BoundedRun.run(["export", dir.path("in"), dir.path("other"), "--format", "graphml", "--output", "-"],
                                                seconds: 60), "the export hung on a FIFO")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("pipe.txt: is not a regular file (a FIFO)"), "\(r.stderr)")
        #expect(r.stderr.contains("manifest.json: is not a regular file (a FIFO)"), "\(r.stderr)")
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-a"])
    }

    @Test("a file named by bytes that are not UTF-8 is read, and named with \\xHH escapes")
    func nonUTF8FileName() throws {
        let dir = try TempDir()
        try FileManager.default.createDirectory(atPath: dir.path("in"), withIntermediateDirectories: true)
        try writeFile(named: Array("bài-".utf8) + [0xFF, 0xC3] + Array(".txt".utf8), in: dir.path("in"), callArticle)
        try writeFile(named: Array("trống-".utf8) + [0xE1] + Array(".txt".utf8), in: dir.path("in"), "")
        let r = try #require(try BoundedRun.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"], seconds: 60))
        #expect(!r.stderr.contains("no such file"), "\(r.stderr)")
        #expect(r.stderr.contains("trống-\\xE1.txt: empty file"), "\(r.stderr)")
        #expect(r.status == 1)
        let graph = try GraphMLDocument(r.stdout)
        let article = try #require(graph.ids(ofKind: "article").first)
        #expect(graph.nodes[article]?["file"] == "bài-\\xFF\\xC3.txt")
        #expect(graph.ids(ofKind: "event").count == 1)

        // Named on the command line: the shell passes the raw bytes, which the tool must open
        // as given (its argument parser sees them with U+FFFD in place of the bad bytes).
        let binary = try #require(Tool.binary)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "exec \"$0\" export \"$(printf '%s/b\\303\\240i-\\377\\303.txt' \"$1\")\" --format graphml --output - --no-cache",
                           binary.path, dir.path("in")]
        let out = Pipe(), err = Pipe()
        shell.standardOutput = out
        shell.standardError = err
        try shell.run()
        let named = out.fileHandleForReading.readDataToEndOfFile()
        let messages = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0, "\(messages)")
        #expect(try GraphMLDocument(named).ids(ofKind: "event").count == 1)
    }

    @Test(".xhtml pages are read as HTML, in folders and when named")
    func xhtmlPages() throws {
        let dir = try TempDir()
        let page = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><title>Điện đàm</title>
            <meta property="article:published_time" content="2022-02-12T08:00:00+07:00"/></head>
            <body><nav>Trang chủ</nav><article><p>Ngoại trưởng Nga Sergey Lavrov điện đàm với Ngoại trưởng Mỹ Antony Blinken.</p></article></body></html>
            """
        try dir.write(page, to: "in/trang.xhtml")
        for input in [dir.path("in"), dir.path("in/trang.xhtml")] {
            let r = try #require(try BoundedRun.run(["export", input, "--format", "graphml", "--output", "-"], seconds: 60))
            #expect(r.status == 0, "\(r.stderr)")
            let graph = try GraphMLDocument(r.stdout)
            #expect(graph.nodes["article-trang.xhtml"]?["title"] == "Điện đàm")
            #expect(graph.nodes["article-trang.xhtml"]?["published"] == "2022-02-12")
            #expect(graph.ids(ofKind: "event").count == 1)
        }
    }

    @Test("explain and warnings show control characters from articles and file names as escapes")
    func terminalEscapes() throws {
        let dir = try TempDir()
        try dir.write("""
            ---
            date: 2022-02-12
            ---
            Ngoại trưởng Nga Sergey Lavrov điện đàm với Ngoại trưởng Mỹ Antony Blinken \u{1B}]0;owned\u{07}\u{1B}[2J ngày 12/2\u{9B}31m.
            """, to: "in/a.txt")
        try dir.write("", to: "in/x\u{1B}[2J\u{202E}txt.txt")
        let r = try #require(try BoundedRun.run(["explain", dir.path("in")], seconds: 60))
        #expect(r.status == 1)
        let printed = r.stdoutText + r.stderr
        #expect(!printed.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" || $0 == "\u{202E}" },
                "\(printed.debugDescription)")
        #expect(r.stdoutText.contains("Blinken \\e]0;owned\\x07\\e[2J ngày 12/2\\u{009B}31m"), "\(r.stdoutText)")
        #expect(r.stderr.contains("x\\e[2J\\u{202E}txt.txt: empty file"), "\(r.stderr)")
    }

    @Test("the progress line on a terminal shows control characters in file names as escapes",
          .enabled(if: PseudoTerminal.available, "no pseudo-terminal here"))
    func progressLineEscapesNames() throws {
        let dir = try TempDir(), out = try TempDir()
        for i in 0..<60 { try dir.write(callArticle, to: String(format: "x\u{1B}[2J\u{9B}-%03d.txt", i)) }
        let r = try ViewsRun.run(["export", dir.path, "--format", "graphml", "--output-dir", out.path, "--name", "p", "--no-cache"],
                                 environment: ViewsRun.environment([:]), stderrOnTerminal: true)
        #expect(r.status == 0)
        #expect(r.stderrText.contains("\\e[2J\\u{009B}-0"), "\(r.stderrText.debugDescription)")
        #expect(!r.stderrText.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" }, "\(r.stderrText.debugDescription)")
    }

    @Test("a cache entry with a matching hash but a crafted node id is dropped with a message and read again")
    func craftedCacheEntry() throws {
        let dir = try TempDir(), cache = try TempDir()
        try dir.write(callArticle, to: "in/a.txt")
        let env = ["DIPLOGRAPH_CACHE": cache.path]
        let args = ["export", dir.path("in"), "--format", "graphml", "--output", "-"]
        let first = try #require(try BoundedRun.run(args, environment: env, seconds: 60))
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        let packPath = try #require(CachePackFiles.packs(under: cache.path).first)
        var records = try #require(CachePackFiles.records([UInt8](try Data(contentsOf: URL(fileURLWithPath: packPath)))))
        try #require(records.count == 1)
        // The binary entry (README, "The article cache"): an 80-byte header whose last 40 bytes
        // are the body's length and SHA-256, then the body, whose id table holds each id once
        // after its length. The first actor id there becomes one the extractor never makes; the
        // entry's header and the pack's index and trailer are made to match.
        let entry = records[0].entry
        try #require(entry.count > 80)
        var body = Array(entry[80...])
        let prefix = Array("actor-".utf8)
        let start = try #require(body.indices.first { i in i > 0 && body[i...].starts(with: prefix) })
        let length = Int(body[start - 1])
        let crafted = Array("actor-x y<z".utf8)
        body.replaceSubrange((start - 1)..<(start + length), with: [UInt8(crafted.count)] + crafted)
        var header = Array(entry[..<40])
        for i in 0..<8 { header.append(UInt8(truncatingIfNeeded: UInt64(body.count) >> (8 * UInt64(i)))) }
        header += try CachePackFiles.sha256(body)
        records[0].entry = header + body
        try Data(try CachePackFiles.pack(records)).write(to: URL(fileURLWithPath: packPath))
        let name = (packPath as NSString).lastPathComponent

        let second = try #require(try BoundedRun.run(args, environment: env, seconds: 60))
        #expect(second.status == 0)
        let key = records[0].key.map { String(format: "%02x", $0) }.joined()
        #expect(second.stderr.contains("\(name): cache entry \(key) dropped: node id 'actor-x y<z' has characters outside"), "\(second.stderr)")
        #expect(second.stdout == first.stdout)
        // The entry was made again: a third run is silent and the same.
        let third = try #require(try BoundedRun.run(args, environment: env, seconds: 60))
        #expect(third.stderr.isEmpty, "\(third.stderr)")
        #expect(third.stdout == first.stdout)
    }
}
