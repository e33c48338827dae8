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

    /// True when the token starts with an ASCII digit (as every number does).
    var startsWithDigit: Bool { text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }

    /// `text == String(mark)` for an ASCII punctuation mark, without a string comparison: such a
    /// token is that one byte (and no other string is canonically equivalent to it).
    func isMark(_ mark: Unicode.Scalar) -> Bool {
        mark.isASCII && text.utf8.count == 1 && text.utf8.first == UInt8(truncatingIfNeeded: mark.value)
    }
}

enum Tokenizer {
    /// Words are runs of letters and digits (with inner apostrophes); every other visible scalar is
    /// its own token; white space separates.
    ///
    /// A token spelling a word of `vocabulary` takes that word's strings rather than new ones.
    static func tokens(_ text: NormalizedText, in range: Range<Int>, vocabulary: Vocabulary = .empty) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(range.count / 4 + 1)
        let s = text.scalars
        // The class table fetched once, not through its lazy global's check for every scalar.
        let classes = ScalarClass.table
        let lowers = TextCase.lowerTable
        let wordFlags = ScalarClass.alphabetic | ScalarClass.digit | ScalarClass.combining
        func flags(_ c: Unicode.Scalar) -> UInt8 {
            let v = Int(c.value)
            return v < classes.count ? classes[v] : ScalarClass.compute(c)
        }
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { flags(c) & wordFlags != 0 }
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if flags(c) & ScalarClass.whitespace != 0 { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < range.upperBound && (isWordScalar(s[j]) || (s[j] == "'" && j + 1 < range.upperBound && isWordScalar(s[j + 1]))) { j += 1 }
                out.append(make(text, i..<j, word: true, lowers: lowers, vocabulary: vocabulary))
                i = j
            } else {
                out.append(make(text, i..<(i + 1), word: false, lowers: lowers, vocabulary: vocabulary))
                i += 1
            }
        }
        return out
    }

    private static func make(_ text: NormalizedText, _ r: Range<Int>, word: Bool, lowers: [UInt32], vocabulary: Vocabulary) -> Token {
        let first = text.scalars[r.lowerBound]
        if let k = vocabulary.find(text.scalars, r), let known = vocabulary.strings(k) {
            return Token(range: r, text: known.text, lower: known.lower, isWord: word, isCapitalized: first.isUpper)
        }
        let t = text.string(r)
        // Most tokens are lower case already: the same string, not a second one.
        let lower = TextCase.isLower(text.scalars, r, table: lowers) ? t : TextCase.lowercased(text.scalars, r)
        return Token(range: r, text: t, lower: lower, isWord: word, isCapitalized: first.isUpper)
    }
}
