import DiplographModel
import Testing
@testable import DiplographExtraction
import DiplographInput

/// A time clause opened by a count (`hai ngày sau khi …`, `một tuần trước khi …`): the event it
/// tells and the main event lie that many days apart, so a day told for one dates the other.
/// Counted in weeks, the day is rough and told at its month. Without a count, or without a day
/// told in the sentence, nothing is dated. Expected dates worked out by hand with a calendar.
@Suite("Date: a counted time clause")
struct DateClauseCountTests {
    func eventDates(_ text: String, published: String = "2025-06-12") throws -> [String?] {
        try EventDateProbe.dates(text, published: published)
    }

    @Test("The main event lies the count after the day the clause tells")
    func mainFromClause() throws {
        #expect(try eventDates("Chỉ một ngày sau khi Tổng thống Pháp gặp Thủ tướng Nhật Bản hôm 3/6, Tổng thống Pháp đã điện đàm với Thủ tướng Đức.")
                == ["2025-06-03", "2025-06-04"])
        #expect(try eventDates("Tổng thống Pháp đã điện đàm với Thủ tướng Đức hai ngày sau khi hội đàm với Thủ tướng Nhật Bản hôm 5/6.")
                == ["2025-06-05", "2025-06-07"])
    }

    @Test("The clause's event lies the count away from the main event's day")
    func clauseFromMain() throws {
        #expect(try eventDates("Ngày 9/6, Tổng thống Mỹ điện đàm với Tổng thống Nga, 3 ngày sau khi Ngoại trưởng Mỹ gặp Ngoại trưởng Nga tại Riyadh.")
                == ["2025-06-06", "2025-06-09"])
        #expect(try eventDates("Ngày 8/6, Tổng thống Pháp đã điện đàm với Thủ tướng Đức, ba ngày trước khi Tổng thống Pháp gặp Thủ tướng Nhật Bản tại Paris.")
                == ["2025-06-08", "2025-06-11"])
        // The day told nearest before the clause, not the sentence's first.
        #expect(try eventDates("Ngày 4/6, Tổng thống Mỹ gặp Thủ tướng Anh; ngày 9/6, Tổng thống Mỹ điện đàm với Tổng thống Nga, 3 ngày sau khi Ngoại trưởng Mỹ gặp Ngoại trưởng Nga tại Riyadh.")
                == ["2025-06-04", "2025-06-06", "2025-06-09"])
    }

    @Test("Counted in weeks, the day found is told at its month")
    func weeks() throws {
        #expect(try eventDates("Hai tuần sau khi Tổng thống Pháp hội đàm với Thủ tướng Nhật Bản tại Tokyo ngày 20/5, Tổng thống Pháp đã điện đàm với Thủ tướng Đức.")
                == ["2025-05-20", "2025-06"])
    }

    @Test("A count of days later closing its clause counts from the day last told; opening a time clause or told of something else, it does not")
    func daysLater() throws {
        #expect(try eventDates("Tổng thống Pháp đã hội đàm với Thủ tướng Đức hôm 3/6. Hai ngày sau, ông điện đàm với Thủ tướng Anh.")
                == ["2025-06-03", "2025-06-05"])
        #expect(try eventDates("Tổng thống Pháp đã hội đàm với Thủ tướng Đức hôm 3/6. Ông điện đàm với Thủ tướng Anh hai ngày sau.")
                == ["2025-06-03", "2025-06-05"])
        #expect(try eventDates("Hai ngày sau, Tổng thống Pháp điện đàm với Thủ tướng Anh.") == [nil])
        #expect(try eventDates("Tổng thống Pháp đã điện đàm với Thủ tướng Đức hai ngày sau khi hội đàm với Thủ tướng Nhật Bản hôm 5/6.")
                == ["2025-06-05", "2025-06-07"])
    }

    @Test("No count, a vague one, a month only or no day told: the other event stays undated", arguments: [
        ("Tổng thống Pháp đã điện đàm với Thủ tướng Đức sau khi hội đàm với Thủ tướng Nhật Bản tại Tokyo ngày 5/6.", [nil, "2025-06-05"] as [String?]),
        ("Tổng thống Pháp đã điện đàm với Thủ tướng Đức vài ngày sau khi hội đàm với Thủ tướng Nhật Bản tại Tokyo ngày 5/6.", [nil, "2025-06-05"]),
        ("Tổng thống Pháp đã điện đàm với Thủ tướng Đức hai ngày sau khi hội đàm với Thủ tướng Nhật Bản tại Tokyo hồi tháng 5.", [nil, "2025-05"]),
        ("Hai ngày trước khi đến Moskva, Tổng thống Mỹ đã điện đàm với Tổng thống Nga.", [nil]),
    ])
    func contrasts(text: String, expected: [String?]) throws {
        #expect(try eventDates(text) == expected)
    }
}
