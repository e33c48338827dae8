/// A word or punctuation mark of a sentence, with its scalar range in the normalised text.
struct Token: Sendable {
    let range: Range<Int>
    /// The token as written.
    let text: String
    /// Lower-cased, for rule words.
    let lower: String
    let isWord: Bool
    /// Starts with an upper-case letter.
    let isCapitalized: Bool
}

enum Tokenizer {
    /// Words are runs of letters and digits (with inner apostrophes); every other visible scalar is
    /// its own token; white space separates.
    static func tokens(_ text: NormalizedText, in range: Range<Int>) -> [Token] {
        var out: [Token] = []
        let s = text.scalars
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if c.isSpace { i += 1; continue }
            if c.isWordScalar {
                var j = i + 1
                while j < range.upperBound && (s[j].isWordScalar || (s[j] == "'" && j + 1 < range.upperBound && s[j + 1].isWordScalar)) { j += 1 }
                out.append(make(text, i..<j, word: true))
                i = j
            } else {
                out.append(make(text, i..<(i + 1), word: false))
                i += 1
            }
        }
        return out
    }

    private static func make(_ text: NormalizedText, _ r: Range<Int>, word: Bool) -> Token {
        let t = text.string(r)
        let first = text.scalars[r.lowerBound]
        return Token(range: r, text: t, lower: t.lowercased(), isWord: word, isCapitalized: first.isUpper)
    }
}
