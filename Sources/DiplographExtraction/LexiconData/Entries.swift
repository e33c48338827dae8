import DiplographModel

/// A state: ISO code, names and the capitals that stand for its government.
struct StateEntry: LexiconRecord, Sendable {
    let id: String
    let wikidata: String?
    let en: String
    let vi: String
    let names: [String]
    let capitals: [String]?
    /// Which role "the leader of X" means (`head-of-state`, `head-of-government`, `general-secretary`).
    let leader: String?
    /// Names that are also ordinary Vietnamese words; accepted only in a strong context.
    let ambiguous: [String]?
    /// The state the outlets write from (one entry at most): a bare title with no state named
    /// (`Thủ tướng đã hội kiến …`) means its holder there when the article named one.
    let home: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, wikidata, en, vi, names, capitals, leader, ambiguous, home }
    static var closedSets: [CodingKeys: [String]] { [.leader: allowedValues(LeaderRole.self)] }
}

/// The roles "the leader of X" can mean (`StateEntry.leader`).
enum LeaderRole: String, CaseIterable {
    case headOfState = "head-of-state"
    case headOfGovernment = "head-of-government"
    case generalSecretary = "general-secretary"
}

/// An international organisation or collective.
struct OrganizationEntry: LexiconRecord, Sendable {
    let id: String
    let wikidata: String?
    let en: String
    let vi: String
    let names: [String]
    let collective: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, wikidata, en, vi, names, collective }
}

/// A named state institution or seat of power.
struct InstitutionEntry: LexiconRecord, Sendable {
    let id: String
    let state: String
    let wikidata: String?
    let en: String
    let vi: String
    let names: [String]

    enum CodingKeys: String, CodingKey, CaseIterable { case id, state, wikidata, en, vi, names }
}

/// A generic body that combines with a following state name (`Bộ Ngoại giao` + `Nga`).
struct InstitutionTemplate: LexiconRecord, Sendable {
    let key: String
    let en: String
    let forms: [String]
    /// Acronyms that stand for the body of one state: `{"US": ["NSC"]}`.
    let acronyms: [String: [String]]?
    /// `state`: the body stands for the state itself (`Chính phủ Mỹ` is the US).
    let standsFor: String?
    /// False for bodies that are not diplomatic actors (armed forces): they make no node.
    let actor: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable { case key, en, forms, acronyms, standsFor, actor }
    static var closedSets: [CodingKeys: [String]] { [.standsFor: allowedValues(StandsFor.self)] }
}

/// What a template body may stand for (`InstitutionTemplate.standsFor`).
enum StandsFor: String, CaseIterable {
    case state
}

struct InstitutionsFile: LexiconRecord, Sendable {
    let institutions: [InstitutionEntry]
    let templates: [InstitutionTemplate]

    enum CodingKeys: String, CodingKey, CaseIterable { case institutions, templates }
    static var records: [CodingKeys: any LexiconRecord.Type] {
        [.institutions: InstitutionEntry.self, .templates: InstitutionTemplate.self]
    }
}

struct MediaEntry: LexiconRecord, Sendable {
    let id: String
    let en: String
    let names: [String]
    let state: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, en, names, state }
}

/// An office held between two dates.
struct RoleSpan: LexiconRecord, Sendable {
    let role: String
    let from: String?
    let to: String?
    /// The organisation the office was held in when not the person's own (`Tusk`, EU council).
    /// Recorded in the data; the role index (`Lexicon.holders`) does not read it yet.
    let org: String?
    /// The state the office was held for when not the person's own (`Rutte`, prime minister of NL).
    /// Recorded in the data; the role index (`Lexicon.holders`) does not read it yet.
    let state: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case role, from, to, org, state }

    func covers(_ date: PartialDate) -> Bool { covers(day: date.iso) }

    /// `covers(date)` for the date's ISO form `day`, made once by a caller asking of many spans.
    func covers(day: String) -> Bool {
        if let from, !from.isEmpty, day < from && !from.hasPrefix(day) { return false }
        if let to, !to.isEmpty, day > to { return false }
        return true
    }
}

struct PersonEntry: LexiconRecord, Sendable {
    let id: String
    let name: String
    let wikidata: String?
    let state: String?
    let org: String?
    /// As recorded in the data (`male`, `female`); not used by extraction.
    let gender: String?
    let names: [String]
    let roles: [RoleSpan]?

    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, wikidata, state, org, gender, names, roles }
    static var records: [CodingKeys: any LexiconRecord.Type] { [.roles: RoleSpan.self] }
}

/// A Vietnamese title and the role it names.
struct TitleEntry: LexiconRecord, Sendable {
    let forms: [String]
    let role: String
    let en: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case forms, role, en }
}

struct StatesFile: LexiconRecord, Sendable {
    let states: [StateEntry]
    enum CodingKeys: String, CodingKey, CaseIterable { case states }
    static var records: [CodingKeys: any LexiconRecord.Type] { [.states: StateEntry.self] }
}
struct OrganizationsFile: LexiconRecord, Sendable {
    let organizations: [OrganizationEntry]
    enum CodingKeys: String, CodingKey, CaseIterable { case organizations }
    static var records: [CodingKeys: any LexiconRecord.Type] { [.organizations: OrganizationEntry.self] }
}
struct MediaFile: LexiconRecord, Sendable {
    let media: [MediaEntry]
    enum CodingKeys: String, CodingKey, CaseIterable { case media }
    static var records: [CodingKeys: any LexiconRecord.Type] { [.media: MediaEntry.self] }
}
struct PeopleFile: LexiconRecord, Sendable {
    let people: [PersonEntry]
    enum CodingKeys: String, CodingKey, CaseIterable { case people }
    static var records: [CodingKeys: any LexiconRecord.Type] { [.people: PersonEntry.self] }
}
struct TitlesFile: LexiconRecord, Sendable {
    let titles: [TitleEntry]
    enum CodingKeys: String, CodingKey, CaseIterable { case titles }
    static var records: [CodingKeys: any LexiconRecord.Type] { [.titles: TitleEntry.self] }
}
