import Foundation

/// An article's text after normalisation, as an array of Unicode scalars, with a map back to
/// scalar offsets in the original text.
///
/// Normalisation keeps one scalar per scalar wherever it can (quotes, dashes, spaces, tone-mark
/// placement), so offsets only shift where NFC composition merged scalars.
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
        // Text that is already composed (nearly all news text) has no combining marks: one pass,
        // scalar for scalar, with no grapheme breaking.
        guard input.contains(where: { $0.value >= 0x300 && NormalizedText.isCombiningMark($0) }) else {
            for s in input { out.append(TextFolding.fold(s)) }
            TextFolding.unifyToneMarks(&out)
            self.scalars = out
            self.original = nil
            self.originalLength = out.count
            return
        }
        // Otherwise each base scalar and the combining marks after it are composed (NFC) together.
        let source = Array(input)
        var map: [Int32] = []
        var changedLength = false
        var start = 0
        while start < source.count {
            var end = start + 1
            while end < source.count && NormalizedText.isCombiningMark(source[end]) { end += 1 }
            if end - start > 1 {
                var cluster = String.UnicodeScalarView()
                cluster.append(contentsOf: source[start..<end])
                let composed = String(cluster).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count != end - start && !changedLength {
                    changedLength = true
                    map = (0..<out.count).map { Int32($0) }
                }
                for s in composed {
                    out.append(TextFolding.fold(s))
                    if changedLength { map.append(Int32(start)) }
                }
            } else {
                out.append(TextFolding.fold(source[start]))
                if changedLength { map.append(Int32(start)) }
            }
            start = end
        }
        TextFolding.unifyToneMarks(&out)
        self.scalars = out
        self.original = changedLength ? map : nil
        self.originalLength = source.count
    }

    /// Offset in the original text of normalised offset `i` (an end offset may equal the count).
    public func originalOffset(_ i: Int) -> Int {
        guard let map = original else { return i }
        if i >= map.count { return originalLength }
        return Int(map[i])
    }

    public func string(_ range: Range<Int>) -> String {
        // Encoded straight into the string's storage: no scalar-by-scalar appends.
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var n = 0
            for s in scalars[range] {
                UTF8.encode(s) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }

    @inline(__always)
    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        default: return false
        }
    }
}
