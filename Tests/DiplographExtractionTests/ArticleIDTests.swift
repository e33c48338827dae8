import DiplographModel
import Testing
@testable import DiplographExtraction

/// Article ids from the path inside the input: readable where the name allows, never shared.
@Suite("article ids")
struct ArticleIDTests {
    @Test("plain names keep their stem; .txt drops the extension, the other article extensions keep it",
          arguments: [("001_c370ad7c0e317180.txt", "article-001_c370ad7c0e317180"), ("tin.txt", "article-tin"),
                      ("tin.md", "article-tin.md"), ("tin.text", "article-tin.text"), ("page.html", "article-page.html"),
                      ("Tin-A_b.htm", "article-Tin-A_b.htm")])
    func plain(_ file: String, _ id: String) {
        #expect(SourceArticle.articleID(relativePath: file).rawValue == id)
    }

    @Test("other names are a slug, a dot and 8 hex digits of the relative path",
          arguments: ["a b.txt", "sub/tin.txt", "tín.txt", "a.b.txt", "tin.TXT", "x.log", "Москва.txt"])
    func hashed(_ file: String) {
        let id = SourceArticle.articleID(relativePath: file).rawValue
        let parts = id.split(separator: ".")
        #expect(parts.count == 2, "\(id)")
        #expect(parts.last?.count == 8 && parts.last!.allSatisfy { "0123456789abcdef".contains($0) }, "\(id)")
        #expect(id.hasPrefix("article-"))
    }

    @Test("names that collide once folded get different ids")
    func foldedNamesApart() {
        let groups = [["a b.txt", "a-b.txt", "a_b.txt", "a.b.txt"], ["tín.txt", "tìn.txt", "tin.txt", "tin.md"],
                      ["x/tin.txt", "y/tin.txt", "tin.txt"], ["Москва.txt", "Киев.txt"]]
        for group in groups {
            let ids = group.map { SourceArticle.articleID(relativePath: $0) }
            #expect(Set(ids).count == group.count, "\(group) → \(ids)")
        }
    }

    @Test("the readable part of a hashed id is the slug of the path: sub/Tin Tức.txt is article-sub-tin-tuc.…")
    func slugReadable() {
        #expect(SourceArticle.articleID(relativePath: "sub/Tin Tức.txt").rawValue.hasPrefix("article-sub-tin-tuc."))
    }
}
