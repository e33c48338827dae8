import DiplographInput
import DiplographModel
import Foundation
import Testing

/// Runs `body` on its own thread and waits at most `seconds` for it: nil when it did not finish
/// (the thread is left to end on its own; the test fails instead of hanging).
func boundedRun<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () throws -> T) -> Result<T, Error>? {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = Result { try body() }
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return box.value
}

/// Where `boundedRun`'s thread leaves its result (read only after the semaphore says it is done).
final class ResultBox<T>: @unchecked Sendable {
    var value: Result<T, Error>?
}

@Suite("hostile HTML pages")
struct HostileHTMLTests {
    let reader = HTMLArticleReader()

    @Test("a 2 MB page nested 200 <article> deep is read within a generous bound, as its outermost article")
    func deeplyNestedArticles() throws {
        let depth = 200
        let paragraph = "<p>Ngoại trưởng Nga điện đàm với Ngoại trưởng Mỹ về tình hình khu vực.</p>\n"
        let filler = String(repeating: paragraph, count: 2_000_000 / paragraph.utf8.count / depth + 1)
        var page = "<html><body>"
        for level in 0..<depth { page += "<article><h2>Mục \(level)</h2>" + filler }
        page += String(repeating: "</article>", count: depth) + "</body></html>"
        let bytes = Array(page.utf8)
        #expect(bytes.count > 2_000_000)
        let outcome = boundedRun(seconds: 60) { [reader] in try reader.read(bytes: bytes, path: "deep.html") }
        let article = try #require(try #require(outcome, "reading took more than 60 s").get())
        // The outermost article holds every level's heading and text, in order.
        #expect(article.text.hasPrefix("Mục 0\n\nNgoại trưởng Nga"))
        #expect(article.text.contains("Mục 199"))
        #expect(article.text.components(separatedBy: "Mục ").count == depth + 1)
    }

    @Test("the largest of nested and sibling articles is chosen, with text equal to reading it alone")
    func nestedArticleChoice() throws {
        let page = try reader.read(bytes: Array("""
            <html><body><article><p>Ngoài.</p><article><p>Trong, dài hơn nhiều so với bên ngoài.</p></article></article>
            <article><p>Thẻ.</p></article></body></html>
            """.utf8), path: "n.html")
        #expect(page.text == "Ngoài.\n\nTrong, dài hơn nhiều so với bên ngoài.")
        let inner = try reader.read(bytes: Array("""
            <html><body><main><p>Chính.</p></main><article><p>a</p></article></body></html>
            """.utf8), path: "m.html")
        #expect(inner.text == "a")
    }

    @Test("<![CDATA[…]]> in an HTML body is not text (HTML reads it as a bogus comment up to the next '>')")
    func cdataIsDropped() throws {
        let page = try reader.read(bytes: Array("""
            <html><body><article><p>Nga <![CDATA[Mỹ tấn công Nga]]> họp báo.</p>
            <p>Hai <![CDATA[ <b>x</b> ]]> bên.</p></article></body></html>
            """.utf8), path: "c.html")
        #expect(!page.text.contains("CDATA"))
        #expect(!page.text.contains("tấn công"))
        #expect(page.text.hasPrefix("Nga họp báo."))
    }

    @Test("elements hidden by display:none, visibility:hidden or the hidden attribute are not text")
    func hiddenElementsAreDropped() throws {
        let page = try reader.read(bytes: Array("""
            <html><body><article>
            <p>Hiện một.</p>
            <p style="display: none !important">Ẩn một.</p>
            <div style="color:red; VISIBILITY : hidden">Ẩn hai.</div>
            <span hidden>Ẩn ba.</span>
            <div style="DISPLAY:None"><p>Ẩn bốn.</p></div>
            <p style="display:block; color: blue">Hiện hai.</p>
            <p style="display:none; display:block">Hiện ba.</p>
            </article></body></html>
            """.utf8), path: "h.html")
        #expect(page.text == "Hiện một.\n\nHiện hai.\n\nHiện ba.")
    }

    @Test("pages in UTF-16 with a byte order mark are decoded, little- and big-endian")
    func utf16Pages() throws {
        let html = "<!DOCTYPE html><html><head><meta charset=\"utf-16\"></head><body><p>Hà Nội 𝕏</p></body></html>"
        let units = Array(html.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let page = try reader.read(bytes: bytes, path: "u.html")
            #expect(Array(page.text.unicodeScalars) == Array("Hà Nội 𝕏".unicodeScalars))
        }
        let odd = #expect(throws: ReadError.self) { try reader.read(bytes: little + [0x41], path: "odd.html") }
        #expect(odd?.reason.contains("odd number of bytes") == true)
        // A lone high surrogate (D800) before "<".
        let lone = #expect(throws: ReadError.self) { try reader.read(bytes: [0xFF, 0xFE, 0x00, 0xD8, 0x3C, 0x00], path: "s.html") }
        #expect(lone?.reason.contains("unpaired surrogate at byte offset 2") == true)
    }

    @Test("windows-1258 decodes to precomposed (NFC) Vietnamese; Latin-1 labels read as windows-1252")
    func legacyCharsets() throws {
        // "Việt Nam, Hà Nội": ê (0xEA) + dot below (0xF2); à (0xE0); ô (0xF4) + dot below (0xF2).
        let cp1258 = try reader.read(bytes: Array("<meta charset=\"windows-1258\"><p>Vi".utf8) + [0xEA, 0xF2]
            + Array("t Nam, H".utf8) + [0xE0] + Array(" N".utf8) + [0xF4, 0xF2] + Array("i</p>".utf8), path: "v.html")
        #expect(Array(cp1258.text.unicodeScalars) == Array("Vi\u{1EC7}t Nam, H\u{E0} N\u{1ED9}i".unicodeScalars))
        // 0x93 and 0x94 are curly quotes in windows-1252, C1 controls in ISO-8859-1 proper.
        let latin1 = try reader.read(bytes: Array("<meta charset=iso-8859-1><p>".utf8) + [0x93] + Array("Gen".utf8) + [0xE8]
            + Array("ve".utf8) + [0x94, 0x20, 0x80] + Array("</p>".utf8), path: "l.html")
        #expect(latin1.text == "\u{201C}Genève\u{201D} €")
        // More text than one conversion buffer holds (64 KiB): 40,000 ệ are 120,000 bytes of UTF-8.
        let long = try reader.read(bytes: Array("<meta charset=windows-1258><p>".utf8)
            + Array(repeating: [0xEA, 0xF2], count: 40_000).flatMap { $0 } + Array("</p>".utf8), path: "long.html")
        #expect(Array(long.text.unicodeScalars) == Array(repeating: Unicode.Scalar(0x1EC7)!, count: 40_000))
    }

    @Test("a byte a declared charset does not define is refused naming the charset and the offset")
    func undefinedByteIsRefused() throws {
        let bytes = Array("<meta charset=windows-1252><p>a".utf8) + [0x81] + Array("</p>".utf8)
        let error = #expect(throws: ReadError.self) { try reader.read(bytes: bytes, path: "w.html") }
        #expect(error?.reason.contains("'windows-1252'") == true, "\(error?.reason ?? "")")
        #expect(error?.reason.contains("byte offset 31") == true, "\(error?.reason ?? "")")
    }
}
