import DiplographModel

/// Photo captions that name a meeting without a verb: `Chủ tịch nước A và Thủ tướng Nhật Bản B tại
/// Tokyo, ngày 27/11.`, `Thủ tướng A và người đồng cấp Nhật Bản hồi tháng 1/2013 tại Hà Nội.` The gold
/// conventions count a meeting reported only in a caption.
extension EventRules {
    /// The meeting a verbless caption names: two parties or more of different sides, joined by
    /// `và` or commas, with a place (`tại …`) or a date, and nothing else but titles, counterpart
    /// words, the words of the date, the photo's position words (`(trái)`) and its credit (`Ảnh: …`).
    func captionMeeting(_ c: Clause, dates: [DateMention], evidence: Evidence, keyOf: (ActorHit) -> [String],
                        stateKeyOf: (String) -> String) -> EventMention? {
        let s = c.s
        guard c.frameEnd == 0, s.tokens.count >= 4, s.tokens.count <= 40 else { return nil }
        let parties = c.hits.filter { $0.flags.intersection(.notParty).isEmpty }
        guard parties.count >= 2 else { return nil }
        var covered = [Bool](repeating: false, count: s.tokens.count)
        let cover = { (r: Range<Int>) in for k in r where k < covered.count { covered[k] = true } }
        for h in c.hits { cover(h.tokens) }
        let usable = dates.filter { !$0.isSince && !$0.isVague && !$0.isReport }
        for d in usable {
            cover(d.tokens)
            // (`ngày 27/11`: the word heading the date.)
            if d.tokens.lowerBound > 0, lexicon.datePartWords.contains(s.lower(d.tokens.lowerBound - 1)) { covered[d.tokens.lowerBound - 1] = true }
        }
        var place = false
        for w in s.words where !w.cue.classes.isDisjoint(with: [.counterpart, .honorific, .occurred, .location]) {
            cover(w.tokens)
            if w.cue.classes.contains(.location) {
                place = true
                // The place's own capitalised words after `tại`, and its country after a comma
                // (`tại Đà Nẵng, Việt Nam`).
                var k = w.tokens.upperBound
                while k < s.tokens.count, s.tokens[k].isWord, s.tokens[k].isCapitalized {
                    covered[k] = true
                    k += 1
                    if k + 1 < s.tokens.count, s.tokens[k].isMark(","), s.tokens[k + 1].isWord, s.tokens[k + 1].isCapitalized { k += 1 }
                }
            }
        }
        // The photo's credit closes it (`Ảnh: Reuters`).
        if let credit = s.tokens.indices.first(where: { $0 + 1 < s.tokens.count && lexicon.captionCreditWords.contains(s.lower($0)) && s.tokens[$0 + 1].text == ":" }) {
            cover(credit..<s.tokens.count)
        }
        for k in s.tokens.indices where !covered[k] {
            let t = s.tokens[k]
            if !t.isWord || t.lower.isSameWord("và") || lexicon.photoPositionWords.contains(t.lower) { continue }
            return nil
        }
        guard place || !usable.isEmpty else { return nil }
        var keys: [String] = []
        for h in parties { for key in keyOf(h) where !key.isEmpty && !keys.contains(key) { keys.append(key) } }
        guard Set(keys.map(stateKeyOf)).count >= 2, keys.contains(where: lexicon.isPersonKey) else { return nil }
        let date = usable.first?.date
        var m = EventMention(sentence: s.index, type: .meeting, mode: .inPerson, participants: keys, initiator: nil,
                             status: date.flatMap { d in published.map { statusFromDate(d, $0) } } ?? .occurred,
                             date: date, isReference: false, evidence: evidence)
        m.trigger = parties[0].tokens.lowerBound
        m.rule = "event.caption"
        if tracing { m.cues = parties.map { s.text($0.tokens, in: text) } }
        m.location = location(c, parties[0].tokens)
        return m
    }
}
