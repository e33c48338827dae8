/// Personal names in a sentence: runs of capitalised words, with the state words a Vietnamese or
/// Chinese name may hold as syllables (`Nguyễn Văn Đức`, `Trần Minh Trung`, `Vương Quán Trung`).
extension ActorResolver {
    /// Capitalised words (a person's name) starting at token `from`, up to five, none of them a rule
    /// word or a lexicon name — except, in a name of three words or more that starts with a family
    /// name, one-word state names (`Lê Anh Tuấn`).
    func capitalisedRun(_ s: Sentence, from: Int, minimum: Int) -> Range<Int> {
        let family = isFamilyName(s, from)
        var k = from
        var firstSyllableState: Int? = nil
        // Tokens inside the name that are no capitalised word of it: particles (`al`, `von`) with
        // their hyphens, and the full stops of initials (`Michael D. Higgins`).
        var inner = 0
        while k < s.tokens.count && k - from - inner < 6 {
            let t = s.tokens[k]
            let inName = s.names.contains { $0.tokens.contains(k) }
            let syllable = family && k > from && inName && isOneWordState(s, k)
            if t.isWord && t.isCapitalized && s.word(at: k) == nil && (!inName || syllable) && !ActorResolver.isGluedAcronym(t.text) {
                if syllable && firstSyllableState == nil { firstSyllableState = k }
                if t.text.unicodeScalars.count == 1, k + 2 < s.tokens.count, s.tokens[k + 1].isMark("."),
                   t.range.upperBound == s.tokens[k + 1].range.lowerBound, s.tokens[k + 2].isWord, s.tokens[k + 2].isCapitalized {
                    inner += 1
                    k += 2
                } else {
                    k += 1
                }
            } else if t.isMark("-") && k + 1 < s.tokens.count && k > from && s.tokens[k + 1].isWord
                        && s.tokens[k - 1].range.upperBound == t.range.lowerBound && t.range.upperBound == s.tokens[k + 1].range.lowerBound {
                k += 2
            } else if k > from, let next = afterParticles(s, k) {
                inner += next - k
                k = next
            } else {
                break
            }
        }
        // "Đoàn Mỹ": too short to be a name holding a state word; the state ends the name.
        if let cut = firstSyllableState, s.tokens[from..<k].filter(\.isWord).count < 3 { k = cut }
        let words = s.tokens[from..<k].filter { $0.isWord && ($0.isCapitalized || !lexicon.nameParticles.contains($0.lower)) }.count
        return words >= minimum && words <= 5 ? from..<k : from..<from
    }

    /// True for a word that starts with two capitals or more and goes on in lower case
    /// (`TTXViệt` in a caption credit glued to the next word): no syllable of a name
    /// (`McDonald`, `DeSantis` and all-capital `KIM` are).
    static func isGluedAcronym(_ text: String) -> Bool {
        var capitals = 0
        for u in text.unicodeScalars {
            if u.properties.isUppercase { capitals += 1 } else { return capitals >= 2 && u.properties.isLowercase }
        }
        return false
    }

    /// The token after the name particles starting at `k` (`al-` in `Mahdi al-Mashat`, `von der` in
    /// `Ursula von der Leyen`), when a capitalised word follows them; nil when none starts there.
    private func afterParticles(_ s: Sentence, _ k: Int) -> Int? {
        var j = k
        while j < s.tokens.count && j - k < 4 {
            let t = s.tokens[j]
            if t.isWord && !t.isCapitalized && lexicon.nameParticles.contains(t.lower) {
                j += 1
            } else if t.isMark("-"), j > k, j + 1 < s.tokens.count, s.tokens[j - 1].range.upperBound == t.range.lowerBound,
                      t.range.upperBound == s.tokens[j + 1].range.lowerBound {
                j += 1
            } else {
                break
            }
        }
        guard j > k, j < s.tokens.count, s.tokens[j].isWord, s.tokens[j].isCapitalized, s.word(at: j) == nil,
              !s.names.contains(where: { $0.tokens.contains(j) }) else { return nil }
        return j
    }

    /// True when the one-word state name at `span` is a syllable of a personal name that starts with
    /// a family name (`Đức` in `Nguyễn Văn Đức`, `Trung` in `Trần Minh Trung`).
    func isNameSyllable(_ s: Sentence, _ span: Range<Int>) -> Bool {
        guard span.count == 1, span.lowerBound > 0 else { return false }
        var k = span.lowerBound - 1
        while k >= 0 && span.lowerBound - k <= 4 {
            let t = s.tokens[k]
            guard t.isWord && t.isCapitalized else { return false }
            if isFamilyName(s, k) { return capitalisedRun(s, from: k, minimum: 3).contains(span.lowerBound) }
            k -= 1
        }
        return false
    }

    /// `ông Marc Knapper, Đại sứ …`: the name right before the comma at token `comma`, introduced by
    /// an honorific (`ông`, `bà`).
    func appositiveHead(_ s: Sentence, comma: Int) -> Range<Int>? {
        guard comma >= 2, comma < s.tokens.count, s.tokens[comma].isMark(",") else { return nil }
        var k = comma - 1
        while k >= 0 && comma - k <= 10 {
            let t = s.tokens[k]
            let afterHyphen = k > 0 && s.tokens[k - 1].isMark("-")
            // (`John R. Whitfield`, `Hamad bin Saeed`: an initial's full stop, a name particle.)
            let initialStop = t.isMark(".") && k > 0 && s.tokens[k - 1].isCapitalized && s.tokens[k - 1].text.unicodeScalars.count == 1
                && s.tokens[k - 1].range.upperBound == t.range.lowerBound
            let particle = t.isWord && !t.isCapitalized && lexicon.nameParticles.contains(t.lower)
            guard (t.isWord && (t.isCapitalized || afterHyphen)) || t.isMark("-") || initialStop || particle else { break }
            k -= 1
        }
        var start = k + 1
        while start < comma {
            let from = start
            if s.words.contains(where: { $0.tokens.upperBound == from && $0.cue.classes.contains(.honorific) }) {
                let run = capitalisedRun(s, from: from, minimum: 1)
                if run.upperBound == comma { return run }
            }
            start += 1
        }
        return nil
    }

    /// True when token `k` is a family name standing alone, not part of a lexicon name (`Hà Lan`).
    private func isFamilyName(_ s: Sentence, _ k: Int) -> Bool {
        guard k >= 0 && k < s.tokens.count else { return false }
        return lexicon.familyNames.contains(s.tokens[k].lower) && !s.names.contains { $0.tokens.contains(k) }
    }

    /// True when token `k` is by itself a state or capital name (`Đức`, `Trung`, `Mỹ`).
    private func isOneWordState(_ s: Sentence, _ k: Int) -> Bool {
        s.names.contains { n in
            guard n.tokens == k..<(k + 1) else { return false }
            switch n.cue {
            case .state, .capital: return true
            default: return false
            }
        }
    }
}
