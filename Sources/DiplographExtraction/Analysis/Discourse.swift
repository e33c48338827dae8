/// What the article has said so far, for reading references across sentences: the actors each
/// sentence named (in order), who is speaking (the last reporting frame, which quotes and pronouns
/// like `tôi`, `chúng tôi` point back to), and how often each side has been named.
struct Discourse {
    struct Mention {
        let key: String
        let side: String
        let sentence: Int
        /// Named as an object (after `với`, `gặp`, `tiếp` …), not as a clause's subject.
        var governed = false
    }

    /// Actors named so far, in order of mention (participants, speakers and topics, not places or media).
    private(set) var mentions: [Mention] = []
    /// How many sentences named each side (state key), for the article's main parties.
    private(set) var salience: [String: Int] = [:]
    /// The speaker of the last reporting frame, and the sentence it was in.
    private(set) var speaker: (keys: [String], sentence: Int)?
    /// True while a quotation opened in an earlier sentence is still open.
    private(set) var quoteOpen = false

    /// Records a sentence's actors and speaker once its facts have been read.
    mutating func note(sentence: Int, keys: [(key: String, side: String, governed: Bool)], speaker: [String], quoteMarks: Int) {
        var sides = Set<String>()
        for k in keys where !k.key.isEmpty {
            mentions.append(Mention(key: k.key, side: k.side, sentence: sentence, governed: k.governed))
            if sides.insert(k.side).inserted { salience[k.side, default: 0] += 1 }
        }
        if !speaker.isEmpty { self.speaker = (speaker, sentence) }
        if quoteMarks % 2 == 1 { quoteOpen.toggle() }
    }

    /// The speaker a first-person pronoun or an untagged quote in `sentence` refers to: the last
    /// frame's speaker, if it spoke in one of the two sentences before or a quotation is still open.
    func currentSpeaker(at sentence: Int) -> [String]? {
        guard let speaker, quoteOpen || sentence - speaker.sentence <= 2 else { return nil }
        return speaker.keys
    }

    /// The other party of a fact whose own text names none: an actor of another side named in this
    /// or the three sentences before (the most recent first), else the article's most-named other side.
    func otherParty(than sides: Set<String>, at sentence: Int, isCandidate: (String) -> Bool) -> String? {
        // The nearest sentence first (an earlier one on a tie); within a sentence, the last named.
        var best: (distance: Int, index: Int)? = nil
        for (i, m) in mentions.enumerated() where !sides.contains(m.side) && abs(m.sentence - sentence) <= 3 && isCandidate(m.key) {
            let d = m.sentence <= sentence ? 2 * (sentence - m.sentence) : 2 * (m.sentence - sentence) + 1
            if best.map({ d < $0.distance || (d == $0.distance && m.sentence <= sentence) }) ?? true { best = (d, i) }
        }
        if let best { return mentions[best.index].key }
        let ranked = salience.filter { !sides.contains($0.key) }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        for (side, _) in ranked {
            if let m = mentions.last(where: { $0.side == side && isCandidate($0.key) }) { return m.key }
        }
        return nil
    }

    /// The other party of a threat whose text names no target: in the nearest sentence (this one or
    /// up to three before) naming another side, the side the whole article names most, by its actor
    /// named last (an implicit target is what the article is about: `ông Sisi cảnh báo … nếu phần
    /// nước sông Nile bị xâm phạm` after `Phía Ethiopia gửi thư tới Hội đồng Bảo an`, in an article on
    /// Ethiopia's dam); with none near, the article's most-named other side.
    func mainOtherSide(than sides: Set<String>, at sentence: Int, isCandidate: (String) -> Bool) -> String? {
        for back in 0...3 where sentence - back >= 0 {
            var best: (count: Int, index: Int)? = nil
            for (i, m) in mentions.enumerated() where m.sentence == sentence - back && !sides.contains(m.side) && isCandidate(m.key) {
                let count = salience[m.side] ?? 0
                if best.map({ count >= $0.count }) ?? true { best = (count, i) }
            }
            if let best { return mentions[best.index].key }
        }
        return otherParty(than: sides, at: sentence, isCandidate: isCandidate)
    }

    /// "Ba nước láng giềng …" after "Brazil, Colombia, Mexico yêu cầu …": the last sentence before
    /// that named exactly `count` states as subjects (not objects), in the order named.
    func lastStates(_ count: Int, isState: (String) -> Bool) -> [String]? {
        var sentence = -1
        var keys: [String] = []
        for m in mentions.reversed() {
            if m.sentence != sentence {
                if keys.count == count { break }
                sentence = m.sentence
                keys = []
            }
            if !m.governed && isState(m.key) && !keys.contains(m.key) { keys.insert(m.key, at: 0) }
        }
        return keys.count == count ? keys : nil
    }

    /// "hai bên", "hai nước" with no leaders to stand for: the two most-named sides, each by its
    /// last-named actor.
    func mainSides(isCandidate: (String) -> Bool) -> [String] {
        let ranked = salience.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        var out: [String] = []
        for (side, _) in ranked where out.count < 2 {
            if let m = mentions.last(where: { $0.side == side && isCandidate($0.key) }) { out.append(m.key) }
        }
        return out.count == 2 ? out : []
    }

    /// The last person named in the sentences before, other than `excluding`, for `ông`/`bà`;
    /// within that sentence a subject goes before an object ("A gặp B. Cùng ngày, ông …": A).
    func lastPerson(isPerson: (String) -> Bool, excluding: Set<String> = []) -> String? {
        guard let last = mentions.last(where: { isPerson($0.key) && !excluding.contains($0.key) }) else { return nil }
        if last.governed, let subject = mentions.last(where: { $0.sentence == last.sentence && !$0.governed
            && isPerson($0.key) && !excluding.contains($0.key) }) {
            return subject.key
        }
        return last.key
    }
}
