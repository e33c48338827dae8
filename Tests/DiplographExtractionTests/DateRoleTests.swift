import DiplographModel
import Testing
@testable import DiplographExtraction
import DiplographInput

/// Dates the text does not give to the event: the press's report dates, an announcement's date for
/// an event still to come, vague weeks and spans across months (gold-format: such dates are null).
@Suite("Date roles")
struct DateRoleTests {
    static let lexicon = Result { try Lexicon.bundled() }

    /// The dates of the events found in `text`, published on `published` (nil for undated).
    func eventDates(_ text: String, published: String) throws -> [String?] {
        let source = "---\ndate: \(published)\n---\n\(text)\n"
        let article = try ArticleReader().read(bytes: Array(source.utf8), path: "case.txt")
        let g = ArticleExtractor(lexicon: try Self.lexicon.get()).extract(article)
        return g.events.map { $0.date?.iso }
    }

    // 2024-03-06 was a Wednesday.
    @Test("Dates of reports, vague times and spans across months leave the event undated", arguments: [
        "Hãng tin AFP đưa tin ngày 5/3, Tổng thống Pháp Emmanuel Macron đã hội đàm với Thủ tướng Ấn Độ Narendra Modi.",
        "Ngày 5/3, theo hãng tin Reuters, Tổng thống Pháp Emmanuel Macron đã điện đàm với Thủ tướng Ấn Độ Narendra Modi.",
        "Theo Reuters ngày 5/3, Tổng thống Pháp Emmanuel Macron đã điện đàm với Thủ tướng Ấn Độ Narendra Modi.",
        "Bộ Ngoại giao Pháp ngày 5/3 thông báo, Tổng thống Emmanuel Macron sẽ gặp Thủ tướng Ấn Độ Narendra Modi tại Paris.",
        "Thủ tướng Nhật Bản Fumio Kishida sẽ gặp Tổng thống Mỹ Joe Biden vào cuối tuần này.",
        "Tuần trước, Thủ tướng Nhật Bản Fumio Kishida đã điện đàm với Tổng thống Mỹ Joe Biden.",
        "Tổng thống Mỹ Joe Biden và Thủ tướng Ấn Độ Narendra Modi sẽ hội đàm bên lề hội nghị kéo dài 2 ngày 30/3 - 1/4.",
    ])
    func undated(text: String) throws {
        let dates = try eventDates(text, published: "2024-03-06")
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0 == nil })
    }

    @Test("A date inside a sau khi clause dates that clause's event, not the main one")
    func timeClause() throws {
        let dates = try eventDates("Tổng thống Nga Vladimir Putin đã gặp Tổng thống Mỹ Joe Biden sau khi ông Putin hội đàm với Thủ tướng Ấn Độ Narendra Modi ngày 1/3.", published: "2024-03-06")
        #expect(dates.count == 2)
        #expect(dates.contains(nil))
        #expect(dates.contains("2024-03-01"))
    }

    @Test("Dates said from the day last told, the month of publication and the status", arguments: [
        ("Sáng 5/3, Thủ tướng Nhật Bản Fumio Kishida dự lễ đón. Cùng ngày, ông Kishida điện đàm với Thủ tướng Ấn Độ Narendra Modi.", "2024-03-05"),
        ("Tối 4/3, lễ đón được tổ chức. Ngay sau lễ đón, Thủ tướng Nhật Bản Fumio Kishida hội đàm với Thủ tướng Australia Anthony Albanese.", "2024-03-04"),
        ("Hãng Kyodo ngày 5/3 đưa tin Thủ tướng Nhật Bản Fumio Kishida đã điện đàm với Tổng thống Mỹ Joe Biden một ngày trước đó.", "2024-03-04"),
        ("Thủ tướng Nhật Bản Fumio Kishida mới đây đã điện đàm với Tổng thống Mỹ Joe Biden.", "2024-03"),
        ("Thủ tướng Nhật Bản Fumio Kishida đã điện đàm với Tổng thống Mỹ Joe Biden hồi đầu tháng này.", "2024-03"),
        ("Điện Kremlin ngày 5/3 thông báo, Tổng thống Nga Vladimir Putin đã điện đàm với Thủ tướng Ấn Độ Narendra Modi.", "2024-03-05"),
        ("Tối thứ Sáu, Thủ tướng Nhật Bản Fumio Kishida đã điện đàm với Tổng thống Mỹ Joe Biden.", "2024-03-01"),
        ("Thủ tướng Nhật Bản Fumio Kishida sẽ điện đàm với Tổng thống Mỹ Joe Biden vào sáng thứ Hai.", "2024-03-11"),
        ("Tổng thống Mỹ Joe Biden sẽ thăm Ấn Độ từ 10-11/3 và hội đàm với Thủ tướng Narendra Modi.", "2024-03"),
    ])
    func dated(text: String, expected: String) throws {
        let dates = try eventDates(text, published: "2024-03-06")
        #expect(dates.contains(expected))
    }
}
