/// The words the clause layer reads a sentence's structure with (all from rules.json).
struct ClauseWords: Sendable {
    /// Words that open a fronted adjunct (`Trong`, `Nếu`, `Sau`).
    var adjunctOpeners: WordSet = []
    /// Words before an actor that make it no subject (`với`, `gặp`).
    var governing: WordSet = []
    /// Words after which an actor opens a clause (`và`, `rằng`).
    var openers: WordSet = []
    /// Pronoun subjects (`tôi`, `chúng`).
    var pronouns: WordSet = []
    /// Delegation nouns (`phái đoàn`), the word before a delegation's head (`do`) and the verbs
    /// after it (`dẫn đầu`).
    var delegationNouns: WordSet = []
    var ledBy: WordSet = []
    var leadVerbs: WordSet = []
    /// Documents that speak for their author (`nghị quyết`, `tuyên bố chung`), and the word before
    /// the author (`của`).
    var documents: WordSet = []
    var possessives: WordSet = []
    /// Words that join a second predicate to the same subject (`đồng thời`, `và cũng`).
    var coordinated: WordSet = []
    /// Words opening an appositive after a comma (`người`, `người từng`): a reporting verb right
    /// after them is the described person's, inside the appositive.
    var appositiveOpeners: WordSet = []
    /// Units of a counted time before an opener (`Một ngày trước cuộc gặp …,`): rules.json
    /// `dayCountUnits` and `weekCountUnits`.
    var countUnits: WordSet = []
}

/// Clause-level reading of a sentence: who reports it, and which actor groups stand where.
struct Clause {
    /// A counted time before an adjunct opener at token `at` ("Một ngày trước cuộc gặp với ông Tập, …").
    static func countedOpener(_ s: Sentence, at: Int, words: ClauseWords) -> Bool {
        at + 2 < s.tokens.count && (s.tokens[at].startsWithDigit || ClockReader.numberWords[s.lower(at)] != nil)
            && words.countUnits.contains(s.lower(at + 1))
            && (words.adjunctOpeners.contains(s.lower(at + 2)) || words.adjunctOpeners.contains(s.lower(at + 2) + " " + s.lower(at + 3)))
    }

    /// Whether the comma at token `comma` closes an adjunct that opens the sentence (an opener word
    /// first and no comma before): what follows it is the main clause, no appositive.
    static func closesFrontedAdjunct(_ s: Sentence, comma: Int, words: ClauseWords) -> Bool {
        guard comma > 0, !s.tokens[0..<comma].contains(where: { $0.isMark(",") }) else { return false }
        return words.adjunctOpeners.contains(s.lower(0)) || words.adjunctOpeners.contains(s.lower(0) + " " + s.lower(1)) || countedOpener(s, at: 0, words: words)
    }

    let s: Sentence
    var hits: [ActorHit]
    /// Tokens before this index are the reporting frame (`Theo CNN,` … `X cho biết,`).
    let frameEnd: Int

    /// Tokens from here on are a speaker tag after a quote or statement (`…, ông Peskov cho biết.`).
    let tagStart: Int
    /// True when the sentence opens with a fronted adjunct (`Trong cuộc gặp với X, …`, `Nếu …, …`).
    let adjunctEnd: Int?
    /// An adjunct between the speaker and the reporting verb (`Ông X, sau cuộc gặp với Y, cho biết …`).
    let innerAdjunct: Range<Int>?
    /// The one told, between the reporting verb and `rằng` (`X cảnh báo Y rằng …`): no speaker.
    let toldInFrame: Range<Int>?

    /// The words read with.
    let words: ClauseWords

    init(_ s: Sentence, hits: [ActorHit], words: ClauseWords) {
        self.s = s
        self.words = words
        let adjunctOpeners = words.adjunctOpeners
        var frame = 0
        var inner: Range<Int>? = nil
        var told: Range<Int>? = nil
        // "Theo X, …" / "Nguồn tin từ X …"
        if let first = s.words.first, first.tokens.lowerBound <= 1, first.cue.classes.contains(.sourceOpener) {
            let comma = s.tokens.indices.first(where: { $0 >= first.tokens.upperBound && s.tokens[$0].isMark(",") }).map { $0 + 1 }
            let colon = s.words.first(where: { $0.cue.classes.contains(.reporting) && $0.tokens.lowerBound > first.tokens.upperBound
                && [":", "rằng", ","].contains(s.lower($0.tokens.upperBound)) }).map { $0.tokens.upperBound }
            frame = [comma, colon].compactMap { $0 }.min() ?? 0
        }
        // "VTV.vn - Tổng thống X …", "(Dân trí) - …": an outlet's dateline before a dash frames
        // the sentence; the clause starts after it. (Capitalised words, brackets and dots only, no
        // actor but a source: "Mỹ - Trung đàm phán" is a pair, no dateline.)
        if frame == 0, let dash = (1..<max(1, min(s.tokens.count - 1, 7))).first(where: { ["-", "–", "—"].contains(s.lower($0)) }),
           s.tokens[dash + 1].isCapitalized, s.tokens[0].isCapitalized || s.tokens[0].isMark("("),
           s.tokens[0..<dash].allSatisfy({ ["(", ")", "."].contains($0.text) || $0.isWord }),
           !hits.contains(where: { $0.tokens.lowerBound < dash && !$0.flags.contains(.source) }),
           !s.words.contains(where: { $0.tokens.lowerBound < dash }) {
            frame = dash + 1
        }
        let opens = { (at: Int) in adjunctOpeners.contains(s.lower(at)) || adjunctOpeners.contains(s.lower(at) + " " + s.lower(at + 1)) }
        // "X cho biết, …", "X tuyên bố Y …", "X tiết lộ: …"
        for w in s.words where w.cue.classes.contains(.reporting) && w.tokens.lowerBound >= frame {
            // "X đã điện đàm với Y, khẳng định …": after a comma, a reporting verb that follows a
            // clause with a predicate of its own (an event, demand or threat word not inside a
            // fronted adjunct) goes on with that clause's subject: no frame; what came before
            // is no speaker tag.
            // ("X cảnh báo Y, đồng thời tuyên bố …": a word joining a second predicate may stand
            // between the comma and the verb; a warning is a predicate then.)
            let before = w.tokens.lowerBound - 1
            // "… với Chủ tịch Hội đồng châu Âu Charles Michel, người khẳng định "…"": a relative
            // appositive's verb frames nothing of the sentence.
            if (1...2).contains(where: { n in
                before - n >= 0 && s.tokens[before - n].isMark(",")
                    && words.appositiveOpeners.contains((before - n + 1...before).map { s.lower($0) }.joined(separator: " ")) }) { continue }
            let joined = (1...2).first { n in
                before - n >= 0 && s.tokens[before - n].isMark(",")
                    && words.coordinated.contains((before - n + 1...before).map { s.lower($0) }.joined(separator: " "))
            }
            // (A word at `at` is outside a fronted adjunct when the stretch it stands in, from the
            // last comma before it, opens with no adjunct word.)
            let start = frame
            let outsideAdjunct = { (at: Int) in !opens((start..<at).last(where: { s.tokens[$0].isMark(",") }).map { $0 + 1 } ?? start) }
            if w.tokens.lowerBound > 0, s.tokens[before].isMark(",") || joined != nil {
                let classes: WordClasses = joined == nil ? [.eventTrigger, .demandTrigger, .threatVerb] : [.eventTrigger, .demandTrigger, .threatVerb, .warningVerb]
                let predicate = s.words.contains { v in
                    v.tokens.lowerBound >= start && v.tokens.upperBound < w.tokens.lowerBound
                        && !v.cue.classes.isDisjoint(with: classes) && outsideAdjunct(v.tokens.lowerBound)
                }
                if predicate { continue }
            }
            // "A và B đã điện đàm và ra tuyên bố chung thừa nhận "…"": a reporting verb after `và`
            // and a predicate of the clause's own (an event word not in a fronted adjunct) is a
            // second predicate of that subject, no frame.
            if let and = (frame..<w.tokens.lowerBound).last(where: { s.lower($0).isSameWord("và") }),
               s.words.contains(where: { v in
                   v.tokens.lowerBound >= start && v.tokens.upperBound <= and && v.cue.classes.contains(.eventTrigger) && !v.cue.classes.contains(.notTrigger)
                       && outsideAdjunct(v.tokens.lowerBound) }),
               !s.tokens[and..<w.tokens.lowerBound].contains(where: { [",", ":", "\"", "rằng"].contains($0.text) }) { continue }
            // "X cảnh báo … nếu …, sau khi truyền thông Mỹ đưa tin …": a reporting verb inside a
            // subordinate clause that follows a predicate of the sentence's own frames nothing.
            if let comma = (frame..<w.tokens.lowerBound).last(where: { s.tokens[$0].isMark(",") }), opens(comma + 1),
               s.words.contains(where: { v in v.tokens.upperBound <= comma && !v.cue.classes.isDisjoint(with: [.eventTrigger, .demandTrigger, .threatVerb, .warningVerb]) }) { continue }
            let next = w.tokens.upperBound < s.tokens.count ? s.tokens[w.tokens.upperBound] : nil
            // "X nói nếu xung đột xảy ra, …", "X nói ông …", "X nhấn mạnh nước này …": a conditional
            // or a pronoun opens what is said too.
            let opensClause = next.map { [",", ":", "\"", "rằng"].contains($0.lower) || $0.isCapitalized } ?? false
                || s.words.contains { $0.tokens.lowerBound == w.tokens.upperBound && !$0.cue.classes.isDisjoint(with: [.hypothetical, .personPronoun, .honorific, .statePronoun, .organizationPronoun, .speakerPronoun]) }
            let hasActorBefore = hits.contains { $0.tokens.upperBound <= w.tokens.lowerBound && $0.tokens.lowerBound >= frame }
            if opensClause && (hasActorBefore || frame > 0) && w.tokens.upperBound < s.tokens.count - 2 {
                // "Ông X, sau cuộc gặp với Y tại Berlin, cho biết …": an adjunct between the speaker
                // and the verb, set off by commas.
                let close = w.tokens.lowerBound - 1
                if close > frame, s.tokens[close].isMark(","),
                   let open = (frame..<close).last(where: { s.tokens[$0].isMark(",") }), opens(open + 1) {
                    inner = (open + 1)..<close
                }
                frame = w.tokens.upperBound
                // "X cảnh báo Y rằng …", "X nhắc Y: …": the one told stands between the verb and
                // what is said; the frame runs on to `rằng` or the colon. (Before a quote, as in
                // "X tuyên bố Israel "sẽ bị trừng phạt"", the actor is the quote's subject.)
                if let h = hits.first(where: { $0.tokens.lowerBound == frame }) {
                    var e = h.tokens.upperBound
                    while e + 1 < s.tokens.count, [",", "và"].contains(s.lower(e)), let n = hits.first(where: { $0.tokens.lowerBound == e + 1 }) { e = n.tokens.upperBound }
                    if e < s.tokens.count - 2, ["rằng", ":"].contains(s.lower(e)) {
                        told = frame..<e
                        frame = e + 1
                    }
                }
                break
            }
        }
        self.frameEnd = frame
        self.toldInFrame = told
        self.innerAdjunct = inner
        // "…, Tổng thống Trump viết trên Twitter hôm Chủ nhật.": a speaker tag closing the sentence.
        // "…, Thủ tướng Đức Merz cảnh báo.": a warning verb closes a sentence like a reporting one.
        // "…, bà Kim Yo-jong, em gái …, tuyên bố.": the tag starts at the comma its speaker follows,
        // past an appositive.
        var tag = s.tokens.count
        if let w = s.words.last(where: { !$0.cue.classes.isDisjoint(with: [.reporting, .warningVerb]) && $0.tokens.lowerBound > frame + 2 }),
           s.tokens.count - w.tokens.upperBound <= 14,
           !s.tokens[w.tokens.upperBound...].contains(where: { [",", ";", ":", "rằng"].contains($0.lower) }),
           // "…, ông Lula tuyên bố sẽ đáp trả": a modal or a measure after the verb is what is said,
           // a clause of its own, not a tag.
           !s.words.contains(where: { $0.tokens.lowerBound >= w.tokens.upperBound
               && !$0.cue.classes.isDisjoint(with: [.threatModal, .measure, .threatVerb, .demandTrigger]) }),
           // ("…, Tehran tuyên bố không nhượng bộ": a negation or a modal right after it, too.)
           !s.words.contains(where: { $0.tokens.lowerBound == w.tokens.upperBound && !$0.cue.classes.isDisjoint(with: [.negation, .planned]) }),
           // ("…, ông Thưởng cho biết đã gặp Tổng thống Peru": an event word right after it, or after
           // a word telling it happened, is a clause of its own.)
           !Clause.opensEventClause(s, at: w.tokens.upperBound),
           let comma = (max(frame, w.tokens.lowerBound - 20)..<w.tokens.lowerBound).last(where: { k in
               s.tokens[k].isMark(",") && hits.contains { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 2 && $0.tokens.upperBound <= w.tokens.lowerBound } }),
           // "…, sau khi truyền thông Mỹ đưa tin …": a subordinate clause, no speaker tag.
           !opens(comma + 1),
           !s.words.contains(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound < w.tokens.lowerBound
               && !$0.cue.classes.isDisjoint(with: [.eventTrigger, .demandTrigger, .threatVerb, .warningVerb, .measure]) }) {
            tag = comma
        }
        self.tagStart = tag
        // A fronted adjunct: an opener word first, and the adjunct runs to the first comma.
        // It opens the sentence, or the clause after a leading "Theo X," frame.
        // Adjuncts in a row ("Sáng nay tại London, sau cuộc hội đàm với X, ông Y …") are one.
        if let at = [0, frame].first(where: { opens($0) || Clause.countedOpener(s, at: $0, words: words) }) {
            let comma = { (from: Int) in (from..<s.tokens.count).first { s.tokens[$0].isMark(",") } }
            var end = comma(at)
            while let e = end, e + 1 < s.tokens.count, opens(e + 1), let next = comma(e + 1) { end = next }
            self.adjunctEnd = end
        } else {
            self.adjunctEnd = nil
        }
        var marked = hits
        for k in marked.indices {
            let h = marked[k]
            // "Trong cuộc gặp với X, Y cho biết …": X, in the fronted adjunct, is no speaker.
            let inAdjunctBeforeFrame = adjunctEnd.map { h.tokens.upperBound <= $0 && frame > $0 + 1 } ?? false
                || innerAdjunct.map { $0.contains(h.tokens.lowerBound) } ?? false
            let told = toldInFrame.map { $0.contains(h.tokens.lowerBound) } ?? false
            // ("…, ông Lula nói sau cuộc gặp với ông Prabowo.": the one met after an event word
            // inside the tag is a party of that event, no speaker.)
            let metInTag = h.tokens.lowerBound > tag && s.words.contains { w in
                w.tokens.lowerBound > tag && w.tokens.upperBound <= h.tokens.lowerBound
                    && w.cue.classes.contains(.eventTrigger) && !w.cue.classes.contains(.notTrigger) }
            // (""…Nga chống lại Vương quốc Anh", bà May nói, …": one named inside a quote that closes
            // before the reporting verb is what is said, no speaker.)
            let quotedBeforeFrame = h.tokens.upperBound <= frame
                && s.tokens[..<h.tokens.lowerBound].count(where: { $0.isMark("\"") }) % 2 == 1
                && s.tokens[h.tokens.upperBound..<frame].contains { $0.isMark("\"") }
            if (h.tokens.upperBound <= frame && !inAdjunctBeforeFrame && !told && !quotedBeforeFrame) || (h.tokens.lowerBound > tag && !metInTag) { marked[k].flags.insert(.source) }
            let prev = s.words(before: h.tokens.lowerBound, window: 2).first
            if let prev, prev.tokens.upperBound >= h.tokens.lowerBound - 1 {
                // "cuộc tấn công của Tehran": the possessor of an attack made it.
                if prev.cue.classes.contains(.victim) && !s.lower(h.tokens.lowerBound - 1).isSameWord("của") { marked[k].flags.insert(.victim) }
                if prev.cue.classes.contains(.topicPreposition) { marked[k].flags.insert(.topic) }
            }
            // "thăm trụ sở Liên minh châu Âu (EU)": the body names a place here, and so does the
            // acronym in brackets after it.
            // ("bên lề ASEM", "trong khuôn khổ APEC": the gathering is the setting, not a party.)
            if let prev, prev.tokens.upperBound == h.tokens.lowerBound, !prev.cue.classes.isDisjoint(with: [.placeNoun, .sideline]) {
                marked[k].flags.insert(.location)
            }
            if k > 0, marked[k - 1].flags.contains(.location), s.lower(h.tokens.lowerBound - 1).isSameWord("("),
               marked[k - 1].tokens.upperBound == h.tokens.lowerBound - 1 {
                marked[k].flags.insert(.location)
            }
        }
        self.hits = marked
    }

    /// True when an event word starts at token `k`, or right after a word telling that something
    /// happened (`đã`, `vừa`): `cho biết đã gặp …`.
    private static func opensEventClause(_ s: Sentence, at k: Int) -> Bool {
        var at = k
        if let w = s.words.first(where: { $0.tokens.lowerBound == at && $0.cue.classes.contains(.occurred) }) { at = w.tokens.upperBound }
        return s.words.contains { $0.tokens.lowerBound == at && $0.cue.classes.contains(.eventTrigger) && !$0.cue.classes.contains(.notTrigger) }
    }

    static let connectors: WordSet = ["và", ",", "-", "cùng", "cùng với", "với", "người", "đồng", "cấp", "ông", "bà", "cũng", "như"]

    /// The actor group (hits joined by `và`, `,`, `-`) that contains hit `k`, as hit indices.
    func group(around k: Int, allowWith: Bool = false) -> [Int] {
        var out = [k]
        var a = k
        while a > 0 {
            if joined(hits[a - 1].tokens.upperBound, hits[a].tokens.lowerBound, allowWith) {
                a -= 1
            } else if let j = (max(0, a - 4)..<a).last(where: { listGoesOn(afterAppositiveOf: $0) == a }) {
                a = j
            } else {
                break
            }
            out.insert(a, at: 0)
        }
        var b = k
        while b + 1 < hits.count {
            if joined(hits[b].tokens.upperBound, hits[b + 1].tokens.lowerBound, allowWith) {
                b += 1
            } else if let next = listGoesOn(afterAppositiveOf: b) {
                b = next
            } else {
                break
            }
            out.append(b)
        }
        return out
    }

    /// "hội kiến A, đồng minh thân cận của Hezbollah, và B": a lower-case description of up to
    /// eight words set off by commas after a party, with no word of a fact in it, does not end the
    /// list when the list goes on after it (a connector and a comma: `, và`); the actors inside the
    /// description (its possessor) are not joined. Returns the hit after it.
    private func listGoesOn(afterAppositiveOf b: Int) -> Int? {
        let from = hits[b].tokens.upperBound
        guard from + 2 < s.tokens.count, s.tokens[from].isMark(","), s.tokens[from + 1].isWord, !s.tokens[from + 1].isCapitalized,
              let close = ((from + 2)..<min(s.tokens.count, from + 10)).first(where: { !s.tokens[$0].isWord }),
              s.tokens[close].isMark(","),
              !s.words.contains(where: { $0.tokens.lowerBound > from && $0.tokens.lowerBound < close
                  && !$0.cue.classes.isDisjoint(with: [.eventTrigger, .reporting, .demandTrigger, .threatVerb, .warningVerb, .timeClause]) }),
              let next = hits.indices.first(where: { hits[$0].tokens.lowerBound > close }),
              hits[next].tokens.lowerBound - close >= 2, !s.has(.honorific, in: (close + 1)..<(close + 2)),
              joined(close, hits[next].tokens.lowerBound, false) else { return nil }
        return next
    }

    private func joined(_ from: Int, _ to: Int, _ allowWith: Bool) -> Bool {
        guard to >= from else { return false }
        var between = s.tokens[from..<to].map(\.lower)
        // "gặp A tại Berlin, B tại Paris và C": each party's place, between the parties of a list,
        // is stepped over (a capitalised name after a location preposition, then a comma or `và`).
        if to - from >= 3, s.has(.location, in: from..<(from + 1)) {
            var j = from + 1
            while j < to, s.tokens[j].isCapitalized { j += 1 }
            if j > from + 1, j < to, [",", "và"].contains(s.lower(j)) { between = s.tokens[j..<to].map(\.lower) }
        }
        // "phái đoàn Nga do X dẫn đầu": a delegation and its head are one party.
        if between.count == 1, words.ledBy.contains(between[0]), let next = hits.first(where: { $0.tokens.lowerBound == to }),
           leadVerb(at: next.tokens.upperBound) != nil {
            return true
        }
        // "… do X dẫn đầu và phái đoàn Ukraine …": past the head's lead verb and the next
        // delegation's noun, the usual connectors.
        if let head = hits.first(where: { $0.tokens.upperBound == from }), head.tokens.lowerBound > 0,
           words.ledBy.contains(s.lower(head.tokens.lowerBound - 1)), let verb = leadVerb(at: from) {
            between.removeFirst(min(verb, between.count))
            for n in (1...3).reversed() where between.count >= n && words.delegationNouns.contains(between.suffix(n).joined(separator: " ")) {
                between.removeLast(n)
                break
            }
        }
        guard between.count <= 4 else { return false }
        if between.isEmpty { return false }
        if !allowWith && between.contains("với") { return false }
        return between.allSatisfy { Clause.connectors.contains($0) } && (between.contains("và") || between.contains(",") || between.contains("-") || between.contains("cùng") || between.contains("với"))
    }

    /// The number of tokens of the lead verb (`dẫn đầu`) starting at token `k`, if one does.
    private func leadVerb(at k: Int) -> Int? {
        guard k < s.tokens.count else { return nil }
        var phrase = s.lower(k)
        for n in 1...3 {
            if n > 1 {
                guard k + n - 1 < s.tokens.count else { return nil }
                phrase += " " + s.lower(k + n - 1)
            }
            if words.leadVerbs.contains(phrase) { return n }
        }
        return nil
    }

    /// Index of the first hit starting at or after token `t`, within `gap` tokens.
    func hit(after t: Int, gap: Int, where ok: (ActorHit) -> Bool = { _ in true }) -> Int? {
        hits.indices.first { hits[$0].tokens.lowerBound >= t && hits[$0].tokens.lowerBound - t <= gap && ok(hits[$0]) }
    }

    /// True when a clause boundary (`.`, `;`, `:`, `rằng`, a quote) lies between two tokens.
    func boundary(between a: Int, and b: Int) -> Bool {
        guard a < b else { return false }
        return s.tokens[a..<b].contains { [";", ":", "rằng", "\""].contains($0.lower) }
    }

    /// The subject of the sentence's main clause: the first group after the reporting frame whose
    /// first member is not governed by a preposition.
    func mainSubject(before limit: Int? = nil) -> [Int]? {
        let governing = words.governing, openers = words.openers, pronouns = words.pronouns
        var start = frameEnd
        if let end = adjunctEnd, !s.lower(frameEnd + 1).isSameWord("khi") { start = end + 1 }
        var found: [Int]? = nil
        for k in hits.indices {
            let h = hits[k]
            if let limit, h.tokens.lowerBound >= limit { break }
            if h.tokens.lowerBound < start || !h.flags.intersection(.notParty).isEmpty { continue }
            let at = h.tokens.lowerBound
            // A pronoun subject ("chúng tôi") before any named one: the speaker's own clause.
            if s.tokens[min(frameEnd, at)..<at].contains(where: { pronouns.contains($0.lower) }) { return nil }
            let prev = s.lower(at - 1)
            // "Nghị quyết 2046 của Hội đồng Bảo an … yêu cầu …": the document's author says it.
            let authored = words.possessives.contains(prev) && documentOpensClause(before: at - 1, start: start)
            if !authored && (governing.contains(prev) || (prev.isSameWord("phía") && governing.contains(s.lower(at - 2)))) { continue }
            let afterTitle = s.names.contains { n in
                if case .title = n.cue { return n.tokens.upperBound == at }
                return false }
            // "Việc Phần Lan gia nhập NATO sẽ …": a nominal clause in the subject's place (the rules
            // read its actor as such).
            let nominal = s.words.contains { $0.tokens.upperBound == at && $0.cue.classes.contains(.nominalizer) }
            let opensClause = authored || afterTitle || nominal || at == 0 || at == start || (at > 0 && [",", "\"", ":", "(", ";"].contains(s.tokens[at - 1].text)) || openers.contains(prev)
            if !opensClause { continue }
            let g = group(around: k).filter { hits[$0].flags.intersection([.source, .location, .vague]).isEmpty && hits[$0].tokens.lowerBound >= start }
            // "… đã điện đàm với A và B, kêu gọi …": a list whose first party is an object goes on
            // with that object after `và`; it opens no clause.
            // (Not after a comma, nor the same party named again: "… với Macron, và ông Macron mời …".)
            if !authored, let first = g.first, first < k, governing.contains(s.lower(hits[first].tokens.lowerBound - 1)),
               !s.tokens[hits[k - 1].tokens.upperBound..<at].contains(where: { $0.isMark(",") }),
               !g.prefix(while: { $0 < k }).contains(where: { hits[$0].key == h.key }) { continue }
            guard limit != nil else { return g }
            if found == nil || joinedClause(at: at) { found = g }
        }
        return found
    }

    /// True when a document noun (`nghị quyết`, `thông cáo chung`) opens the clause right before the
    /// possessive at token `of`, with at most two unread tokens between them (`Nghị quyết 2046 của`).
    private func documentOpensClause(before of: Int, start: Int) -> Bool {
        for end in stride(from: of, through: max(start, of - 2), by: -1) {
            if end < of && (end..<of).contains(where: { [",", ";", ":", "\""].contains(s.tokens[$0].text) || s.word(at: $0) != nil }) { break }
            for length in 1...3 where end - length >= max(start, 0) {
                let from = end - length
                guard words.documents.contains((from..<end).map { s.lower($0) }.joined(separator: " ")) else { continue }
                return from == start || from == 0 || [",", ":", ";", "\""].contains(s.tokens[from - 1].text) || words.openers.contains(s.lower(from - 1))
            }
        }
        return false
    }

    /// True when the actor at `at` opens a clause joined to the one before by a comma and a
    /// conjunction (`…, trong khi IAEA yêu cầu …`, `…, còn Nga …`).
    private func joinedClause(at: Int) -> Bool {
        var j = at - 1
        var steps = 0
        while j > 0, steps < 2, words.openers.contains(s.lower(j)) || words.adjunctOpeners.contains(s.lower(j)) { j -= 1; steps += 1 }
        return steps > 0 && s.tokens[j].isMark(",")
    }
}
