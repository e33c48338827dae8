import DiplographModel
import Testing
@testable import DiplographExtraction
import DiplographInput

/// Constructions that date an event from beyond its own words: starting points (`kể từ`), spans of
/// days, days said from the day last told, the scene of the sentences before, the gathering whose
/// sidelines an event was held on, a fronted setting, and past weeks. Expected dates worked out by
/// hand with a calendar.
@Suite("Date constructions")
struct DateConstructionTests {
    static let lexicon = EventDateProbe.lexicon

    func eventDates(_ text: String, published: String) throws -> [String?] {
        try EventDateProbe.dates(text, published: published)
    }

    /// The first date `DateReader` reads in `phrase` with the rule words of the bundled lexicon.
    func firstDate(_ phrase: String, published: String) throws -> DateMention? {
        let text = NormalizedText(phrase)
        let tokens = Tokenizer.tokens(text, in: 0..<text.scalars.count)
        let s = Sentence(index: 0, range: 0..<text.scalars.count, text: phrase, tokens: tokens, words: [], names: [])
        let words = DateWords(rules: try Self.lexicon.get().rules)
        return DateReader(published: PartialDate(iso: published), words: words).dates(in: s).first
    }

    @Test("A since cue, with part words between, makes a starting point", arguments: [
        ("kể từ cuối tháng 8", true),
        ("từ ngày 26/7", true),
        ("kể từ ngày 2/3", true),
        ("từ năm 2015", true),
        ("ngày 26/7", false),
        ("từ ngày 24 đến 27/3", false),
        ("từ 10-11/7", false),
    ])
    func since(phrase: String, expected: Bool) throws {
        let m = try firstDate(phrase, published: "2017-10-25")
        #expect(m != nil)
        #expect(m?.isSince == expected)
    }

    @Test("A span of days in one month is told at its month", arguments: [
        ("từ ngày 24 đến 27/3", "2024-03"),
        ("Từ ngày 10 – 11/3", "2024-03"),
        ("từ 12 đến 14/3", "2024-03"),
        ("ngày 14/3", "2024-03-14"),
    ])
    func spans(phrase: String, expected: String) throws {
        #expect(try firstDate(phrase, published: "2024-03-05")?.date.iso == expected)
    }

    @Test("'Từ đầu năm nay' within that year still dates what it tells")
    func sinceWithinTheYear() throws {
        let m = try firstDate("Từ đầu năm 2012", published: "2012-07-10")
        #expect(m?.isSince == false)
        #expect(m?.date.iso == "2012")
    }

    @Test("A starting point after the event word leaves the date before it")
    func startingPointAfterTheEvent() throws {
        #expect(try eventDates("Ngoại trưởng Pháp hôm 24/10 hội đàm với Ngoại trưởng Đức tại Paris về dòng người di cư đổ về châu Âu kể từ cuối tháng 8.",
                               published: "2017-10-25") == ["2017-10-24"])
        // 2023-07-31 was a Monday: the Saturday before is 29/7.
        #expect(try eventDates("Hôm thứ Bảy, Ngoại trưởng Anh đã điện đàm với Tổng thống Niger, người bị quân đội giam giữ từ ngày 26/7.",
                               published: "2023-07-31") == ["2023-07-29"])
    }

    @Test("'một ngày sau' opening a clause dates the next event, 'một ngày sau khi' is a time clause")
    func dayAfter() throws {
        #expect(try eventDates("Hôm 20/4, Ngoại trưởng Úc gặp Thủ tướng Fiji tại Suva; một ngày sau, ông hội đàm với Thủ tướng Papua New Guinea tại Port Moresby.",
                               published: "2022-04-24") == ["2022-04-20", "2022-04-21"])
        #expect(try eventDates("Ngày 4/6, Tổng thống Nigeria đã tới thủ đô N'Djamena và hội đàm với Tổng thống Chad, một ngày sau khi thăm Niger.",
                               published: "2015-06-05") == ["2015-06-04"])
    }

    @Test("An event told undated takes the scene the sentences before told; a plan with its own vague time does not")
    func scene() throws {
        #expect(try eventDates("Chiều nay, Tổng thống Nam Phi đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước. Chủ tịch nước Việt Nam đón Tổng thống Nam Phi tại Phủ Chủ tịch.",
                               published: "2025-10-23") == ["2025-10-23"])
        #expect(try eventDates("Thủ tướng Ethiopia tới Asmara hôm 8.7. Tổng thống Eritrea ra sân bay đón người đồng cấp, sau đó hai nhà lãnh đạo hội đàm kín.",
                               published: "2018-07-10") == ["2018-07-08"])
        #expect(try eventDates("Thủ tướng Ethiopia tới Asmara hôm 8.7. Tổng thống Eritrea dự kiến sẽ hội đàm với Thủ tướng Ethiopia vào tuần tới.",
                               published: "2018-07-10") == [nil])
    }

    @Test("An event on the sidelines of a gathering takes the gathering's day unless it has its own")
    func sideline() throws {
        #expect(try eventDates("Hội nghị Cấp cao ASEAN khai mạc sáng 28/4 tại Singapore. Các nhà lãnh đạo thảo luận về thương mại khu vực. Bên lề hội nghị, Thủ tướng Việt Nam đã hội kiến Thủ tướng Singapore.",
                               published: "2018-04-29") == ["2018-04-28", "2018-04-28"])
        #expect(try eventDates("Hội nghị Cấp cao ASEAN khai mạc sáng 28/4 tại Singapore. Bên lề hội nghị, Thủ tướng Việt Nam ngày 29/4 đã hội kiến Thủ tướng Singapore.",
                               published: "2018-04-29") == ["2018-04-28", "2018-04-29"])
    }

    @Test("'Cùng ngày' told as done after a day still to come is the last day that has passed")
    func sameDayPassed() throws {
        #expect(try eventDates("Tổng thống Nga ngày 1/7 hội đàm với Tổng thống Phần Lan tại Naantali. Ông cũng hứa đưa đề xuất ra cuộc họp dự kiến diễn ra tại Brussels ngày 13/7. Cùng ngày, Tổng thống Nga có cuộc gặp ngắn với Thủ tướng Phần Lan.",
                               published: "2016-07-02").filter { $0 != "2016-07-13" } == ["2016-07-01", "2016-07-01"])
        #expect(try eventDates("Tổng thống Nga sẽ tới Brussels ngày 13/7. Cùng ngày, Tổng thống Nga sẽ gặp Thủ tướng Phần Lan.",
                               published: "2016-07-02") == ["2016-07-13"])
    }

    @Test("A fronted setting takes no date from the clause after its comma; a main clause does")
    func frontedSetting() throws {
        #expect(try eventDates("Thủ tướng Ethiopia hội đàm với Tổng thống Eritrea hôm 8/7. Tại hội đàm, Tổng thống Eritrea đề nghị Ethiopia rút quân theo phán quyết năm 2002 của ủy ban biên giới.",
                               published: "2018-07-10") == ["2018-07-08"])
        #expect(try eventDates("Ngoại trưởng Anh và Ngoại trưởng Iran đã đàm phán tại Lausanne, Thụy Sĩ hôm 29/3.",
                               published: "2015-03-30") == ["2015-03-29"])
        #expect(try eventDates("Các cuộc đối thoại ở Paris giữa Nga, Ukraine, Đức và Pháp ngày 10/2 cũng không mang lại kết quả.",
                               published: "2022-02-12") == ["2022-02-10"])
    }

    @Test("A count of days before or after the day last told; a count before a time clause is no date")
    func countedDays() throws {
        #expect(try eventDates("Tổng thống Chile phát biểu tại Liên Hợp Quốc ở Geneva ngày 14/5. Hai ngày trước đó, Tổng thống Chile đã gặp Thủ tướng Canada tại Geneva.",
                               published: "2019-05-15") == ["2019-05-12"])
        #expect(try eventDates("Ngày 14/5, Tổng thống Chile tới Ottawa. 3 ngày sau đó, Tổng thống Chile hội đàm với Thủ tướng Canada.",
                               published: "2019-05-20") == ["2019-05-17"])
        #expect(try eventDates("Tổng thống Chile ngày 14/5 hội đàm với Thủ tướng Canada, hai ngày sau khi tới Ottawa.",
                               published: "2019-05-20") == ["2019-05-14"])
    }

    @Test("A one-party mention of another side gives the event before it neither date nor status")
    func foreignMention() throws {
        let source = "---\ndate: 2018-04-29\n---\nSáng 28/4, Hội nghị Cấp cao ASEAN khai mạc tại Singapore. Thủ tướng Nhật Bản và Thủ tướng Úc cũng có cuộc gặp song phương. Tổng thống Chile sẽ tới Singapore và dự các phiên họp ngày 29/4.\n"
        let article = try ArticleReader().read(bytes: Array(source.utf8), path: "case.txt")
        let g = ArticleExtractor(lexicon: try Self.lexicon.get()).extract(article)
        #expect(g.events.count == 2)
        #expect(g.events.allSatisfy { $0.date?.iso == "2018-04-28" && $0.status == .occurred })
    }

    @Test("A date closing the second of two coordinated meeting verbs dates both, unless the first has its own")
    func coordinatedVerbs() throws {
        #expect(try eventDates("Trong thời gian ở Hà Nội, Tổng thống Pháp đã hội kiến Chủ tịch nước Việt Nam và hội đàm với Thủ tướng Việt Nam chiều 27/2.",
                               published: "2019-03-01") == ["2019-02-27", "2019-02-27"])
        #expect(try eventDates("Thủ tướng Nhật Bản gặp Tổng thống Pháp và cũng hội đàm với Thủ tướng Đức hôm 26/2.",
                               published: "2019-03-01") == ["2019-02-26", "2019-02-26"])
        #expect(try eventDates("Thủ tướng Nhật Bản gặp Tổng thống Pháp hôm 25/2 và hội đàm với Thủ tướng Đức hôm 26/2.",
                               published: "2019-03-01") == ["2019-02-25", "2019-02-26"])
        #expect(try eventDates("Thủ tướng Nhật Bản gặp Tổng thống Pháp; sau đó, ông hội đàm với Thủ tướng Đức hôm 26/2.",
                               published: "2019-03-01") == [nil, "2019-02-26"])
    }

    // 2020-04-28 was a Tuesday (the Monday before last: 20 April); 2020-05-05 a Tuesday (27 April).
    @Test("A past week gives its month where that week and this one lie in one", arguments: [
        ("2020-04-28", "2020-04" as String?),
        ("2020-05-05", nil),
    ])
    func pastWeek(published: String, expected: String?) throws {
        #expect(try eventDates("Tuần trước, Thủ tướng Úc đã điện đàm với Tổng thống Pháp về đại dịch.", published: published) == [expected])
    }
}
