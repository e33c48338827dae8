/// Character classes of Unicode scalars from a table for the first 8,192 code points (ASCII, Latin,
/// Vietnamese letters in U+1EA0–U+1EF9, combining marks, general punctuation), falling back to the
/// Unicode property look-ups for the rest. The tokenizer, sentence splitter and boilerplate filter
/// ask these questions for every scalar of every article; `Unicode.Scalar.Properties` answers them
/// through a binary search in the standard library's tables, which the profile showed as the
/// single most expensive function of an export.
enum ScalarClass {
    static let whitespace: UInt8 = 1
    static let alphabetic: UInt8 = 2
    static let uppercase: UInt8 = 4
    static let digit: UInt8 = 8
    static let combining: UInt8 = 16

    static let tableSize = 0x2000
    /// The same answers as the Unicode properties, precomputed (checked for every entry by a test).
    static let table: [UInt8] = (0..<tableSize).map { v in
        guard let s = Unicode.Scalar(UInt32(v)) else { return 0 }
        return compute(s)
    }

    static func compute(_ s: Unicode.Scalar) -> UInt8 {
        var flags: UInt8 = 0
        let p = s.properties
        if p.isWhitespace { flags |= whitespace }
        if p.isAlphabetic { flags |= alphabetic }
        if p.isUppercase { flags |= uppercase }
        if ("0"..."9").contains(s) { flags |= digit }
        if NormalizedText.isCombiningMark(s) { flags |= combining }
        return flags
    }

    @inline(__always)
    static func flags(_ s: Unicode.Scalar) -> UInt8 {
        let v = Int(s.value)
        return v < tableSize ? table.withUnsafeBufferPointer { $0[v] } : compute(s)
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, fast.
    var isSpace: Bool { ScalarClass.flags(self) & ScalarClass.whitespace != 0 }
    /// `properties.isAlphabetic`, fast.
    var isLetter: Bool { ScalarClass.flags(self) & ScalarClass.alphabetic != 0 }
    /// `properties.isUppercase`, fast.
    var isUpper: Bool { ScalarClass.flags(self) & ScalarClass.uppercase != 0 }
}
