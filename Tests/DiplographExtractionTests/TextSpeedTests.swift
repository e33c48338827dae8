import DiplographModel
import Testing
@testable import DiplographExtraction

@Suite("Lower case from the table")
struct TextCaseTests {
    @Test("Every code point of the table lower-cases as String.lowercased() does")
    func wholeTable() {
        var wrong: [UInt32] = []
        for v in 0..<UInt32(TextCase.tableSize) {
            guard let s = Unicode.Scalar(v) else { continue }
            if TextCase.lowercased([s], 0..<1) != String(s).lowercased() { wrong.append(v) }
        }
        #expect(wrong.isEmpty)
    }

    @Test("Vietnamese words, and scalars past the table or with a longer lower case", arguments: [
        ("ĐÀ NẴNG", "đà nẵng"), ("Thủ tướng", "thủ tướng"), ("ỦY BAN", "ủy ban"), ("hòa bình", "hòa bình"),
        ("İstanbul", "i\u{307}stanbul"), ("ＡＢＣ đỏ", "ａｂｃ đỏ"), ("ΣΟΦΙΑ", "σοφια"), ("", ""),
    ])
    func words(input: String, expected: String) {
        let scalars = Array(input.unicodeScalars)
        #expect(TextCase.lowercased(scalars, 0..<scalars.count) == expected)
        #expect(TextCase.isLower(scalars, 0..<scalars.count) == (input == expected))
    }

    @Test("A range inside the text, and a range past its end")
    func ranges() {
        let scalars = Array("Bộ NGOẠI GIAO".unicodeScalars)
        #expect(TextCase.lowercased(scalars, 3..<8) == "ngoại")
        #expect(TextCase.lowercased(scalars, 10..<40) == "iao")
    }
}

@Suite("Tokens and their lower case")
struct TokenCaseTests {
    @Test("NFC and NFD input give the same tokens, lower-cased from the table", arguments: [false, true])
    func tokens(decomposed: Bool) {
        let nfc = "Thủ tướng ĐỨC, ông Olaf Scholz."
        let t = NormalizedText(decomposed ? nfc.decomposedStringWithCanonicalMapping : nfc)
        let tokens = Tokenizer.tokens(t, in: 0..<t.scalars.count)
        #expect(tokens.map(\.text) == ["Thủ", "tướng", "ĐỨC", ",", "ông", "Olaf", "Scholz", "."])
        #expect(tokens.map(\.lower) == ["thủ", "tướng", "đức", ",", "ông", "olaf", "scholz", "."])
        #expect(tokens.map(\.range) == [0..<3, 4..<9, 10..<13, 13..<14, 15..<18, 19..<23, 24..<30, 30..<31])
        #expect(tokens.map(\.isCapitalized) == [true, false, true, false, false, true, true, false])
    }

    @Test("A sentence's words lower-cased as a run of text")
    func lowerText() throws {
        let lexicon = try Lexicon.bundled()
        let t = NormalizedText("Tổng thống NGA Vladimir Putin ĐÃ ĐIỆN ĐÀM với Thủ tướng Ấn Độ.")
        let s = try #require(SentenceBuilder.build(t, body: 0..<t.scalars.count, lexicon: lexicon).first)
        #expect(s.lowerText(5..<8, in: t) == "đã điện đàm")
        #expect(s.lowerText(0..<3, in: t) == "tổng thống nga")
        #expect(s.lowerText(5..<5, in: t) == "")
        #expect(s.lowerText(10..<99, in: t) == "")
    }
}

@Suite("Sealed phrase trie")
struct SealedTrieTests {
    func trie(sealed: Bool) -> PhraseTrie<Int> {
        var trie = PhraseTrie<Int>()
        trie.insert("Nga", 1)
        trie.insert("Mỹ", 2)
        trie.insert("Bộ Ngoại giao Nga", 3)
        trie.insert("€", 4)
        trie.insert("Ấn Độ", 5)
        if sealed { trie.seal() }
        return trie
    }

    @Test("Sealed and unsealed tries find the same phrases, on word boundaries", arguments: [false, true])
    func sameMatches(sealed: Bool) {
        let text = Array(NormalizedText("Ngay cả Bộ Ngoại giao Nga và Nga-Mỹ, không phải Ngà; 5 € cho Ấn Độ, Ấn Độc.").scalars)
        let found = trie(sealed: sealed).matches(in: text, range: 0..<text.count)
        #expect(found.map(\.payload) == [3, 1, 2, 4, 5])
        #expect(found.map(\.range) == [8..<25, 29..<32, 33..<35, 55..<56, 61..<66])
    }

    @Test("NFD text matches a phrase given in NFC")
    func decomposed() {
        let text = Array(NormalizedText("Thủ tướng Ấn Độ".decomposedStringWithCanonicalMapping).scalars)
        #expect(trie(sealed: true).matches(in: text, range: 0..<text.count).map(\.range) == [10..<15])
    }

    @Test("A phrase added after sealing is found too")
    func insertAfterSeal() {
        var t = trie(sealed: true)
        t.insert("Pháp", 6)
        let text = Array(NormalizedText("Nga và Pháp").scalars)
        #expect(t.matches(in: text, range: 0..<text.count).map(\.payload) == [1, 6])
        t.seal()
        #expect(t.matches(in: text, range: 0..<text.count).map(\.payload) == [1, 6])
    }

    @Test("A range past the text's end is cut to the text")
    func outOfRange() {
        let text = Array("Nga".unicodeScalars)
        #expect(trie(sealed: true).matches(in: text, range: 0..<10).map(\.payload) == [1])
    }
}

@Suite("Boilerplate, the credit window")
struct CreditWindowTests {
    @Test("A credit is cut only when its marker starts within the line's last 47 scalars", arguments: [
        (42, "Ông Biden điện đàm."), (43, nil),
    ])
    func window(credit: Int, expected: String?) {
        let line = "Ông Biden điện đàm. Ảnh: " + String(repeating: "x", count: credit)
        let t = NormalizedText(line)
        let kept = Boilerplate.keptLines(t, body: 0..<t.scalars.count).map { t.string($0) }
        #expect(kept == [expected ?? line])
    }

    @Test("An end marker written in NFD still ends the page")
    func decomposedMarker() {
        let page = "Ông Biden điện đàm.\n" + "Bài liên quan".decomposedStringWithCanonicalMapping + "\nTin khác."
        let t = NormalizedText(page)
        #expect(Boilerplate.keptLines(t, body: 0..<t.scalars.count).map { t.string($0) } == ["Ông Biden điện đàm."])
    }
}

@Suite("People called by one name")
struct PersonInOfficeTests {
    @Test("'Tập' is Tập Cận Bình while in office, nobody without a date or for a one-letter word")
    func xi() throws {
        let lexicon = try Lexicon.bundled()
        let i = try #require(lexicon.personInOffice(calledBy: "Tập", on: PartialDate(year: 2023, month: 5, day: 1)))
        #expect(lexicon.people[i].id == "xi-jinping")
        #expect(lexicon.personInOffice(calledBy: "Tập", on: nil) == nil)
        #expect(lexicon.personInOffice(calledBy: "T", on: PartialDate(year: 2023, month: 5, day: 1)) == nil)
        #expect(lexicon.personInOffice(calledBy: "Putin", on: PartialDate(year: 1990, month: 1, day: 1)) == nil)
    }
}

@Suite("Lines seen, by their bytes")
struct SeenLinesTests {
    /// Every scalar `SeenLines` keeps by its bytes.
    static let plainScalars: [Unicode.Scalar] = (Array(0..<0x300) + Array(0x1E00...0x1EFF)).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test("Plain scalars are in NFC alone and beside one another")
    func plainIsNFC() {
        var wrong: [String] = []
        let sample = stride(from: 0, to: Self.plainScalars.count, by: 7).map { Self.plainScalars[$0] }
        for a in Self.plainScalars {
            let alone = String(a)
            if !alone.precomposedStringWithCanonicalMapping.utf8.elementsEqual(alone.utf8) { wrong.append(alone) }
            for b in sample {
                let pair = String(b) + String(a)
                if !pair.precomposedStringWithCanonicalMapping.utf8.elementsEqual(pair.utf8) { wrong.append(pair) }
            }
        }
        #expect(wrong.isEmpty)
    }

    @Test("Equal lines are seen once, whichever kind they are", arguments: [
        (["Hà Nội", "Hà Nội", "Hà Nội."], [true, false, true]),
        // U+212B ANGSTROM SIGN equals U+00C5 as a string; the first line is plain, the second is not.
        (["Tin Å", "Tin \u{212B}"], [true, false]),
        (["Tin \u{212B}", "Tin Å", "Tin \u{212B}"], [true, false, false]),
        (["€ 5", "€ 5", "$ 5"], [true, false, true]),
    ])
    func once(lines: [String], expected: [Bool]) {
        var seen = SeenLines()
        let got = lines.map { line in seen.insert(line, scalars: Array(line.unicodeScalars)[...]) }
        #expect(got == expected)
    }

    @Test("A page's repeated paragraph is dropped the second time")
    func page() {
        let t = NormalizedText("Tin Å mới.\nTin khác.\nTin \u{212B} mới.")
        #expect(Boilerplate.keptLines(t, body: 0..<t.scalars.count).map { t.string($0) } == ["Tin Å mới.", "Tin khác."])
    }
}

@Suite("Token accessors")
struct TokenAccessorTests {
    @Test("A mark is its one scalar; a number starts with a digit")
    func marks() {
        let t = NormalizedText("(Ông) nói \"11h04\" và ba.")
        let tokens = Tokenizer.tokens(t, in: 0..<t.scalars.count)
        #expect(tokens.map(\.text) == ["(", "Ông", ")", "nói", "\"", "11h04", "\"", "và", "ba", "."])
        #expect(tokens.map { $0.isMark("(") } == [true, false, false, false, false, false, false, false, false, false])
        #expect(tokens.map { $0.isMark("\"") } == [false, false, false, false, true, false, true, false, false, false])
        #expect(tokens.map(\.startsWithDigit) == [false, false, false, false, false, true, false, false, false, false])
        #expect(!tokens[1].isMark("Ô"))
    }
}
