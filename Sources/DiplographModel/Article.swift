/// A source article.
public struct Article: Hashable, Sendable, Codable {
    public var id: NodeID
    public var title: String
    public var published: PartialDate?
    /// The file name the article was read from.
    public var file: String
    public var source: String
    public var url: String
    public var language: String

    public init(id: NodeID, title: String, published: PartialDate?, file: String,
                source: String = "", url: String = "", language: String = "vi") {
        self.id = id
        self.title = title
        self.published = published
        self.file = file
        self.source = source
        self.url = url
        self.language = language
    }

    /// The node label: the title, or the file name when there is none.
    public var label: String { title.isEmpty ? file : title }
}
