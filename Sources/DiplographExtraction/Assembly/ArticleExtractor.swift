import DiplographModel

/// Reads one article into its graph: actors, events, demands, threats, the article node, and the
/// edges between them. Pure: the same article and lexicon always give the same graph.
public struct ArticleExtractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func extract(_ article: SourceArticle) -> KnowledgeGraph {
        read(article, tracing: false).graph
    }

    /// The article's graph and, for each fact as first read (before repeats merge), the rule that
    /// read it and the words it read: what `diplograph explain --trace` prints.
    public func extractTraced(_ article: SourceArticle) -> (graph: KnowledgeGraph, trace: [FactTrace]) {
        read(article, tracing: true)
    }

    private func read(_ article: SourceArticle, tracing: Bool) -> (graph: KnowledgeGraph, trace: [FactTrace]) {
        let text = NormalizedText(article.text)
        var original = OriginalQuotes(article.text)
        var bodyStart = 0
        while bodyStart < text.scalars.count && text.originalOffset(bodyStart) < article.bodyStart { bodyStart += 1 }
        let sentences = SentenceBuilder.build(text, body: bodyStart..<text.scalars.count, lexicon: lexicon)
        let published = article.metadata.published
        var actors = ArticleActors(lexicon: lexicon, article: article.id, date: published)
        let resolver = ActorResolver(lexicon: lexicon, text: text)
        let eventRules = EventRules(lexicon: lexicon, text: text, published: published, tracing: tracing)
        let actRules = SpeechActRules(lexicon: lexicon, text: text, tracing: tracing)
        let dateReader = DateReader(published: published, words: lexicon.dateWords, text: text)

        let references = ReferenceResolver(governingWords: lexicon.governingWords, malePronouns: lexicon.malePronouns, femalePronouns: lexicon.femalePronouns,
                                         descriptivePronouns: lexicon.descriptivePronouns, descriptivePronounWords: lexicon.descriptivePronounWords,
                                         personDescriptionNouns: lexicon.personDescriptionNouns)
        var discourse = Discourse()
        var named = Set<String>()
        var eventMentions: [EventMention] = []
        var acts: [SpeechAct] = []
        for s in sentences {
            var hits = Appositives.droppingOffices(resolver.resolve(s, &actors), in: s, actors: actors, lexicon: lexicon)
            for w in s.words where w.cue.classes.contains(.bothLeaders) {
                // "hai Thủ tướng": the title inside the phrase is no office-holder of its own.
                let inside = { (h: ActorHit) in h.tokens.lowerBound >= w.tokens.lowerBound && h.tokens.upperBound <= w.tokens.upperBound }
                guard !hits.contains(where: { ($0.tokens.overlaps(w.tokens) && !inside($0)) || $0.tokens.lowerBound == w.tokens.upperBound }) else { continue }
                hits.removeAll(where: inside)
                // "các bên liên quan": the parties concerned, whoever they are.
                let next = w.tokens.upperBound
                if lexicon.vagueGroupQualifiers.contains(s.lower(next)) || lexicon.vagueGroupQualifiers.contains(s.lower(next) + " " + s.lower(next + 1))
                    || lexicon.vagueGroupQualifiers.contains(s.lower(next) + " " + s.lower(next + 1) + " " + s.lower(next + 2)) { continue }
                hits.append(ActorHit(tokens: w.tokens, key: "", flags: .group))
            }
            hits = references.describedByState(s, hits: hits, discourse: discourse, actors: actors)
            hits += references.thirdPerson(s, hits: hits, discourse: discourse, actors: actors)
            hits.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            var clause = Clause(s, hits: hits, words: lexicon.clauseWords)
            let speaker = clause.hits.filter { $0.flags.contains(.source) && !$0.key.isEmpty && lexicon.isNotMedia($0.key) }.map(\.key)
            let firstPerson = references.firstPerson(s, hits: hits, speaker: speaker, discourse: discourse)
            if !firstPerson.isEmpty {
                hits += firstPerson
                hits.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
                clause = Clause(s, hits: hits, words: lexicon.clauseWords)
            }
            // Who is speaking: this sentence's frame, else the speaker of an open or recent quote.
            let quoteMarks = s.tokens.filter { $0.isMark("\"") }.count
            let quoted = quoteMarks > 0 || discourse.quoteOpen
            let voice = !speaker.isEmpty ? speaker : (quoted ? discourse.currentSpeaker(at: s.index) ?? [] : [])
            let a = text.originalOffset(s.range.lowerBound), b = text.originalOffset(s.range.upperBound)
            let evidence = Evidence(article: article.id, sentence: original.quote(a..<max(a, b)),
                                    start: a, end: b)
            // "hai nhà lãnh đạo", "hai bên": resolved once per sentence, not at every rule's look.
            var resolved: [Int: [String]] = [:]
            for h in clause.hits where h.flags.contains(.group) {
                let phrase = s.lowerText(h.tokens, in: text)
                let leadersOnly = lexicon.leaderGroupWords.contains { phrase.contains($0) }
                // "A gặp B và hai bên nhất trí …": the parties of the event told just before in this
                // sentence, not those of an earlier one.
                if let own = ArticleExtractor.partiesBefore(h, in: clause, actors: actors) {
                    resolved[h.tokens.lowerBound] = own
                    continue
                }
                // People first named after the phrase in this sentence ("Ba nhà lãnh đạo … với sự
                // tham gia của A và B") are not among those it stands for.
                let earlier = Set(discourse.mentions.map(\.key))
                let later = Set(clause.hits.filter { $0.tokens.lowerBound >= h.tokens.upperBound && !earlier.contains($0.key) }.map(\.key))
                let count = lexicon.groupCounts[s.lower(h.tokens.lowerBound)]
                // "Tại cuộc hội kiến với Thủ tướng Ishiba, hai bên …": people named before the phrase in
                // this sentence are among those it stands for.
                let named = clause.hits.filter { x in
                    x.tokens.upperBound <= h.tokens.lowerBound && !x.flags.contains(.group)
                        && x.flags.intersection(.notParty).isEmpty
                        && actors.actor(x.key)?.actorType == .person
                }.map(\.key)
                let group = ArticleExtractor.group(eventMentions, actors, leadersOnly: leadersOnly, count: count, later: later,
                                                   mentions: discourse.mentions, including: Set(named))
                // "Ba nước …" with no event of three people before: the states last named as three.
                if let n = count, n >= 3, group.count != n,
                   let states = discourse.lastStates(n, isState: { actors.actor($0)?.actorType == .state }) {
                    resolved[h.tokens.lowerBound] = states
                    continue
                }
                var sides = Set(group.map { actors.stateKey($0) }).count >= 2 ? group
                    : discourse.mainSides { ArticleExtractor.isParty($0, actors, lexicon) && !lexicon.isOrganizationKey($0) }
                // "Chúng tôi kêu gọi phía Mỹ … khi các nhà lãnh đạo của hai bên điện đàm": with no two sides
                // in the discourse, the two sides named before the phrase in this sentence (a speaker is
                // one of them).
                if sides.isEmpty && count == 2 {
                    var seen: [String] = []
                    for x in clause.hits where x.tokens.upperBound <= h.tokens.lowerBound && !x.flags.contains(.group)
                        && x.flags.intersection(HitFlags.notParty.subtracting(.source)).isEmpty && ArticleExtractor.isParty(x.key, actors, lexicon)
                        && !seen.contains(where: { actors.stateKey($0) == actors.stateKey(x.key) }) {
                        seen.append(x.key)
                    }
                    if seen.count == 2 { sides = seen }
                }
                resolved[h.tokens.lowerBound] = sides
            }
            // The rules see the actors so far through closures; they are built and dropped inside
            // this scope, so that appending afterwards does not copy what the closures held (which
            // made an article of many sentences quadratic).
            let groups = resolved
            let (newMentions, newActs): ([EventMention], [SpeechAct]) = {
                let snapshot = actors
                let keyOf: (ActorHit) -> [String] = { h in
                    h.flags.contains(.group) ? (groups[h.tokens.lowerBound] ?? []) : [h.key]
                }
                let stateKey: (String) -> String = { snapshot.stateKey($0) }
                let mentions = eventRules.mentions(clause, dates: dateReader.dates(in: s), scene: dateReader.sceneBefore, evidence: evidence, keyOf: keyOf,
                                                   stateKeyOf: stateKey, roleOf: { snapshot.role(of: $0) })
                let otherParty: (Set<String>) -> String? = { sides in
                    discourse.otherParty(than: sides, at: s.index, isCandidate: { ArticleExtractor.isParty($0, snapshot, lexicon) })
                }
                var said = actRules.demands(clause, evidence: evidence, keyOf: keyOf, stateKey: stateKey)
                    + actRules.modalDemands(clause, speaker: voice, evidence: evidence, keyOf: keyOf, stateKey: stateKey)
                    + actRules.imperativeDemands(clause, speaker: voice, evidence: evidence, keyOf: keyOf, stateKey: stateKey)
                    + actRules.nominalDemands(clause, evidence: evidence, keyOf: keyOf, stateKey: stateKey, otherParty: otherParty)
                    + actRules.possessedDemands(clause, evidence: evidence, keyOf: keyOf, stateKey: stateKey)
                    + actRules.threats(clause, speaker: voice, evidence: evidence, keyOf: keyOf, stateKey: stateKey, otherParty: otherParty)
                for k in said.indices { said[k].sentence = s.index; said[k].inLead = s.line < 2 }
                return (mentions, said)
            }()
            eventMentions += newMentions
            acts += newActs
            // A state named as a place ("ở Romania") is still a state the article names.
            // (Goods of a state, "hàng hóa Mexico", name it only as the target of a measure.)
            for h in clause.hits where (!h.flags.contains(.location) || lexicon.stateKeys.contains(h.key)) && !h.flags.contains(.goods) { named.insert(h.key) }
            let mentioned = clause.hits.filter { !$0.key.isEmpty && $0.flags.intersection([.location, .goods]).isEmpty && lexicon.isNotMedia($0.key) }
                .flatMap { h in
                    // (A person named through a description of their state names the state too.)
                    let governed = ArticleExtractor.isObject(h, in: s, lexicon)
                    return [(key: h.key, side: actors.stateKey(h.key), governed: governed)]
                        + (h.describedState.map { [(key: $0, side: actors.stateKey($0), governed: governed)] } ?? [])
                }
            discourse.note(sentence: s.index, keys: mentioned, speaker: speaker,
                           quoteMarks: quoteMarks)
        }
        // A threat spoken of whose maker the text before it does not name: the other side of the
        // whole article's discourse around it; without one it is no fact.
        let isParty: (String) -> Bool = { ArticleExtractor.isParty($0, actors, lexicon) }
        for k in acts.indices where acts[k].kind == .threat && acts[k].by.isEmpty {
            let sides = Set(acts[k].to.map { actors.stateKey($0) })
            if let other = discourse.otherParty(than: sides, at: acts[k].sentence, isCandidate: isParty) {
                acts[k].by = [other]
            }
        }
        acts.removeAll { $0.by.isEmpty }
        // A threat of one side whose sentence names no target is aimed at the other side of the
        // discourse around it (a warning two sides make together has none).
        for k in acts.indices where acts[k].kind == .threat && acts[k].to.isEmpty {
            let sides = Set(acts[k].by.map { actors.stateKey($0) })
            // The same side's act of `kind` a few sentences before (at most four) that names whom it is for.
            let earlier = { (kind: SpeechAct.Kind) in
                acts[..<k].last { a in
                    a.kind == kind && !a.to.isEmpty && acts[k].sentence - a.sentence <= 4 && Set(a.by.map { actors.stateKey($0) }) == sides }
            }
            // "Fico yêu cầu Ủy ban châu Âu đưa ra đảm bảo … cảnh báo sẽ phủ quyết nếu yêu cầu không được
            // đáp ứng": the same side's demand before it names whom it aims at.
            if sides.count == 1, acts[k].onUnmetDemand, let asked = earlier(.demand) {
                acts[k].to = asked.to
                acts[k].rule += "+target-of-demand-before"
                continue
            }
            // The same side's threat before it names its target: a threat repeated
            // ("Israel sẽ bị trừng phạt … Nó sẽ bị trừng phạt", X nói) is aimed at the same one.
            if sides.count == 1, let before = earlier(.threat) {
                acts[k].to = before.to
                acts[k].rule += "+target-of-threat-before"
                continue
            }
            if sides.count == 1, let other = discourse.mainOtherSide(than: sides, at: acts[k].sentence, isCandidate: isParty) {
                acts[k].to = [other]
                acts[k].rule += "+target-from-discourse"
            }
        }
        let isPerson: (String) -> Bool = { actors.actor($0)?.actorType == .person }
        var trace: [FactTrace] = []
        if tracing {
            let label = { (keys: [String]) in keys.map { actors.actor($0)?.label ?? $0 } }
            trace = eventMentions.map { m in
                FactTrace(kind: m.type.rawValue, rule: m.rule, sentence: m.sentence, parties: label(m.participants), others: [],
                          words: m.cues, evidence: m.evidence.sentence)
            } + acts.map { a in
                FactTrace(kind: a.kind == .demand ? "demand" : "threat", rule: a.rule, sentence: a.sentence, parties: label(a.by),
                          others: label(a.to), words: a.cues, evidence: a.evidence.sentence)
            }
            trace.sort { ($0.sentence, $0.kind) < ($1.sentence, $1.kind) }
        }
        let merged = EventMerger(stateKey: { actors.stateKey($0) }, isPerson: isPerson).merge(eventMentions)
        return (GraphAssembler(article: article, actors: actors, named: named).assemble(events: merged, acts: acts), trace)
    }

    /// An actor of the article that can be a party of a fact the discourse completes (no media outlet).
    /// An actor named as an object: after a governing word (`với`, `tiếp`), or right after a
    /// demand, warning or threat verb (`yêu cầu Tổng thống X`, `cảnh báo X`). A later `ông` stands
    /// for a subject before an object.
    static func isObject(_ h: ActorHit, in s: Sentence, _ lexicon: Lexicon) -> Bool {
        var at = h.tokens.lowerBound
        // "gửi người đồng cấp Mỹ Donald Trump": the verb governs past the counterpart words and
        // the state they name.
        if let state = s.names.first(where: { n in
            if case .state = n.cue { return n.tokens.upperBound == at }
            return false }) {
            at = state.tokens.lowerBound
        }
        if let counterpart = s.words(before: at, window: 0).first(where: { $0.cue.classes.contains(.counterpart) }) {
            at = counterpart.tokens.lowerBound
        }
        // "hội kiến Thống tướng Min Aung Hlaing": past an honorific or rank.
        if let honorific = s.words(before: at, window: 0).first(where: { $0.cue.classes.contains(.honorific) }) {
            at = honorific.tokens.lowerBound
        }
        if lexicon.governingWords.contains(s.lower(at - 1)) { return true }
        // Right after a demand, warning or threat verb, or an event verb ("đã hội kiến X").
        return s.words(before: at, window: 0).contains { w in
            !w.cue.classes.isDisjoint(with: [.demandTrigger, .warningVerb, .threatVerb])
                || (w.cue.classes.contains(.eventTrigger) && !w.cue.classes.contains(.notTrigger)) }
    }

    static func isParty(_ key: String, _ actors: ArticleActors, _ lexicon: Lexicon) -> Bool {
        actors.actor(key) != nil && lexicon.isNotMedia(key)
    }

    /// "hai nhà lãnh đạo": the people of the last event told, or the last two leaders named. With a
    /// count (`hai`, `ba`): the last event's people when they are that many (or its leaders are),
    /// else the last leaders named, else the last event of that many people.
    static func group(_ events: [EventMention], _ actors: ArticleActors, leadersOnly: Bool, count: Int? = nil, later: Set<String> = [],
                      mentions: [Discourse.Mention] = [], including: Set<String> = []) -> [String] {
        let isLeader = { (k: String) in ["head-of-state", "head-of-government", "general-secretary"].contains(actors.role(of: k) ?? "") }
        let people = { (e: EventMention) in e.participants.filter { actors.actor($0)?.actorType == .person } }
        // The last event told of the people named with the phrase, of as many people as it counts.
        if !including.isEmpty, let e = events.last(where: { e in
            let p = people(e)
            return p.count >= 2 && (count.map { p.count == $0 } ?? true) && including.isSubset(of: p)
        }) {
            return people(e)
        }
        let leaders = actors.mentionedPeople.filter { isLeader($0) && !later.contains($0) }
        // The last event told with two people or more.
        let lastGroup = events.last { people($0).count >= 2 }
        if let n = count, n >= 2 {
            // The last event told, unless a leader of none of its parties was named after it
            // ("Cuộc gặp giữa Trump và Putin đã không diễn ra … hai nhà lãnh đạo …").
            if let last = lastGroup,
               !mentions.contains(where: { $0.sentence > last.sentence && isLeader($0.key) && !last.participants.contains($0.key) }) {
                let p = people(last)
                if p.count == n && (!leadersOnly || p.allSatisfy(isLeader)) { return p }
                let l = p.filter(isLeader)
                if leadersOnly && l.count == n { return l }
            }
            if leadersOnly && leaders.count >= n { return Array(leaders.suffix(n)) }
            if let exact = events.last(where: { people($0).count == n }) { return people(exact) }
        }
        if leadersOnly && leaders.count >= 2 {
            // "Ba nhà lãnh đạo …" after a meeting of three leaders: all of them.
            if let last = lastGroup {
                let p = people(last)
                if p.count > 2 && p.allSatisfy(leaders.contains) { return p }
            }
            return Array(leaders.suffix(2))
        }
        if let last = lastGroup { return people(last) }
        return Array(leaders.suffix(2))
    }

    /// The parties of an event word told earlier in the clause, before the group phrase `h`: the
    /// actor before the word and those after it (`A gặp B và hai bên …`), when they stand for at
    /// least two states; nil otherwise.
    static func partiesBefore(_ h: ActorHit, in c: Clause, actors: ArticleActors) -> [String]? {
        let s = c.s
        guard let trigger = s.words.last(where: { w in
            w.tokens.upperBound <= h.tokens.lowerBound && w.tokens.lowerBound >= c.frameEnd
                && w.cue.classes.contains(.eventTrigger) && !w.cue.classes.contains(.notTrigger) }) else { return nil }
        let usable = c.hits.filter { x in
            !x.key.isEmpty && !x.flags.contains(.group) && x.flags.intersection(.notParty).isEmpty
                && x.tokens.lowerBound >= c.frameEnd && x.tokens.upperBound <= h.tokens.lowerBound
        }
        // The event word is a verb with its subject and object close by ("ông Trump đã gặp Chủ
        // tịch …"), not a noun spoken of ("báo cáo cuộc họp cho A và B").
        guard let subject = usable.last(where: { $0.tokens.upperBound <= trigger.tokens.lowerBound }),
              trigger.tokens.lowerBound - subject.tokens.upperBound <= 2 else { return nil }
        let objects = usable.filter { $0.tokens.lowerBound >= trigger.tokens.upperBound }
        guard let first = objects.first, first.tokens.lowerBound - trigger.tokens.upperBound <= 4 else { return nil }
        let keys = NSOrderedUnique([subject.key] + objects.map(\.key))
        return Set(keys.map { actors.stateKey($0) }).count >= 2 ? keys : nil
    }
}
