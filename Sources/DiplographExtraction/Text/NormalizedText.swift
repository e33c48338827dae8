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
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        var map: [Int32] = []
        var changedLength = false
        var offset = 0
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.count > 1 && scalars.contains(where: NormalizedText.isCombiningMark) {
                let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count != scalars.count && !changedLength {
                    changedLength = true
                    map = (0..<out.count).map { Int32($0) }
                }
                for s in composed {
                    out.append(TextFolding.fold(s))
                    if changedLength { map.append(Int32(offset)) }
                }
            } else {
                for (i, s) in scalars.enumerated() {
                    out.append(TextFolding.fold(s))
                    if changedLength { map.append(Int32(offset + i)) }
                }
            }
            offset += scalars.count
        }
        TextFolding.unifyToneMarks(&out)
        self.scalars = out
        self.original = changedLength ? map : nil
        self.originalLength = offset
    }

    /// Offset in the original text of normalised offset `i` (an end offset may equal the count).
    public func originalOffset(_ i: Int) -> Int {
        guard let map = original else { return i }
        if i >= map.count { return originalLength }
        return Int(map[i])
    }

    public func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }

    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        default: return false
        }
    }
}
