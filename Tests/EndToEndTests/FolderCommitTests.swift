import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A folder export is one set: every file of it is replaced, or none; a run killed between renames
/// is undone by the next; two runs into one folder take turns; working files of dead runs go away;
/// files whose bytes did not change keep their modification time.
@Suite("folder export committed as a set")
struct FolderCommitTests {
    static let one = Tool.repoPath("seeds/001_c370ad7c0e317180.txt")
    /// The export's own files; with the id ledger `s.ids.json`, the whole set.
    static let exportNames = ["s.dot", "s.gexf", "s.graphml", "s.nt", "s.rdf", "s.summary.json", "s.ttl"]
    static let setNames = (exportNames + ["s.ids.json"]).sorted()

    /// Exports `inputs` with every format as `s.*` into `folder`; fails the test when the run fails.
    static func export(_ inputs: [String], into folder: String, format: String = "all") throws {
        let r = try #require(try BoundedRun.run(["export"] + inputs + ["--format", format, "--output-dir", folder, "--name", "s"]))
        #expect(r.status == 0, "stderr: \(r.stderr)")
    }

    static func snapshot(_ dir: TempDir, _ names: [String]) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in names { out[name] = try dir.read(name) }
        return out
    }

    @Test("a rename that fails (a folder where s.gexf goes) replaces none of the set and leaves no working file")
    func failingRenameReplacesNothing() throws {
        let out = try TempDir()
        try Self.export([Tool.repoPath("seeds")], into: out.path)
        try FileManager.default.removeItem(atPath: out.path("s.gexf"))
        _ = try out.write("in the way\n", to: "s.gexf/inside")
        let names = Self.setNames.filter { $0 != "s.gexf" }
        let before = try Self.snapshot(out, names)

        // Another input, so every file would change; s.gexf is renamed after graphml, rdf and dot.
        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "all", "--output-dir", out.path, "--name", "s"]))
        #expect(r.status == 2)
        #expect(r.stderr.contains(out.path("s.gexf")), "\(r.stderr)")
        #expect(r.stderr.contains("previous files are kept"), "\(r.stderr)")
        #expect(try Self.snapshot(out, names) == before, "some file of the old set was replaced")
        let left = try out.contents()
        #expect(left == Self.setNames, "working files left: \(left)")
        #expect(try out.read("s.gexf/inside") == Data("in the way\n".utf8))
    }

    @Test("a commit killed between renames (its journal, backups and temporary files left on disk) is undone by the next run")
    func killedCommitIsRolledBack() throws {
        let out = try TempDir(), newer = try TempDir()
        // The old set: graphml, rdf, dot and summary of every seed.
        try Self.export([Tool.repoPath("seeds")], into: out.path, format: "graphml,rdfxml,dot")
        let oldNames = ["s.dot", "s.graphml", "s.ids.json", "s.rdf", "s.summary.json"]
        let old = try Self.snapshot(out, oldNames)
        // The set the killed run was committing: one article, every format.
        try Self.export([Self.one], into: newer.path)

        // What a run with process id `pid` leaves when killed after renaming s.graphml and s.gexf
        // but before s.rdf and s.ttl, as the journal's format in CommitJournal.swift describes.
        let pid = FileFacts.deadProcessID
        func hidden(_ name: String, _ tag: String) -> String { ".\(name).\(tag)-\(pid)-1f" }
        var journal = "diplograph commit journal 1 pid=\(pid)\n"
        for name in ["s.graphml", "s.rdf"] {
            try FileManager.default.linkItem(atPath: out.path(name), toPath: out.path(hidden(name, "old")))
            journal += "\(name)\t\(hidden(name, "tmp"))\t\(hidden(name, "old"))\n"
        }
        for name in ["s.gexf", "s.ttl"] { journal += "\(name)\t\(hidden(name, "tmp"))\t\n" }
        // Renamed already: s.graphml (over the old one) and s.gexf (new).
        for name in ["s.graphml", "s.gexf"] {
            _ = try out.write(Array(try newer.read(name)), to: "incoming")
            _ = rename(out.path("incoming"), out.path(name))
        }
        // Not renamed yet: s.rdf and s.ttl are still temporary files.
        for name in ["s.rdf", "s.ttl"] { _ = try out.write(Array(try newer.read(name)), to: hidden(name, "tmp")) }
        _ = try out.write(journal, to: ".diplograph-journal")

        // The next run into the folder, under another name, puts the old set back first.
        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output-dir", out.path, "--name", "other"]))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try Self.snapshot(out, oldNames) == old, "the old set was not restored")
        let left = try out.contents()
        #expect(left == ["other.dot", "other.ids.json", "other.summary.json"] + oldNames, "left over: \(left)")
    }

    @Test("working files of dead runs are removed from the output folder and the cache; a live run's stay")
    func staleWorkingFilesAreRemoved() throws {
        let out = try TempDir(), cache = try TempDir()
        let dead = FileFacts.deadProcessID, live = getpid()
        let deadFiles = [".s.graphml.tmp-\(dead)-ab12", ".s.summary.json.tmp-\(dead)-ff", ".s.rdf.old-\(dead)-3"]
        let liveFiles = [".s.graphml.tmp-\(live)-ab12"]
        for name in deadFiles + liveFiles { _ = try out.write("partial", to: name) }
        _ = try out.write("not ours", to: "notes.tmp-\(dead)-1")
        let entries = "article-graphs-v9/"
        _ = try cache.write("{", to: entries + "0123abcd.json.tmp-\(dead)-77aa")
        _ = try cache.write("{", to: entries + "4567abcd.json.tmp-\(live)-77aa")
        let records = "export-records-v1/"
        _ = try cache.write("{", to: records + "89abcdef.record.tmp-\(dead)-5")

        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "graphml", "--output-dir", out.path, "--name", "s"],
                                                environment: ["DIPLOGRAPH_CACHE": cache.path]))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try out.contents() == (liveFiles + ["notes.tmp-\(dead)-1", "s.graphml", "s.ids.json", "s.summary.json"]).sorted())
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache.path(entries))
        #expect(!cached.contains("0123abcd.json.tmp-\(dead)-77aa"))
        #expect(cached.contains("4567abcd.json.tmp-\(live)-77aa"))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: cache.path(records))).contains("89abcdef.record.tmp-\(dead)-5"))
    }

    @Test("a run waits, with a message, while another holds the output folder's lock, and commits after it")
    func runWaitsForTheFolderLock() throws {
        let out = try TempDir()
        let folder = open(out.path, O_RDONLY | O_DIRECTORY)
        #expect(folder >= 0)
        defer { close(folder) }
        #expect(flock(folder, LOCK_EX) == 0)
        let run = try BoundedRun(["export", Self.one, "--format", "graphml", "--output-dir", out.path, "--name", "s"])
        let deadline = Date().addingTimeInterval(120)
        while run.process.isRunning && !run.stderrSoFar.contains("waiting") && Date() < deadline { usleep(20_000) }
        #expect(run.stderrSoFar.contains("another diplograph run is writing into this folder"), "\(run.stderrSoFar)")
        #expect(run.process.isRunning)
        #expect(!out.exists("s.graphml"), "the run committed while the folder was locked")
        _ = flock(folder, LOCK_UN)
        let r = try #require(try run.wait())
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(out.exists("s.graphml") && out.exists("s.summary.json"))
    }

    @Test("two runs into one folder at once leave one run's whole set, never a mix")
    func concurrentRunsDoNotMix() throws {
        let all = try TempDir(), single = try TempDir()
        try Self.export([Tool.repoPath("seeds")], into: all.path)
        try Self.export([Self.one], into: single.path)
        // The ledger gathers the ids of both runs; the export's files are one run's.
        let references = [try Self.snapshot(all, Self.exportNames), try Self.snapshot(single, Self.exportNames)]
        for _ in 0..<3 {
            let out = try TempDir()
            let a = try BoundedRun(["export", Tool.repoPath("seeds"), "--format", "all", "--output-dir", out.path, "--name", "s"])
            let b = try BoundedRun(["export", Self.one, "--format", "all", "--output-dir", out.path, "--name", "s"])
            let ra = try #require(try a.wait()), rb = try #require(try b.wait())
            #expect(ra.status == 0 && rb.status == 0, "stderr: \(ra.stderr) \(rb.stderr)")
            #expect(try out.contents() == Self.setNames)
            #expect(references.contains(try Self.snapshot(out, Self.exportNames)), "the folder holds a mix of the two runs' files")
        }
    }

    @Test("files whose bytes did not change are left alone: same inode, same modification time")
    func unchangedFilesAreNotRewritten() throws {
        let out = try TempDir()
        try Self.export([Self.one], into: out.path, format: "graphml,dot")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        for name in ["s.graphml", "s.dot", "s.summary.json"] {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: out.path(name))
        }
        let inodes = ["s.graphml", "s.dot"].map { FileFacts.inode(out.path($0)) }
        // The same export again, then one that changes only the summary (another format list).
        try Self.export([Self.one], into: out.path, format: "graphml,dot")
        for name in ["s.graphml", "s.dot", "s.summary.json"] {
            #expect(FileFacts.modificationDate(out.path(name)) == past, "\(name) was rewritten")
        }
        #expect(["s.graphml", "s.dot"].map { FileFacts.inode(out.path($0)) } == inodes)
        try Self.export([Self.one], into: out.path, format: "dot,graphml")
        #expect(FileFacts.modificationDate(out.path("s.graphml")) == past)
        #expect(FileFacts.modificationDate(out.path("s.summary.json")) != past)

        // --output FILE too.
        let file = out.path("one.dot")
        let first = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output", file]))
        #expect(first.status == 0)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: file)
        let again = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output", file]))
        #expect(again.status == 0)
        #expect(FileFacts.modificationDate(file) == past)
    }
}
