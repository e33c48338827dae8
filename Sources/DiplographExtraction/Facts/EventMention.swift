import DiplographModel

/// One mention of a meeting or call in a sentence, before mentions of the same event are merged.
struct EventMention {
    var sentence: Int
    /// The first token of the word that told it, within its sentence.
    var trigger: Int = 0
    /// The rule and the steps that found its parties (`event.subject+với-object`), for `explain --trace`.
    var rule = ""
    /// The words of the sentence the rule read: the trigger and the parties.
    var cues: [String] = []
    var type: EventType
    var mode: EventMode
    var participants: [String]
    var initiator: String?
    var status: EventStatus?
    var date: PartialDate?
    /// A meeting's date told in two clocks (`tối 10/6 theo giờ Washington, tức sáng 11/6 theo giờ
    /// Việt Nam`), by the outlet's: the date it takes where it goes on telling a video call.
    var outletClockDate: PartialDate?
    /// The date of the scene the sentences before told (`DateReader.sceneBefore`), for an event
    /// whose own sentence gives none: it dates the event only where no mention of it is dated.
    var sceneDate: PartialDate?
    /// Told on the sidelines of a gathering (`Bên lề hội nghị, …`): undated, it is dated by the
    /// gathering told before it.
    var onSideline = false
    var location: String = ""
    var duration: Int?
    var start: String = ""
    var end: String = ""
    var zone: String = ""
    /// `Đây là cuộc …`, `cuộc … trên`: refers to an event already told.
    var isReference: Bool
    /// A meeting of one organisation's members (`Hội nghị thượng đỉnh G7`).
    var multilateral = false
    /// Told in a time clause after another event word of its sentence (`Cuộc hội đàm diễn ra sau
    /// khi A và B có cuộc trao đổi …`): an event before or after that one, never the same one.
    var timesAnother = false
    var evidence: Evidence
    /// Every sentence the event was told in.
    var evidenceList: [Evidence] = []
}
