import DiplographModel

/// Dates said with rule words (`rules.json`): `cùng ngày` (the day last told), `một ngày trước đó`,
/// `hôm sau`, `mới đây` (the month of publication, as the gold conventions read it) and vague times
/// (`cuối tuần này`, `tuần tới`) that name no day.
extension DateReader {
    /// The date said by the rule word starting at token `i`, with the token after it.
    func cue(_ s: Sentence, at i: Int, anchor: CivilDay?) -> (DateMention, Int)? {
        guard let w = s.words.first(where: { $0.tokens.lowerBound == i }) else { return nil }
        let c = w.cue.classes
        let end = w.tokens.upperBound
        func relative(_ days: Int) -> (DateMention, Int)? {
            guard let anchor, let d = anchor.adding(days: days).partial else { return nil }
            var m = DateMention(tokens: w.tokens, date: d, isSince: false, isRelative: true)
            m.isAnaphoric = true
            return (m, end)
        }
        if c.contains(.sameDay) { return relative(0) }
        if c.contains(.dayBefore) { return relative(-1) }
        if c.contains(.dayAfter) { return relative(1) }
        guard let pub = published else { return nil }
        if c.contains(.recent), let month = PartialDate(year: pub.year, month: pub.month) {
            return (DateMention(tokens: w.tokens, date: month, isSince: false, isRelative: true), end)
        }
        if c.contains(.vagueTime) {
            return (DateMention(tokens: w.tokens, date: pub, isSince: false, isRelative: true, isVague: true), end)
        }
        return nil
    }
}
