import Foundation
import Testing
@testable import DiplographInput

@Suite("Front matter trimming read from scalars")
struct FrontMatterTrimTests {
    private let samples = ["", " ", "\t\n\r ", "title", "  Việt Nam  ", "\u{00A0}x\u{2028}", "\u{3000}日本\u{3000}", "\u{200B}x\u{200B}",
                           "\u{FEFF}x", " \u{301}a ", "a \u{301}", "\u{85}y\u{0B}", "\r\n2024-01-02\r\n", "\u{1680}\u{2009}z\u{202F}\u{205F}"]

    @Test("Values are trimmed as trimmingCharacters(in: .whitespacesAndNewlines) trims them")
    func values() {
        for text in samples {
            #expect(Array(FrontMatter.trimmed(text).unicodeScalars) == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
        }
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x3100 {
            guard let s = Unicode.Scalar(v) else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: [s, "a", s])
            let text = String(view)
            if Array(FrontMatter.trimmed(text).unicodeScalars) != Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars) { wrong.append(v) }
        }
        #expect(wrong.isEmpty)
    }

    @Test("Fences are told as the trimmed comparison with --- tells them")
    func fences() {
        for line in ["---", " --- ", "\t---\r", "\u{FEFF}---", "\u{FEFF} ---\r", "--", "----", "- --", "---\u{301}", "\u{00A0}---", "-\u{2010}-", ""] {
            let sub = Substring(line)
            #expect(FrontMatter.isFence(sub, orByteOrderMark: true) == (line.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\u{FEFF}")) == "---"))
            #expect(FrontMatter.isFence(sub, orByteOrderMark: false) == (line.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r")) == "---"))
        }
    }
}
