import Testing
@testable import DiplographExtraction

@Suite("Words of a name")
struct NameWordsTests {
    @Test("Plain names are cut at their spaces as split(separator:) cuts them, with Character counts", arguments: [
        "Nguyễn Phú Trọng", "Tập", "", " ", "  Lê   Văn  Bình  ", "Sergei Lavrov", "Ả Rập Xê Út", "A",
        "Nguye\u{302}\u{303}n Va\u{306}n", "東京 大阪", "a\r\nb c", " \u{301}a b",
    ])
    func words(name: String) {
        let expected = name.split(separator: " ").map { (String($0), $0.count) }
        let got = ArticleActors.words(name)
        #expect(got.map(\.word) == expected.map(\.0))
        #expect(got.map(\.length) == expected.map(\.1))
        #expect(got.map { Array($0.word.utf8) } == expected.map { Array($0.0.utf8) })
    }
}
