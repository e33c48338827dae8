import DiplographModel

/// Dates said with rule words (`rules.json`): `cùng ngày` (the day last told), `một ngày trước đó`,
/// `hôm sau`, `mới đây` (the month of publication, as the gold conventions read it) and vague times
/// (`cuối tuần này`, `tuần tới`) that name no day.
extension DateReader {
    /// The date said by the rule word starting at token `i`, with the token after it.
    /// `pastAnchor`: the last day told that has passed; where `anchor` is still to come, the day
    /// said from it is the other reading (`alternative`).
    func cue(_ s: Sentence, at i: Int, anchor: CivilDay?, pastAnchor: CivilDay?) -> (DateMention, Int)? {
        guard let w = s.words.first(where: { $0.tokens.lowerBound == i }) else { return nil }
        let c = w.cue.classes
        let end = w.tokens.upperBound
        func relative(_ days: Int) -> (DateMention, Int)? {
            guard let anchor, let d = anchor.adding(days: days).partial else { return nil }
            var m = DateMention(tokens: w.tokens, date: d, isSince: false, isRelative: true)
            m.isAnaphoric = true
            if let pastAnchor, pastAnchor != anchor, let today = published.flatMap({ CivilDay($0) }), today < anchor {
                m.alternative = pastAnchor.adding(days: days).partial
            }
            return (m, end)
        }
        if c.contains(.sameDay) { return relative(0) }
        if c.contains(.dayBefore) { return relative(-1) }
        if c.contains(.dayAfter) { return relative(1) }
        guard let pub = published else { return nil }
        if c.contains(.recent), let month = PartialDate(year: pub.year, month: pub.month) {
            return (DateMention(tokens: w.tokens, date: month, isSince: false, isRelative: true), end)
        }
        if c.contains(.vagueTime), let today = CivilDay(pub) {
            let phrase = s.tokens[w.tokens].map(\.lower).joined(separator: " ")
            // The days a past week names: one month, or vague.
            let lastMonday = today.adding(days: -(today.weekday - 1) - 7)
            let span: (first: CivilDay, last: CivilDay)? =
                words.pastWeek.contains(phrase) ? (lastMonday, lastMonday.adding(days: 6))
                : words.pastWeekend.contains(phrase) ? (lastMonday.adding(days: 5), lastMonday.adding(days: 6))
                : words.rollingWeek.contains(phrase) ? (today.adding(days: -7), today) : nil
            if let span, span.first.month == span.last.month, span.first.year == span.last.year,
               let month = PartialDate(year: span.first.year, month: span.first.month) {
                return (DateMention(tokens: w.tokens, date: month, isSince: false, isRelative: true), end)
            }
        }
        if c.contains(.vagueTime), words.thisWeek.contains(s.tokens[w.tokens].map(\.lower).joined(separator: " ")),
           let today = CivilDay(pub) {
            // The days of this week so far (from its Monday to the day of publication): one month, or vague.
            let monday = today.adding(days: -(today.weekday - 1))
            if monday.month == today.month, monday.year == today.year, let month = PartialDate(year: pub.year, month: today.month) {
                var m = DateMention(tokens: w.tokens, date: month, isSince: false, isRelative: true)
                m.isPastOnly = true
                return (m, end)
            }
        }
        if c.contains(.vagueTime) {
            return (DateMention(tokens: w.tokens, date: pub, isSince: false, isRelative: true, isVague: true), end)
        }
        return nil
    }
}
