/// Quoting for the DOT language: the one escaping step of the DOT format.
///
/// Graphviz, "The DOT Language" (https://graphviz.org/doc/info/lang.html): an ID may be "any
/// double-quoted string ("...") possibly containing escaped quotes (\")"; a backslash before a
/// newline continues the line. Label strings are then read as `escString`
/// (https://graphviz.org/docs/attr-types/escString/): `\\` is one backslash, `\n` a centred line
/// break, `\N`, `\G`, `\l`, `\r` … are directives; and HTML-style entities such as `&amp;` are
/// decoded (https://graphviz.org/docs/attrs/label/, charset). Every id and label is therefore quoted.
enum DOTString {
    /// `text` as a quoted DOT string that Graphviz shows literally:
    /// 1. characters that are not XML 1.0 `Char`s (so SVG output stays well formed) and control
    ///    characters (C0 other than TAB, LF, CR; DEL; C1) are removed; TAB becomes a space;
    /// 2. `\` becomes `\\` (first, so later escapes are not doubled);
    /// 3. `"` becomes `\"`;
    /// 4. LF becomes `\n`, CR is dropped (CRLF counts as one line break);
    /// 5. `&` becomes `&amp;`, so entity-like text is not decoded.
    static func quoted(_ text: String) -> String {
        NTriplesText.rendered { try appendQuoted(text, to: $0) }
    }

    /// True when `appendQuoted` copies `byte` as it is wherever it stands: not one of the bytes
    /// it replaces, drops or looks at with the bytes after it (`C2`, `EF`).
    static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "&"), 0..<0x20, 0x7F, 0xC2, 0xEF: return false
        default: return true
        }
    }

    /// `quoted(text)` appended to `out`, over the UTF-8 bytes: the runs between special bytes are
    /// copied in one go. DEL is `7F`, the C1 controls `C2 80`…`C2 9F`, U+FFFE and U+FFFF
    /// `EF BF BE` and `EF BF BF`.
    static func appendQuoted(_ text: String, to out: OutputBuffer) throws {
        try out.append(UInt8(ascii: "\""))
        var text = text
        try text.withUTF8 { bytes in
            var run = 0, index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let replacement: StaticString
                var skip = 1
                switch byte {
                case UInt8(ascii: "\\"): replacement = "\\\\"
                case UInt8(ascii: "\""): replacement = "\\\""
                case 0x0A: replacement = "\\n"
                case 0x0D: replacement = ""
                case 0x09: replacement = " "
                case UInt8(ascii: "&"): replacement = "&amp;"
                case 0..<0x20, 0x7F: replacement = ""
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    replacement = ""
                    skip = 2
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    replacement = ""
                    skip = 3
                default:
                    index += 1
                    continue
                }
                try out.append(bytes, from: run, to: index)
                if replacement.utf8CodeUnitCount > 0 {
                    try out.append(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                }
                index += skip
                run = index
            }
            try out.append(bytes, from: run, to: count)
        }
        try out.append(UInt8(ascii: "\""))
    }
}
