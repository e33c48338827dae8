import DiplographModel
import Foundation

/// Actors, titles and rule words, loaded from the JSON files of `schema/lexicon/` and checked on
/// load. Errors name the file and the line of the faulty entry.
public final class Lexicon: Sendable {
    let states: [StateEntry]
    let organizations: [OrganizationEntry]
    let institutions: [InstitutionEntry]
    let templates: [InstitutionTemplate]
    let media: [MediaEntry]
    let people: [PersonEntry]
    let titles: [TitleEntry]
    let rules: RulesFile
    let stateIndex: [String: Int]
    /// The code of the state marked `home` in `states.json`, if any.
    let homeState: String?
    let names: PhraseTrie<EntityCue>
    let words: PhraseTrie<WordCue>
    /// Role holders by `STATE|role`, for "Ngoại trưởng Mỹ" on a given date.
    let holders: [String: [Int]]
    /// Role holders by role alone, for a title that names its office fully (`Chủ tịch Ủy ban châu Âu`).
    let holdersOfRole: [String: [Int]]
    /// Names of states that need a strong context, keyed by the exact surface form.
    let ambiguousNames: Set<String>
    /// Actor node keys by kind of lexicon entry, for quick tests.
    let stateKeys: Set<String>
    let organizationKeys: Set<String>
    let institutionKeys: Set<String>
    let mediaKeys: Set<String>
    /// Family names (`rules.json` `familyNames`), lower-cased, for telling a personal name from a state.
    let familyNames: WordSet
    /// Lower-case words inside a foreign personal name (`rules.json` `nameParticles`).
    let nameParticles: WordSet
    /// Words after a group word that make it no reference (`các bên liên quan`).
    let vagueGroupQualifiers: WordSet
    /// Each topic's tag and its forms as lower-case word lists, split once at load.
    let topicForms: [(tag: String, forms: [[String]])]
    /// `topicForms` with their words numbered, for `SpeechActRules.topics`.
    let topicIndex: TopicIndex
    /// Lower-cased words (one or two tokens) that open a fronted adjunct.
    let adjunctOpeners: WordSet
    let governingWords: WordSet
    let passiveMarkers: WordSet
    let sideWords: WordSet
    let genericEventWords: WordSet
    /// What the clause layer reads subjects with (rules.json `subjectGoverningWords`, …).
    let clauseWords: ClauseWords
    let sufferWordsAfterSubject: WordSet
    let causerVerbs: WordSet
    let pairNouns: WordSet
    let actorWillWords: WordSet
    let coordinatedVerbCues: WordSet
    let conditionalModals: WordSet
    let readinessModals: WordSet
    let bodyChairTitles: WordSet
    let portfolioMarkers: WordSet
    let regionNouns: WordSet
    let ministryNouns: WordSet
    let eventMoodWords: WordSet
    let witnessVerbs: WordSet
    let adviceModals: WordSet
    let eventNounClassifiers: WordSet
    let attendanceVerbs: WordSet
    let jointAdverbs: WordSet
    let sidelineEachWords: WordSet
    /// The first word of each of `sidelineEachWords` (up to its first space): a sentence holds
    /// one of the phrases only where one of its tokens is one of these.
    let sidelineEachFirstWords: WordSet
    let gatheringNouns: WordSet
    let deliberationCues: WordSet
    let hostLeaderRoles: WordSet
    let hostStateWords: WordSet
    let threatWordNounCues: WordSet
    let envoyRoles: WordSet
    let appositiveOpeners: WordSet
    let photoPositionWords: WordSet
    let goodsNouns: WordSet
    let stateWordPhrases: WordSet
    let captionCreditWords: WordSet
    let datePartWords: WordSet
    let purposeCues: WordSet
    let malePronouns: WordSet
    let femalePronouns: WordSet
    let descriptivePronouns: WordSet
    /// The descriptive pronouns as words (`["nhà", "lãnh", "đạo", "này"]`), for the ones written with
    /// more words between the role noun and `này`.
    let descriptivePronounWords: [[String]]
    /// rules.json `personDescriptionNouns`.
    let personDescriptionNouns: WordSet
    let representativeNouns: WordSet
    let packageNouns: WordSet
    let pendingPackageCues: WordSet
    let palaceWords: WordSet
    let formerPrefixes: WordSet
    let actingPrefixes: WordSet
    let hostVerbs: WordSet
    let groupCounts: [String: Int]
    /// rules.json `leaderGroupWords`, lower-cased.
    let leaderGroupWords: [String]
    let reliefVerbs: WordSet
    let contrastConnectors: WordSet
    let clauseLinkWords: WordSet
    let imperativeWords: WordSet
    /// The date words of `rules.json` (since cues, span links, …) as the date reader reads them,
    /// made once here rather than for every article.
    let dateWords: DateWords
    /// The words of counted time clauses (`một tuần sau khi`), made once here rather than for
    /// every sentence that needs them.
    let clauseCount: ClauseCount
    /// Every word of the lexicon's entries and rules, with its strings made once, for the tokenizer.
    let vocabulary: Vocabulary
    /// People (indices in `people`, ascending) by the first and by the last word of each of their
    /// names of two words or more, for `personInOffice(calledBy:on:)`.
    let peopleByNameEnd: [String: [Int]]
    /// The actor node id of each state, organisation and person, made once (in the entries' order).
    let stateIDs: [NodeID]
    let organizationIDs: [NodeID]
    let personIDs: [NodeID]

    /// The lexicon built into the tool (`LexiconFiles.builtIn`).
    public static func bundled() throws -> Lexicon {
        try Lexicon(files: .builtIn)
    }

    /// A rule word list as a set of its lower-cased words.
    private static func lowered(_ words: [String]) -> WordSet {
        WordSet(words.map { $0.lowercased() })
    }

    /// `phrase` up to its first space scalar (all of it when it has none).
    static func firstWord(of phrase: String) -> String {
        let scalars = phrase.unicodeScalars
        guard let space = scalars.firstIndex(of: " ") else { return phrase }
        return String(scalars[..<space])
    }

    /// Loads and checks every lexicon file of `directory`.
    public convenience init(directory: String) throws {
        try self.init(files: .directory(directory))
    }

    /// Loads and checks every lexicon file of `files`.
    public init(files: LexiconFiles) throws {
        let loader = LexiconLoader(files: files)
        states = try loader.decode(StatesFile.self, "states.json").states
        organizations = try loader.decode(OrganizationsFile.self, "organizations.json").organizations
        let inst = try loader.decode(InstitutionsFile.self, "institutions.json")
        institutions = inst.institutions
        templates = inst.templates
        media = try loader.decode(MediaFile.self, "media.json").media
        people = try loader.decode(PeopleFile.self, "people.json").people
        titles = try loader.decode(TitlesFile.self, "titles.json").titles
        rules = try loader.decode(RulesFile.self, "rules.json")
        try loader.check(states: states, organizations: organizations, institutions: institutions,
                         media: media, people: people)

        var index: [String: Int] = [:]
        for (i, s) in states.enumerated() { index[s.id] = i }
        stateIndex = index
        let homes = states.filter { $0.home == true }
        guard homes.count <= 1 else {
            throw LexiconError(file: "states.json", line: nil, message: "more than one state is marked home: \(homes.map(\.id).joined(separator: ", "))")
        }
        homeState = homes.first?.id

        var trie = PhraseTrie<EntityCue>()
        var ambiguous = Set<String>()
        // Insertion order decides which entry keeps a surface form claimed twice: people and
        // institutions before states (a person's name beats a place of the same spelling).
        for (i, p) in people.enumerated() { for n in p.names { trie.insert(Lexicon.fold(n), .person(i)) } }
        for (i, m) in media.enumerated() { for n in m.names { trie.insert(Lexicon.fold(n), .media(i)) } }
        for (i, e) in institutions.enumerated() { for n in e.names { trie.insert(Lexicon.fold(n), .institution(i)) } }
        for (i, o) in organizations.enumerated() { for n in o.names { trie.insert(Lexicon.fold(n), .organization(i)) } }
        for (i, s) in states.enumerated() {
            for n in s.names { trie.insert(Lexicon.fold(n), .state(i)) }
            for n in s.capitals ?? [] { trie.insert(Lexicon.fold(n), .capital(i)) }
            for n in s.ambiguous ?? [] { ambiguous.insert(Lexicon.fold(n)) }
        }
        for (i, t) in templates.enumerated() {
            for f in t.forms { trie.insert(Lexicon.fold(f), .template(i)) }
            for (state, acronyms) in (t.acronyms ?? [:]).sorted(by: { $0.key < $1.key }) {
                for a in acronyms { trie.insert(Lexicon.fold(a), .templateAcronym(i, state: state)) }
            }
        }
        for (i, t) in titles.enumerated() {
            for f in t.forms { for v in Lexicon.caseVariants(f) { trie.insert(Lexicon.fold(v), .title(i)) } }
        }
        trie.seal()
        names = trie
        ambiguousNames = ambiguous
        words = Lexicon.buildWords(rules, titles: titles)
        adjunctOpeners = Lexicon.lowered(rules.adjunctOpeners)
        governingWords = Lexicon.lowered(rules.governingWords)
        passiveMarkers = Lexicon.lowered(rules.passiveMarkers)
        sideWords = Lexicon.lowered(rules.sideWords)
        genericEventWords = Lexicon.lowered(rules.genericEventWords)
        clauseWords = ClauseWords(adjunctOpeners: adjunctOpeners,
                                  governing: Lexicon.lowered(rules.subjectGoverningWords),
                                  openers: Lexicon.lowered(rules.subjectOpeners),
                                  pronouns: Lexicon.lowered(rules.subjectPronouns),
                                  delegationNouns: Lexicon.lowered(rules.delegationNouns),
                                  ledBy: Lexicon.lowered(rules.ledByWords),
                                  leadVerbs: Lexicon.lowered(rules.leadVerbs),
                                  documents: Lexicon.lowered(rules.authoredDocuments),
                                  possessives: Lexicon.lowered(rules.possessiveWords),
                                  coordinated: Lexicon.lowered(rules.coordinatedVerbCues),
                                  appositiveOpeners: Lexicon.lowered(rules.appositiveOpeners),
                                  countUnits: Lexicon.lowered(rules.dayCountUnits + rules.weekCountUnits))
        sufferWordsAfterSubject = Lexicon.lowered(rules.sufferWordsAfterSubject)
        causerVerbs = Lexicon.lowered(rules.causerVerbs)
        pairNouns = Lexicon.lowered(rules.pairNouns)
        actorWillWords = Lexicon.lowered(rules.actorWillWords)
        coordinatedVerbCues = Lexicon.lowered(rules.coordinatedVerbCues)
        conditionalModals = Lexicon.lowered(rules.conditionalModals)
        readinessModals = Lexicon.lowered(rules.readinessModals)
        bodyChairTitles = Lexicon.lowered(rules.bodyChairTitles)
        portfolioMarkers = Lexicon.lowered(rules.portfolioMarkers)
        regionNouns = Lexicon.lowered(rules.regionNouns)
        ministryNouns = Lexicon.lowered(rules.ministryNouns)
        eventMoodWords = Lexicon.lowered(rules.eventMoodWords)
        witnessVerbs = Lexicon.lowered(rules.witnessVerbs)
        adviceModals = Lexicon.lowered(rules.adviceModals)
        eventNounClassifiers = Lexicon.lowered(rules.eventNounClassifiers)
        attendanceVerbs = Lexicon.lowered(rules.attendanceVerbs)
        jointAdverbs = Lexicon.lowered(rules.jointAdverbs)
        sidelineEachWords = Lexicon.lowered(rules.sidelineEachWords)
        sidelineEachFirstWords = WordSet(rules.sidelineEachWords.map { Lexicon.firstWord(of: $0.lowercased()) })
        gatheringNouns = Lexicon.lowered(rules.gatheringNouns)
        deliberationCues = Lexicon.lowered(rules.deliberationCues)
        hostLeaderRoles = WordSet(rules.hostLeaderRoles)
        hostStateWords = Lexicon.lowered(rules.hostStateWords)
        threatWordNounCues = Lexicon.lowered(rules.threatWordNounCues)
        envoyRoles = WordSet(rules.envoyRoles)
        appositiveOpeners = Lexicon.lowered(rules.appositiveOpeners)
        photoPositionWords = Lexicon.lowered(rules.photoPositionWords)
        goodsNouns = Lexicon.lowered(rules.goodsNouns)
        stateWordPhrases = Lexicon.lowered(rules.stateWordPhrases)
        captionCreditWords = Lexicon.lowered(rules.captionCreditWords)
        datePartWords = Lexicon.lowered(rules.datePartWords)
        purposeCues = Lexicon.lowered(rules.purposeCues)
        malePronouns = Lexicon.lowered(rules.malePronouns)
        femalePronouns = Lexicon.lowered(rules.femalePronouns)
        descriptivePronouns = Lexicon.lowered(rules.descriptivePronouns)
        descriptivePronounWords = rules.descriptivePronouns.map { $0.lowercased().split(separator: " ").map(String.init) }
        personDescriptionNouns = Lexicon.lowered(rules.personDescriptionNouns)
        representativeNouns = Lexicon.lowered(rules.representativeNouns)
        packageNouns = Lexicon.lowered(rules.packageNouns)
        pendingPackageCues = Lexicon.lowered(rules.pendingPackageCues)
        palaceWords = Lexicon.lowered(rules.palaceWords)
        formerPrefixes = Lexicon.lowered(rules.formerPrefixes)
        actingPrefixes = Lexicon.lowered(rules.actingPrefixes)
        hostVerbs = Lexicon.lowered(rules.hostVerbs)
        reliefVerbs = Lexicon.lowered(rules.reliefVerbs)
        groupCounts = Dictionary(rules.groupCounts.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        leaderGroupWords = rules.leaderGroupWords.map { $0.lowercased() }
        contrastConnectors = Lexicon.lowered(rules.contrastConnectors)
        clauseLinkWords = Lexicon.lowered(rules.clauseLinkWords)
        imperativeWords = Lexicon.lowered(rules.imperativeWords)
        dateWords = DateWords(rules: rules)
        clauseCount = ClauseCount(rules: rules)
        var phrases: [String] = []
        for p in people { phrases += p.names }
        for m in media { phrases += m.names }
        for e in institutions { phrases += e.names }
        for o in organizations { phrases += o.names }
        for s in states { phrases += s.names + (s.capitals ?? []) }
        for t in templates { phrases += t.forms + (t.acronyms ?? [:]).values.flatMap { $0 } }
        for t in titles { phrases += t.forms }
        Lexicon.strings(in: rules, into: &phrases)
        vocabulary = Vocabulary(phrases: phrases)
        familyNames = WordSet(rules.familyNames.map { Lexicon.fold($0).lowercased() })
        nameParticles = Lexicon.lowered(rules.nameParticles)
        vagueGroupQualifiers = Lexicon.lowered(rules.vagueGroupQualifiers)
        topicForms = rules.topics.map { topic in
            (tag: topic.tag, forms: topic.forms.map { $0.lowercased().split(separator: " ").map(String.init) })
        }
        topicIndex = TopicIndex(topicForms)

        var byRole: [String: [Int]] = [:]
        var byRoleAlone: [String: [Int]] = [:]
        for (i, p) in people.enumerated() {
            let state = p.state ?? ""
            let owner = state.isEmpty ? (p.org ?? "") : state
            for r in p.roles ?? [] where !owner.isEmpty { byRole[owner + "|" + r.role, default: []].append(i) }
            for r in p.roles ?? [] { byRoleAlone[r.role, default: []].append(i) }
        }
        holders = byRole
        holdersOfRole = byRoleAlone
        var byNameEnd: [String: [Int]] = [:]
        for (i, p) in people.enumerated() {
            for n in p.names {
                let parts = n.split(separator: " ")
                guard parts.count > 1, let first = parts.first, let last = parts.last else { continue }
                for word in [String(first), String(last)] where byNameEnd[word]?.last != i {
                    byNameEnd[word, default: []].append(i)
                }
            }
        }
        peopleByNameEnd = byNameEnd
        let key = { (id: String) in NodeID(kind: .actor, slug: id).rawValue }
        stateIDs = states.map { NodeID(kind: .actor, slug: $0.id) }
        organizationIDs = organizations.map { NodeID(kind: .actor, slug: $0.id) }
        personIDs = people.map { NodeID(kind: .actor, slug: $0.id) }
        stateKeys = Set(stateIDs.map(\.rawValue))
        organizationKeys = Set(organizationIDs.map(\.rawValue))
        institutionKeys = Set(institutions.map { key($0.id) })
        mediaKeys = Set(media.map { key($0.id) })
    }

    /// Every string held anywhere in `value` (fields, arrays, dictionaries, optionals), in order.
    private static func strings(in value: Any, into out: inout [String]) {
        if let s = value as? String { out.append(s); return }
        for child in Mirror(reflecting: value).children { strings(in: child.value, into: &out) }
    }

    /// Text as the matcher sees it: NFC with the same folding as article text.
    static func fold(_ s: String) -> String {
        NormalizedText(s).string(0..<NormalizedText(s).scalars.count)
    }

    /// The form as given and with its first letter upper/lower-cased.
    static func caseVariants(_ form: String) -> [String] {
        guard let first = form.first else { return [] }
        let rest = form.dropFirst()
        var out = [form]
        for v in [first.uppercased() + rest, first.lowercased() + rest] where !out.contains(v) { out.append(v) }
        return out
    }

    private static func buildWords(_ r: RulesFile, titles: [TitleEntry]) -> PhraseTrie<WordCue> {
        var t = PhraseTrie<WordCue>()
        func add(_ forms: [String], _ c: WordClasses, trigger: Int? = nil, measure: Int? = nil) {
            for f in forms {
                for v in caseVariants(f) {
                    t.insert(fold(v), WordCue(classes: c, eventTrigger: trigger, measure: measure)) { $0.merged(with: $1) }
                }
            }
        }
        for (i, e) in r.eventTriggers.enumerated() { add(e.forms, .eventTrigger, trigger: i) }
        add(r.notTriggers, .notTrigger)
        add(r.demandTriggers, .demandTrigger)
        add(r.warningVerbs, .warningVerb)
        add(r.threatVerbs, .threatVerb)
        for (i, m) in r.measures.enumerated() { add(m.forms, .measure, measure: i) }
        add(r.notThreats, .notThreat)
        add(r.notDemands, .notDemand)
        add(r.plannedCues, .planned)
        add(r.occurredCues, .occurred)
        add(r.negations, .negation)
        add(r.hypotheticals, .hypothetical)
        add(r.referenceCues, .reference)
        add(r.reportingVerbs, .reporting)
        add(r.sourceOpeners, .sourceOpener)
        add(r.locationPrepositions, .location)
        add(r.timeZoneWords, .timeZone)
        add(r.topicPrepositions, .topicPreposition)
        add(r.victimPrepositions, .victim)
        add(r.leaderWords, .leader)
        add(r.counterpartWords, .counterpart)
        add(r.honorifics, .honorific)
        add(r.bothLeadersWords, .bothLeaders)
        // "hai thứ trưởng", "ba Bộ trưởng Quốc phòng": a count (`groupCounts`) before any title names
        // a group of office-holders, as the listed phrases do.
        // (The title as listed, with its first letter in either case, and all in lower case: "hai thứ
        // trưởng". A form given twice merges into the same entry of the trie.)
        let titleForms = titles.flatMap(\.forms).flatMap { caseVariants($0) + [$0.lowercased()] }
        add(r.groupCounts.keys.sorted().flatMap { count in titleForms.map { count + " " + $0 } }, .bothLeaders)
        add(r.citizensWords, .citizens)
        add(r.plannedAfterCues, .plannedAfter)
        add(r.strongNegations, .strongNegation)
        add(r.nonActorPrefixes, .nonActorPrefix)
        add(r.sidelineWords, .sideline)
        add(r.objectPrepositions, .objectPreposition)
        add(r.personPronouns, .personPronoun)
        add(r.speakerPronouns, .speakerPronoun)
        add(r.statePronouns, .statePronoun)
        add(r.organizationPronouns, .organizationPronoun)
        add(r.pluralDeterminers, .pluralDeterminer)
        add(r.separatelyCues, .separately)
        add(r.jointCues, .joint)
        add(r.nominalDemands, .nominalDemand)
        add(r.modalDemands, .modalDemand)
        add(r.sufferVerbs, .suffer)
        add(r.threatModals, .threatModal)
        add(r.nominalThreats, .nominalThreat)
        add(r.additiveCues, .additive)
        add(r.placeNouns, .placeNoun)
        add(r.nominalizers, .nominalizer)
        add(r.visitWords, .visit)
        add(r.inviteVerbs, .invite)
        add(r.sameDayCues, .sameDay)
        add(r.dayBeforeCues, .dayBefore)
        add(r.dayAfterCues, .dayAfter)
        add(r.vagueTimeCues, .vagueTime)
        add(r.recentCues, .recent)
        add(r.timeClauseCues, .timeClause)
        add(r.titleComplements, .titleComplement)
        add(r.deputyPrefixes, .deputy)
        add(r.vagueMembers, .vagueMember)
        add(r.relativeNouns, .vagueMember)
        add(r.anonymityWords, .anonymity)
        add(r.mannerAdverbs, .manner)
        add(r.endangeredObjects, .endangered)
        add(r.hedges, .hedge)
        add(r.cancelledCues, .cancelled)
        add(r.possessedDemands, .possessedDemand)
        add(r.addresseePrepositions, .addresseePreposition)
        add(r.participationPhrases, .participation)
        add(r.notNegations, .notNegation)
        t.seal()
        return t
    }

    /// The person holding `role` for `owner` (a state code or organisation id) on `date`.
    func holder(of role: String, for owner: String, on date: PartialDate?) -> Int? {
        guard let candidates = holders[owner + "|" + role] else { return nil }
        guard let date else { return candidates.count == 1 ? candidates[0] : nil }
        let day = date.iso
        return candidates.first { i in (people[i].roles ?? []).contains { $0.role == role && $0.covers(day: day) } }
    }

    /// The one person holding `role` anywhere on `date`, for a title that needs no owner
    /// (`Chủ tịch Ủy ban châu Âu`); nil when nobody or several do (`Tổng thống` alone).
    func soleHolder(of role: String, on date: PartialDate?) -> Int? {
        guard let date, let candidates = holdersOfRole[role] else { return nil }
        let day = date.iso
        let inOffice = candidates.filter { i in (people[i].roles ?? []).contains { $0.role == role && $0.covers(day: day) } }
        return Set(inOffice).count == 1 ? inOffice.first : nil
    }

    /// The single person in office on `date` with a name whose first or last word is `word`
    /// (`Tập` → Tập Cận Bình in 2023), for "ông Tập"; nil when none or several.
    func personInOffice(calledBy word: String, on date: PartialDate?) -> Int? {
        guard let date, word.count > 1 else { return nil }
        let day = date.iso
        let found = (peopleByNameEnd[word] ?? []).filter { i in
            (people[i].roles ?? []).contains(where: { $0.covers(day: day) })
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The role "the leader of" a state means.
    func leaderRole(of state: String) -> String {
        stateIndex[state].flatMap { states[$0].leader } ?? "head-of-state"
    }

    /// The roles a person held on a date (all roles when the date is unknown), most senior first.
    func roles(of person: Int, on date: PartialDate?) -> [String] {
        guard person >= 0, person < people.count, let spans = people[person].roles else { return [] }
        guard let date else { return spans.map(\.role) }
        let day = date.iso
        let current = spans.filter { $0.covers(day: day) }.map(\.role)
        return current.isEmpty ? [] : current
    }
}

/// A lexicon file that cannot be used, with the file and, where found, the line.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let message: String
    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

extension Lexicon {
    /// The index of the passive marker (`được`, `bị`) before an actor starting at token `start`,
    /// directly or with a side word between (`được phía Trung Quốc`).
    func passiveMarker(before start: Int, in s: Sentence) -> Int? {
        if passiveMarkers.contains(s.lower(start - 1)) { return start - 1 }
        if sideWords.contains(s.lower(start - 1)) && passiveMarkers.contains(s.lower(start - 2)) { return start - 2 }
        // "được ông Trump đón": an honorific before the agent's name.
        if start >= 2, s.words.contains(where: { $0.tokens == (start - 1)..<start && $0.cue.classes.contains(.honorific) }),
           passiveMarkers.contains(s.lower(start - 2)) { return start - 2 }
        return nil
    }
}
