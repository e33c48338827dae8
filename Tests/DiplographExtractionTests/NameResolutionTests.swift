import DiplographModel
import Testing
@testable import DiplographExtraction

/// How names become actor hits: unknown people by title or appositive, state words inside personal
/// names, set phrases, and actors named only through a vague member.
@Suite("Names resolve to the right actors")
struct NameResolutionTests {
    static let lexicon = Result { try Lexicon.bundled() }

    /// The hits of each sentence of `text`, and the article's actors after them.
    static func resolve(_ text: String, on date: PartialDate? = PartialDate(year: 2024, month: 6, day: 1)) throws -> ([[ActorHit]], ArticleActors) {
        let lexicon = try lexicon.get()
        let normalized = NormalizedText(text)
        let sentences = SentenceBuilder.build(normalized, body: 0..<normalized.scalars.count, lexicon: lexicon)
        var actors = ArticleActors(lexicon: lexicon, article: NodeID(kind: .article, slug: "test"), date: date)
        let resolver = ActorResolver(lexicon: lexicon, text: normalized)
        let hits = sentences.map { resolver.resolve($0, &actors) }
        return (hits, actors)
    }

    static func key(_ slug: String) -> String { NodeID(kind: .actor, slug: slug).rawValue }

    @Test("an actor named through a vague member is flagged vague", arguments: [
        ("Một quan chức Nhà Trắng giấu tên cho biết Tổng thống Joe Biden sẽ điện đàm với Chủ tịch Tập Cận Bình.", "us-white-house"),
        ("Một nguồn tin Điện Kremlin cho biết Tổng thống Vladimir Putin sẽ tới Ấn Độ.", "ru-kremlin"),
        ("Giới chức Mỹ giấu tên nói rằng Ngoại trưởng Marco Rubio đã điện đàm với người đồng cấp Ukraine.", "US"),
        ("Theo một quan chức cấp cao Mỹ, hai bên sẽ gặp nhau tuần tới.", "US"),
    ])
    func vague(_ text: String, _ slug: String) throws {
        let (hits, _) = try Self.resolve(text)
        let found = hits.joined().filter { $0.key == Self.key(slug) }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.flags.contains(.vague) })
        #expect(hits.joined().filter { $0.key != Self.key(slug) }.allSatisfy { !$0.flags.contains(.vague) })
    }

    @Test("actors named outright are not vague")
    func notVague() throws {
        let (hits, _) = try Self.resolve("Các quan chức Mỹ và Nga đã gặp nhau tại Riyadh. Nhà Trắng cho biết cuộc gặp diễn ra tốt đẹp.")
        #expect(!hits.joined().isEmpty)
        #expect(hits.joined().allSatisfy { !$0.flags.contains(.vague) })
    }

    @Test("a state word that is a syllable of a personal name is no actor", arguments: [
        ("Ông Lê Anh Tuấn đã dự lễ kỷ niệm tại Hà Nội.", "GB"),
        ("Bà Nguyễn Thị Mỹ Linh phát biểu tại hội nghị.", "US"),
        ("Hôm qua ông Nguyễn Văn Đức và các đồng nghiệp đã tới Jakarta.", "DE"),
        ("Thứ trưởng Ngoại giao Đỗ Hùng Việt chủ trì cuộc họp.", "VN"),
        ("Đại sứ Việt Nam tại Pháp Trần Minh Trung đã làm việc với phía Pháp.", "CN"),
        ("Ủy viên Quốc vụ Trung Quốc Vương Tiểu Đức đã phát biểu.", "DE"),
    ])
    func nameSyllable(_ text: String, _ state: String) throws {
        let (hits, actors) = try Self.resolve(text)
        #expect(!hits.joined().contains { $0.key == Self.key(state) })
        #expect(actors.actor(Self.key(state)) == nil)
    }

    @Test("a short run after a family name keeps its state")
    func shortRun() throws {
        let (hits, _) = try Self.resolve("Đoàn Mỹ do Ngoại trưởng dẫn đầu đã tới Bắc Kinh.")
        #expect(hits.joined().contains { $0.key == Self.key("US") })
    }

    @Test("an unknown person gets the role and state of the title", arguments: [
        ("Thứ trưởng Ngoại giao Hàn Quốc Park Ji-won đã tới Hà Nội.", "park-ji-won", "KR", "deputy-minister"),
        ("Bộ trưởng Thương mại Mỹ Harold Whitcombe cho biết thuế sẽ tăng.", "harold-whitcombe", "US", "minister"),
        ("Đại sứ Nhật Bản tại Bắc Kinh Uichiro Niwa đã được triệu tập.", "uichiro-niwa", "JP", "ambassador"),
        ("Đại sứ Pháp tại Ai Cập Marc Baréty đã gặp các quan chức.", "marc-barety", "FR", "ambassador"),
        ("Chủ tịch nước tiếp bà Tredene Dobson, Đại sứ New Zealand, đến chào từ biệt.", "tredene-dobson", "NZ", "ambassador"),
        ("Ông Kim Seong-ho, Phó đại sứ Hàn Quốc, cho biết hai bên sẽ tiếp tục trao đổi.", "kim-seong-ho", "KR", "deputy-ambassador"),
        ("Bộ trưởng tiếp ông Nguyễn Văn Đức, Đại sứ Việt Nam tại Indonesia, tại trụ sở.", "nguyen-van-duc", "VN", "ambassador"),
    ])
    func unknownPerson(_ text: String, _ slug: String, _ state: String, _ role: String) throws {
        let (hits, actors) = try Self.resolve(text)
        let person = Self.key(slug)
        #expect(hits.joined().contains { $0.key == person })
        #expect(actors.actor(person)?.actorType == .person)
        #expect(actors.actor(person)?.state == state)
        #expect(actors.role(of: person) == role)
    }

    @Test("a posting is a place, and no office holder stands for a posted ambassador")
    func posting() throws {
        let (hits, _) = try Self.resolve("Đại sứ Mỹ tại Việt Nam cho biết hai nước sẽ tăng cường hợp tác.")
        #expect(hits.joined().map(\.key) == [Self.key("US")])
    }

    @Test("a set phrase holding a state or the West names no actor", arguments: [
        ("Truyền thông phương Tây đưa tin hai bên đã gặp nhau.", "WEST"),
        ("Báo chí Mỹ cho biết hai bên đã gặp nhau.", "US"),
        ("Hãng hàng không Việt Nam Vietnam Airlines tạm dừng các chuyến bay.", "VN"),
        ("Truyền hình nhà nước Trung Quốc đưa tin về cuộc tập trận.", "CN"),
    ])
    func setPhrase(_ text: String, _ slug: String) throws {
        let (hits, _) = try Self.resolve(text)
        #expect(!hits.joined().contains { $0.key == Self.key(slug) })
    }
}
