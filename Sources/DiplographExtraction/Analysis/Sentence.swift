/// A sentence with its tokens and the rule words and names found in it.
struct Sentence: Sendable {
    let index: Int
    let range: Range<Int>
    let text: String
    let tokens: [Token]
    /// Rule words, as token ranges.
    let words: [(tokens: Range<Int>, cue: WordCue)]
    /// Names from the lexicon, as token ranges.
    let names: [(tokens: Range<Int>, cue: EntityCue)]

    /// The rule word covering token `i`, if any.
    func word(at i: Int) -> WordCue? {
        for w in words where w.tokens.contains(i) { return w.cue }
        return nil
    }

    /// Rule words ending right before token `i` (within `window` tokens), nearest first.
    func words(before i: Int, window: Int) -> [(tokens: Range<Int>, cue: WordCue)] {
        words.filter { $0.tokens.upperBound <= i && $0.tokens.upperBound >= i - window }.reversed()
    }

    func has(_ c: WordClasses, in range: Range<Int>) -> Bool {
        words.contains { $0.cue.classes.contains(c) && range.contains($0.tokens.lowerBound) }
    }

    func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

    /// Token index of the first token at or after scalar offset `s`.
    func tokenIndex(atScalar s: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.upperBound <= s { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Text of tokens `r` joined as written.
    func text(_ r: Range<Int>, in source: NormalizedText) -> String {
        guard !r.isEmpty, r.lowerBound >= 0, r.upperBound <= tokens.count else { return "" }
        return source.string(tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound)
    }
}

enum SentenceBuilder {
    static func build(_ text: NormalizedText, body: Range<Int>, lexicon: Lexicon) -> [Sentence] {
        var out: [Sentence] = []
        for line in Boilerplate.keptLines(text, body: body) {
            for r in SentenceSplitter.sentences(text, line: line) {
                let tokens = Tokenizer.tokens(text, in: r)
                guard !tokens.isEmpty else { continue }
                let s = Sentence(index: out.count, range: r, text: text.string(r), tokens: tokens,
                                 words: [], names: [])
                let words = lexicon.words.matches(in: text.scalars, range: r).map { m in
                    (tokens: span(s, m.range), cue: m.payload)
                }
                let names = lexicon.names.matches(in: text.scalars, range: r).map { m in
                    (tokens: span(s, m.range), cue: m.payload)
                }
                out.append(Sentence(index: out.count, range: r, text: s.text, tokens: tokens, words: words, names: names))
            }
        }
        return out
    }

    private static func span(_ s: Sentence, _ r: Range<Int>) -> Range<Int> {
        let a = s.tokenIndex(atScalar: r.lowerBound)
        var b = a
        while b < s.tokens.count && s.tokens[b].range.lowerBound < r.upperBound { b += 1 }
        return a..<max(b, a + 1)
    }
}
