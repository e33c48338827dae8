import Foundation
import DiplographModel
import Yams

/// Splits a YAML front-matter block (`---` … `---` at the very top) from an article's body.
enum FrontMatter {
    struct Parsed {
        var metadata: ArticleMetadata
        /// Offset in Unicode scalars where the body starts.
        var bodyStart: Int
    }

    /// Returns nil when the text has no front matter. Throws when the block is not closed or is
    /// not a YAML mapping.
    static func parse(_ text: String, path: String) throws -> Parsed? {
        // Only the head of the file can be front matter: split the first lines, not the whole article.
        guard text.hasPrefix("---") || text.hasPrefix("\u{FEFF}---") else {
            try refuseMisspelledFence(text, path: path)
            return nil
        }
        // Lines are cut at line feeds in the UTF-8 (a line feed is always a scalar boundary), up to
        // the closing `---`, and no further than 200 lines.
        var lines: [Substring] = []
        var rest = text[...]
        var closing: Int?
        while lines.count <= 200 {
            let line: Substring
            if let feed = rest.utf8.firstIndex(of: 0x0A) {
                line = rest[..<feed]
                rest = rest[rest.utf8.index(after: feed)...]
            } else {
                line = rest
                rest = rest[rest.endIndex...]
            }
            lines.append(line)
            if lines.count == 1 {
                guard line.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\u{FEFF}")) == "---" else {
                    try refuseMisspelledFence(text, path: path)
                    return nil
                }
            } else if line.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r")) == "---" {
                closing = lines.count - 1
                break
            }
            if rest.isEmpty { break }
        }
        guard let end = closing else {
            throw ReadError(path: path, line: 1, reason: "front matter opened with '---' is never closed")
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let root: Yams.Node?
        do {
            // Composed once; the encoding is given so that Yams does not consult the process
            // environment (YAMS_DEFAULT_ENCODING) on every call.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            let yamlError = error as? YamlError
            throw ReadError(path: path, line: yamlError.flatMap(FrontMatter.line(of:)).map { $0 + 2 },
                            reason: "front matter is not valid YAML: " + (yamlError.map(FrontMatter.summary) ?? "\(error)"))
        }
        let node: Any? = root?.any
        var meta = ArticleMetadata()
        if let root {
            guard let map = node as? [String: Any] else {
                throw ReadError(path: path, line: 2, reason: "front matter must be a mapping of keys to values")
            }
            meta.title = FrontMatter.text(map["title"])
            meta.source = FrontMatter.text(map["source"])
            meta.url = FrontMatter.text(map["url"])
            let lang = FrontMatter.text(map["language"] ?? map["lang"])
            if !lang.isEmpty { meta.language = lang }
            // The date as written: Yams would turn an impossible 2021-02-30 into 2 March.
            let date = FrontMatter.rawScalar(root, key: "date") ?? FrontMatter.rawScalar(root, key: "published") ?? FrontMatter.text(map["date"] ?? map["published"])
            if !date.isEmpty {
                guard let parsed = PartialDate(iso: String(date.prefix(10))), parsed.precision == .day else {
                    throw ReadError(path: path, line: nil, reason: "front matter date '\(date)' is not a real YYYY-MM-DD date")
                }
                meta.published = parsed
            }
        }
        var offset = 0
        for i in 0...end { offset += lines[i].unicodeScalars.count + 1 }
        return Parsed(metadata: meta, bodyStart: min(offset, text.unicodeScalars.count))
    }

    private static func text(_ value: Any?) -> String {
        switch value {
        case let s as String: return s.trimmingCharacters(in: .whitespacesAndNewlines)
        case let d as Date: return ISODay.string(d)
        case nil: return ""
        case let other?: return "\(other)"
        }
    }

    /// A first line of dashes that is not `---` (`--`, `----`) followed within the first 50 lines by
    /// a `---` line and a `key:` line between them is front matter with a misspelled opening fence:
    /// read as text it would hide the metadata (and the date) in the body, so it is refused.
    static func refuseMisspelledFence(_ text: String, path: String) throws {
        guard text.hasPrefix("--") else { return }
        let head = text.utf8.prefix(8192)
        let lines = head.split(separator: 0x0A, maxSplits: 50, omittingEmptySubsequences: false)
            .prefix(50).map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " \t\r")) }
        guard let first = lines.first, first.count >= 2, first.allSatisfy({ $0 == "-" }), first != "---" else { return }
        guard let closing = lines.dropFirst().firstIndex(of: "---") else { return }
        let keyLine = lines[1..<closing].contains { line in
            guard let colon = line.firstIndex(of: ":") else { return false }
            let key = line[..<colon]
            return !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        }
        if keyLine {
            throw ReadError(path: path, line: 1, reason: "front matter must open with exactly '---' on the first line (found '\(first)')")
        }
    }

    /// The scalar text of a top-level key, without YAML's type conversion.
    static func rawScalar(_ root: Yams.Node, key: String) -> String? {
        guard let value = root.mapping?[Yams.Node(key)], let scalar = value.scalar else { return nil }
        return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func summary(_ error: YamlError) -> String {
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "syntax error"
    }
}
