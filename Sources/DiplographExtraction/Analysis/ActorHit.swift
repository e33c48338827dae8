/// How a name is used in its sentence.
struct HitFlags: OptionSet, Sendable {
    let rawValue: UInt16
    /// Named as where something happens (`tại Bắc Kinh`): not a participant.
    static let location = HitFlags(rawValue: 1 << 0)
    /// Said by way of reporting (`Theo CNN`, `X cho biết`): the speaker, not a participant.
    static let source = HitFlags(rawValue: 1 << 1)
    /// Named as a topic (`về vấn đề Ukraine`).
    static let topic = HitFlags(rawValue: 1 << 2)
    /// Named as the object of an attack or of support (`tấn công Ukraine`).
    static let victim = HitFlags(rawValue: 1 << 3)
    /// Several leaders named together (`hai nhà lãnh đạo`).
    static let group = HitFlags(rawValue: 1 << 4)
    /// Named only through an unnamed member or source (`một quan chức Nhà Trắng`, `một nguồn tin
    /// Điện Kremlin`, `giới chức Mỹ giấu tên`): mentioned in passing, not a participant or demander.
    static let vague = HitFlags(rawValue: 1 << 5)
    /// Named as the origin of goods (`áp thuế đối với hàng hóa Mexico`): the state a tariff would
    /// hit, and no party of anything else.
    static let goods = HitFlags(rawValue: 1 << 6)

    /// Every use that makes a name no party of what its clause tells (a speaker, a place, a topic,
    /// the object of an attack or support, a mention in passing, goods): a party has none of them.
    static let notParty: HitFlags = [.source, .location, .topic, .victim, .vague, .goods]
}

/// An actor found in a sentence: the tokens it covers and the actor's key in the article.
struct ActorHit: Sendable {
    var tokens: Range<Int>
    var key: String
    var flags: HitFlags = []
    /// For a person named through a description of their state (`nhà ngoại giao Iran`), the state's
    /// key: the state is still named there (`… nhấn mạnh nước này …` stands for Iran).
    var describedState: String? = nil
}
