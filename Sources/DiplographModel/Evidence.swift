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
    public var locator: String {
        // Joined into one string sized once (an interpolation grows its buffer piece by piece).
        let from = String(start), to = String(end)
        var out = ""
        out.reserveCapacity(article.rawValue.utf8.count + from.utf8.count + to.utf8.count + 2)
        out += article.rawValue
        out += ":"
        out += from
        out += "-"
        out += to
        return out
    }

    /// Article, then start, end and sentence: the first that differs decides (read in place, no
    /// tuple of copies per comparison).
    public static func < (a: Evidence, b: Evidence) -> Bool {
        if a.article != b.article { return a.article < b.article }
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.sentence < b.sentence
    }

    /// Hashes where the fact was read, not the sentence: one place holds one sentence, so equal
    /// values still hash alike, and a set of evidence need not hash (and normalise) every
    /// sentence's text. Equality still compares all four.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(article)
        hasher.combine(start)
        hasher.combine(end)
    }
}
