import DiplographModel
import Testing
@testable import DiplographExtraction
import DiplographInput

/// Days counted from the story's own day rather than from publication, and the lines whose dates
/// are no day of the story: `Sáng nay (1/8)` and a day in local time tell the story's day;
/// `Hai ngày trước` counts back from the last day told that has passed; `đầu tuần này` gives its
/// month; `tức` restates a date in the outlet's time; a photo caption or a page's time stamp moves
/// no anchor of `Cùng ngày`. Expected dates worked out by hand with a calendar (2025-06-12 was a
/// Thursday, 2025-07-02 a Wednesday).
@Suite("Date: the story's day")
struct DateStoryDayTests {
    func eventDates(_ text: String, published: String) throws -> [String?] {
        try EventDateProbe.dates(text, published: published)
    }

    @Test("A count of days closing its clause counts back from publication, or from the last past day told")
    func daysAgo() throws {
        #expect(try eventDates("Chỉ hai ngày trước, Ngoại trưởng Mỹ đã điện đàm với Ngoại trưởng Trung Quốc.", published: "2025-06-12") == ["2025-06-10"])
        #expect(try eventDates("Tổng thống Pháp đã gặp Thủ tướng Ấn Độ tại Paris 4 ngày trước.", published: "2025-06-12") == ["2025-06-08"])
        #expect(try eventDates("Tổng thống Brazil hôm qua tuyên bố rút khỏi hiệp định. Chỉ hai ngày trước, Tổng thống Brazil vừa hội đàm với Tổng thống Argentina tại Buenos Aires.",
                               published: "2025-06-12") == ["2025-06-09"])
        #expect(try eventDates("Tổng thống Pháp đã điện đàm với Thủ tướng Đức hai ngày trước cuộc bầu cử.", published: "2025-06-12") == [nil])
    }

    @Test("This week so far gives its month where its Monday lies in the month of publication", arguments: [
        ("2025-06-12", "2025-06" as String?),
        ("2025-07-02", nil),
    ])
    func thisWeek(published: String, expected: String?) throws {
        #expect(try eventDates("Đầu tuần này, Thủ tướng Anh đã hội đàm với Thủ tướng Canada tại London.", published: published) == [expected])
    }

    @Test("A plan in a coming week stays undated")
    func comingWeek() throws {
        #expect(try eventDates("Thủ tướng Anh sẽ hội đàm với Thủ tướng Canada vào đầu tuần tới.", published: "2025-06-12") == [nil])
    }

    @Test("The story's day told in brackets or in local time is the day 'ngày mai' and 'hôm qua' count from")
    func storyDay() throws {
        #expect(try eventDates("Sáng nay (11/6), Thủ tướng Việt Nam tiếp Đại sứ Nhật Bản. Ngày mai, Thủ tướng Việt Nam sẽ hội đàm với Thủ tướng Lào.",
                               published: "2025-06-12") == ["2025-06-11", "2025-06-12"])
        #expect(try eventDates("Hôm nay (11/6), Tổng thống Pháp tiếp Thủ tướng Ấn Độ. Hôm qua, Tổng thống Pháp đã điện đàm với Thủ tướng Nhật Bản.",
                               published: "2025-06-12") == ["2025-06-10", "2025-06-11"])
        #expect(try eventDates("Chiều 10/6 (giờ địa phương), Tổng thống Việt Nam đã hội đàm với Tổng thống Brazil tại Brasilia. Ngày mai, Tổng thống Việt Nam sẽ gặp Tổng thống Argentina.",
                               published: "2025-06-11") == ["2025-06-10", "2025-06-11"])
        #expect(try eventDates("Ngày 10/6, Tổng thống Việt Nam đã hội đàm với Tổng thống Brazil tại Brasilia. Ngày mai, Tổng thống Việt Nam sẽ gặp Tổng thống Argentina.",
                               published: "2025-06-11") == ["2025-06-10", "2025-06-12"])
    }

    @Test("A date restated after 'tức' dates the event by the restatement")
    func restated() throws {
        #expect(try eventDates("Tổng thống Mỹ đã điện đàm với Chủ tịch Trung Quốc tối 10/6 theo giờ Washington, tức sáng 11/6 theo giờ Hà Nội.",
                               published: "2025-06-12") == ["2025-06-11"])
        #expect(try eventDates("Tổng thống Mỹ và Chủ tịch Trung Quốc đã có cuộc hội đàm trực tuyến. Cuộc hội đàm bắt đầu từ tối 10/6 theo giờ Washington, tức sáng 11/6 theo giờ Việt Nam.",
                               published: "2025-06-12") == ["2025-06-11"])
        #expect(try eventDates("Tổng thống Mỹ đã điện đàm với Chủ tịch Trung Quốc tối 10/6 theo giờ Washington.",
                               published: "2025-06-12") == ["2025-06-10"])
    }

    @Test("A caption's day and a page's time stamp are no day 'Cùng ngày' refers to; a body sentence's day is")
    func captionsAndStamps() throws {
        #expect(try eventDates("Ngày 10/6, Thủ tướng Anh điện đàm với Tổng thống Mỹ.\nNgười biểu tình tại London ngày 9/6. (Ảnh: AFP)\nCùng ngày, Thủ tướng Anh cũng điện đàm với Thủ tướng Canada.",
                               published: "2025-06-12") == ["2025-06-10", "2025-06-10"])
        #expect(try eventDates("Ngày 10/6, Thủ tướng Anh điện đàm với Tổng thống Mỹ.\nNgười biểu tình tại London ngày 9/6. Ảnh: Reuters\nCùng ngày, Thủ tướng Anh cũng điện đàm với Thủ tướng Canada.",
                               published: "2025-06-12") == ["2025-06-10", "2025-06-10"])
        #expect(try eventDates("Thủ tướng Đức hôm thứ Hai đã điện đàm với Tổng thống Belarus.\nThứ Năm, 12/6/2025 - 09:30\nCùng ngày, Thủ tướng Đức cũng điện đàm với Tổng thống Pháp.",
                               published: "2025-06-12") == ["2025-06-09", "2025-06-09"])
        #expect(try eventDates("Ngày 10/6, Thủ tướng Anh điện đàm với Tổng thống Mỹ.\nNgày 9/6, người biểu tình tụ tập tại London.\nCùng ngày, Thủ tướng Anh cũng điện đàm với Thủ tướng Canada.",
                               published: "2025-06-12") == ["2025-06-09", "2025-06-10"])
    }
}
