/// Scalar-for-scalar folding applied before matching: typographic quotes and dashes to ASCII,
/// tabs and unusual spaces to a plain space, every kind of line end to `\n`, and the old Vietnamese
/// tone-mark placement (`hoà`, `Thuỵ`) to the new one (`hòa`, `Thụy`). Every rule keeps the number
/// of scalars, so offsets survive. (What changes the number — dropped invisible scalars, runs of
/// spaces, CR LF, NFC — is `NormalizedText`'s.)
enum TextFolding {
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x09, 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return "\n"
        case 0x2026: return "."
        default: return s
        }
    }

    /// True for the scalars `fold` surely leaves as they are (printable ASCII, and U+00C0–U+1FFF but
    /// for U+1680), which are nearly all of a Vietnamese text; false says nothing.
    @inline(__always)
    static func isUnchanged(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x20 && v < 0x7F) || (v >= 0xC0 && v < 0x2000 && v != 0x1680)
    }

    /// Marked `a`/`e` after `o` and marked `y` after `u` (old style) move the mark to the first
    /// vowel when no letter follows: `oà` → `òa`, `uý` → `úy` (but not after `q`: `quý` stays).
    static func unifyToneMarks(_ text: inout [Unicode.Scalar]) {
        let n = text.count
        var i = 1
        while i < n {
            let cur = text[i]
            // Most scalars are no marked vowel, and most marked vowels follow no `o` or `u` or
            // have a letter after them: range and value tests before the table look-ups.
            if TextFolding.mayBeMarked(cur), TextFolding.isOorU(text[i - 1]),
               !(i + 1 < n && text[i + 1].isLetter), let (base, tone) = marked[cur] {
                let prev = text[i - 1]
                if let prevBase = plain[prev] {
                    let ok: Bool
                    switch (prevBase.lowercased, base.lowercased) {
                    case ("o", "a"), ("o", "e"): ok = true
                    case ("u", "y"): ok = !(i >= 2 && (text[i - 2] == "q" || text[i - 2] == "Q"))
                    default: ok = false
                    }
                    if ok, let newPrev = toned[prevBase]?[tone] {
                        text[i - 1] = newPrev
                        text[i] = base
                    }
                }
            }
            i += 1
        }
    }

    /// False for every scalar that is not a marked `a`, `e`, `y`, `o` or `u` (all of which are
    /// Latin-1 letters or Vietnamese letters of U+1EA0–U+1EF9).
    @inline(__always)
    static func mayBeMarked(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0xC0 && v <= 0xFF) || (v >= 0x1EA0 && v <= 0x1EF9)
    }

    /// True for exactly the keys of `plain`: `o`, `O`, `u`, `U`.
    @inline(__always)
    static func isOorU(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x6F || v == 0x4F || v == 0x75 || v == 0x55
    }

    // Tone order: huyền, sắc, hỏi, ngã, nặng.
    private static let table: [(Unicode.Scalar, String)] = [
        ("a", "àáảãạ"), ("e", "èéẻẽẹ"), ("y", "ỳýỷỹỵ"), ("o", "òóỏõọ"), ("u", "ùúủũụ"),
        ("A", "ÀÁẢÃẠ"), ("E", "ÈÉẺẼẸ"), ("Y", "ỲÝỶỸỴ"), ("O", "ÒÓỎÕỌ"), ("U", "ÙÚỦŨỤ"),
    ]
    private static let marked: [Unicode.Scalar: (Unicode.Scalar, Int)] = {
        var m: [Unicode.Scalar: (Unicode.Scalar, Int)] = [:]
        for (base, forms) in table { for (i, s) in forms.unicodeScalars.enumerated() { m[s] = (base, i) } }
        return m
    }()
    private static let toned: [Unicode.Scalar: [Unicode.Scalar]] = {
        var m: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for (base, forms) in table { m[base] = Array(forms.unicodeScalars) }
        return m
    }()
    private static let plain: [Unicode.Scalar: Unicode.Scalar] = ["o": "o", "O": "O", "u": "u", "U": "U"]
}

extension Unicode.Scalar {
    var lowercased: String { String(self).lowercased() }
    /// A letter or digit: part of a word for boundary purposes.
    var isWordScalar: Bool { ScalarClass.flags(self) & (ScalarClass.alphabetic | ScalarClass.digit | ScalarClass.combining) != 0 }
    var isUppercaseLetter: Bool { isUpper }
}
