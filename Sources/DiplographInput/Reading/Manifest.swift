import DiplographModel
import Foundation

/// A `manifest.json` beside articles: `{"articles": [{"file", "published", "title", "language", "source", "url"}]}`.
struct Manifest: Sendable {
    let path: String
    let entries: [String: ArticleMetadata]

    private struct File: Decodable {
        struct Entry: Decodable {
            let file: String
            let published: String?
            let date: String?
            let title: String?
            let language: String?
            let source: String?
            let url: String?
        }
        let articles: [Entry]
    }

    /// Reads and checks a manifest. Throws a `ReadError` naming the manifest when it is not valid
    /// JSON of the expected shape, or when an entry's date is not a real date.
    init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, reason: "cannot read the manifest")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw ReadError(path: path, reason: "not a valid manifest (expected {\"articles\": [{\"file\": …, \"published\": \"YYYY-MM-DD\"}]}): \(Manifest.describe(error))")
        }
        var entries: [String: ArticleMetadata] = [:]
        for (index, entry) in file.articles.enumerated() {
            var meta = ArticleMetadata()
            meta.title = entry.title ?? ""
            meta.language = entry.language ?? "vi"
            meta.source = entry.source ?? ""
            meta.url = entry.url ?? ""
            if let raw = entry.published ?? entry.date {
                guard let date = PartialDate(iso: raw), date.precision == .day else {
                    throw ReadError(path: path, reason: "article \(index + 1) (\(entry.file)): '\(raw)' is not a real YYYY-MM-DD date")
                }
                meta.published = date
            }
            entries[entry.file] = meta
        }
        self.entries = entries
    }

    /// Files the manifest names that are not in `folder`.
    func missingFiles(in folder: String) -> [String] {
        entries.keys.sorted().filter { !FileManager.default.fileExists(atPath: folder + "/" + $0) }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): return c.debugDescription
        case DecodingError.keyNotFound(let key, let c): return "missing key '\(key.stringValue)' at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let c): return "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.valueNotFound(_, let c): return "missing value at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "\(error)"
        }
    }
}
