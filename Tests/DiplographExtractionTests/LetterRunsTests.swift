import Testing
@testable import DiplographExtraction

@Suite("Letter runs read from bytes")
struct LetterRunsTests {
    /// What `SpeechActRules.topics` split clauses with before.
    private func byCharacter(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    @Test("Every scalar below U+2000 and of U+1E00–U+1EFF splits as Character by Character")
    func everyScalar() {
        var wrong: [UInt32] = []
        for v in Array(UInt32(0)..<0x2000) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let s = Unicode.Scalar(v) else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: ["a", s, "b", " ", s, "ệ"])
            let text = String(view)
            if LetterRuns.words(text) != byCharacter(text) { wrong.append(v) }
        }
        #expect(wrong.isEmpty)
    }

    @Test("Clauses, plain or not, split as Character by Character")
    func clauses() {
        for text in ["yêu cầu dỡ bỏ toàn bộ lệnh trừng phạt, ngay lập tức.", "", "  ", "½ số 3² km",
                     "i\u{307}stanbul và İzmir", "cafe\u{301} và phở", "dòng một\r\ndòng hai", "🇻🇳 Việt Nam 👍🏽 ok",
                     "Hoà bình;an-ninh/hợp_tác"] {
            #expect(LetterRuns.words(text) == byCharacter(text))
            #expect(LetterRuns.words(text.lowercased()) == byCharacter(text.lowercased()))
        }
    }
}
