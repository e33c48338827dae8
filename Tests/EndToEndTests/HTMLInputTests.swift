import Foundation
import Testing

@Suite("saved web pages as input")
struct HTMLInputTests {
    @Test("an .html page in a folder is read as an article: body text and published time, no navigation or scripts")
    func htmlPage() throws {
        let dir = try TempDir()
        try dir.write("""
        <!DOCTYPE html><html lang="vi"><head><title>Điện đàm Nga - Mỹ</title>
        <meta property="article:published_time" content="2021-12-31T08:00:00+07:00">
        <script>var s = "Tổng thống Pháp Emmanuel Macron điện đàm với Thủ tướng Đức Olaf Scholz";</script></head>
        <body><nav>Trang chủ | Tổng thống Pháp Emmanuel Macron</nav><article>
        <p>Trong cuộc điện đàm kéo dài 50 phút hôm 30/12, Tổng thống Vladimir Putin và Tổng thống Joe Biden thảo luận về Ukraine.</p>
        </article></body></html>
        """, to: "in/page.html")
        let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let graph = try GraphMLDocument(r.stdout)
        #expect(graph.ids(ofKind: "article") == ["article-page.html"])
        // The call is read from the article body, dated against the page's publication time.
        #expect(graph.ids(ofKind: "event") == ["event-2021-12-30-call-biden-putin"])
        // Nothing from the navigation bar or the script becomes an actor.
        #expect(!graph.ids(ofKind: "actor").contains("actor-macron"))
        #expect(!graph.ids(ofKind: "actor").contains("actor-scholz"))
    }
}
