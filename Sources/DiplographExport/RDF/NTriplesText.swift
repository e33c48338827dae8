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
        rendered { try appendString(value, to: $0) }
    }

    /// `string(value)` appended to `out`, escaped over the UTF-8 bytes: the runs between special
    /// bytes are copied in one go. C1 controls are `C2 80`…`C2 9F` in UTF-8, U+FFFE and U+FFFF
    /// `EF BF BE` and `EF BF BF`.
    static func appendString(_ value: String, to out: OutputBuffer) throws {
        try out.append(UInt8(ascii: "\""))
        var value = value
        try value.withUTF8 { bytes in
            var run = 0, index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let escape: StaticString
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0..<0x20, 0x7F:
                    try out.append(bytes, from: run, to: index)
                    try appendUCHAR(UInt32(byte), to: out)
                    index += 1
                    run = index
                    continue
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    try out.append(bytes, from: run, to: index)
                    try appendUCHAR(UInt32(bytes[index + 1]), to: out)
                    index += 2
                    run = index
                    continue
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    try out.append(bytes, from: run, to: index)
                    try appendUCHAR(0xFFFE + UInt32(bytes[index + 2] - 0xBE), to: out)
                    index += 3
                    run = index
                    continue
                default:
                    index += 1
                    continue
                }
                try out.append(bytes, from: run, to: index)
                try out.append(UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                index += 1
                run = index
            }
            try out.append(bytes, from: run, to: count)
        }
        try out.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX`, upper-case hex.
    private static func appendUCHAR(_ value: UInt32, to out: OutputBuffer) throws {
        try out.append(UInt8(ascii: "\\"))
        try out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) { try out.append(hexDigit(UInt8((value >> UInt32(shift)) & 0xF))) }
    }

    /// `iri` as `<…>`: the characters IRIREF forbids (controls and space, `<>"{}|^`\`) are
    /// percent-encoded as UTF-8 bytes (RFC 3987 §3.1), as `IRI` does when minting; the IRIs of the
    /// export are already free of them, so this only guards against a bad vocabulary or base.
    static func iri(_ iri: String) -> String {
        rendered { try appendIRI(iri, to: $0) }
    }

    /// `iri(iri)` appended to `out`. Every forbidden character is ASCII, so the bytes are checked
    /// one by one and the bytes of other characters copied as they are.
    static func appendIRI(_ iri: String, to out: OutputBuffer) throws {
        try out.append(UInt8(ascii: "<"))
        var iri = iri
        try iri.withUTF8 { bytes in
            var run = 0
            for index in 0..<bytes.count where isForbiddenInIRI(bytes[index]) {
                try out.append(bytes, from: run, to: index)
                try out.append(UInt8(ascii: "%"))
                try out.append(hexDigit(bytes[index] >> 4))
                try out.append(hexDigit(bytes[index] & 0xF))
                run = index + 1
            }
            try out.append(bytes, from: run, to: bytes.count)
        }
        try out.append(UInt8(ascii: ">"))
    }

    private static func isForbiddenInIRI(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }

    /// The text `body` appends, as a `String`.
    static func rendered(_ body: (OutputBuffer) throws -> Void) -> String {
        let sink = MemorySink()
        let out = OutputBuffer(sink)
        // A memory sink never fails and the bodies throw only for the sink.
        do {
            try body(out)
            try out.finish()
        } catch {
            return ""
        }
        return String(decoding: sink.bytes, as: UTF8.self)
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

    /// `literal(…)` appended to `out`, the datatype written by `name`.
    static func appendLiteral(_ value: String, language: String?, datatype: String?, to out: OutputBuffer,
                              name: (String, OutputBuffer) throws -> Void) throws {
        if let language, !isLanguageTag(language) {
            throw ExportError(call: "NTriplesText.literal", message: "'\(language)' is not a language tag (LANGTAG)")
        }
        try appendString(value, to: out)
        if let language {
            try out.append(UInt8(ascii: "@"))
            try out.append(language)
        } else if let datatype {
            try out.append(UInt8(ascii: "^"))
            try out.append(UInt8(ascii: "^"))
            try name(datatype, out)
        }
    }

    /// True for a LANGTAG body: ASCII letters, then `-` groups of ASCII letters and digits.
    static func isLanguageTag(_ tag: String) -> Bool {
        var groupLength = 0, firstGroup = true
        for byte in tag.utf8 {
            if byte == UInt8(ascii: "-") {
                if groupLength == 0 { return false }
                groupLength = 0
                firstGroup = false
            } else if isASCIILetter(byte) || (!firstGroup && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)) {
                groupLength += 1
            } else {
                return false
            }
        }
        return groupLength > 0
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
