import Foundation
import DiplographModel

/// Splits a YAML front-matter block (`---` … `---` at the very top) from an article's body.
enum FrontMatter {
    struct Parsed {
        var metadata: ArticleMetadata
        /// Offset in Unicode scalars where the body starts.
        var bodyStart: Int
    }

    /// Returns nil when the text has no front matter. Throws when the block is not closed, is not
    /// in the subset of YAML that `FrontMatterYAML` reads, or holds a bad date or an overlong field.
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
                guard FrontMatter.isFence(line, orByteOrderMark: true) else {
                    try refuseMisspelledFence(text, path: path)
                    return nil
                }
            } else if FrontMatter.isFence(line, orByteOrderMark: false) {
                closing = lines.count - 1
                break
            }
            if rest.isEmpty { break }
        }
        guard let end = closing else {
            throw ReadError(path: path, line: 1, reason: "front matter opened with '---' is never closed")
        }
        // Read with the strict subset of YAML in FrontMatterYAML: no general YAML library sees
        // the block, so no anchor, alias, tag or complex key can reach one.
        let block: FrontMatterYAML
        do {
            block = try FrontMatterYAML(lines: lines[1..<end], firstLine: 2)
        } catch {
            throw ReadError(path: path, line: error.line, reason: "front matter: " + error.reason)
        }
        var meta = ArticleMetadata()
        meta.title = try FrontMatter.text(block, "title", path: path)
        meta.source = try FrontMatter.text(block, "source", path: path)
        meta.url = try FrontMatter.text(block, "url", path: path)
        let lang = try FrontMatter.text(block, block["language"] == nil ? "lang" : "language", path: path)
        if !lang.isEmpty { meta.language = lang }
        let dateKey = block["date"] == nil ? "published" : "date"
        let date = try FrontMatter.text(block, dateKey, path: path)
        if !date.isEmpty {
            guard let parsed = ISODay.parse(date) else {
                throw ReadError(path: path, line: block[dateKey]?.line,
                                reason: "front matter \(dateKey) '\(FrontMatterYAML.shown(date[...]))' is not a real YYYY-MM-DD date (a time may follow: 2022-02-12T10:00:00Z)")
            }
            meta.published = parsed
        }
        if let overlong = meta.overlongField() {
            throw ReadError(path: path, line: nil, reason: "front matter " + overlong)
        }
        var offset = 0
        for i in 0...end { offset += lines[i].unicodeScalars.count + 1 }
        // The text's scalars counted no further than `offset`: the smaller of the two.
        var counted = 0
        for _ in text.unicodeScalars {
            if counted >= offset { break }
            counted += 1
        }
        return Parsed(metadata: meta, bodyStart: min(offset, counted))
    }

    /// `line.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r"))` (with U+FEFF too when
    /// `orByteOrderMark`) `== "---"`, read from the scalars.
    static func isFence(_ line: Substring, orByteOrderMark: Bool) -> Bool {
        let trimmed = line.unicodeScalars.drop { isFencePadding($0, orByteOrderMark) }.reversed().drop { isFencePadding($0, orByteOrderMark) }
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == "-" }
    }

    private static func isFencePadding(_ s: Unicode.Scalar, _ orByteOrderMark: Bool) -> Bool {
        s == " " || s == "\t" || s == "\r" || (orByteOrderMark && s == "\u{FEFF}")
    }

    /// `value.trimmingCharacters(in: .whitespacesAndNewlines)`: the set is asked only about the
    /// scalars at either end (an ASCII one without it: tab, line feed to carriage return, space).
    static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? (s.value >= 0x09 && s.value <= 0x0D) || s.value == 0x20 : CharacterSet.whitespacesAndNewlines.contains(s)
        }
        guard let first = scalars.first, let last = scalars.last else { return value }
        if !isSpace(first) && !isSpace(last) { return value }
        var lower = scalars.startIndex, upper = scalars.endIndex
        while lower < upper, isSpace(scalars[lower]) { lower = scalars.index(after: lower) }
        while upper > lower, isSpace(scalars[scalars.index(before: upper)]) { upper = scalars.index(before: upper) }
        return String(scalars[lower..<upper])
    }

    /// The scalar value of `key`, trimmed ("" when absent); a list is refused, with its line.
    private static func text(_ block: FrontMatterYAML, _ key: String, path: String) throws -> String {
        switch block[key] {
        case nil: return ""
        case (.scalar(let value), _)?: return FrontMatter.trimmed(value)
        case (.list, let line)?: throw ReadError(path: path, line: line, reason: "front matter \(key) must be a single value, not a list")
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
}
