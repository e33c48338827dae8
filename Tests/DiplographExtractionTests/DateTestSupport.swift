import DiplographInput
@testable import DiplographExtraction

/// What the date suites read an article with: the bundled lexicon, loaded once for them all.
enum EventDateProbe {
    static let lexicon = Result { try Lexicon.bundled() }

    /// The dates of the events found in `text`, published on `published`, sorted (undated first).
    static func dates(_ text: String, published: String) throws -> [String?] {
        let source = "---\ndate: \(published)\n---\n\(text)\n"
        let article = try ArticleReader().read(bytes: Array(source.utf8), path: "case.txt")
        let g = ArticleExtractor(lexicon: try lexicon.get()).extract(article)
        return g.events.map { $0.date?.iso }.sorted { ($0 ?? "") < ($1 ?? "") }
    }
}
