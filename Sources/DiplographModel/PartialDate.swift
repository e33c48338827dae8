/// A calendar date known to the year, the month or the day, as the text supports.
///
/// Held in four bytes (a graph keeps one or two per node): the year above bit 9, the month (0 when
/// unknown) in bits 5-8 and the day (0 when unknown) in bits 0-4, so that comparing the packed
/// values orders dates as comparing (year, month or 0, day or 0) does.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    private let packed: UInt32

    public var year: Int { Int(packed >> 9) }
    public var month: Int? { let m = Int(packed >> 5 & 0xF); return m == 0 ? nil : m }
    public var day: Int? { let d = Int(packed & 0x1F); return d == 0 ? nil : d }

    /// Returns nil for impossible dates (month 13, 31 February).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let m = month { guard (1...12).contains(m) else { return nil } }
        if let d = day {
            guard let m = month, d >= 1, d <= PartialDate.daysIn(month: m, year: year) else { return nil }
        }
        let m = month ?? 0, d = month == nil ? 0 : day ?? 0
        self.packed = UInt32(year) << 9 | UInt32(m) << 5 | UInt32(d)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, !parts.contains(where: { $0 == nil }) else { return nil }
        self.init(year: parts[0]!, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// ISO 8601 at this date's precision.
    public var iso: String {
        // The digits written straight into ten bytes (a string stored inline): the text of padding
        // each part, for every year of four digits and month and day of two.
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) else { return paddedISO }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { bytes in
            var count = 0
            func put(_ value: Int, width: Int) {
                var rest = value
                for k in stride(from: count + width - 1, through: count, by: -1) where k < bytes.count {
                    bytes[k] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                count += width
            }
            put(year, width: 4)
            if let m = month, count < bytes.count { bytes[count] = UInt8(ascii: "-"); count += 1; put(m, width: 2) }
            if let d = day, count < bytes.count { bytes[count] = UInt8(ascii: "-"); count += 1; put(d, width: 2) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<min(count, bytes.count)]), as: UTF8.self)
        }
    }

    /// `iso` for any year, month and day: each part padded with zeros.
    private var paddedISO: String {
        var s = pad(year, 4)
        if let m = month { s += "-" + pad(m, 2) }
        if let d = day { s += "-" + pad(d, 2) }
        return s
    }

    public var description: String { iso }

    /// The XML Schema datatype local name for this precision (`date`, `gYearMonth`, `gYear`).
    public var xsdType: String {
        switch precision {
        case .day: return "date"
        case .month: return "gYearMonth"
        case .year: return "gYear"
        }
    }

    /// The first calendar day this date covers: itself at day precision, else the first day of its
    /// month or year (2021-12 → 2021-12-01, 2021 → 2021-01-01).
    public var firstDay: PartialDate {
        PartialDate(year: year, month: month ?? 1, day: day ?? 1) ?? self
    }

    /// The last calendar day this date covers (2021-12 → 2021-12-31, 2024-02 → 2024-02-29,
    /// 2021 → 2021-12-31).
    public var lastDay: PartialDate {
        let m = month ?? 12
        return PartialDate(year: year, month: m, day: day ?? PartialDate.daysIn(month: m, year: year)) ?? self
    }

    /// True when one date may be a more precise statement of the other (2021-12 and 2021-12-30).
    public func isCompatible(with other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        guard let m = month, let om = other.month else { return true }
        guard m == om else { return false }
        guard let d = day, let od = other.day else { return true }
        return d == od
    }

    /// (year, month or 0, day or 0) in order: the packed values compare so.
    public static func < (a: PartialDate, b: PartialDate) -> Bool { a.packed < b.packed }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
