// libFuzzer target: article bytes → ArticleReader (UTF-8 check, front matter, YAML) →
// ArticleExtractor with the lexicon from the source tree. Crashes, hangs and broken invariants
// (evidence offsets outside the text, a graph without its article node) are findings; a
// ReadError is the expected answer to bad input.
import DiplographExtraction
import DiplographInput
import DiplographModel
import Foundation

/// The repository's root, from this file's place in Fuzz/Sources/FuzzArticle/.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `Lexicon.bundled()` needs the resource bundle beside the binary: load the source folder instead.
let lexicon: Lexicon = {
    let folder = ProcessInfo.processInfo.environment["DIPLOGRAPH_LEXICON"]
        ?? repositoryRoot.appendingPathComponent("Sources/DiplographExtraction/Lexicon").path
    do { return try Lexicon(directory: folder) } catch { fatalError("cannot load the lexicon at \(folder): \(error)") }
}()

let extractor = ArticleExtractor(lexicon: lexicon)
let reader = ArticleReader()

/// ArticleReader reads files only: each input is written to one file in a private folder
/// (in memory when /dev/shm exists).
let articlePath: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let folder = base + "/diplograph-fuzz-article-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/article.txt"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard FileManager.default.createFile(atPath: articlePath, contents: bytes) else {
        fatalError("cannot write \(articlePath)")
    }
    let article: SourceArticle
    do {
        article = try reader.read(path: articlePath)
    } catch let error as ReadError {
        if error.path != articlePath { fatalError("ReadError names \(error.path), not the file read") }
        return 0
    } catch {
        fatalError("ArticleReader threw something other than a ReadError: \(error)")
    }
    let scalars = article.text.unicodeScalars.count
    if article.bodyStart < 0 || article.bodyStart > scalars {
        fatalError("bodyStart \(article.bodyStart) outside the text (\(scalars) scalars)")
    }
    let graph = extractor.extract(article)
    if !graph.contains(article.id) { fatalError("the graph lacks its article node \(article.id)") }
    for node in graph.nodes {
        for e in node.evidence where e.start < 0 || e.start > e.end || e.start > scalars {
            fatalError("evidence \(e.locator) of \(node.id) outside the text (\(scalars) scalars)")
        }
    }
    return 0
}
