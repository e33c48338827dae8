import Foundation

/// An article's text after normalisation, as an array of Unicode scalars, with a map back to
/// scalar offsets in the original text.
///
/// Normalisation makes the variants a page may be written in read alike: invisible scalars inside
/// words (zero-width space, joiners, soft hyphen, byte-order mark) are dropped, a run of spaces,
/// tabs and no-break spaces becomes one space, CR LF and the other line ends become `\n`, NFD text
/// is composed (NFC), and `TextFolding` folds what is left scalar for scalar. Offsets therefore
/// shift wherever a scalar was dropped or merged; the map says where each normalised scalar came
/// from, so evidence can quote the original text.
public struct NormalizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// `original[i]` is the offset in the original text of `scalars[i]`; nil when identical.
    let original: [Int32]?
    /// Length of the original text in scalars.
    public let originalLength: Int

    public init(_ text: String) {
        let input = text.unicodeScalars
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        // Nearly all news text is composed, single-spaced and has LF line ends: one pass folds it
        // scalar for scalar, and gives up at the first scalar that would change the count.
        var previous: Unicode.Scalar = "\0"
        var oneForOne = true
        // The class table fetched once, not through its lazy global's check for every scalar.
        let classes = ScalarClass.table
        for s in input {
            let v = Int(s.value)
            let layout = v < classes.count ? classes[v] & ScalarClass.layout : ScalarClass.computeLayout(s)
            if layout != 0 && NormalizedText.changesCount(s, layout: layout, after: previous) {
                oneForOne = false
                break
            }
            out.append(TextFolding.isUnchanged(s) ? s : TextFolding.fold(s))
            previous = s
        }
        if oneForOne {
            TextFolding.unifyToneMarks(&out)
            self.scalars = out
            self.original = nil
            self.originalLength = out.count
            return
        }
        let source = Array(input)
        let (rewritten, map) = NormalizedText.rewrite(source)
        self.scalars = rewritten
        self.original = NormalizedText.isIdentity(map, length: source.count) ? nil : map
        self.originalLength = source.count
    }

    /// True when `s` (with layout flags `layout`, after the scalar `previous`) is dropped, merged
    /// or composed by normalisation rather than folded one for one.
    @inline(__always)
    private static func changesCount(_ s: Unicode.Scalar, layout: UInt8, after previous: Unicode.Scalar) -> Bool {
        if layout & (ScalarClass.ignorable | ScalarClass.combining) != 0 { return true }
        if layout & ScalarClass.horizontalSpace != 0 {
            return ScalarClass.layoutFlags(previous) & ScalarClass.horizontalSpace != 0
        }
        return s == "\n" && previous == "\r"
    }

    private static func isIdentity(_ map: [Int32], length: Int) -> Bool {
        guard map.count == length else { return false }
        for (i, o) in map.enumerated() where Int(o) != i { return false }
        return true
    }

    /// Offset in the original text of normalised offset `i` (an end offset may equal the count).
    ///
    /// Each normalised scalar maps to the first original scalar it stands for: a collapsed run of
    /// spaces to its first space, CR LF to its CR, a composed letter to its base. A space or line
    /// end that follows dropped invisible scalars maps to the first of them, so a range ending
    /// before it ends right after the last visible scalar.
    public func originalOffset(_ i: Int) -> Int {
        guard let map = original else { return i }
        if i >= map.count { return originalLength }
        if i < 0 { return 0 }
        return Int(map[i])
    }

    public func string(_ range: Range<Int>) -> String {
        // Encoded straight into storage of the exact size: no scalar-by-scalar appends, and a word
        // of at most 15 bytes is stored inline (no allocation).
        String(scalars: scalars[range])
    }

    @inline(__always)
    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        default: return false
        }
    }
}
