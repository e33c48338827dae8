import DiplographModel
import Testing
@testable import DiplographExtraction
import DiplographInput

/// A day told after a comma (a linking word such as `còn`, `trong khi đó` between them at most)
/// and followed by a comma and a new subject fronts the next clause: it dates the event told after
/// it, not the one before the comma. A day between commas with no subject after it still dates the
/// event before it.
@Suite("Date: a day fronting the next clause")
struct DateFrontedClauseTests {
    func eventDates(_ text: String, published: String = "2025-06-12") throws -> [String?] {
        try EventDateProbe.dates(text, published: published)
    }

    @Test("The day fronting the next clause is not the event's before it", arguments: [
        ("Ngày 4/6, Tổng thống Mỹ gặp Thủ tướng Anh, còn ngày 9/6, Tổng thống Mỹ điện đàm với Tổng thống Nga.", ["2025-06-04", "2025-06-09"] as [String?]),
        ("Ngày 4/6, Tổng thống Mỹ gặp Thủ tướng Anh, ngày 9/6, ông điện đàm với Tổng thống Nga.", ["2025-06-04", "2025-06-09"]),
        ("Tổng thống Mỹ gặp Thủ tướng Anh, còn hôm 9/6, Tổng thống Mỹ điện đàm với Tổng thống Nga.", [nil, "2025-06-09"]),
        ("Thủ tướng Anh đã tiếp Tổng thống Pháp tại London, trong khi đó sáng 9/6, Thủ tướng Anh điện đàm với Thủ tướng Đức.", [nil, "2025-06-09"]),
    ])
    func fronting(text: String, expected: [String?]) throws {
        #expect(try eventDates(text) == expected)
    }

    @Test("No subject after the day, or no event word after it: the day closes the event before", arguments: [
        ("Tổng thống Mỹ đã hội đàm với Tổng thống Nga, hôm 9/6, tại Helsinki, và điện đàm với Thủ tướng Anh.", ["2025-06-09", "2025-06-09"] as [String?]),
        ("Ngoại trưởng Mỹ gặp Ngoại trưởng Nga tại Riyadh, ngày 9/6, Bộ Ngoại giao Mỹ cho biết.", ["2025-06-09"]),
    ])
    func closing(text: String, expected: [String?]) throws {
        #expect(try eventDates(text) == expected)
    }
}
