/// Where a fact was read: the article, the sentence, and the sentence's offsets in the article text.
///
/// Offsets count Unicode scalars from the start of the article file's text (after UTF-8 decoding),
/// `start` inclusive, `end` exclusive.
public struct Evidence: Hashable, Comparable, Sendable, Codable {
    public let article: NodeID
    public let sentence: String
    public let start: Int
    public let end: Int

    public init(article: NodeID, sentence: String, start: Int, end: Int) {
        self.article = article
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    /// `article:start-end`, the form used in exports.
    public var locator: String { "\(article.rawValue):\(start)-\(end)" }

    public static func < (a: Evidence, b: Evidence) -> Bool {
        (a.article, a.start, a.end, a.sentence) < (b.article, b.start, b.end, b.sentence)
    }
}
