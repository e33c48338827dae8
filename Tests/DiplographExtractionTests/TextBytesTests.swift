import Testing
@testable import DiplographExtraction

@Suite("Byte-level shortcuts of the text layer")
struct TextBytesTests {
    @Test("Strings encoded scalar by scalar equal the standard library's, for every width of UTF-8")
    func encoding() {
        var wrong: [UInt32] = []
        let values: [UInt32] = Array(0..<0x3000) + Array(0xD7F0..<0xD800) + Array(0xE000..<0xE100)
            + Array(0xFFF0...0x1_0010) + Array(0x1F600..<0x1F610) + [0x10_FFFF]
        for v in values {
            guard let s = Unicode.Scalar(v) else { continue }
            let scalars: [Unicode.Scalar] = ["a", s, "ệ"]
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            if String(scalars: scalars[...]) != String(view) || Array(String(scalars: scalars[...]).utf8) != Array(String(view).utf8) {
                wrong.append(v)
            }
        }
        #expect(wrong.isEmpty)
        #expect(String(scalars: [][...]) == "")
        #expect(Array(String(scalars: Array("Thủ tướng".unicodeScalars)[...]).utf8) == Array("Thủ tướng".utf8))
    }

    @Test("Lower-casing into the buffer gives String.lowercased()'s bytes")
    func lowerBytes() {
        for text in ["ĐÀ NẴNG", "Thủ Tướng ỦY BAN", "ÀÁẢÃẠ ƠƯĐ", "ΣΟΦΙΑ"] {
            let scalars = Array(text.unicodeScalars)
            #expect(Array(TextCase.lowercased(scalars, 0..<scalars.count).utf8) == Array(text.lowercased().utf8))
        }
    }

    @Test("A scalar said to be unchanged by folding is unchanged")
    func unchangedByFolding() {
        var wrong: [UInt32] = []
        var unchanged = 0
        for v in UInt32(0)..<0x11000 {
            guard let s = Unicode.Scalar(v), TextFolding.isUnchanged(s) else { continue }
            unchanged += 1
            if TextFolding.fold(s) != s { wrong.append(v) }
        }
        #expect(wrong.isEmpty)
        // The Vietnamese letters and printable ASCII are all among them.
        #expect(unchanged > 95 + 0x1EF9 - 0x1EA0)
        for s in "aZ~ ệỹĐđơư".unicodeScalars { #expect(TextFolding.isUnchanged(s)) }
        for s in "\u{2019}\u{201C}\u{2013}\u{A0}\u{1680}\t\u{85}\u{2026}".unicodeScalars { #expect(!TextFolding.isUnchanged(s)) }
    }

    @Test("Words and length of a plain line read from bytes agree with split and count", arguments: [
        "Nguyễn Văn An", "Trần Thị", "An", "", " ", "  Lê   Văn  Bình  ", "Một hai ba bốn năm",
        "Phóng viên Thông tấn xã Việt Nam tại Washington", "Ả Rập Xê Út",
    ])
    func plainLine(line: String) {
        let counted = Boilerplate.plainWordsAndLength(line)
        #expect(counted?.words == line.split(separator: " ").count)
        #expect(counted?.length == line.count)
    }

    @Test("Lines with combining marks, CR or other scripts are not read from bytes", arguments: [
        "Nguye\u{302}\u{303}n Va\u{306}n", "A\r\nB", "東京 大阪", " \u{301}a b",
    ])
    func otherLine(line: String) {
        #expect(Boilerplate.plainWordsAndLength(line) == nil)
    }
}
