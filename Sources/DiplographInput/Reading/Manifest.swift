import DiplographModel
import Foundation

/// A `manifest.json` beside articles: `{"articles": [{"file", "published", "title", "language", "source", "url"}]}`.
///
/// A manifest that cannot be read as a whole (too large, not JSON of this shape) leaves every
/// article it would describe without metadata. A fault in one entry (a bad date, an overlong
/// title) or a file listed twice affects only that file's article, which is skipped with the
/// manifest and the entry named.
struct Manifest: Sendable {
    let path: String
    /// Each file's metadata, or why its entries cannot be used.
    let entries: [String: Result<ArticleMetadata, ReadError>]

    /// Largest manifest read, in bytes: 64 MiB, room for some 300,000 entries. A larger file is
    /// refused by its size, before it is read.
    static let maximumSize = 64 << 20

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

    /// Reads and checks a manifest. Throws a `ReadError` naming the manifest when it cannot be
    /// read, is too large, or is not valid JSON of the expected shape.
    init(path: String) throws {
        self.path = path
        let data: [UInt8]
        do {
            data = try FileBytes.read(path, limit: Self.maximumSize, what: "a manifest")
        } catch {
            throw ReadError(path: path, reason: error.reason)
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(data))
        } catch {
            throw ReadError(path: path, reason: "not a valid manifest (expected {\"articles\": [{\"file\": …, \"published\": \"YYYY-MM-DD\"}]}): \(Manifest.describe(error))")
        }
        var entries: [String: Result<ArticleMetadata, ReadError>] = [:]
        var firstEntry: [String: Int] = [:]
        for (index, entry) in file.articles.enumerated() {
            let place = "article \(index + 1) ('\(Self.shown(entry.file))')"
            if let first = firstEntry[entry.file] {
                // Neither entry is taken: which one the author meant cannot be known.
                entries[entry.file] = .failure(ReadError(path: path, reason: "\(place) is listed twice (first as article \(first)); neither entry is used"))
                continue
            }
            firstEntry[entry.file] = index + 1
            entries[entry.file] = Result { try Self.metadata(of: entry, at: place, path: path) }.mapError { $0 as? ReadError ?? ReadError(path: path, reason: "\($0)") }
        }
        self.entries = entries
    }

    /// The metadata of one entry; a `ReadError` naming the manifest and the entry when its date is
    /// not a real day (read by `ISODay`, as in front matter) or a field is too long.
    private static func metadata(of entry: File.Entry, at place: String, path: String) throws -> ArticleMetadata {
        var meta = ArticleMetadata()
        meta.title = entry.title ?? ""
        meta.language = entry.language ?? "vi"
        meta.source = entry.source ?? ""
        meta.url = entry.url ?? ""
        if let raw = entry.published ?? entry.date {
            guard let date = ISODay.parse(raw) else {
                throw ReadError(path: path, reason: "\(place): '\(shown(raw))' is not a real YYYY-MM-DD date (a time may follow: 2022-02-12T10:00:00Z)")
            }
            meta.published = date
        }
        if let overlong = meta.overlongField() {
            throw ReadError(path: path, reason: "\(place): " + overlong)
        }
        return meta
    }

    /// Files the manifest names that are not in `folder`.
    func missingFiles(in folder: String) -> [String] {
        entries.keys.sorted().filter { !FileManager.default.fileExists(atPath: folder + "/" + $0) }
    }

    /// At most 80 characters of `text`, for a message.
    private static func shown(_ text: String) -> String {
        text.unicodeScalars.count > 80 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(80))) + "…" : text
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
