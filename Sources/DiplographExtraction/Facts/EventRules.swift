import DiplographModel

/// Finds meetings and calls in a sentence: the trigger word, its participants (`X điện đàm với Y`,
/// `cuộc gặp giữa X và Y`, `X và người đồng cấp Y hội đàm`, `cuộc điện đàm Biden-Putin`,
/// `Trong cuộc điện đàm …, X …`), initiator, status, date, time, duration and place.
struct EventRules {
    let lexicon: Lexicon
    let text: NormalizedText
    let published: PartialDate?
    /// Record the words each rule read (for `explain --trace`); off for exports.
    var tracing = false

    func mentions(_ c: Clause, dates: [DateMention], scene: PartialDate? = nil, evidence: Evidence, keyOf: (ActorHit) -> [String],
                  stateKeyOf: (String) -> String, roleOf: (String) -> String? = { _ in nil }) -> [EventMention] {
        let s = c.s
        // (A word that needs two signers before it and has none is no event word at all.)
        // ("triệu tập cuộc họp khẩn cấp": a verb that is also an attendance verb, right before
        // another event word, convenes that event; it is no event of its own.)
        let triggers = s.words.filter { w in
            w.cue.classes.contains(.eventTrigger) && !w.cue.classes.contains(.notTrigger)
                && (!lexicon.isSigningWord(w.cue) || jointSigners(c, before: w.tokens, keyOf: keyOf, stateKeyOf: stateKeyOf))
                && !(lexicon.attendanceVerbs.contains(s.lowerText(w.tokens, in: text)) && s.words.contains { v in
                    v.cue.classes.contains(.eventTrigger) && (w.tokens.upperBound...(w.tokens.upperBound + 1)).contains(v.tokens.lowerBound) })
        }
        if triggers.isEmpty {
            return captionMeeting(c, dates: dates, evidence: evidence, keyOf: keyOf, stateKeyOf: stateKeyOf).map { [$0] } ?? []
        }
        var out: [EventMention] = []
        var previousSubject: [String]? = nil
        // (Read only for a sentence with an event word: no scan of the others.)
        let clocks = triggers.isEmpty ? [] : ClockReader().clocks(in: s)
        var clauseCount: ClauseCount? = nil
        for (n, trig) in triggers.enumerated() {
            let t = trig.tokens
            guard let ti = trig.cue.eventTrigger else { continue }
            let def = lexicon.rules.eventTriggers[ti]
            // "tiếp", "thăm" mean a meeting only with someone right after.
            // "được Thủ tướng Singapore Lý Hiển Long tiếp": the receiver stands right before the verb.
            let passive = c.hits.last { $0.tokens.upperBound == t.lowerBound }.map { lexicon.passiveMarker(before: $0.tokens.lowerBound, in: s) != nil } ?? false
            switch def.argument {
            case "object":
                // "3 triệu USD": a number before the word makes it a quantity.
                // ("ngày 9/7 tiếp X": a date before the word is no quantity.)
                if t.lowerBound > 0, s.tokens[t.lowerBound - 1].text.first?.isNumber == true,
                   !dates.contains(where: { $0.tokens.contains(t.lowerBound - 1) }) { continue }
                // "đón người đồng cấp Venezuela Nicolás Maduro": the counterpart words before the party.
                var o = t.upperBound
                if let cw = s.words.first(where: { $0.tokens.lowerBound == o && $0.cue.classes.contains(.counterpart) }) { o = cw.tokens.upperBound }
                if (c.hit(after: t.upperBound, gap: 3) ?? c.hit(after: o, gap: 3)) == nil && !passive { continue }
            case "with", "cho":
                // The preposition right after the word, or after manner words ("cuộc tiếp xúc ngắn với X").
                var p = t.upperBound
                while let w = s.words.first(where: { $0.tokens.lowerBound == p && $0.cue.classes.contains(.manner) }), p - t.upperBound < 3 { p = w.tokens.upperBound }
                // "với người đồng cấp Israel Gideon Sa'ar": the counterpart words before the party.
                var q = p + 1
                if let cw = s.words.first(where: { $0.tokens.lowerBound == q && $0.cue.classes.contains(.counterpart) }) { q = cw.tokens.upperBound }
                let object = s.lower(p) == def.argument.map({ $0 == "with" ? "với" : $0 }) && (c.hit(after: p + 1, gap: 3) ?? c.hit(after: q, gap: 3)) != nil
                // "A và B đã có cuộc tiếp xúc": the noun form with its parties joined before it.
                // The classifier is part of the word ("cuộc tiếp xúc") or stands right before it ("cuộc trao đổi").
                let noun = isNounForm(s, t)
                // ("…, cuộc trao đổi thứ năm giữa hai nhà lãnh đạo": an appositive after a comma is
                // no predicate of that subject.)
                let pairBefore = noun && (c.mainSubject(before: t.lowerBound).map { g in
                    let end = g.map { c.hits[$0].tokens.upperBound }.max() ?? t.lowerBound
                    return Set(g.flatMap { keyOf(c.hits[$0]) }.filter { !$0.isEmpty }.map(stateKeyOf)).count >= 2
                        && !(end..<t.lowerBound).contains { s.tokens[$0].isMark(",") } } ?? false)
                if !(object || pairBefore) { continue }
            default: break
            }
            if n > 0 && triggers[n - 1].tokens.upperBound >= t.lowerBound - 1 { continue } // "có cuộc điện đàm" told once
            // "kêu gọi hai bên giải quyết tranh chấp thông qua đối thoại": a process asked for.
            if lexicon.genericEventWords.contains(s.lowerText(t, in: text)) {
                if s.has(.demandTrigger, in: min(c.frameEnd, t.lowerBound)..<t.lowerBound) { continue }
                // "mong muốn duy trì đối thoại": the bare word as the object of another verb is the
                // process, unless its parties stand right before it ("hai bên đàm phán") or just
                // after it ("đối thoại với X", "đối thoại an ninh Nga - Mỹ").
                let partiesBefore = c.hits.contains { $0.tokens.upperBound <= t.lowerBound && t.lowerBound - $0.tokens.upperBound <= 2 }
                let partiesAfter = c.hit(after: t.upperBound, gap: 5) != nil
                let objectOfVerb = t.lowerBound > 0 && s.tokens[t.lowerBound - 1].isWord && !s.tokens[t.lowerBound - 1].isCapitalized
                if objectOfVerb && !partiesBefore && !partiesAfter { continue }
            }
            if negated(s, t) || hypothetical(s, t) { continue }
            let later = triggers[(n + 1)...].first { w in !s.words(before: w.tokens.lowerBound, window: 2).contains { $0.cue.classes.contains(.sideline) } }
            let nextTrigger = later?.tokens.lowerBound ?? s.tokens.count
            let found = participants(c, t, until: nextTrigger)
            var members = found.members
            // "Ai Cập chủ trì đàm phán gián tiếp Israel - Hamas", "Đại sứ X chủ trì cuộc gặp giữa A và
            // B": who hosts talks between others named after the word takes part in them.
            if !isGathering(s, t), let verb = hostVerb(s, before: t.lowerBound),
               members.allSatisfy({ c.hits[$0].tokens.lowerBound >= t.upperBound }),
               Set(members.flatMap { keyOf(c.hits[$0]) }.map(stateKeyOf)).count >= 2,
               let host = c.mainSubject(before: verb) {
                members = host.filter { !members.contains($0) } + members
            }
            // "ông Borrell cùng Đặc phái viên EU Lajčák đã lần lượt gặp …": a person of the subject's
            // own side going along after `cùng` accompanies it, and takes no part of its own.
            if let first = members.first, c.hits[first].tokens.upperBound <= t.lowerBound,
               let side = keyOf(c.hits[first]).first.map(stateKeyOf) {
                members.removeAll { k in
                    let h = c.hits[k], at = h.tokens.lowerBound
                    return k != first && h.tokens.upperBound <= t.lowerBound && lexicon.isPersonKey(h.key)
                        && (lexicon.jointAdverbs.contains(s.lower(at - 1)) || (s.lower(at - 1).isSameWord("với") && lexicon.jointAdverbs.contains(s.lower(at - 2))))
                        && keyOf(h).allSatisfy { stateKeyOf($0) == side }
                }
            }
            // "… để bàn về hội nghị G20": an event word after a topic preposition is what was talked
            // about; the clause's subject is not one of its parties.
            let asTopic = s.has(.topicPreposition, in: max(0, t.lowerBound - 2)..<t.lowerBound)
            if asTopic { members = members.filter { c.hits[$0].tokens.lowerBound >= t.upperBound } }
            // "ông Tập sẽ tới Bishkek dự Hội nghị thượng đỉnh SCO": an organisation's own meeting;
            // who attends or hosts it is no party of it.
            var attended = false
            if attends(s, before: t.lowerBound), let owner = ownerOrganization(c, t, until: nextTrigger, eligible: { $0.flags.intersection([.location, .source, .topic, .victim, .vague]).isEmpty }) {
                // "ông Modi chủ trì hội nghị cấp cao đầu tiên của FIPIC": the organisation's own meeting.
                members = [owner]
                attended = true
            } else if isGathering(s, t), attends(s, before: t.lowerBound) {
                // (Not talks hosted between others: "Ai Cập chủ trì đàm phán gián tiếp Israel - Hamas".)
                let organizations = members.filter { k in
                    let h = c.hits[k]
                    return h.tokens.lowerBound >= t.upperBound && h.tokens.lowerBound - t.upperBound <= 4
                        && keyOf(h).contains { lexicon.isOrganizationKey($0) }
                }
                if organizations.count == 1 && organizations.count < members.count {
                    members = organizations
                    attended = true
                } else if organizations.isEmpty && members.allSatisfy({ c.hits[$0].tokens.upperBound <= t.lowerBound }) {
                    // "AU tổ chức hội nghị thượng đỉnh": the organisation's own meeting.
                    let hosts = members.filter { keyOf(c.hits[$0]).contains { lexicon.isOrganizationKey($0) } }
                    if hosts.count == 1 {
                        members = hosts
                        attended = true
                    }
                }
            }
            // "Honduras đã triệu tập cuộc họp khẩn cấp của ngoại trưởng các nước thành viên": a
            // meeting a state or a person convenes is told only as an organisation's own ("CARICOM
            // sẽ triệu tập cuộc họp khẩn cấp"). (One with its parties named after it, "… với lãnh
            // đạo Anh, Đức …", is a meeting too; reading those parties gave more wrong ones than
            // right on the invented articles, so it is left out.)
            let convened = s.words.contains { w in
                w.cue.classes.contains(.eventTrigger) && lexicon.attendanceVerbs.contains(s.lowerText(w.tokens, in: text))
                    && (t.lowerBound - 2...t.lowerBound).contains(w.tokens.upperBound)
            }
            if convened && !attended { continue }
            var keys: [String] = []
            for k in members { for key in keyOf(c.hits[k]) where !keys.contains(key) { keys.append(key) } }
            keys = keys.filter { !$0.isEmpty }
            // "Ngoại trưởng Mỹ thăm Việt Nam": a visit to a state, no meeting with anyone named
            // ("Putin mời ông Tập thăm Moskva" names the host: a meeting).
            if trig.cue.classes.contains(.visit) {
                // "A mời B thăm …": A hosts the visit.
                if let visitor = members.first(where: { c.hits[$0].tokens.upperBound <= t.lowerBound }),
                   let invite = s.words.last(where: { w in w.cue.classes.contains(.invite) && (w.tokens.upperBound == c.hits[visitor].tokens.lowerBound
                       || (w.tokens.upperBound == c.hits[visitor].tokens.lowerBound - 1 && s.has(.honorific, in: w.tokens.upperBound..<(w.tokens.upperBound + 1)))) }),
                   let host = c.mainSubject(before: invite.tokens.lowerBound) {
                    for key in host.flatMap({ keyOf(c.hits[$0]) }) where !key.isEmpty && !keys.contains(key) { keys.append(key) }
                }
                // ("Nhắc đến chuyến thăm Ấn Độ, ông X …": in a fronted adjunct, what the adjunct names;
                // the subject after it is the visitor.)
                let adjunct = c.adjunctEnd.flatMap { $0 > t.upperBound ? $0 : nil } ?? s.tokens.count
                let objects = members.filter { c.hits[$0].tokens.lowerBound >= t.upperBound && c.hits[$0].tokens.upperBound <= adjunct }
                let visited = Set(objects.map { c.hits[$0].key })
                let others = Set(keys.filter { !visited.contains($0) }.map(stateKeyOf))
                if !objects.isEmpty && visited.allSatisfy({ lexicon.stateKeys.contains($0) }) && others.count < 2 { continue }
            }
            // "… vừa gặp Tổng thống Mỹ Joe Biden tại Trại David trong hội nghị thượng đỉnh ba bên": an
            // event noun in an adjunct after an event of the same sentence, naming no party of its
            // own, is the setting of that event.
            if found.rule == "event.subject", c.words.adjunctOpeners.contains(s.lower(t.lowerBound - 1)),
               let earlier = out.last(where: { $0.sentence == s.index && $0.trigger < t.lowerBound }),
               !keys.isEmpty, Set(keys).isSubset(of: Set(earlier.participants)) { continue }
            var mode = EventMode(rawValue: def.mode) ?? .unknown
            if s.has(.eventTrigger, in: t.upperBound..<min(s.tokens.count, t.upperBound + 3)),
               s.words.contains(where: { ($0.cue.eventTrigger.map { lexicon.rules.eventTriggers[$0].mode } == "video") && abs($0.tokens.lowerBound - t.lowerBound) <= 4 }) {
                mode = .video
            }
            let type: EventType = mode == .video ? .call : (EventType(rawValue: def.type) ?? .meeting)
            var m = EventMention(sentence: s.index, type: type, mode: mode, participants: keys, initiator: nil,
                                 status: nil, date: nil, isReference: isReference(s, t), evidence: evidence)
            m.trigger = t.lowerBound
            m.rule = found.rule + (attended ? "+attended" : "")
            if tracing { m.cues = [s.text(t, in: text)] + members.map { s.text(c.hits[$0].tokens, in: text) } }
            m.multilateral = keys.count == 1 && lexicon.isOrganizationKey(keys[0])
            if let clause = s.words.last(where: { $0.cue.classes.contains(.timeClause) && $0.tokens.upperBound <= t.lowerBound }),
               triggers[..<n].contains(where: { $0.tokens.upperBound <= clause.tokens.lowerBound }) {
                m.timesAnother = true
                m.rule += "+in-time-clause"
            }
            m.initiator = initiator(c, t, members: &members, keyOf: keyOf)
            m.status = status(s, t, clauseStart: clauseStart(s, t), dates: dates.filter { !$0.isSince && !$0.isVague && !$0.isReport && $0.alternative == nil })
            // "A hội kiến X và hội đàm với Y chiều 27/2": a date closing the verb coordinated
            // after this one dates both.
            var shared: Range<Int>? = nil
            if let later, let k = triggers.firstIndex(where: { $0.tokens == later.tokens }),
               [s.lower(later.tokens.lowerBound - 1), s.lower(later.tokens.lowerBound - 2) + " " + s.lower(later.tokens.lowerBound - 1)]
                .contains(where: lexicon.coordinatedVerbCues.contains),
               !s.tokens[t.upperBound..<later.tokens.lowerBound].contains(where: { [";", ".", ":"].contains($0.text) }) {
                shared = later.tokens.upperBound..<(k + 1 < triggers.count ? triggers[k + 1].tokens.lowerBound : s.tokens.count)
            }
            let outletClock = m.type == .call || m.mode == .video
            m.date = date(dates, t, in: c, until: nextTrigger, after: n > 0 ? triggers[n - 1].tokens.upperBound : 0, status: m.status, shared: shared,
                          outletClock: outletClock)
            if !outletClock, dates.contains(where: \.restates) {
                m.outletClockDate = date(dates, t, in: c, until: nextTrigger, after: n > 0 ? triggers[n - 1].tokens.upperBound : 0, status: m.status, shared: shared)
            }
            // "… một tuần sau khi A gặp B hôm 2/6": a time clause opened by a count dates the one
            // event from the other.
            if m.date == nil {
                let counter = clauseCount ?? lexicon.clauseCount
                clauseCount = counter
                m.date = counter.date(for: t, in: s, dates: dates)
            }
            // "đàm phán gián tiếp … tại Sharm el-Sheikh từ hôm thứ Hai (6/10)": a starting day told
            // right after the event's own word (its place between, no topic, no other clause) is when
            // it began.
            if m.date == nil, let d = dates.first(where: { d in
                d.isSince && d.tokens.lowerBound >= t.upperBound && d.tokens.lowerBound - t.upperBound <= 14 && d.tokens.lowerBound < nextTrigger
                    // (A bare starting word, not "kể từ": "cuộc điện đàm đầu tiên … kể từ tháng 12/2021"
                    // counts from an earlier one.)
                    && !lexicon.rules.sinceCues.contains { $0.contains(" ") && d.tokens.lowerBound >= 2 && $0 == s.lower(d.tokens.lowerBound - 2) + " " + s.lower(d.tokens.lowerBound - 1) }
                    && s.tokens[t.upperBound..<d.tokens.lowerBound].allSatisfy { $0.isWord || $0.isMark("-") }
                    && !s.has(.topicPreposition, in: t.upperBound..<d.tokens.lowerBound) }) {
                m.date = d.date
            }
            if m.status == nil, let d = m.date, let pub = published { m.status = statusFromDate(d, pub) }
            // Undated in a sentence that tells no date of its own (a starting point aside): the
            // scene the sentences before told, unless that contradicts a plan.
            if m.date == nil, dates.allSatisfy(\.isSince), let scene,
               !(m.status == .planned && published.map { statusFromDate(scene, $0) == .occurred } == true) {
                m.sceneDate = scene
            }
            if m.status == .planned && refusedLater(s, after: t) { continue }
            m.onSideline = s.words.contains { $0.cue.classes.contains(.sideline) && $0.tokens.upperBound <= t.lowerBound }
            m.location = location(c, t)
            if let (d, _) = ClockReader().duration(in: s, near: t) { m.duration = d }
            if n == 0 || clocks.first.map({ $0.tokens.lowerBound > triggers[n - 1].tokens.upperBound }) == true {
                fillClocks(&m, clocks, s)
            }
            var before = members.filter { c.hits[$0].tokens.upperBound <= t.lowerBound }.flatMap { keyOf(c.hits[$0]) }
            let after = members.filter { c.hits[$0].tokens.lowerBound >= t.upperBound }.flatMap { keyOf(c.hits[$0]) }
            // "X sẽ hội đàm với A, cũng như cuộc gặp ba bên với B và C": a second event of the
            // sentence with only its objects named shares the subject of the one before.
            // ("… có phần gặp riêng giữa hai nhà lãnh đạo": "giữa" names all the parties itself.)
            let between = found.rule == "event.between"
            if before.isEmpty, !after.isEmpty, !asTopic, !attended, !between, let subject = previousSubject, !subject.contains(where: after.contains) {
                before = subject
                m.rule += "+shared-subject"
                m.participants = subject + m.participants.filter { !subject.contains($0) }
            }
            if !before.isEmpty { previousSubject = before }
            // "lần lượt điện đàm với A và B", "điện đàm với A và B": one event with each, unless
            // the text says they were together ("ba bên", "cùng lúc").
            let window = max(0, t.lowerBound - 4)..<min(s.tokens.count, t.upperBound + 3)
            let separately = s.has(.separately, in: window)
            let joint = s.has(.joint, in: max(0, t.lowerBound - 4)..<min(s.tokens.count, nextTrigger))
                || (t.lowerBound > 0 && lexicon.jointAdverbs.contains(s.lower(t.lowerBound - 1)))
            // On the sidelines of a gathering (said anywhere in the sentence), a verb meeting several parties ("Bên lề ASEM, A đã gặp
            // Thủ tướng Nhật Bản B và Chủ tịch Ủy ban châu Âu C") is a meeting with each.
            let verbMeeting = m.type == .meeting && !isNounForm(s, t) && containsPhrase(lexicon.sidelineEachWords, firstWords: lexicon.sidelineEachFirstWords, in: s)
            // (Those named after "với sự tham gia của" join the one event: no split unless the text
            // says "lần lượt".)
            // "gặp A tại Hiroshima và B tại Tokyo": parties met at places of their own were met apart.
            // (The place named with each party met, by hit; read only where a split can follow.)
            let placeOf: [Int: String] = Set(after.map(stateKeyOf)).count < 2 ? [:] : Dictionary(members.compactMap { k in
                keyOf(c.hits[k]).contains(where: after.contains) ? placeRightAfter(c, c.hits[k]).map { (k, $0) } : nil
            }, uniquingKeysWith: { first, _ in first })
            let apart = Set(placeOf.values).count >= 2
            let split = !between && (separately || apart || !found.rule.containsASCII("participation"))
                && (separately || apart || ((m.type == .call || m.mode == .unknown || verbMeeting) && !joint))
            // "Tổng thống Park hội kiến Thủ tướng A và Chủ tịch Quốc hội B": a visitor's verb meeting
            // with several leaders of one other state, each holding another office, is one meeting
            // with each (not with ministers of one delegation: `tiếp Bộ trưởng A và Thứ trưởng B`).
            let hostRoles = after.map(roleOf)
            let hosts = m.type == .meeting && !isNounForm(s, t) && !joint && !before.isEmpty && after.count >= 2
                && Set(after.map(stateKeyOf)).count == 1 && before.allSatisfy({ stateKeyOf($0) != stateKeyOf(after[0]) })
                && hostRoles.allSatisfy({ $0.map(lexicon.hostLeaderRoles.contains) ?? false }) && Set(hostRoles).count == after.count
            // "tiếp bà A, Đại sứ New Zealand, và ông B, Đại sứ Peru": envoys of several states, each
            // speaking for their own, are received one by one.
            let envoys = m.type == .meeting && !isNounForm(s, t) && !joint && !before.isEmpty && Set(after.map(stateKeyOf)).count >= 2
                && after.allSatisfy({ roleOf($0).map(lexicon.envoyRoles.contains) ?? false })
            if hosts {
                for host in after {
                    var single = m
                    single.rule += "+each-host"
                    single.participants = before + [host]
                    out.append(single)
                }
            } else if (split || envoys) && !before.isEmpty && Set(after.map(stateKeyOf)).count >= 2 {
                var sides: [String] = []
                // ("lần lượt tiếp A và B, với sự tham dự của C": C attends; C is no side met in turn.)
                let attendance = s.words.first { $0.tokens.lowerBound >= t.upperBound && $0.cue.classes.contains(.participation) }?.tokens.lowerBound
                let attendees = Set(members.filter { k in attendance.map { c.hits[k].tokens.lowerBound > $0 } ?? false }.flatMap { keyOf(c.hits[$0]) })
                for key in after where !sides.contains(stateKeyOf(key)) && !attendees.contains(key) { sides.append(stateKeyOf(key)) }
                for side in sides {
                    var single = m
                    single.rule += separately ? "+each-in-turn" : envoys && !split ? "+each-envoy" : "+each-party"
                    single.participants = before + after.filter { stateKeyOf($0) == side }
                    // "lần lượt gặp A tại Berlin, B tại Paris …": each meeting at the place named with its party.
                    if let h = members.last(where: { k in keyOf(c.hits[k]).contains { after.contains($0) && stateKeyOf($0) == side } }),
                       let place = placeOf[h] {
                        single.location = place
                    }
                    out.append(single)
                }
            } else {
                out.append(m)
            }
        }
        return out
    }

    /// True when one of `phrases` (lower-cased, one to three words) stands anywhere in the sentence.
    /// `firstWords`: the first word of each phrase; the phrases joined from any other token are not
    /// made.
    private func containsPhrase(_ phrases: WordSet, firstWords: WordSet, in s: Sentence) -> Bool {
        for i in 0..<s.tokens.count where firstWords.contains(s.lower(i)) {
            var phrase = s.lower(i)
            for k in 0..<3 {
                if k > 0 {
                    guard i + k < s.tokens.count else { break }
                    phrase += " " + s.lower(i + k)
                }
                if phrases.contains(phrase) { return true }
            }
        }
        return false
    }

    /// The number of tokens of a lower-case delegation or representative noun (`phái đoàn`, `đoàn đại
    /// biểu`, `các quan chức`) at token `k`.
    private func delegationNoun(_ s: Sentence, at k: Int) -> Int? {
        guard k < s.tokens.count, !s.tokens[k].isCapitalized else { return nil }
        var phrase = ""
        var found: Int? = nil
        for n in 1...4 where k + n - 1 < s.tokens.count {
            phrase += (n > 1 ? " " : "") + s.lower(k + n - 1)
            if lexicon.clauseWords.delegationNouns.contains(phrase) || lexicon.representativeNouns.contains(phrase) { found = n }
        }
        return found
    }

    /// True when the event word is a noun (`cuộc gặp`, `các cuộc hội đàm`), not a verb.
    private func isNounForm(_ s: Sentence, _ t: Range<Int>) -> Bool {
        lexicon.eventNounClassifiers.contains(s.lower(t.lowerBound))
            || (t.lowerBound > 0 && lexicon.eventNounClassifiers.contains(s.lower(t.lowerBound - 1)))
    }

    // MARK: participants

    private func participants(_ c: Clause, _ t: Range<Int>, until next: Int) -> (members: [Int], rule: String) {
        let s = c.s
        let eligible: (ActorHit) -> Bool = { h in
            h.flags.intersection([.location, .source, .topic, .victim, .vague]).isEmpty
        }
        // "cuộc điện đàm Biden-Putin", "đối thoại an ninh Nga - Mỹ"
        if let a = c.hit(after: t.upperBound, gap: 5, where: eligible), c.hits[a].tokens.lowerBound < next {
            // Only the hyphenated chain: "NATO-Nga và OSCE" is the pair NATO-Nga.
            var chain = [a]
            while let last = chain.last, last + 1 < c.hits.count, c.hits[last].tokens.upperBound < s.tokens.count,
                  s.tokens[c.hits[last].tokens.upperBound].isMark("-"), c.hits[last + 1].tokens.lowerBound == c.hits[last].tokens.upperBound + 1 {
                chain.append(last + 1)
            }
            if chain.count >= 2 && s.tokens[t.upperBound..<c.hits[a].tokens.lowerBound].allSatisfy({ $0.isWord }) {
                return (chain, "event.hyphenated-pair")
            }
        }
        // "… giữa X và Y", also further on in the clause ("Cuộc gặp diễn ra tại Geneva chiều 16/6
        // giữa A và B"): every party named from "giữa" to the end of the phrase.
        if let gi = (t.upperBound..<min(next, t.upperBound + 20)).first(where: { s.lower($0).isSameWord("giữa") }),
           !c.boundary(between: t.upperBound, and: gi),
           !s.has(.reporting, in: t.upperBound..<gi),
           // "… về cuộc xung đột giữa Israel và Hamas": the pair of a topic, not the parties.
           !s.has(.topicPreposition, in: t.upperBound..<gi),
           !s.tokens[t.upperBound..<gi].contains(where: { $0.isMark(",") }),
           // "… trong bối cảnh quan hệ giữa Berlin và Paris": the sides of a relation. (Not a word
           // right after the event word that tells its mood: "cuộc gặp căng thẳng giữa A và B".)
           !(t.upperBound..<gi).contains(where: { !($0 == t.upperBound && lexicon.eventMoodWords.contains(s.lower($0) + " " + s.lower($0 + 1))) && (lexicon.pairNouns.contains(s.lower($0)) || lexicon.pairNouns.contains(s.lower($0) + " " + s.lower($0 + 1))) }),
           let a = c.hit(after: gi + 1, gap: 3, where: eligible) {
            var g = c.group(around: a, allowWith: true).filter { eligible(c.hits[$0]) }
            // "giữa phái đoàn Mỹ do X dẫn đầu và phái đoàn Ukraine …": parties the simple
            // grouping cannot join, up to the phrase's end.
            var end = gi + 1
            // (The phrase ends at a predicate of its own too, and at the comma after one: "… giữa ông
            // Don và bà Suu Kyi đã diễn ra, cho biết Jakarta …", "… đã kết thúc, Ukraine cho biết …".)
            let told = { (k: Int) in s.words.contains { $0.tokens.lowerBound > gi && $0.tokens.upperBound <= k && !$0.cue.classes.isDisjoint(with: [.occurred, .planned]) } }
            while end < min(next, s.tokens.count), ![";", ":", "."].contains(s.tokens[end].text),
                  !(s.tokens[end].isMark(",") && (told(end) || !c.hits.contains(where: { $0.tokens.lowerBound > end && $0.tokens.lowerBound <= end + 3 }))),
                  // (… and at the setting: "… giữa A và B bên lề hội nghị thượng đỉnh EU".)
                  !s.words.contains(where: { $0.tokens.lowerBound == end && !$0.cue.classes.isDisjoint(with: [.reporting, .demandTrigger, .threatVerb, .warningVerb, .timeClause, .sideline]) }) {
                end += 1
            }
            let spanned = c.hits.indices.filter { c.hits[$0].tokens.lowerBound > gi && c.hits[$0].tokens.upperBound <= end && eligible(c.hits[$0]) }
            if s.tokens[gi..<end].contains(where: { ["và", "với"].contains($0.lower) }) && Set(spanned.map { c.hits[$0].key }).count > Set(g.map { c.hits[$0].key }).count {
                g = spanned
            }
            // "giữa NATO-Nga và OSCE": a hyphenated pair first is one pair.
            if g.count > 2, let first = g.first, c.hits[first].tokens.upperBound < s.tokens.count, s.tokens[c.hits[first].tokens.upperBound].isMark("-") {
                g = Array(g.prefix(2))
            }
            return (g, "event.between")
        }
        var members: [Int] = []
        var steps: [String] = []
        // Subject: "Trong cuộc điện đàm …, X …", "Phát biểu sau cuộc gặp với Y, X nói …", "Trước
        // khi gặp Y, X …": the subject of the main clause after the fronted adjunct, even when it
        // is the speaker of that clause.
        let inAdjunct = c.adjunctEnd.map { $0 > t.upperBound } ?? false
        let asSubject: (ActorHit) -> Bool = { h in h.flags.intersection([.location, .topic, .victim, .vague]).isEmpty && !h.key.isEmpty && lexicon.isNotMedia(h.key) }
        // ("Tiếp Đoàn do bà X, Giám đốc …, dẫn đầu, chiều nay tại …, Phó Thủ tướng Y …": a fronted
        // verb's object may hold commas of its own; the subject opens the first stretch after a comma
        // that starts with an actor.)
        let fronted = !inAdjunct && t.lowerBound == 0 && !["cuộc", "các", "những"].contains(s.lower(0))
        let first = c.adjunctEnd ?? s.tokens.indices.first { $0 > t.upperBound && s.tokens[$0].isMark(",") }
        let commas = first.map { f in [f] + s.tokens.indices.filter { $0 > f && s.tokens[$0].isMark(",") }.prefix(3) } ?? []
        if inAdjunct || fronted,
           let (comma, a) = commas.lazy.compactMap({ comma in c.hit(after: comma + 1, gap: 3, where: asSubject).map { (comma, $0) } }).first {
            let subject = c.group(around: a).filter { asSubject(c.hits[$0]) && c.hits[$0].tokens.lowerBound > comma }
            members += subject
            steps.append(inAdjunct ? "adjunct-subject" : "subject-after-comma")
            // The one the subject then speaks to is the other party ("Trong cuộc điện đàm …, X đã
            // cảnh báo người đồng cấp Mỹ Y …"): a few words, or a counterpart phrase, between.
            let objectGap = { (from: Int) -> Int in
                let counterpart = s.words.first { $0.cue.classes.contains(.counterpart) && $0.tokens.lowerBound >= from && $0.tokens.lowerBound <= from + 4 }
                return counterpart.map { $0.tokens.upperBound - from + 2 } ?? 3
            }
            if let last = subject.last, let b = c.hit(after: c.hits[last].tokens.upperBound, gap: objectGap(c.hits[last].tokens.upperBound), where: eligible),
               !s.tokens[c.hits[last].tokens.upperBound..<c.hits[b].tokens.lowerBound].contains(where: { !$0.isWord || ["về", "của", "rằng"].contains($0.lower) }),
               !s.has(.eventTrigger, in: c.hits[last].tokens.upperBound..<c.hits[b].tokens.lowerBound),
               lexicon.isPersonKey(c.hits[b].key) {
                members.append(b)
            }
        }
        // "Ông X, sau cuộc gặp với Y, cho biết …": the speaker before the inner adjunct is a party.
        if let inner = c.innerAdjunct, inner.contains(t.lowerBound),
           let k = c.hits.indices.last(where: { c.hits[$0].tokens.upperBound < inner.lowerBound && asSubject(c.hits[$0]) }) {
            members += c.group(around: k).filter { asSubject(c.hits[$0]) }
            steps.append("speaker-before-adjunct")
        }
        // "A tiếp B, rồi cùng ông hội đàm với C": a companion after `cùng` goes along with the
        // clause's own subject, named before.
        var companion = false
        if let k = subjectBefore(c, t, eligible: eligible) {
            // The subject's group stops at a fronted adjunct's comma ("Theo đề nghị của X, A …").
            let adjunct = c.adjunctEnd.map { $0 < t.lowerBound ? $0 : -1 } ?? -1
            let group = c.group(around: k).filter { eligible(c.hits[$0]) && !members.contains($0) && c.hits[$0].tokens.lowerBound > adjunct }
            members += group
            steps.append("subject")
            companion = group.first.map { lexicon.jointAdverbs.contains(s.lower(c.hits[$0].tokens.lowerBound - 1)) } ?? false
        }
        // Object: "… với Y" right after the trigger.
        // "gọi điện cho X": only a call verb takes its party with "cho".
        let callVerb = s.lower(t.lowerBound).isSameWord("gọi") || s.lower(t.lowerBound).isSameWord("điện")
        for w in t.upperBound..<min(next, t.upperBound + 9) where (s.lower(w).isSameWord("với") || (callVerb && s.lower(w).isSameWord("cho"))) && !s.tokens[t.upperBound..<w].contains(where: { $0.isMark(",") }) {
            // (A long title before the party may stand between, its words each opened by a capital:
            // "với Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại Trung ương … Vương Nghị".)
            let title = titleEnd(s, from: w + 1)
            if let found = c.hit(after: w + 1, gap: max(8, title - w - 1), where: eligible), !s.tokens[(w + 1)..<c.hits[found].tokens.lowerBound].contains(where: { !$0.isWord }) {
                let a = personNamedAfter(c, found)
                members += c.group(around: a).filter { eligible(c.hits[$0]) && !members.contains($0) }
                steps.append(s.lower(w).isSameWord("cho") ? "cho-object" : "với-object")
            }
            break
        }
        // "tiếp X", "thăm X", "gặp X", "tiếp nồng hậu X", "gặp ông X": the object follows the
        // verb, after manner words and an honorific at most.
        // ("tiếp phái đoàn Saudi Arabia": a delegation stands for the party named after it.)
        var objectStart = t.upperBound
        while objectStart - t.upperBound < 4 {
            if let w = s.words.first(where: { $0.tokens.lowerBound == objectStart && $0.cue.classes.contains(.manner) }) {
                objectStart = w.tokens.upperBound
            } else if let n = delegationNoun(s, at: objectStart), !c.hits.contains(where: { $0.tokens.lowerBound == objectStart }) {
                objectStart += n
            } else if let w = s.words.first(where: { $0.tokens.lowerBound == objectStart && $0.cue.classes.contains(.honorific) }),
                      c.hits.contains(where: { $0.tokens.lowerBound == w.tokens.upperBound }) {
                // "gặp ông Putin", "tiếp bà Merkel": the honorific stands before the name.
                objectStart = w.tokens.upperBound
            } else {
                break
            }
        }
        let counterpartSpan = s.words.first { $0.tokens.lowerBound == objectStart && $0.cue.classes.contains(.counterpart) }
        // "gặp người phát ngôn kiêm trưởng đoàn đàm phán của Houthi": a role told in lowercase words
        // before `của` and its owner, who is the party met.
        var gap = counterpartSpan == nil ? 0 : 5
        if counterpartSpan == nil, c.hit(after: objectStart, gap: 0, where: eligible) == nil,
           let of = (objectStart..<max(objectStart, min(next, objectStart + 10, s.tokens.count))).first(where: { s.lower($0).isSameWord("của") }),
           of > objectStart, s.tokens[objectStart..<of].allSatisfy({ $0.isWord && !$0.isCapitalized }),
           !s.words.contains(where: { $0.tokens.lowerBound >= objectStart && $0.tokens.lowerBound < of
               && !$0.cue.classes.isDisjoint(with: [.eventTrigger, .demandTrigger, .reporting, .topicPreposition, .objectPreposition, .location, .victim]) }) {
            gap = of + 1 - objectStart
        }
        // ("gặp Ủy viên Bộ Chính trị Đảng Cộng sản Việt Nam X": a title whose words each open with a
        // capital, up to the party.)
        // (Not after a gathering's name: "Hội nghị Cấp cao ASEAN" names its own members.)
        if gap == 0, !isNounForm(s, t), !lexicon.gatheringNouns.contains(s.lowerText(t, in: text)), c.hit(after: objectStart, gap: 0, where: eligible) == nil {
            let title = titleEnd(s, from: objectStart)
            if title - objectStart >= 2 { gap = title - objectStart }
        }
        if let found = c.hit(after: objectStart, gap: gap, where: eligible), found < c.hits.count, !members.contains(found),
           !s.tokens[objectStart..<c.hits[found].tokens.lowerBound].contains(where: { !$0.isWord }) {
            let a = personNamedAfter(c, found)
            members += c.group(around: a).filter { eligible(c.hits[$0]) && !members.contains($0) }
            steps.append("object")
        }
        // "… sau khi họ nói chuyện": "họ" are the parties told just before.
        if members.isEmpty, (max(0, t.lowerBound - 2)..<t.lowerBound).contains(where: { s.lower($0).isSameWord("họ") }),
           let g = c.hits.indices.last(where: { c.hits[$0].flags.contains(.group) }) {
            return ([g], "event.pronoun-group")
        }
        // "Hội nghị thượng đỉnh G7 đã khai mạc": a meeting of one organisation's members.
        // ("Hội nghị thượng đỉnh bất thường của IGAD", "cuộc họp khẩn cấp các nhà lãnh đạo ECOWAS".)
        if members.isEmpty, let a = ownerOrganization(c, t, until: next, eligible: eligible) {
            return ([a], "event.organisation-meeting")
        }
        // "… tại Brussels dưới sự chủ trì của X", "với sự tham gia của A và B": they take part too
        // (after an organisation's own summit: its chair is one of its members).
        if let phrase = s.words.first(where: { $0.tokens.lowerBound >= t.upperBound && $0.cue.classes.contains(.participation) }),
           phrase.tokens.lowerBound < next, !s.tokens[t.upperBound..<phrase.tokens.lowerBound].contains(where: { [";", ":", "."].contains($0.text) }),
           let a = c.hit(after: phrase.tokens.upperBound, gap: 6, where: eligible) {
            members += c.group(around: a).filter { eligible(c.hits[$0]) && !members.contains($0) }
            steps.append("participation")
        }
        // "sau cuộc gặp do Tổng thống Angola João Lourenço chủ trì": the host takes part too.
        if let by = (t.upperBound..<min(next, t.upperBound + 6, s.tokens.count)).first(where: { lexicon.clauseWords.ledBy.contains(s.lower($0)) }),
           !s.tokens[t.upperBound..<by].contains(where: { !$0.isWord }),
           let a = c.hit(after: by + 1, gap: 0, where: eligible), !members.contains(a),
           (1...3).contains(where: { n in lexicon.hostVerbs.contains((0..<n).map { s.lower(c.hits[a].tokens.upperBound + $0) }.joined(separator: " ")) }) {
            members.append(a)
            steps.append("host")
        }
        // "X cảnh báo Y trong một cuộc họp": the sentence's subject takes part too.
        let distinct = Set(members.map { c.hits[$0].key }).count + members.filter { c.hits[$0].flags.contains(.group) }.count
        let firstMember = members.map { c.hits[$0].tokens.lowerBound }.min() ?? t.lowerBound
        // (The subject of the clause the event word is in: "…, trong khi X gọi điện cho …" is X's.)
        // ("X cho biết đã điện đàm với A và B": parties named only after `với` still need a subject.)
        let objectsOnly = steps == ["với-object"] || steps == ["cho-object"]
        if distinct < 2 || objectsOnly || companion, let subject = c.mainSubject(before: t.lowerBound), subject.allSatisfy({ c.hits[$0].tokens.lowerBound < min(firstMember, t.lowerBound) }) {
            members += subject.filter { eligible(c.hits[$0]) && !members.contains($0) }
            steps.append("main-subject")
        }
        return (members, "event." + (steps.isEmpty ? "none" : steps.joined(separator: "+")))
    }

    /// The end of a title starting at token `k` whose words each open with a capital (`Chủ nhiệm
    /// Văn phòng Ủy ban …`: a capitalised token, or a lowercase one right after one), up to 17
    /// tokens; `k` itself when no capitalised word starts there.
    private func titleEnd(_ s: Sentence, from k: Int) -> Int {
        var end = k
        while end < min(s.tokens.count, k + 17), s.tokens[end].isWord,
              s.tokens[end].isCapitalized || (end > k && s.tokens[end - 1].isCapitalized) { end += 1 }
        return end
    }

    /// Hit `k`, or the person named right after it when `k` is a state closing a title
    /// (`nhà ngoại giao Trung Quốc Vương Nghị`): the person is the party.
    private func personNamedAfter(_ c: Clause, _ k: Int) -> Int {
        guard k + 1 < c.hits.count, lexicon.stateKeys.contains(c.hits[k].key),
              c.hits[k + 1].tokens.lowerBound == c.hits[k].tokens.upperBound, lexicon.isPersonKey(c.hits[k + 1].key) else { return k }
        return k + 1
    }

    /// The organisation whose own meeting the event word at `t` names: the first party after it,
    /// within a few words (`bất thường`, `khẩn cấp`, `các nhà lãnh đạo`, `lần thứ 9`), with no
    /// punctuation, preposition or other event word between; `của` only right before it
    /// (`Hội nghị thượng đỉnh bất thường của IGAD`, not `cuộc gặp của ông X với ASEAN`).
    private func ownerOrganization(_ c: Clause, _ t: Range<Int>, until next: Int, eligible: (ActorHit) -> Bool) -> Int? {
        let s = c.s
        guard isGathering(s, t),
              let a = c.hits.indices.first(where: { k in
                  c.hits[k].tokens.lowerBound >= t.upperBound && c.hits[k].tokens.lowerBound - t.upperBound <= 20 && eligible(c.hits[k]) && lexicon.isOrganizationKey(c.hits[k].key) }),
              c.hits[a].tokens.lowerBound < next else { return nil }
        // "Hội nghị cấp cao đặc biệt ASEAN - Úc": a summit of the organisation with another party.
        if a + 1 < c.hits.count, c.group(around: a).count > 1 || c.hits[a + 1].tokens.lowerBound == c.hits[a].tokens.upperBound + 1
            && ["-", "–"].contains(s.tokens[c.hits[a].tokens.upperBound].text) { return nil }
        // "… của Cộng đồng phát triển Nam Phi (SADC)": a spelling of the name the lexicon does not
        // know (a state's name inside it), then its acronym; the name starts with the first
        // capitalised word.
        var start = c.hits[a].tokens.lowerBound
        if start > t.upperBound, s.tokens[start - 1].isMark("("),
           let name = (t.upperBound..<(start - 1)).first(where: { k in s.tokens[k].isCapitalized && s.tokens[k..<(start - 1)].allSatisfy(\.isWord) }) {
            start = name
        }
        guard !c.hits.contains(where: { $0.tokens.lowerBound >= t.upperBound && $0.tokens.lowerBound < start }) else { return nil }
        guard start - t.upperBound <= 8 else { return nil }
        for k in t.upperBound..<start {
            let w = s.tokens[k]
            if !w.isWord || w.lower.isSameWord("giữa") { return nil }
            if w.lower.isSameWord("của") && k != start - 1 { return nil }
        }
        if s.has(.eventTrigger, in: t.upperBound..<start) || s.has(.objectPreposition, in: t.upperBound..<start) || s.has(.topicPreposition, in: t.upperBound..<start)
            || s.has(.reporting, in: t.upperBound..<start) || s.has(.demandTrigger, in: t.upperBound..<start) { return nil }
        return a
    }

    /// The nearest eligible actor before the trigger in the same clause.
    /// `dự`, `tham dự`, `đăng cai` in the few words before the event word at `t`, with no other
    /// event word between (`dự phiên mở rộng của Hội nghị thượng đỉnh G7`).
    /// Where a host verb (`chủ trì`, `đăng cai`; rules.json `hostVerbs`) starts that ends right before
    /// token `at`, or before one or two lower-case words (`cuộc`, `vòng`) that do.
    private func hostVerb(_ s: Sentence, before at: Int) -> Int? {
        for gap in 0...2 {
            let end = at - gap
            guard end >= 1, s.tokens[end..<at].allSatisfy({ $0.isWord && !$0.isCapitalized }) else { return nil }
            if lexicon.hostVerbs.contains(s.lower(end - 1)) { return end - 1 }
            if end >= 2, lexicon.hostVerbs.contains(s.lower(end - 2) + " " + s.lower(end - 1)) { return end - 2 }
        }
        return nil
    }

    /// The event word at `t` names a gathering (`hội nghị`, `cuộc họp`, `thượng đỉnh`), alone or with
    /// the word before it.
    private func isGathering(_ s: Sentence, _ t: Range<Int>) -> Bool {
        let word = s.lowerText(t, in: text)
        return lexicon.gatheringNouns.contains(word) || (t.lowerBound > 0 && lexicon.gatheringNouns.contains(s.lower(t.lowerBound - 1) + " " + word))
    }

    private func attends(_ s: Sentence, before t: Int) -> Bool {
        // "dự Hội nghị thượng đỉnh G7 tại Cornwall … và Hội nghị thượng đỉnh NATO tại Brussels": a
        // gathering joined by `và` or a comma to one attended is attended too.
        if t > 0, ["và", ","].contains(s.lower(t - 1)),
           let previous = s.words.last(where: { w in
               w.tokens.upperBound < t - 1 && t - 1 - w.tokens.upperBound <= 20 && w.cue.classes.contains(.eventTrigger)
                   && !w.cue.classes.contains(.notTrigger) }),
           isGathering(s, previous.tokens),
           !s.tokens[previous.tokens.upperBound..<(t - 1)].contains(where: { $0.isMark(".") || $0.isMark(";") }),
           attends(s, before: previous.tokens.lowerBound) { return true }
        var k = t - 1
        while k >= max(0, t - 5) {
            if s.words.contains(where: { $0.tokens.upperBound == k + 1 && $0.tokens.lowerBound < t && $0.cue.classes.contains(.eventTrigger)
                && !lexicon.attendanceVerbs.contains(s.lowerText($0.tokens, in: text)) }) { return false }
            // "dự kiến", "tổ chức hội nghị": the verb, not the first syllable of a longer word.
            let single = lexicon.attendanceVerbs.contains(s.lower(k))
                && !s.words.contains { $0.tokens.lowerBound == k && $0.tokens.count > 1 && !lexicon.attendanceVerbs.contains(s.lowerText($0.tokens, in: text)) }
            if single || (k > 0 && lexicon.attendanceVerbs.contains(s.lower(k - 1) + " " + s.lower(k))) { return true }
            k -= 1
        }
        return false
    }

    private func subjectBefore(_ c: Clause, _ t: Range<Int>, eligible: (ActorHit) -> Bool) -> Int? {
        let s = c.s
        for k in c.hits.indices.reversed() where c.hits[k].tokens.upperBound <= t.lowerBound {
            let h = c.hits[k]
            if !eligible(h) { continue }
            if t.lowerBound - h.tokens.upperBound > 14 { return nil }
            if c.boundary(between: h.tokens.upperBound, and: t.lowerBound) { return nil }
            // "Ông X, Thủ tướng Y, đã điện đàm …": the comma closing an appositive does not end the clause.
            let appositive = h.tokens.upperBound < s.tokens.count && s.tokens[h.tokens.upperBound].isMark(",")
                && ((k > 0 && c.hits[k - 1].key == h.key) || (h.tokens.lowerBound > 0 && s.tokens[h.tokens.lowerBound - 1].isMark(",")))
            if !appositive && s.tokens[h.tokens.upperBound..<t.lowerBound].contains(where: { $0.isMark(",") }) { return nil }
            if s.has(.reporting, in: h.tokens.upperBound..<t.lowerBound) { return nil }
            // Governed, unless right before the event word ("… để hội kiến": a purpose word between
            // leaves it governed).
            let adjacent = t.lowerBound - h.tokens.upperBound <= 1 && !(h.tokens.upperBound..<t.lowerBound).contains { c.words.adjunctOpeners.contains(s.lower($0)) }
            if ["với", "của", "cho", "về", "thăm", "tới", "đến", "sang", "gặp", "tiếp"].contains(s.lower(h.tokens.lowerBound - 1)) && !adjacent
                && !possessorOfOpening(c, h) { continue }
            // "X thăm cấp nhà nước Việt Nam và hội đàm với Y": the object of an earlier event word
            // is not the subject of the next one.
            let objectOfEarlier = s.words.contains { w in
                w.cue.classes.contains(.eventTrigger) && w.tokens.upperBound <= h.tokens.lowerBound && h.tokens.lowerBound - w.tokens.upperBound <= 4
                    && w.tokens.lowerBound != t.lowerBound && !s.tokens[w.tokens.upperBound..<h.tokens.lowerBound].contains { !$0.isWord }
            }
            // "X hội kiến A, B và hội đàm với C": right before "và" and this event word, the last
            // object of an earlier event word; the subject is shared (read from that one).
            let coordinatedAfterObject = h.tokens.upperBound + 1 == t.lowerBound && lexicon.coordinatedVerbCues.contains(s.lower(h.tokens.upperBound))
                && s.words.contains { w in
                    w.cue.classes.contains(.eventTrigger) && !w.cue.classes.contains(.notTrigger) && w.tokens.upperBound <= h.tokens.lowerBound
                        && !s.tokens[w.tokens.upperBound..<h.tokens.lowerBound].contains { [".", ";", ":"].contains($0.text) }
                        && c.hits.contains { $0.tokens.upperBound <= w.tokens.lowerBound }
                }
            if coordinatedAfterObject { return nil }
            if objectOfEarlier { continue }
            return k
        }
        return nil
    }

    /// True when hit `h` owns, after `của`, the words that open the clause (`Ủy ban Đối ngoại của
    /// Quốc hội Iran đã tiếp …`): an office or body no actor stands for, so its owner is the subject.
    private func possessorOfOpening(_ c: Clause, _ h: ActorHit) -> Bool {
        let s = c.s
        let of = h.tokens.lowerBound - 1
        guard of > 0, s.lower(of).isSameWord("của") else { return false }
        var b = of
        while b > 0 && s.tokens[b - 1].isWord && of - b < 8 { b -= 1 }
        guard b < of, b == 0 || s.tokens[b - 1].isMark(","), b >= c.frameEnd, s.tokens[b].isCapitalized else { return false }
        return !c.hits.contains(where: { $0.tokens.upperBound > b && $0.tokens.lowerBound < of })
            && !s.has(.eventTrigger, in: b..<of) && !s.has(.reporting, in: b..<of) && !s.has(.demandTrigger, in: b..<of)
            && !c.words.adjunctOpeners.contains(s.lower(b)) && !lexicon.eventNounClassifiers.contains(s.lower(b))
    }

    private func initiator(_ c: Clause, _ t: Range<Int>, members: inout [Int], keyOf: (ActorHit) -> [String]) -> String? {
        let s = c.s
        // "do X yêu cầu", "theo đề nghị của X"
        for i in t.upperBound..<s.tokens.count where s.lower(i).isSameWord("do") {
            if let a = c.hit(after: i + 1, gap: 2), s.has(.demandTrigger, in: c.hits[a].tokens.upperBound..<min(s.tokens.count, c.hits[a].tokens.upperBound + 2)) {
                return keyOf(c.hits[a]).first
            }
        }
        // "X đề nghị điện đàm"
        if s.has(.demandTrigger, in: max(0, t.lowerBound - 3)..<t.lowerBound) || s.has(.planned, in: max(0, t.lowerBound - 2)..<t.lowerBound) && s.lower(t.lowerBound - 1).isSameWord("đề") {
            if let first = members.first { return keyOf(c.hits[first]).first }
        }
        return nil
    }

    // MARK: modality

    private func clauseStart(_ s: Sentence, _ t: Range<Int>) -> Int {
        var k = t.lowerBound - 1
        while k > 0 && !s.tokens[k].isMark(in: .clauseBreaks) && t.lowerBound - k < 12 { k -= 1 }
        // "ông sẽ rời Việt Nam sang Nhật Bản, gặp Thủ tướng Abe …": a clause opening with its event
        // word after a comma shares the subject and the mood of the clause before it.
        if k > 0, k == t.lowerBound - 1, s.tokens[k].isMark(",") {
            var j = k - 1
            while j > 0 && !s.tokens[j].isMark(in: .clauseBreaks) && k - j < 12 { j -= 1 }
            return max(0, j)
        }
        return max(0, k)
    }

    private func negated(_ s: Sentence, _ t: Range<Int>) -> Bool {
        if s.words.contains(where: { $0.cue.classes.contains(.strongNegation) && $0.tokens.upperBound <= t.lowerBound }) { return true }
        // "Cuộc gặp giữa A và B … đã bị hoãn vô thời hạn": called off, before any other event word.
        let nextTrigger = s.words.first { $0.tokens.lowerBound >= t.upperBound && $0.cue.classes.contains(.eventTrigger) }?.tokens.lowerBound ?? s.tokens.count
        if s.words.contains(where: { $0.cue.classes.contains(.cancelled) && $0.tokens.lowerBound >= t.upperBound && $0.tokens.lowerBound < nextTrigger }) { return true }
        if s.words(before: t.lowerBound, window: 2).contains(where: { $0.cue.classes.contains(.sideline) }) { return true }
        for w in s.words(before: t.lowerBound, window: 4) where w.cue.classes.contains(.negation) {
            let between = s.tokens[w.tokens.upperBound..<t.lowerBound]
            if between.contains(where: { [",", "sau", "trước", "khi", "nhưng"].contains($0.lower) }) { continue }
            return true
        }
        return false
    }

    /// A contrast and a refusal after the event word (`…, nhưng phía Mỹ từ chối`, `…, song ông Kurti
    /// từ chối …`): a planned or proposed event that was turned down.
    private func refusedLater(_ s: Sentence, after t: Range<Int>) -> Bool {
        for i in t.upperBound..<s.tokens.count {
            let two = i + 1 < s.tokens.count ? s.lower(i) + " " + s.lower(i + 1) : ""
            guard lexicon.contrastConnectors.contains(s.lower(i)) || lexicon.contrastConnectors.contains(two) else { continue }
            if s.words.contains(where: { $0.cue.classes.contains(.strongNegation) && $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 6 }) {
                return true
            }
        }
        return false
    }

    private func hypothetical(_ s: Sentence, _ t: Range<Int>) -> Bool {
        // "EU nên đối thoại trực tiếp với Belarus": advice right before the verb.
        if (1...2).contains(where: { n in t.lowerBound - n >= 0 && lexicon.adviceModals.contains(s.lowerText((t.lowerBound - n)..<t.lowerBound, in: text)) }) { return true }
        var start = t.lowerBound
        while start > 0 && !s.tokens[start - 1].isMark(in: .clauseBreaks) { start -= 1 }
        if s.words.contains(where: { $0.cue.classes.contains(.hypothetical) && $0.tokens.lowerBound >= start && $0.tokens.lowerBound < t.lowerBound }) { return true }
        // "một cuộc đối thoại … có thể là …": an idea of a meeting, not a meeting.
        if s.lower(t.lowerBound - 1).isSameWord("một") || (s.lower(t.lowerBound).isSameWord("một")) {
            let after = s.tokens[t.upperBound..<min(s.tokens.count, t.upperBound + 10)].map(\.lower).joined(separator: " ")
            if after.contains("có thể là") || after.contains("là cách") || after.contains("là cơ hội") { return true }
        }
        return false
    }

    /// `A và B đã ký hiệp ước …`: a signing names a meeting only when two people of two sides,
    /// joined right before the word (only words between), sign together; not a state alone
    /// (`Mỹ ký lệnh …`) nor a document signed (`Thỏa thuận được ký kết …`).
    private func jointSigners(_ c: Clause, before t: Range<Int>, keyOf: (ActorHit) -> [String], stateKeyOf: (String) -> String) -> Bool {
        let s = c.s
        guard let g = c.mainSubject(before: t.lowerBound), g.count >= 2,
              g.allSatisfy({ lexicon.isPersonKey(c.hits[$0].key) }),
              Set(g.flatMap { keyOf(c.hits[$0]) }.filter { !$0.isEmpty }.map(stateKeyOf)).count >= 2,
              let end = g.map({ c.hits[$0].tokens.upperBound }).max(), end <= t.lowerBound,
              let start = g.map({ c.hits[$0].tokens.lowerBound }).min() else { return false }
        // ("C và D chứng kiến A và B ký …": the signers are what others witness, the meeting theirs.)
        if (max(0, start - 2)..<t.lowerBound).contains(where: { lexicon.witnessVerbs.contains(s.lower($0)) || lexicon.witnessVerbs.contains(s.lower($0) + " " + s.lower($0 + 1)) }) { return false }
        return !(end..<t.lowerBound).contains { !s.tokens[$0].isWord }
    }

    private func isReference(_ s: Sentence, _ t: Range<Int>) -> Bool {
        s.words(before: t.lowerBound, window: 3).contains { $0.cue.classes.contains(.reference) }
            || ["trên", "này", "đó", "nói trên"].contains(s.lower(t.upperBound))
    }

    private func status(_ s: Sentence, _ t: Range<Int>, clauseStart: Int, dates: [DateMention]) -> EventStatus? {
        let window = max(clauseStart, t.lowerBound - 12)..<t.lowerBound
        let after = t.upperBound..<min(s.tokens.count, t.upperBound + 6)
        // "Cuộc gặp giữa A và B dự kiến diễn ra …": a planned cue after the parties, in the same clause.
        var clauseEnd = t.upperBound
        // A parenthesis closes it too: "(mà trước đó chỉ dự kiến là 30-45 phút)" plans something else.
        while clauseEnd < s.tokens.count && !s.tokens[clauseEnd].isMark(in: .statusClauseEnds) { clauseEnd += 1 }
        // (Where a word stands is looked at before its text, which is made only for words in place.)
        let laterInClause = s.words.contains { w in (t.upperBound..<clauseEnd).contains(w.tokens.lowerBound) && ["dự kiến", "sẽ diễn ra", "sắp diễn ra"].contains(s.lowerText(w.tokens, in: text)) }
        let endedInClause = s.words.contains { w in (t.upperBound..<clauseEnd).contains(w.tokens.lowerBound) && ["đã kết thúc", "kết thúc", "đã diễn ra", "vừa diễn ra", "đã khai mạc", "khai mạc", "bế mạc"].contains(s.lowerText(w.tokens, in: text)) }
        if endedInClause { return .occurred }
        let plannedWords = s.words.filter { ($0.cue.classes.contains(.planned) && window.contains($0.tokens.lowerBound)) || ($0.cue.classes.contains(.plannedAfter) && after.contains($0.tokens.lowerBound)) }
        var planned = laterInClause || !plannedWords.isEmpty
        let occurred = s.words.contains { $0.cue.classes.contains(.occurred) && (window.contains($0.tokens.lowerBound) || after.contains($0.tokens.lowerBound)) }
        // "X đã tới Kiev để gặp Y", "Ngày 6/2, X tới Kiev để gặp Y": a purpose after a movement told
        // as done, or dated in its clause, plans nothing of itself (the date decides).
        if planned, !laterInClause, let purpose = plannedWords.first, plannedWords.allSatisfy({ lexicon.purposeCues.contains(s.lowerText($0.tokens, in: text)) }) {
            if s.words.contains(where: { $0.cue.classes.contains(.occurred) && $0.tokens.upperBound <= purpose.tokens.lowerBound && window.contains($0.tokens.lowerBound) }) { return .occurred }
            if dates.contains(where: { d in window.contains(d.tokens.lowerBound) || after.contains(d.tokens.lowerBound) || (d.tokens.lowerBound <= 1 && !d.isAnaphoric) }) { planned = false }
        }
        let strongOccurred = s.words.contains { w in w.cue.classes.contains(.occurred) && (window.contains(w.tokens.lowerBound) || after.contains(w.tokens.lowerBound)) && ["kết thúc", "vừa", "đã kết thúc", "vừa diễn ra", "đã diễn ra"].contains(s.lowerText(w.tokens, in: text)) }
        if strongOccurred { return .occurred }
        if planned { return .planned }
        if occurred { return .occurred }
        return nil
    }

    func statusFromDate(_ d: PartialDate, _ pub: PartialDate) -> EventStatus? {
        let dKey = (d.year, d.month ?? 0, d.day ?? 0)
        let pKey = (pub.year, d.month == nil ? 0 : (pub.month ?? 0), d.day == nil ? 0 : (pub.day ?? 0))
        if dKey < pKey { return .occurred }
        if dKey > pKey { return .planned }
        return nil
    }

    // MARK: when and where

    /// The date nearest the trigger: the first after it (before the next trigger), else the last
    /// before it. The press's report dates are not the event's, nor an announcement's date that of
    /// an event not yet held (only of one held); a date inside a `sau khi …` clause dates only
    /// the events of that clause; a vague time (`cuối tuần này`) nearest the trigger leaves it
    /// undated; a date the status contradicts is passed over, or read the other way (a bare weekday).
    /// `previous`: where the event word before this one ends; a date between it and this one
    /// dates that event first, so its other reading (`alternative`) is not taken for this one.
    /// A date after the trigger past a semicolon, or a date said relative to the day last told
    /// (`một ngày sau`) opening a clause after a comma, starts the next clause: it is not this event's.
    /// `shared`: where the dates of a verb coordinated after this one may stand; the first there
    /// dates this event too where none follows its own word. `outletClock`: of a date told in two
    /// clocks (`tức …`), the restatement in the outlet's dates it (a call); else the first (a meeting).
    private func date(_ dates: [DateMention], _ t: Range<Int>, in c: Clause, until next: Int, after previous: Int, status: EventStatus?,
                      shared: Range<Int>? = nil, outletClock: Bool = true) -> PartialDate? {
        let s = c.s
        let clauses = dates.first?.timeClauses ?? []
        let own = clauses.first { $0.contains(t.lowerBound) }
        let usable = dates.filter { d in
            guard !d.isSince && !d.isPress && !(outletClock ? d.isRestated : d.restates) && !(d.isReport && status != .occurred) else { return false }
            if let own { return own.contains(d.tokens.lowerBound) }
            return !clauses.contains { $0.contains(d.tokens.lowerBound) }
        }
        // "Tại hội đàm, X đề nghị … theo phán quyết năm 2002": an event word in a fronted adjunct
        // is the setting of the clause after the comma, whose dates are that clause's.
        // (No subject before the event word: "Hai nhà lãnh đạo hội đàm tại Osaka, Nhật Bản vào …"
        // is a main clause whose place holds a comma.)
        let firstComma = s.tokens.firstIndex { $0.isMark(",") }
        let subjectBefore = s.names.contains { $0.tokens.lowerBound < t.lowerBound }
            || s.words.contains { $0.tokens.lowerBound < t.lowerBound && !$0.cue.classes.isDisjoint(with: [.bothLeaders, .personPronoun, .statePronoun, .organizationPronoun, .honorific, .leader]) }
        // (Opened by an adjunct word: "Các cuộc đối thoại … giữa Nga, Ukraina … ngày 10/2" lists
        // parties with its commas.)
        let opened = lexicon.adjunctOpeners.contains(s.lower(0)) || lexicon.adjunctOpeners.contains(s.lower(0) + " " + s.lower(1))
        let inAdjunct = opened && !subjectBefore && (firstComma.map { t.upperBound <= $0 } ?? false)
        // "… hội kiến Thủ tướng Nhật Bản X, người vừa nhậm chức tuần trước": a date in an
        // appositive describing the one named is that person's.
        let inAppositive = { (d: DateMention) -> Bool in
            guard let comma = (t.upperBound..<d.tokens.lowerBound).last(where: { s.tokens[$0].isMark(",") }), comma + 1 < d.tokens.lowerBound else { return false }
            return self.lexicon.appositiveOpeners.contains(s.lower(comma + 1))
                || self.lexicon.appositiveOpeners.contains(s.lower(comma + 1) + " " + s.lower(comma + 2))
        }
        let opensClause = { (d: DateMention) -> Bool in
            s.tokens[t.upperBound..<d.tokens.lowerBound].contains { $0.text == ";" }
                || (d.isAnaphoric && d.tokens.lowerBound > 0 && [",", ";"].contains(s.tokens[d.tokens.lowerBound - 1].text))
                || (inAdjunct && firstComma.map { d.tokens.lowerBound > $0 } == true)
                || frontsNextClause(d, after: t, in: c, until: next)
                || inAppositive(d)
        }
        let before = usable.last { $0.tokens.upperBound <= t.lowerBound }
        // "Chiều 17/3, A hội đàm với B, nhân dịp chuyến thăm … từ ngày 16-18/3": a date after
        // another event word (the visit) is that one's when the event has a date of its own before.
        let pastOtherEvent = { (d: DateMention) -> Bool in
            // (Not a date an event word before this one claims: "A gặp B cuối tháng 10 và có cuộc
            // tiếp xúc ngắn … trong khuôn khổ hội nghị APEC hồi đầu tháng này".)
            (before.map { !(previous > 0 && $0.tokens.lowerBound >= previous) } ?? false) && s.words.contains { $0.tokens.lowerBound >= t.upperBound && $0.tokens.upperBound <= d.tokens.lowerBound
                && !$0.cue.classes.isDisjoint(with: [.eventTrigger, .visit]) }
        }
        let after = usable.first { $0.tokens.lowerBound >= t.upperBound && $0.tokens.lowerBound < next }.flatMap { opensClause($0) || pastOtherEvent($0) ? nil : $0 }
        let coordinated = after == nil ? shared.flatMap { r in usable.first { r.contains($0.tokens.lowerBound) } } : nil
        // "Các bộ trưởng sẽ nhóm họp vào ngày 15-16/6": a span of days told of the meeting itself
        // dates it by its first day; told of a visit ("hội đàm … trong chuyến thăm từ 10-11/7"),
        // only by the month.
        let dayOf = { (d: DateMention) -> PartialDate in
            guard let first = d.firstDay else { return d.date }
            // (The words strictly between the event word and the span, and the few heading a span
            // told before it: "chuyến thăm Việt Nam từ ngày 10 – 11/7, … sẽ hội đàm".)
            let from = d.tokens.lowerBound >= t.upperBound ? t.upperBound : max(0, d.tokens.lowerBound - 6)
            let to = d.tokens.lowerBound >= t.upperBound ? d.tokens.lowerBound : t.lowerBound
            let visit = from < to && s.words.contains { $0.cue.classes.contains(.visit) && (from..<to).contains($0.tokens.lowerBound) }
            return visit ? d.date : first
        }
        for candidate in [after, coordinated, before].compactMap({ $0 }) {
            if candidate.isVague || (candidate.isPastOnly && status == .planned) { return nil }
            // "Cùng ngày, X gặp Y" after a day still to come was told: told as done, it is the
            // day of the last day told that has passed.
            if status == nil, candidate.isAnaphoric, let pub = published, let other = candidate.alternative,
               statusFromDate(candidate.date, pub) == .planned, statusFromDate(other, pub) != .planned {
                return other
            }
            guard let pub = published, let st = status else { return dayOf(candidate) }
            let fits = { (d: PartialDate) -> Bool in
                let rel = statusFromDate(d, pub)
                return !(st == .planned && rel == .occurred) && !(st == .occurred && rel == .planned)
            }
            if fits(candidate.date) { return dayOf(candidate) }
            let claimed = previous > 0 && candidate.tokens.lowerBound >= previous && candidate.tokens.upperBound <= t.lowerBound
            if !claimed, let other = candidate.alternative, fits(other) { return other }
        }
        return nil
    }

    /// The words a place is named after, looked up by bytes (`WordSet`) for every token.
    private static let placeWords: WordSet = ["tại", "ở"]

    /// "A gặp B, còn ngày 9/6, C điện đàm với D": a date after a comma (a linking word between
    /// them at most) and before a comma a subject follows, with another event word still to come,
    /// fronts the next clause. ("A hội đàm với B, hôm 9/6, tại Helsinki": no subject follows.)
    private func frontsNextClause(_ d: DateMention, after t: Range<Int>, in c: Clause, until next: Int) -> Bool {
        let s = c.s
        let end = d.tokens.upperBound
        guard next < s.tokens.count, t.upperBound <= d.tokens.lowerBound, end + 1 < s.tokens.count, s.tokens[end].isMark(","),
              let comma = s.tokens[t.upperBound..<d.tokens.lowerBound].lastIndex(where: { $0.isMark(",") }) else { return false }
        // Between the comma and the day: a linking word at most, then the words that lead a day
        // (`ngày`, `sáng`, `vào`).
        var gap = s.tokens[(comma + 1)..<d.tokens.lowerBound].map(\.lower)
        if let n = (1...3).reversed().first(where: { $0 <= gap.count && lexicon.clauseLinkWords.contains(gap.prefix($0).joined(separator: " ")) }) {
            gap.removeFirst(n)
        }
        guard gap.count <= 2, gap.allSatisfy(lexicon.adjunctOpeners.contains) else { return false }
        return c.hits.contains { $0.tokens.lowerBound == end + 1 } || s.hasName(startingAt: end + 1)
            || s.words.contains { $0.tokens.lowerBound == end + 1 && !$0.cue.classes.isDisjoint(with: [.bothLeaders, .personPronoun, .statePronoun, .organizationPronoun, .honorific, .leader]) }
    }

    /// The place named right after a party (`… Macron tại Paris`): a capitalised name after a
    /// place word, or nil.
    private func placeRightAfter(_ c: Clause, _ h: ActorHit) -> String? {
        let s = c.s
        let at = h.tokens.upperBound
        guard at + 1 < s.tokens.count, EventRules.placeWords.contains(s.lower(at)) else { return nil }
        if let n = s.names.first(where: { $0.tokens.lowerBound == at + 1 }), case .capital = n.cue { return s.text(n.tokens, in: text) }
        var k = at + 1
        while k < s.tokens.count, s.tokens[k].isWord, s.tokens[k].isCapitalized, k - at <= 4 { k += 1 }
        guard k > at + 1, !c.hits.contains(where: { $0.tokens.lowerBound == at + 1 && !$0.flags.contains(.location) }) else { return nil }
        return s.text((at + 1)..<k, in: text)
    }

    func location(_ c: Clause, _ t: Range<Int>) -> String {
        let s = c.s
        // A capital or city named after "tại"/"ở" is the best place; else the first named place.
        // The tokens after which a place may be named, found once for both looks.
        let atPlace = (0..<s.tokens.count).filter { i in i + 1 < s.tokens.count && EventRules.placeWords.contains(s.lower(i)) }
        for i in atPlace {
            if let n = s.names.first(where: { $0.tokens.lowerBound == i + 1 }), case .capital = n.cue {
                return s.text(n.tokens, in: text)
            }
        }
        for i in atPlace {
            if abs(i - t.lowerBound) > 30 { continue }
            var k = i + 1
            var words: [String] = []
            while k < s.tokens.count && s.tokens[k].isWord && s.tokens[k].isCapitalized && words.count < 4 {
                words.append(s.tokens[k].text)
                k += 1
            }
            if words.isEmpty { continue }
            let name = words.joined(separator: " ")
            if ["Đông", "Tây", "Nam", "Bắc"].contains(name) { continue }
            if let h = c.hits.first(where: { $0.tokens.lowerBound == i + 1 }), !h.flags.contains(.location) { continue }
            return name
        }
        return ""
    }

    private func fillClocks(_ m: inout EventMention, _ clocks: [ClockReader.Clock], _ s: Sentence) {
        guard let first = clocks.first else { return }
        m.start = first.text
        if clocks.count > 1 {
            let second = clocks[1]
            m.end = second.text
            if m.duration == nil || true {
                var minutes = (second.hour * 60 + second.minute) - (first.hour * 60 + first.minute)
                if minutes < 0 { minutes += 24 * 60 }
                if minutes > 0 && minutes < 12 * 60 { m.duration = minutes }
            }
        }
        for i in first.tokens.upperBound..<s.tokens.count where s.lower(i).isSameWord("giờ") {
            let phrase = s.tokens[i..<min(s.tokens.count, i + 3)].map(\.text).filter { $0 != "(" && $0 != ")" && $0 != "," }
            let zone = phrase.prefix(while: { $0.first.map { !$0.isNumber } ?? false })
            if zone.count >= 2 { m.zone = zone.joined(separator: " "); break }
        }
    }
}
