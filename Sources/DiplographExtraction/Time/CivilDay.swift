import DiplographModel

/// Day arithmetic on the proleptic Gregorian calendar, without Foundation.
struct CivilDay: Comparable, Sendable {
    let year: Int, month: Int, day: Int

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    init?(_ d: PartialDate?) {
        guard let d, let m = d.month, let dd = d.day else { return nil }
        self.init(year: d.year, month: m, day: dd)
    }

    /// Days since 1970-01-01.
    var serial: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(serial z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    func adding(days: Int) -> CivilDay { CivilDay(serial: serial + days) }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int { ((serial % 7) + 7 + 3) % 7 + 1 }

    var partial: PartialDate? { PartialDate(year: year, month: month, day: day) }

    static func < (a: CivilDay, b: CivilDay) -> Bool { a.serial < b.serial }
}
