import Foundation

/// The few string operations of Python's `str` and `unicodedata` that the project's Python scorers
/// (scripts/eval_sentences.py, ../shared/eval/score.py) use, reproduced so that the Swift ports of
/// those scorers compare names exactly as they do: code point by code point, with Python's idea of
/// white space, upper case and case folding.
enum PythonText {
    /// Python's `str.isspace()` for one code point: bidirectional class WS, B or S, or category Zs.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `s.strip()`.
    static func strip(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi && isSpace(scalars[lo]) { lo += 1 }
        while hi > lo && isSpace(scalars[hi - 1]) { hi -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }

    /// `s.split()`: runs of white space separate, none kept, no empty parts.
    static func splitOnSpace(_ s: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if isSpace(scalar) {
                if !current.isEmpty { parts.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }

    /// `len(s) == n`, counting code points as Python does.
    static func length(_ s: String) -> Int { s.unicodeScalars.count }

    /// `s.isupper()`: at least one cased code point, and none lower case or title case.
    static func isUpper(_ s: String) -> Bool {
        var cased = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isLowercase || scalar.properties.generalCategory == .titlecaseLetter { return false }
            if scalar.properties.isUppercase { cased = true }
        }
        return cased
    }

    /// `a == b` in Python: the same code points (Swift's `==` also equates canonically equivalent text).
    static func same(_ a: String, _ b: String) -> Bool { a.unicodeScalars.elementsEqual(b.unicodeScalars) }

    /// Python's ordering of strings: by code point.
    static func less(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }

    /// Code points whose case folding (`str.casefold()`) is not their full lower-case mapping.
    /// Vietnamese and the Latin names of the fixtures never use them; they are here so that the
    /// port stays faithful on odd input.
    private static let foldingExceptions: [UInt32: String] = [
        0x00B5: "\u{03BC}", 0x00DF: "ss", 0x0149: "\u{02BC}n", 0x017F: "s", 0x01F0: "j\u{030C}",
        0x0345: "\u{03B9}", 0x0390: "\u{03B9}\u{0308}\u{0301}", 0x03B0: "\u{03C5}\u{0308}\u{0301}",
        0x03C2: "\u{03C3}", 0x03D0: "\u{03B2}", 0x03D1: "\u{03B8}", 0x03D5: "\u{03C6}", 0x03D6: "\u{03C0}",
        0x03F0: "\u{03BA}", 0x03F1: "\u{03C1}", 0x03F5: "\u{03B5}", 0x1E96: "h\u{0331}", 0x1E97: "t\u{0308}",
        0x1E98: "w\u{030A}", 0x1E99: "y\u{030A}", 0x1E9A: "a\u{02BE}", 0x1E9B: "\u{1E61}", 0x1E9E: "ss",
        0x1FBE: "\u{03B9}", 0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
        0xFB05: "st", 0xFB06: "st",
    ]

    /// `s.casefold()`.
    static func casefold(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if let folded = foldingExceptions[scalar.value] {
                out.unicodeScalars.append(contentsOf: folded.unicodeScalars)
            } else if (0x13F8...0x13FD).contains(scalar.value) || (0xAB70...0xABBF).contains(scalar.value) {
                // Cherokee folds to upper case.
                out.unicodeScalars.append(contentsOf: scalar.properties.uppercaseMapping.unicodeScalars)
            } else {
                out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    /// `unicodedata.normalize("NFD", s)` / `("NFC", s)`.
    static func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }
    static func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

    /// True for code points of category Mn (non-spacing marks).
    static func isNonspacingMark(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory == .nonspacingMark }

    /// `"|".join`'s inverse as Python's `s.split("|")`: empty parts kept.
    static func splitBars(_ s: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar == "|" { parts.append(String(current)); current = String.UnicodeScalarView() } else { current.append(scalar) }
        }
        parts.append(String(current))
        return parts
    }

    /// `repr(s)` of a str, for messages worded as the Python scorers word them.
    static func repr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for ch in s {
            if ch == "\\" || ch == quote { out.append("\\") }
            if ch == "\n" { out += "\\n"; continue }
            out.append(ch)
        }
        out.append(quote)
        return out
    }

    /// `repr(list_of_str)`, e.g. `['US', 'RU']`.
    static func repr(_ list: [String]) -> String { "[" + list.map(repr).joined(separator: ", ") + "]" }
}
