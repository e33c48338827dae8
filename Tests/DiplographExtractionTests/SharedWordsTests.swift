import Foundation
import Testing
@testable import DiplographExtraction

@Suite("Quotes of the original text by scalar offsets")
struct OriginalQuotesTests {
    @Test("Sentences quoted in order, in NFC and in NFD, with letters of two and three bytes")
    func inOrder() {
        // "Đ" is two bytes, "ố" three in NFC; in NFD "ố" is o + U+0302 + U+0301 (three scalars).
        let nfc = "Đà Nẵng. Tổng thống Putin nói."
        var q = OriginalQuotes(nfc)
        #expect(q.quote(0..<8) == "Đà Nẵng.")
        #expect(q.quote(9..<30) == "Tổng thống Putin nói.")
        let nfd = nfc.decomposedStringWithCanonicalMapping
        let scalars = Array(nfd.unicodeScalars)
        // "Đà Nẵng." in NFD: Đ, a, U+0300, space, N, a, U+0306, U+0303, n, g, . = 11 scalars.
        #expect(scalars.count > 30)
        var d = OriginalQuotes(nfd)
        #expect(d.quote(0..<11) == "Đa\u{300} Na\u{306}\u{303}ng.")
        // "Tổng" in NFD: T (12), o (13), U+0302 (14), U+0309 (15), …
        #expect(d.quote(12..<15) == "T" + "o\u{302}")
        #expect(Array(d.quote(12..<14).unicodeScalars) == ["T", "o"])
    }

    @Test("An offset before the last one starts again; ranges past the end are cut at the end")
    func backwardsAndPastTheEnd() {
        var q = OriginalQuotes("Hà Nội và Washington")
        #expect(q.quote(10..<20) == "Washington")
        #expect(q.quote(0..<6) == "Hà Nội")
        #expect(q.quote(7..<9) == "và")
        #expect(q.quote(17..<99) == "ton")
        #expect(q.quote(40..<50) == "")
        #expect(q.quote(3..<3) == "")
        var empty = OriginalQuotes("")
        #expect(empty.quote(0..<4) == "")
    }
}

@Suite("Tokens taking the lexicon's word strings")
struct VocabularyTests {
    @Test("A token found in the vocabulary has the strings it would have made itself", arguments: [false, true])
    func sameTokens(decomposed: Bool) throws {
        let lexicon = try Lexicon.bundled()
        let nfc = "Thủ tướng ĐỨC Olaf Scholz hôm 12/3/2024 hội đàm với Tổng thống Nga Vladimir Putin tại Moskva, nói: \"Hòa bình!\""
        let t = NormalizedText(decomposed ? nfc.decomposedStringWithCanonicalMapping : nfc)
        let plain = Tokenizer.tokens(t, in: 0..<t.scalars.count)
        let shared = Tokenizer.tokens(t, in: 0..<t.scalars.count, vocabulary: lexicon.vocabulary)
        #expect(plain.map(\.text) == ["Thủ", "tướng", "ĐỨC", "Olaf", "Scholz", "hôm", "12", "/", "3", "/", "2024", "hội", "đàm",
                                      "với", "Tổng", "thống", "Nga", "Vladimir", "Putin", "tại", "Moskva", ",", "nói", ":",
                                      "\"", "Hòa", "bình", "!", "\""])
        #expect(shared.map(\.text) == plain.map(\.text))
        #expect(shared.map(\.lower) == plain.map(\.lower))
        #expect(shared.map(\.range) == plain.map(\.range))
        #expect(shared.map(\.isCapitalized) == plain.map(\.isCapitalized))
        #expect(shared.map(\.isWord) == plain.map(\.isWord))
        // The same bytes, not only equal strings (canonical equivalence would hide NFD left over).
        #expect(shared.map { Array($0.text.utf8) } == plain.map { Array($0.text.utf8) })
        #expect(shared.map { Array($0.lower.utf8) } == plain.map { Array($0.lower.utf8) })
    }

    @Test("Lexicon words, their capitalised forms, punctuation and numbers are in; other words are not")
    func whatIsIn() throws {
        let v = try Lexicon.bundled().vocabulary
        func has(_ w: String) -> Bool {
            let s = Array(w.unicodeScalars)
            return v.find(s, 0..<s.count) != nil
        }
        for w in ["điện", "đàm", "Điện", "Putin", "Nga", "nga", ",", "(", "2024", "0", "12"] { #expect(has(w), "\(w)") }
        for w in ["zzqx", "Đàmx", "2101", "", "điện đàm"] { #expect(!has(w), "\(w)") }
        // Found by its exact scalars: the same word in NFD is another spelling.
        #expect(!has("điện".decomposedStringWithCanonicalMapping))
        let s = Array("Ông Putin".unicodeScalars)
        let k = try #require(v.find(s, 4..<9))
        #expect(v.strings(k)?.text == "Putin")
        #expect(v.strings(k)?.lower == "putin")
        #expect(v.strings(-1) == nil)
        #expect(v.find(s, 4..<40) == nil)
        #expect(Vocabulary.empty.find(s, 0..<3) == nil)
    }
}
