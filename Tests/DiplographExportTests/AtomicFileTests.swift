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
}
