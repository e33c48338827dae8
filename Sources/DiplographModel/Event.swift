/// A meeting or a call.
///
/// The rarely told duration, start and end times and time zone are held in one shared box
/// (`EventTiming`, nil when none is known), so that the graph's slot of every event stays small.
public struct Event: Hashable, Sendable {
    public var id: NodeID
    /// The label in Vietnamese (Vietnamese names of the participants), and in English (their English
    /// names), empty when some participant has no English name.
    public var label: String
    public var labelEn: String
    public var location: String
    public var articles: [NodeID]
    public var evidence: [Evidence]
    /// Ids this node had in earlier exports into the same folder and gave up when it merged with
    /// another node (the id ledger, `NAME.ids.json`), sorted; empty for a fresh export.
    public var formerIds: [NodeID] = []
    private var timing: EventTiming?
    public var date: PartialDate?
    public var eventType: EventType
    public var mode: EventMode
    public var status: EventStatus

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
        self.timing = EventTiming.make(durationMinutes: durationMinutes, startTime: startTime, endTime: endTime, timeZone: timeZone)
        self.articles = articles
        self.evidence = evidence
    }

    public var durationMinutes: Int? {
        get { timing?.durationMinutes }
        set { timing = EventTiming.make(durationMinutes: newValue, startTime: startTime, endTime: endTime, timeZone: timeZone) }
    }

    /// Local start and end times as `HH:MM`, and the zone they are given in, as worded.
    public var startTime: String {
        get { timing?.startTime ?? "" }
        set { timing = EventTiming.make(durationMinutes: durationMinutes, startTime: newValue, endTime: endTime, timeZone: timeZone) }
    }

    public var endTime: String {
        get { timing?.endTime ?? "" }
        set { timing = EventTiming.make(durationMinutes: durationMinutes, startTime: startTime, endTime: newValue, timeZone: timeZone) }
    }

    public var timeZone: String {
        get { timing?.timeZone ?? "" }
        set { timing = EventTiming.make(durationMinutes: durationMinutes, startTime: startTime, endTime: endTime, timeZone: newValue) }
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

/// An event's duration, start and end times and time zone, when any of them is known. Never
/// changed once made: an event given another value gets a new box.
final class EventTiming: Hashable, Sendable {
    let durationMinutes: Int?
    let startTime: String
    let endTime: String
    let timeZone: String

    private init(durationMinutes: Int?, startTime: String, endTime: String, timeZone: String) {
        self.durationMinutes = durationMinutes
        self.startTime = startTime
        self.endTime = endTime
        self.timeZone = timeZone
    }

    /// A box of these values, or nil when none is known (no duration, every text empty).
    static func make(durationMinutes: Int?, startTime: String, endTime: String, timeZone: String) -> EventTiming? {
        if durationMinutes == nil && startTime.isEmpty && endTime.isEmpty && timeZone.isEmpty { return nil }
        return EventTiming(durationMinutes: durationMinutes, startTime: startTime, endTime: endTime, timeZone: timeZone)
    }

    static func == (a: EventTiming, b: EventTiming) -> Bool {
        a.durationMinutes == b.durationMinutes && a.startTime == b.startTime && a.endTime == b.endTime && a.timeZone == b.timeZone
    }

    func hash(into h: inout Hasher) {
        h.combine(durationMinutes)
        h.combine(startTime)
        h.combine(endTime)
        h.combine(timeZone)
    }
}

/// Coded with the keys and order of the fields as first declared (`id`, `label`, `labelEn`,
/// `eventType`, `mode`, `status`, `date`, `location`, `durationMinutes`, `startTime`, `endTime`,
/// `timeZone`, `articles`, `evidence`, `formerIds`), absent optionals left out.
extension Event: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, label, labelEn, eventType, mode, status, date, location, durationMinutes, startTime, endTime, timeZone
        case articles, evidence, formerIds
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(NodeID.self, forKey: .id), label: try c.decode(String.self, forKey: .label),
                  labelEn: try c.decode(String.self, forKey: .labelEn), eventType: try c.decode(EventType.self, forKey: .eventType),
                  mode: try c.decode(EventMode.self, forKey: .mode), status: try c.decode(EventStatus.self, forKey: .status),
                  date: try c.decodeIfPresent(PartialDate.self, forKey: .date), location: try c.decode(String.self, forKey: .location),
                  durationMinutes: try c.decodeIfPresent(Int.self, forKey: .durationMinutes),
                  startTime: try c.decode(String.self, forKey: .startTime), endTime: try c.decode(String.self, forKey: .endTime),
                  timeZone: try c.decode(String.self, forKey: .timeZone),
                  articles: try c.decode([NodeID].self, forKey: .articles), evidence: try c.decode([Evidence].self, forKey: .evidence))
        formerIds = try c.decode([NodeID].self, forKey: .formerIds)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(labelEn, forKey: .labelEn)
        try c.encode(eventType, forKey: .eventType)
        try c.encode(mode, forKey: .mode)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(location, forKey: .location)
        try c.encodeIfPresent(durationMinutes, forKey: .durationMinutes)
        try c.encode(startTime, forKey: .startTime)
        try c.encode(endTime, forKey: .endTime)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(articles, forKey: .articles)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(formerIds, forKey: .formerIds)
    }
}
