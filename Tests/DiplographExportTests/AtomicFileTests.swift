import Testing
import Foundation
@testable import DiplographExport
import DiplographModel

/// AtomicFile: new files, replacing files, and failures that leave the old file and no temporary file.
@Suite struct AtomicFileTests {
    func read(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test func writesANewFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("new.graphml")
        try AtomicFile.write(Array("hello".utf8), to: path)
        #expect(try read(path) == Array("hello".utf8))
        #expect(try folder.contents() == ["new.graphml"])
    }

    @Test func replacesAnExistingFileKeepingItsMode() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array("old content that is longer".utf8), to: "out.rdf")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write(Array("new".utf8), to: path)
        #expect(try read(path) == Array("new".utf8))
        #expect(try folder.contents() == ["out.rdf"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func writesEmptyAndLargeFiles() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.write([], to: folder.path("empty"))
        #expect(try read(folder.path("empty")).isEmpty)
        let large = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0) }
        try AtomicFile.write(large, to: folder.path("large"))
        #expect(try read(folder.path("large")) == large)
    }

    @Test func relativePath() throws {
        // A path relative to the current folder (which tests must not change: they run in parallel).
        let folder = try TemporaryFolder()
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + folder.path("relative.dot").dropFirst()
        try AtomicFile.write(Array("x".utf8), to: relative)
        #expect(try read(folder.path("relative.dot")) == Array("x".utf8))
        #expect(try folder.contents() == ["relative.dot"])
    }

    @Test func missingFolderFailsCleanly() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("no/such/folder/out.dot")
        do {
            try AtomicFile.write(Array("x".utf8), to: path)
            Issue.record("expected an error")
        } catch let error as ExportError {
            #expect(error.call == "open")
            #expect(error.description.contains("No such file or directory"))
        }
        #expect(try folder.contents() == [])
    }

    @Test func renameFailureKeepsTheOldEntryAndRemovesTheTemporaryFile() throws {
        // The target is a non-empty folder: the temporary file is written, then rename fails.
        let folder = try TemporaryFolder()
        let target = folder.path("out.graphml")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        _ = try folder.write(Array("keep".utf8), to: "out.graphml/inside")
        #expect(throws: ExportError.self) { try AtomicFile.write(Array("new".utf8), to: target) }
        #expect(try folder.contents() == ["out.graphml"])
        #expect(try read(folder.path("out.graphml/inside")) == Array("keep".utf8))
    }

    @Test func unwritableFolderKeepsTheOldFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array("old".utf8), to: "out.dot")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path) }
        if geteuid() == 0 {
            // root ignores folder permissions; a path through a regular file fails for everyone.
            #expect(throws: ExportError.self) { try AtomicFile.write(Array("new".utf8), to: path + "/child") }
        } else {
            #expect(throws: ExportError.self) { try AtomicFile.write(Array("new".utf8), to: path) }
        }
        #expect(try read(path) == Array("old".utf8))
        #expect(try folder.contents() == ["out.dot"])
    }

    @Test func folderPathsAreRefused() {
        #expect(throws: ExportError.self) { try AtomicFile.write([1], to: "") }
        #expect(throws: ExportError.self) { try AtomicFile.write([1], to: "/tmp/") }
    }

    @Test func stagedFileStreamsPiecesOfEverySizeAndLeavesThePathAloneUntilCommitted() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array("previous".utf8), to: "out.graphml")
        let staged = try StagedFile(path)
        var expected: [UInt8] = []
        // Pieces smaller than, equal to and larger than the 64 KiB buffer, in a mixed order.
        for size in [1, 70_000, 65_536, 3, 200_000, 0, 65_535] {
            let piece = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
            try staged.write(piece)
            expected += piece
            #expect(try read(path) == Array("previous".utf8), "the target changed before commit")
        }
        try staged.commit()
        #expect(try read(path) == expected)
        #expect(try folder.contents() == ["out.graphml"])
    }

    @Test func discardedAndDroppedStagedFilesLeaveNothingBehind() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array("kept".utf8), to: "out.dot")
        let staged = try StagedFile(path)
        try staged.write(Array("half a document".utf8))
        staged.discard()
        #expect(throws: ExportError.self) { try staged.commit() }
        do {
            let dropped = try StagedFile(folder.path("other.rdf"))
            try dropped.write(Array(repeating: 0x41, count: 100_000))
        }
        #expect(try read(path) == Array("kept".utf8))
        #expect(try folder.contents() == ["out.dot"])
    }

    @Test func aFailingSinkStopsTheXMLWriterWithTheSinksError() throws {
        final class Full: ByteSink {
            var accepted = 0
            func write(_ bytes: UnsafeRawBufferPointer) throws {
                if accepted + bytes.count > 1_000 { throw ExportError(call: "write", message: "No space left on device") }
                accepted += bytes.count
            }
        }
        var graph = KnowledgeGraph()
        for i in 0..<2_000 {
            graph.insert(.actor(Actor(id: NodeID(raw: "actor-\(i)"), label: "Tác nhân \(i)", actorType: .person)))
        }
        let sink = Full()
        #expect(throws: ExportError.self) { try GraphMLWriter().write(graph, to: sink) }
        do {
            try GraphMLWriter().write(graph, to: sink)
        } catch let error as ExportError {
            #expect(error.message == "No space left on device")
        }
    }

    @Test func sameBytesLeaveTheFileAsItWas() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array("same".utf8), to: "out.dot")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
        try AtomicFile.write(Array("same".utf8), to: path)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == past)
        #expect(try folder.contents() == ["out.dot"])
        try AtomicFile.write(Array("different".utf8), to: path)
        #expect(try read(path) == Array("different".utf8))
    }

    @Test func namesOfUpTo255BytesGetAShortenedTemporaryName() throws {
        let folder = try TemporaryFolder()
        for name in [String(repeating: "a", count: 255), String(repeating: "ư", count: 127) + "a"] {
            #expect(name.utf8.count == 255)
            try AtomicFile.write(Array("x".utf8), to: folder.path(name))
            #expect(try read(folder.path(name)) == Array("x".utf8))
            let working = WorkingName.make(for: name, tag: "tmp")
            #expect(working.utf8.count <= 255)
            #expect(WorkingName.processID(in: working) == getpid())
        }
        #expect(try folder.contents().count == 2)
    }

    @Test func workingNamesAreRecognisedOnlyInTheirOwnShape() {
        #expect(WorkingName.processID(in: ".s.graphml.tmp-123-ab12") == 123)
        #expect(WorkingName.processID(in: ".s-actors.rdf.old-77-f") == 77)
        #expect(WorkingName.processID(in: "key.json.tmp-9-abc", hidden: false) == 9)
        for name in ["key.json.tmp-9-abc", ".s.graphml", ".s.tmp-x-ab", ".s.tmp-12-xyz", ".s.bak-12-ab", ".s.tmp-12-"] {
            #expect(WorkingName.processID(in: name) == nil, "\(name)")
        }
    }

    @Test func aFileSetWithAFailingRenameReplacesNoneAndLeavesNoWorkingFile() throws {
        let folder = try TemporaryFolder()
        for name in ["a.graphml", "b.rdf", "d.ttl"] { _ = try folder.write(Array("old \(name)".utf8), to: name) }
        // c.gexf is a folder holding a file: the third rename fails.
        try FileManager.default.createDirectory(atPath: folder.path("c.gexf"), withIntermediateDirectories: false)
        _ = try folder.write(Array("inside".utf8), to: "c.gexf/x")
        var files: [StagedFile] = []
        for name in ["a.graphml", "b.rdf", "c.gexf", "d.ttl", "e.json"] {
            let file = try StagedFile(folder.path(name))
            try file.write(Array("new \(name)".utf8))
            files.append(file)
        }
        #expect(throws: ExportError.self) { try FileSet.commit(files) }
        for name in ["a.graphml", "b.rdf", "d.ttl"] { #expect(try read(folder.path(name)) == Array("old \(name)".utf8)) }
        #expect(try folder.contents() == ["a.graphml", "b.rdf", "c.gexf", "d.ttl"])
    }

    @Test func aFileSetReplacesEveryChangedFileAndLeavesTheRest() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(Array("same".utf8), to: "a.dot")
        _ = try folder.write(Array("old".utf8), to: "b.dot")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: folder.path("a.dot"))
        var files: [StagedFile] = []
        for (name, text) in [("a.dot", "same"), ("b.dot", "new"), ("c.dot", "fresh")] {
            let file = try StagedFile(folder.path(name))
            try file.write(Array(text.utf8))
            files.append(file)
        }
        try FileSet.commit(files)
        #expect(try read(folder.path("b.dot")) == Array("new".utf8))
        #expect(try read(folder.path("c.dot")) == Array("fresh".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: folder.path("a.dot"))[.modificationDate] as? Date == past)
        #expect(try folder.contents() == ["a.dot", "b.dot", "c.dot"])
    }

    @Test func theCommitJournalReadsBackWhatItWrites() throws {
        let journal = CommitJournal(processID: 42, entries: [
            .init(final: "s.graphml", staged: ".s.graphml.tmp-42-a", backup: ".s.graphml.old-42-b"),
            .init(final: "s.gexf", staged: ".s.gexf.tmp-42-c", backup: ""),
        ])
        #expect(CommitJournal(text: try journal.text()) == journal)
        #expect(CommitJournal(text: "something else\n") == nil)
        #expect(CommitJournal(text: "diplograph commit journal 1 pid=1\n../x\t.t\t\n") == nil)
        let bad = CommitJournal(processID: 1, entries: [.init(final: "a\nb", staged: "t", backup: "")])
        #expect(throws: ExportError.self) { try bad.text() }
    }

    @Test func outputTargetsByKindOfEntry() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        _ = try folder.write(Array("x".utf8), to: "real.dot")
        #expect(symlink(folder.path("real.dot"), folder.path("link.dot")) == 0)
        #expect(symlink("missing", folder.path("dangling")) == 0)
        #expect(try OutputTarget.resolve("-") == .descriptor(1))
        #expect(try OutputTarget.resolve("/dev/stdout") == .descriptor(1))
        #expect(try OutputTarget.resolve("/dev/fd/2") == .descriptor(2))
        #expect(try OutputTarget.resolve("/dev/null") == .writeThrough("/dev/null"))
        #expect(try OutputTarget.resolve(fifo) == .writeThrough(fifo))
        #expect(try OutputTarget.resolve(folder.path("new.dot")) == .replace(folder.path("new.dot")))
        let resolved = try #require(SystemFile.resolved(folder.path("real.dot")))
        #expect(try OutputTarget.resolve(folder.path("link.dot")) == .replace(resolved))
        #expect(throws: ExportError.self) { try OutputTarget.resolve(folder.url.path) }
        #expect(throws: ExportError.self) { try OutputTarget.resolve(folder.path("dangling")) }
    }

    @Test func libxml2sOwnMessagesNeverReachStandardError() throws {
        final class Full: ByteSink {
            func write(_ bytes: UnsafeRawBufferPointer) throws { throw ExportError(call: "write", message: "No space left on device") }
        }
        var graph = KnowledgeGraph()
        for i in 0..<200 { graph.insert(.actor(Actor(id: NodeID(raw: "actor-\(i)"), label: "Tác nhân \(i)", actorType: .person))) }
        // Standard error goes to a file while the writers fail (other tests' messages may land in
        // it too; none of them is libxml2's).
        let folder = try TemporaryFolder()
        let capture = open(folder.path("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let saved = dup(2)
        #expect(capture >= 0 && saved >= 0)
        dup2(capture, 2)
        for writer in [GraphMLWriter.self, GEXFWriter.self, RDFXMLWriter.self] as [GraphWriter.Type] {
            #expect(throws: ExportError.self) { try writer.init(options: ExportOptions()).write(graph, to: Full()) }
        }
        dup2(saved, 2)
        close(saved)
        close(capture)
        let text = String(decoding: try read(folder.path("stderr")), as: UTF8.self)
        #expect(!text.contains("I/O error"), "\(text)")
        #expect(!text.contains("write error"), "\(text)")
    }

    @Test func aRollBackThatCannotPutAFileBackKeepsTheJournalForTheNextRun() throws {
        let folder = try TemporaryFolder()
        let prefix = folder.url.path + "/"
        _ = try folder.write(Array("old".utf8), to: ".a.old-1-f")
        try FileManager.default.createDirectory(atPath: folder.path("a"), withIntermediateDirectories: false)
        _ = try folder.write(Array("blocks".utf8), to: "a/x")
        let journal = CommitJournal(processID: 1, entries: [.init(final: "a", staged: ".a.tmp-1-f", backup: ".a.old-1-f")])
        try journal.write(in: prefix)
        #expect(!journal.rollBack(in: prefix))
        #expect(try CommitJournal.read(in: prefix) == journal)
        // Once the way is clear, the next attempt puts the file back and removes the journal.
        try FileManager.default.removeItem(atPath: folder.path("a"))
        #expect(journal.rollBack(in: prefix))
        #expect(try read(folder.path("a")) == Array("old".utf8))
        #expect(try folder.contents() == ["a"])
    }

    @Test func staleWorkingFilesAreThoseOfDeadProcessesOrOlderThanAWeek() throws {
        let folder = try TemporaryFolder()
        let prefix = folder.url.path + "/"
        let live = getppid()  // the process that started the tests: alive, and not this one
        let dead: Int32 = 2_147_483_000
        for name in [".a.dot.tmp-\(dead)-1", ".b.dot.tmp-\(live)-2", ".c.dot.old-\(live)-3", ".d.dot.tmp-\(getpid())-4", "e.json.tmp-\(dead)-5"] {
            _ = try folder.write(Array("x".utf8), to: name)
        }
        // A week and a day old: stale even though a process with that id runs.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-8 * 24 * 3600)],
                                              ofItemAtPath: folder.path(".c.dot.old-\(live)-3"))
        #expect(WorkingFiles.removeStale(in: prefix) == [".a.dot.tmp-\(dead)-1", ".c.dot.old-\(live)-3"])
        #expect(WorkingFiles.removeStale(in: prefix, hidden: false) == ["e.json.tmp-\(dead)-5"])
        #expect(try folder.contents() == [".b.dot.tmp-\(live)-2", ".d.dot.tmp-\(getpid())-4"])
    }
}
