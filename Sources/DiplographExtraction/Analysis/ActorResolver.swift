import DiplographModel

/// Turns the names and titles of a sentence into actor hits: people by name, by title and state
/// (`Ngoại trưởng Mỹ` → the holder on the article's date), by `người đồng cấp`, leaders of states,
/// states, their capitals and seats of power, organisations, institutions and media.
struct ActorResolver {
    let lexicon: Lexicon
    let text: NormalizedText

    func resolve(_ s: Sentence, _ actors: inout ArticleActors) -> [ActorHit] {
        var hits: [ActorHit] = []
        var pendingCounterparts: [(hit: Int, state: String)] = []
        var i = 0
        /// How the previous hit was introduced, to carry it over a coordination (`Tổng thống Mỹ và Nga`).
        var carried: (role: String?, leader: Bool, end: Int)? = nil
        /// "người đồng cấp Rwanda Paul Kagame": where the known person's hit starts (the counterpart
        /// phrase before the name), so that "A và người đồng cấp B Y" reads as one group.
        var counterpartStart: (start: Int, end: Int)? = nil
        let names = s.names
        while i < names.count {
            let (span, cue) = names[i]
            let surface = s.text(span, in: text)
            var consumed = 1
            switch cue {
            case .title(let t):
                // "Phủ Chủ tịch", "Dinh Tổng thống": a title after a palace word names a building.
                if lexicon.palaceWords.contains(s.lower(span.lowerBound - 1)) { break }
                // "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng": two titles of one person, read as
                // the second title with its name, the hit starting at the first.
                // Also with the second title's state or organisation before the name ("Phó Thủ tướng, Bộ
                // trưởng Ngoại giao Lào Saleumxay Kommasith"), when the second title names a person.
                if i + 1 < names.count, case .title(let second) = names[i + 1].cue,
                   span.upperBound + 1 == names[i + 1].tokens.lowerBound, s.tokens[span.upperBound].isMark(",") {
                    var probe = actors
                    let (found, used, role) = title(s, at: i + 1, title: second, &probe)
                    if found.count == 1, let f = found.first, probe.actor(f.key)?.actorType == .person,
                       f.tokens.upperBound > names[i + 1].tokens.upperBound {
                        actors = probe
                        hits.append(ActorHit(tokens: span.lowerBound..<f.tokens.upperBound, key: f.key, flags: f.flags))
                        consumed = used + 1
                        carried = (role, false, names[i + used].tokens.upperBound)
                        break
                    }
                }
                let (found, used, role) = title(s, at: i, title: t, &actors)
                hits.append(contentsOf: found)
                consumed = used
                carried = (role, false, names[i + used - 1].tokens.upperBound)
            case .person(let p):
                let start = counterpartStart.flatMap { $0.end == span.lowerBound ? $0.start : nil } ?? span.lowerBound
                hits.append(ActorHit(tokens: start..<span.upperBound, key: actors.person(p, alias: surface)))
            case .state(let st), .capital(let st):
                let isCapital: Bool
                if case .capital = cue { isCapital = true } else { isCapital = false }
                let beforeWord = s.words(before: span.lowerBound, window: 1).first
                let before = beforeWord?.cue.classes ?? []
                // "nhà lãnh đạo Nga", "người đồng cấp Mỹ": the hit covers the whole phrase.
                let phrase = before.intersection([.leader, .bothLeaders, .counterpart]).isEmpty ? span : ((beforeWord?.tokens.lowerBound ?? span.lowerBound)..<span.upperBound)
                let code = lexicon.states[st].id
                if before.contains(.timeZone) || zoneBefore(s, span.lowerBound) { break }
                if before.contains(.nonActorPrefix) || placeBefore(s, span.lowerBound) { break }
                // "Nam Mỹ", "Trung Mỹ", "Pháp luật": a set phrase holding the state's name.
                if inStatePhrase(s, span) { break }
                let prevWord = s.lower(span.lowerBound - 1)
                if prevWord.isSameWord("tại") && carried?.end != span.lowerBound { break }
                // "Mỹ Đình", "Nga Sơn": a longer proper name that starts like a state.
                if span.upperBound < s.tokens.count, s.tokens[span.upperBound].isWord, s.tokens[span.upperBound].isCapitalized,
                   !s.hasName(startingAt: span.upperBound) && !before.contains(.counterpart) { break }
                if lexicon.ambiguousNames.contains(surface) && !strongContext(s, span, names, i) { break }
                // "Nguyễn Văn Đức", "Trần Minh Trung": a syllable of a personal name.
                if isNameSyllable(s, span) { break }
                if isCapital && (before.contains(.location) || s.lower(span.lowerBound - 1).isSameWord("tại") || s.lower(span.lowerBound - 1).isSameWord("ở")) { break }
                let coordinated = carried.map { isCoordinated(s, from: $0.end, to: span.lowerBound) } ?? false
                if before.contains(.leader) || before.contains(.bothLeaders) || (coordinated && carried?.leader == true) {
                    if let p = lexicon.holder(of: lexicon.leaderRole(of: code), for: code, on: actors.date) {
                        hits.append(ActorHit(tokens: phrase, key: actors.person(p, alias: nil)))
                        _ = actors.state(st, alias: surface)
                        carried = (nil, true, span.upperBound)
                        break
                    }
                }
                if coordinated, let role = carried?.role, let p = lexicon.holder(of: role, for: code, on: actors.date) {
                    hits.append(ActorHit(tokens: span, key: actors.person(p, alias: nil, role: role)))
                    _ = actors.state(st, alias: surface)
                    carried = (role, false, span.upperBound)
                    break
                }
                let key = actors.state(st, alias: surface)
                // "người đồng cấp Nga Sergei Shoigu": the name that follows is the person.
                if before.contains(.counterpart), i + 1 < names.count, names[i + 1].tokens.lowerBound == span.upperBound {
                    if case .person = names[i + 1].cue {
                        counterpartStart = (phrase.lowerBound, span.upperBound)
                        break
                    }
                }
                // "người đồng cấp Campuchia Hun Manet": an unknown name after the state is the person.
                if before.contains(.counterpart) {
                    let run = capitalisedRun(s, from: span.upperBound, minimum: 2)
                    if !run.isEmpty {
                        let person = actors.unknownPerson(name: s.text(run, in: text), state: code, role: nil, institution: nil)
                        hits.append(ActorHit(tokens: phrase.lowerBound..<run.upperBound, key: person))
                        carried = (nil, false, run.upperBound)
                        break
                    }
                }
                var hit = ActorHit(tokens: phrase, key: key)
                if before.contains(.location) || placeBefore(s, span.lowerBound) { hit.flags.insert(.location) }
                // "hàng hóa Mexico": goods of the state, which a tariff on them would hit.
                if goodsBefore(s, span.lowerBound) { hit.flags.insert(.goods) }
                if before.contains(.counterpart) { pendingCounterparts.append((hits.count, code)) }
                hits.append(hit)
                carried = (nil, false, span.upperBound)
            case .organization(let o):
                // "truyền thông phương Tây": part of a set phrase, not the actor.
                if s.words(before: span.lowerBound, window: 1).first?.cue.classes.contains(.nonActorPrefix) == true { break }
                hits.append(ActorHit(tokens: span, key: actors.organization(o, alias: surface)))
            case .institution(let e):
                // "tới Nhà Trắng", "tại Điện Kremlin": a place, not an actor.
                if s.words(before: span.lowerBound, window: 1).first?.cue.classes.contains(.location) == true { break }
                hits.append(ActorHit(tokens: span, key: actors.institution(e, alias: surface)))
            case .template(let t):
                if i + 1 < names.count, names[i + 1].tokens.lowerBound == span.upperBound, let code = stateCode(names[i + 1].cue),
                   let key = actors.institution(template: t, state: code, alias: s.text(span.lowerBound..<names[i + 1].tokens.upperBound, in: text)) {
                    hits.append(ActorHit(tokens: span.lowerBound..<names[i + 1].tokens.upperBound, key: key))
                    consumed = 2
                } else if let key = actors.existingInstitution(template: t) {
                    hits.append(ActorHit(tokens: span, key: key))
                }
            case .templateAcronym(let t, let code):
                if let key = actors.institution(template: t, state: code, alias: surface) {
                    hits.append(ActorHit(tokens: span, key: key))
                }
            case .media(let m):
                hits.append(ActorHit(tokens: span, key: actors.media(m, alias: surface), flags: .source))
            }
            i += consumed
        }
        hits.append(contentsOf: honorificNames(s, existing: hits, &actors))
        hits.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // "Abuja (TTXVN) - ECOWAS cảnh báo …": the dateline's city is where the report was filed,
        // no party of what follows.
        if let dash = datelineEnd(s) {
            hits.removeAll { $0.tokens.upperBound <= dash }
        }
        resolveCounterparts(&hits, pendingCounterparts, s, &actors)
        flagVague(&hits, in: s)
        return hits
    }

    /// The dash ending a dateline that opens the sentence: a place of one to four words, a news
    /// agency in parentheses, then `-` or `–` (`Abuja (TTXVN) -`, `Bắc Kinh (TTXVN) –`).
    private func datelineEnd(_ s: Sentence) -> Int? {
        guard let open = s.tokens.prefix(6).firstIndex(where: { $0.isMark("(") }), open >= 1,
              s.tokens[..<open].allSatisfy({ $0.isWord && $0.isCapitalized || $0.isMark("-") }),
              let close = s.tokens[open...].prefix(8).firstIndex(where: { $0.isMark(")") }),
              close + 1 < s.tokens.count, ["-", "–", "—"].contains(s.tokens[close + 1].text),
              s.names.contains(where: { n in
                  if case .media = n.cue { return n.tokens.lowerBound > open && n.tokens.upperBound <= close }
                  return false })
        else { return nil }
        return close + 1
    }

    // MARK: people

    /// `ông Horne`, `bà Psaki`: an honorific before a person introduced earlier in the article; or,
    /// before two capitalised words or more that name no one known, a person the lexicon does not
    /// know (`Ông Vương Quán Trung đã …`).
    private func honorificNames(_ s: Sentence, existing: [ActorHit], _ actors: inout ArticleActors) -> [ActorHit] {
        var out: [ActorHit] = []
        for w in s.words where w.cue.classes.contains(.honorific) {
            let from = w.tokens.upperBound
            guard from < s.tokens.count, !existing.contains(where: { $0.tokens.contains(from) }) else { continue }
            let run = capitalisedRun(s, from: from, minimum: 1)
            guard !run.isEmpty else { continue }
            let name = s.text(run, in: text)
            if let key = actors.localPerson(named: name) {
                actors.notePerson(key)
                out.append(ActorHit(tokens: w.tokens.lowerBound..<run.upperBound, key: key))
            } else if let p = lexicon.personInOffice(calledBy: name, on: actors.date) {
                // "ông Tập": the one person in office then whose name starts or ends with that word.
                out.append(ActorHit(tokens: w.tokens.lowerBound..<run.upperBound, key: actors.person(p, alias: nil)))
            } else if s.tokens[run].filter(\.isWord).count >= 2 {
                let key = actors.unknownPerson(name: name, state: nil, role: nil, institution: nil)
                out.append(ActorHit(tokens: w.tokens.lowerBound..<run.upperBound, key: key))
            }
        }
        return out
    }

    /// `người đồng cấp Mỹ`: the holder, in that state, of the role of the other person of the sentence.
    private func resolveCounterparts(_ hits: inout [ActorHit], _ pending: [(hit: Int, state: String)], _ s: Sentence, _ actors: inout ArticleActors) {
        for (index, code) in pending {
            guard let h = hits.firstIndex(where: { $0.key == actors.state(code: code, alias: nil) && $0.flags.isEmpty && index < hits.count }) else { continue }
            let anchor = hits.enumerated().filter { $0.offset != h && actors.actor($0.element.key)?.actorType == .person && actors.stateKey($0.element.key) != code }
                .min { abs($0.element.tokens.lowerBound - hits[h].tokens.lowerBound) < abs($1.element.tokens.lowerBound - hits[h].tokens.lowerBound) }
            let role = anchor.flatMap { actors.role(of: $0.element.key) } ?? lexicon.leaderRole(of: code)
            if let p = lexicon.holder(of: role, for: code, on: actors.date) {
                hits[h].key = actors.person(p, alias: nil, role: role)
            }
        }
    }

    // MARK: context

    func stateCode(_ cue: EntityCue) -> String? {
        switch cue {
        case .state(let st), .capital(let st): return lexicon.states[st].id
        default: return nil
        }
    }

    /// True when tokens between `from` and `to` are only a coordination (`và`, `,`, `-`, `với`).
    private func isCoordinated(_ s: Sentence, from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 2 else { return false }
        return s.tokens[from..<to].allSatisfy { ["và", ",", "-", "với", "cùng"].contains($0.lower) }
    }

    /// `giờ miền đông Mỹ`, `theo giờ Việt Nam`: a time zone within the two words before.
    private func zoneBefore(_ s: Sentence, _ at: Int) -> Bool {
        s.words(before: at, window: 3).contains { $0.cue.classes.contains(.timeZone) && $0.tokens.upperBound >= at - 2 }
    }

    /// `ở Geneva, Thụy Sĩ`, `ở Stockholm - Thụy Điển`: a country after a city that follows a preposition of place.
    /// True when the state name at `span` and the word before or after it make a set phrase that
    /// names no state (`Nam Mỹ`, `Trung Mỹ`, `Mỹ Latinh`, `Pháp luật`).
    private func inStatePhrase(_ s: Sentence, _ span: Range<Int>) -> Bool {
        let name = span.map { s.lower($0) }.joined(separator: " ")
        if span.lowerBound > 0, lexicon.stateWordPhrases.contains(s.lower(span.lowerBound - 1) + " " + name) { return true }
        return span.upperBound < s.tokens.count && lexicon.stateWordPhrases.contains(name + " " + s.lower(span.upperBound))
    }

    /// True when a goods noun (`hàng hóa`, `hàng nhập khẩu từ`) ends right before token `at`.
    private func goodsBefore(_ s: Sentence, _ at: Int) -> Bool {
        var phrase = ""
        for n in 1...4 where at - n >= 0 {
            phrase = s.lower(at - n) + (n > 1 ? " " + phrase : "")
            if lexicon.goodsNouns.contains(phrase) { return true }
        }
        return false
    }

    private func placeBefore(_ s: Sentence, _ at: Int) -> Bool {
        // ("tại Geneva, Thụy Sĩ"; "tại thành phố Metz của Pháp": the state owns the place named.)
        guard at >= 3, [",", "-"].contains(s.tokens[at - 1].text) || s.tokens[at - 1].lower == "của" else { return false }
        var k = at - 2
        let isFreeOrCapital: (Int) -> Bool = { i in
            switch s.name(covering: i) {
            case nil, .capital?: return true
            default: return false
            }
        }
        while k >= 0 && s.tokens[k].isWord && s.tokens[k].isCapitalized && isFreeOrCapital(k) { k -= 1 }
        guard k < at - 2 else { return false }
        var lowercase = 0
        while k >= 0 && s.tokens[k].isWord && !s.tokens[k].isCapitalized && lowercase < 3 {
            if ["tại", "ở", "trên"].contains(s.tokens[k].lower) { return true }
            k -= 1
            lowercase += 1
        }
        return false
    }

    /// An ambiguous state name (`Anh`, `Đức`) counts only after a title, a preposition or beside another state.
    private func strongContext(_ s: Sentence, _ span: Range<Int>, _ names: [(tokens: Range<Int>, cue: EntityCue)], _ i: Int) -> Bool {
        let prev = s.lower(span.lowerBound - 1)
        if ["của", "nước", "phía", "giữa", "với", "và", "tại", "ở", "sang", "thăm", "đồng cấp", "chính phủ"].contains(prev) { return true }
        if i > 0, names[i - 1].tokens.upperBound >= span.lowerBound - 2 {
            switch names[i - 1].cue {
            case .title, .state, .capital, .template: return true
            default: break
            }
        }
        if i + 1 < names.count, names[i + 1].tokens.lowerBound <= span.upperBound + 2, case .state = names[i + 1].cue { return true }
        if i + 1 < names.count, names[i + 1].tokens.lowerBound == span.upperBound, case .person = names[i + 1].cue { return true }
        return false
    }
}
