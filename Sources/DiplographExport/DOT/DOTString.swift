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
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": continue
            case "\t": out += " "
            case "&": out += "&amp;"
            default:
                if isShown(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
        return out
    }

    /// False for control characters and for what XML 1.0 forbids (U+FFFE, U+FFFF).
    private static func isShown(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        return XMLText.isAllowed(scalar)
    }
}
