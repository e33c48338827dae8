import DiplographModel

/// A time clause opened by a count (`một tuần sau khi …`, `hai ngày trước khi …`): the event it
/// tells and the main event lie that many days or weeks apart, so the date of one dates the other.
/// Counted in weeks, the day found is rough: it is told at its month.
struct ClauseCount {
    let dayUnits: WordSet
    let weekUnits: WordSet
    let afterWords: WordSet
    let beforeWords: WordSet

    init(rules: RulesFile) {
        dayUnits = WordSet(rules.dayCountUnits.map { $0.lowercased() })
        weekUnits = WordSet(rules.weekCountUnits.map { $0.lowercased() })
        afterWords = WordSet(rules.clauseAfterWords.map { $0.lowercased() })
        beforeWords = WordSet(rules.clauseBeforeWords.map { $0.lowercased() })
    }

    /// A counted time clause: its tokens, the days from its event to the main one (positive where
    /// the main event comes after: `sau khi`), and whether it was counted in weeks.
    struct Counted { let clause: Range<Int>; let days: Int; let inWeeks: Bool }

    func counted(in s: Sentence, dates: [DateMention]) -> [Counted] {
        DateRoles.timeClauses(s, dates: dates).compactMap { r in
            // The after/before word within the cue ("sau khi", "một ngày sau khi"), the count before it.
            guard let k = (r.lowerBound..<min(r.upperBound, r.lowerBound + 4)).first(where: { afterWords.contains(s.lower($0)) || beforeWords.contains(s.lower($0)) }),
                  k >= 2, s.tokens[k - 2].isWord else { return nil }
            let w = s.tokens[k - 2].lower
            guard let n = (s.tokens[k - 2].startsWithDigit ? Int(w) : nil) ?? ClockReader.numberWords[w], (1...31).contains(n) else { return nil }
            let unit = s.lower(k - 1)
            let weeks = weekUnits.contains(unit)
            guard weeks || dayUnits.contains(unit) else { return nil }
            let sign = afterWords.contains(s.lower(k)) ? 1 : -1
            return Counted(clause: min(r.lowerBound, k - 2)..<r.upperBound, days: sign * n * (weeks ? 7 : 1), inWeeks: weeks)
        }
    }

    /// The date of the event told at `t`, undated by its own words, from a counted clause of its
    /// sentence: inside one, the day of the main event (the last day told before the clause, else
    /// the first after it) less the count; outside, the day the nearest counted clause tells plus
    /// the count. Only a day the sentence tells counts: the scene of the sentences before may be the
    /// clause's own day (`Ngày 3/6, A gặp B. Hai ngày sau khi A gặp B, …`), so it dates nothing.
    func date(for t: Range<Int>, in s: Sentence, dates: [DateMention]) -> PartialDate? {
        let counted = counted(in: s, dates: dates)
        guard !counted.isEmpty else { return nil }
        let plain = { (d: DateMention) in !d.isSince && !d.isPress && !d.isRestated && !d.isVague && !d.isReport && d.date.precision == .day }
        let shift = { (day: CivilDay, c: Counted) -> PartialDate? in
            let found = day.adding(days: c.days)
            return c.inWeeks ? PartialDate(year: found.year, month: found.month) : found.partial
        }
        if let own = counted.first(where: { $0.clause.contains(t.lowerBound) }) {
            let outside = dates.filter { d in plain(d) && !counted.contains { $0.clause.contains(d.tokens.lowerBound) } }
            let before = outside.last { $0.tokens.upperBound <= own.clause.lowerBound }
            let after = outside.first { $0.tokens.lowerBound >= own.clause.upperBound }
            guard let day = CivilDay((before ?? after)?.date) else { return nil }
            return shift(day, Counted(clause: own.clause, days: -own.days, inWeeks: own.inWeeks))
        }
        let distance = { (c: Counted) in
            c.clause.lowerBound >= t.upperBound ? c.clause.lowerBound - t.upperBound : max(0, t.lowerBound - c.clause.upperBound)
        }
        for c in counted.sorted(by: { (distance($0), $0.clause.lowerBound) < (distance($1), $1.clause.lowerBound) }) {
            if let inner = dates.first(where: { plain($0) && c.clause.contains($0.tokens.lowerBound) }), let day = CivilDay(inner.date) {
                return shift(day, c)
            }
        }
        return nil
    }
}
