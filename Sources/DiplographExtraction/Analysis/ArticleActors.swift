import DiplographModel

/// The actors of one article, keyed by node id, with the affiliations found for them.
struct ArticleActors {
    struct Affiliation: Hashable {
        let person: String
        let target: String
        let role: String
    }

    /// What the value holds, behind one reference: the rules are handed a copy of the actors at
    /// every look, and a copy retains this one object rather than each collection. Changed in place
    /// while one value holds it; copied first otherwise (`unique`), so every value keeps its own.
    private final class Storage: @unchecked Sendable {
        var actors: [String: Actor] = [:]
        var affiliations: Set<Affiliation> = []
        var localNames: [String: String] = [:]
        var introducedRoles: [String: String] = [:]
        var mentionedPeople: [String] = []
        var lexiconPeople: [String: Int] = [:]
        var peopleAdded: Set<PersonCall> = []
        let lexicon: Lexicon
        let article: NodeID
        let date: PartialDate?

        init(lexicon: Lexicon, article: NodeID, date: PartialDate?) {
            self.lexicon = lexicon
            self.article = article
            self.date = date
        }

        func copy() -> Storage {
            let other = Storage(lexicon: lexicon, article: article, date: date)
            other.actors = actors
            other.affiliations = affiliations
            other.localNames = localNames
            other.introducedRoles = introducedRoles
            other.mentionedPeople = mentionedPeople
            other.lexiconPeople = lexiconPeople
            other.peopleAdded = peopleAdded
            return other
        }
    }
    private var storage: Storage

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    private(set) var actors: [String: Actor] {
        get { storage.actors }
        _modify { unique(); yield &storage.actors }
    }
    private(set) var affiliations: Set<Affiliation> {
        get { storage.affiliations }
        _modify { unique(); yield &storage.affiliations }
    }
    /// Unknown people introduced by title and name, by full name and by last word.
    private(set) var localNames: [String: String] {
        get { storage.localNames }
        _modify { unique(); yield &storage.localNames }
    }
    /// The roles a person was introduced with in this article.
    private(set) var introducedRoles: [String: String] {
        get { storage.introducedRoles }
        _modify { unique(); yield &storage.introducedRoles }
    }
    /// Person keys in order of mention, most recent last.
    private(set) var mentionedPeople: [String] {
        get { storage.mentionedPeople }
        _modify { unique(); yield &storage.mentionedPeople }
    }
    /// The lexicon entry of each known person's key.
    private var lexiconPeople: [String: Int] {
        get { storage.lexiconPeople }
        _modify { unique(); yield &storage.lexiconPeople }
    }
    /// Every `person` call made so far. Adding a person again with the same alias and role
    /// changes nothing (the actor, its aliases, affiliations and local names are as the first
    /// call left them) but the role introduced and the order of mention, so a repeat does only that.
    private var peopleAdded: Set<PersonCall> {
        get { storage.peopleAdded }
        _modify { unique(); yield &storage.peopleAdded }
    }

    private struct PersonCall: Hashable {
        let index: Int
        let alias: String?
        let role: String?
    }

    var lexicon: Lexicon { storage.lexicon }
    var article: NodeID { storage.article }
    var date: PartialDate? { storage.date }

    init(lexicon: Lexicon, article: NodeID, date: PartialDate?) {
        storage = Storage(lexicon: lexicon, article: article, date: date)
    }

    // MARK: adding actors

    mutating func state(_ i: Int, alias: String?) -> String {
        let e = lexicon.states[i]
        return add(Actor(id: lexicon.stateIDs[i], label: e.vi, labelEn: e.en, actorType: .state,
                         state: e.id, wikidata: e.wikidata ?? ""), alias: alias)
    }

    mutating func state(code: String, alias: String?) -> String? {
        lexicon.stateIndex[code].map { state($0, alias: alias) }
    }

    /// The key of the state with ISO code `code` when the article already has it as an actor.
    func existingState(code: String) -> String? {
        guard let i = lexicon.stateIndex[code] else { return nil }
        let key = lexicon.stateIDs[i].rawValue
        return actors[key] == nil ? nil : key
    }

    mutating func organization(_ i: Int, alias: String?) -> String {
        let e = lexicon.organizations[i]
        return add(Actor(id: lexicon.organizationIDs[i], label: e.vi, labelEn: e.en, actorType: .organization,
                         wikidata: e.wikidata ?? ""), alias: alias)
    }

    mutating func institution(_ i: Int, alias: String?) -> String {
        let e = lexicon.institutions[i]
        let key = add(Actor(id: NodeID(kind: .actor, slug: e.id), label: e.vi, labelEn: e.en, actorType: .institution,
                            state: e.state, wikidata: e.wikidata ?? ""), alias: alias)
        if let st = state(code: e.state, alias: nil) { affiliations.insert(Affiliation(person: key, target: st, role: "institution-of")) }
        return key
    }

    /// A template body of a state: `Bộ Ngoại giao` + Nga → `ru-mfa`.
    mutating func institution(template t: Int, state code: String, alias: String?) -> String? {
        guard let si = lexicon.stateIndex[code] else { return nil }
        let tpl = lexicon.templates[t]
        if tpl.actor == false { return nil }
        if tpl.standsFor == "state" { return state(si, alias: alias) }
        let id = code.lowercased() + "-" + tpl.key
        if let named = lexicon.institutions.firstIndex(where: { $0.id == id }) { return institution(named, alias: alias) }
        let st = lexicon.states[si]
        let key = add(Actor(id: NodeID(kind: .actor, slug: id), label: tpl.forms[0] + " " + st.vi,
                            labelEn: st.en + " " + tpl.en, actorType: .institution, state: code), alias: alias)
        if let stKey = state(code: code, alias: nil) { affiliations.insert(Affiliation(person: key, target: stKey, role: "institution-of")) }
        return key
    }

    /// The unique institution of this template already in the article, for a bare `Bộ Ngoại giao`.
    func existingInstitution(template t: Int) -> String? {
        let suffix = "-" + lexicon.templates[t].key
        let found = actors.keys.filter { $0.hasSuffix(suffix) && actors[$0]?.actorType == .institution }.sorted()
        return found.count == 1 ? found[0] : nil
    }

    mutating func media(_ i: Int, alias: String?) -> String {
        let e = lexicon.media[i]
        return add(Actor(id: NodeID(kind: .actor, slug: e.id), label: e.en, labelEn: e.en, actorType: .media,
                         state: e.state ?? ""), alias: alias)
    }

    /// A person from the lexicon; links them to their state (or organisation) with their role on the article's date.
    /// The gender the lexicon gives a person (`male`, `female`), nil for anyone else.
    func gender(of key: String) -> String? {
        lexiconPeople[key].flatMap { lexicon.people[$0].gender }
    }

    mutating func person(_ i: Int, alias: String?, role: String? = nil) -> String {
        if peopleAdded.contains(PersonCall(index: i, alias: alias, role: role)), i >= 0, i < lexicon.personIDs.count {
            let key = lexicon.personIDs[i].rawValue
            if let role { introducedRoles[key] = role }
            notePerson(key)
            return key
        }
        peopleAdded.insert(PersonCall(index: i, alias: alias, role: role))
        let p = lexicon.people[i]
        let key = add(Actor(id: lexicon.personIDs[i], label: p.name, labelEn: p.name, actorType: .person,
                            state: p.state ?? "", wikidata: p.wikidata ?? ""), alias: alias)
        lexiconPeople[key] = i
        let office = role ?? lexicon.roles(of: i, on: date).first ?? ""
        if let st = p.state, !st.isEmpty, let stKey = state(code: st, alias: nil) {
            affiliations.insert(Affiliation(person: key, target: stKey, role: office.isEmpty ? "member" : office))
        } else if let org = p.org, let oi = lexicon.organizations.firstIndex(where: { $0.id == org }) {
            let orgKey = organization(oi, alias: nil)
            affiliations.insert(Affiliation(person: key, target: orgKey, role: office.isEmpty ? "member" : office))
        }
        if let role { introducedRoles[key] = role }
        if let alias {
            let words = ArticleActors.words(alias)
            for w in [words.first, words.last].compactMap({ $0 }) where w.length > 1 && localNames[w.word] == nil { localNames[w.word] = key }
        }
        notePerson(key)
        return key
    }

    /// A person the lexicon does not know, introduced by title (and state) and name.
    /// With no role, the person was introduced by an honorific alone (`ông Vương Quán Trung`).
    mutating func unknownPerson(name: String, state code: String?, role: String?, institution: String?) -> String {
        if let known = localNames[name] { notePerson(known); return known }
        let key = add(Actor(id: NodeID(kind: .actor, slug: name), label: name, actorType: .person, state: code ?? ""), alias: name)
        if let code, let stKey = state(code: code, alias: nil) {
            affiliations.insert(Affiliation(person: key, target: stKey, role: role ?? ""))
        }
        if let institution { affiliations.insert(Affiliation(person: key, target: institution, role: role ?? "")) }
        localNames[name] = key
        // Later "ông Afwerki" or "ông Isaias" (a first name, as Eritreans and Ethiopians are
        // called), as for people of the lexicon; the last word wins over an earlier holder.
        let words = name.split(separator: " ").map(String.init)
        if let last = words.last, last.count > 1 { localNames[last] = key }
        if words.count > 1, let first = words.first, first.count > 1, localNames[first] == nil { localNames[first] = key }
        if let role { introducedRoles[key] = role }
        notePerson(key)
        return key
    }

    /// Completes a person of this article introduced by honorific alone (`Ông John Whitfield, Đại sứ
    /// Mỹ …`) with the state, role and institution an appositive gives; a state already known stays.
    mutating func complete(_ key: String, state code: String?, role: String?, institution: String?) {
        guard lexiconPeople[key] == nil, actors[key]?.actorType == .person, actors[key]?.state.isEmpty == true else { return }
        if let code, let stKey = state(code: code, alias: nil) {
            actors[key]?.state = code
            affiliations.insert(Affiliation(person: key, target: stKey, role: role ?? ""))
        }
        if let institution { affiliations.insert(Affiliation(person: key, target: institution, role: role ?? "")) }
        if let role, introducedRoles[key] == nil { introducedRoles[key] = role }
    }

    /// Links a person to an institution they were introduced with.
    mutating func affiliate(_ person: String, with institution: String, role: String) {
        affiliations.insert(Affiliation(person: person, target: institution, role: role))
    }

    func localPerson(named name: String) -> String? { localNames[name] }

    mutating func notePerson(_ key: String) {
        mentionedPeople.removeAll { $0 == key }
        mentionedPeople.append(key)
    }

    /// The role a person holds in this article: as introduced, else from the lexicon on the date.
    func role(of key: String) -> String? {
        if let r = introducedRoles[key] { return r }
        guard let i = lexiconPeople[key] else { return nil }
        return lexicon.roles(of: i, on: date).first
    }

    func actor(_ key: String) -> Actor? { actors[key] }

    /// The state-level key of an actor: its state code, or itself for organisations.
    func stateKey(_ key: String) -> String {
        guard let a = actors[key] else { return key }
        return a.state.isEmpty ? key : a.state
    }

    private mutating func add(_ actor: Actor, alias: String?) -> String {
        let key = actor.id.rawValue
        // Changed in place in the dictionary: no copy of the actor and its aliases.
        let article = self.article
        ArticleActors.update(&actors[key, default: actor], alias: alias, article: article)
        return key
    }

    private static func update(_ a: inout Actor, alias: String?, article: NodeID) {
        if let alias, !alias.isEmpty, !a.aliases.contains(alias) {
            a.aliases.append(alias)
            a.aliases.sort()
        }
        if a.articles.isEmpty { a.articles = [article] }
    }

    /// `name.split(separator: " ")` with each word's `count`. A name of plain scalars without CR
    /// (see `WordList.isPlain`), where every scalar is a `Character` of its own, is cut at its
    /// space bytes and its scalars counted; any other name goes through `split` and `count`.
    static func words(_ name: String) -> [(word: String, length: Int)] {
        let plain: Bool = name.utf8.withContiguousStorageIfAvailable { b in
            WordList.isPlain(b) && !b.contains(0x0D)
        } ?? false
        guard plain else { return name.split(separator: " ").map { (String($0), $0.count) } }
        var out: [(word: String, length: Int)] = []
        let utf8 = name.utf8
        var start: String.Index? = nil
        var length = 0
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x20 {
                if let a = start { out.append((String(name[a..<i]), length)) }
                start = nil
                length = 0
            } else {
                if start == nil { start = i }
                // Continuation bytes (10xxxxxx) belong to the scalar before them.
                if byte & 0xC0 != 0x80 { length += 1 }
            }
            i = utf8.index(after: i)
        }
        if let a = start { out.append((String(name[a..<utf8.endIndex]), length)) }
        return out
    }
}
