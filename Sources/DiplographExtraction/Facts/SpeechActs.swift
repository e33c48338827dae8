import DiplographModel

/// A demand or threat read from one sentence, before repeats are merged.
struct SpeechAct {
    enum Kind { case demand, threat }
    let kind: Kind
    var by: [String]
    var to: [String]
    var topics: [String] = []
    var text: String
    var sanctions: Bool = false
    var measure: String = ""
    var condition: String = ""
    var cameo: String
    var evidence: Evidence
    /// Said as a further demand (`X cũng đề nghị …`): never merged into an earlier one.
    var additive = false
    /// The sentence it was read from.
    var sentence = 0
    /// Read from the headline or the lead paragraph, which restate the body's facts in other words.
    var inLead = false
    /// A threat whose condition is a demand left unmet ("nếu yêu cầu không được đáp ứng"): aimed at
    /// whom that demand was made.
    var onUnmetDemand = false
    /// The rule that read it (`demand.modal`, `threat.verb+target-from-discourse`), for `explain --trace`.
    var rule = ""
    /// The words of the sentence the rule read.
    var cues: [String] = []
}

/// Demands (`yêu cầu`, `kêu gọi`, `hối thúc`, `tìm kiếm các đảm bảo … từ`) and threats (`cảnh báo` with a
/// punitive measure, `đe dọa`, `sẽ … cấm vận nếu …`) of a sentence, with who makes them and at whom.
struct SpeechActRules {
    let lexicon: Lexicon
    let text: NormalizedText
    /// Record the words each rule read (for `explain --trace`); off for exports.
    var tracing = false

    /// The agent of a passive demand verb and its marker: `A bị B yêu cầu`, also with B's acronym
    /// in brackets after its full name (`bị Cơ quan … (IAEA) yêu cầu`) and with a capitalised name
    /// of one of its organs before it (`bị Hội đồng Thống đốc IAEA yêu cầu`).
    private func passiveAgent(_ c: Clause, before verb: Int) -> (agent: Int, marker: Int)? {
        let s = c.s
        var end = verb
        if end > 0, s.tokens[end - 1].isMark(")") { end -= 1 }
        guard let agent = c.hits.lastIndex(where: { $0.tokens.upperBound == end }) else { return nil }
        var start = c.hits[agent].tokens.lowerBound
        if end != verb {
            guard start > 0, s.tokens[start - 1].isMark("("),
                  let full = c.hits.lastIndex(where: { $0.tokens.upperBound == start - 1 }) else { return nil }
            start = c.hits[full].tokens.lowerBound
        }
        if let marker = lexicon.passiveMarker(before: start, in: s) { return (agent, marker) }
        // The organ's name: words only, the first one capitalised, right after the marker.
        for m in stride(from: start - 2, through: max(0, start - 6), by: -1) {
            guard s.tokens[(m + 1)..<start].allSatisfy(\.isWord), !c.hits.contains(where: { $0.tokens.lowerBound > m && $0.tokens.lowerBound < start }) else { return nil }
            if s.tokens[m + 1].isCapitalized, let marker = lexicon.passiveMarker(before: m + 1, in: s) { return (agent, marker) }
        }
        return nil
    }

    func demands(_ c: Clause, evidence: Evidence, keyOf: @escaping (ActorHit) -> [String], stateKey: @escaping (String) -> String) -> [SpeechAct] {
        let s = c.s
        var out: [SpeechAct] = []
        // After a demand, a demand verb coordinated with it ("X kêu gọi A …, đồng thời đề nghị
        // B …") has the same maker; any other needs a subject of its own after the one before
        // ("…, trong khi Mỹ kêu gọi …").
        var maker: [String]? = nil
        var previousEnd = 0
        // The subject found for a later verb's own clause, read once.
        var ownSubject: [Int]? = nil
        for w in s.words where w.cue.classes.contains(.demandTrigger) && w.cue.classes.isDisjoint(with: [.notDemand, .nominalDemand]) {
            let t = w.tokens
            let next = t.upperBound
            ownSubject = nil
            if maker != nil {
                let one = s.lower(t.lowerBound - 1), two = s.lower(t.lowerBound - 2) + " " + one
                if !(lexicon.coordinatedVerbCues.contains(one) || lexicon.coordinatedVerbCues.contains(two)) {
                    guard let own = subject(c, before: t.lowerBound), !own.isEmpty,
                          own.allSatisfy({ c.hits[$0].tokens.lowerBound >= previousEnd }) else { continue }
                    maker = nil
                    ownSubject = own
                }
            }
            // "đề nghị (được) điện đàm với X": asking for an event proposes it; no demand. (Not a
            // signing: "yêu cầu X ký thỏa thuận" asks for a deed.)
            let eventAt = lexicon.passiveMarkers.contains(s.lower(next)) ? next + 1 : next
            if s.words.contains(where: { $0.tokens.lowerBound == eventAt && $0.cue.classes.contains(.eventTrigger) && !$0.cue.classes.contains(.notTrigger)
                && !lexicon.isSigningWord($0.cue) }) { continue }
            if s.words.contains(where: { $0.cue.classes.contains(.citizens) && $0.tokens.lowerBound >= next && $0.tokens.lowerBound <= next + 2 }) { continue }
            // "sẽ buộc X … phải trả giá": made to suffer a measure is a threat, not a demand.
            if lexicon.causerVerbs.contains(s.lowerText(t, in: text)), s.words.contains(where: { m in
                m.cue.classes.contains(.measure) && m.tokens.lowerBound > next && m.tokens.lowerBound - next <= 24
                    && (lexicon.sufferWordsAfterSubject.contains(s.lower(m.tokens.lowerBound - 1)) || m.cue.classes.contains(.suffer)) }) { continue }
            // "A đã bị B yêu cầu …", "A được phía B đề nghị …": B demands of A.
            if let (agent, marker) = passiveAgent(c, before: t.lowerBound),
               let patient = c.hits.lastIndex(where: { $0.tokens.upperBound <= marker }) {
                var act = demand(by: keyOf(c.hits[agent]), to: keyOf(c.hits[patient]), from: t.lowerBound, in: s, evidence: evidence)
                act.rule = "demand.passive"
                if tracing { act.cues = [s.text(t, in: text), s.text(c.hits[agent].tokens, in: text), s.text(c.hits[patient].tokens, in: text)] }
                out.append(act)
                break
            }
            if ["do", "được", "bị", "theo"].contains(s.lower(t.lowerBound - 1)) || (["do"].contains(s.lower(t.lowerBound - 2)) && c.hits.contains { $0.tokens.upperBound == t.lowerBound }) { continue }
            if ["các", "những", "mọi", "một"].contains(s.lower(t.lowerBound - 1)) { continue }
            if s.words(before: t.lowerBound, window: 2).contains(where: { !$0.cue.classes.isDisjoint(with: [.negation, .hedge]) }) || negationReaches(c, to: t) { continue }
            // "bác bỏ thông tin cho rằng New Delhi đã đề nghị Washington …": a demand denied.
            if s.words.contains(where: { w in w.cue.classes.contains(.strongNegation) && w.tokens.upperBound <= t.lowerBound
                && !s.tokens[w.tokens.upperBound..<t.lowerBound].contains { [",", ";", "và", "nhưng"].contains($0.lower) } }) { continue }
            let byIdx = maker == nil ? (ownSubject ?? subject(c, before: t.lowerBound)) : nil
            var by = maker ?? (byIdx ?? []).flatMap { keyOf(c.hits[$0]) }
            if by.isEmpty { by = c.hits.filter { $0.flags.contains(.source) && lexicon.isNotMedia($0.key) }.flatMap(keyOf) }
            guard !by.isEmpty else { continue }
            let side = Set(by.map(stateKey))
            let notSide: (ActorHit) -> Bool = { h in keyOf(h).contains { !side.contains(stateKey($0)) } && h.flags.intersection([.source, .location, .vague]).isEmpty }
            var toIdx: [Int] = []
            // "đề nghị người đồng cấp Ấn Độ Narendra Modi …": past a counterpart phrase.
            let counterpart = s.words.first { $0.tokens.lowerBound == next && $0.cue.classes.contains(.counterpart) }
            let gap = counterpart.map { $0.tokens.upperBound - next + 4 } ?? 4
            if let a = c.hit(after: next, gap: gap, where: notSide), !c.boundary(between: next, and: c.hits[a].tokens.lowerBound) {
                toIdx = c.group(around: a).filter { notSide(c.hits[$0]) }
            } else if let from = (next..<s.tokens.count).first(where: { s.lower($0).isSameWord("từ") }), let a = c.hit(after: from + 1, gap: 4, where: notSide) {
                toIdx = c.group(around: a).filter { notSide(c.hits[$0]) }
            } else if let with = (0..<t.lowerBound).last(where: { s.lower($0).isSameWord("với") }), let a = c.hit(after: with + 1, gap: 3, where: notSide) {
                toIdx = c.group(around: a).filter { notSide(c.hits[$0]) }
            }
            let to = toIdx.flatMap { keyOf(c.hits[$0]) }.filter { !side.contains(stateKey($0)) }
            guard !to.isEmpty else { continue }
            var act = demand(by: by, to: to, from: t.lowerBound, in: s, evidence: evidence)
            act.additive = s.words(before: t.lowerBound, window: 2).contains { $0.cue.classes.contains(.additive) }
            act.rule = "demand.verb" + (maker != nil ? "+coordinated" : byIdx == nil ? "+speaker" : "")
            if tracing { act.cues = [s.text(t, in: text)] + ((byIdx ?? []) + toIdx).map { s.text(c.hits[$0].tokens, in: text) } }
            out.append(act)
            maker = by
            previousEnd = t.upperBound
        }
        return out
    }

    func threats(_ c: Clause, speaker: [String], evidence: Evidence, keyOf: @escaping (ActorHit) -> [String], stateKey: @escaping (String) -> String,
                 otherParty: (Set<String>) -> String?) -> [SpeechAct] {
        let s = c.s
        let usable = s.words.filter { !$0.cue.classes.contains(.notThreat) }
        // "sẽ dỡ bỏ lệnh trừng phạt", "tiếp tục tuân thủ các lệnh trừng phạt": a measure lifted,
        // eased or complied with (a relief verb ending at most two words before it) is no threat.
        let relieved: (Range<Int>) -> Bool = { r in
            // (A one- or two-word verb from `k` to `end`, words only from `k` to the measure.)
            (max(0, r.lowerBound - 2)...r.lowerBound).contains { end in
                (1...2).contains { n in
                    let k = end - n
                    // ("sẽ không ngừng không kích": a relief denied is the measure going on.)
                    return k >= 0 && s.tokens[k..<r.lowerBound].allSatisfy(\.isWord)
                        && lexicon.reliefVerbs.contains(n == 1 ? s.lower(k) : s.lower(k) + " " + s.lower(k + 1))
                        && !s.words.contains { $0.tokens.upperBound == k && $0.cue.classes.contains(.negation) }
                }
            }
        }
        let measures = usable.filter { $0.cue.classes.contains(.measure) && !relieved($0.tokens) }
        // "đe dọa (nghiêm trọng) hòa bình", "đang đe dọa sức khỏe": endangers, no threat.
        let endangers: (Range<Int>) -> Bool = { r in
            s.words.contains { $0.cue.classes.contains(.endangered) && $0.tokens.lowerBound >= r.upperBound && $0.tokens.lowerBound <= r.upperBound + 3 }
        }
        let pledges = usable.filter { $0.cue.classes.contains(.warningVerb) && ownSideVow(c, after: $0, keyOf: keyOf, stateKey: stateKey) }
        // "cảnh báo một cuộc tấn công quân sự vào Iran sẽ là thảm họa": a measure named as an event
        // ("cuộc …") is what the warning is about, not what the warner will do.
        let ownMeasures = measures.filter { m in !(max(0, m.tokens.lowerBound - 2)..<m.tokens.lowerBound).contains { lexicon.eventNounClassifiers.contains(s.lower($0)) } }
        let spoken = usable.filter { ($0.cue.classes.contains(.threatVerb) && !endangers($0.tokens)) || $0.cue.classes.contains(.nominalThreat) || ($0.cue.classes.contains(.warningVerb) && !ownMeasures.isEmpty) }
            + (measures.isEmpty ? pledges : [])
        // "Nga sẽ phải hứng chịu các lệnh trừng phạt nếu …, Thủ tướng Đức cảnh báo.": the warning
        // is the speaker tag; the threat is read from the statement before it.
        let verbs = spoken.filter { $0.tokens.lowerBound < c.tagStart }
        let taggedWarning = verbs.count < spoken.count
        // "X khẳng định những lời đe dọa áp thuế … không phải là …": a threat spoken of, made by
        // the other side against the one who speaks of it.
        if let v = verbs.first, v.cue.classes.contains(.nominalThreat) {
            let subject = (c.mainSubject(before: v.tokens.lowerBound) ?? []).flatMap { keyOf(c.hits[$0]) }
            guard !subject.isEmpty else { return [] }
            // Who made it may only be named later in the article: then the whole article decides.
            let by = otherParty(Set(subject.map(stateKey))).map { [$0] } ?? []
            let found = measures.filter { $0.tokens.lowerBound >= v.tokens.upperBound }
            // "lên án Mỹ đưa ra 'các đe dọa'", "không nhượng bộ trước 'những lời đe dọa'": threats
            // spoken of with no measure named are no fact of their own.
            guard !found.isEmpty else { return [] }
            let sanctions = found.contains { $0.cue.measure.map { lexicon.rules.measures[$0].sanctions } ?? false }
            let measureText = found.first.map { s.text($0.tokens, in: text) } ?? s.text(v.tokens, in: text)
            var act = SpeechAct(kind: .threat, by: by, to: subject, text: s.text, sanctions: sanctions, measure: measureText,
                                cameo: sanctions ? "1312" : "130", evidence: evidence)
            act.rule = "threat.spoken-of+threatener-from-discourse"
            if tracing { act.cues = [s.text(v.tokens, in: text), measureText] }
            return [act]
        }
        // "Nga không đe dọa bất kỳ ai": denied, not made.
        if let v = verbs.first, s.words(before: v.tokens.lowerBound, window: 2).contains(where: { $0.cue.classes.contains(.negation) }) { return [] }
        if let v = verbs.first, negationReaches(c, to: v.tokens) { return [] }
        // (A measure held ready, "sẵn sàng đáp trả bằng …", looks forward as a condition does; not
        // one the speaker asks of another, "kêu gọi Y sẵn sàng hành động".)
        let ready = measures.contains { heldReady(s, $0.tokens) }
        let conditional = ready || s.words.contains { $0.cue.classes.contains(.hypothetical) } || s.has(.planned, in: 0..<s.tokens.count)
        let anchor: Range<Int>
        if let v = verbs.first { anchor = v.tokens }
        else if conditional || taggedWarning, let m = measures.first(where: { $0.tokens.lowerBound < c.tagStart && hasFutureNear(s, $0.tokens) }) { anchor = m.tokens }
        else if s.words.contains(where: { $0.cue.classes.contains(.hypothetical) && s.lower($0.tokens.lowerBound).isSameWord("nếu") }),
                let m = measures.first(where: { m in m.tokens.lowerBound < c.tagStart && (max(0, m.tokens.lowerBound - 3)..<m.tokens.lowerBound).contains { conditionalModal(s, at: $0) } }) { anchor = m.tokens }
        // "Mỹ cân nhắc trừng phạt", "đang xem xét các biện pháp trừng phạt nhắm vào …": a measure weighed.
        else if let m = measures.first(where: { m in m.tokens.lowerBound < c.tagStart && deliberationCue(s, before: m.tokens.lowerBound) != nil }) { anchor = m.tokens }
        // "EU đang chuẩn bị gói trừng phạt thứ 11 nhằm vào Nga", "chưa thông qua gói trừng phạt …":
        // a package of measures prepared and not yet adopted.
        else if let m = measures.first(where: { m in m.tokens.lowerBound < c.tagStart && pendingPackage(s, before: m.tokens.lowerBound) }) { anchor = m.tokens }
        // "Erdogan cho biết nước này có thể đình chỉ quan hệ ngoại giao với UAE": a measure the speaker
        // says their own side may take, with no condition told.
        else if let m = measures.first(where: { m in m.tokens.lowerBound < c.tagStart && ownSideMayTake(c, m.tokens, speaker: speaker, keyOf: keyOf, stateKey: stateKey) }) { anchor = m.tokens }
        else { return [] }
        // Who weighs it: the actor right before the cue ("…, Mỹ cân nhắc trừng phạt").
        let weigher = verbs.isEmpty ? deliberationCue(s, before: anchor.lowerBound).flatMap { d in c.hits.lastIndex { $0.tokens.upperBound == d } } : nil
        // "A cho biết …, trong khi B cảnh báo …": the warning is told in a clause of its own after a
        // comma and a contrast; its subject and target are read there.
        let contrastEnd: Int? = (min(c.frameEnd, anchor.lowerBound)..<anchor.lowerBound).last(where: { k in
            k + 1 < s.tokens.count && s.tokens[k].isMark(",") && (lexicon.contrastConnectors.contains(s.lower(k + 1)) || lexicon.contrastConnectors.contains(s.lower(k + 1) + " " + s.lower(k + 2)))
        }).map { k in lexicon.contrastConnectors.contains(s.lower(k + 1) + " " + s.lower(k + 2)) ? k + 3 : k + 2 }

        // Condition: "nếu …" up to a comma or "thì"; or "việc … dẫn đến".
        var condition = 0..<0
        let ifWord = s.words.first { $0.cue.classes.contains(.hypothetical) && s.lower($0.tokens.lowerBound).isSameWord("nếu") }
        if let ifWord {
            var e = ifWord.tokens.upperBound
            // ("nếu Anh, Pháp và Đức …": a comma inside a list of actors goes on.)
            while e < s.tokens.count {
                if s.lower(e).isSameWord(","), c.hits.contains(where: { $0.tokens.upperBound == e }), let end = listEnd(c, from: e) { e = end; continue }
                if [",", "thì", ".", ";"].contains(s.lower(e)) { break }
                e += 1
            }
            condition = ifWord.tokens.upperBound..<e
        }
        // "X yêu cầu Y khôi phục …, nếu không sẽ dùng mọi biện pháp": `nếu không` after a comma and a
        // demand is "otherwise": the condition is the demand left unmet, and its maker threatens
        // its addressee.
        var otherwise: (tokens: Range<Int>, cue: WordCue)? = nil
        if let ifWord, ifWord.tokens.lowerBound > 0, s.tokens[ifWord.tokens.lowerBound - 1].isMark(","),
           s.words.contains(where: { $0.tokens.lowerBound == ifWord.tokens.upperBound && $0.cue.classes.contains(.negation) }),
           let d = s.words.last(where: { $0.cue.classes.contains(.demandTrigger) && $0.tokens.upperBound < ifWord.tokens.lowerBound - 1 }),
           d.tokens.upperBound <= anchor.lowerBound {
            otherwise = d
            condition = d.tokens.upperBound..<(ifWord.tokens.lowerBound - 1)
        }
        var measureZone = 0..<s.tokens.count
        let conditionFromIf = !condition.isEmpty
        if let lead = (anchor.upperBound..<s.tokens.count).first(where: { s.lower($0).isSameWord("dẫn") && s.lower($0 + 1).isSameWord("đến") }) {
            if condition.isEmpty { condition = anchor.upperBound..<lead }
            measureZone = (lead + 2)..<s.tokens.count
        }
        var found = measures.filter { measureZone.contains($0.tokens.lowerBound) && !condition.contains($0.tokens.lowerBound) }
        // "Algeria trục xuất …, Paris dọa đáp trả": the measure threatened follows the threat word;
        // one told before it is another clause's deed.
        let threatStart = verbs.first?.tokens.upperBound ?? anchor.lowerBound
        if found.contains(where: { $0.tokens.lowerBound >= threatStart }) {
            found = found.filter { $0.tokens.lowerBound >= threatStart }
        }
        if found.isEmpty && verbs.first.map({ v in !v.cue.classes.contains(.threatVerb) && !pledges.contains(where: { $0.tokens == v.tokens }) }) ?? true { return [] }
        // "Đe dọa không phải là cách tiếp cận đúng", "tiếp tục ép buộc, đe dọa và …": the word with no
        // measure and no complement (a mark or a word of rules.json threatWordNounCues right after it) names
        // intimidation spoken of, no threat made ("dọa hủy thỏa thuận quân sự" has one).
        if found.isEmpty, let v = verbs.first, v.cue.classes.contains(.threatVerb), !v.cue.classes.contains(.nominalThreat) {
            let next = v.tokens.upperBound
            // (An opening quote holds the complement: 'dọa "không hào phóng"'.)
            let bare = next >= s.tokens.count || (!s.tokens[next].isWord && !["\"", "“", "'", "‘"].contains(s.tokens[next].text))
                || lexicon.threatWordNounCues.contains(s.lower(next)) || lexicon.threatWordNounCues.contains(s.lower(next) + " " + s.lower(next + 1))
            if bare && c.hit(after: next, gap: 2, where: { $0.flags.intersection(.notParty).isEmpty }) == nil { return [] }
        }
        let sanctions = found.contains { $0.cue.measure.map { lexicon.rules.measures[$0].sanctions } ?? false }
        let main = found.first { $0.cue.measure.map { lexicon.rules.measures[$0].sanctions } ?? false } ?? found.first

        // Who threatens: the main subject (and the reporting speaker). "X sẽ phải trả giá": X is the target.
        let anchorText = s.lowerText(anchor, in: text)
        // "X sẽ phải hứng chịu các lệnh trừng phạt": a suffer verb just before the measure.
        let sufferBefore = s.has(.suffer, in: max(0, anchor.lowerBound - 3)..<anchor.lowerBound) && s.has(.threatModal, in: max(0, anchor.lowerBound - 5)..<anchor.lowerBound)
        let anchorSuffers = s.words.contains { $0.tokens == anchor && $0.cue.classes.contains(.suffer) }
        // "Iran sẽ bị hủy diệt": a measure said in the passive falls on the subject.
        let passiveMeasure = lexicon.passiveMarkers.contains(s.lower(anchor.lowerBound)) && s.has(.threatModal, in: max(0, anchor.lowerBound - 3)..<anchor.lowerBound)
        let payer = verbs.isEmpty && (anchorText.hasPrefix("phải trả giá") || (s.lower(anchor.lowerBound - 1).isSameWord("phải") && anchorSuffers) || sufferBefore || passiveMeasure)
        var byIdx = payer ? [] : (c.mainSubject(before: anchor.upperBound) ?? [])
        // An actor right before the anchor: ending at most four tokens before it, only words between.
        let rightBefore: (ActorHit) -> Bool = { h in
            h.tokens.upperBound <= anchor.lowerBound && anchor.lowerBound - h.tokens.upperBound <= 4
                && s.tokens[h.tokens.upperBound..<anchor.lowerBound].allSatisfy(\.isWord)
        }
        // "Algeria trục xuất …, Paris dọa đáp trả": the actor opening the clause after a comma,
        // right before the threat word, is who threatens; whom it warns is not read in the clause
        // before ("Đặc phái viên Mỹ tới Beirut …, Israel dọa đáp trả mọi vi phạm").
        var ownClauseStart = 0
        if !payer, let k = c.hits.indices.last(where: { k in
            let h = c.hits[k]
            return rightBefore(h) && !condition.contains(h.tokens.lowerBound) && h.flags.intersection(.notParty).isEmpty && !h.key.isEmpty
        }) {
            // (A list opening the clause is the subject whole: "…, Anh, Pháp dọa …"; one that
            // began in the clause before ("… nhân viên Pháp, Paris dọa …") is cut at the comma.)
            // (An honorific may open it before the name: "…, ông Trump dọa …".)
            let opens = { (i: Int) -> Bool in
                var start = c.hits[i].tokens.lowerBound
                if s.words.contains(where: { $0.tokens.upperBound == start && $0.tokens.count == 1 && $0.cue.classes.contains(.honorific) }) { start -= 1 }
                return start > c.frameEnd && start > 0 && s.tokens[start - 1].isMark(",")
            }
            let group = c.group(around: k)
            if let first = group.first {
                if opens(first) {
                    if !byIdx.contains(k) { byIdx = group }
                    ownClauseStart = c.hits[first].tokens.lowerBound
                } else if opens(k) {
                    // (Also when the clause before is read as one list with it: "… Israel - Hamas, ông Trump dọa …".)
                    byIdx = group.filter { $0 >= k }
                    ownClauseStart = c.hits[k].tokens.lowerBound
                }
            }
        }
        // "Australia bày tỏ quan ngại … sau khi nhà ngoại giao này cảnh báo …": a threat word inside a
        // time clause after the main clause is said by that clause's own subject.
        if !payer, let cue = s.words.last(where: { $0.cue.classes.contains(.timeClause) && $0.tokens.upperBound <= anchor.lowerBound && $0.tokens.lowerBound > c.frameEnd }),
           byIdx.allSatisfy({ c.hits[$0].tokens.upperBound <= cue.tokens.lowerBound }),
           let k = c.hit(after: cue.tokens.upperBound, gap: 0, where: { $0.flags.intersection(.notParty).isEmpty && !$0.key.isEmpty }) {
            let group = c.group(around: k).filter { $0 >= k }
            if let last = group.last, c.hits[last].tokens.upperBound <= anchor.lowerBound,
               !s.tokens[c.hits[last].tokens.upperBound..<anchor.lowerBound].contains(where: { !$0.isWord }) { byIdx = group }
        }
        if let k = weigher { byIdx = [k] }
        // ("X cho biết …, nhưng cảnh báo …": a contrast clause with no subject of its own goes on
        // with the speaker's.)
        var ownContrastSubject = false
        if !payer, let from = contrastEnd, let k = c.hit(after: from, gap: 3, where: { $0.tokens.upperBound <= anchor.lowerBound && $0.flags.intersection([.victim, .location, .vague, .topic]).isEmpty }) {
            byIdx = c.group(around: k).filter { c.hits[$0].tokens.lowerBound >= from }
            ownContrastSubject = true
        }
        // "Mexico gỡ rối đe dọa thuế quan của ông Trump", "trước đe dọa trừng phạt của EU": the threat
        // named as a noun with its measure, its maker right after `của`; the clause's subject is the
        // one threatened.
        var possessed: [Int] = []
        if !payer, let v = verbs.first, v.cue.classes.contains(.threatVerb),
           let of = (v.tokens.upperBound..<min(s.tokens.count, v.tokens.upperBound + 6)).first(where: { s.lower($0).isSameWord("của") }),
           (v.tokens.upperBound..<of).allSatisfy({ k in measures.contains { $0.tokens.contains(k) } }), !condition.contains(of),
           let a = c.hit(after: of + 1, gap: 1, where: { $0.flags.intersection([.victim, .location, .vague, .topic]).isEmpty }) {
            // The maker and those joined to it by "và" (not the clause's subject after a comma).
            possessed = [a]
            while let last = possessed.last, last + 1 < c.hits.count, c.hits[last + 1].tokens.lowerBound == c.hits[last].tokens.upperBound + 1,
                  s.lower(c.hits[last].tokens.upperBound).isSameWord("và") { possessed.append(last + 1) }
            byIdx = possessed
        }
        // "Việc Phần Lan gia nhập NATO sẽ gây ra hậu quả": the actor inside the nominal clause is
        // who the speaker warns, not who warns.
        var nominalSubject: [Int] = []
        if let first = byIdx.first, s.words.contains(where: { $0.tokens.upperBound == c.hits[first].tokens.lowerBound && $0.cue.classes.contains(.nominalizer) }) {
            nominalSubject = byIdx
            byIdx = []
        }
        if byIdx.isEmpty && !payer && nominalSubject.isEmpty, let k = c.hits.indices.last(where: { c.hits[$0].tokens.upperBound <= anchor.lowerBound && !condition.contains(c.hits[$0].tokens.lowerBound) && c.hits[$0].flags.intersection([.victim, .location, .vague]).isEmpty }) {
            byIdx = c.group(around: k)
        }
        if let d = otherwise { byIdx = c.mainSubject(before: d.tokens.lowerBound) ?? [] }
        var by = byIdx.flatMap { keyOf(c.hits[$0]) }
        if possessed.isEmpty && weigher == nil && !ownContrastSubject { by += c.hits.filter { $0.flags.contains(.source) && lexicon.isNotMedia($0.key) }.flatMap(keyOf) }
        if by.isEmpty { by = speaker }
        // "X kêu gọi HĐBA thông qua nghị quyết, theo đó Syria sẽ bị trừng phạt nếu …": who asks
        // for the measure threatens with it.
        if by.isEmpty, payer, let d = s.words.first(where: { $0.cue.classes.contains(.demandTrigger) && $0.tokens.upperBound <= anchor.lowerBound }),
           let asker = c.mainSubject(before: d.tokens.lowerBound) {
            by = asker.flatMap { keyOf(c.hits[$0]) }
        }
        // "EU thông qua gói biện pháp mới, theo đó Moskva sẽ phải trả giá đắt nếu …": the main
        // clause's subject, another than the one who pays, threatens with what it adopted.
        if by.isEmpty, payer, let subject = c.mainSubject(before: anchor.lowerBound) {
            let pays = c.hits.indices.last { rightBefore(c.hits[$0]) }
            if let pays, !subject.contains(pays) { by = subject.flatMap { keyOf(c.hits[$0]) } }
        }
        by = Array(NSOrderedUnique(by))
        // (A demand's maker the sentence does not name, "otherwise": the article's discourse decides.)
        guard !by.isEmpty || otherwise != nil else { return [] }
        let side = Set(by.map(stateKey))
        let other: (ActorHit) -> Bool = { h in keyOf(h).allSatisfy { !side.contains(stateKey($0)) } && h.flags.intersection(.notParty).isEmpty }

        // At whom: object of the warning, subject of the condition, "nói với X", else another party.
        var toIdx: [Int] = nominalSubject.filter { other(c.hits[$0]) }
        // "cảnh báo việc Phần Lan gia nhập NATO sẽ …": the actor of the nominal clause is warned.
        // (Not when the warning is told to someone: "nói với Biden rằng …, cảnh báo việc …".)
        let toldTo = (0..<anchor.lowerBound).contains { s.lower($0).isSameWord("với") && s.lower($0 - 1).isSameWord("nói") }
        let afterVerb = verbs.first.flatMap { v -> Int? in
            guard s.words.contains(where: { $0.tokens.lowerBound == v.tokens.upperBound && $0.cue.classes.contains(.nominalizer) }) else { return v.tokens.upperBound }
            return toldTo ? nil : v.tokens.upperBound + 1
        }
        if !possessed.isEmpty {
            let sources = c.hits.indices.filter { c.hits[$0].flags.contains(.source) && lexicon.isNotMedia(c.hits[$0].key) && keyOf(c.hits[$0]).allSatisfy { !side.contains(stateKey($0)) } }
            toIdx = (c.mainSubject(before: anchor.lowerBound) ?? []).filter { other(c.hits[$0]) }
            if toIdx.isEmpty { toIdx = sources }
        }
        if toIdx.isEmpty, let from = afterVerb, let a = c.hit(after: from, gap: 1, where: other) { toIdx = c.group(around: a).filter { other(c.hits[$0]) } }
        // "cảnh báo EU sẽ áp thuế": the party warned of is the one who would act.
        let suffer = lexicon.sufferWordsAfterSubject
        if let last = toIdx.last, lexicon.actorWillWords.contains(s.lower(c.hits[last].tokens.upperBound)) || lexicon.actorWillWords.contains(s.lower(c.hits[last].tokens.upperBound) + " " + s.lower(c.hits[last].tokens.upperBound + 1)),
           !(1...4).contains(where: { suffer.contains(s.lower(c.hits[last].tokens.upperBound + $0)) }) {
            by += toIdx.flatMap { keyOf(c.hits[$0]) }
            toIdx = []
        }
        let side2 = Set(by.map(stateKey))
        let other2: (ActorHit) -> Bool = { h in keyOf(h).allSatisfy { !side2.contains(stateKey($0)) } && h.flags.intersection(.notParty).isEmpty }
        // "có thể cắt viện trợ cho Amman và Cairo nếu hai nước …", "đình chỉ quan hệ ngoại giao với UAE":
        // the party named right after the measure (directly or through an object preposition) is
        // whom it aims at, before anyone named in the condition.
        if toIdx.isEmpty, let m = main, let a = measureObject(c, after: m.tokens.upperBound, outside: condition, where: other2) {
            toIdx = c.group(around: a).filter { other2(c.hits[$0]) || $0 == a }
        }
        if toIdx.isEmpty, conditionFromIf, let a = c.hit(after: condition.lowerBound, gap: 6, where: other2) { toIdx = c.group(around: a).filter { other(c.hits[$0]) } }
        if toIdx.isEmpty, let with = (0..<anchor.lowerBound).first(where: { s.lower($0).isSameWord("với") && s.lower($0 - 1).isSameWord("nói") }), let a = c.hit(after: with + 1, gap: 2, where: other2) {
            toIdx = c.group(around: a).filter { other2(c.hits[$0]) }
        }
        // "dọa áp thuế 25% đối với hàng hóa Mexico": the state whose goods the measure hits.
        if toIdx.isEmpty, let a = c.hits.indices.first(where: { k in
            let h = c.hits[k]
            return h.flags.contains(.goods) && h.tokens.lowerBound >= anchor.upperBound && !condition.contains(h.tokens.lowerBound)
                && keyOf(h).allSatisfy { !side2.contains(stateKey($0)) } }) {
            toIdx = [a]
        }
        if toIdx.isEmpty, let a = c.hits.indices.first(where: { c.hits[$0].tokens.lowerBound >= anchor.upperBound && !condition.contains(c.hits[$0].tokens.lowerBound) && other2(c.hits[$0]) }) {
            toIdx = [a]
        }
        // "Mỹ, Anh không kích Houthi, Tổng thống Biden cảnh báo …": a party joined to the threatener's
        // own side ("Mỹ, Anh") acts with it, and is not whom it warns. (Read only when this last look is taken.)
        let allied = toIdx.isEmpty ? Set(c.hits.indices.filter { k in
            c.hits[k].tokens.upperBound <= anchor.lowerBound && keyOf(c.hits[k]).contains { side2.contains(stateKey($0)) }
        }.flatMap { c.group(around: $0) }.filter { !byIdx.contains($0) }) : []
        if toIdx.isEmpty, let a = c.hits.indices.first(where: { c.hits[$0].tokens.upperBound <= anchor.lowerBound && !condition.contains(c.hits[$0].tokens.lowerBound) && other2(c.hits[$0]) && !allied.contains($0) && c.hits[$0].tokens.lowerBound >= max(c.frameEnd, contrastEnd ?? 0, ownClauseStart) && (weigher == nil || c.hits[$0].tokens.lowerBound > c.hits[weigher ?? 0].tokens.lowerBound) }) {
            toIdx = [a]
        }
        let causer = (0..<anchor.lowerBound).last { lexicon.causerVerbs.contains(s.lower($0)) }
        if payer, let k = causer, let a = c.hit(after: k + 1, gap: 4, where: other2) {
            // "Washington sẽ khiến quan chức Brazil phải trả giá đắt": the speaker's side threatens those made to pay.
            toIdx = [a]
            by += (c.mainSubject(before: k) ?? []).flatMap { keyOf(c.hits[$0]) }
        } else if payer, let k = c.hits.indices.last(where: { rightBefore(c.hits[$0]) && other2(c.hits[$0]) }) {
            // "…, theo đó chính quyền Syria sẽ bị trừng phạt": the one right before the modal pays,
            // whatever clause it opens.
            toIdx = c.group(around: k).filter { other2(c.hits[$0]) }
        } else if payer, let subject = c.mainSubject(before: anchor.lowerBound), subject.contains(where: { other2(c.hits[$0]) }) {
            // (A subject of the speaker's own side pays nothing: "Nếu ba nước rời khối, … hàng hóa của
            // họ sẽ phải chịu thuế quan", ông Touray nói: the condition's actor stays the target.)
            toIdx = subject
        }
        if let d = otherwise, let a = c.hit(after: d.tokens.upperBound, gap: 4, where: other2) { toIdx = c.group(around: a).filter { other2(c.hits[$0]) } }
        let to = Array(NSOrderedUnique(toIdx.flatMap { keyOf(c.hits[$0]) })).filter { !side2.contains(stateKey($0)) }
        let measureText = main.map { s.text($0.tokens, in: text) } ?? s.text(anchor, in: text)
        let cameo = sanctions ? "1312" : (main?.cue.measure.map { lexicon.rules.measures[$0].cameo } ?? "130")
        var act = SpeechAct(kind: .threat, by: by, to: to, text: s.text, sanctions: sanctions, measure: measureText,
                            condition: s.text(condition, in: text), cameo: cameo, evidence: evidence)
        act.onUnmetDemand = s.words.contains { condition.contains($0.tokens.lowerBound) && !$0.cue.classes.isDisjoint(with: [.demandTrigger, .nominalDemand]) }
        act.rule = (payer ? "threat.payer" : verbs.isEmpty ? "threat.conditional-measure" : "threat.verb")
            + (nominalSubject.isEmpty ? "" : "+nominal-clause-target")
        if tracing { act.cues = [s.text(anchor, in: text)] + (main.map { [s.text($0.tokens, in: text)] } ?? []) + (condition.isEmpty ? [] : ["nếu " + s.text(condition, in: text)]) }
        return [act]
    }

    /// `có thể` right before the measure at `r` (at most a few words between), after a subject on the side of
    /// the sentence's speaker ("Bộ Ngoại giao Nga cho biết Moskva có thể trục xuất …"); not an
    /// onlooker's guess about another ("giới phân tích cho rằng Mỹ có thể áp thuế …").
    private func ownSideMayTake(_ c: Clause, _ r: Range<Int>, speaker: [String], keyOf: (ActorHit) -> [String], stateKey: (String) -> String) -> Bool {
        let s = c.s
        guard let modal = (max(0, r.lowerBound - 6)..<r.lowerBound).first(where: { k in conditionalModal(s, at: k) && s.tokens[k..<r.lowerBound].allSatisfy(\.isWord) }),
              let subject = c.mainSubject(before: modal), !subject.isEmpty else { return false }
        let speakers = Set((speaker + c.hits.filter { $0.flags.contains(.source) && lexicon.isNotMedia($0.key) }.flatMap(keyOf)).map(stateKey))
        return subject.flatMap { keyOf(c.hits[$0]) }.contains { speakers.contains(stateKey($0)) }
    }

    /// A conditional modal (`có thể`) of one or two words starting at token `k`.
    private func conditionalModal(_ s: Sentence, at k: Int) -> Bool {
        lexicon.conditionalModals.contains(s.lower(k)) || lexicon.conditionalModals.contains(s.lower(k) + " " + s.lower(k + 1))
    }

    /// The hit right after a measure ending at token `end`: directly ("trừng phạt Nga") or after an
    /// object or addressee preposition ("cắt viện trợ cho Amman", "áp thuế đối với Canada"). A hit
    /// flagged as the measure's beneficiary ("viện trợ cho X") counts here: cut off, it is the target.
    private func measureObject(_ c: Clause, after end: Int, outside condition: Range<Int>, where ok: (ActorHit) -> Bool) -> Int? {
        let s = c.s
        var at = end
        if let p = s.words.first(where: { $0.tokens.lowerBound == end && !$0.cue.classes.isDisjoint(with: [.objectPreposition, .addresseePreposition]) }) {
            at = p.tokens.upperBound
        }
        guard !condition.contains(at), let k = c.hits.indices.first(where: { c.hits[$0].tokens.lowerBound == at }) else { return nil }
        var h = c.hits[k]
        h.flags.remove(.victim)
        return ok(h) ? k : nil
    }

    /// `không chấp nhận bất kỳ tối hậu thư nào`, `không sử dụng vũ lực hay đe dọa …`: a negation a
    /// few words before the word at `t`, in the same stretch of words (no comma, contrast, `và`,
    /// condition, actor or other predicate between), reaches over an object or an alternative to it.
    private func negationReaches(_ c: Clause, to t: Range<Int>) -> Bool {
        let s = c.s
        guard let n = s.words(before: t.lowerBound, window: 6).first(where: { $0.cue.classes.contains(.negation) }) else { return false }
        let between = n.tokens.upperBound..<t.lowerBound
        return !s.tokens[between].contains(where: { !$0.isWord })
            && !between.contains(where: { lexicon.contrastConnectors.contains(s.lower($0)) || lexicon.coordinatedVerbCues.contains(s.lower($0)) })
            && !s.words.contains(where: { $0.tokens.lowerBound >= between.lowerBound && $0.tokens.upperBound <= between.upperBound
                && !$0.cue.classes.isDisjoint(with: [.eventTrigger, .demandTrigger, .reporting, .warningVerb, .threatModal, .planned, .hypothetical]) })
            && !c.hits.contains(where: { $0.tokens.lowerBound >= between.lowerBound && $0.tokens.upperBound <= between.upperBound })
    }

    /// `X cảnh báo Bình Nhưỡng sẽ tìm "con đường mới" nếu Mỹ không …`: after a warning verb, the
    /// warner's own side (its state, or the warner) as subject, a future modal, and a condition
    /// naming another side: a threat whose measure is left unnamed.
    private func ownSideVow(_ c: Clause, after w: (tokens: Range<Int>, cue: WordCue), keyOf: (ActorHit) -> [String], stateKey: (String) -> String) -> Bool {
        let s = c.s
        guard let warner = c.mainSubject(before: w.tokens.lowerBound), !warner.isEmpty else { return false }
        let side = Set(warner.flatMap { keyOf(c.hits[$0]) }.map(stateKey))
        var start = w.tokens.upperBound
        if s.lower(start).isSameWord("rằng") { start += 1 }
        // "Nước này cảnh báo sẽ tiếp tục ngăn chặn … nếu …": with the subject left out, the warner
        // itself vows (a modal right after the verb; not one it will suffer, "sẽ phải chịu …").
        let elided = s.words.first { $0.tokens.lowerBound == start && $0.cue.classes.contains(.threatModal) }
        let end: Int
        if let elided {
            guard !s.has(.suffer, in: elided.tokens.upperBound..<min(s.tokens.count, elided.tokens.upperBound + 2)) else { return false }
            end = start
        } else {
            guard let h = c.hit(after: start, gap: 0), keyOf(c.hits[h]).contains(where: { side.contains(stateKey($0)) }) else { return false }
            end = c.hits[h].tokens.upperBound
            guard s.has(.threatModal, in: end..<min(s.tokens.count, end + 2)) else { return false }
        }
        guard let ifWord = s.words.first(where: { $0.tokens.lowerBound > end && $0.cue.classes.contains(.hypothetical) && s.lower($0.tokens.lowerBound).isSameWord("nếu") }),
              !s.tokens[end..<ifWord.tokens.lowerBound].contains(where: { [".", ";", ":"].contains($0.text) }) else { return false }
        if let other = c.hit(after: ifWord.tokens.upperBound, gap: 3), keyOf(c.hits[other]).contains(where: { !side.contains(stateKey($0)) }) { return true }
        // (… or, with the subject left out, the other side the vowed act is aimed at: "sẽ ngăn chặn
        // tiến trình gia nhập NATO của Stockholm nếu yêu cầu không được đáp ứng".)
        guard elided != nil else { return false }
        for h in c.hits where h.tokens.lowerBound > end && h.tokens.upperBound <= ifWord.tokens.lowerBound && h.flags.intersection(.notParty).isEmpty {
            if keyOf(h).contains(where: { !side.contains(stateKey($0)) }) { return true }
        }
        return false
    }

    /// `Anh, Pháp và Đức`: from the comma at `comma` after an actor, actors joined by commas and
    /// closed by `và`/`hoặc` and one more actor; where that list ends, or nil when it is no list.
    private func listEnd(_ c: Clause, from comma: Int) -> Int? {
        let s = c.s
        var k = comma
        while s.lower(k).isSameWord(","), let h = c.hits.first(where: { $0.tokens.lowerBound == k + 1 }) { k = h.tokens.upperBound }
        guard k > comma, ["và", "hoặc"].contains(s.lower(k)), let last = c.hits.first(where: { $0.tokens.lowerBound == k + 1 }) else { return nil }
        return last.tokens.upperBound
    }

    /// True when a package noun (`gói`) ends right before token `at` and a pending cue (`chuẩn bị`,
    /// `chưa thông qua`) ends right before the package, or one word before it.
    private func pendingPackage(_ s: Sentence, before at: Int) -> Bool {
        guard let start = (1...2).first(where: { n in at - n >= 0 && lexicon.packageNouns.contains((at - n..<at).map { s.lower($0) }.joined(separator: " ")) }).map({ at - $0 }) else { return false }
        return (start - 1...start).contains { end in
            (1...4).contains { n in
                end - n >= 0 && lexicon.pendingPackageCues.contains((end - n..<end).map { s.lower($0) }.joined(separator: " "))
            }
        }
    }

    /// The start of a deliberation cue (`cân nhắc`, `đang xem xét`) ending right before token `at`.
    private func deliberationCue(_ s: Sentence, before at: Int) -> Int? {
        // Right before it ("cân nhắc trừng phạt", "đang xem xét các biện pháp …"; not "xem xét lại hành động").
        var phrase = ""
        for start in stride(from: at - 1, through: max(0, at - 3), by: -1) {
            phrase = phrase.isEmpty ? s.lower(start) : s.lower(start) + " " + phrase
            if lexicon.deliberationCues.contains(phrase) { return start }
        }
        return nil
    }

    /// A readiness modal (`sẵn sàng`, `không ngần ngại`) a few words before the measure at `r`, not
    /// after a demand verb (what is asked of another).
    private func heldReady(_ s: Sentence, _ r: Range<Int>) -> Bool {
        (max(0, r.lowerBound - 5)..<r.lowerBound).contains { k in
            (1...3).contains { n in k + n <= r.lowerBound && lexicon.readinessModals.contains(s.lowerText(k..<(k + n), in: text)) }
                && !s.words.contains { $0.cue.classes.contains(.demandTrigger) && $0.tokens.upperBound <= k }
        }
    }

    private func hasFutureNear(_ s: Sentence, _ r: Range<Int>) -> Bool {
        if s.has(.threatModal, in: max(0, r.lowerBound - 8)..<r.lowerBound) || heldReady(s, r) { return true }
        // "sẽ khiến những quan chức … đứng sau … phải trả giá đắt": the modal before a causer verb
        // reaches across the long object to the measure.
        guard let causer = (max(0, r.lowerBound - 24)..<r.lowerBound).last(where: { lexicon.causerVerbs.contains(s.lower($0)) }),
              !s.tokens[causer..<r.lowerBound].contains(where: { [".", ";", ":"].contains($0.text) }) else { return false }
        return s.has(.threatModal, in: max(0, causer - 3)..<causer)
    }

    /// A demand whose text runs from token `from` to the end of the sentence.
    private func demand(by: [String], to: [String], from: Int, in s: Sentence, evidence: Evidence) -> SpeechAct {
        let clauseText = s.text(from..<s.tokens.count, in: text)
        let topics = self.topics(clauseText)
        let cameo = lexicon.rules.topics.first { topics.contains($0.tag) }?.cameo ?? "100"
        return SpeechAct(kind: .demand, by: by, to: to, topics: topics, text: clauseText, cameo: cameo, evidence: evidence)
    }

    /// `X phải …`, `X cần …` in what a speaker of another side says: the speaker demands of X
    /// (`X sẽ phải chịu hậu quả` is a threat, not a demand).
    func modalDemands(_ c: Clause, speaker: [String], evidence: Evidence, keyOf: (ActorHit) -> [String], stateKey: (String) -> String) -> [SpeechAct] {
        let s = c.s
        guard !speaker.isEmpty else { return [] }
        let side = Set(speaker.map(stateKey))
        var out: [SpeechAct] = []
        for w in s.words where w.cue.classes.contains(.modalDemand) {
            var k = w.tokens.lowerBound
            while k > 0, s.words.contains(where: { $0.tokens.upperBound == k && $0.cue.classes.contains(.additive) || ($0.tokens.upperBound == k && $0.cue.classes.contains(.threatModal) && !$0.cue.classes.contains(.modalDemand)) }) { k -= 1 }
            guard let h = c.hits.lastIndex(where: { $0.tokens.upperBound == k }),
                  c.hits[h].flags.intersection([.source, .location, .topic, .vague]).isEmpty else { continue }
            if s.has(.suffer, in: w.tokens.upperBound..<min(s.tokens.count, w.tokens.upperBound + 2)) { continue }
            // "không hề đòi Athens phải …", "yêu cầu Nga phải …": the verb before X governs the
            // clause (a demand read by the demand rule, or denied).
            let hitStart = c.hits[h].tokens.lowerBound
            if s.words(before: hitStart, window: 2).contains(where: { !$0.cue.classes.isDisjoint(with: [.negation, .demandTrigger]) }) { continue }
            let group = c.group(around: h).filter { c.hits[$0].flags.intersection([.source, .location, .topic, .vague]).isEmpty }
            let to = group.flatMap { keyOf(c.hits[$0]) }.filter { !side.contains(stateKey($0)) }
            guard !to.isEmpty else { continue }
            var act = demand(by: speaker, to: to, from: c.hits[group.first ?? h].tokens.lowerBound, in: s, evidence: evidence)
            act.rule = "demand.modal"
            if tracing { act.cues = group.map { s.text(c.hits[$0].tokens, in: text) } + [s.text(w.tokens, in: text)] }
            out.append(act)
            break
        }
        return out
    }

    /// `“Hãy thả con tin”, X viết, nhắm vào Hamas.`, `“Hamas, đừng …”`: an imperative opening a quote
    /// or a clause is a demand of the speaker; the one addressed is named before it (a vocative)
    /// or after an addressee preposition in the sentence.
    func imperativeDemands(_ c: Clause, speaker: [String], evidence: Evidence, keyOf: @escaping (ActorHit) -> [String], stateKey: @escaping (String) -> String) -> [SpeechAct] {
        let s = c.s
        let usable: (ActorHit) -> Bool = { $0.flags.intersection([.location, .topic, .victim, .vague]).isEmpty && !$0.key.isEmpty }
        // (The mark before the word looked at first: most words follow none, and need no look-up.)
        guard let i = s.tokens.indices.first(where: { k in
            (k == 0 || s.tokens[k - 1].isMark("\"") || s.tokens[k - 1].isMark(":") || s.tokens[k - 1].isMark(","))
                && lexicon.imperativeWords.contains(s.lower(k)) }) else { return [] }
        // The speaker: the sentence's own tag or frame, else the voice of the quote.
        // (Only the tag's first group: "…, X nói trong bài phát biểu gửi tới Nga." names Nga after it.)
        var by = c.hits.indices.first { c.hits[$0].flags.contains(.source) && lexicon.isNotMedia(c.hits[$0].key) }
            .map { c.group(around: $0).filter { c.hits[$0].flags.contains(.source) }.flatMap { keyOf(c.hits[$0]) } } ?? []
        if by.isEmpty, let close = (i..<s.tokens.count).first(where: { s.tokens[$0].isMark("\"") }),
           let a = c.hit(after: close + 1, gap: 4, where: usable),
           s.has(.reporting, in: c.hits[a].tokens.upperBound..<min(s.tokens.count, c.hits[a].tokens.upperBound + 3)) {
            by = keyOf(c.hits[a])
        }
        if by.isEmpty { by = speaker }
        let side = Set(by.map(stateKey))
        guard !by.isEmpty else { return [] }
        let other: (ActorHit) -> Bool = { h in usable(h) && keyOf(h).contains { !side.contains(stateKey($0)) } }
        var to: [String] = []
        if i >= 2, s.tokens[i - 1].isMark(","), let v = c.hits.lastIndex(where: { $0.tokens.upperBound == i - 1 }), other(c.hits[v]) {
            to = keyOf(c.hits[v])
        } else {
            for w in s.words where w.tokens.lowerBound >= i && w.cue.classes.contains(.addresseePreposition) {
                guard let a = c.hit(after: w.tokens.upperBound, gap: 3, where: other) else { continue }
                to = c.group(around: a).filter { other(c.hits[$0]) }.flatMap { keyOf(c.hits[$0]) }
                break
            }
        }
        to = to.filter { !side.contains(stateKey($0)) }
        guard !to.isEmpty else { return [] }
        var act = demand(by: by, to: to, from: i, in: s, evidence: evidence)
        act.rule = "demand.imperative"
        if tracing { act.cues = [s.text(i..<(i + 1), in: text)] }
        return [act]
    }

    /// `theo yêu cầu của X, …`: X asked the other party of the clause for what it reports.
    func nominalDemands(_ c: Clause, evidence: Evidence, keyOf: (ActorHit) -> [String], stateKey: (String) -> String,
                        otherParty: (Set<String>) -> String?) -> [SpeechAct] {
        let s = c.s
        var out: [SpeechAct] = []
        for w in s.words where w.cue.classes.contains(.nominalDemand) {
            guard let a = c.hit(after: w.tokens.upperBound, gap: 2, where: { $0.flags.intersection([.location, .topic, .vague]).isEmpty }) else { continue }
            // "Theo đề nghị của phía X, A …": the asker ends at the phrase's comma.
            let phraseEnd = (w.tokens.upperBound..<s.tokens.count).first { s.tokens[$0].isMark(",") } ?? s.tokens.count
            let by = c.group(around: a).filter { c.hits[$0].tokens.lowerBound < phraseEnd }.flatMap { keyOf(c.hits[$0]) }
            let side = Set(by.map(stateKey))
            guard !by.isEmpty else { continue }
            let other = c.hits.indices.first { k in
                !(w.tokens.lowerBound..<phraseEnd).contains(c.hits[k].tokens.lowerBound) && c.hits[k].flags.intersection([.location, .topic, .victim, .vague]).isEmpty
                    && lexicon.isNotMedia(c.hits[k].key) && keyOf(c.hits[k]).contains { !side.contains(stateKey($0)) }
            }
            var to = other.map { keyOf(c.hits[$0]).filter { !side.contains(stateKey($0)) } } ?? []
            if to.isEmpty, let fallback = otherParty(side) { to = [fallback] }
            guard !to.isEmpty else { continue }
            var act = demand(by: by, to: to, from: w.tokens.lowerBound, in: s, evidence: evidence)
            act.rule = "demand.nominal" + (other == nil ? "+addressee-from-discourse" : "")
            if tracing { act.cues = [s.text(w.tokens, in: text), s.text(c.hits[a].tokens, in: text)] }
            out.append(act)
        }
        return out
    }

    /// `Lời kêu gọi ngừng bắn của X đối với Y`, `Đòi hỏi của X về việc Y …`: a demand named as a
    /// noun, asked by the actor after `của` (within the phrase) of the actor after an addressee
    /// preposition or a nominaliser (`việc`). Without a named addressee, nothing is read.
    func possessedDemands(_ c: Clause, evidence: Evidence, keyOf: (ActorHit) -> [String], stateKey: (String) -> String) -> [SpeechAct] {
        let s = c.s
        var out: [SpeechAct] = []
        let usable: (ActorHit) -> Bool = { $0.flags.intersection([.location, .vague]).isEmpty && self.lexicon.isNotMedia($0.key) }
        for w in s.words where w.cue.classes.contains(.possessedDemand) {
            let phraseEnd = (w.tokens.upperBound..<s.tokens.count).first { [",", ";", ":"].contains(s.tokens[$0].text) } ?? s.tokens.count
            // The asker: right after the noun when it ends in `của`, else after a `của` within 8 words.
            let endsWithOf = s.lower(w.tokens.upperBound - 1).isSameWord("của")
            guard let of = endsWithOf ? w.tokens.upperBound - 1
                    : (w.tokens.upperBound..<min(phraseEnd, w.tokens.upperBound + 8)).first(where: { s.lower($0).isSameWord("của") }),
                  let a = c.hit(after: of + 1, gap: 1, where: usable) else { continue }
            let askers = c.group(around: a).filter { usable(c.hits[$0]) && c.hits[$0].tokens.lowerBound < phraseEnd }
            let by = Array(NSOrderedUnique(askers.flatMap { keyOf(c.hits[$0]) }))
            let side = Set(by.map(stateKey))
            guard !by.isEmpty, let last = askers.last else { continue }
            // The addressee: after `đối với`/`gửi tới`, or inside `việc …`, before the phrase ends.
            let marker = s.words.first { m in
                m.tokens.lowerBound >= c.hits[last].tokens.upperBound && m.tokens.upperBound < phraseEnd
                    && !m.cue.classes.isDisjoint(with: [.addresseePreposition, .nominalizer])
            }
            guard let marker, let t = c.hit(after: marker.tokens.upperBound, gap: 1, where: usable) else { continue }
            let to = c.group(around: t).filter { usable(c.hits[$0]) }.flatMap { keyOf(c.hits[$0]) }.filter { !side.contains(stateKey($0)) }
            guard !to.isEmpty else { continue }
            var act = demand(by: by, to: Array(NSOrderedUnique(to)), from: w.tokens.lowerBound, in: s, evidence: evidence)
            act.rule = "demand.possessed-noun"
            if tracing { act.cues = [s.text(w.tokens, in: text), s.text(c.hits[a].tokens, in: text), s.text(c.hits[t].tokens, in: text)] }
            out.append(act)
        }
        return out
    }

    private func subject(_ c: Clause, before t: Int) -> [Int]? {
        c.mainSubject(before: t)
    }

    /// Topic tags whose phrase occurs in the clause, its words in order with at most two others
    /// between them ("dỡ bỏ toàn bộ lệnh trừng phạt" is "dỡ bỏ lệnh trừng phạt").
    func topics(_ clause: String) -> [String] {
        let scalars = Array(clause.unicodeScalars)
        let words = LetterRuns.words(TextCase.lowercased(scalars, 0..<scalars.count))
        return lexicon.topicIndex.tags(in: words)
    }
}

/// Removes repeats, keeping the first occurrence of each element.
func NSOrderedUnique(_ a: [String]) -> [String] {
    var seen = Set<String>()
    return a.filter { seen.insert($0).inserted }
}

extension Lexicon {
    /// True when the key is a person's: an actor key that is no state, organisation, institution,
    /// template body or media outlet of the lexicon.
    func isPersonKey(_ key: String) -> Bool {
        key.hasPrefix("actor-") && !organizationKeys.contains(key) && !mediaKeys.contains(key)
            && !stateKeys.contains(key) && !institutionKeys.contains(key)
            && !templates.contains { key.hasSuffix("-" + $0.key) }
    }

    func isOrganizationKey(_ key: String) -> Bool { organizationKeys.contains(key) }

    /// True when the word is a signing (`ký`; event-word argument `pair`): an event only with two
    /// signers joined before it, and a deed, not a meeting, when asked for.
    func isSigningWord(_ cue: WordCue) -> Bool {
        cue.eventTrigger.map { rules.eventTriggers[$0].argument == "pair" } ?? false
    }

    /// True unless the key is a media outlet's.
    func isNotMedia(_ key: String) -> Bool { !mediaKeys.contains(key) }
}
