/// Actors named only through an unnamed member or source: `một quan chức Nhà Trắng`, `một nguồn tin
/// Điện Kremlin`, `giới chức Mỹ giấu tên`. They are mentioned in passing and take no part.
extension ActorResolver {
    /// Flags `.vague` each hit right after a vague member word (`vagueMembers`) or followed, within two
    /// words and before any other hit, by an anonymity word (`anonymityWords`).
    func flagVague(_ hits: inout [ActorHit], in s: Sentence) {
        for k in hits.indices {
            let h = hits[k]
            let member = s.words.contains { $0.tokens.upperBound == h.tokens.lowerBound && $0.cue.classes.contains(.vagueMember) }
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
