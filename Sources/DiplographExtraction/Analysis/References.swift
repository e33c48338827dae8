/// Pronouns and descriptions that stand for an actor named before: `ông`/`bà` for the last person
/// named, `tôi`/`chúng tôi` for the speaker, `nước này` for the last state. Each becomes an actor hit
/// on its own tokens, so the rules read "ông điện đàm với X" like "Putin điện đàm với X".
struct ReferenceResolver {
    /// Words after which an actor is an object (`với`, `tiếp`): from rules.json `governingWords`.
    let governingWords: WordSet
    /// `ông`, `ông này` / `bà`, `bà này` (rules.json `malePronouns`, `femalePronouns`): a pronoun
    /// never stands for a person the lexicon gives the other gender.
    var malePronouns: WordSet = []
    var femalePronouns: WordSet = []
    /// `nhà ngoại giao này`, `quan chức này` (rules.json `descriptivePronouns`): a role noun and
    /// `này` opening a time clause may stand for a person named as an object just before, as a
    /// bare pronoun does not.
    var descriptivePronouns: WordSet = []
    /// The same as words (`Lexicon.descriptivePronounWords`).
    var descriptivePronounWords: [[String]] = []
    /// `nhà ngoại giao` before a state's name (rules.json `personDescriptionNouns`).
    var personDescriptionNouns: WordSet = []

    /// Hits for the third-person pronouns and state descriptions of `s` not already part of a name.
    func thirdPerson(_ s: Sentence, hits: [ActorHit], discourse: Discourse, actors: ArticleActors) -> [ActorHit] {
        // Most sentences have no pronoun: no closures (each holding a copy of the actors) for them.
        let described = describedPersons(s, hits: hits)
        let pronounClasses: WordClasses = [.personPronoun, .statePronoun, .organizationPronoun]
        guard !described.isEmpty || s.words.contains(where: { !$0.cue.classes.isDisjoint(with: pronounClasses) }) else { return [] }
        var out: [ActorHit] = []
        let isPerson: (String) -> Bool = { actors.actor($0)?.actorType == .person }
        let isState: (String) -> Bool = { actors.actor($0)?.actorType == .state }
        let pronouns = (s.words.filter { !$0.cue.classes.isDisjoint(with: pronounClasses) }
            .map { (tokens: $0.tokens, person: $0.cue.classes.contains(.personPronoun), organization: $0.cue.classes.contains(.organizationPronoun),
                    word: s.tokens[$0.tokens].map(\.lower).joined(separator: " ")) }
            + described.map { (tokens: $0.tokens, person: true, organization: false, word: $0.word) })
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for w in pronouns {
            let at = w.tokens.lowerBound
            guard free(w.tokens, hits), !pluralBefore(s, at) else { continue }
            if w.organization {
                // "khối này", "liên minh này": the organisation named last, in this sentence before it
                // or in the sentences before.
                let isOrganization: (String) -> Bool = { actors.actor($0)?.actorType == .organization }
                let key = hits.last(where: { $0.tokens.upperBound <= at && isOrganization($0.key) && !$0.flags.contains(.location) })?.key
                    ?? discourse.mentions.last(where: { isOrganization($0.key) })?.key
                if let key { out.append(ActorHit(tokens: w.tokens, key: key)) }
            } else if w.person {
                let word = w.word
                let wanted = malePronouns.contains(word) ? "male" : femalePronouns.contains(word) ? "female" : nil
                let fits: (String) -> Bool = { key in isPerson(key) && (wanted == nil || actors.gender(of: key).map { $0 == wanted } ?? true) }
                // `ông Abe`, `ông Bộ trưởng`: an honorific before a name, not a pronoun.
                if w.tokens.upperBound < s.tokens.count, s.tokens[w.tokens.upperBound].isCapitalized { continue }
                if hits.contains(where: { $0.tokens.lowerBound == w.tokens.upperBound }) { continue }
                // A person named as an object ("với X", "cho X") is not what a later "ông" stands for.
                // ("… với Đại sứ X sau khi nhà ngoại giao này …": opening a time clause after the
                // main one; "Trong cuộc hội đàm với X, nhà lãnh đạo này …" is still the subject.)
                let descriptive = descriptivePronouns.contains(word) && s.words.contains { $0.tokens.upperBound == at && $0.cue.classes.contains(.timeClause) }
                let governed = { (h: ActorHit) in !descriptive && governingWords.contains(s.lower(h.tokens.lowerBound - 1)) }
                let subjects = hits.filter { $0.tokens.upperBound <= at && fits($0.key) && !governed($0) }
                var excluded = Set(hits.filter { $0.tokens.upperBound <= at && governed($0) }.map(\.key))
                // "Lavrov đã tiếp bà": an object pronoun never stands for its own clause's subject
                // (the nearest person before it, whatever its gender); it reaches further back.
                var local: String? = nil
                var object: String? = nil
                if governingWords.contains(s.lower(at - 1)), let nearest = hits.last(where: { $0.tokens.upperBound <= at && isPerson($0.key) && !governed($0) }) {
                    local = nearest.key
                    excluded.insert(nearest.key)
                    // "A tiếp B và mời ông …": the person named as an object before it, if any.
                    object = hits.last(where: { $0.tokens.upperBound <= at && fits($0.key) && governed($0) && $0.key != nearest.key })?.key
                }
                let key = object ?? subjects.last(where: { $0.key != local })?.key
                    ?? discourse.lastPerson(isPerson: fits, excluding: excluded)
                if let key { out.append(ActorHit(tokens: w.tokens, key: key)) }
            } else {
                // (A person named with their state's title, "Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan",
                // names that state too.)
                let stateOf = { (h: ActorHit) -> String? in
                    if let d = h.describedState { return d }
                    if isState(h.key) { return h.key }
                    guard isPerson(h.key), let code = actors.actor(h.key)?.state, !code.isEmpty else { return nil }
                    return actors.existingState(code: code)
                }
                let key = hits.reversed().lazy.filter { $0.tokens.upperBound <= at && !$0.flags.contains(.location) }.compactMap(stateOf).first
                    ?? discourse.mentions.last(where: { isState($0.key) })?.key
                if let key { out.append(ActorHit(tokens: w.tokens, key: key)) }
            }
        }
        return out
    }

    /// `nhà ngoại giao Mỹ`: a role noun right before a state's name (no name after it, no count or
    /// plural word before it) describes the person of that state named last, in this sentence before
    /// it or in the sentences before. That person's hit replaces the state's, over the noun and the
    /// name; with no such person named, the state stays. (`nhà lãnh đạo Nga` is the office's holder,
    /// read with the titles: rules.json `leaderWords`.)
    func describedByState(_ s: Sentence, hits: [ActorHit], discourse: Discourse, actors: ArticleActors) -> [ActorHit] {
        var out = hits
        for (i, h) in hits.enumerated() where h.flags.isDisjoint(with: [.location, .group, .vague, .goods]) && !h.key.isEmpty && h.tokens.lowerBound >= 2 {
            let at = h.tokens.lowerBound
            guard let start = (2...3).last(where: { n in at - n >= 0 && personDescriptionNouns.contains(s.tokens[(at - n)..<at].map(\.lower).joined(separator: " ")) }).map({ at - $0 }),
                  actors.actor(h.key)?.actorType == .state, free(start..<at, hits), !pluralBefore(s, start),
                  start == 0 || !s.tokens[start - 1].text.allSatisfy(\.isNumber),
                  h.tokens.upperBound >= s.tokens.count || !s.tokens[h.tokens.upperBound].isCapitalized else { continue }
            let side = actors.stateKey(h.key)
            let fits = { (key: String) in actors.actor(key)?.actorType == .person && actors.stateKey(key) == side }
            guard let key = hits[..<i].last(where: { fits($0.key) })?.key ?? discourse.mentions.last(where: { fits($0.key) })?.key else { continue }
            out[i] = ActorHit(tokens: start..<h.tokens.upperBound, key: key, flags: h.flags, describedState: h.key)
        }
        return out
    }

    /// Hits for `tôi`, `chúng tôi`: the speaker of this sentence's frame, else the current speaker.
    func firstPerson(_ s: Sentence, hits: [ActorHit], speaker: [String], discourse: Discourse) -> [ActorHit] {
        let who = speaker.isEmpty ? (discourse.currentSpeaker(at: s.index) ?? []) : speaker
        guard let key = who.first else { return [] }
        return s.words.filter { $0.cue.classes.contains(.speakerPronoun) && free($0.tokens, hits) }
            .map { ActorHit(tokens: $0.tokens, key: key) }
    }

    /// `nhà lãnh đạo cánh tả này`, `nhà ngoại giao 71 tuổi này`: a descriptive pronoun with up to three
    /// plain words (lower-case words or numbers) between its role noun and `này`, read as the
    /// descriptive pronoun itself (`word`).
    private func describedPersons(_ s: Sentence, hits: [ActorHit]) -> [(tokens: Range<Int>, word: String)] {
        var out: [(tokens: Range<Int>, word: String)] = []
        for parts in descriptivePronounWords {
            guard parts.count >= 2, let this = parts.last else { continue }
            let phrase = parts.joined(separator: " ")
            let noun = parts.dropLast()
            for i in s.tokens.indices where i + noun.count < s.tokens.count && s.lower(i).isSameWord(noun[noun.startIndex]) {
                guard zip(noun, i...).allSatisfy({ s.lower($0.1).isSameWord($0.0) }) else { continue }
                let from = i + noun.count
                var j = from
                while j < min(s.tokens.count, from + 4), !s.lower(j).isSameWord(this) {
                    let t = s.tokens[j]
                    guard (t.isWord && !t.isCapitalized) || (!t.text.isEmpty && t.text.allSatisfy(\.isNumber)) else { break }
                    j += 1
                }
                guard j > from, j < s.tokens.count, s.lower(j).isSameWord(this), free(i..<(j + 1), hits) else { continue }
                out.append((tokens: i..<(j + 1), word: phrase))
            }
        }
        return out
    }

    private func free(_ tokens: Range<Int>, _ hits: [ActorHit]) -> Bool {
        !hits.contains { $0.tokens.overlaps(tokens) }
    }

    private func pluralBefore(_ s: Sentence, _ at: Int) -> Bool {
        s.words.contains { $0.tokens.upperBound == at && $0.cue.classes.contains(.pluralDeterminer) }
    }
}
