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
    /// The file name (no folder), as exported in the article node's `file` attribute.
    public let file: String
    public let path: String
    /// The whole file as text.
    public let text: String
    /// Offset in Unicode scalars of the body (after any front matter) in `text`.
    public let bodyStart: Int
    public let metadata: ArticleMetadata

    public init(file: String, path: String, text: String, bodyStart: Int = 0, metadata: ArticleMetadata) {
        self.id = SourceArticle.articleID(file: file)
        self.file = file
        self.path = path
        self.text = text
        self.bodyStart = bodyStart
        self.metadata = metadata
    }

    /// The same article without its text (id, file, path and metadata kept): what is left once it
    /// has been extracted, so that a corpus run does not hold every text to the end.
    public func withoutText() -> SourceArticle {
        SourceArticle(file: file, path: path, text: "", bodyStart: 0, metadata: metadata)
    }

    /// `article-<file name without extension>`.
    public static func articleID(file: String) -> NodeID {
        var stem = file
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
        return NodeID(raw: "article-" + stem)
    }

    /// The article node of the graph.
    public var articleNode: Article {
        Article(id: id, title: metadata.title, published: metadata.published, file: file,
                source: metadata.source, url: metadata.url, language: metadata.language)
    }
}
