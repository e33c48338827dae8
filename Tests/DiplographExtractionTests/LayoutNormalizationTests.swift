import Foundation
import Testing
@testable import DiplographExtraction

/// The variants of spacing, invisible scalars, line ends and composition that normalisation
/// removes, each with the offsets it must map back to.
@Suite("Normalisation of layout variants")
struct LayoutNormalizationTests {
    static func normalized(_ s: String) -> String {
        let t = NormalizedText(s)
        return t.string(0..<t.scalars.count)
    }

    @Test("A run of spaces, tabs and no-break spaces is one space", arguments: [
        "Vladimir  Putin", "Vladimir\tPutin", "Vladimir\u{00A0}Putin", "Vladimir \t\u{00A0} Putin",
        "Vladimir\u{2003}\u{202F}Putin", "Vladimir\u{3000}Putin",
    ])
    func spaceRuns(input: String) {
        #expect(Self.normalized(input) == "Vladimir Putin")
    }

    @Test("Offsets after a run of white space point past the whole run")
    func spaceRunOffsets() {
        // "Vladimir" is scalars 0–7; the run " \t\u{00A0} " is 8–11; "P" is 12.
        let t = NormalizedText("Vladimir \t\u{00A0} Putin")
        #expect(t.scalars.count == 14)
        #expect(t.originalOffset(8) == 8)
        #expect(t.originalOffset(9) == 12)
        #expect(t.originalOffset(14) == 17)
    }

    @Test("Invisible scalars inside a word are dropped", arguments: [
        "Pu\u{200B}tin", "Pu\u{200C}tin", "Pu\u{200D}tin", "Pu\u{2060}tin", "Pu\u{00AD}tin", "Pu\u{FEFF}tin",
        "Pu\u{200B}\u{00AD}tin", "\u{200B}Putin", "Putin\u{200D}",
    ])
    func invisible(input: String) {
        #expect(Self.normalized(input) == "Putin")
    }

    @Test("Offsets skip a dropped invisible scalar")
    func invisibleOffsets() {
        let t = NormalizedText("Ông Pu\u{200B}tin nói")
        #expect(t.string(0..<t.scalars.count) == "Ông Putin nói")
        #expect(t.originalOffset(5) == 5)   // "u"
        #expect(t.originalOffset(6) == 7)   // "t", after the ZWSP at 6
        #expect(t.originalOffset(9) == 10)  // the space after "Putin"
        #expect(t.originalOffset(13) == 14) // the end
    }

    @Test("A space after dropped invisible scalars maps to the first of them, so a word ends where it is seen")
    func gapBeforeSpace() {
        // "Putin." is 0–5, ZWJ 6, soft hyphen 7, space 8, "Ông" 9–11.
        let t = NormalizedText("Putin.\u{200D}\u{00AD} Ông")
        #expect(t.string(0..<t.scalars.count) == "Putin. Ông")
        #expect(t.originalOffset(6) == 6)
        #expect(t.originalOffset(7) == 9)
    }

    @Test("Every kind of line end reads as a newline", arguments: [
        "Nga\nMỹ", "Nga\r\nMỹ", "Nga\rMỹ", "Nga\u{85}Mỹ", "Nga\u{2028}Mỹ", "Nga\u{2029}Mỹ", "Nga\u{0B}Mỹ", "Nga\u{0C}Mỹ",
    ])
    func lineEnds(input: String) {
        #expect(Self.normalized(input) == "Nga\nMỹ")
    }

    @Test("CR LF is one line end: the next line starts after the LF")
    func crlfOffsets() {
        let t = NormalizedText("Nga\r\nMỹ\r\n")
        #expect(t.scalars.count == 7)
        #expect(t.originalOffset(3) == 3)
        #expect(t.originalOffset(4) == 5)
        #expect(t.originalOffset(6) == 7)
        #expect(t.originalOffset(7) == 9)
    }

    @Test("Blank lines between paragraphs stay blank lines, whatever their line ends")
    func paragraphs() {
        #expect(Self.normalized("Một.\r\n\r\nHai.") == "Một.\n\nHai.")
        #expect(Self.normalized("Một.\u{2029}\u{2029}Hai.") == "Một.\n\nHai.")
    }

    @Test("Text with none of the variants keeps its offsets and needs no map")
    func plainText() {
        let plain = "Tổng thống Joe Biden điện đàm với ông Putin.\nHai bên nhất trí."
        let t = NormalizedText(plain)
        #expect(t.original == nil)
        #expect(t.string(0..<t.scalars.count) == plain)
        // Single tabs, no-break spaces, lone CRs and quotes fold one for one: still no map.
        let oneForOne = NormalizedText("Ông\tPutin\u{00A0}nói\r“Được”")
        #expect(oneForOne.original == nil)
        #expect(oneForOne.string(0..<oneForOne.scalars.count) == "Ông Putin nói\n\"Được\"")
    }

    /// Sentences of `page` as sliced from the original text through the offset map.
    static func originalSentences(_ page: String) -> [String] {
        let t = NormalizedText(page)
        let original = Array(page.unicodeScalars)
        var out: [String] = []
        for line in Boilerplate.keptLines(t, body: 0..<t.scalars.count) {
            for r in SentenceSplitter.sentences(t, line: line) {
                let a = t.originalOffset(r.lowerBound), b = t.originalOffset(r.upperBound)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: original[a..<b])
                out.append(String(view))
            }
        }
        return out
    }

    @Test("Sentences sliced from the original by the mapped offsets are the sentences as written")
    func evidenceOffsets() {
        let written = [
            "Ông\u{00A0} Vladimir  Pu\u{200B}tin nói.",
            "Tổng thống\tJoe Bi\u{00AD}den đáp.",
            "Hai bên \u{200D}nhất trí.",
            "Hết.",
        ]
        let page = written[0] + "  " + written[1] + "\r\n\r\n" + written[2] + "\u{2028}" + written[3] + "\r\n"
        #expect(Self.originalSentences(page) == written)
        // The same page in NFD: the slices are the NFD sentences.
        let nfd = page.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > page.unicodeScalars.count)
        #expect(Self.originalSentences(nfd).map { Array($0.unicodeScalars) }
                == written.map { Array($0.decomposedStringWithCanonicalMapping.unicodeScalars) })
    }

    @Test("Multi-word names match across a run of spaces, tabs and no-break spaces and across invisible scalars")
    func phraseAcrossSpaces() {
        var trie = PhraseTrie<Int>()
        trie.insert(Lexicon.fold("Vladimir Putin"), 1)
        trie.insert(Lexicon.fold("Bộ Ngoại giao"), 2)
        let t = NormalizedText("Ông Vladimir\t\u{00A0} Pu\u{200D}tin và Bộ  Ngoa\u{0323}i\u{00AD} giao")
        let found = trie.matches(in: t.scalars, range: 0..<t.scalars.count)
        #expect(found.map(\.payload) == [1, 2])
        #expect(found.first.map { t.originalOffset($0.range.lowerBound) } == 4)
        #expect(found.first.map { t.originalOffset($0.range.upperBound) } == 21)
    }
}
