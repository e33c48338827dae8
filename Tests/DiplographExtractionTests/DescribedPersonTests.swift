import DiplographInput
import DiplographModel
import Testing
@testable import DiplographExtraction

/// A role noun before a state's name (`nhà ngoại giao Mỹ`) describes the person of that state named
/// before; with no such person, or with a plural or a name, it stays the state (rules.json
/// `personDescriptionNouns`).
@Suite("Persons described by their state")
struct DescribedPersonTests {
    static let lexicon = Result { try Lexicon.bundled() }

    func extract(_ date: String, _ text: String) throws -> KnowledgeGraph {
        let article = try ArticleReader().read(bytes: Array("---\ndate: \(date)\n---\n\(text)\n".utf8), path: "case.txt")
        return ArticleExtractor(lexicon: try Self.lexicon.get()).extract(article)
    }

    @Test("the description stands for the person named before", arguments: [
        ("2025-07-08", "Đặc phái viên Mỹ Tom Barrack hôm 7/7 tới Beirut. Trong ngày, nhà ngoại giao Mỹ còn hội kiến Thủ tướng Liban Nawaf Salam.", "Tom Barrack"),
        ("2024-07-12", "Ngoại trưởng Nga Sergei Lavrov đến Bình Nhưỡng ngày 11/7. Chiều cùng ngày, nhà ngoại giao Nga hội đàm với Ngoại trưởng Triều Tiên Choe Son-hui.", "Lavrov"),
        ("2024-07-09", "Thủ tướng Hungary Viktor Orbán tới Bắc Kinh hôm 8/7. Tại đây, chính khách Hungary đã gặp Chủ tịch Trung Quốc Tập Cận Bình.", "Viktor Orbán"),
    ])
    func described(_ date: String, _ text: String, _ person: String) throws {
        let g = try extract(date, text)
        let event = try #require(g.events.first)
        #expect(event.label.contains(person), "\(event.label)")
    }

    @Test("plural, counted or unattached descriptions stay the state", arguments: [
        ("2025-07-08", "Đặc phái viên Mỹ Tom Barrack hôm 7/7 tới Beirut. Các nhà ngoại giao Mỹ đã gặp Thủ tướng Liban Nawaf Salam.", "Tom Barrack"),
        ("2025-07-08", "Đặc phái viên Mỹ Tom Barrack hôm 7/7 tới Beirut. Hai nhà ngoại giao Mỹ đã gặp Thủ tướng Liban Nawaf Salam.", "Tom Barrack"),
        ("2025-07-08", "Tổng thống Pháp Emmanuel Macron hôm 7/7 tới Beirut. Nhà ngoại giao Mỹ đã gặp Thủ tướng Liban Nawaf Salam.", "Emmanuel Macron"),
    ])
    func notDescribed(_ date: String, _ text: String, _ person: String) throws {
        let g = try extract(date, text)
        let event = try #require(g.events.first { $0.label.contains("Nawaf Salam") })
        #expect(!event.label.contains(person), "\(event.label)")
        #expect(event.label.contains("Mỹ"), "\(event.label)")
    }

    @Test("the state is still named there: a state pronoun after the description stands for it")
    func statePronounAfter() throws {
        let g = try extract("2023-10-05", "Ngoại trưởng Iran Hossein Amir-Abdollahian hôm 4/10 tới Baku. Nhà ngoại giao Iran nhấn mạnh nước này sẽ có mọi hành động cần thiết nếu Israel đe dọa an ninh quốc gia Iran.")
        let threat = try #require(g.threats.first)
        #expect(threat.label.contains("Iran"), "\(threat.label)")
        #expect(!threat.label.contains("Azerbaijan"), "\(threat.label)")
    }
}
