/// A meeting or a call.
public struct Event: Hashable, Sendable, Codable {
    public var id: NodeID
    /// The label in Vietnamese (Vietnamese names of the participants), and in English (their English
    /// names), empty when some participant has no English name.
    public var label: String
    public var labelEn: String
    public var eventType: EventType
    public var mode: EventMode
    public var status: EventStatus
    public var date: PartialDate?
    public var location: String
    public var durationMinutes: Int?
    /// Local start and end times as `HH:MM`, and the zone they are given in, as worded.
    public var startTime: String
    public var endTime: String
    public var timeZone: String
    public var articles: [NodeID]
    public var evidence: [Evidence]
    /// Ids this node had in earlier exports into the same folder and gave up when it merged with
    /// another node (the id ledger, `NAME.ids.json`), sorted; empty for a fresh export.
    public var formerIds: [NodeID] = []

    public init(id: NodeID, label: String, labelEn: String = "", eventType: EventType, mode: EventMode, status: EventStatus,
                date: PartialDate? = nil, location: String = "", durationMinutes: Int? = nil,
                startTime: String = "", endTime: String = "", timeZone: String = "",
                articles: [NodeID] = [], evidence: [Evidence] = []) {
        self.id = id
        self.label = label
        self.labelEn = labelEn
        self.eventType = eventType
        self.mode = mode
        self.status = status
        self.date = date
        self.location = location
        self.durationMinutes = durationMinutes
        self.startTime = startTime
        self.endTime = endTime
        self.timeZone = timeZone
        self.articles = articles
        self.evidence = evidence
    }

    /// CAMEO code: `036` for a planned meeting or call (express intent to meet), `041` for a
    /// telephone or video call, `042`/`043` for a meeting abroad/at home is not decidable from
    /// one article, so held meetings take `040` (consult, not specified) unless mediated.
    public var cameo: String {
        if status == .planned { return "036" }
        switch eventType {
        case .call: return "041"
        case .meeting: return "040"
        }
    }

    /// PLOVER event type and mode, e.g. `CONSULT:phone`.
    public var plover: String { "CONSULT:" + mode.rawValue }
}
