import Foundation
import Testing
@testable import DiplographExtraction

/// The lexicon built into the tool is the one in `Sources/DiplographExtraction/Lexicon`, byte for
/// byte (the EmbedResourcesPlugin writes `EmbeddedLexicon.swift` from it at build time).
@Suite("built-in lexicon")
struct EmbeddedLexiconTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/DiplographExtraction/Lexicon").path

    @Test("the built-in lexicon holds the same files with the same bytes as the lexicon folder")
    func builtInMatchesFolder() throws {
        let onDisk = try LexiconFiles.directory(Self.folder).jsonNames()
        #expect(try LexiconFiles.builtIn.jsonNames() == onDisk)
        #expect(onDisk.count >= 7)
        for name in onDisk {
            let disk = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
            #expect(LexiconFiles.builtIn.contents(name) == disk, "\(name) differs from the built-in copy")
        }
    }

    @Test("a missing file of a lexicon folder is named with the folder")
    func missingFileNamed() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-nolex-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(throws: LexiconError.self) { try Lexicon(directory: empty) }
        do { _ = try Lexicon(directory: empty) } catch let e as LexiconError {
            #expect(e.file.hasPrefix(empty + "/") && e.message.contains("missing or unreadable"))
        }
    }
}
