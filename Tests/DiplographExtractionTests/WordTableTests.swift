import Foundation
import Testing
@testable import DiplographExtraction

@Suite("Word tables looked up by bytes")
struct WordTableTests {
    // "với" and "tại" written composed (NFC) and decomposed (NFD): equal as Swift strings.
    static let voiNFC = "v\u{1EDB}i"
    static let voiNFD = "vo\u{31B}\u{301}i"
    static let taiNFC = "t\u{1EA1}i"
    static let taiNFD = "ta\u{323}i"

    @Test("The four spellings are what the tests say they are")
    func spellings() {
        #expect(Self.voiNFC == Self.voiNFD && Self.taiNFC == Self.taiNFD)
        #expect(Array(Self.voiNFC.utf8) == [0x76, 0xE1, 0xBB, 0x9B, 0x69])
        #expect(Array(Self.voiNFD.utf8) == [0x76, 0x6F, 0xCC, 0x9B, 0xCC, 0x81, 0x69])
    }

    @Test("Keys in NFC or NFD are found by words in NFC or NFD, as Set<String> finds them",
          arguments: [(false, false), (false, true), (true, false), (true, true)])
    func canonicalEquivalence(keysDecomposed: Bool, wordsDecomposed: Bool) {
        let keys = keysDecomposed ? [Self.voiNFD, Self.taiNFD, "và"] : [Self.voiNFC, Self.taiNFC, "và"]
        let set = WordSet(keys)
        let words = wordsDecomposed ? [Self.voiNFD, Self.taiNFD] : [Self.voiNFC, Self.taiNFC]
        for w in words { #expect(set.contains(w)) }
        #expect(set.contains("và"))
        #expect(set.contains("va\u{300}"))
        // Near misses: another tone, no tone, a prefix, a longer word, upper case, empty.
        for w in ["vơi", "vói", "voi", "v", "vớii", "Với", "", "tai", "tải", "ta"] {
            #expect(!set.contains(w), "\(w)")
            #expect(set.contains(w) == Set(keys).contains(w))
        }
    }

    @Test("Values of a dictionary literal, and the first of two equivalent keys wins")
    func values() {
        let table: WordTable<Int> = ["một": 1, "hai": 2, "năm": 5, "mười": 10, "nửa": 0]
        #expect(table["một"] == 1 && table["năm"] == 5 && table["mười"] == 10 && table["nửa"] == 0)
        #expect(table["mo\u{302}\u{323}t"] == 1)
        #expect(table["ba"] == nil && table["mốt"] == nil && table["một "] == nil)
        let twice = WordTable([(Self.voiNFC, 1), (Self.voiNFD, 2), ("a", 3), ("a", 4)])
        #expect(twice[Self.voiNFD] == 1 && twice[Self.voiNFC] == 1 && twice["a"] == 3)
    }

    @Test("Words with scalars outside the plain ranges go through the exact dictionary")
    func otherScripts() {
        let keys = ["東京", "Ελλάδα", "x\u{20D7}", "👍", "a\u{300}\u{301}"]
        let set = WordSet(keys)
        for k in keys { #expect(set.contains(k), "\(k)") }
        // à followed by a combining acute: not plain, canonically equal to its own NFD.
        #expect(set.contains("\u{E0}\u{301}"))
        #expect(!set.contains("Ελλαδα") && !set.contains("東") && !set.contains("à"))
    }

    @Test("Which bytes count as plain: below U+0300 and U+1E00–U+1EFF only")
    func plainBytes() {
        #expect(WordTable<Int>.plainHash(Array("đường ơi ư".utf8)) != nil)
        #expect(WordTable<Int>.plainHash(Array("ngoại giao Ỹ ḁ".utf8)) != nil)
        #expect(WordTable<Int>.plainHash(Array("\u{2FF}".utf8)) != nil)
        #expect(WordTable<Int>.plainHash(Array("a\u{300}".utf8)) == nil)
        #expect(WordTable<Int>.plainHash(Array("\u{1DFF}".utf8)) == nil)
        #expect(WordTable<Int>.plainHash(Array("\u{1F00}".utf8)) == nil)
        #expect(WordTable<Int>.plainHash(Array("\u{370}".utf8)) == nil)
        #expect(WordTable<Int>.plainHash([UInt8]()) != nil)
        // A lead byte whose continuation is missing (never from a String) is not plain, not a trap.
        #expect(WordTable<Int>.plainHash([0xC3]) == nil)
        #expect(WordTable<Int>.plainHash([0xE1, 0xBA]) == nil)
        #expect(WordTable<Int>.plainHash([0xE1]) == nil)
    }

    @Test("Every plain code point is its own NFC and the same word equals itself in the table")
    func everyPlainScalar() {
        var wrong: [UInt32] = []
        let values = Array(0x20..<0x300) + Array(0x1E00...0x1EFF)
        let set = WordSet(values.compactMap { Unicode.Scalar(UInt32($0)).map { "x" + String($0) } })
        for v in values {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let w = "x" + String(s)
            if Array(w.precomposedStringWithCanonicalMapping.utf8) != Array(w.utf8) || !set.contains(w) { wrong.append(UInt32(v)) }
        }
        #expect(wrong.isEmpty)
        #expect(!set.contains("x"))
    }
}

@Suite("Word lists compared by bytes")
struct WordListTests {
    @Test("[String].contains answers as Sequence.contains does, in NFC and NFD, plain or not",
          arguments: [false, true])
    func sameAnswers(decomposed: Bool) {
        let form: (String) -> String = { decomposed ? $0.decomposedStringWithCanonicalMapping : $0 }
        let lists: [[String]] = [
            ["tại", "ở"], [",", ";", ".", ":", "("], ["và", "với"], ["dự kiến", "sẽ diễn ra"], [],
            ["東京", "Ελλάδα", "a\u{300}\u{301}"], ["", "x"],
        ].map { $0.map(form) }
        let words = ["tại", "ta\u{323}i", "tai", "ở", "o\u{31B}\u{309}", "ơ", ",", ";", "(", "và", "với",
                     "vói", "dự kiến", "du\u{31B}\u{323} kiến", "dự", "東京", "Ελλαδα", "Ελλάδα", "\u{E0}\u{301}",
                     "", "x", "X", "đường"]
        for list in lists {
            for w in words {
                let expected = list.contains(where: { $0 == w })
                #expect(list.contains(w) == expected, "\(list) \(w)")
            }
        }
        #expect(["tại", "ở"].map(form).contains("ta\u{323}i"))
        #expect(["tại", "ở"].map(form).contains("t\u{1EA1}i"))
        #expect(!["tại", "ở"].map(form).contains("tai"))
    }

    @Test("Dashes and quotation marks compare by bytes: each is its own NFC, and the answers stay Sequence.contains's")
    func generalPunctuation() {
        let marks = (Array(0x2010...0x2027) + Array(0x2030...0x205E)).compactMap { Unicode.Scalar(UInt32($0)) }
        for m in marks {
            // Between a plain letter and a precomposed Vietnamese letter: nothing composes or reorders.
            var s = "x" + String(m) + "\u{1EA1}"
            #expect(Array(s.precomposedStringWithCanonicalMapping.utf8) == Array(s.utf8), "\(m.value)")
            #expect(s.withUTF8 { WordList.comparesByBytes($0) }, "\(m.value)")
        }
        // Spaces with a singleton decomposition, joiners, separators, bidi controls, a combining mark.
        for v: UInt32 in [0x2000, 0x2001, 0x200D, 0x2028, 0x2029, 0x202A, 0x205F, 0x2060, 0x20D7, 0x300] {
            var s = "a" + String(Unicode.Scalar(v)!)
            #expect(!s.withUTF8 { WordList.comparesByBytes($0) }, "\(v)")
        }
        let lists: [[String]] = [["-", "\u{2013}", "\u{2014}"], ["\u{201C}", "\u{201D}", "\"", ":"], ["\u{2026}", "t\u{1EA1}i"]]
        let words = ["-", "\u{2013}", "\u{2014}", "\u{2015}", "\u{201C}", "\"", "\u{2026}", "...", "tại", "ta\u{323}i",
                     "x", "", "e\u{301}", "\u{2013}\u{301}", "\u{2013}x"]
        for list in lists {
            for w in words { #expect(list.contains(w) == list.contains(where: { $0 == w }), "\(list) \(w)") }
        }
    }

    @Test("isSameWord answers as == does, in NFC and NFD, plain, punctuation or other")
    func sameWord() {
        let words = ["tại", "ta\u{323}i", "tai", "tải", "ở", "o\u{31B}\u{309}", "ơ", ",", "-", "\u{2013}", "\u{2013}\u{301}",
                     "và", "với", "vói", "kéo dài", "東京", "Ελλαδα", "Ελλάδα", "\u{E0}\u{301}", "a\u{300}\u{301}", "", "x", "X"]
        for a in words {
            for b in words { #expect(a.isSameWord(b) == (a == b), "\(a) \(b)") }
        }
    }

    @Test("Plain UTF-8: below U+0300 and U+1E00–U+1EFF, complete sequences only")
    func plain() {
        let yes = ["", "abc", "đường ơi ư", "Ỹ ḁ \u{2FF}"]
        let no = ["a\u{300}", "\u{1DFF}", "\u{1F00}", "\u{370}", "東", "👍"]
        for s in yes { var t = s; #expect(t.withUTF8 { WordList.isPlain($0) }, "\(s)") }
        for s in no { var t = s; #expect(!t.withUTF8 { WordList.isPlain($0) }, "\(s)") }
        for bytes: [UInt8] in [[0xC3], [0xE1, 0xBA], [0xE1]] {
            #expect(!bytes.withUnsafeBufferPointer { WordList.isPlain($0) })
        }
    }
}
