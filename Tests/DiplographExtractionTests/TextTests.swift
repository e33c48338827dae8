import Foundation
import Testing
@testable import DiplographExtraction

@Suite("Normalisation")
struct NormalizationTests {
    @Test("NFD input gives the NFC scalars, with offsets back into the original")
    func nfd() {
        let nfc = "Thủ tướng Phạm Minh Chính điện đàm"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        let t = NormalizedText(nfd)
        #expect(t.string(0..<t.scalars.count) == nfc)
        // "Chính" starts at scalar 20 of the NFC text; in the NFD original three marks come earlier.
        let start = Array(nfc.unicodeScalars).firstIndex(of: "C")!
        #expect(t.originalOffset(start) == Array(nfd.unicodeScalars).firstIndex(of: "C")!)
        #expect(t.originalOffset(t.scalars.count) == nfd.unicodeScalars.count)
    }

    @Test("Old and new tone-mark placement read alike", arguments: [
        ("hoà bình", "hòa bình"), ("Thuỵ Sĩ", "Thụy Sĩ"), ("Thuỵ Điển", "Thụy Điển"), ("khoẻ", "khỏe"),
        ("quý", "quý"), ("hoàn toàn", "hoàn toàn"), ("Hoà", "Hòa"), ("thuý", "thúy"),
    ])
    func toneMarks(input: String, expected: String) {
        let t = NormalizedText(input)
        #expect(t.string(0..<t.scalars.count) == expected)
        #expect(t.scalars.count == input.unicodeScalars.count)
    }

    @Test("Typographic quotes, dashes and no-break spaces fold to ASCII one for one")
    func folding() {
        let t = NormalizedText("“Nga – Mỹ”\u{00A0}…")
        #expect(t.string(0..<t.scalars.count) == "\"Nga - Mỹ\" .")
    }
}

@Suite("Sentences")
struct SentenceTests {
    func split(_ s: String) -> [String] {
        let t = NormalizedText(s)
        return SentenceSplitter.sentences(t, line: 0..<t.scalars.count).map { t.string($0) }
    }

    @Test("Numbers, dates and initials do not end sentences")
    func numbers() {
        #expect(split("Hơn 100.000 binh sĩ đóng quân. Cuộc họp diễn ra ngày 10.1 tại Geneva.") ==
                ["Hơn 100.000 binh sĩ đóng quân.", "Cuộc họp diễn ra ngày 10.1 tại Geneva."])
        #expect(split("Ông V. Putin nói. Ông Biden đáp.") == ["Ông V. Putin nói.", "Ông Biden đáp."])
        #expect(split("Hôm 2-12 và 12/2 là hai ngày. Được chưa?") == ["Hôm 2-12 và 12/2 là hai ngày.", "Được chưa?"])
    }

    @Test("A closing quote stays with its sentence")
    func quotes() {
        #expect(split("Ông nói: \"Chúng tôi sẵn sàng.\" Sau đó ông rời đi.") == ["Ông nói: \"Chúng tôi sẵn sàng.\"", "Sau đó ông rời đi."])
    }
}

@Suite("Boilerplate")
struct BoilerplateTests {
    @Test("Page furniture, credits, bylines and repeats are dropped; the page ends at its end markers")
    func furniture() {
        let page = """
        Tiêu đề bài viết
        {keywords}
        30/12/2021, 09:32
        Ông Biden điện đàm với ông Putin. Ảnh: Reuters
        Tiêu đề bài viết
        Thanh Hảo
        Bài liên quan
        Thủ tướng Phạm Minh Chính nhấn mạnh một điều khác.
        """
        let t = NormalizedText(page)
        let kept = Boilerplate.keptLines(t, body: 0..<t.scalars.count).map { t.string($0) }
        #expect(kept == ["Tiêu đề bài viết", "Ông Biden điện đàm với ông Putin."])
    }
}

@Suite("Phrase matching")
struct PhraseTrieTests {
    @Test("Matches respect Vietnamese word boundaries and prefer the longest phrase")
    func boundaries() {
        var trie = PhraseTrie<Int>()
        trie.insert("Nga", 1)
        trie.insert("Mỹ", 2)
        trie.insert("Bộ Ngoại giao Nga", 3)
        let text = Array(NormalizedText("Ngay cả Bộ Ngoại giao Nga và Nga-Mỹ, không phải Ngà.").scalars)
        let found = trie.matches(in: text, range: 0..<text.count).map(\.payload)
        #expect(found == [3, 1, 2])
    }
}
