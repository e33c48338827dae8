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
    /// Space, tab, no-break space and the other Unicode spaces within a line.
    static let horizontalSpace: UInt8 = 32
    /// LF, CR, VT, FF, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    static let lineEnd: UInt8 = 64
    /// Invisible inside words and dropped by normalisation: zero-width space, joiner and
    /// non-joiner, word joiner, soft hyphen, byte-order mark, direction marks and embeddings.
    static let ignorable: UInt8 = 128
    /// The flags normalisation looks at, none of which needs the Unicode property tables.
    static let layout: UInt8 = combining | horizontalSpace | lineEnd | ignorable

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
        return flags | computeLayout(s)
    }

    /// The `layout` flags of a scalar, from code point ranges alone.
    static func computeLayout(_ s: Unicode.Scalar) -> UInt8 {
        if NormalizedText.isCombiningMark(s) { return combining }
        switch s.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return horizontalSpace
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return lineEnd
        case 0xAD, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return ignorable
        default: return 0
        }
    }

    @inline(__always)
    static func flags(_ s: Unicode.Scalar) -> UInt8 {
        let v = Int(s.value)
        return v < tableSize ? table.withUnsafeBufferPointer { $0[v] } : compute(s)
    }

    /// `flags(s) & layout`, without the property look-ups past the table.
    @inline(__always)
    static func layoutFlags(_ s: Unicode.Scalar) -> UInt8 {
        let v = Int(s.value)
        return v < tableSize ? table.withUnsafeBufferPointer { $0[v] } & layout : computeLayout(s)
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
