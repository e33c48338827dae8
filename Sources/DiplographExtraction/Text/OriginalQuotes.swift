/// Quotes of an article's original text by scalar offsets (what `NormalizedText.originalOffset`
/// gives), cut from its UTF-8 bytes: no array of the whole text's scalars is made, and each quote
/// is a copy of bytes rather than an encoding of scalars.
///
/// A cursor remembers the last offset found, so quoting the sentences in text order walks the
/// text once; an offset before the cursor starts the walk again from the beginning.
struct OriginalQuotes {
    private let bytes: [UInt8]
    /// The scalar offset at byte offset `byte` (the start of a scalar, or the end).
    private var scalar = 0
    private var byte = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The byte offset where scalar offset `s` starts; the end of the text for an offset past it.
    mutating func byteOffset(ofScalar s: Int) -> Int {
        if s < scalar { scalar = 0; byte = 0 }
        while scalar < s && byte < bytes.count {
            byte += 1
            // Continuation bytes (10xxxxxx) belong to the scalar before them.
            while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            scalar += 1
        }
        return byte
    }

    /// The original scalars `range` (clamped to the text) as a string; empty for an empty range.
    mutating func quote(_ range: Range<Int>) -> String {
        let a = byteOffset(ofScalar: range.lowerBound)
        let b = max(a, byteOffset(ofScalar: range.upperBound))
        return String(decoding: bytes[a..<b], as: UTF8.self)
    }
}
