import DiplographModel
import Testing
@testable import DiplographExtraction
import DiplographInput

/// A year cue (`năm ngoái`, `năm nay`, `năm tới`) right after a day and month gives the day its
/// year, counted from publication's, as it already did after a month alone (`tháng 12 năm ngoái`).
/// Past a comma it is the next clause's year, not the day's.
@Suite("Date: a year cue after a day")
struct DateYearCueTests {
    func eventDates(_ text: String, published: String = "2025-06-12") throws -> [String?] {
        try EventDateProbe.dates(text, published: published)
    }

    @Test("The cue gives the day its year", arguments: [
        ("Hôm 30/5 năm ngoái, Tổng thống Pháp đã điện đàm với Thủ tướng Đức.", ["2024-05-30"] as [String?]),
        ("Tổng thống Pháp đã điện đàm với Thủ tướng Đức ngày 30/5 năm ngoái.", ["2024-05-30"]),
        ("Tổng thống Pháp đã hội đàm với Thủ tướng Đức vào ngày 30 tháng 5 năm ngoái tại Berlin.", ["2024-05-30"]),
        ("Tổng thống Pháp sẽ hội đàm với Thủ tướng Đức vào ngày 10/2 năm tới.", ["2026-02-10"]),
        ("Tổng thống Pháp đã hội đàm với Thủ tướng Đức vào tháng 12 năm ngoái.", ["2024-12"]),
    ])
    func cue(text: String, expected: [String?]) throws {
        #expect(try eventDates(text) == expected)
    }

    @Test("Past a comma the cue is the next clause's year")
    func pastComma() throws {
        #expect(try eventDates("Tổng thống Pháp đã điện đàm với Thủ tướng Đức ngày 30/5, năm ngoái Tổng thống Pháp cũng đã gặp Thủ tướng Anh.")
                == ["2024", "2025-05-30"])
    }
}
