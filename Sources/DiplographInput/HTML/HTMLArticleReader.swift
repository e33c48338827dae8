import DiplographModel
import Foundation

/// Reads saved news pages (HTML) into `SourceArticle`s with libxml2's HTML parser.
///
/// The article's text is the page's readable body: the largest `<article>` (else the first
/// `<main>`, else `<body>`), without scripts, styles, navigation, headers, footers, asides, forms,
/// frames and comments; block elements become paragraph breaks (`<br>` a line break) and white
/// space is collapsed. Figure captions are kept: they carry facts. Metadata (title, publication
/// date, URL, source, language) comes from the page's `<meta>` and `<link>` elements and
/// `<html lang>`, built directly into `ArticleMetadata` (no front matter).
///
/// Untrusted input: the page is parsed without network access and without entity substitution,
/// DTD loading or libxml2's "huge" mode, so external entities (XXE) are never read and entity
/// bombs never expand. Binary files (NUL bytes), pages that do not start like HTML, and bytes that
/// are not UTF-8 (unless the page declares another charset libxml2 can convert) are refused with a
/// `ReadError` naming the file.
public struct HTMLArticleReader: Sendable {
    /// Largest page read, in bytes (libxml2 takes an `int` length).
    public static let maximumSize = 256 << 20

    public init() {}

    /// Reads the page at `path`. Throws a `ReadError` naming the file and the problem.
    public func read(path: String) throws -> SourceArticle {
        try read(bytes: FileBytes.article(path, limit: HTMLArticleReader.maximumSize), path: path)
    }

    /// Reads a page already in memory; `path` names it in the article and in errors.
    public func read(bytes: [UInt8], path: String) throws -> SourceArticle {
        let input = try HTMLInput(bytes, path: path)
        let document = try HTMLDocument(input, path: path)
        let page = HTMLPage(document)
        let text = page.articleText()
        if text.isEmpty {
            throw ReadError(path: path, reason: "the HTML page holds no article text")
        }
        let file = (path as NSString).lastPathComponent
        return SourceArticle(file: file, path: path, text: text, bodyStart: 0, metadata: page.metadata())
    }

    /// True when `path` names a file the HTML reader should read (`.html`, `.htm`, `.xhtml`).
    public static func handles(path: String) -> Bool {
        ArticleFiles.isPage(InputPath(path))
    }
}
