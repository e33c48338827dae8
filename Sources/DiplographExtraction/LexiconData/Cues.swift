/// What a matched name in the text stands for.
enum EntityCue: Sendable, Equatable {
    case state(Int)
    case capital(Int)
    case organization(Int)
    case institution(Int)
    case template(Int)
    /// An acronym of a template body of one state (`NSC` → the US National Security Council).
    case templateAcronym(Int, state: String)
    case media(Int)
    case person(Int)
    case title(Int)
}

/// The classes a matched rule word belongs to.
struct WordClasses: OptionSet, Sendable, Hashable {
    let rawValue: UInt64
    static let eventTrigger = WordClasses(rawValue: 1 << 0)
    static let notTrigger = WordClasses(rawValue: 1 << 1)
    static let demandTrigger = WordClasses(rawValue: 1 << 2)
    static let warningVerb = WordClasses(rawValue: 1 << 3)
    static let threatVerb = WordClasses(rawValue: 1 << 4)
    static let measure = WordClasses(rawValue: 1 << 5)
    static let notThreat = WordClasses(rawValue: 1 << 6)
    static let notDemand = WordClasses(rawValue: 1 << 7)
    static let planned = WordClasses(rawValue: 1 << 8)
    static let occurred = WordClasses(rawValue: 1 << 9)
    static let negation = WordClasses(rawValue: 1 << 10)
    static let hypothetical = WordClasses(rawValue: 1 << 11)
    static let reference = WordClasses(rawValue: 1 << 12)
    static let reporting = WordClasses(rawValue: 1 << 13)
    static let sourceOpener = WordClasses(rawValue: 1 << 14)
    static let location = WordClasses(rawValue: 1 << 15)
    static let timeZone = WordClasses(rawValue: 1 << 16)
    static let topicPreposition = WordClasses(rawValue: 1 << 17)
    static let victim = WordClasses(rawValue: 1 << 18)
    static let leader = WordClasses(rawValue: 1 << 19)
    static let counterpart = WordClasses(rawValue: 1 << 20)
    static let honorific = WordClasses(rawValue: 1 << 21)
    static let bothLeaders = WordClasses(rawValue: 1 << 22)
    static let citizens = WordClasses(rawValue: 1 << 23)
    static let plannedAfter = WordClasses(rawValue: 1 << 24)
    static let strongNegation = WordClasses(rawValue: 1 << 25)
    static let nonActorPrefix = WordClasses(rawValue: 1 << 26)
    static let sideline = WordClasses(rawValue: 1 << 27)
    static let objectPreposition = WordClasses(rawValue: 1 << 28)
    static let personPronoun = WordClasses(rawValue: 1 << 29)
    static let speakerPronoun = WordClasses(rawValue: 1 << 30)
    static let statePronoun = WordClasses(rawValue: 1 << 31)
    static let pluralDeterminer = WordClasses(rawValue: 1 << 32)
    static let separately = WordClasses(rawValue: 1 << 33)
    static let joint = WordClasses(rawValue: 1 << 34)
    static let nominalDemand = WordClasses(rawValue: 1 << 35)
    static let modalDemand = WordClasses(rawValue: 1 << 36)
    static let suffer = WordClasses(rawValue: 1 << 37)
    static let threatModal = WordClasses(rawValue: 1 << 38)
    static let nominalThreat = WordClasses(rawValue: 1 << 39)
    static let additive = WordClasses(rawValue: 1 << 40)
    static let placeNoun = WordClasses(rawValue: 1 << 41)
    static let nominalizer = WordClasses(rawValue: 1 << 42)
    static let visit = WordClasses(rawValue: 1 << 43)
    static let invite = WordClasses(rawValue: 1 << 44)
    static let sameDay = WordClasses(rawValue: 1 << 45)
    static let dayBefore = WordClasses(rawValue: 1 << 46)
    static let dayAfter = WordClasses(rawValue: 1 << 47)
    static let vagueTime = WordClasses(rawValue: 1 << 48)
    static let recent = WordClasses(rawValue: 1 << 49)
    static let timeClause = WordClasses(rawValue: 1 << 50)
    static let titleComplement = WordClasses(rawValue: 1 << 51)
    static let deputy = WordClasses(rawValue: 1 << 52)
    static let vagueMember = WordClasses(rawValue: 1 << 53)
    static let anonymity = WordClasses(rawValue: 1 << 54)
    static let manner = WordClasses(rawValue: 1 << 55)
    static let endangered = WordClasses(rawValue: 1 << 56)
    static let hedge = WordClasses(rawValue: 1 << 57)
    static let cancelled = WordClasses(rawValue: 1 << 58)
    static let possessedDemand = WordClasses(rawValue: 1 << 59)
    static let addresseePreposition = WordClasses(rawValue: 1 << 60)
    static let participation = WordClasses(rawValue: 1 << 61)
    static let notNegation = WordClasses(rawValue: 1 << 62)
    static let organizationPronoun = WordClasses(rawValue: 1 << 63)
}

/// A rule word: its classes and, for triggers and measures, which entry it belongs to.
struct WordCue: Sendable {
    var classes: WordClasses
    var eventTrigger: Int?
    var measure: Int?

    func merged(with other: WordCue) -> WordCue {
        WordCue(classes: classes.union(other.classes), eventTrigger: eventTrigger ?? other.eventTrigger,
                measure: measure ?? other.measure)
    }
}
