/// Actors named only through an unnamed member, source or relative: `một quan chức Nhà Trắng`, `một nguồn tin
/// Điện Kremlin`, `giới chức Mỹ giấu tên`, `em gái ông Kim`. They are mentioned in passing and take no part.
extension ActorResolver {
    /// Flags `.vague` each hit right after a vague member word (`vagueMembers`) or followed, within two
    /// words and before any other hit, by an anonymity word (`anonymityWords`).
    func flagVague(_ hits: inout [ActorHit], in s: Sentence) {
        for k in hits.indices {
            let h = hits[k]
            // "Em gái ông Kim": an honorific may stand between the member word and the name.
            let member = s.words.contains { w in
                guard w.cue.classes.contains(.vagueMember) else { return false }
                let end = w.tokens.upperBound
                return end == h.tokens.lowerBound || (end + 1 == h.tokens.lowerBound && s.has(.honorific, in: end..<(end + 1)))
            }
            let unnamed = s.words.contains { w in
                guard w.cue.classes.contains(.anonymity), w.tokens.lowerBound >= h.tokens.upperBound,
                      w.tokens.lowerBound <= h.tokens.upperBound + 2, w.tokens.lowerBound <= s.tokens.count else { return false }
                let between = h.tokens.upperBound..<w.tokens.lowerBound
                return s.tokens[between].allSatisfy(\.isWord) && !hits.contains { between.contains($0.tokens.lowerBound) }
            }
            if member || unnamed { hits[k].flags.insert(.vague) }
        }
    }
}
