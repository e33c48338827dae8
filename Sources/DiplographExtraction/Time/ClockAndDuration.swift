/// Clock times (`11h04`, `12h 06`, `15 giờ 30`) and durations (`50 phút`, `hơn một giờ đồng hồ`,
/// `gần 3 giờ`, `2 tiếng`) of a sentence. Times inside brackets (a conversion to another zone) are skipped.
struct ClockReader {
    struct Clock { let tokens: Range<Int>; let hour: Int; let minute: Int
        var text: String { (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute) }
    }

    static let numberWordValues: [(String, Int)] = [("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("tám", 8), ("chín", 9), ("mười", 10), ("nửa", 0)]
    static let numberWords = WordTable(numberWordValues)

    func clocks(in s: Sentence) -> [Clock] {
        var out: [Clock] = []
        var depth = 0
        let t = s.tokens
        var i = 0
        while i < t.count {
            if t[i].isMark("(") { depth += 1 }
            if t[i].isMark(")") { depth = max(0, depth - 1) }
            if depth == 0, t[i].isWord {
                let w = t[i].lower
                // 11h04 / 11h / 0h06 (one token) and 12h 06
                // (only a word starting with a digit can be one: no search for the `h` in any other)
                if t[i].startsWithDigit, let hIndex = w.firstIndex(of: "h"), let h = Int(w[..<hIndex]), h < 24 {
                    let rest = w[w.index(after: hIndex)...]
                    if rest.isEmpty {
                        let m = (i + 1 < t.count) ? Int(t[i + 1].text).flatMap { $0 < 60 && t[i + 1].text.count == 2 ? $0 : nil } : nil
                        out.append(Clock(tokens: i..<(i + (m == nil ? 1 : 2)), hour: h, minute: m ?? 0))
                        i += m == nil ? 1 : 2
                        continue
                    } else if let m = Int(rest), m < 60 {
                        out.append(Clock(tokens: i..<(i + 1), hour: h, minute: m))
                        i += 1
                        continue
                    }
                }
                // 15 giờ 30 (phút)
                // (A word token has no sign before its digits: only one starting with a digit is a number.)
                if t[i].startsWithDigit, let h = Int(w), h < 24, s.lower(i + 1).isSameWord("giờ"), let m = Int(s.lower(i + 2)), m < 60 {
                    out.append(Clock(tokens: i..<(i + 3), hour: h, minute: m))
                    i += 3
                    continue
                }
                // (`lúc`, in whatever form equal to it, starts with an `l` byte: no string comparison for other words.)
                if w.utf8.first == 0x6C, w.isSameWord("lúc"), let h = Int(s.lower(i + 1)), h < 24, s.lower(i + 2).isSameWord("giờ") {
                    out.append(Clock(tokens: (i + 1)..<(i + 3), hour: h, minute: 0))
                    i += 3
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// A duration in minutes next to `anchor` (the event's trigger) or after `kéo dài`/`trong`/`sau`.
    func duration(in s: Sentence, near anchor: Range<Int>) -> (Int, Range<Int>)? {
        let t = s.tokens
        for i in 0..<t.count {
            // (a number below 1000 starts with a digit: no parse of any other word)
            var value: Double? = (t[i].startsWithDigit ? Double(t[i].lower) : nil).flatMap { $0 < 1000 ? $0 : nil } ?? ClockReader.numberWords[t[i].lower].map(Double.init)
            guard var v = value else { continue }
            var k = i + 1
            if s.lower(k).isSameWord("rưỡi") { v += 0.5; k += 1 }
            let unit = s.lower(k)
            var minutes: Double
            if unit.isSameWord("phút") { minutes = v; k += 1 }
            else if unit.isSameWord("giờ") || unit.isSameWord("tiếng") {
                if Int(s.lower(k + 1)) != nil { continue } // a clock time: 15 giờ 30
                minutes = v * 60
                k += 1
                if s.lower(k).isSameWord("rưỡi") { minutes += 30; k += 1 }
                if s.lower(k).isSameWord("đồng") && s.lower(k + 1).isSameWord("hồ") { k += 2 }
            } else { continue }
            value = minutes
            let before = s.lower(i - 1)
            var start = i
            var adjust = 0.0
            if ["hơn", "gần", "khoảng", "chừng", "ước", "trên", "dưới"].contains(before) {
                start = i - 1
                if before.isSameWord("gần") || before.isSameWord("dưới") { adjust = v >= 2 && !unit.isSameWord("phút") ? -10 : 0 }
            }
            let lead = s.lower(start - 1)
            let lead2 = s.lower(start - 2) + " " + lead
            let nearTrigger = start >= anchor.upperBound && start - anchor.upperBound <= 1
            if nearTrigger || ["kéo", "dài", "trong", "sau", "mất"].contains(lead) || lead2.isSameWord("kéo dài") {
                if lead == "trong" && s.lower(start - 2).isSameWord("vòng") { continue }
                return (Int(minutes + adjust), start..<k)
            }
        }
        return nil
    }
}
