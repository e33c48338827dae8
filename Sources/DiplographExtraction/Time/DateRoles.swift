/// What a date in a sentence belongs to: a report (`X ngày 28/11 thông báo, …`, `X đưa tin ngày
/// 28/9, …`, `Ngày 26/10, theo hãng tin Y, …`, `Theo Y ngày 26/10, …`) or a `sau khi …` clause.
enum DateRoles {
    /// Whether the report is the press's (a dateline, a news outlet or a `Theo X, …` source
    /// opening the sentence) rather than an announcement by a party.
    static func isPress(_ s: Sentence, _ r: Range<Int>) -> Bool {
        if s.names.contains(where: { n in
            if case .media = n.cue { return n.tokens.upperBound <= r.lowerBound + 12 }
            return false
        }) { return true }
        guard let opener = s.words.first(where: { $0.tokens.lowerBound <= 3 && $0.cue.classes.contains(.sourceOpener) }) else { return false }
        return s.names.contains { named(after: opener.tokens.upperBound, $0.tokens) }
    }

    /// Whether the date at `r` dates a report rather than the events the sentence tells.
    static func isReport(_ s: Sentence, _ r: Range<Int>) -> Bool {
        let t = s.tokens
        let closed = r.upperBound < t.count && t[r.upperBound].isMark(in: .reportCloses)
        // "X điện đàm với Y ngày 5/4, nhấn mạnh …", "Đánh giá về cuộc gặp giữa A và B ngày 7/7 tại
        // Hamburg, X cho biết …": the date (with, at most, the place after it) closes a clause whose
        // own event word stands before it, in the same stretch between commas; what follows goes on
        // with that subject, or is another clause.
        let segment = (0..<r.lowerBound).last(where: { t[$0].isMark(",") }).map { $0 + 1 } ?? 0
        let close = (r.upperBound..<t.count).first { t[$0].isMark(in: .reportCloses) }
        let closesClause = close.map { c in
            !s.words.contains { $0.tokens.lowerBound >= r.upperBound && $0.tokens.upperBound <= c
                && ($0.cue.classes.contains(.reporting) || isTrigger($0.cue)) }
        } ?? false
        let toldBefore = closesClause && s.words.contains { $0.tokens.lowerBound >= segment && $0.tokens.upperBound <= r.lowerBound && isTrigger($0.cue) }
        // "X ngày 28/11 thông báo, …": the first verb after the date reports, before any event is told.
        if !toldBefore, let verb = s.words.first(where: { w in
            w.tokens.lowerBound >= r.upperBound && w.tokens.lowerBound - r.upperBound <= 12
                && (w.cue.classes.contains(.reporting) || isTrigger(w.cue))
        }), verb.cue.classes.contains(.reporting), !isTrigger(verb.cue), opensContent(s, at: verb.tokens.upperBound) {
            return true
        }
        // "Nhà Trắng thông báo vào ngày 14-11, …": a reporting verb right before the date.
        if closed, let verb = s.words.last(where: { $0.tokens.upperBound <= r.lowerBound }),
           verb.cue.classes.contains(.reporting), r.lowerBound - verb.tokens.upperBound <= 2,
           t[verb.tokens.upperBound..<r.lowerBound].allSatisfy({ $0.isWord }) {
            return true
        }
        guard closed else { return false }
        // "Ngày 26/10, theo hãng tin Reuters, …": a dateline, then its source.
        if r.lowerBound <= 1, t[0..<r.lowerBound].allSatisfy({ $0.isWord }),
           let opener = s.words.first(where: { $0.tokens.lowerBound == r.upperBound + 1 }), opener.cue.classes.contains(.sourceOpener) {
            let stop = t.indices.first { $0 >= opener.tokens.upperBound && [",", ";"].contains(t[$0].text) } ?? t.count
            return s.names.contains { named(after: opener.tokens.upperBound, $0.tokens) && $0.tokens.upperBound <= stop }
        }
        // "Theo Reuters ngày 26/10, …": the source first, then the date of its report.
        if let opener = s.words.first(where: { $0.tokens.lowerBound == 0 }), opener.cue.classes.contains(.sourceOpener),
           opener.tokens.upperBound <= r.lowerBound,
           !t[opener.tokens.upperBound..<r.lowerBound].contains(where: { [",", ";"].contains($0.text) }) {
            return s.names.contains { named(after: opener.tokens.upperBound, $0.tokens) && $0.tokens.upperBound <= r.lowerBound }
        }
        return false
    }

    /// The `sau khi …` / `trước khi …` clauses: from the cue to the next comma, a comma followed by a
    /// date in apposition (`hôm qua, Chủ nhật 4/9`) included.
    static func timeClauses(_ s: Sentence, dates: [DateMention]) -> [Range<Int>] {
        let t = s.tokens
        var out: [Range<Int>] = []
        for w in s.words where w.cue.classes.contains(.timeClause) {
            var end = w.tokens.upperBound
            while end < t.count {
                if [",", ";", ":", ".", "!", "?"].contains(t[end].text) {
                    if t[end].isMark(","), let d = dates.first(where: { $0.tokens.lowerBound == end + 1 }) {
                        end = d.tokens.upperBound
                        continue
                    }
                    break
                }
                end += 1
            }
            out.append(w.tokens.lowerBound..<end)
        }
        return out
    }

    /// A source named right after its opener (`theo hãng tin Reuters`), not a name further on
    /// (`theo lời mời của Thủ tướng …` is no source).
    private static func named(after opener: Int, _ name: Range<Int>) -> Bool {
        name.lowerBound >= opener && name.lowerBound - opener <= 2
    }

    private static func isTrigger(_ c: WordCue) -> Bool {
        c.classes.contains(.eventTrigger) && !c.classes.contains(.notTrigger)
    }

    /// What follows a reporting verb opens what it reports: a comma or colon, a name, or a word
    /// for a person or leader (`cho biết ông …`), rather than a preposition (`phát biểu tại …`).
    private static func opensContent(_ s: Sentence, at i: Int) -> Bool {
        guard i < s.tokens.count else { return false }
        let tok = s.tokens[i]
        if [",", ":"].contains(tok.text) || tok.isCapitalized { return true }
        guard let w = s.word(at: i) else { return false }
        return !w.classes.isDisjoint(with: [.honorific, .personPronoun, .leader, .statePronoun, .organizationPronoun])
    }
}
