import DiplographModel

/// A state: ISO code, names and the capitals that stand for its government.
struct StateEntry: Decodable, Sendable {
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
}

/// An international organisation or collective.
struct OrganizationEntry: Decodable, Sendable {
    let id: String
    let wikidata: String?
    let en: String
    let vi: String
    let names: [String]
    let collective: Bool?
}

/// A named state institution or seat of power.
struct InstitutionEntry: Decodable, Sendable {
    let id: String
    let state: String
    let wikidata: String?
    let en: String
    let vi: String
    let names: [String]
}

/// A generic body that combines with a following state name (`Bộ Ngoại giao` + `Nga`).
struct InstitutionTemplate: Decodable, Sendable {
    let key: String
    let en: String
    let forms: [String]
    /// Acronyms that stand for the body of one state: `{"US": ["NSC"]}`.
    let acronyms: [String: [String]]?
    /// `state`: the body stands for the state itself (`Chính phủ Mỹ` is the US).
    let standsFor: String?
    /// False for bodies that are not diplomatic actors (armed forces): they make no node.
    let actor: Bool?
}

struct InstitutionsFile: Decodable, Sendable {
    let institutions: [InstitutionEntry]
    let templates: [InstitutionTemplate]
}

struct MediaEntry: Decodable, Sendable {
    let id: String
    let en: String
    let names: [String]
    let state: String?
}

/// An office held between two dates.
struct RoleSpan: Decodable, Sendable {
    let role: String
    let from: String?
    let to: String?

    func covers(_ date: PartialDate) -> Bool {
        let day = date.iso
        if let from, !from.isEmpty, day < from && !from.hasPrefix(day) { return false }
        if let to, !to.isEmpty, day > to { return false }
        return true
    }
}

struct PersonEntry: Decodable, Sendable {
    let id: String
    let name: String
    let wikidata: String?
    let state: String?
    let org: String?
    let names: [String]
    let roles: [RoleSpan]?
}

/// A Vietnamese title and the role it names.
struct TitleEntry: Decodable, Sendable {
    let forms: [String]
    let role: String
    let en: String?
}

struct StatesFile: Decodable, Sendable { let states: [StateEntry] }
struct OrganizationsFile: Decodable, Sendable { let organizations: [OrganizationEntry] }
struct MediaFile: Decodable, Sendable { let media: [MediaEntry] }
struct PeopleFile: Decodable, Sendable { let people: [PersonEntry] }
struct TitlesFile: Decodable, Sendable { let titles: [TitleEntry] }
