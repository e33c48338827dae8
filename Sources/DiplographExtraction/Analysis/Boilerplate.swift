/// Finds the parts of a page that are not the article: page furniture, related-article lists,
/// comment counters, photo credits, bylines, datelines, and repeated paragraphs.
///
/// Returns the scalar ranges of the body to keep, line by line.
enum Boilerplate {
    /// Lines that end the article: everything after them is page furniture.
    static let endMarkers: [String] = [
        "bài liên quan", "tin liên quan", "tin cùng chuyên mục", "xem thêm", ">>>", "bình luận (", "(0) bình luận",
        "bình luận", "powered by", "đừng bỏ lỡ", "mới nhất", "nổi bật", "đọc nhiều", "tin mới", "chia sẻ bài viết",
        "theo dõi chúng tôi", "tags:", "từ khóa:", "thẻ:",
    ]

    /// The end markers and the endings of a "5 giờ trước" stamp as scalar values, for a look at a
    /// line's own scalars before any string is made of it.
    static let endMarkerScalars: [[UInt32]] = endMarkers.map { $0.unicodeScalars.map(\.value) }
    static let stampEndScalars: [UInt32] = "trước".unicodeScalars.map(\.value)

    static func keptLines(_ text: NormalizedText, body: Range<Int>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = body.lowerBound
        for i in body where text.scalars[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        if start < body.upperBound { lines.append(start..<body.upperBound) }

        var kept: [Range<Int>] = []
        var seen = SeenLines()
        let total = lines.count
        for (index, raw) in lines.enumerated() {
            let line = trim(text, raw)
            if line.isEmpty { continue }
            let content = text.string(line)
            // Lower-cased only for a line that may open with an end marker or end like a time stamp.
            let opens = mayOpen(text, line), ends = mayEnd(text, line)
            let lower = opens || ends ? TextCase.lowercased(text.scalars, line) : ""
            if opens && endMarkers.contains(where: { lower.hasPrefix($0) }) && (index > 0 || kept.count > 0) { break }
            if isFurniture(content, lower) { continue }
            if index >= total / 2 && !kept.isEmpty && isByline(content) { break }
            if !seen.insert(content, scalars: text.scalars[line]) { continue }
            kept.append(stripCredit(text, line))
        }
        return kept.filter { !$0.isEmpty }
    }

    /// False only when the line, lower-cased scalar by scalar, opens with no end marker. A scalar
    /// the lower-case table does not know answers true: the string comparison decides.
    private static func mayOpen(_ text: NormalizedText, _ line: Range<Int>) -> Bool {
        guard line.lowerBound < line.upperBound, line.lowerBound >= 0, line.upperBound <= text.scalars.count else { return true }
        // Only the markers opening with the line's first letter, lower-cased, are looked at.
        guard let first = TextCase.lower(text.scalars[line.lowerBound].value) else { return true }
        for marker in endMarkerScalars where marker.first == first {
            if startsLower(text, at: line.lowerBound, in: line, with: marker) { return true }
        }
        return false
    }

    /// False only when the line, lower-cased, cannot end with `trước` (`5 giờ trước`).
    private static func mayEnd(_ text: NormalizedText, _ line: Range<Int>) -> Bool {
        let m = stampEndScalars
        return line.count >= m.count && startsLower(text, at: line.upperBound - m.count, in: line, with: m)
    }

    /// True when `marker` may start at `start`: every scalar from there lower-cases to the marker's,
    /// or one has no single-scalar lower case in the table.
    private static func startsLower(_ text: NormalizedText, at start: Int, in line: Range<Int>, with marker: [UInt32]) -> Bool {
        guard start >= line.lowerBound, start + marker.count <= line.upperBound else { return false }
        for (k, m) in marker.enumerated() {
            guard let l = TextCase.lower(text.scalars[start + k].value) else { return true }
            if l != m { return false }
        }
        return true
    }

    private static func trim(_ text: NormalizedText, _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi && text.scalars[lo].isSpace { lo += 1 }
        while hi > lo && text.scalars[hi - 1].isSpace { hi -= 1 }
        return lo..<hi
    }

    /// `{keywords}`, a lone date/time dateline, a "5 giờ trước" stamp, a lone `|`.
    private static func isFurniture(_ s: String, _ lower: String) -> Bool {
        if s.hasPrefix("{") && s.hasSuffix("}") { return true }
        if s.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || " /:,.-|".unicodeScalars.contains($0) }) { return true }
        // (`lower` is empty for a line that cannot end so: no suffix tests for it.)
        if !lower.isEmpty && (lower.hasSuffix("giờ trước") || lower.hasSuffix("phút trước") || lower.hasSuffix("ngày trước")) { return s.count < 60 }
        return false
    }

    /// A short line of two to four capitalised words with no sentence punctuation: an author's name.
    private static func isByline(_ s: String) -> Bool {
        // Under 40 characters is under 160 bytes of UTF-8: most lines fail here, before any split.
        guard s.utf8.count < 160 else { return false }
        if let (words, length) = plainWordsAndLength(s), !(2...4).contains(words) || length >= 40 { return false }
        let words = s.split(separator: " ")
        guard (2...4).contains(words.count), s.count < 40 else { return false }
        return words.allSatisfy { w in w.first.map { $0.isUppercase } ?? false && w.allSatisfy { $0.isLetter } }
    }

    /// For a line of plain scalars (see `WordList.isPlain`) without CR, where every scalar is a
    /// `Character` of its own: how many words `split(separator: " ")` gives and `count`, read from
    /// the UTF-8 bytes. Nil for any other line.
    static func plainWordsAndLength(_ s: String) -> (words: Int, length: Int)? {
        let counted: (Int, Int)?? = s.utf8.withContiguousStorageIfAvailable { b in
            guard WordList.isPlain(b) else { return nil }
            var words = 0, length = 0
            var inWord = false
            for byte in b {
                if byte == 0x0D { return nil }
                // Continuation bytes (10xxxxxx) belong to the scalar before them.
                if byte & 0xC0 != 0x80 { length += 1 }
                if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
            return (words, length)
        }
        return counted ?? nil
    }

    /// Cuts a photo credit (`Ảnh: Reuters`, `Ảnh: Fox News |`) from the end of a line.
    private static let creditMarker: [Unicode.Scalar] = Array("Ảnh:".unicodeScalars)

    private static func stripCredit(_ text: NormalizedText, _ line: Range<Int>) -> Range<Int> {
        let s = text.scalars
        let marker = creditMarker
        // Only a marker starting within the line's last 47 scalars counts: nothing before is looked at.
        let lowest = max(line.lowerBound, line.upperBound - 47)
        var i = line.upperBound - marker.count
        while i >= lowest {
            if s[i..<(i + marker.count)].elementsEqual(marker) {
                var end = i
                while end > line.lowerBound && s[end - 1].isSpace { end -= 1 }
                return line.lowerBound..<end
            }
            i -= 1
        }
        return line
    }
}
