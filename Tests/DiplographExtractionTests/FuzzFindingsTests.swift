import Foundation
import Testing
import DiplographInput
@testable import DiplographExtraction

/// Every input the article fuzzer once crashed on (`Fuzz/crashes/FuzzArticle/`) is read and
/// extracted again here: a trap would end the test process, so a finding that comes back fails
/// `swift test`, not only the next fuzz run.
@Suite("Fuzz findings stay fixed")
struct FuzzFindingsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/crashes/FuzzArticle")

    static var findings: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("crash-") }.sorted()
    }

    @Test("The article fuzzer's findings are kept in the repository")
    func findingsPresent() {
        // Range traps in the event rules (a generic event word inside a reporting frame), found 2026-12-06.
        #expect(Self.findings.count >= 5)
    }

    @Test("Each finding reads and extracts without a trap, its evidence inside the text", arguments: findings)
    func extractsWithoutTrap(_ name: String) throws {
        let lexicon = try Lexicon.bundled()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-fuzz-finding-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("article.txt").path
        try Data(contentsOf: Self.folder.appendingPathComponent(name)).write(to: URL(fileURLWithPath: path))
        guard let article = try? ArticleReader().read(path: path) else { return }
        let graph = ArticleExtractor(lexicon: lexicon).extract(article)
        #expect(graph.contains(article.id))
        let scalars = article.text.unicodeScalars.count
        for node in graph.nodes { for e in node.evidence { #expect(e.start >= 0 && e.start <= e.end && e.start <= scalars) } }
    }
}
