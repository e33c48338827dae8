import DiplographModel
import Testing

@Suite("PartialDate")
struct PartialDateTests {
    @Test("real dates parse, with the precision given", arguments: [
        ("2020-02-29", PartialDate.Precision.day),
        ("2000-02-29", .day),
        ("2021-12-31", .day),
        ("2021-04-30", .day),
        ("2021-12", .month),
        ("2021", .year),
    ])
    func valid(_ iso: String, _ precision: PartialDate.Precision) throws {
        let d = try #require(PartialDate(iso: iso))
        #expect(d.precision == precision)
        #expect(d.iso == iso)
        #expect(d.description == iso)
    }

    @Test("impossible or malformed dates do not parse", arguments: [
        "2021-02-29", "1900-02-29", "2021-02-30", "2021-04-31", "2021-13", "2021-00", "2021-01-00",
        "2021-01-32", "0000", "", "abcd", "2021-01-01-01", "2021--01", "2021-1a",
    ])
    func invalid(_ iso: String) {
        #expect(PartialDate(iso: iso) == nil)
    }

    @Test("components are checked: a day needs a month")
    func components() {
        #expect(PartialDate(year: 2021, month: nil, day: 5) == nil)
        #expect(PartialDate(year: 2021, month: 2, day: 29) == nil)
        #expect(PartialDate(year: 2024, month: 2, day: 29)?.iso == "2024-02-29")
        #expect(PartialDate(year: 10000) == nil)
        #expect(PartialDate(year: 5, month: 3)?.iso == "0005-03")
        #expect(PartialDate(iso: "2021-12") == PartialDate(year: 2021, month: 12))
    }

    @Test("xsdType follows the precision")
    func xsdType() {
        #expect(PartialDate(iso: "2021-12-07")?.xsdType == "date")
        #expect(PartialDate(iso: "2021-12")?.xsdType == "gYearMonth")
        #expect(PartialDate(iso: "2021")?.xsdType == "gYear")
    }

    @Test("compatibility: one date may refine the other", arguments: [
        ("2021-12", "2021-12-30", true),
        ("2021", "2021-05-06", true),
        ("2021-12-30", "2021-12-30", true),
        ("2021-12-07", "2021-12-30", false),
        ("2021", "2022-01", false),
        ("2021-11", "2021-12-01", false),
        ("2021-12-31", "2022", false),
    ])
    func compatible(_ a: String, _ b: String, _ expected: Bool) throws {
        let x = try #require(PartialDate(iso: a)), y = try #require(PartialDate(iso: b))
        #expect(x.isCompatible(with: y) == expected)
        #expect(y.isCompatible(with: x) == expected, "compatibility must be symmetric")
    }

    @Test("dates sort chronologically, a less precise date before its refinements")
    func ordering() throws {
        let expected = ["2020-12-31", "2021", "2021-01", "2021-01-01", "2021-01-31", "2021-02", "2021-12-30", "2022"]
        let shuffled = [expected[5], expected[0], expected[7], expected[2], expected[4], expected[1], expected[6], expected[3]]
        let dates = try shuffled.map { try #require(PartialDate(iso: $0)) }
        #expect(dates.sorted().map(\.iso) == expected)
        #expect(PartialDate.Precision.year < .month && PartialDate.Precision.month < .day)
    }

    @Test("days in month, with leap years")
    func daysIn() {
        #expect(PartialDate.daysIn(month: 2, year: 2021) == 28)
        #expect(PartialDate.daysIn(month: 2, year: 2020) == 29)
        #expect(PartialDate.daysIn(month: 2, year: 1900) == 28)
        #expect(PartialDate.daysIn(month: 2, year: 2000) == 29)
        #expect(PartialDate.daysIn(month: 9, year: 2021) == 30)
        #expect(PartialDate.daysIn(month: 12, year: 2021) == 31)
    }
}
