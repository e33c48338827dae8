/// Offices told of a person in an appositive (`Thủ tướng Malaysia Anwar Ibrahim, Chủ tịch ASEAN năm
/// nay, cho biết …`): the organisation the person chairs is no party of what the person does.
enum Appositives {
    /// `hits` without an organisation named through a title right after a person and a comma.
    static func droppingOffices(_ hits: [ActorHit], in s: Sentence, actors: ArticleActors, lexicon: Lexicon) -> [ActorHit] {
        guard hits.count >= 2 else { return hits }
        var out: [ActorHit] = []
        out.reserveCapacity(hits.count)
        for (i, h) in hits.enumerated() {
            let at = h.tokens.lowerBound
            if i > 0, at >= 1, hits[i - 1].tokens.upperBound == at - 1, s.tokens[at - 1].isMark(","),
               lexicon.isOrganizationKey(h.key), actors.actor(hits[i - 1].key)?.actorType == .person,
               s.names.contains(where: { n in
                   if case .title = n.cue { return n.tokens.lowerBound == at }
                   return false }) {
                continue
            }
            out.append(h)
        }
        return out
    }
}
