import DiplographExtraction
import DiplographInput
import DiplographModel
import Foundation
import Testing

/// A folder under the system temporary folder, removed when the value is released.
final class Scratch {
    let path: String

    init() throws {
        path = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("diplograph-html-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }
}

/// Runs `body` and returns its result with the seconds it took.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

let newsPage = """
<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Ông Biden điện đàm với ông Putin | Báo Thế Giới</title>
  <meta property="og:title" content="Ông Biden điện đàm với ông Putin">
  <meta property="og:site_name" content="Báo Thế Giới">
  <meta property="og:url" content="https://example.vn/the-gioi/biden-putin-123.html">
  <meta property="article:published_time" content="2022-02-12T21:30:00+07:00">
  <style>body { color: red } .secret-style { }</style>
  <script>var tracking = "SCRIPT-MUST-NOT-APPEAR";</script>
</head>
<body>
  <header><a href="/">Trang chủ HEADER-MUST-NOT-APPEAR</a></header>
  <nav><ul><li>Thời sự</li><li>NAV-MUST-NOT-APPEAR</li></ul></nav>
  <main>
    <article>
      <h1>Ông Biden điện đàm với ông Putin</h1>
      <p>Tổng thống Mỹ Joe Biden đã điện đàm với Tổng thống Nga Vladimir Putin
         ngày 12/2 về tình hình   Ukraina.</p>
      <!-- COMMENT-MUST-NOT-APPEAR -->
      <figure><img src="a.jpg"><figcaption>Ông Biden tại Nhà Trắng. Ảnh: Reuters</figcaption></figure>
      <p>Cuộc điện đàm kéo dài <b>62</b> phút.<br>Hai bên nhất trí tiếp tục liên lạc.</p>
      <script>document.write("INLINE-SCRIPT-MUST-NOT-APPEAR")</script>
      <noscript>NOSCRIPT-MUST-NOT-APPEAR</noscript>
      <form><input name="q"><button>FORM-MUST-NOT-APPEAR</button></form>
      <iframe src="https://ads.example/">IFRAME-MUST-NOT-APPEAR</iframe>
    </article>
    <aside>ASIDE-MUST-NOT-APPEAR</aside>
  </main>
  <footer>© FOOTER-MUST-NOT-APPEAR</footer>
</body>
</html>
"""

@Suite struct HTMLArticleReaderTests {
    let reader = HTMLArticleReader()

    @Test func readsTheArticleTextAndMetadata() throws {
        let scratch = try Scratch()
        let path = try scratch.write("biden-putin.html", newsPage)
        let article = try reader.read(path: path)
        #expect(article.file == "biden-putin.html")
        #expect(article.path == path)
        #expect(article.id.rawValue == "article-biden-putin.html")
        #expect(article.bodyStart == 0)
        #expect(article.metadata.title == "Ông Biden điện đàm với ông Putin")
        #expect(article.metadata.source == "Báo Thế Giới")
        #expect(article.metadata.url == "https://example.vn/the-gioi/biden-putin-123.html")
        #expect(article.metadata.published == PartialDate(year: 2022, month: 2, day: 12))
        #expect(article.metadata.language == "vi")
        #expect(article.text == """
            Ông Biden điện đàm với ông Putin

            Tổng thống Mỹ Joe Biden đã điện đàm với Tổng thống Nga Vladimir Putin ngày 12/2 về tình hình Ukraina.

            Ông Biden tại Nhà Trắng. Ảnh: Reuters

            Cuộc điện đàm kéo dài 62 phút.
            Hai bên nhất trí tiếp tục liên lạc.
            """)
        #expect(!article.text.contains("MUST-NOT-APPEAR"))
        #expect(!article.text.contains("color: red"))
    }

    @Test func extractorFindsTheCallInTheHTMLText() throws {
        let scratch = try Scratch()
        let article = try reader.read(path: try scratch.write("call.html", newsPage))
        let graph = ArticleExtractor(lexicon: try Lexicon.bundled()).extract(article)
        #expect(graph.contains(article.id))
        #expect(graph.articles.first?.published == PartialDate(year: 2022, month: 2, day: 12))
        #expect(graph.events.contains { $0.eventType == .call })
        for node in graph.nodes { for e in node.evidence { #expect(!e.sentence.contains("MUST-NOT-APPEAR")) } }
    }

    @Test func fallsBackToMainThenBody() throws {
        let scratch = try Scratch()
        let main = try reader.read(path: try scratch.write("main.html", """
            <html><body><div>Ngoài main</div><main><p>Trong main.</p></main></body></html>
            """))
        #expect(main.text == "Trong main.")
        let body = try reader.read(path: try scratch.write("body.html", """
            <html><body><nav>menu</nav><div>Đoạn một.</div><div>Đoạn <i>hai</i>.</div></body></html>
            """))
        #expect(body.text == "Đoạn một.\n\nĐoạn hai.")
        #expect(body.metadata == ArticleMetadata())
    }

    @Test func prefersTheLargestArticleOverRelatedCards() throws {
        let scratch = try Scratch()
        let page = try reader.read(path: try scratch.write("cards.html", """
            <html><body>
            <article><h3>Tin liên quan ngắn</h3></article>
            <article><p>Đây là bài chính, dài hơn nhiều so với các thẻ tin liên quan khác trên trang.</p></article>
            <article><h3>Tin khác</h3></article>
            </body></html>
            """))
        #expect(page.text == "Đây là bài chính, dài hơn nhiều so với các thẻ tin liên quan khác trên trang.")
    }

    @Test func otherMetadataSources() throws {
        let scratch = try Scratch()
        let page = try reader.read(path: try scratch.write("meta.html", """
            <!doctype html><html lang="vi_VN"><head>
            <title>  Tiêu đề
              từ thẻ title </title>
            <meta name="pubdate" content="05/03/2024 09:30">
            <link rel="stylesheet" href="x.css"><link rel="canonical" href="https://example.vn/a.html">
            </head><body><p>Nội dung.</p></body></html>
            """))
        #expect(page.metadata.title == "Tiêu đề từ thẻ title")
        #expect(page.metadata.published == PartialDate(year: 2024, month: 3, day: 5))
        #expect(page.metadata.url == "https://example.vn/a.html")
        #expect(page.metadata.language == "vi-VN")
        #expect(page.metadata.source == "")

        let dated = try reader.read(path: try scratch.write("date.html", """
            <html><head><meta name="date" content="2021-12-30"><meta name="pubdate" content="2020-01-01"></head>
            <body><p>x</p></body></html>
            """))
        #expect(dated.metadata.published == PartialDate(year: 2021, month: 12, day: 30))

        let badDate = try reader.read(path: try scratch.write("bad-date.html", """
            <html><head><meta property="article:published_time" content="2021-02-30"></head><body><p>x</p></body></html>
            """))
        #expect(badDate.metadata.published == nil)
    }

    @Test func whiteSpaceEntitiesAndControlCharacters() throws {
        let scratch = try Scratch()
        let page = try reader.read(path: try scratch.write("ws.html", """
            <html><body><p>  Hà\u{A0}\u{A0}Nội \t&amp; \n  Bắc&nbsp;Kinh&#1; &lt;b&gt;
            </p><table><tr><td>ô 1</td><td>ô 2</td></tr><tr><td>ô 3</td></tr></table>
            <pre>dòng 1
            dòng 2</pre></body></html>
            """))
        #expect(page.text == "Hà Nội & Bắc Kinh <b>\n\nô 1 ô 2\n\nô 3\n\ndòng 1\ndòng 2")
    }

    @Test func keepsNFDVietnameseAsWritten() throws {
        let scratch = try Scratch()
        let nfd = "Ha\u{0300} No\u{0302}\u{0323}i"
        let page = try reader.read(path: try scratch.write("nfd.html", "<p>\(nfd)</p>"))
        #expect(Array(page.text.unicodeScalars) == Array(nfd.unicodeScalars))
    }

    // MARK: - Hostile pages

    @Test func externalEntitiesAreNeverRead() throws {
        let scratch = try Scratch()
        let secret = try scratch.write("secret.txt", "TOP-SECRET-CONTENT root:x:0:0")
        let page = try reader.read(path: try scratch.write("xxe.html", """
            <?xml version="1.0"?>
            <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY s SYSTEM "file://\(secret)">]>
            <html><head><title>&e;</title></head><body><article><p>Trước &e; giữa &s; sau.</p></article></body></html>
            """))
        #expect(!page.text.contains("root:x:0:0"))
        #expect(!page.text.contains("TOP-SECRET"))
        #expect(!page.metadata.title.contains("root:"))
        #expect(page.text.contains("Trước"))
        #expect(page.text.contains("sau."))
    }

    @Test func billionLaughsDoesNotExpand() throws {
        let scratch = try Scratch()
        var dtd = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let path = try scratch.write("laughs.html", """
            <!DOCTYPE html [\(dtd)]>
            <html><body><article><p>Bắt đầu &lol9; kết thúc.</p></article></body></html>
            """)
        let (page, seconds) = try timed { try reader.read(path: path) }
        #expect(seconds < 2)
        #expect(page.text.utf8.count < 10_000)
        #expect(page.text.contains("kết thúc."))
        #expect(!page.text.contains("lollol"))
    }

    @Test func tenThousandNestedDivsNeitherHangNorCrash() throws {
        let scratch = try Scratch()
        let depth = 10_000
        let path = try scratch.write("deep.html", "<html><body><article><p>Mở đầu bài.</p>"
            + String(repeating: "<div>", count: depth) + "Sâu nhất" + String(repeating: "</div>", count: depth)
            + "<p>Kết bài.</p></article></body></html>")
        let (result, seconds) = timed { Result { try reader.read(path: path) } }
        #expect(seconds < 5)
        switch result {
        case .success(let article):
            // libxml2 builds the whole tree: every walk over it is iterative.
            #expect(article.text.contains("Mở đầu bài."))
        case .failure(let error as ReadError):
            // libxml2 stops at its depth limit (256 without XML_PARSE_HUGE): reported, not hidden.
            #expect(error.path == path)
            #expect(error.reason.contains("libxml2 stopped"))
        case .failure(let error):
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func nestingWithinLibxml2sLimitIsReadWhole() throws {
        let depth = 200
        let page = try reader.read(bytes: Array(("<html><body><article><p>Mở đầu.</p>"
            + String(repeating: "<div>", count: depth) + "Sâu nhất" + String(repeating: "</div>", count: depth)
            + "<p>Kết bài.</p></article></body></html>").utf8), path: "deep200.html")
        #expect(page.text == "Mở đầu.\n\nSâu nhất\n\nKết bài.")
    }

    @Test func deeplyNestedInlineElementsAndUnclosedTags() throws {
        let scratch = try Scratch()
        let path = try scratch.write("unclosed.html", "<p>Một" + String(repeating: "<b><i><span>", count: 3_000) + "hai")
        let (result, seconds) = timed { Result { try reader.read(path: path) } }
        #expect(seconds < 5)
        if case .success(let article) = result { #expect(article.text.hasPrefix("Một")) }
    }

    // MARK: - Refused input

    @Test func refusesBinaryAndNonHTMLFilesNamingThem() throws {
        let scratch = try Scratch()
        let cases: [(String, [UInt8], String)] = [
            ("empty.html", [], "empty file"),
            ("nul.html", Array("<html><body>a".utf8) + [0] + Array("b</body></html>".utf8), "NUL byte at offset 13"),
            ("png.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "NUL byte"),
            ("text.html", Array("---\ntitle: x\n---\nTổng thống nói.".utf8), "is not an HTML page"),
            ("bad-utf8.html", Array("<html><body><p>Hà N".utf8) + [0xC3, 0x28] + Array("i</p></body></html>".utf8), "invalid UTF-8 at byte offset 20, and the page declares no other charset"),
            ("declared-utf8.html", Array("<meta charset=utf-8><p>".utf8) + [0xFF], "declared as 'utf-8'"),
            ("unknown-charset.html", Array("<meta charset=\"x-no-such-charset\"><p>".utf8) + [0xE8], "'x-no-such-charset' is not one the tool can decode"),
            ("no-text.html", Array("<html><head><title>Chỉ có tiêu đề</title></head><body><script>x()</script></body></html>".utf8), "holds no article text"),
        ]
        for (name, bytes, reason) in cases {
            let path = try scratch.write(name, bytes)
            let error = #expect(throws: ReadError.self) { try reader.read(path: path) }
            #expect(error?.path == path, "\(name)")
            #expect(error?.reason.contains(reason) == true, "\(name): \(error?.reason ?? "")")
        }
        let missing = #expect(throws: ReadError.self) { try reader.read(path: scratch.path + "/missing.html") }
        #expect(missing?.reason == "no such file")
        let folder = #expect(throws: ReadError.self) { try reader.read(path: scratch.path) }
        #expect(folder?.reason.contains("folder") == true)
    }

    @Test func badUTF8LineNumber() throws {
        let bytes = Array("<html>\n<body>\n<p>".utf8) + [0xE1, 0x80]
        let error = #expect(throws: ReadError.self) { try reader.read(bytes: bytes, path: "mem.html") }
        #expect(error?.line == 3)
    }

    @Test func convertsADeclaredLegacyCharset() throws {
        let scratch = try Scratch()
        // "Genève" in ISO-8859-1: 0xE8 is not valid UTF-8 on its own.
        let latin1 = try reader.read(path: try scratch.write("latin1.html",
            Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Gen".utf8)
            + [0xE8] + Array("ve</p></body></html>".utf8)))
        #expect(latin1.text == "Genève")
        // "Hà Nội" in windows-1258: à is 0xE0, ộ is ô (0xF4) with a combining dot below (0xF2).
        let cp1258 = try reader.read(path: try scratch.write("cp1258.html",
            Array("<meta charset='windows-1258'><p>H".utf8) + [0xE0] + Array(" N".utf8) + [0xF4, 0xF2] + Array("i</p>".utf8)))
        #expect(cp1258.text == "Hà Nội")
    }

    @Test func mislabelledUTF8IsReadAsUTF8() throws {
        let page = try reader.read(bytes: Array("<meta charset=iso-8859-1><p>Hà Nội</p>".utf8), path: "m.html")
        #expect(page.text == "Hà Nội")
    }

    @Test func byteOrderMarkAndLeadingComments() throws {
        let page = try reader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("\n<!-- saved from url -->\n<HTML><BODY><P>Xin chào</P></BODY></HTML>".utf8), path: "bom.html")
        #expect(page.text == "Xin chào")
    }

    @Test func handlesExtensions() {
        #expect(HTMLArticleReader.handles(path: "a/b.HTML"))
        #expect(HTMLArticleReader.handles(path: "b.htm"))
        #expect(!HTMLArticleReader.handles(path: "b.txt"))
    }
}
