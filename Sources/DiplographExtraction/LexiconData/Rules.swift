import DiplographModel

/// The extraction rules kept as data (`rules.json`): trigger words, cue words and topic tags.
struct RulesFile: LexiconRecord, Sendable {
    /// Words that name an event; `type` is an `EventType` and `mode` an `EventMode` raw value.
    struct EventTrigger: LexiconRecord, Sendable {
        let forms: [String]
        let type: String
        let mode: String
        /// What the word needs after it to name an event: `object` (an actor right after: `tiếp X`),
        /// `with` (`với` and an actor: `trao đổi với X`), `cho` (`gọi cho X`), `pair` (two people of
        /// two sides joined right before it: `A và B đã ký …`), or nothing.
        let argument: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case forms, type, mode, argument }
        static var closedSets: [CodingKeys: [String]] {
            [.type: allowedValues(EventType.self), .mode: allowedValues(EventMode.self), .argument: ["object", "with", "cho", "pair"]]
        }
        static var classWideForms: Set<CodingKeys> { [.forms] }
    }
    struct Topic: LexiconRecord, Sendable {
        let tag: String
        let forms: [String]
        let cameo: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case tag, forms, cameo }
    }
    struct Measure: LexiconRecord, Sendable {
        let forms: [String]
        let sanctions: Bool
        let cameo: String

        enum CodingKeys: String, CodingKey, CaseIterable { case forms, sanctions, cameo }
        static var classWideForms: Set<CodingKeys> { [.forms] }
    }
    let eventTriggers: [EventTrigger]
    /// Compounds that contain a trigger but are not one (`tiếp tục`, `họp báo`).
    let notTriggers: [String]
    let demandTriggers: [String]
    /// Threat verbs that need a punitive measure in the sentence (`cảnh báo`).
    let warningVerbs: [String]
    /// Threat verbs that are threats by themselves (`đe dọa`, `dọa`).
    let threatVerbs: [String]
    let measures: [Measure]
    let notThreats: [String]
    let notDemands: [String]
    let plannedCues: [String]
    let occurredCues: [String]
    let negations: [String]
    let hypotheticals: [String]
    let referenceCues: [String]
    let reportingVerbs: [String]
    let sourceOpeners: [String]
    let locationPrepositions: [String]
    let timeZoneWords: [String]
    let topicPrepositions: [String]
    let victimPrepositions: [String]
    let leaderWords: [String]
    let counterpartWords: [String]
    let honorifics: [String]
    let bothLeadersWords: [String]
    let citizensWords: [String]
    let topics: [Topic]
    /// Planned cues that count after the trigger too (`cuộc gặp sắp tới`).
    let plannedAfterCues: [String]
    /// Negations that cover the whole clause after them (`bác bỏ thông tin … sẽ điện đàm`).
    let strongNegations: [String]
    /// Words before a state name that make it no actor (`đội tuyển Việt Nam`, `thủ đô Oman`).
    let nonActorPrefixes: [String]
    /// `bên lề`: an event named after it is the setting, not a fact of the sentence.
    let sidelineWords: [String]
    /// Prepositions that introduce the other party (`điện đàm với`, `gọi điện cho`).
    let objectPrepositions: [String]
    /// Third-person words that stand for a person named before (`ông`, `bà`).
    let personPronouns: [String]
    /// First-person words that stand for the current speaker (`tôi`, `chúng tôi`).
    let speakerPronouns: [String]
    /// Descriptions that stand for the state named last (`nước này`).
    let statePronouns: [String]
    /// Descriptions that stand for the organisation named last (`khối này`, `liên minh này`).
    let organizationPronouns: [String]
    /// Words before a pronoun that make it plural or generic (`các ông`, `hai bà`): no reference.
    let pluralDeterminers: [String]
    /// `riêng rẽ`, `lần lượt`: a meeting or call with each of the coordinated parties in turn.
    let separatelyCues: [String]
    /// `ba bên`, `cùng lúc`: one meeting or call of all the coordinated parties.
    let jointCues: [String]
    /// `theo yêu cầu của X`: X asked for what the clause reports.
    let nominalDemands: [String]
    /// `X phải …`, `X cần …` in reported speech: the speaker demands of X.
    let modalDemands: [String]
    /// `chịu`, `trả giá`: after `X phải`, X is who would suffer (a threat), not who is asked.
    let sufferVerbs: [String]
    /// `sẽ`, `sẵn sàng`, `phải` before a measure in a conditional sentence make it a threat.
    let threatModals: [String]
    /// `những lời đe dọa`: a threat spoken of, made by someone other than the subject.
    let nominalThreats: [String]
    /// `cũng`, `đồng thời` before a demand: a further demand, not a repeat.
    let additiveCues: [String]
    /// `trụ sở`, `đại sứ quán`: an actor named after one is a place (`thăm trụ sở EU`), not a party.
    let placeNouns: [String]
    /// Words that open a fronted adjunct (`Trong cuộc gặp với X, Y …`, `Nếu …, X sẽ …`): the main
    /// clause and its subject come after the adjunct's comma.
    let adjunctOpeners: [String]
    /// `việc`: the actor after it is inside a nominal clause (`việc Phần Lan gia nhập NATO`), not the subject.
    let nominalizers: [String]
    /// `thăm`, `chuyến thăm`: a visit to a state alone is no meeting (one with a person is).
    let visitWords: [String]
    /// `mời`: "A mời B thăm …" makes A the host of B's visit.
    let inviteVerbs: [String]
    /// `nồng hậu`, `trực tiếp`: manner words between a verb and its object (`tiếp nồng hậu X`).
    let mannerAdverbs: [String]
    /// `hòa bình`, `sức khỏe` right after `đe dọa`: it means "endangers", no threat.
    let endangeredObjects: [String]
    /// `có thể` before a demand verb: what something may force, not a demand made.
    let hedges: [String]
    /// `cùng ngày`, `ngay sau đó`: the day last told in the article.
    let sameDayCues: [String]
    /// `một ngày trước đó`: the day before the day last told.
    let dayBeforeCues: [String]
    /// `một ngày sau đó`, `hôm sau`: the day after the day last told.
    let dayAfterCues: [String]
    /// `cuối tuần này`, `tuần tới`: a time that gives no day, so no date.
    let vagueTimeCues: [String]
    /// `mới đây`: the month of publication.
    let recentCues: [String]
    /// `sau khi`, `trước khi`: a clause telling another event, whose dates are its own.
    let timeClauseCues: [String]
    /// Portfolio words between a title and its state (`Thứ trưởng Ngoại giao Hàn Quốc`).
    let titleComplements: [String]
    /// `phó` before a title: the deputy (`Phó đại sứ`), not the holder of the office.
    let deputyPrefixes: [String]
    /// `một quan chức`, `nguồn tin` right before an actor: an unnamed member, mentioned in passing.
    let vagueMembers: [String]
    /// `giấu tên`, `không nêu tên` after an actor: an unnamed member, mentioned in passing.
    let anonymityWords: [String]
    /// `em gái`, `con trai`, `vợ` right before a person: a relative of that person, described through
    /// them; the person named takes no part (`Em gái ông Kim dọa …` is not Kim's threat).
    let relativeNouns: [String]
    /// Vietnamese and Sino-Vietnamese family names (`Nguyễn`, `Vương`): a personal name starts
    /// with one, and a state word among its later syllables (`Nguyễn Văn Đức`) is part of the name.
    let familyNames: [String]
    /// `liên quan`, `xung đột` right after a group word (`các bên liên quan`): the parties of no event
    /// told, not the parties of the last one.
    let vagueGroupQualifiers: [String]
    /// `phái đoàn`, `đoàn đại biểu`: a delegation, which stands for the state or body named after it
    /// (`tiếp phái đoàn Saudi Arabia`).
    let delegationNouns: [String]
    /// Nouns for those who speak or act for a party (`quan chức`, `các quan chức`, `đại diện`): as
    /// the object of a meeting verb they stand for the party named right after them (`gặp các quan
    /// chức Mỹ`), like a delegation.
    let representativeNouns: [String]
    /// `gói`, `gói biện pháp`: a package, right before a measure (`gói trừng phạt`).
    let packageNouns: [String]
    /// `chuẩn bị`, `chưa thông qua`, `đề xuất`: said of a package of measures not yet adopted, just
    /// before it. A package prepared is a threat; one adopted (`đã thông qua`) is a measure taken.
    let pendingPackageCues: [String]
    /// `do` before a delegation's head (`phái đoàn Nga do X dẫn đầu`), read only with a lead verb after.
    let ledByWords: [String]
    /// `dẫn đầu`, `làm trưởng đoàn` after a delegation's head.
    let leadVerbs: [String]
    /// `al`, `bin`, `von`, `de`: lower-case words inside a foreign personal name, between its
    /// capitalised words (`Mahdi al-Mashat`, `Mohammed bin Salman`, `Ursula von der Leyen`).
    let nameParticles: [String]
    /// `với`, `tiếp` right before an actor: the actor is governed (an object), not a clause's
    /// subject, so a later `ông` does not stand for it, and a governed `ông` is not the subject.
    let governingWords: [String]
    /// `được`, `bị` before an actor and a verb: the actor is the verb's agent, the subject its patient.
    let passiveMarkers: [String]
    /// `phía` before an actor (`được phía Trung Quốc đề nghị`): the actor's side, the actor itself.
    let sideWords: [String]
    /// `đàm phán`, `đối thoại` bare: a process asked for after a demand verb (`kêu gọi hai bên
    /// đối thoại`), not an event told.
    let genericEventWords: [String]
    /// `bị hủy`, `hoãn vô thời hạn` after an event word: it will not take place, no event.
    let cancelledCues: [String]
    /// `lời kêu gọi`, `đòi hỏi của`: a demand named as a noun, its asker after `của`
    /// (`Lời kêu gọi ngừng bắn của Tổng thống Trump đối với Thái Lan`).
    let possessedDemands: [String]
    /// `đối với`, `gửi tới`: the addressee of a demand named as a noun follows.
    let addresseePrepositions: [String]
    /// Words before an actor that make it no clause subject (`với X`, `gặp X`, `tại X`).
    let subjectGoverningWords: [String]
    /// Words after which an actor opens a clause as its subject (`và`, `rằng`, `phía`, `ông`).
    let subjectOpeners: [String]
    /// Pronouns that, before any named actor, make the clause the speaker's own (`chúng tôi`).
    let subjectPronouns: [String]
    /// Words (single syllables) within four after `X sẽ`/`X có` that make X who would suffer a
    /// measure (`Nga sẽ phải chịu …`), not who would take it.
    let sufferWordsAfterSubject: [String]
    /// `khiến`, `buộc`: "A sẽ khiến B phải trả giá" makes B the target of A's threat.
    let causerVerbs: [String]
    /// `với sự tham gia của`, `dưới sự chủ trì của`: the actors after the phrase take part in the
    /// event word before it.
    let participationPhrases: [String]
    /// `quan hệ`, `căng thẳng` before `giữa A và B`: the pair names a relation's sides, not an
    /// event's parties (`Cuộc gặp diễn ra trong bối cảnh quan hệ giữa Berlin và Paris …`).
    let pairNouns: [String]
    /// `sẽ`, `sẵn sàng` right after the one warned of (`cảnh báo EU sẵn sàng áp thuế`): it is the
    /// side that would act, so it joins who threatens.
    let actorWillWords: [String]
    /// `hãy`, `đừng` opening a quote or a clause: an imperative, a demand of the one addressed.
    let imperativeWords: [String]
    /// `không khí`, `không quân`, `không chỉ`: words that begin with a negation word but negate
    /// nothing; matched as one word, they hide the negation inside them.
    let notNegations: [String]
    /// `đồng thời`, `và` right before a second demand verb: coordinated with the demand before,
    /// it has the same maker (`X kêu gọi A …, đồng thời đề nghị B …`).
    let coordinatedVerbCues: [String]
    /// `có thể` before a measure: a threat only with an `if` condition in the sentence
    /// (`có thể hạn chế xuất khẩu … nếu …`); alone it is a guess (`có thể đang chuẩn bị tấn công`).
    let conditionalModals: [String]
    /// `sẵn sàng`, `không ngần ngại` right before a measure: the measure is held ready, a threat with
    /// or without a condition (`tuyên bố sẵn sàng đáp trả bằng mức thuế 25%`).
    let readinessModals: [String]
    /// `Chủ tịch`: a title that names a state's office (`head-of-state`) only with the state or a
    /// name right after it; before an office the lexicon does not know (`Chủ tịch Liên minh Nghị sĩ
    /// … X`) it chairs that body, and its holder holds no office of a state.
    let bodyChairTitles: [String]
    /// `nên`, `cần` right before an event verb (`EU nên đối thoại trực tiếp với Belarus`): advice,
    /// an event no one has held or scheduled.
    let adviceModals: [String]
    /// `phụ trách`, `đặc trách` after a title (`Bộ trưởng phụ trách Thái Bình Dương của Australia X`):
    /// the portfolio goes on in words the lexicon does not know, and the holder's name follows it.
    let portfolioMarkers: [String]
    /// `châu` before a capitalised word (`châu Phi`, `châu Âu`): a region's name, never the first
    /// word of a personal name after it (`… các vấn đề châu Phi Tibor Nagy`).
    let regionNouns: [String]
    /// `Bộ` before a portfolio (`Bộ trưởng Bộ Công Thương X`): the ministry of that portfolio,
    /// part of its minister's title.
    let ministryNouns: [String]
    /// Words of `pairNouns` that, right after an event word, tell the event's mood
    /// (`cuộc gặp căng thẳng giữa A và B`): the parties after `giữa` are the event's then.
    let eventMoodWords: [String]
    /// `chứng kiến` before two signers (`C và D chứng kiến A và B ký …`): the signing is what is
    /// witnessed, not a meeting of the signers alone.
    let witnessVerbs: [String]
    /// `cuộc` before an event word makes it a noun (`A và B đã có cuộc trao đổi`): the parties
    /// joined before it take part even when the word's own argument (`với X`) is missing.
    let eventNounClassifiers: [String]
    /// `dự`, `tham dự`, `đăng cai` before an organisation's meeting (`dự Hội nghị thượng đỉnh
    /// G20`): the attendee or host is no party of the organisation's own meeting.
    let attendanceVerbs: [String]
    /// `cùng` right before an event verb (`đã cùng hội đàm với A và B`): one event of all parties.
    let jointAdverbs: [String]
    /// `bên lề` (on the sidelines of a gathering): a verb meeting several parties there is a meeting
    /// with each (`trong khuôn khổ` is no such cue: the framework may be the joint meeting itself).
    let sidelineEachWords: [String]
    /// `hội nghị`, `cuộc họp`, `thượng đỉnh`: words for a gathering that can be an organisation's own
    /// meeting (`Hội nghị thượng đỉnh bất thường của IGAD`); a call or a talk cannot.
    let gatheringNouns: [String]
    /// `cân nhắc`, `đang xem xét`, `không loại trừ` right before a measure: a measure weighed, a
    /// threat held out (`Mỹ cân nhắc trừng phạt`).
    let deliberationCues: [String]
    /// Role ids (as in people.json) of the leaders a visitor calls on one by one (`hội kiến Thủ tướng
    /// A và Chủ tịch Quốc hội B`: two meetings), each at the head of another institution.
    let hostLeaderRoles: [String]
    /// Descriptions of the host state between a title and a name (`Tổng thống nước chủ nhà Luiz
    /// Inácio Lula da Silva`): the name after them says who.
    let hostStateWords: [String]
    /// Words right after a threat word that show it spoken of as a noun, with no complement
    /// (`Đe dọa không phải là cách`, `ép buộc, đe dọa và …`).
    let threatWordNounCues: [String]
    /// Role ids of envoys, each speaking for one state: a host receiving envoys of several states
    /// (`tiếp bà A, Đại sứ New Zealand, và ông B, Đại sứ Peru`) meets each of them.
    let envoyRoles: [String]
    /// Words opening an appositive that describes the person just named (`…, người vừa nhậm chức
    /// tuần trước`, `…, vốn là …`): a date in it is that person's, not the event's.
    let appositiveOpeners: [String]
    /// Where a person stands in a photo (`(trái)`, `(phải)`, `(giữa)`): words a verbless caption
    /// naming a meeting may hold.
    let photoPositionWords: [String]
    /// Goods named by their origin (`hàng hóa Mexico`, `hàng nhập khẩu từ Canada`): the state is
    /// what a tariff on them would hit, no party of anything else.
    let goodsNouns: [String]
    /// Set phrases of two words, one of them a state's name, that name no state (`Nam Mỹ`, `Trung
    /// Mỹ`, `Mỹ Latinh`, `Pháp luật`): the state is not read there.
    let stateWordPhrases: [String]
    /// `để`, `nhằm` (among the planned cues): a purpose. After a movement told as done (`đã tới
    /// Kiev để gặp X`) or in a dated sentence, the event it introduces is no plan of itself.
    let purposeCues: [String]
    /// `ông`, `ông này` and `bà`, `bà này`: third-person pronouns of a gender.
    let malePronouns: [String]
    let femalePronouns: [String]
    /// Person pronouns made of a role noun and `này` (`nhà ngoại giao này`, `quan chức này`): opening
    /// a time clause they may stand for a person just named as an object ("… với Đại sứ X sau khi nhà
    /// ngoại giao này …").
    let descriptivePronouns: [String]
    /// Role nouns that, right before a state's name, describe a person of that state already named,
    /// not the state itself: `nhà ngoại giao Mỹ` (the last American named).
    let personDescriptionNouns: [String]
    /// `phủ`, `dinh`: before a title (`Phủ Chủ tịch`, `Dinh Tổng thống`) they name a building, and
    /// the title is no office-holder.
    let palaceWords: [String]
    /// `cựu`, `nguyên` before a title (`cựu Tổng thống Nam Phi`): a former holder of the office,
    /// never today's holder, and no leader that `hai nhà lãnh đạo` stands for.
    let formerPrefixes: [String]
    /// `quyền` before a title (`quyền Đại biện Mỹ`): the acting holder, whom no holder of the
    /// lexicon stands for.
    let actingPrefixes: [String]
    /// Documents that speak for their author when they open a clause (`Nghị quyết 2046 của Hội đồng
    /// Bảo an yêu cầu …`: the Council demands), and the possessive before the author (`của`).
    let authoredDocuments: [String]
    let possessiveWords: [String]
    /// `chủ trì`, `tổ chức` after `do X` following an event word (`cuộc gặp do Tổng thống Angola
    /// chủ trì`): X hosts the event and takes part in it.
    let hostVerbs: [String]
    /// The count a group phrase starts with (`hai` nhà lãnh đạo: 2, `ba`: 3).
    let groupCounts: [String: Int]
    /// Words inside a group phrase that make it leaders only (`hai nhà lãnh đạo`, `hai Tổng thống`):
    /// it stands for the leaders of the events before, not their ministers.
    let leaderGroupWords: [String]
    /// `dỡ bỏ`, `nới lỏng`, `tuân thủ` right before a measure (`sẽ dỡ bỏ lệnh trừng phạt`): the
    /// measure is lifted, eased or complied with, not threatened.
    let reliefVerbs: [String]
    /// `nhưng`, `song` before a refusal after a planned event (`A đề nghị điện đàm với B, nhưng phía B
    /// từ chối`): the plan fell through, no event.
    let contrastConnectors: [String]
    /// `kể từ`, `từ` right before a date (perhaps with part words between): a starting point, not
    /// the date of the event.
    let sinceCues: [String]
    /// `đến`, `tới` between two day numbers (`từ ngày 24 đến 27/3`): one span of days.
    let dateSpanLinks: [String]
    /// `ngày`, `hôm`, `cuối`, `đầu`, `giữa`: words that may stand between a since cue or a span link
    /// and the date.
    let datePartWords: [String]
    /// `tuần trước` (of the vague time cues): the week before this one, Monday to Sunday, told at
    /// its month where it lies in one.
    let pastWeekCues: [String]
    /// `cuối tuần trước`, `cuối tuần qua` (of the vague time cues): the Saturday and Sunday before
    /// this week, told at their month where they lie in one.
    let pastWeekendCues: [String]
    /// `tuần qua` (of the vague time cues): the seven days up to the day of publication, told at
    /// their month where they lie in one.
    let rollingWeekCues: [String]
    /// `ngày trước đó` after a count of days (`Hai ngày trước đó`): that many days before the day
    /// last told.
    let daysBeforeCues: [String]
    /// `ngày sau đó` after a count of days: that many days after the day last told.
    let daysAfterCues: [String]
    /// `đầu tuần này`, `hồi đầu tuần` (of the vague time cues): the days of this week that have
    /// passed, told at their month where this week's Monday lies in the month of publication.
    let thisWeekCues: [String]
    /// `ngày trước` after a count of days that closes its clause (`Hai ngày trước, …`): that many
    /// days before the publication date.
    let daysAgoCues: [String]
    /// `giờ địa phương` in brackets after a day (`Chiều 26/9 (giờ địa phương)`): the day the story
    /// was told on, from which `hôm nay`, `hôm qua` and `ngày mai` count.
    let localTimeCues: [String]
    /// `tức` between two dates (`tối 15/11 theo giờ Washington, tức sáng 16/11 theo giờ Việt Nam`):
    /// the second restates the first in the outlet's own time, and is the one it dates by.
    let restatementCues: [String]
    /// `Ảnh`, `Nguồn` before a colon: a photo credit, after which (or within which) a line is a
    /// caption, whose dates are no day the story goes on from.
    let captionCreditWords: [String]
    /// `ngày`, `tuần` between a count and a time clause cue (`hai ngày sau khi`, `một tuần trước
    /// khi`): how far the clause's event lies from the main one, in days or in weeks.
    let dayCountUnits: [String]
    let weekCountUnits: [String]
    /// `sau` (`… sau khi`): the main event comes after the clause's; `trước` (`… trước khi`): before it.
    let clauseAfterWords: [String]
    let clauseBeforeWords: [String]
    /// `còn`, `trong khi đó` between a comma and a date that opens the next clause (`A gặp B, còn
    /// ngày 9/6, C điện đàm với D`): the date is that clause's, not the event's before the comma.
    let clauseLinkWords: [String]
    /// `năm ngoái`, `năm nay`, `năm tới` after a month or a day (`tháng 12 năm ngoái`, `30/5 năm
    /// ngoái`): the year before publication's, its own, the one after.
    let lastYearCues: [String]
    let thisYearCues: [String]
    let nextYearCues: [String]
    /// `ngày sau` after a count closing its clause (`Hai ngày sau, …`): that many days after the
    /// day last told (`hai ngày sau khi …`, `hai ngày sau cuộc bầu cử` count from something else).
    let daysLaterCues: [String]

    /// One key per word class; a new class is a new property and its case here.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case eventTriggers, notTriggers, demandTriggers, warningVerbs, threatVerbs, measures, notThreats
        case notDemands, plannedCues, occurredCues, negations, hypotheticals, referenceCues
        case reportingVerbs, sourceOpeners, locationPrepositions, timeZoneWords, topicPrepositions
        case victimPrepositions, leaderWords, counterpartWords, honorifics, bothLeadersWords
        case citizensWords, topics, plannedAfterCues, strongNegations, nonActorPrefixes, sidelineWords
        case objectPrepositions, personPronouns, speakerPronouns, statePronouns, organizationPronouns, pluralDeterminers
        case separatelyCues, jointCues, nominalDemands, modalDemands, sufferVerbs, threatModals
        case nominalThreats, additiveCues, placeNouns, adjunctOpeners, nominalizers, visitWords, inviteVerbs
        case sameDayCues, dayBeforeCues, dayAfterCues, vagueTimeCues, recentCues, timeClauseCues
        case titleComplements, deputyPrefixes, vagueMembers, anonymityWords, relativeNouns, familyNames, nameParticles
        case delegationNouns, representativeNouns, packageNouns, pendingPackageCues, ledByWords, leadVerbs, vagueGroupQualifiers
        case mannerAdverbs, endangeredObjects, hedges, governingWords
        case passiveMarkers, sideWords, genericEventWords, cancelledCues
        case possessedDemands, addresseePrepositions
        case subjectGoverningWords, subjectOpeners, subjectPronouns, sufferWordsAfterSubject, causerVerbs
        case participationPhrases, pairNouns, actorWillWords, imperativeWords, notNegations, coordinatedVerbCues, conditionalModals, readinessModals, bodyChairTitles, adviceModals, portfolioMarkers, regionNouns, ministryNouns, eventMoodWords, witnessVerbs
        case eventNounClassifiers, attendanceVerbs, jointAdverbs, sidelineEachWords, contrastConnectors, gatheringNouns, deliberationCues, hostLeaderRoles, hostStateWords, threatWordNounCues, envoyRoles, appositiveOpeners, photoPositionWords, goodsNouns, stateWordPhrases, purposeCues, malePronouns, femalePronouns, descriptivePronouns, personDescriptionNouns, palaceWords, formerPrefixes, actingPrefixes, authoredDocuments, possessiveWords, hostVerbs, groupCounts, leaderGroupWords, reliefVerbs
        case sinceCues, dateSpanLinks, datePartWords, pastWeekCues, pastWeekendCues, rollingWeekCues, daysBeforeCues, daysAfterCues
        case thisWeekCues, daysAgoCues, localTimeCues, restatementCues, captionCreditWords
        case dayCountUnits, weekCountUnits, clauseAfterWords, clauseBeforeWords, clauseLinkWords
        case lastYearCues, thisYearCues, nextYearCues, daysLaterCues
    }
    static var records: [CodingKeys: any LexiconRecord.Type] {
        [.eventTriggers: EventTrigger.self, .measures: Measure.self, .topics: Topic.self]
    }
}
