/// Writing RDF terms in N-Triples syntax: the one escaping step of the N-Triples format, and of
/// Turtle, whose string and IRI productions are the same (every N-Triples term is a Turtle term).
///
/// W3C RDF 1.1 N-Triples §7 grammar (Turtle §6.5 has the same productions under other numbers):
/// - `[8] IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'`
/// - `[9] STRING_LITERAL_QUOTE ::= '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'`
/// - `[153s] ECHAR ::= '\' [tbnrf"'\]`, `[10] UCHAR ::= '\u' HEX HEX HEX HEX | '\U' HEX{8}`
/// - `[144s] LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`
enum NTriplesText {
    /// `value` as a `"…"` string literal:
    /// 1. `"` and `\` become `\"` and `\\` (ECHAR), LF and CR `\n` and `\r` (they may not appear raw);
    /// 2. TAB, BACKSPACE and FORM FEED become `\t`, `\b`, `\f` (ECHAR), so lines stay readable;
    /// 3. every other control character (C0, DEL, C1) and the non-characters U+FFFE, U+FFFF become
    ///    `\uXXXX` (UCHAR, upper-case hex as in the canonical form, N-Triples §4);
    /// 4. everything else, including `'`, NFD sequences and right-to-left text, is written as is.
    static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF {
                    out += "\\u" + hex(v, digits: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// `iri` as `<…>`: the characters IRIREF forbids (controls and space, `<>"{}|^`\`) are
    /// percent-encoded as UTF-8 bytes (RFC 3987 §3.1), as `IRI` does when minting; the IRIs of the
    /// export are already free of them, so this only guards against a bad vocabulary or base.
    static func iri(_ iri: String) -> String {
        var out = "<"
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 { out += "%" + hex(UInt32(byte), digits: 2) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    /// A literal with its language tag (`"…"@vi`) or datatype (`"…"^^<…>`); `datatype` is written
    /// with `name` (a full IRI in N-Triples, a prefixed name where Turtle can). Throws when the
    /// language tag does not match LANGTAG.
    static func literal(_ value: String, language: String?, datatype: String?, name: (String) -> String = iri) throws -> String {
        if let language {
            guard isLanguageTag(language) else {
                throw ExportError(call: "NTriplesText.literal", message: "'\(language)' is not a language tag (LANGTAG)")
            }
            return string(value) + "@" + language
        }
        if let datatype { return string(value) + "^^" + name(datatype) }
        return string(value)
    }

    /// True for a LANGTAG body: ASCII letters, then `-` groups of ASCII letters and digits.
    static func isLanguageTag(_ tag: String) -> Bool {
        let groups = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.unicodeScalars.allSatisfy(isASCIILetter) else { return false }
        return groups.dropFirst().allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) } }
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }

    /// `v` in upper-case hexadecimal, zero-padded to `digits`.
    private static func hex(_ v: UInt32, digits: Int) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
