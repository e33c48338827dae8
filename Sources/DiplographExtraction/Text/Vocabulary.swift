/// The words of the lexicon, each spelled as normalised text spells it, with its string and its
/// lower-case string made once when the lexicon loads. A token spelling one of them takes those
/// strings instead of encoding its scalars into new ones (`Tokenizer.tokens`); the table is read
/// only, so every article and thread shares it.
///
/// Words are told apart by their exact scalars (normalised text is NFC and folded, and so are the
/// words put in), so a token gets the very strings it would have made itself.
struct Vocabulary: Sendable {
    /// Every word's scalar values, one after another; word `k`'s are `scalars[starts[k]..<starts[k + 1]]`.
    private let scalars: [UInt32]
    private let starts: [Int32]
    private let texts: [String]
    private let lowers: [String]
    /// Open addressing by hash: word index + 1, or 0 for an empty slot. A power of two long.
    private let slots: [Int32]

    static let empty = Vocabulary(words: [])

    /// The words of `phrases` (normalised as article text is, and split as the tokenizer splits
    /// it), each also with its first letter upper-cased and lower-cased, and every single ASCII
    /// punctuation mark and the numbers 0 to 2100 (as dates and counts write them).
    init(phrases: [String]) {
        var words: [[Unicode.Scalar]] = []
        for v in UInt32(0x21)...UInt32(0x7E) {
            guard let s = Unicode.Scalar(v), !s.isWordScalar else { continue }
            words.append([s])
        }
        for n in 0...2100 { words.append(Array(String(n).unicodeScalars)) }
        for phrase in phrases {
            let text = NormalizedText(phrase)
            for r in Vocabulary.wordRanges(text.scalars) {
                let word = Array(text.scalars[r])
                words.append(word)
                guard let first = word.first else { continue }
                for variant in [Vocabulary.upper(first), TextCase.lower(first.value).flatMap(Unicode.Scalar.init)] {
                    if let variant, variant != first { words.append([variant] + word.dropFirst()) }
                }
            }
        }
        self.init(words: words)
    }

    /// The ranges of the words of `s` as `Tokenizer.tokens` cuts them: runs of letters, digits and
    /// combining marks, with apostrophes between two of them.
    static func wordRanges(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard s[i].isWordScalar else { i += 1; continue }
            var j = i + 1
            while j < s.count && (s[j].isWordScalar || (s[j] == "'" && j + 1 < s.count && s[j + 1].isWordScalar)) { j += 1 }
            out.append(i..<j)
            i = j
        }
        return out
    }

    /// The upper case of `s` when it is a single scalar.
    private static func upper(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let mapped = s.properties.uppercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first : nil
    }

    private init(words: [[Unicode.Scalar]]) {
        var scalars: [UInt32] = []
        var starts: [Int32] = [0]
        var texts: [String] = []
        var lowers: [String] = []
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for w in words where !w.isEmpty {
            let values = w.map(\.value)
            var slot = Int(truncatingIfNeeded: Vocabulary.hash(values[...])) & (capacity - 1)
            var taken = false
            while slots[slot] != 0 {
                let k = Int(slots[slot]) - 1
                if scalars[Int(starts[k])..<Int(starts[k + 1])].elementsEqual(values) { taken = true; break }
                slot = (slot + 1) & (capacity - 1)
            }
            if taken { continue }
            scalars.append(contentsOf: values)
            starts.append(Int32(scalars.count))
            let text = String(scalars: w[...])
            texts.append(text)
            lowers.append(TextCase.isLower(w, 0..<w.count) ? text : TextCase.lowercased(w, 0..<w.count))
            slots[slot] = Int32(texts.count)
        }
        self.scalars = scalars
        self.starts = starts
        self.texts = texts
        self.lowers = lowers
        self.slots = slots
    }

    var count: Int { texts.count }

    /// The word spelled by `text[range]`: its index, or nil when it is not in the table.
    func find(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= text.count, slots.count > 0 else { return nil }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range { h = (h ^ UInt64(text[k].value)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[slot])
            if k == 0 { return nil }
            let a = Int(starts[k - 1]), b = Int(starts[k])
            if b - a == range.count {
                var same = true
                var i = range.lowerBound
                for j in a..<b {
                    if scalars[j] != text[i].value { same = false; break }
                    i += 1
                }
                if same { return k - 1 }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Word `k`'s string and lower-case string (`k` from `find`).
    func strings(_ k: Int) -> (text: String, lower: String)? {
        guard k >= 0, k < texts.count else { return nil }
        return (texts[k], lowers[k])
    }

    /// FNV-1a over scalar values, as `find` computes it.
    private static func hash(_ values: ArraySlice<UInt32>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in values { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
