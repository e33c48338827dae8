import DiplographModel

/// Reads a publication date, the same way in front matter and in `manifest.json`: exactly
/// `YYYY-MM-DD` (four, two and two ASCII digits) naming a day that exists, optionally followed by a
/// time, as in an ISO 8601 / RFC 3339 date-time (`2022-02-12T10:00:00Z`, `2022-02-12 10:00+07:00`).
/// A date-time gives the day as written, in its own time zone: it is not converted to UTC.
/// Nothing else is read: no sign, no fifth year digit, no one-digit month, no trailing text.
public enum ISODay {
    /// The day `text` names (white space around it ignored), or nil when it is not one.
    public static func parse(_ text: String) -> PartialDate? {
        let b = Array(text.utf8.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed())
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let year = number(b, 0, 4), let month = number(b, 5, 2), let day = number(b, 8, 2) else { return nil }
        guard b.count == 10 || isTime(b[10...]) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// `Thh:mm`, `Thh:mm:ss`, `Thh:mm:ss.fff` (or a space or `t` for `T`), then nothing, `Z` or
    /// `±hh:mm` / `±hhmm` / `±hh`.
    private static func isTime(_ b: ArraySlice<UInt8>) -> Bool {
        guard let separator = b.first, separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 0x20 else { return false }
        var i = b.startIndex + 1
        guard let h = number(b, i, 2), h < 24, b.count > 5, b[i + 2] == UInt8(ascii: ":"), let m = number(b, i + 3, 2), m < 60 else { return false }
        i += 5
        if i < b.endIndex, b[i] == UInt8(ascii: ":") {
            guard let s = number(b, i + 1, 2), s <= 60 else { return false }
            i += 3
            if i < b.endIndex, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                let digits = b[(i + 1)...].prefix { (0x30...0x39).contains($0) }.count
                guard digits > 0 else { return false }
                i += 1 + digits
            }
        }
        guard i < b.endIndex else { return true }
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") { return i + 1 == b.endIndex }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), let zh = number(b, i + 1, 2), zh < 24 else { return false }
        let rest = b[(i + 3)...]
        if rest.isEmpty { return true }
        let minutes = rest.first == UInt8(ascii: ":") ? rest.dropFirst() : rest
        guard minutes.count == 2, let zm = number(b, minutes.startIndex, 2), zm < 60 else { return false }
        return true
    }

    /// The `count` ASCII digits of `b` from `start` as a number; nil when any is missing or not a digit.
    private static func number<C: RandomAccessCollection>(_ b: C, _ start: C.Index, _ count: Int) -> Int? where C.Element == UInt8, C.Index == Int {
        guard start >= b.startIndex, start + count <= b.endIndex else { return nil }
        var value = 0
        for k in start..<(start + count) {
            let c = b[k]
            guard (0x30...0x39).contains(c) else { return nil }
            value = value * 10 + Int(c - 0x30)
        }
        return value
    }
}
