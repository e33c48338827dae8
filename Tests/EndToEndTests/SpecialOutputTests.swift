import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `--output` onto entries that are not regular files, and standard streams that are full or
/// closed: written through or refused, never replaced, never a crash.
@Suite("special outputs and standard streams")
struct SpecialOutputTests {
    static let one = Tool.repoPath("seeds/001_c370ad7c0e317180.txt")

    /// True when `/dev/full` is the kernel's full device; records an issue otherwise (some run
    /// replaced it with a regular file, and the tests that need a full output cannot run).
    static func devFullIsADevice() -> Bool {
        var info = stat()
        if stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR { return true }
        Issue.record("/dev/full is not a character device on this machine")
        return false
    }

    /// The DOT of the seed article as `--output -` writes it.
    static func expectedDOT() throws -> Data {
        let r = try Tool.run(["export", one, "--format", "dot", "--output", "-"])
        #expect(r.status == 0)
        return r.stdout
    }

    @Test("--output onto a FIFO writes through it: the reader gets the document and the FIFO stays")
    func fifo() throws {
        let dir = try TempDir()
        let fifo = dir.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "exec cat \"$0\" > \"$1\"", fifo, dir.path("received")]
        reader.standardOutput = FileHandle.nullDevice
        reader.standardError = FileHandle.nullDevice
        reader.standardInput = FileHandle.nullDevice
        try reader.run()
        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output", fifo], seconds: 60))
        let deadline = Date().addingTimeInterval(60)
        while reader.isRunning && Date() < deadline { usleep(20_000) }
        if reader.isRunning {
            // The FIFO was replaced: the reader waits on the old one forever.
            kill(reader.processIdentifier, SIGKILL)
            Issue.record("the FIFO's reader never saw the end")
        }
        #expect(r.status == 0, "stderr: \(r.stderr)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the FIFO was replaced")
        #expect(try dir.read("received") == (try Self.expectedDOT()))
    }

    @Test("--output /dev/null writes through it and never replaces it (a device, or a regular file some other run left there)")
    func devNull() throws {
        var before = stat(), after = stat()
        #expect(lstat("/dev/null", &before) == 0)
        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "graphml", "--output", "/dev/null"]))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(lstat("/dev/null", &after) == 0)
        #expect(after.st_ino == before.st_ino && (after.st_mode & S_IFMT) == (before.st_mode & S_IFMT), "/dev/null was replaced")
    }

    @Test("--output onto a character device outside /dev (made with mknod where allowed) is written through")
    func characterDevice() throws {
        let dir = try TempDir()
        let device = dir.path("null")
        guard mknod(device, S_IFCHR | 0o666, dev_t(0x103)) == 0 else { return }  // mknod needs root; elsewhere the FIFO and /dev/null tests cover writing through
        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output", device]))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        var info = stat()
        #expect(lstat(device, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "the device node was replaced")
    }

    @Test("--output onto a symbolic link replaces its target atomically and keeps the link")
    func symbolicLink() throws {
        let dir = try TempDir()
        _ = try dir.write("old\n", to: "real/target.dot")
        #expect(symlink("real/target.dot", dir.path("link.dot")) == 0)
        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output", dir.path("link.dot")]))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(FileFacts.type(dir.path("link.dot")) == .typeSymbolicLink)
        #expect(try dir.read("real/target.dot") == (try Self.expectedDOT()))
        #expect(try dir.contents() == ["link.dot", "real"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("real")) == ["target.dot"])
    }

    @Test("--output onto a folder or a dangling symbolic link is refused with exit 2 and a message")
    func refusedEntries() throws {
        let dir = try TempDir()
        try FileManager.default.createDirectory(atPath: dir.path("folder"), withIntermediateDirectories: false)
        #expect(symlink("nowhere", dir.path("dangling")) == 0)
        for (name, words) in [("folder", "is a folder"), ("dangling", "symbolic link")] {
            let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output", dir.path(name)]))
            #expect(r.status == 2)
            #expect(r.stderr.hasPrefix("diplograph: " + dir.path(name) + ": ") && r.stderr.contains(words), "\(r.stderr)")
        }
        #expect(try dir.contents() == ["dangling", "folder"])
        #expect(FileFacts.type(dir.path("dangling")) == .typeSymbolicLink)
    }

    @Test("--output in a folder that does not exist yet creates it")
    func missingFolderIsCreated() throws {
        let dir = try TempDir()
        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output", dir.path("new/sub/x.dot")]))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try dir.read("new/sub/x.dot") == (try Self.expectedDOT()))
    }

    @Test("a full standard output: exit 2 and a message, no crash", arguments: ["graphml", "dot"])
    func fullStandardOutput(_ format: String) throws {
        guard Self.devFullIsADevice() else { return }
        let r = try #require(try BoundedRun.run(["export", Tool.repoPath("seeds"), "--format", format, "--output", "-"], redirect: ">/dev/full"))
        #expect(r.status == 2)
        #expect(r.stderr == "diplograph: standard output: cannot write: No space left on device\n", "\(r.stderr)")
    }

    @Test("explain into a full or closed standard output: exit 2 and a message", arguments: [">/dev/full", ">&-"])
    func explainIntoUnwritableOutput(_ redirect: String) throws {
        if redirect == ">/dev/full" { guard Self.devFullIsADevice() else { return } }
        let r = try #require(try BoundedRun.run(["explain", Self.one], redirect: redirect))
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("diplograph: standard output: cannot write: "), "\(r.stderr)")
    }

    @Test("a closed standard output: exit 2 and a message, no crash, and no file takes its place")
    func closedStandardOutput() throws {
        let r = try #require(try BoundedRun.run(["export", Self.one, "--format", "graphml", "--output", "-"], redirect: ">&-"))
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("diplograph: standard output: cannot write"), "\(r.stderr)")
    }

    @Test("a full standard error: no crash; a message that could not be written makes the exit status 2")
    func fullStandardError() throws {
        guard Self.devFullIsADevice() else { return }
        let out = try TempDir()
        // A missing input is reported on stderr (and would give status 1).
        let r = try #require(try BoundedRun.run(["export", Self.one, out.path("missing.txt"), "--format", "dot",
                                                 "--output-dir", out.path, "--name", "s"], redirect: "2>/dev/full"))
        #expect(r.status == 2)
        #expect(out.exists("s.dot"))
        // Nothing to report: the full stderr is never written, and the run succeeds.
        let quiet = try #require(try BoundedRun.run(["export", Self.one, "--format", "dot", "--output-dir", out.path, "--name", "t"],
                                                    redirect: "2>/dev/full"))
        #expect(quiet.status == 0)
    }

    @Test("a full disk under the XML writers: the tool's own message, never libxml2's raw 'I/O error' lines",
          arguments: ["graphml", "gexf", "rdfxml"])
    func libxmlMessagesStayOffStderr(_ format: String) throws {
        guard Self.devFullIsADevice() else { return }
        let r = try #require(try BoundedRun.run(["export", Tool.repoPath("seeds"), "--format", format, "--output", "/dev/full"]))
        #expect(r.status == 2)
        #expect(r.stderrLines == ["diplograph: /dev/full: cannot write: No space left on device"], "\(r.stderr)")
    }
}
