/// A title and what follows it: `[phó] [title] [portfolio]? [state|org|institution]? [tại place]? [name]?`,
/// or, with no name after it, the name of an appositive before it (`ông X, Đại sứ Y`).
extension ActorResolver {
    /// The hits of the title at name `i`, how many names it used and the role it names.
    func title(_ s: Sentence, at i: Int, title t: Int, _ actors: inout ArticleActors) -> ([ActorHit], Int, String?) {
        let names = s.names
        guard i < names.count else { return ([], 1, nil) }
        var role = lexicon.titles[t].role
        var start = names[i].tokens.lowerBound
        // "Phó đại sứ": the deputy, whom no office holder of the lexicon stands for.
        if let d = s.words.first(where: { $0.tokens.upperBound == start && $0.cue.classes.contains(.deputy) }) {
            role = "deputy-" + role
            start = d.tokens.lowerBound
        }
        // "quyền Đại biện Mỹ Gabriel Escobar": the acting holder.
        if lexicon.actingPrefixes.contains(s.lower(start - 1)) {
            role = "acting-" + role
            start -= 1
        }
        // "cựu Tổng thống Nam Phi Thabo Mbeki": a former holder, not the office's holder today.
        if lexicon.formerPrefixes.contains(s.lower(start - 1)) {
            role = "former-" + role
            start -= 1
        }
        var j = i + 1
        var end = names[i].tokens.upperBound
        // "Thứ trưởng Ngoại giao": the portfolio between the title and its state.
        // "Bộ trưởng Ngoại giao và Kinh tế đối ngoại": portfolios joined by "và" or a comma.
        let complement = { (at: Int) in s.words.first { $0.tokens.lowerBound == at && $0.cue.classes.contains(.titleComplement) } }
        while !names.contains(where: { $0.tokens.lowerBound == end }) {
            if let c = complement(end) {
                end = c.tokens.upperBound
            } else if lexicon.ministryNouns.contains(s.lower(end)), let c = complement(end + 1) {
                // "Bộ trưởng Bộ Công Thương X": the ministry of the portfolio, named in full.
                end = c.tokens.upperBound
            } else if ["và", ","].contains(s.lower(end)), let c = complement(end + 1) {
                end = c.tokens.upperBound
            } else {
                break
            }
        }
        // "Tổng thống nước chủ nhà Luiz Inácio Lula da Silva": a description of the host state, then
        // the name.
        if let n = (3...4).first(where: { n in end + n < s.tokens.count && lexicon.hostStateWords.contains((end..<(end + n)).map { s.lower($0) }.joined(separator: " ")) }),
           s.tokens[end + n].isWord, s.tokens[end + n].isCapitalized {
            end += n
        }
        var stateCode: String? = nil
        var owner: String? = nil
        var institution: String? = nil
        var stateSurface: String? = nil
        // Qualifier right after the title.
        if j < names.count && names[j].tokens.lowerBound == end {
            switch names[j].cue {
            case .state(let st), .capital(let st):
                stateCode = lexicon.states[st].id
                owner = stateCode
                stateSurface = s.text(names[j].tokens, in: text)
                end = names[j].tokens.upperBound
                j += 1
            case .organization(let o):
                owner = lexicon.organizations[o].id
                _ = actors.organization(o, alias: s.text(names[j].tokens, in: text))
                end = names[j].tokens.upperBound
                j += 1
            case .institution(let e):
                institution = actors.institution(e, alias: s.text(names[j].tokens, in: text))
                stateCode = lexicon.institutions[e].state
                owner = stateCode
                end = names[j].tokens.upperBound
                j += 1
            case .template(let tp):
                if j + 1 < names.count, names[j + 1].tokens.lowerBound == names[j].tokens.upperBound, let code = self.stateCode(names[j + 1].cue) {
                    institution = actors.institution(template: tp, state: code, alias: s.text(names[j].tokens.lowerBound..<names[j + 1].tokens.upperBound, in: text))
                    stateCode = code
                    end = names[j + 1].tokens.upperBound
                    j += 2
                } else {
                    institution = actors.existingInstitution(template: tp)
                    stateCode = institution.flatMap { actors.actor($0)?.state }
                    end = names[j].tokens.upperBound
                    j += 1
                }
                owner = stateCode
            case .templateAcronym(let tp, let code):
                institution = actors.institution(template: tp, state: code, alias: s.text(names[j].tokens, in: text))
                stateCode = code
                owner = code
                end = names[j].tokens.upperBound
                j += 1
            default: break
            }
        }
        // "phái đoàn Nga do Thứ trưởng Ngoại giao X dẫn đầu": the head of a state's delegation
        // holds that state's office.
        if stateCode == nil && owner == nil && institution == nil, let code = delegationState(s, before: start) {
            stateCode = code
            owner = code
        }
        if let code = stateCode { _ = actors.state(code: code, alias: stateSurface) }
        // "Đại sứ Nhật Bản tại Bắc Kinh": the posting, a place; it is part of the title only when a
        // name or the end of an appositive follows it.
        let posting = owner == nil && institution == nil ? nil : self.posting(s, at: end, name: j)
        if let p = posting, let found = named(s, at: i, from: p.end, names: p.next, start: start, owner: owner, state: stateCode,
                                               role: role, institution: institution, &actors) {
            return found
        }
        if let found = named(s, at: i, from: end, names: j, start: start, owner: owner, state: stateCode,
                             role: role, institution: institution, &actors) {
            return found
        }
        // "Bộ trưởng An ninh công cộng Dominic LeBlanc", "Vụ trưởng Vụ châu Á Bộ Ngoại giao Nhật
        // Bản Junichi Ihara": an office named in words the lexicon does not know, then a name.
        if let found = nameAfterOffice(s, at: i, from: end, names: j, start: start, state: stateCode, role: role,
                                       institution: institution, &actors) {
            return found
        }
        // No name after: the person of an appositive before ("ông X, Đại sứ Y tại Z,").
        let apEnd = posting?.end ?? end
        let apUsed = (posting?.next ?? j) - i
        if let key = appositive(s, comma: start - 1, names: names, before: i, owner: owner, state: stateCode,
                                role: role, institution: institution, &actors) {
            return ([ActorHit(tokens: start..<apEnd, key: key)], apUsed, role)
        }
        // A former office with no name ("cựu Thủ tướng Hà Lan"): no one the text names stands for it.
        if role.hasPrefix("former-") { return ([], j - i, role) }
        // Title and owner only: the holder of the office on the article's date (not when the posting
        // is named: the lexicon does not know which ambassador is posted where).
        if let owner {
            if posting == nil, let p = lexicon.holder(of: role, for: owner, on: actors.date) {
                let key = actors.person(p, alias: nil, role: role)
                if let institution { actors.affiliate(key, with: institution, role: role) }
                return ([ActorHit(tokens: start..<end, key: key)], j - i, role)
            }
            if let institution { return ([ActorHit(tokens: start..<end, key: institution)], j - i, role) }
            if stateCode == nil, let oi = lexicon.organizations.firstIndex(where: { $0.id == owner }) {
                return ([ActorHit(tokens: start..<end, key: actors.organization(oi, alias: nil))], j - i, role)
            }
            if let code = stateCode, let key = actors.state(code: code, alias: nil) {
                return ([ActorHit(tokens: start..<end, key: key)], j - i, role)
            }
        }
        // "cuộc gặp ngoại trưởng ba bên", "hội nghị bộ trưởng quốc phòng": a bare title right after
        // an event word says at what level it is held; it names no one.
        // (An event noun, `cuộc gặp`: after a verb, `tiếp Chủ tịch Ủy ban châu Âu`, the title is its object.)
        if owner == nil && institution == nil, s.words.contains(where: { w in
            w.tokens.upperBound == start && w.cue.classes.contains(.eventTrigger)
                && (lexicon.eventNounClassifiers.contains(s.lower(w.tokens.lowerBound)) || lexicon.eventNounClassifiers.contains(s.lower(w.tokens.lowerBound - 1))) }) {
            return ([], j - i, role)
        }
        // A bare title ("Tổng Bí thư đề nghị …"): the person named with that office, the home state's
        // holder first (outlets name a foreign holder's state: `Thủ tướng Qatar`), else the last named.
        if owner == nil && institution == nil, let key = bareTitleHolder(role: role, actors) {
            return ([ActorHit(tokens: start..<end, key: key)], j - i, role)
        }
        // A title that names its office fully ("Chủ tịch Ủy ban châu Âu"): its one holder then.
        if owner == nil && institution == nil, let p = lexicon.soleHolder(of: role, on: actors.date) {
            return ([ActorHit(tokens: start..<end, key: actors.person(p, alias: nil, role: role))], j - i, role)
        }
        return ([], j - i, role)
    }

    /// The state of the delegation whose head's title starts at token `start`: `phái đoàn Nga do`
    /// right before it.
    private func delegationState(_ s: Sentence, before start: Int) -> String? {
        guard start >= 3, lexicon.clauseWords.ledBy.contains(s.lower(start - 1)),
              let state = s.names.first(where: { $0.tokens.upperBound == start - 1 }), let code = stateCode(state.cue) else { return nil }
        let k = state.tokens.lowerBound
        let nouns = lexicon.clauseWords.delegationNouns
        let delegation = (1...3).contains { n in k - n >= 0 && nouns.contains(((k - n)..<k).map { s.lower($0) }.joined(separator: " ")) }
        return delegation ? code : nil
    }

    /// The holder a bare title means: of the people named with `role`, the last of the home state
    /// (`states.json` `home`), else the last named.
    private func bareTitleHolder(role: String, _ actors: ArticleActors) -> String? {
        let holders = actors.mentionedPeople.filter { actors.role(of: $0) == role }
        if let home = lexicon.homeState, let key = holders.last(where: { actors.actor($0)?.state == home }) { return key }
        return holders.last
    }

    /// The person named from token `from` on (name `next` is the first name there): a known person,
    /// one introduced earlier, or an unknown name of capitalised words.
    private func named(_ s: Sentence, at i: Int, from: Int, names next: Int, start: Int, owner: String?, state: String?,
                       role: String, institution: String?, _ actors: inout ArticleActors) -> ([ActorHit], Int, String?)? {
        let names = s.names
        // A known person right after.
        if next < names.count && names[next].tokens.lowerBound == from, case .person(let p) = names[next].cue {
            let key = actors.person(p, alias: s.text(names[next].tokens, in: text), role: role)
            if let institution { actors.affiliate(key, with: institution, role: role) }
            return ([ActorHit(tokens: start..<names[next].tokens.upperBound, key: key)], next - i + 1, role)
        }
        // A person introduced earlier in the article: "Bộ trưởng Truss".
        let single = capitalisedRun(s, from: from, minimum: 1)
        if !single.isEmpty, let local = actors.localPerson(named: s.text(single, in: text)) {
            actors.notePerson(local)
            return ([ActorHit(tokens: start..<single.upperBound, key: local)], namesUsed(s, from: next, until: single.upperBound) - i, role)
        }
        // An unknown name: capitalised words right after.
        let nameTokens = capitalisedRun(s, from: from, minimum: owner == nil && institution == nil ? 2 : 1)
        guard !nameTokens.isEmpty else { return nil }
        let name = s.text(nameTokens, in: text)
        let used = namesUsed(s, from: next, until: nameTokens.upperBound) - i
        if let local = actors.localPerson(named: name) {
            actors.notePerson(local)
            return ([ActorHit(tokens: start..<nameTokens.upperBound, key: local)], used, role)
        }
        let key = actors.unknownPerson(name: name, state: state, role: role, institution: institution)
        return ([ActorHit(tokens: start..<nameTokens.upperBound, key: key)], used, role)
    }

    /// A foreign personal name (two to five capitalised words written without Vietnamese letters,
    /// none of them a known name) within twenty tokens after the title, across an office's own words:
    /// capitalised or lower-case words, known names and hyphens, but no punctuation and no word the
    /// rules read (a verb, a preposition of place). A state named on the way is the person's.
    private func nameAfterOffice(_ s: Sentence, at i: Int, from: Int, names next: Int, start: Int, state: String?,
                                 role: String, institution: String?, _ actors: inout ArticleActors) -> ([ActorHit], Int, String?)? {
        // ("Bộ Ngoại giao và Thương mại Australia X": the office goes on past the institution.)
        guard from < s.tokens.count, s.tokens[from].isWord else { return nil }
        // ("Bộ trưởng phụ trách Thái Bình Dương của Australia X": a portfolio in the office's own words.)
        let portfolio = lexicon.portfolioMarkers.contains(s.lower(from)) || lexicon.portfolioMarkers.contains(s.lower(from) + " " + s.lower(from + 1))
        if !s.tokens[from].isCapitalized && !(from > start + 1 && s.tokens[from].lower.isSameWord("và")) && !portfolio { return nil }
        var state = state
        // ("Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt X": the chair of a body, no state's president.)
        let role = state == nil && institution == nil && lexicon.bodyChairTitles.contains(s.lowerText(start..<from, in: text)) ? "" : role
        var k = from
        var seenState: String? = nil
        while k < min(s.tokens.count, from + 20) {
            let t = s.tokens[k]
            // ("… các vấn đề châu Phi Tibor Nagy": a region's name, not the person's.)
            if lexicon.regionNouns.contains(s.lower(k)), k + 1 < s.tokens.count, s.tokens[k + 1].isWord, s.tokens[k + 1].isCapitalized {
                k += 2
                continue
            }
            if let n = s.names.first(where: { $0.tokens.lowerBound == k }) {
                // A known person after a portfolio's words is its holder ("Trợ lý Ngoại trưởng Mỹ phụ
                // trách Đông Á - Thái Bình Dương Daniel Kritenbrink"; not after "và" and another title).
                if case .person(let p) = n.cue, portfolio, k > from {
                    let key = actors.person(p, alias: s.text(n.tokens, in: text), role: role)
                    if let institution { actors.affiliate(key, with: institution, role: role) }
                    return ([ActorHit(tokens: start..<n.tokens.upperBound, key: key)], namesUsed(s, from: next, until: n.tokens.upperBound) - i, role)
                }
                // ("Hội hữu nghị Nga - Việt Nam": a body of two states is neither's office.)
                if case .title = n.cue, portfolio { return nil }
                if let code = stateCode(n.cue) { state = seenState == nil || seenState == code ? code : nil; seenState = code }
                k = n.tokens.upperBound
                continue
            }
            if t.isWord && t.isCapitalized && Self.isForeignWord(t.text) && k > from {
                let run = capitalisedRun(s, from: k, minimum: 2)
                if !run.isEmpty && s.tokens[run].allSatisfy({ !$0.isWord || Self.isForeignWord($0.text) }) {
                    let name = s.text(run, in: text)
                    let key = actors.localPerson(named: name) ?? actors.unknownPerson(name: name, state: state, role: role, institution: institution)
                    actors.notePerson(key)
                    return ([ActorHit(tokens: start..<run.upperBound, key: key)], namesUsed(s, from: next, until: run.upperBound) - i, role)
                }
            }
            guard t.isWord || t.isMark("-"), s.word(at: k)?.classes.isDisjoint(with: Self.officeStops) ?? true else { return nil }
            k += 1
        }
        return nil
    }

    /// Words that end an office's own words before a name: a verb the rules read, a place
    /// preposition, an honorific, a negation, a status or counterpart word, a pronoun.
    private static let officeStops: WordClasses = [.eventTrigger, .demandTrigger, .warningVerb, .threatVerb, .reporting, .location,
                                                   .honorific, .negation, .planned, .occurred, .counterpart, .personPronoun]

    /// A word of Latin letters only (a foreign name's, not a Vietnamese syllable's).
    static func isForeignWord(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || $0 == "'" || $0 == "-" }
    }

    /// The index of the first name at or after name `next` that starts at or after token `until`
    /// (names inside a personal name, like `Trung` in `Trần Minh Trung`, are used up by it).
    private func namesUsed(_ s: Sentence, from next: Int, until: Int) -> Int {
        var k = next
        while k < s.names.count && s.names[k].tokens.lowerBound < until { k += 1 }
        return k
    }

    /// `tại Bắc Kinh`, `ở Liên hợp quốc` at token `at`: where the title holder is posted, a known place
    /// (state, capital, organisation or institution) after a preposition of place. Returns the token
    /// after it and the index of the name after it.
    private func posting(_ s: Sentence, at: Int, name j: Int) -> (end: Int, next: Int)? {
        guard j < s.names.count, at < s.tokens.count, ["tại", "ở"].contains(s.tokens[at].lower),
              s.names[j].tokens.lowerBound == at + 1 else { return nil }
        switch s.names[j].cue {
        case .state, .capital, .organization, .institution: return (s.names[j].tokens.upperBound, j + 1)
        default: return nil
        }
    }

    /// The person of an appositive ending with the comma at token `comma`: a known person of the same
    /// state who holds the role, or an unknown name introduced by an honorific (`bà Tredene Dobson,`).
    private func appositive(_ s: Sentence, comma: Int, names: [(tokens: Range<Int>, cue: EntityCue)], before i: Int,
                            owner: String?, state: String?, role: String, institution: String?,
                            _ actors: inout ArticleActors) -> String? {
        guard comma > 0, comma < s.tokens.count, s.tokens[comma].isMark(","),
              !Clause.closesFrontedAdjunct(s, comma: comma, words: lexicon.clauseWords) else { return nil }
        if i > 0, names[i - 1].tokens.upperBound == comma, case .person(let p) = names[i - 1].cue {
            let person = lexicon.people[p]
            let sameOwner = owner == nil || person.state == owner || person.org == owner
            guard sameOwner && lexicon.roles(of: p, on: actors.date).contains(role) else { return nil }
            return actors.person(p, alias: nil, role: role)
        }
        guard let run = appositiveHead(s, comma: comma) else { return nil }
        let name = s.text(run, in: text)
        if let local = actors.localPerson(named: name) {
            actors.notePerson(local)
            actors.complete(local, state: state, role: role, institution: institution)
            return local
        }
        return actors.unknownPerson(name: name, state: state, role: role, institution: institution)
    }
}
