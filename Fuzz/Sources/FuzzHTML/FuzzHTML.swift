// libFuzzer target: page bytes → HTMLArticleReader (libxml2's HTML parser). Crashes, hangs, leaks
// of memory (rss limit) and broken invariants of the extracted text are findings; a ReadError is
// the expected answer to bad input.
import DiplographInput
import DiplographModel

let reader = HTMLArticleReader()
let path = "fuzz.html"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let article: SourceArticle
    do {
        article = try reader.read(bytes: bytes, path: path)
    } catch let error as ReadError {
        if error.path != path { fatalError("ReadError names \(error.path), not the page read") }
        return 0
    } catch {
        fatalError("HTMLArticleReader threw something other than a ReadError: \(error)")
    }
    let text = article.text
    if text.isEmpty { fatalError("an article with empty text") }
    if article.bodyStart != 0 { fatalError("bodyStart \(article.bodyStart)") }
    var previous: Unicode.Scalar = "\n"
    var newlines = 0
    for (index, s) in text.unicodeScalars.enumerated() {
        if s == "\n" { newlines += 1 } else { newlines = 0 }
        if newlines > 2 { fatalError("three line breaks in a row at scalar \(index)") }
        if s.value < 0x20 && s != "\n" { fatalError("control character U+\(String(s.value, radix: 16)) at scalar \(index)") }
        if s == " " && (previous == " " || previous == "\n") { fatalError("space after white space at scalar \(index)") }
        previous = s
    }
    // No check that "<![CDATA[" is absent from the text: a page can spell it with separate nodes
    // ("<" as text, then an element, then "![CDATA[" as text), which a browser shows as such.
    // CDATA markup itself is covered by HostileHTMLTests and the cdata seeds.
    if text.unicodeScalars.first!.properties.isWhitespace || text.unicodeScalars.last!.properties.isWhitespace {
        fatalError("text starts or ends with white space")
    }
    for field in [article.metadata.title, article.metadata.source, article.metadata.url] where field.unicodeScalars.contains(where: { $0.value < 0x20 }) {
        fatalError("metadata field with a control character: \(field.debugDescription)")
    }
    return 0
}
