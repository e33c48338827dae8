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

    static func keptLines(_ text: NormalizedText, body: Range<Int>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = body.lowerBound
        for i in body where text.scalars[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        if start < body.upperBound { lines.append(start..<body.upperBound) }

        var kept: [Range<Int>] = []
        var seen = Set<String>()
        let total = lines.count
        for (index, raw) in lines.enumerated() {
            let line = trim(text, raw)
            if line.isEmpty { continue }
            let content = text.string(line)
            let lower = content.lowercased()
            if endMarkers.contains(where: { lower.hasPrefix($0) }) && (index > 0 || kept.count > 0) { break }
            if isFurniture(content, lower) { continue }
            if index >= total / 2 && !kept.isEmpty && isByline(content) { break }
            if !seen.insert(content).inserted { continue }
            kept.append(stripCredit(text, line))
        }
        return kept.filter { !$0.isEmpty }
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
        if lower.hasSuffix("giờ trước") || lower.hasSuffix("phút trước") || lower.hasSuffix("ngày trước") { return s.count < 60 }
        return false
    }

    /// A short line of two to four capitalised words with no sentence punctuation: an author's name.
    private static func isByline(_ s: String) -> Bool {
        // Under 40 characters is under 160 bytes of UTF-8: most lines fail here, before any split.
        guard s.utf8.count < 160 else { return false }
        let words = s.split(separator: " ")
        guard (2...4).contains(words.count), s.count < 40 else { return false }
        return words.allSatisfy { w in w.first.map { $0.isUppercase } ?? false && w.allSatisfy { $0.isLetter } }
    }

    /// Cuts a photo credit (`Ảnh: Reuters`, `Ảnh: Fox News |`) from the end of a line.
    private static func stripCredit(_ text: NormalizedText, _ line: Range<Int>) -> Range<Int> {
        let s = text.scalars
        let marker: [Unicode.Scalar] = Array("Ảnh:".unicodeScalars)
        var i = line.upperBound - marker.count
        while i >= line.lowerBound {
            if Array(s[i..<(i + marker.count)]) == marker && line.upperBound - i < 48 {
                var end = i
                while end > line.lowerBound && s[end - 1].isSpace { end -= 1 }
                return line.lowerBound..<end
            }
            i -= 1
        }
        return line
    }
}
