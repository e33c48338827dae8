/// Text made safe to print on a terminal: characters a terminal would act on instead of showing
/// (escape sequences that set the window title or clear the screen start with ESC, a C0 control;
/// C1 controls such as CSI act alone on some terminals) are written as visible escapes.
///
/// Two strengths: `body` for article text (`explain`'s sentences), which keeps line feeds and
/// tabs; `line` for one-line messages with file names and values from the input (warnings,
/// headings), which also escapes line breaks and tabs, so a message stays one line, and the
/// Unicode bidirectional controls, which could make a name read differently from what it is.
enum TerminalText {
    /// Article text: C0 controls but line feed and tab, DEL and C1 controls escaped.
    static func body(_ text: String) -> String { escaped(text, keepingLayout: true) }

    /// A one-line message: every control character and bidi control escaped.
    static func line(_ text: String) -> String { escaped(text, keepingLayout: false) }

    private static func escaped(_ text: String, keepingLayout: Bool) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLayout: keepingLayout) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLayout: keepingLayout) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingLayout: Bool) -> Bool {
        let v = scalar.value
        if v < 0x20 { return !(keepingLayout && (v == 0x0A || v == 0x09)) }
        if v >= 0x7F && v <= 0x9F { return true }
        if !keepingLayout && isBidiControl(v) { return true }
        return false
    }

    /// U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069 (Unicode's Bidi_Control property).
    static func isBidiControl(_ v: UInt32) -> Bool {
        v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// `\n`, `\t`, `\r`, `\e` for the common ones; `\xHH` for other C0 and DEL; `\u{HHHH}` above.
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case let v where v < 0x80: return "\\x" + hex(v, width: 2)
        case let v: return "\\u{" + hex(v, width: 4) + "}"
        }
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
