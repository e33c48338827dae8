import DiplographInput
import DiplographModel
import Testing
@testable import DiplographExtraction

/// Event labels in one language each, and evidence offsets that locate the sentence in the file.
@Suite("Event labels and evidence offsets")
struct EventLabelTests {
    static let lexicon = Result { try Lexicon.bundled() }

    func extract(_ source: String) throws -> KnowledgeGraph {
        let article = try ArticleReader().read(bytes: Array(source.utf8), path: "case.txt")
        return ArticleExtractor(lexicon: try Self.lexicon.get()).extract(article)
    }

    @Test("The vi label names the parties in Vietnamese, the en label in English")
    func oneLanguagePerLabel() throws {
        let g = try extract("---\ndate: 2022-01-11\n---\nMỹ và Nga đã hội đàm tại Geneva ngày 10/1.\n")
        let event = try #require(g.events.first)
        #expect(event.label.hasPrefix("Gặp "))
        #expect(event.label.contains("Mỹ") && event.label.contains("Nga"), "\(event.label)")
        #expect(!event.label.contains("United States") && !event.label.contains("Russia"), "\(event.label)")
        #expect(event.labelEn.hasPrefix("Meeting "))
        #expect(event.labelEn.contains("United States") && event.labelEn.contains("Russia"), "\(event.labelEn)")
        #expect(!event.labelEn.contains("Mỹ") && !event.labelEn.contains("Nga"), "\(event.labelEn)")
        #expect(event.label.hasSuffix(" (2022-01-10)") && event.labelEn.hasSuffix(" (2022-01-10)"))
    }

    @Test("People's names serve both labels")
    func peopleInBothLabels() throws {
        let g = try extract("---\ndate: 2022-02-13\n---\nTổng thống Mỹ Joe Biden đã điện đàm với Tổng thống Nga Vladimir Putin ngày 12/2.\n")
        let event = try #require(g.events.first)
        #expect(event.label.hasPrefix("Điện đàm "))
        #expect(event.labelEn.hasPrefix("Call "))
        for name in ["Joe Biden", "Vladimir Putin"] {
            #expect(event.label.contains(name) && event.labelEn.contains(name))
        }
    }

    /// `Evidence.start`/`end` count Unicode scalars of the file's text as decoded (a byte-order
    /// mark dropped, front matter included), so slicing the file there gives the sentence back,
    /// whatever precedes it (emoji, decomposed letters, CRLF).
    @Test("Evidence offsets slice the sentence out of the file's text")
    func offsetsSliceTheFile() throws {
        let sentence = "Tổng thống Mỹ Joe Biden đã điện đàm với Tổng thống Nga Vladimir Putin ngày 12/2."
        let text = "---\r\ndate: 2022-02-13\r\ntitle: Tin 👍🏽 nóng\r\n---\r\nVie\u{0323}\u{0302}t Nam 🇻🇳 đưa tin.\r\n" + sentence + "\r\n"
        let g = try extract("\u{FEFF}" + text)
        let evidence = try #require(g.events.first?.evidence.first)
        let scalars = Array(text.unicodeScalars)
        #expect(evidence.start >= 0 && evidence.start < evidence.end && evidence.end <= scalars.count)
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[evidence.start..<evidence.end])
        #expect(String(slice) == sentence)
        #expect(evidence.sentence == sentence)
    }
}
