import DiplographModel

/// The words around dates that `rules.json` gives: since cues (`kể từ`), span links (`đến`) and
/// part words that may stand between them and the date (`ngày`, `cuối`).
struct DateWords: Sendable {
    var since: [[String]] = []
    var spanLinks: WordSet = []
    var parts: WordSet = []
    /// `tuần trước`, `tuần qua`: the week before this one (or the days since its Monday), told
    /// at the month it lies in, where it lies in one.
    var pastWeek: WordSet = []
    var pastWeekend: WordSet = []
    var rollingWeek: WordSet = []
    /// The words after a count of days (`ngày trước đó`: before, -1; `ngày sau đó`: after, +1).
    var dayCounts: [([String], Int)] = []
    /// `đầu tuần này`: the days of this week so far, told at their month where they lie in one.
    var thisWeek: WordSet = []
    /// The words after a count of days closing its clause (`Hai ngày trước,`): before publication.
    var daysAgo: [[String]] = []
    /// `giờ địa phương`: a day told with it in brackets is the story's own day.
    var localTime: [[String]] = []
    /// `tức`: the date after it restates the one before.
    var restatement: WordSet = []
    /// `Ảnh`, `Nguồn` before a colon: a photo credit.
    var captionCredits: WordSet = []
    /// `năm ngoái` (-1), `năm nay` (0), `năm tới` (+1): a year told from publication's.
    var yearShifts: [String: Int] = [:]
    /// The words after a count of days closing its clause (`Hai ngày sau,`): after the day last told.
    var daysLater: [[String]] = []

    init() {}

    init(rules: RulesFile) {
        let lower = { (w: String) in w.lowercased().split(separator: " ").map(String.init) }
        since = rules.sinceCues.map(lower).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        spanLinks = WordSet(rules.dateSpanLinks.map { $0.lowercased() })
        parts = WordSet(rules.datePartWords.map { $0.lowercased() })
        pastWeek = WordSet(rules.pastWeekCues.map { $0.lowercased() })
        pastWeekend = WordSet(rules.pastWeekendCues.map { $0.lowercased() })
        rollingWeek = WordSet(rules.rollingWeekCues.map { $0.lowercased() })
        dayCounts = rules.daysBeforeCues.map { (lower($0), -1) } + rules.daysAfterCues.map { (lower($0), 1) }
        dayCounts.removeAll { $0.0.isEmpty }
        thisWeek = WordSet(rules.thisWeekCues.map { $0.lowercased() })
        daysAgo = rules.daysAgoCues.map(lower).filter { !$0.isEmpty }
        localTime = rules.localTimeCues.map(lower).filter { !$0.isEmpty }
        restatement = WordSet(rules.restatementCues.map { $0.lowercased() })
        captionCredits = WordSet(rules.captionCreditWords.map { $0.lowercased() })
        daysLater = rules.daysLaterCues.map(lower).filter { !$0.isEmpty }
        for (cues, shift) in [(rules.lastYearCues, -1), (rules.thisYearCues, 0), (rules.nextYearCues, 1)] {
            for cue in cues { yearShifts[cue.lowercased()] = shift }
        }
    }
}

/// A date found in a sentence, resolved against the publication date.
struct DateMention: Sendable {
    let tokens: Range<Int>
    let date: PartialDate
    /// `kể từ …`: a starting point, not the date of the event.
    let isSince: Bool
    /// The date was said relative to the publication (`hôm nay`, `thứ Hai tới`).
    let isRelative: Bool
    /// A bare weekday's other reading (`thứ Sáu`: the coming one where `date` is the past one, or
    /// the reverse); the status of the event it dates chooses between them.
    var alternative: PartialDate? = nil
    /// A time that names no day (`cuối tuần này`, `tuần tới`, a span of days across two months):
    /// the event it belongs to has no date. `date` is then only the publication date.
    var isVague = false
    /// The date of a report (`X ngày 28/11 thông báo, …`, `Ngày 26/10, theo Reuters, …`), not of
    /// what is reported.
    var isReport = false
    /// The report is the press's (`Times of India ngày 19/8 đưa tin, …`, `Ngày 26/10, theo Reuters,
    /// …`): it dates only the report. A party's own announcement of an event held (`Bộ Ngoại giao
    /// Nga ngày 12/2 thông báo, A và B đã điện đàm`) dates the event too.
    var isPress = false
    /// The sentence's `sau khi …` / `trước khi …` clauses: a date inside one dates that clause's
    /// event, a date outside dates the others.
    var timeClauses: [Range<Int>] = []
    /// Said relative to the day last told (`cùng ngày`, `một ngày sau`), not to the publication.
    var isAnaphoric = false
    /// Restated right after in another time (`tối 15/11 theo giờ Washington, tức sáng 16/11 …`):
    /// a call, told in two clocks, is dated by the restatement in the outlet's; a meeting by this,
    /// the day where it takes place.
    var isRestated = false
    /// The restatement itself (`tức sáng 16/11 theo giờ Việt Nam`).
    var restates = false
    /// Told of days that have passed only (`đầu tuần này`): a plan it stands by is undated.
    var isPastOnly = false
    /// A span of days within one month (`15-16/6`, `từ ngày 4 đến 6/4`): its first day, the date of
    /// a meeting the span is told of (`date` is then the month, for what happens during it).
    var firstDay: PartialDate? = nil
}

/// Reads dates in the forms Vietnamese news uses: `30/12`, `30/12/2021`, `ngày 10.1`, `hôm 2-12`,
/// `ngày 12 và 13.1`, `ngày 5 tháng 3 năm 2020`, `tháng 6/2021`, `tháng 12 năm ngoái`, `đầu tháng 12`,
/// `năm 2019`, `hôm nay`, `hôm qua`, `thứ Hai tới`, `hôm thứ Sáu`, `tháng tới`, spans (`30/11 - 1/12`,
/// `10-11/7`), and the rule words of `DateCues` (`cùng ngày`, `mới đây`, `cuối tuần này`).
///
/// One reader reads the sentences of one article in order: `cùng ngày` and `một ngày trước đó` refer
/// to the day last told, in this sentence or an earlier one.
final class DateReader {
    let published: PartialDate?
    let words: DateWords
    /// The last day told in what was read so far.
    private(set) var lastDay: CivilDay?
    /// The last day told that was not after the publication date.
    private(set) var lastPastDay: CivilDay?
    /// The scene of the sentences before the one last read: the last day (or month, of a span)
    /// told in one of the few sentences before it, as the date of what they went on to tell
    /// (`Chiều nay, X tới Hà Nội. … Y đón X …`). Set by `dates(in:)` before it reads the sentence.
    private(set) var sceneBefore: PartialDate?
    private var scene: (date: PartialDate, sentence: Int)?
    /// How many sentences a scene's date carries over to.
    static let sceneReach = 5

    /// The day the story is told on, where the article says it (`Sáng nay (1/8)`, `Chiều 26/9 (giờ
    /// địa phương)`): `hôm qua`, `hôm nay`, `ngày mai` count from it rather than from publication.
    private(set) var storyDay: CivilDay?
    /// The article's text, for the line a sentence ends (a photo credit after it makes it a caption).
    let text: NormalizedText?

    init(published: PartialDate?, words: DateWords = DateWords(), text: NormalizedText? = nil) {
        self.published = published; self.words = words; self.text = text
    }

    private static let weekdays: [String: Int] = ["hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6]

    func dates(in s: Sentence) -> [DateMention] {
        var out: [DateMention] = []
        let t = s.tokens
        var anchor = lastDay
        var pastAnchor = lastPastDay
        // Only a number, a word of time or a date cue can start a date: the rest is skipped cheaply.
        let cueStarts = Set(s.words.filter { !$0.cue.classes.isDisjoint(with: DateReader.cueClasses) }.map(\.tokens.lowerBound))
        var i = 0
        while i < t.count {
            // (The token's fields read in place: no copy of it.)
            let digit = t[i].startsWithDigit, isWord = t[i].isWord
            let lead = isWord && !digit && DateReader.mayLead(t[i].lower) ? DateReader.leadWords[t[i].lower] ?? 0 : 0
            let starts = digit || lead & 1 != 0
            // Only a count of 1 to 31 starts what `countedDays` and `daysAgo` read.
            let mayCount = isWord && (digit ? Int(t[i].lower).map { (1...31).contains($0) } ?? false : lead & 2 != 0)
            if let (found, next) = (mayCount ? countedDays(s, at: i, anchor: anchor) ?? daysAgo(s, at: i, from: pastAnchor) : nil) ?? (starts ? read(s, at: i) : nil)
                ?? (cueStarts.contains(i) ? cue(s, at: i, anchor: anchor, pastAnchor: pastAnchor) : nil) {
                var (m, end) = span(s, found, next)
                if m.date.precision == .day, let close = localTimeClose(s, after: end), let day = CivilDay(m.date) {
                    storyDay = day
                    end = close + 1
                }
                // "Từ đầu năm nay, …" told within that year (or month) still dates what it tells.
                let within = published.map { pub in m.date.year == pub.year && (m.date.precision == .year || m.date.precision == .month && m.date.month == pub.month) } ?? false
                // "từ ngày 24 đến 27/3", "từ 10-11/7": a span opened by `từ` is no starting point.
                let isSpan = s.tokens[m.tokens].contains { ["-", "–"].contains($0.text) || words.spanLinks.contains($0.lower) }
                let since = !within && !isSpan && isSince(s, m.tokens)
                var kept = m
                if since { kept = DateMention(tokens: m.tokens, date: m.date, isSince: true, isRelative: m.isRelative, alternative: m.alternative, isVague: m.isVague) }
                out.append(kept)
                if !kept.isSince && !kept.isVague, let day = CivilDay(kept.date) {
                    anchor = day
                    if let today = published.flatMap({ CivilDay($0) }), day <= today { pastAnchor = day }
                }
                i = end
            } else {
                i += 1
            }
        }
        markRestated(s, &out)
        let clauses = DateRoles.timeClauses(s, dates: out)
        for k in out.indices {
            out[k].isReport = DateRoles.isReport(s, out[k].tokens)
            out[k].isPress = out[k].isReport && DateRoles.isPress(s, out[k].tokens)
            out[k].timeClauses = clauses
        }
        sceneBefore = scene.flatMap { s.index - $0.sentence <= DateReader.sceneReach ? $0.date : nil }
        // A line stamping the page's time ("Thứ Tư, 17/11/2021 - 10:05") tells no day of the story.
        if isStamp(s, out) { return out }
        // A photo caption's day ("Người di cư tại biên giới ngày 16/11. (Ảnh: AFP)") is no day the
        // story goes on from: `cùng ngày` after it is still the day the body told last. (It may
        // still be the scene of what the next sentences tell: a caption shows what comes.)
        if !isCaption(s) {
            lastDay = anchor
            lastPastDay = pastAnchor
        }
        // (A month alone, "cuối tháng 11 năm ngoái", is when something else happened, not a scene.)
        if let set = out.last(where: { d in
            !d.isSince && !d.isVague && !d.isReport
                && (d.date.precision == .day || (d.date.precision == .month && s.tokens[d.tokens].contains { ["-", "–"].contains($0.text) || words.spanLinks.contains($0.lower) }))
                && !clauses.contains { $0.contains(d.tokens.lowerBound) }
        }) {
            scene = (set.date, s.index)
        }
        return out
    }

    /// `30/11 - 1/12`: two days joined by a dash are one span, told at the month they share (a
    /// span across months gives no date).
    private func span(_ s: Sentence, _ m: DateMention, _ next: Int) -> (DateMention, Int) {
        guard m.date.precision == .day, !m.isVague, next < s.tokens.count, ["-", "–"].contains(s.tokens[next].text),
              let (second, end) = read(s, at: next + 1), second.date.precision == .day,
              // "Hà Nội, ngày 26/10 – Chiều nay, …": a dateline's dash, then the story's own day
              // in words, is no span: a span's end is told in numbers.
              s.tokens[next + 1].startsWithDigit || (words.parts.contains(s.lower(next + 1)) && s.tokens.indices.contains(next + 2) && s.tokens[next + 2].startsWithDigit)
        else { return (m, next) }
        let tokens = m.tokens.lowerBound..<second.tokens.upperBound
        if second.date.year == m.date.year, second.date.month == m.date.month,
           let month = PartialDate(year: m.date.year, month: m.date.month) {
            var spanned = DateMention(tokens: tokens, date: month, isSince: false, isRelative: m.isRelative)
            spanned.firstDay = m.date
            return (spanned, end)
        }
        return (DateMention(tokens: tokens, date: m.date, isSince: false, isRelative: m.isRelative, isVague: true), end)
    }

    /// `Hai ngày trước đó`, `3 ngày sau đó`: a count of days (a number or a number word) before
    /// or after the day last told, by the day-count words of `rules.json`.
    private func countedDays(_ s: Sentence, at i: Int, anchor: CivilDay?) -> (DateMention, Int)? {
        guard let anchor, !words.dayCounts.isEmpty, s.tokens[i].isWord else { return nil }
        let w = s.tokens[i].lower
        guard let n = (s.tokens[i].startsWithDigit ? Int(w) : nil) ?? ClockReader.numberWords[w], (1...31).contains(n) else { return nil }
        for (phrase, sign) in words.dayCounts where phrase.indices.allSatisfy({ s.lower(i + 1 + $0) == phrase[$0] }) {
            guard let d = anchor.adding(days: sign * n).partial else { return nil }
            var m = DateMention(tokens: i..<(i + 1 + phrase.count), date: d, isSince: false, isRelative: true)
            m.isAnaphoric = true
            return (m, i + 1 + phrase.count)
        }
        // "Hai ngày sau, …": only closing its clause ("hai ngày sau khi …" is a time clause).
        for phrase in words.daysLater where phrase.indices.allSatisfy({ s.lower(i + 1 + $0) == phrase[$0] }) {
            let end = i + 1 + phrase.count
            guard end >= s.tokens.count || !s.tokens[end].isWord, let d = anchor.adding(days: n).partial else { return nil }
            var m = DateMention(tokens: i..<end, date: d, isSince: false, isRelative: true)
            m.isAnaphoric = true
            return (m, end)
        }
        return nil
    }

    /// Where a span of days ends at the day number at `i` (`10-11/7`, `10 – 11/7`, `từ ngày 24 đến
    /// 27/3`) starts: a smaller day number, then a dash or a span link (`đến`), each perhaps with a
    /// part word (`ngày`) before it; nil where no such span ends here.
    private func spanStart(_ s: Sentence, before i: Int, day: Int) -> Int? {
        var k = i - 1
        if k >= 0, words.parts.contains(s.lower(k)) { k -= 1 }
        guard k >= 1, ["-", "–"].contains(s.tokens[k].text) || words.spanLinks.contains(s.lower(k)),
              let first = number(s, k - 1), first < day, s.tokens[k - 1].text.count <= 2 else { return nil }
        // "10-11/7" with no spaces is one span; "2-12 - 5/12" read from its end is none.
        if k - 2 >= 0, ["-", "–", "/", "."].contains(s.tokens[k - 2].text), adjacent(s, k - 2, k - 1) { return nil }
        var start = k - 1
        if start >= 1, words.parts.contains(s.lower(start - 1)) { start -= 1 }
        return start
    }

    /// Whether a date starting at token `i` is a starting point (`kể từ cuối tháng 8`, `từ ngày 26/7`)
    /// rather than the date of what the sentence tells: a since cue (`rules.json`), perhaps with part
    /// words (`ngày`, `cuối`) between it and the date. A bare `từ` with a span link after the date
    /// (`từ 30/11 đến 2/12`) opens a span instead.
    private func isSince(_ s: Sentence, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound - 1
        while k >= 0, words.parts.contains(s.lower(k)) { k -= 1 }
        for cue in words.since where cue.count <= k + 1 {
            let from = k + 1 - cue.count
            guard cue.indices.allSatisfy({ s.lower(from + $0) == cue[$0] }) else { continue }
            if cue.count == 1, words.spanLinks.contains(s.lower(r.upperBound)) { return false }
            return true
        }
        return false
    }

    /// The year told by a year cue at token `k` (`năm ngoái`: the year before publication's).
    private func shiftedYear(_ s: Sentence, at k: Int) -> Int? {
        guard let pub = published, let shift = words.yearShifts[s.lower(k) + " " + s.lower(k + 1)] else { return nil }
        return pub.year + shift
    }

    private func number(_ s: Sentence, _ i: Int) -> Int? {
        guard i >= 0, i < s.tokens.count, s.tokens[i].isWord, s.tokens[i].text.count <= 4 else { return nil }
        return Int(s.tokens[i].text)
    }

    private func adjacent(_ s: Sentence, _ a: Int, _ b: Int) -> Bool {
        b < s.tokens.count && s.tokens[a].range.upperBound == s.tokens[b].range.lowerBound
    }

    /// The words a date read by `read(_:at:)` can start with (besides a number).
    static let starterWords: [String] = ["ngày", "tháng", "năm", "hôm", "tối", "đêm", "chiều", "sáng", "trưa", "tuần", "thứ", "chủ"]
    static let starters = WordSet(starterWords)
    /// What a word may begin, found by one look-up per token: 1 where it is one of `starters`, 2
    /// where it is a number word of 1 to 31 (a count of days, as `countedDays` and `daysAgo` read).
    static let leadWords: WordTable<UInt8> = WordTable(leadPairs)
    /// False when `word` (lower case, composed, as a token's is) cannot be a key of `leadWords`:
    /// its first byte is none of theirs. (A word equal to a key starts with the key's first
    /// scalar, which nothing else is canonically equivalent to.)
    static func mayLead(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return true }
        return leadFirstBytes[Int(first)]
    }
    private static let leadFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for (key, _) in leadPairs { if let b = key.utf8.first { table[Int(b)] = true } }
        return table
    }()
    private static let leadPairs: [(String, UInt8)] = {
        var flags: [String: UInt8] = [:]
        for w in starterWords { flags[w, default: 0] |= 1 }
        for (w, n) in ClockReader.numberWordValues where (1...31).contains(n) { flags[w, default: 0] |= 2 }
        return flags.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }()

    /// The word classes `cue(_:at:anchor:pastAnchor:)` reads.
    static let cueClasses: WordClasses = [.sameDay, .dayBefore, .dayAfter, .recent, .vagueTime]

    private func read(_ s: Sentence, at i: Int) -> (DateMention, Int)? {
        let w = s.lower(i)
        // d/m, d/m/y, d.m, d-m
        if let d = number(s, i), s.tokens[i].text.count <= 2, i + 2 < s.tokens.count, ["/", ".", "-"].contains(s.tokens[i + 1].text),
           adjacent(s, i, i + 1), adjacent(s, i + 1, i + 2), let m = number(s, i + 2), s.tokens[i + 2].text.count <= 2 {
            if i + 3 < s.tokens.count, adjacent(s, i + 2, i + 3), s.tokens[i + 3].isWord || ["%", ","].contains(s.tokens[i + 3].text) && adjacent(s, i + 3, min(i + 4, s.tokens.count - 1)) && number(s, i + 4) != nil {
                if s.tokens[i + 3].text != s.tokens[i + 1].text { return nil }
            }
            // "10-11/7": the dash joins two days, so "10-11" is no day and month.
            if i + 4 < s.tokens.count, adjacent(s, i + 2, i + 3), ["/", ".", "-"].contains(s.tokens[i + 3].text),
               s.tokens[i + 3].text != s.tokens[i + 1].text, adjacent(s, i + 3, i + 4), number(s, i + 4) != nil {
                return nil
            }
            var year: Int? = nil
            var end = i + 3
            if i + 4 < s.tokens.count, s.tokens[i + 3].text == s.tokens[i + 1].text, adjacent(s, i + 2, i + 3), adjacent(s, i + 3, i + 4),
               let y = number(s, i + 4), s.tokens[i + 4].text.count == 4 {
                year = y
                end = i + 5
            } else if i + 3 < s.tokens.count, adjacent(s, i + 2, i + 3), s.tokens[i + 3].isWord {
                return nil
            } else if let shifted = shiftedYear(s, at: i + 3) {
                // "30/5 năm ngoái"
                year = shifted
                end = i + 5
            }
            // "ngày 12 và 13.1": the first day.
            var start = i
            var day = d
            if i >= 2, s.lower(i - 1).isSameWord("và"), let first = number(s, i - 2), first <= 31, first < d {
                day = first
                start = i - 2
            }
            guard let date = resolve(day: day, month: m, year: year) else { return nil }
            // "10-11/7", "10 – 11/7", "từ ngày 24 đến 27/3": a span of days in one month.
            if let first = spanStart(s, before: i, day: d), let month = PartialDate(year: date.year, month: date.month) {
                var spanned = DateMention(tokens: first..<end, date: month, isSince: false, isRelative: year == nil)
                if let firstNumber = number(s, first) ?? number(s, first + 1), let day = PartialDate(year: date.year, month: date.month, day: firstNumber) {
                    spanned.firstDay = day
                }
                return (spanned, end)
            }
            var mention = DateMention(tokens: start..<end, date: date, isSince: false, isRelative: year == nil)
            if year == nil { mention.alternative = otherSide(day: day, month: m, of: date) }
            return (mention, end)
        }
        // Every reading below opens with a word (`ngày`, `tháng`, `năm`, `hôm`, `thứ`, …), which no
        // string opening with a digit equals: a number that is no day and month above is no date.
        // (`w`, not the token: `span` reads at the index past the last token, where `w` is empty.)
        if let first = w.utf8.first, first >= 0x30 && first <= 0x39 { return nil }
        // ngày d tháng m [năm y]
        if w.isSameWord("ngày"), let d = number(s, i + 1), s.lower(i + 2).isSameWord("tháng"), let m = number(s, i + 3) {
            var year: Int? = nil
            var end = i + 4
            if s.lower(i + 4).isSameWord("năm"), let y = number(s, i + 5) { year = y; end = i + 6 } else if let y = shiftedYear(s, at: i + 4) { year = y; end = i + 6 }
            if let date = resolve(day: d, month: m, year: year) {
                var mention = DateMention(tokens: i..<end, date: date, isSince: false, isRelative: year == nil)
                if year == nil { mention.alternative = otherSide(day: d, month: m, of: date) }
                return (mention, end)
            }
        }
        // tháng m/y, tháng m năm y, tháng m năm ngoái, tháng m
        if w.isSameWord("tháng"), let m = number(s, i + 1), (1...12).contains(m) {
            if i + 3 < s.tokens.count, ["/", "-", "."].contains(s.tokens[i + 2].text), let y = number(s, i + 3), s.tokens[i + 3].text.count == 4 {
                return PartialDate(year: y, month: m).map { (DateMention(tokens: i..<(i + 4), date: $0, isSince: false, isRelative: false), i + 4) }
            }
            if s.lower(i + 2).isSameWord("năm") {
                if let y = number(s, i + 3), s.tokens[i + 3].text.count == 4 {
                    return PartialDate(year: y, month: m).map { (DateMention(tokens: i..<(i + 4), date: $0, isSince: false, isRelative: false), i + 4) }
                }
                if let y = shiftedYear(s, at: i + 2), let date = PartialDate(year: y, month: m) {
                    return (DateMention(tokens: i..<(i + 4), date: date, isSince: false, isRelative: true), i + 4)
                }
            }
            if let pub = published {
                let candidates = [pub.year - 1, pub.year, pub.year + 1].compactMap { PartialDate(year: $0, month: m) }
                let pm = pub.year * 12 + (pub.month ?? 6)
                if let best = candidates.min(by: { abs($0.year * 12 + $0.month! - pm) < abs($1.year * 12 + $1.month! - pm) }) {
                    var mention = DateMention(tokens: i..<(i + 2), date: best, isSince: false, isRelative: true)
                    // "vào tháng 11" in April: last November is nearer, the coming one the other reading.
                    let index = { (d: PartialDate) in d.year * 12 + (d.month ?? 1) }
                    let before = index(best) < pm
                    if abs(index(best) - pm) >= 3 { mention.alternative = candidates.filter { before ? index($0) > pm : index($0) < pm }
                        .min { abs(index($0) - pm) < abs(index($1) - pm) } }
                    return (mention, i + 2)
                }
            }
        }
        if w.isSameWord("năm"), let y = number(s, i + 1), s.tokens[i + 1].text.count == 4, (1900...2100).contains(y) {
            return PartialDate(year: y).map { (DateMention(tokens: i..<(i + 2), date: $0, isSince: false, isRelative: false), i + 2) }
        }
        guard let pub = published, let today = CivilDay(pub) else { return nil }
        let next = s.lower(i + 1)
        func day(_ offset: Int, _ len: Int) -> (DateMention, Int)? {
            today.adding(days: offset).partial.map { (DateMention(tokens: i..<(i + len), date: $0, isSince: false, isRelative: true), i + len) }
        }
        func month(_ offset: Int, _ len: Int) -> (DateMention, Int)? {
            let total = pub.year * 12 + (pub.month! - 1) + offset
            return PartialDate(year: total / 12, month: total % 12 + 1).map { (DateMention(tokens: i..<(i + len), date: $0, isSince: false, isRelative: true), i + len) }
        }
        switch (w, next) {
        case ("hôm", "nay"), ("tối", "nay"), ("đêm", "nay"), ("chiều", "nay"), ("sáng", "nay"), ("trưa", "nay"): return storyRelative(s, at: i, 0, today)
        case ("hôm", "qua"), ("tối", "qua"), ("đêm", "qua"), ("chiều", "qua"), ("sáng", "qua"), ("trưa", "qua"): return storyRelative(s, at: i, -1, today)
        case ("ngày", "mai"), ("sáng", "mai"), ("chiều", "mai"), ("tối", "mai"): return storyRelative(s, at: i, 1, today)
        case ("hôm", "kia"): return storyRelative(s, at: i, -2, today)
        case ("tháng", "trước"): return month(-1, 2)
        case ("tháng", "tới"), ("tháng", "sau"): return month(1, 2)
        case ("tháng", "này"): return month(0, 2)
        case ("năm", "ngoái"), ("năm", "trước"):
            return PartialDate(year: pub.year - 1).map { (DateMention(tokens: i..<(i + 2), date: $0, isSince: false, isRelative: true), i + 2) }
        case ("năm", "nay"):
            return PartialDate(year: pub.year).map { (DateMention(tokens: i..<(i + 2), date: $0, isSince: false, isRelative: true), i + 2) }
        case ("năm", "tới"), ("năm", "sau"):
            return PartialDate(year: pub.year + 1).map { (DateMention(tokens: i..<(i + 2), date: $0, isSince: false, isRelative: true), i + 2) }
        default: break
        }
        // Weekdays: thứ Hai … thứ Bảy, Chủ nhật.
        var target: Int? = nil
        var len = 0
        if w.isSameWord("thứ"), let d = DateReader.weekdays[next], i + 1 < s.tokens.count, s.tokens[i + 1].isCapitalized { target = d; len = 2 }
        if w.isSameWord("chủ"), next.isSameWord("nhật"), s.tokens[i].isCapitalized || s.lower(i - 1).isSameWord("hôm") || s.lower(i - 1).isSameWord("vào") { target = 7; len = 2 }
        if let target {
            let after = s.lower(i + len)
            let before = s.lower(i - 1)
            var delta: Int
            if ["tới", "sau", "này"].contains(after) {
                delta = (target - today.weekday + 7) % 7
                if delta == 0 { delta = 7 }
                len += 1
            } else if after.isSameWord("tuần") && ["tới", "sau"].contains(s.lower(i + len + 1)) {
                // "thứ Ba tuần tới": that weekday in the week after this one.
                delta = 7 - (today.weekday - 1) + (target - 1)
                len += 2
            } else if after.isSameWord("tuần") && ["trước", "qua"].contains(s.lower(i + len + 1)) {
                // "thứ Sáu tuần trước": that weekday in the week (Monday to Sunday) before this one.
                delta = target - today.weekday - 7
                len += 2
            } else if ["vừa", "trước", "qua", "rồi"].contains(after) || before.isSameWord("hôm") || before.isSameWord("hồi") {
                delta = -((today.weekday - target + 7) % 7)
                if ["vừa", "trước", "qua", "rồi"].contains(after) { len += 1 }
            } else {
                // Bare weekday: the nearest one, past or coming; the other is the alternative.
                let back = (today.weekday - target + 7) % 7
                let fwd = (target - today.weekday + 7) % 7
                delta = back <= fwd ? -back : fwd
                let other = back <= fwd ? fwd : -back
                if back != 0, let found = day(delta, len) {
                    var m = found.0
                    m.alternative = today.adding(days: other).partial
                    return (m, found.1)
                }
            }
            return day(delta, len)
        }
        return nil
    }

    /// `hôm nay`, `hôm qua`, `ngày mai` (two words at `i`), `offset` days from the story's own day
    /// (else from `today`, the publication date). A day in brackets right after (`Sáng nay (1/8)`)
    /// says which day that is, and makes the story's day the one the words count from.
    private func storyRelative(_ s: Sentence, at i: Int, _ offset: Int, _ today: CivilDay) -> (DateMention, Int)? {
        let open = i + 2
        if s.tokens.indices.contains(open), s.tokens[open].isMark("("), let (told, end) = read(s, at: open + 1),
           told.date.precision == .day, s.tokens.indices.contains(end), s.tokens[end].isMark(")"), let day = CivilDay(told.date) {
            storyDay = day.adding(days: -offset)
            return (DateMention(tokens: i..<(end + 1), date: told.date, isSince: false, isRelative: true), end + 1)
        }
        return (storyDay ?? today).adding(days: offset).partial.map { (DateMention(tokens: i..<open, date: $0, isSince: false, isRelative: true), open) }
    }

    /// `Chiều 26/9 (giờ địa phương)`: a day told in the local time of the place the story is told
    /// from is the story's own day. Returns where the bracket closes, or nil.
    private func localTimeClose(_ s: Sentence, after end: Int) -> Int? {
        guard s.tokens.indices.contains(end), s.tokens[end].isMark("(") else { return nil }
        for phrase in words.localTime where phrase.indices.allSatisfy({ s.lower(end + 1 + $0) == phrase[$0] }) {
            let close = end + 1 + phrase.count
            if s.tokens.indices.contains(close), s.tokens[close].isMark(")") { return close }
        }
        return nil
    }

    /// `Hai ngày trước, …`, `… ba ngày trước.`: a count of days and a days-ago word (`rules.json`)
    /// closing its clause are that many days before the story's present: the last day told that
    /// has passed (`Tổng thống Mỹ hôm qua thông báo … Chỉ hai ngày trước, …`), else the publication
    /// date (`hai ngày trước cuộc bầu cử` counts from something else, and `hai ngày trước đó` from
    /// the day last told, passed or not).
    private func daysAgo(_ s: Sentence, at i: Int, from past: CivilDay?) -> (DateMention, Int)? {
        guard !words.daysAgo.isEmpty, s.tokens[i].isWord, let today = past ?? published.flatMap({ CivilDay($0) }) else { return nil }
        let w = s.tokens[i].lower
        guard let n = (s.tokens[i].startsWithDigit ? Int(w) : nil) ?? ClockReader.numberWords[w], (1...31).contains(n) else { return nil }
        for phrase in words.daysAgo where phrase.indices.allSatisfy({ s.lower(i + 1 + $0) == phrase[$0] }) {
            let end = i + 1 + phrase.count
            guard end >= s.tokens.count || !s.tokens[end].isWord, let d = today.adding(days: -n).partial else { return nil }
            return (DateMention(tokens: i..<end, date: d, isSince: false, isRelative: true), end)
        }
        return nil
    }

    /// `tối 15/11 theo giờ Washington, tức sáng 16/11 theo giờ Việt Nam`: a date with a
    /// restatement cue (`tức`) just before it restates the date shortly before it in the clause.
    private func markRestated(_ s: Sentence, _ out: inout [DateMention]) {
        guard out.count >= 2, !words.restatement.isEmpty else { return }
        for k in 1..<out.count {
            let a = out[k - 1].tokens, b = out[k].tokens
            guard a.upperBound <= b.lowerBound, b.lowerBound - a.upperBound <= 8,
                  !s.tokens[a.upperBound..<b.lowerBound].contains(where: { [".", ";", ":", "!", "?"].contains($0.text) }) else { continue }
            let near = max(a.upperBound, b.lowerBound - 3)..<b.lowerBound
            if near.contains(where: { words.restatement.contains(s.lower($0)) || words.restatement.contains(s.lower($0) + " " + s.lower($0 + 1)) }) {
                out[k - 1].isRestated = true
                out[k].restates = true
            }
        }
    }

    /// A line that only stamps the page's date and time (`Thứ Tư, 17/11/2021 - 10:05`,
    /// `14/01/2026 08:10 GMT+7`): dates, clock numbers and weekday words, no other word.
    private func isStamp(_ s: Sentence, _ dates: [DateMention]) -> Bool {
        guard !dates.isEmpty, s.tokens.count <= 16 else { return false }
        return s.tokens.indices.allSatisfy { k in
            let tok = s.tokens[k]
            return !tok.isWord || tok.startsWithDigit || dates.contains { $0.tokens.contains(k) }
                || DateReader.stampWords.contains(tok.lower) || (tok.text.count <= 4 && tok.text.uppercased() == tok.text)
        }
    }
    /// Weekday words of a page's time stamp (`Thứ Tư`, `Chủ nhật`).
    private static let stampWords: WordSet = ["thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật"]

    /// A photo caption: a sentence holding a credit (`(Ảnh: Reuters)`), or one its line goes on
    /// from with a credit (`… ngày 16/11. (Ảnh: AFP)`, `… tại Trung Quốc. Ảnh: RIA Novosti …`).
    func isCaption(_ s: Sentence) -> Bool {
        guard !words.captionCredits.isEmpty else { return false }
        let t = s.tokens
        if t.indices.contains(where: { $0 + 1 < t.count && t[$0].isCapitalized && t[$0 + 1].isMark(":") && words.captionCredits.contains(t[$0].lower) }) {
            return true
        }
        guard let text else { return false }
        let scalars = text.scalars
        var i = s.range.upperBound
        while i < scalars.count, scalars[i] == " " || scalars[i] == "(" { i += 1 }
        // (The word's letters told by the class table, and its string made only before a colon.)
        let classes = ScalarClass.table
        func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
            let v = Int(c.value)
            return (v < classes.count ? classes[v] : ScalarClass.compute(c)) & ScalarClass.alphabetic != 0
        }
        let start = i
        while i < scalars.count, isAlphabetic(scalars[i]), i - start < 12 { i += 1 }
        let end = i
        while i < scalars.count, scalars[i] == " " { i += 1 }
        guard i < scalars.count && scalars[i] == ":" else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<end])
        return words.captionCredits.contains(String(word).lowercased())
    }

    /// The reading of a day and month on the other side of the publication date from `chosen`
    /// (`3/11` in April: last November is nearest, the coming one is the other reading).
    private func otherSide(day: Int, month: Int, of chosen: PartialDate) -> PartialDate? {
        guard let pub = published, let today = CivilDay(pub), let picked = CivilDay(chosen) else { return nil }
        let candidates = [pub.year - 1, pub.year, pub.year + 1].compactMap { y -> CivilDay? in
            PartialDate(year: y, month: month, day: day) != nil ? CivilDay(year: y, month: month, day: day) : nil
        }
        // Only where the nearest reading is itself months away: "hôm 2-12" told on 3 December is
        // yesterday, never next year.
        guard abs(picked.serial - today.serial) > 60 else { return nil }
        let before = picked.serial < today.serial
        return candidates.filter { before ? $0.serial > today.serial : $0.serial < today.serial }
            .min { abs($0.serial - today.serial) < abs($1.serial - today.serial) }?.partial
    }

    /// A day and month with the year that puts the date nearest to the publication date.
    private func resolve(day: Int, month: Int, year: Int?) -> PartialDate? {
        if let year { return PartialDate(year: year, month: month, day: day) }
        guard let pub = published, let today = CivilDay(pub) else { return nil }
        let candidates = [pub.year - 1, pub.year, pub.year + 1].compactMap { y -> CivilDay? in
            PartialDate(year: y, month: month, day: day) != nil ? CivilDay(year: y, month: month, day: day) : nil
        }
        return candidates.min { abs($0.serial - today.serial) < abs($1.serial - today.serial) }?.partial
    }
}
