// libFuzzer target: article bytes → ArticleReader alone (UTF-8 check, the front-matter fence, the
// strict YAML subset of FrontMatterYAML, dates, field bounds), without extraction, so that many
// more front-matter blocks are tried per second than FuzzArticle manages. Crashes, hangs and
// broken invariants (a body outside the text, a field past its bound, a date that is not a day)
// are findings; a ReadError naming the article is the expected answer to bad input.
import DiplographInput
import DiplographModel

let reader = ArticleReader()
/// In a folder that does not exist, so that no manifest.json is ever found beside it.
let path = "/nonexistent-diplograph-fuzz/article.txt"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let article: SourceArticle
    do {
        article = try reader.read(bytes: bytes, path: path)
    } catch let error as ReadError {
        if error.path != path { fatalError("ReadError names \(error.path), not the article read") }
        if let line = error.line, line < 1 { fatalError("ReadError on line \(line)") }
        return 0
    } catch {
        fatalError("ArticleReader threw something other than a ReadError: \(error)")
    }
    let scalars = article.text.unicodeScalars.count
    if article.bodyStart < 0 || article.bodyStart > scalars {
        fatalError("bodyStart \(article.bodyStart) outside the text (\(scalars) scalars)")
    }
    for (field, limit, value) in ArticleMetadata.fieldLimits where value(article.metadata).unicodeScalars.count > limit {
        fatalError("\(field) longer than its bound of \(limit)")
    }
    if let date = article.metadata.published, date.precision != .day { fatalError("published \(date) is not a day") }
    return 0
}
