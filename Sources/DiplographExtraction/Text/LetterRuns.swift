/// The runs of letters and numbers of a text, as
/// `text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)` gives them, but
/// read from the UTF-8 bytes rather than `Character` by `Character`.
///
/// A `Character` is a letter or a number by its first scalar (`isAlphabetic`, a `numericType`). In
/// a text of plain scalars only (below U+0300 and the precomposed letters of U+1E00–U+1EFF, see
/// `WordList.isPlain`) without CR, none extends or joins a neighbour, so every scalar is a
/// `Character` of its own and the scalars decide alone. Any other text is split by `Character`.
enum LetterRuns {
    static func words(_ text: String) -> [String] {
        let fast: [String]?? = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard WordList.isPlain(bytes), !bytes.contains(0x0D) else { return nil }
            var out: [String] = []
            var start = -1
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let width = b < 0x80 ? 1 : (b < 0xE0 ? 2 : 3)
                guard i + width <= bytes.count else { return nil }
                var v = UInt32(b)
                if width == 2 {
                    v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                } else if width == 3 {
                    v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                }
                if isWordScalar(v) {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = -1
                }
                i += width
            }
            if start >= 0 { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self)) }
            return out
        }
        if let fast, let words = fast { return words }
        return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Whether each code point below U+2000 is alphabetic or has a numeric type, from the Unicode
    /// properties once.
    private static let table: [Bool] = (0..<UInt32(0x2000)).map { v in
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    private static func isWordScalar(_ v: UInt32) -> Bool {
        if v < UInt32(table.count) { return table[Int(v)] }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
