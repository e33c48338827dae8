/// Cleaning of text before it reaches libxml2's writer: the one escaping step of the XML formats.
///
/// XML 1.0 (Fifth Edition) §2.2, production [2]:
/// `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
/// Characters outside that set cannot appear in a well-formed document, not even as character
/// references. `xmlTextWriter` writes them raw and reports success (see platform-notes.md), so they
/// are removed here. Markup characters (`<`, `&`, `"`, `>`) are left alone: the writer escapes them,
/// and in attribute values it also writes TAB, LF and CR as character references so they survive
/// attribute-value normalisation (§3.3.3).
enum XMLText {
    /// Returns `text` without the characters XML 1.0 forbids (C0 controls other than TAB, LF and CR,
    /// U+FFFE and U+FFFF). Everything else, including NFD sequences and right-to-left text, is kept
    /// exactly.
    static func clean(_ text: String) -> String {
        if !hasForbiddenBytes(text) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { out.append(scalar) }
        return String(out)
    }

    /// True when `scalar` matches XML 1.0's `Char` production.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF: return true
        case 0xE000...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// True when the UTF-8 of `text` holds a character `Char` forbids, looked for in the bytes: a
    /// C0 control other than TAB, LF and CR is a byte below 0x20, and U+FFFE and U+FFFF are
    /// `EF BF BE` and `EF BF BF` (a string's UTF-8 is valid, and no other character's encoding
    /// holds those sequences; surrogates cannot occur in a `String`).
    static func hasForbiddenBytes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { hasForbiddenBytes($0) }
    }

    /// `hasForbiddenBytes` over valid UTF-8 bytes.
    static func hasForbiddenBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x9 && byte != 0xA && byte != 0xD { return true }
            } else if byte == 0xEF && index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                return true
            }
            index += 1
        }
        return false
    }
}
