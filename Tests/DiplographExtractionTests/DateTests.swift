import DiplographModel
import Testing
@testable import DiplographExtraction

@Suite("Dates")
struct DateTests {
    /// The first date read in `phrase`, published on `published`.
    func read(_ phrase: String, published: String) -> String? {
        let text = NormalizedText(phrase)
        let tokens = Tokenizer.tokens(text, in: 0..<text.scalars.count)
        let s = Sentence(index: 0, range: 0..<text.scalars.count, text: phrase, tokens: tokens, words: [], names: [])
        return DateReader(published: PartialDate(iso: published)).dates(in: s).first?.date.iso
    }

    // Expected values worked out by hand with a calendar (2022-02-12 was a Saturday,
    // 2021-12-30 a Thursday, 2023-04-03 a Monday).
    @Test("Absolute and relative dates resolve against the publication date", arguments: [
        ("ngày 30/12", "2021-12-31", "2021-12-30"),
        ("ngày 30/12/2021", "2022-03-01", "2021-12-30"),
        ("vào ngày 10.1", "2021-12-30", "2022-01-10"),
        ("hôm 2-12", "2021-12-03", "2021-12-02"),
        ("ngày 12 và 13.1", "2021-12-30", "2022-01-12"),
        ("hồi tháng 6/2021", "2022-02-12", "2021-06"),
        ("trong tháng 12 năm ngoái", "2022-02-12", "2021-12"),
        ("đầu tháng 12", "2021-12-30", "2021-12"),
        ("ngày 5 tháng 3 năm 2020", "2021-01-01", "2020-03-05"),
        ("năm 2019", "2021-01-01", "2019"),
        ("hôm nay", "2021-12-30", "2021-12-30"),
        ("hôm qua", "2022-01-01", "2021-12-31"),
        ("vào thứ Hai tới", "2022-02-12", "2022-02-14"),
        ("hôm thứ Sáu", "2023-04-03", "2023-03-31"),
        ("tháng tới", "2021-12-30", "2022-01"),
        ("hồi đầu tháng này", "2021-12-30", "2021-12"),
        ("từ 10-11/7", "2022-07-01", "2022-07"),
    ])
    func dates(phrase: String, published: String, expected: String) {
        #expect(read(phrase, published: published) == expected)
    }

    @Test("Numbers that are not dates are not read as dates", arguments: ["100.000 binh sĩ", "cuộc tiếp xúc thứ hai", "15 giờ 30", "31/2"])
    func notDates(phrase: String) {
        #expect(read(phrase, published: "2022-02-12") == nil)
    }

    @Test("A span of days across two months is vague; a bare weekday keeps its other reading")
    func spansAndWeekdays() {
        func first(_ phrase: String, _ published: String) -> DateMention? {
            let text = NormalizedText(phrase)
            let tokens = Tokenizer.tokens(text, in: 0..<text.scalars.count)
            let s = Sentence(index: 0, range: 0..<text.scalars.count, text: phrase, tokens: tokens, words: [], names: [])
            return DateReader(published: PartialDate(iso: published)).dates(in: s).first
        }
        #expect(first("ngày 30/11 - 1/12", "2022-11-20")?.isVague == true)
        // 2024-03-06 was a Wednesday: the coming Friday is nearer, the past one the alternative.
        let friday = first("chiều thứ Sáu", "2024-03-06")
        #expect(friday?.date.iso == "2024-03-08")
        #expect(friday?.alternative?.iso == "2024-03-01")
    }

    @Test("Weekdays know the calendar")
    func weekdays() {
        #expect(CivilDay(year: 2022, month: 2, day: 12).weekday == 6)
        #expect(CivilDay(year: 2021, month: 12, day: 30).weekday == 4)
        #expect(CivilDay(year: 2021, month: 12, day: 31).adding(days: 1).partial?.iso == "2022-01-01")
    }
}
