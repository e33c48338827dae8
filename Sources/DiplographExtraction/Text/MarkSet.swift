/// A few ASCII punctuation marks, written as one string literal (`",;:"`), for asking whether a
/// token is one of them without comparing strings: `token.isMark(in: set)` (a set made once, as
/// the static ones below) answers as `[",", ";", ":"].contains(token.text)` does, since the only
/// string equal to a one-byte ASCII string is that string.
struct MarkSet: Sendable, ExpressibleByStringLiteral {
    /// Bit `b` of `low` (for bytes below 64) or of `high` (64 to 127) is set for each mark.
    private let low: UInt64
    private let high: UInt64

    init(stringLiteral marks: String) {
        var low: UInt64 = 0, high: UInt64 = 0
        for b in marks.utf8 where b < 0x80 {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
        self.low = low
        self.high = high
    }

    /// True when `byte` is one of the marks.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low & (1 << UInt64(byte)) != 0 }
        if byte < 128 { return high & (1 << UInt64(byte - 64)) != 0 }
        return false
    }
}

extension Token {
    /// True when the token is one of `marks` (its text is that single byte).
    @inline(__always)
    func isMark(in marks: MarkSet) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 1, let b = utf8.first else { return false }
        return marks.contains(b)
    }
}

extension MarkSet {
    // Made once: a literal at the call would build its set at every test.
    /// `,` `;` `:`: where a clause of a sentence starts or ends.
    static let clauseBreaks: MarkSet = ",;:"
    /// The clause breaks, `.` and `(`: where the clause an event word's status is read in ends.
    static let statusClauseEnds: MarkSet = ",;.:("
    /// `,` `:`: what closes the clause of a report's date.
    static let reportCloses: MarkSet = ",:"
}
