import Foundation
import Testing

@Suite("explain")
struct ExplainTests {
    @Test("explain on seed 001 prints its events, threats and the sentences they came from")
    func explainSeed() throws {
        let file = Tool.repoPath("seeds/001_c370ad7c0e317180.txt")
        let r = try Tool.run(["explain", file])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let lines = r.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("# 001_c370ad7c0e317180.txt") == true)
        // Published date from seeds/manifest.json.
        #expect(lines.first?.contains("2022-02-13") == true)

        let events = lines.filter { $0.hasPrefix("event") }
        let threats = lines.filter { $0.hasPrefix("threat") }
        // The article reports the Biden–Putin phone call of 12/2 (2022) and Biden's warning to Russia.
        #expect(events.contains { $0.contains("call") && $0.contains("Biden") && $0.contains("Putin") && $0.contains("2022-02-12") },
                "\(events)")
        #expect(threats.contains { $0.contains("Biden") }, "\(threats)")

        // Every evidence line is a sentence of the article, and the warning sentence is among them.
        let article = try String(contentsOfFile: file, encoding: .utf8)
        let evidence = lines.compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("« "), t.hasSuffix(" »") else { return nil }
            return String(t.dropFirst(2).dropLast(2))
        }
        #expect(!evidence.isEmpty)
        for s in evidence { #expect(article.contains(s), "not a sentence of the article: \(s)") }
        #expect(evidence.contains { $0.contains("Tổng thống Biden đã cảnh báo rằng nếu Nga tấn công Ukraine") })
        #expect(lines.contains { $0.hasPrefix("actors ") })
    }

    @Test("explain with a missing file exits 1 and names it")
    func explainMissing() throws {
        let dir = try TempDir()
        let r = try Tool.run(["explain", Tool.repoPath("seeds/001_c370ad7c0e317180.txt"), dir.path("gone.txt")])
        #expect(r.status == 1)
        #expect(r.stderr.contains(dir.path("gone.txt")))
        #expect(r.stdoutText.hasPrefix("# 001_c370ad7c0e317180.txt"))
    }
}
