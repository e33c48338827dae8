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

    /// Hits for the third-person pronouns and state descriptions of `s` not already part of a name.
    func thirdPerson(_ s: Sentence, hits: [ActorHit], discourse: Discourse, actors: ArticleActors) -> [ActorHit] {
        // Most sentences have no pronoun: no closures (each holding a copy of the actors) for them.
        guard s.words.contains(where: { $0.cue.classes.contains(.personPronoun) || $0.cue.classes.contains(.statePronoun) }) else { return [] }
        var out: [ActorHit] = []
        let isPerson: (String) -> Bool = { actors.actor($0)?.actorType == .person }
        let isState: (String) -> Bool = { actors.actor($0)?.actorType == .state }
        for w in s.words where w.cue.classes.contains(.personPronoun) || w.cue.classes.contains(.statePronoun) {
            let at = w.tokens.lowerBound
            guard free(w.tokens, hits), !pluralBefore(s, at) else { continue }
            if w.cue.classes.contains(.personPronoun) {
                let word = s.tokens[w.tokens].map(\.lower).joined(separator: " ")
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
                let key = hits.last(where: { $0.tokens.upperBound <= at && isState($0.key) && !$0.flags.contains(.location) })?.key
                    ?? discourse.mentions.last(where: { isState($0.key) })?.key
                if let key { out.append(ActorHit(tokens: w.tokens, key: key)) }
            }
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

    private func free(_ tokens: Range<Int>, _ hits: [ActorHit]) -> Bool {
        !hits.contains { $0.tokens.overlaps(tokens) }
    }

    private func pluralBefore(_ s: Sentence, _ at: Int) -> Bool {
        s.words.contains { $0.tokens.upperBound == at && $0.cue.classes.contains(.pluralDeterminer) }
    }
}
