/// A sentence with its tokens and the rule words and names found in it.
struct Sentence: Sendable {
    let index: Int
    /// The ordinal of the kept line it stands on: 0 the headline (or the first line the body keeps),
    /// 1 the lead paragraph after it.
    var line = 0
    let range: Range<Int>
    /// The sentence as written, made when asked for (few rules ask): from the article's normalised
    /// scalars, or as given.
    var text: String { givenText ?? String(scalars: scalars[clampedRange]) }
    let tokens: [Token]
    /// Rule words, as token ranges.
    let words: [(tokens: Range<Int>, cue: WordCue)]
    /// Names from the lexicon, as token ranges.
    let names: [(tokens: Range<Int>, cue: EntityCue)]

    /// The article's normalised scalars (`NormalizedText.scalars`), of which `range` is this sentence's.
    private let scalars: [Unicode.Scalar]
    private let givenText: String?

    private var clampedRange: Range<Int> {
        let lower = max(0, min(range.lowerBound, scalars.count))
        return lower..<max(lower, min(range.upperBound, scalars.count))
    }

    init(index: Int, range: Range<Int>, text: String, tokens: [Token], words: [(tokens: Range<Int>, cue: WordCue)],
         names: [(tokens: Range<Int>, cue: EntityCue)]) {
        self.index = index
        self.range = range
        self.scalars = []
        self.givenText = text
        self.tokens = tokens
        self.words = words
        self.names = names
    }

    /// A sentence of `source` at `range`, its text made from there when asked for.
    init(index: Int, range: Range<Int>, source: NormalizedText, tokens: [Token], words: [(tokens: Range<Int>, cue: WordCue)],
         names: [(tokens: Range<Int>, cue: EntityCue)]) {
        self.index = index
        self.range = range
        self.scalars = source.scalars
        self.givenText = nil
        self.tokens = tokens
        self.words = words
        self.names = names
    }

    /// The rule word covering token `i`, if any.
    func word(at i: Int) -> WordCue? {
        for w in words where w.tokens.contains(i) { return w.cue }
        return nil
    }

    /// Rule words ending right before token `i` (within `window` tokens), nearest first. Words are
    /// in text order and do not overlap, so their ends are sorted: found by binary search.
    func words(before i: Int, window: Int) -> [(tokens: Range<Int>, cue: WordCue)] {
        let first = Self.firstIndex(words.count) { words[$0].tokens.upperBound >= i - window }
        var end = first
        while end < words.count && words[end].tokens.upperBound <= i { end += 1 }
        // (None, mostly: no array stored. Else one array, filled from the last word back.)
        guard first < end else { return [] }
        var out: [(tokens: Range<Int>, cue: WordCue)] = []
        out.reserveCapacity(end - first)
        var k = end
        while k > first {
            k -= 1
            out.append(words[k])
        }
        return out
    }

    /// The lexicon name covering token `i`, if any (names are in text order and do not overlap).
    func name(covering i: Int) -> EntityCue? {
        let k = Self.firstIndex(names.count) { names[$0].tokens.upperBound > i }
        return k < names.count && names[k].tokens.contains(i) ? names[k].cue : nil
    }

    /// True when a lexicon name starts at token `i`.
    func hasName(startingAt i: Int) -> Bool {
        let k = Self.firstIndex(names.count) { names[$0].tokens.lowerBound >= i }
        return k < names.count && names[k].tokens.lowerBound == i
    }

    /// The first index in `0..<count` where `isPast` holds, for a predicate false then true.
    private static func firstIndex(_ count: Int, where isPast: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isPast(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
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

    /// `text(r, in: source).lowercased()`, lower-cased straight from the scalars.
    func lowerText(_ r: Range<Int>, in source: NormalizedText) -> String {
        guard !r.isEmpty, r.lowerBound >= 0, r.upperBound <= tokens.count else { return "" }
        return TextCase.lowercased(source.scalars, tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound)
    }
}

enum SentenceBuilder {
    static func build(_ text: NormalizedText, body: Range<Int>, lexicon: Lexicon) -> [Sentence] {
        var out: [Sentence] = []
        for (ordinal, line) in Boilerplate.keptLines(text, body: body).enumerated() {
            for sentence in SentenceSplitter.sentences(text, line: line) {
                for (r, tokens) in pieces(sentence, Tokenizer.tokens(text, in: sentence, vocabulary: lexicon.vocabulary)) {
                    let s = Sentence(index: out.count, range: r, source: text, tokens: tokens, words: [], names: [])
                    let words = lexicon.words.matches(in: text.scalars, range: r).map { m in
                        (tokens: span(s, m.range), cue: m.payload)
                    }
                    let found = lexicon.names.matches(in: text.scalars, range: r).map { m in
                        (tokens: span(s, m.range), cue: m.payload)
                    }
                    let names = withoutPartialNames(found, tokens: tokens, words: words, lexicon: lexicon)
                    var built = Sentence(index: out.count, range: r, source: text, tokens: tokens, words: words, names: names)
                    built.line = ordinal
                    out.append(built)
                }
            }
        }
        return out
    }

    /// The names without a person's one-word name (a surname alias) that is only part of a longer
    /// foreign name:
    /// - the start of it: a capitalised word of Latin letters follows that starts no name (or only
    ///   another one-word surname) and is no rule word (`Abbas` in `Abbas Mousavi` is not Mahmoud
    ///   Abbas; `Cameron MacKay` is neither David Cameron nor Peter MacKay);
    /// - its end: such a word comes before it, inside the sentence, that is no rule word, starts no
    ///   other name and is not how the person's given name could be written (`Mark Brown` is not
    ///   Gordon Brown; `Joseph Biden` stays Joe Biden).
    /// A full name followed by more of a name (`Mohammed bin Salman Bin Abdulaziz Al Saud`) stays the
    /// person's, and so does a surname followed by the person's own given name (`Kamikawa Yoko`).
    static func withoutPartialNames(_ names: [(tokens: Range<Int>, cue: EntityCue)], tokens: [Token],
                                    words: [(tokens: Range<Int>, cue: WordCue)], lexicon: Lexicon) -> [(tokens: Range<Int>, cue: EntityCue)] {
        var kept: [(tokens: Range<Int>, cue: EntityCue)] = []
        kept.reserveCapacity(names.count)
        let surname = { (n: (tokens: Range<Int>, cue: EntityCue)) -> Int? in
            if case .person(let p) = n.cue, n.tokens.count == 1, lexicon.people.indices.contains(p) { return p }
            return nil
        }
        let isRuleWord = { (t: Int) in words.contains { $0.tokens.contains(t) } }
        let nameWord = { (t: Token) in t.isWord && t.isCapitalized && ActorResolver.isForeignWord(t.text) && t.text.unicodeScalars.count > 1 }
        for (k, n) in names.enumerated() {
            if let p = surname(n) {
                let given = lexicon.people[p].name.split(separator: " ").dropLast()
                if n.tokens.upperBound < tokens.count {
                    let next = tokens[n.tokens.upperBound]
                    let startsName = k + 1 < names.count && names[k + 1].tokens.lowerBound == n.tokens.upperBound && surname(names[k + 1]) == nil
                    // (`Kamikawa Yoko`: the person's own given name, written family name first.)
                    // (Split only where the rest would drop the name.)
                    let ownName = lexicon.people[p].name.split(separator: " ").contains { $0 == next.text }
                    if nameWord(next) && !startsName && !isRuleWord(n.tokens.upperBound) && !ownName { continue }
                }
                // (Not the sentence's first word: a capitalised Vietnamese word without marks may open it.)
                if n.tokens.lowerBound >= 2 {
                    let at = n.tokens.lowerBound - 1
                    let before = tokens[at]
                    let inOtherName = k > 0 && names[k - 1].tokens.upperBound > at && surname(names[k - 1]) == nil
                    let sameInitial = given.contains { $0.first.map { String($0).lowercased() } == before.text.first.map { String($0).lowercased() } }
                    if nameWord(before) && !inOtherName && !isRuleWord(at) && !sameInitial { continue }
                }
            }
            kept.append(n)
        }
        return kept
    }

    /// Most tokens a sentence may have: a run of text longer than this (a list without full stops,
    /// a page flattened onto one line) is read as several sentences. Real sentences stay far below
    /// it (the longest in the development set has about 120); the bound makes everything done per
    /// sentence, whatever its cost in the sentence's length, linear in the article's.
    static let maximumTokens = 400

    /// The sentence at `range` with its `tokens`, as pieces of at most `maximumTokens` tokens, each
    /// with its scalar range: cut after the last `,` `;` or `:` in the second half of a piece when
    /// there is one. A sentence within the bound is one piece, its range unchanged.
    static func pieces(_ range: Range<Int>, _ tokens: [Token]) -> [(Range<Int>, [Token])] {
        guard !tokens.isEmpty else { return [] }
        guard tokens.count > maximumTokens else { return [(range, tokens)] }
        var out: [(Range<Int>, [Token])] = []
        var start = 0
        while start < tokens.count {
            var end = min(start + maximumTokens, tokens.count)
            if end < tokens.count,
               let cut = tokens[(start + maximumTokens / 2)..<end].lastIndex(where: { [",", ";", ":"].contains($0.text) }) {
                end = cut + 1
            }
            let piece = Array(tokens[start..<end])
            out.append((tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound, piece))
            start = end
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
