/// Metadata of an article: from YAML front matter or from a `manifest.json` beside it.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String = ""
    public var published: PartialDate?
    public var language: String = "vi"
    public var source: String = ""
    public var url: String = ""

    public init(title: String = "", published: PartialDate? = nil, language: String = "vi", source: String = "", url: String = "") {
        self.title = title
        self.published = published
        self.language = language
        self.source = source
        self.url = url
    }
}

/// An article as read from disk: its whole text, where the body starts, and its metadata.
public struct SourceArticle: Sendable {
    public let id: NodeID
    /// The path of the file inside the folder it was found in (`tin.txt`, `sub/tin.txt` with
    /// `--recursive`), or the file name for a file named on its own: the article node's `file`.
    public let file: String
    public let path: String
    /// The whole file as text.
    public let text: String
    /// Offset in Unicode scalars of the body (after any front matter) in `text`.
    public let bodyStart: Int
    public let metadata: ArticleMetadata

    /// `id` defaults to `articleID(relativePath: file)`.
    public init(file: String, path: String, text: String, bodyStart: Int = 0, metadata: ArticleMetadata, id: NodeID? = nil) {
        self.id = id ?? SourceArticle.articleID(relativePath: file)
        self.file = file
        self.path = path
        self.text = text
        self.bodyStart = bodyStart
        self.metadata = metadata
    }

    /// The same article without its text (id, file, path and metadata kept): what is left once it
    /// has been extracted, so that a corpus run does not hold every text to the end.
    public func withoutText() -> SourceArticle {
        SourceArticle(file: file, path: path, text: "", bodyStart: 0, metadata: metadata, id: id)
    }

    /// The same article under another id and `file` (its path relative to its input).
    public func identified(as id: NodeID, file: String) -> SourceArticle {
        SourceArticle(file: file, path: path, text: text, bodyStart: bodyStart, metadata: metadata, id: id)
    }

    /// The id of the article at `relativePath` (its path inside the folder it was found in).
    ///
    /// A file directly in its folder whose stem is made only of ASCII letters, digits, `-` and `_`
    /// keeps its name: `article-<stem>` for a `.txt` file (`001_c370ad7c0e317180.txt` is
    /// `article-001_c370ad7c0e317180`), `article-<stem>.<extension>` for `.md`, `.text`, `.html`
    /// and `.htm` (`tin.md` is `article-tin.md`). Every other path (a subfolder, spaces, dots or
    /// non-ASCII letters in the name, another extension) is `article-<slug>.<hash>`: a readable
    /// slug of the path without its extension, a dot, and 8 hex digits of a hash of the whole
    /// relative path (`a b.txt` is `article-a-b.` and 8 hex digits). A `.txt` id holds no dot, the
    /// others one dot followed by an extension or by exactly 8 hex digits, so no two forms meet;
    /// `Inputs` resolves what is left (two inputs holding the same relative path) by hashing the
    /// path as given instead (`hashedID(key:)`).
    public static func articleID(relativePath: String) -> NodeID {
        var stem = relativePath, ext = ""
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex {
            ext = String(stem[stem.index(after: dot)...])
            stem = String(stem[..<dot])
        }
        let plain = ["txt", "md", "text", "html", "htm", "xhtml"].contains(ext) && !stem.isEmpty && stem.unicodeScalars.allSatisfy { s in
            (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A)
                || (s.value >= 0x61 && s.value <= 0x7A) || s == "-" || s == "_"
        }
        guard plain else { return hashedID(key: relativePath) }
        return NodeID(raw: "article-" + stem + (ext == "txt" ? "" : "." + ext))
    }

    /// `article-<slug of key without its extension>.<hash of key>`; `digits` hex digits (8 to 16).
    public static func hashedID(key: String, digits: Int = 8) -> NodeID {
        var stem = key
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex,
           !stem[dot...].contains("/") { stem = String(stem[..<dot]) }
        return NodeID(raw: "article-" + NodeID.slug(stem) + "." + NodeID.hash(key, digits: digits))
    }

    /// The article node of the graph.
    public var articleNode: Article {
        Article(id: id, title: metadata.title, published: metadata.published, file: file,
                source: metadata.source, url: metadata.url, language: metadata.language)
    }
}
