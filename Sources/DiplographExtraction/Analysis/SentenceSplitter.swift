/// Splits a line into sentences, Vietnamese-aware: a `.`, `!`, `?` or `;`… ends a sentence only when
/// followed by white space and then an upper-case letter, a digit, a quote or a bracket; numbers
/// like `100.000`, `10.1`, `12/2`, `2-12` never split, nor do initials (`V. Putin`) and common
/// abbreviations.
enum SentenceSplitter {
    static let abbreviations: WordSet = ["tp", "ths", "ts", "pgs", "gs", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "v.v", "tr", "q", "p", "u.s", "inc", "ltd", "co"]

    static func sentences(_ text: NormalizedText, line: Range<Int>) -> [Range<Int>] {
        let s = text.scalars
        var out: [Range<Int>] = []
        var start = line.lowerBound
        var i = line.lowerBound
        while i < line.upperBound {
            let c = s[i]
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < line.upperBound && (s[j] == "\"" || s[j] == "'" || s[j] == ")" || s[j] == "." ) { j += 1 }
                if j < line.upperBound && s[j].isSpace {
                    var k = j
                    while k < line.upperBound && s[k].isSpace { k += 1 }
                    let next = k < line.upperBound ? s[k] : " "
                    let opensSentence = next.isUpper || ("0"..."9").contains(next) || next == "\"" || next == "(" || next == "'"
                    if opensSentence && !(c == "." && isAbbreviation(text, before: i, from: start)) {
                        out.append(start..<j)
                        start = k
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        if start < line.upperBound { out.append(start..<line.upperBound) }
        return out.filter { r in s[r].contains(where: { $0.isWordScalar }) }
    }

    /// True when the word before a period is an initial or a known abbreviation.
    private static func isAbbreviation(_ text: NormalizedText, before dot: Int, from start: Int) -> Bool {
        var k = dot
        while k > start && (text.scalars[k - 1].isWordScalar || text.scalars[k - 1] == ".") { k -= 1 }
        let word = text.string(k..<dot)
        if word.unicodeScalars.count == 1, let f = word.unicodeScalars.first, f.isUpper { return true }
        return abbreviations.contains(TextCase.lowercased(text.scalars, k..<dot))
    }
}
