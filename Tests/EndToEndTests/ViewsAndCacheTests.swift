import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Runs the built tool like `Tool.run`, with a chosen environment and, optionally, stderr on a
/// pseudo-terminal (for the progress line, which only a terminal gets).
enum ViewsRun {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: Data
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// The test's environment with `changes` applied (nil removes a variable). The cache variables
    /// are always removed first, so no test writes to the user's cache unless it says so.
    static func environment(_ changes: [String: String?]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["DIPLOGRAPH_CACHE", "XDG_CACHE_HOME"] { env[key] = nil }
        for (key, value) in changes { env[key] = value }
        return env
    }

    static func run(_ arguments: [String], environment: [String: String], stderrOnTerminal: Bool = false) throws -> Result {
        let binary = try #require(Tool.binary, "diplograph executable not found in \(Tool.candidateFolders.map(\.path))")
        let scratch = try TempDir()
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = Tool.repoRoot
        process.environment = environment
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        if stderrOnTerminal {
            let terminal = try PseudoTerminal()
            process.standardError = terminal.secondary
            try process.run()
            let captured = terminal.captureUntilClosed(after: process)
            try out.close()
            return Result(status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: captured)
        }
        let err = try FileHandle(forWritingTo: errURL)
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
    }

    /// The article-graph entries in the packs under the cache `folder` (`article-graphs-v4/*.pack`)
    /// with their bytes, by key: not the records of exports beside them.
    static func entries(under folder: String) -> [String: Data] {
        CachePackFiles.entries(under: folder)
    }

    /// Every file under `folder` (recursively) with its bytes, by path relative to `folder`.
    static func files(under folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return out }
        while let relative = walker.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                out[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return out
    }

    /// The inode of each file under `folder`: a file replaced by an atomic rename gets a new one.
    static func inodes(under folder: String) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for relative in files(under: folder).keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(relative))
            out[relative] = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
        }
        return out
    }
}

/// A pseudo-terminal pair: the tool writes to the secondary side and the test reads the primary.
final class PseudoTerminal {
    let primary: Int32
    let secondary: FileHandle
    private var primaryOpen = true

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// False where no pseudo-terminal can be opened (some containers have no `/dev/pts`).
    static let available: Bool = (try? PseudoTerminal()) != nil

    /// POSIX's pseudo-terminal calls, looked up at run time: Swift's Glibc module does not export
    /// them (glibc declares them only under `_XOPEN_SOURCE`).
    private static func function<T>(_ name: String, as type: T.Type) throws -> T {
        #if canImport(Glibc)
        let everything = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
        #else
        let everything = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT on Darwin
        #endif
        guard let symbol = dlsym(everything, name) else { throw Failure(description: "\(name) not found") }
        return unsafeBitCast(symbol, to: type)
    }

    init() throws {
        typealias IntOfInt = @convention(c) (Int32) -> Int32
        let openpt = try Self.function("posix_openpt", as: IntOfInt.self)
        let grantpt = try Self.function("grantpt", as: IntOfInt.self)
        let unlockpt = try Self.function("unlockpt", as: IntOfInt.self)
        let ptsname = try Self.function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
        primary = openpt(O_RDWR | O_NOCTTY)
        guard primary >= 0 else { throw Failure(description: "posix_openpt failed: errno \(errno)") }
        guard grantpt(primary) == 0, unlockpt(primary) == 0, let name = ptsname(primary) else {
            close(primary)
            throw Failure(description: "grantpt/unlockpt/ptsname failed: errno \(errno)")
        }
        let fd = open(name, O_RDWR | O_NOCTTY)
        guard fd >= 0 else {
            close(primary)
            throw Failure(description: "cannot open \(String(cString: name)): errno \(errno)")
        }
        secondary = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// Reads everything written to the terminal until `process` has exited and closed it. Reading
    /// runs beside the process so that a full terminal buffer cannot block it.
    func captureUntilClosed(after process: Process) -> Data {
        let collected = Collected()
        let fd = primary
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }  // EIO once no one holds the secondary side open
                collected.append(buffer[0..<n])
            }
            collected.finish()
        }
        reader.start()
        process.waitUntilExit()
        try? secondary.close()
        collected.waitUntilFinished()
        close(primary)
        primaryOpen = false
        return collected.data
    }

    deinit { if primaryOpen { close(primary) } }

    private final class Collected: @unchecked Sendable {
        private let condition = NSCondition()
        private var bytes: [UInt8] = []
        private var done = false
        func append(_ more: ArraySlice<UInt8>) { condition.lock(); bytes += more; condition.unlock() }
        func finish() { condition.lock(); done = true; condition.broadcast(); condition.unlock() }
        func waitUntilFinished() { condition.lock(); while !done { condition.wait() }; condition.unlock() }
        var data: Data { condition.lock(); defer { condition.unlock() }; return Data(bytes) }
    }
}

@Suite("export views, summary and article cache")
struct ViewsAndCacheTests {
    static let seeds = Tool.repoPath("seeds")
    static let actorRelations: Set<String> = ["met", "called", "demanded", "threatened", "affiliation"]

    // MARK: Views

    @Test("--view actors writes NAME-actors.* with actor nodes only and actor-to-actor edges")
    func actorsViewFiles() throws {
        let out = try TempDir(), cache = try TempDir()
        let env = ViewsRun.environment(["DIPLOGRAPH_CACHE": cache.path])
        let r = try ViewsRun.run(["export", Self.seeds, "--view", "actors", "--output-dir", out.path, "--name", "s"], environment: env)
        #expect(r.status == 0, "stderr: \(r.stderrText)")
        #expect(try out.contents() == ["s-actors.dot", "s-actors.graphml", "s-actors.rdf", "s-actors.summary.json", "s.ids.json"])

        let view = try GraphMLDocument(try out.read("s-actors.graphml"))
        #expect(!view.nodes.isEmpty)
        #expect(view.nodes.values.allSatisfy { $0["kind"] == "actor" })
        #expect(view.nodes.values.allSatisfy { ($0["articles"] ?? "").isEmpty })
        #expect(Set(view.edges.map { $0.data["relation"] ?? "" }).isSubset(of: Self.actorRelations))
        #expect(view.edges.contains { $0.data["relation"] == "called" })
        // Every node has an edge.
        let ends = Set(view.edges.flatMap { [$0.source, $0.target] })
        #expect(Set(view.nodeOrder) == ends)
        for edge in view.edges where edge.data["relation"] != "affiliation" {
            let facts = (edge.data["facts"] ?? "").split(separator: "|")
            #expect(!facts.isEmpty)
            #expect(Double(edge.data["weight"] ?? "") == Double(facts.count), "\(edge)")
            #expect(facts == facts.sorted())
            if ["met", "called"].contains(edge.data["relation"]) { #expect(edge.source < edge.target, "\(edge)") }
            // ISO dates of any precision sort as text in calendar order.
            if let first = edge.data["firstDate"], let last = edge.data["lastDate"] { #expect(first <= last, "\(edge)") }
        }
    }

    @Test("each actors-view edge stands for facts of the full export that link the same two actors")
    func actorsViewAgreesWithFull() throws {
        let out = try TempDir(), cache = try TempDir()
        let env = ViewsRun.environment(["DIPLOGRAPH_CACHE": cache.path])
        for view in ["full", "actors"] {
            let r = try ViewsRun.run(["export", Self.seeds, "--view", view, "--format", "graphml", "--output-dir", out.path, "--name", "s"], environment: env)
            #expect(r.status == 0, "stderr: \(r.stderrText)")
        }
        let full = try GraphMLDocument(try out.read("s.graphml"))
        let view = try GraphMLDocument(try out.read("s-actors.graphml"))
        func ends(_ relation: String, into fact: String) -> Set<String> {
            Set(full.edges.filter { $0.target == fact && $0.data["relation"] == relation }.map(\.source))
        }
        func ends(_ relation: String, from fact: String) -> Set<String> {
            Set(full.edges.filter { $0.source == fact && $0.data["relation"] == relation }.map(\.target))
        }
        for edge in view.edges {
            let facts = (edge.data["facts"] ?? "").split(separator: "|").map(String.init)
            for fact in facts {
                let node = try #require(full.nodes[fact], "\(fact) is not in the full export")
                switch edge.data["relation"] {
                case "met", "called":
                    #expect(node["eventType"] == (edge.data["relation"] == "met" ? "meeting" : "call"))
                    #expect(node["status"] == "occurred")
                    #expect(ends("participant", into: fact).isSuperset(of: [edge.source, edge.target]))
                case "demanded":
                    #expect(node["kind"] == "demand")
                    #expect(ends("demands", into: fact).contains(edge.source) && ends("addressee", from: fact).contains(edge.target))
                case "threatened":
                    #expect(node["kind"] == "threat")
                    #expect(ends("threatens", into: fact).contains(edge.source) && ends("target", from: fact).contains(edge.target))
                default:
                    Issue.record("unexpected relation in \(edge)")
                }
            }
        }
        // And the other way round: every demand gives its demander → addressee edge.
        for demand in full.ids(ofKind: "demand") {
            for from in ends("demands", into: demand) {
                for to in ends("addressee", from: demand) where to != from && full.nodes[from]?["kind"] == "actor" {
                    #expect(view.edges.contains { $0.source == from && $0.target == to && $0.data["relation"] == "demanded"
                        && ($0.data["facts"] ?? "").split(separator: "|").contains(Substring(demand)) }, "\(demand)")
                }
            }
        }
    }

    @Test("--view full is the default: same files, same bytes, no suffix")
    func fullIsDefault() throws {
        let a = try TempDir(), b = try TempDir(), cache = try TempDir()
        let env = ViewsRun.environment(["DIPLOGRAPH_CACHE": cache.path])
        #expect(try ViewsRun.run(["export", Self.seeds, "--output-dir", a.path, "--name", "s"], environment: env).status == 0)
        #expect(try ViewsRun.run(["export", Self.seeds, "--view", "full", "--output-dir", b.path, "--name", "s"], environment: env).status == 0)
        #expect(try a.contents() == ["s.dot", "s.graphml", "s.ids.json", "s.rdf", "s.summary.json"])
        #expect(ViewsRun.files(under: a.path) == ViewsRun.files(under: b.path))
    }

    @Test("--view actors --output - writes the actors view to stdout, the same bytes as the file")
    func actorsViewToStdout() throws {
        let out = try TempDir()
        let env = ViewsRun.environment([:])
        let r = try ViewsRun.run(["export", Self.seeds, "--view", "actors", "--format", "graphml", "--output", "-", "--no-cache"], environment: env)
        #expect(r.status == 0, "stderr: \(r.stderrText)")
        let f = try ViewsRun.run(["export", Self.seeds, "--view", "actors", "--format", "graphml", "--output-dir", out.path, "--name", "x", "--no-cache"], environment: env)
        #expect(f.status == 0)
        #expect(try out.read("x-actors.graphml") == r.stdout)
        #expect(try GraphMLDocument(r.stdout).nodes.values.allSatisfy { $0["kind"] == "actor" })
    }

    @Test("an unknown view is a usage error (64) naming the choices, and writes nothing")
    func unknownView() throws {
        let out = try TempDir()
        let r = try ViewsRun.run(["export", Self.seeds, "--view", "people", "--output-dir", out.path, "--no-cache"], environment: ViewsRun.environment([:]))
        #expect(r.status == 64)
        #expect(r.stderrText.contains("people"))
        #expect(r.stderrText.contains("actors"))
        #expect(try out.contents().isEmpty)
    }

    // MARK: Summary

    struct Summary: Decodable {
        struct Tool: Decodable { let name: String; let version: String }
        struct Input: Decodable { let file: String; let article: String; let sha256: String }
        struct Counts: Decodable {
            let nodes: [String: Int]
            let actors: [String: Int]
            let edges: [String: Int]
            let nodeTotal: Int
            let edgeTotal: Int
        }
        let tool: Tool
        let view: String
        let formats: [String]
        let files: [String]
        let inputs: [Input]
        let skipped: Int
        let counts: Counts
    }

    /// `sha256sum FILE`, or nil where coreutils is not installed.
    static func sha256sum(_ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }

    @Test("NAME.summary.json: version, view, formats, inputs with SHA-256, counts matching the GraphML")
    func summaryContents() throws {
        let out = try TempDir(), cache = try TempDir()
        let env = ViewsRun.environment(["DIPLOGRAPH_CACHE": cache.path])
        let r = try ViewsRun.run(["export", Self.seeds, "--format", "graphml,dot", "--output-dir", out.path, "--name", "s"], environment: env)
        #expect(r.status == 0, "stderr: \(r.stderrText)")
        let raw = try out.read("s.summary.json")
        let summary = try JSONDecoder().decode(Summary.self, from: raw)
        #expect(summary.tool.name == "diplograph")
        #expect(summary.tool.version == "0.1.0")
        #expect(summary.view == "full")
        #expect(summary.formats == ["graphml", "dot"])
        #expect(summary.files == ["s.graphml", "s.dot"])
        #expect(summary.skipped == 0)

        let seedFiles = try Tool.seedFiles()
        #expect(summary.inputs.map(\.file) == seedFiles.map { ($0 as NSString).lastPathComponent })
        for (input, path) in zip(summary.inputs, seedFiles) {
            #expect(input.sha256.count == 64 && input.sha256.allSatisfy { "0123456789abcdef".contains($0) })
            #expect(input.article == "article-" + ((input.file as NSString).deletingPathExtension))
            if let expected = Self.sha256sum(path) { #expect(input.sha256 == expected, "\(path)") }
        }

        let graph = try GraphMLDocument(try out.read("s.graphml"))
        var kinds: [String: Int] = [:], types: [String: Int] = [:], relations: [String: Int] = [:]
        for node in graph.nodes.values {
            kinds[node["kind"] ?? "", default: 0] += 1
            if node["kind"] == "actor" { types[node["actorType"] ?? "", default: 0] += 1 }
        }
        for edge in graph.edges { relations[edge.data["relation"] ?? "", default: 0] += 1 }
        #expect(summary.counts.nodes.filter { $0.value > 0 } == kinds)
        #expect(summary.counts.actors.filter { $0.value > 0 } == types)
        #expect(summary.counts.edges.filter { $0.value > 0 } == relations)
        #expect(Set(summary.counts.nodes.keys) == ["actor", "event", "demand", "threat", "article"])
        #expect(Set(summary.counts.actors.keys) == ["person", "state", "organization", "institution", "media"])
        #expect(summary.counts.edges.keys.contains("met") && summary.counts.edges.keys.contains("participant"))
        #expect(summary.counts.nodeTotal == graph.nodes.count)
        #expect(summary.counts.edgeTotal == graph.edges.count)

        // Keys sorted, nothing that changes from run to run: a second run, elsewhere, gives the same bytes.
        let text = String(decoding: raw, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.range(of: #"\"counts\"[\s\S]*\"files\"[\s\S]*\"formats\"[\s\S]*\"inputs\"[\s\S]*\"skipped\"[\s\S]*\"tool\"[\s\S]*\"view\""#, options: .regularExpression) != nil)
        let again = try TempDir()
        #expect(try ViewsRun.run(["export", Self.seeds, "--format", "graphml,dot", "--output-dir", again.path, "--name", "s", "--no-cache"], environment: env).status == 0)
        #expect(try again.read("s.summary.json") == raw)
    }

    @Test("the actors view's summary counts only actors and actor-to-actor edges")
    func actorsSummary() throws {
        let out = try TempDir()
        let r = try ViewsRun.run(["export", Self.seeds, "--view", "actors", "--format", "rdfxml", "--output-dir", out.path, "--name", "s", "--no-cache"],
                                 environment: ViewsRun.environment([:]))
        #expect(r.status == 0, "stderr: \(r.stderrText)")
        let summary = try JSONDecoder().decode(Summary.self, from: try out.read("s-actors.summary.json"))
        #expect(summary.view == "actors")
        #expect(summary.files == ["s-actors.rdf"])
        #expect(summary.counts.nodes.filter { $0.value > 0 }.keys.sorted() == ["actor"])
        #expect(Set(summary.counts.edges.filter { $0.value > 0 }.keys).isSubset(of: Self.actorRelations))
        #expect(summary.inputs.count == (try Tool.seedFiles()).count)
    }

    @Test("a single-file export (--output) writes no summary")
    func noSummaryForSingleFile() throws {
        let out = try TempDir()
        let r = try ViewsRun.run(["export", Self.seeds, "--format", "dot", "--output", out.path("g.dot"), "--no-cache"], environment: ViewsRun.environment([:]))
        #expect(r.status == 0)
        #expect(try out.contents() == ["g.dot"])
    }

    // MARK: Cache

    @Test("with a cache: the second run reuses every entry and writes the same bytes as a clean run and --no-cache")
    func cacheGivesSameBytes() throws {
        let cache = try TempDir(), first = try TempDir(), second = try TempDir(), clean = try TempDir()
        let env = ViewsRun.environment(["DIPLOGRAPH_CACHE": cache.path])
        let args = ["export", Self.seeds, "--name", "s", "--output-dir"]
        let r1 = try ViewsRun.run(args + [first.path], environment: env)
        #expect(r1.status == 0 && r1.stderr.isEmpty, "stderr: \(r1.stderrText)")
        let entries = ViewsRun.entries(under: cache.path)
        #expect(entries.count == (try Tool.seedFiles()).count)
        let inodes = try ViewsRun.inodes(under: cache.path)

        let r2 = try ViewsRun.run(args + [second.path], environment: env)
        #expect(r2.status == 0 && r2.stderr.isEmpty, "stderr: \(r2.stderrText)")
        // Hits are read, not rewritten: every entry is the same file as before.
        #expect(try ViewsRun.inodes(under: cache.path).filter { $0.key.hasPrefix("article-graphs-") } == inodes.filter { $0.key.hasPrefix("article-graphs-") })
        #expect(ViewsRun.entries(under: cache.path) == entries)

        let noCacheDir = try TempDir()
        let r3 = try ViewsRun.run(args + [clean.path, "--no-cache"], environment: ViewsRun.environment(["DIPLOGRAPH_CACHE": noCacheDir.path + "/c"]))
        #expect(r3.status == 0)
        #expect(!FileManager.default.fileExists(atPath: noCacheDir.path + "/c"), "--no-cache created the cache folder")

        let reference = ViewsRun.files(under: clean.path)
        #expect(reference.count == 5)
        #expect(ViewsRun.files(under: first.path) == reference)
        #expect(ViewsRun.files(under: second.path) == reference)
    }

    @Test("corrupt, truncated, garbage and swapped entries in a pack, and a cut or altered pack, are misses: read again, output the same")
    func corruptEntries() throws {
        let cache = try TempDir(), out = try TempDir(), clean = try TempDir()
        let env = ViewsRun.environment(["DIPLOGRAPH_CACHE": cache.path])
        let args = ["export", Self.seeds, "--name", "s", "--output-dir"]
        #expect(try ViewsRun.run(args + [clean.path, "--no-cache"], environment: env).status == 0)
        #expect(try ViewsRun.run(args + [out.path], environment: env).status == 0)
        let entries = ViewsRun.entries(under: cache.path)
        let packs = CachePackFiles.packs(under: cache.path)
        try #require(packs.count == 1)
        let original = [UInt8](try #require(FileManager.default.contents(atPath: packs[0])))
        var records = try #require(CachePackFiles.records(original))
        try #require(records.count >= 5 && records.count == entries.count)

        // Each export below goes into a new folder: the same command into `out` would find its
        // files unchanged and read no entry at all (`UnchangedExport`).
        func exportMatchesClean(_ what: String) throws {
            let again = try TempDir()
            let r = try ViewsRun.run(args + [again.path], environment: env)
            #expect(r.status == 0 && r.stderr.isEmpty, "\(what): stderr: \(r.stderrText)")
            #expect(ViewsRun.files(under: again.path) == ViewsRun.files(under: clean.path), "\(what)")
        }
        /// Leaves only `pack` in the cache, under the first pack's name.
        func replacePacks(with pack: [UInt8]) throws {
            for path in CachePackFiles.packs(under: cache.path) { try FileManager.default.removeItem(atPath: path) }
            try Data(pack).write(to: URL(fileURLWithPath: packs[0]))
        }

        // Damaged records inside a pack whose index checks: each is a miss, read again and stored
        // afresh in a new pack, byte for byte as before.
        records[0].entry = Array(records[0].entry.prefix(records[0].entry.count / 2))          // truncated
        records[1].entry = Array(repeating: 0x7B, count: 100)                                   // garbage
        records[2].entry = records[4].entry                                                     // another article's entry
        records[3].entry[records[3].entry.count - 10] ^= 0x01                                   // one bit of the body
        try replacePacks(with: try CachePackFiles.pack(records))
        try exportMatchesClean("damaged records")
        #expect(CachePackFiles.packs(under: cache.path).count == 2, "the entries made again went to a new pack")
        #expect(ViewsRun.entries(under: cache.path) == entries)

        // A pack cut short, one with a byte of its index flipped, and one of another format
        // version: no entry of it is used, every article is read again.
        let indexByte = original.count - 52 - 48 + 3
        var flipped = original
        flipped[indexByte] ^= 0x20
        let foreign = try CachePackFiles.pack(try #require(CachePackFiles.records(original)), version: 5)
        for (what, pack) in [("cut", Array(original.prefix(original.count - 7))), ("index byte flipped", flipped),
                             ("version 5", foreign), ("empty", [])] {
            try replacePacks(with: pack)
            try exportMatchesClean(what)
            // Every article was stored again, in a new pack (named later, so listed last).
            let newest = try #require(CachePackFiles.packs(under: cache.path).last)
            #expect(newest != packs[0], "\(what): no new pack")
            let stored = CachePackFiles.records([UInt8](try #require(FileManager.default.contents(atPath: newest))))
            #expect(stored?.count == entries.count, "\(what): not every article stored again")
        }
    }

    @Test("a changed article, manifest entry or lexicon is read again; the rest comes from the cache")
    func changedInputs() throws {
        let cache = try TempDir(), corpus = try TempDir(), lexicon = try TempDir(), out = try TempDir(), clean = try TempDir()
        let env = ViewsRun.environment(["DIPLOGRAPH_CACHE": cache.path])
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.seeds) {
            try FileManager.default.copyItem(atPath: Self.seeds + "/" + file, toPath: corpus.path(file))
        }
        let lexiconSource = Tool.repoPath("Sources/DiplographExtraction/Lexicon")
        for file in try FileManager.default.contentsOfDirectory(atPath: lexiconSource) {
            try FileManager.default.copyItem(atPath: lexiconSource + "/" + file, toPath: lexicon.path(file))
        }
        let args = ["export", corpus.path, "--lexicon", lexicon.path, "--name", "s", "--output-dir"]
        #expect(try ViewsRun.run(args + [out.path], environment: env).status == 0)
        let articles = (try Tool.seedFiles()).count
        #expect(ViewsRun.entries(under: cache.path).count == articles)

        // One article gains a sentence: one new entry, and the output is what a clean run gives.
        let changed = try #require(try Tool.seedFiles().first.map { corpus.path(($0 as NSString).lastPathComponent) })
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: changed))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nNgoại trưởng Nga Sergey Lavrov điện đàm với Ngoại trưởng Mỹ Antony Blinken.\n".utf8))
        try handle.close()
        #expect(try ViewsRun.run(args + [out.path], environment: env).status == 0)
        #expect(ViewsRun.entries(under: cache.path).count == articles + 1)
        #expect(try ViewsRun.run(args + [clean.path, "--no-cache"], environment: env).status == 0)
        #expect(ViewsRun.files(under: out.path) == ViewsRun.files(under: clean.path))

        // The manifest gives one article another publication date (its bytes stay the same): that
        // article is read again, since relative dates in it now mean other days.
        let manifest = corpus.path("manifest.json")
        let entries = String(decoding: try #require(FileManager.default.contents(atPath: manifest)), as: UTF8.self)
        let redated = entries.replacingOccurrences(of: #""published": "2021-12-30""#, with: #""published": "2021-12-29""#)
        try #require(redated != entries)
        try Data(redated.utf8).write(to: URL(fileURLWithPath: manifest))
        #expect(try ViewsRun.run(args + [out.path], environment: env).status == 0)
        #expect(ViewsRun.entries(under: cache.path).count == articles + 2)
        #expect(try ViewsRun.run(args + [clean.path, "--no-cache"], environment: env).status == 0)
        #expect(ViewsRun.files(under: out.path) == ViewsRun.files(under: clean.path))

        // A lexicon file changes (even only in white space): every article is read again.
        let rules = lexicon.path("rules.json")
        let original = try #require(FileManager.default.contents(atPath: rules))
        try (original + Data("\n".utf8)).write(to: URL(fileURLWithPath: rules))
        #expect(try ViewsRun.run(args + [out.path], environment: env).status == 0)
        #expect(ViewsRun.entries(under: cache.path).count == 2 * articles + 2)
    }

    @Test("the cache lives in $DIPLOGRAPH_CACHE, else $XDG_CACHE_HOME/diplograph, else ~/.cache/diplograph")
    func cacheLocation() throws {
        let home = try TempDir(), xdg = try TempDir(), explicit = try TempDir(), out = try TempDir()
        let args = ["export", Tool.repoPath("seeds/001_c370ad7c0e317180.txt"), "--format", "dot", "--output-dir", out.path]
        #expect(try ViewsRun.run(args, environment: ViewsRun.environment(["HOME": home.path])).status == 0)
        #expect(ViewsRun.entries(under: home.path + "/.cache/diplograph").count == 1)

        #expect(try ViewsRun.run(args, environment: ViewsRun.environment(["HOME": home.path, "XDG_CACHE_HOME": xdg.path])).status == 0)
        #expect(ViewsRun.entries(under: xdg.path + "/diplograph").count == 1)

        // A relative XDG_CACHE_HOME is not a base directory (XDG spec): the home cache is used.
        #expect(try ViewsRun.run(args, environment: ViewsRun.environment(["HOME": home.path, "XDG_CACHE_HOME": "relative"])).status == 0)
        #expect(!FileManager.default.fileExists(atPath: Tool.repoPath("relative")))

        #expect(try ViewsRun.run(args, environment: ViewsRun.environment(["HOME": home.path, "XDG_CACHE_HOME": xdg.path,
                                                                          "DIPLOGRAPH_CACHE": explicit.path])).status == 0)
        #expect(ViewsRun.entries(under: explicit.path).count == 1)
        #expect(ViewsRun.entries(under: xdg.path + "/diplograph").count == 1)
    }

    @Test("a cache folder that cannot be written is no cache: the export still succeeds, silently")
    func unwritableCache() throws {
        let dir = try TempDir(), out = try TempDir()
        let blocker = try dir.write("a file, not a folder", to: "cache")
        let r = try ViewsRun.run(["export", Self.seeds, "--output-dir", out.path, "--name", "s"],
                                 environment: ViewsRun.environment(["DIPLOGRAPH_CACHE": blocker]))
        #expect(r.status == 0 && r.stderr.isEmpty, "stderr: \(r.stderrText)")
        #expect(try out.contents().count == 5)
    }

    // MARK: Progress

    /// `count` small articles, each a call between two leaders on its own day.
    static func manyArticles(_ count: Int) throws -> TempDir {
        let dir = try TempDir()
        for i in 0..<count {
            let day = i % 28 + 1
            try dir.write("""
                ---
                title: Điện đàm \(i)
                date: 2022-02-\(day < 10 ? "0" : "")\(day)
                ---
                Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ Joe Biden hôm nay.

                """, to: String(format: "article-%03d.txt", i))
        }
        return dir
    }

    @Test("more than 50 articles on a terminal: a \\r[n/N] file line on stderr, erased at the end; none with --quiet",
          .enabled(if: PseudoTerminal.available, "no pseudo-terminal here"))
    func progressOnTerminal() throws {
        let corpus = try Self.manyArticles(60), out = try TempDir()
        let env = ViewsRun.environment([:])
        let args = ["export", corpus.path, "--format", "graphml", "--output-dir", out.path, "--name", "p", "--no-cache"]
        let r = try ViewsRun.run(args, environment: env, stderrOnTerminal: true)
        #expect(r.status == 0)
        let text = r.stderrText
        // Articles are read on every core: the first and last lines name whichever article
        // finished first and last.
        #expect(text.hasPrefix("\r[1/60] article-0"), "stderr: \(text.debugDescription)")
        #expect(text.contains("\r[60/60] article-0"), "stderr: \(text.debugDescription)")
        #expect(text.hasSuffix("\r"), "the line is not erased: \(text.debugDescription)")
        #expect(!text.contains("\n"))
        // At most ten redraws a second, plus the first and the last.
        let redraws = text.components(separatedBy: "\r[").count - 1
        #expect(redraws >= 2 && redraws <= 60)

        let quiet = try ViewsRun.run(args + ["--quiet"], environment: env, stderrOnTerminal: true)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "stderr: \(quiet.stderrText.debugDescription)")
    }

    @Test("no progress line when stderr is not a terminal, or for 50 articles or fewer",
          .enabled(if: PseudoTerminal.available, "no pseudo-terminal here"))
    func noProgressOtherwise() throws {
        let many = try Self.manyArticles(60), few = try Self.manyArticles(50), out = try TempDir()
        let env = ViewsRun.environment([:])
        let piped = try ViewsRun.run(["export", many.path, "--format", "dot", "--output-dir", out.path, "--no-cache"], environment: env)
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "stderr: \(piped.stderrText.debugDescription)")
        let short = try ViewsRun.run(["export", few.path, "--format", "dot", "--output-dir", out.path, "--no-cache"], environment: env, stderrOnTerminal: true)
        #expect(short.status == 0)
        #expect(short.stderr.isEmpty, "stderr: \(short.stderrText.debugDescription)")
    }
}
