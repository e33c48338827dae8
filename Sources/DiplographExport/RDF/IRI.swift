/// Minting IRIs for node resources: percent-encoding where RFC 3987 does not allow a character.
enum IRI {
    /// `base` followed by `id`, each percent-encoded where needed.
    static func resource(base: String, id: String) -> String {
        encodeBase(base) + encodeSegment(id)
    }

    /// True when `iri` starts with a scheme (`https:`), so it is absolute and not resolved against
    /// the document's location (RFC 3986 §3.1).
    static func hasScheme(_ iri: String) -> Bool {
        guard let colon = iri.firstIndex(of: ":"), colon != iri.startIndex else { return false }
        let scheme = iri[..<colon].unicodeScalars
        guard let first = scheme.first, isASCIILetter(first) else { return false }
        return scheme.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// Encodes a path segment made from data (a node id, a Wikidata id): everything but RFC 3987
    /// `iunreserved` (ALPHA DIGIT `-._~` and `ucschar`) is percent-encoded, so `#`, `/`, `%`,
    /// spaces, `<>"{}|\^\``, controls and non-characters cannot change the IRI's structure.
    static func encodeSegment(_ text: String) -> String {
        // Node ids are mostly ASCII names: nothing to encode, the text is the segment.
        // (Over the contiguous bytes where the string has them: no index stepping per byte.)
        let plain = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isUnreservedASCII) }
        if plain ?? text.utf8.allSatisfy(isUnreservedASCII) { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnreserved(scalar) { out.unicodeScalars.append(scalar) } else { out += percentEncoded(scalar) }
        }
        return out
    }

    /// Encodes a base IRI given by the user: keeps its structure (`:/?@`, sub-delimiters, valid
    /// `%XX` escapes and the first `#`) and encodes what no IRI may hold: spaces, `<>"{}|\^\``,
    /// `[` `]`, controls, a second `#`, a lone `%`, and characters outside `ucschar`.
    static func encodeBase(_ text: String) -> String {
        // An ASCII base of allowed characters with no `%` and at most one `#` stays as it is.
        var hashes = 0
        if text.utf8.allSatisfy({ byte in
            if byte == UInt8(ascii: "#") { hashes += 1; return hashes == 1 }
            return isUnreservedASCII(byte) || isBaseDelimiter(byte)
        }) { return text }
        var out = ""
        var seenHash = false
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "#" && !seenHash {
                seenHash = true
                out.unicodeScalars.append(scalar)
            } else if scalar == "%" && index + 2 < scalars.count && isHex(scalars[index + 1]) && isHex(scalars[index + 2]) {
                out.unicodeScalars.append(scalar)
            } else if isUnreserved(scalar) || "!$&'()*+,;=:/?@".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += percentEncoded(scalar)
            }
        }
        return out
    }

    /// RFC 3987 `iunreserved`: ALPHA / DIGIT / "-" / "." / "_" / "~" / ucschar.
    static func isUnreserved(_ s: Unicode.Scalar) -> Bool {
        if isASCIILetter(s) || ("0"..."9").contains(s) || s == "-" || s == "." || s == "_" || s == "~" { return true }
        let v = s.value
        // ucschar, without the non-characters at the end of each plane (U+xFFFE, U+xFFFF).
        let inRange = (0xA0...0xD7FF).contains(v) || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFEF).contains(v)
            || (0x10000...0xEFFFD).contains(v)
        return inRange && (v & 0xFFFE) != 0xFFFE
    }

    /// ALPHA / DIGIT / "-" / "." / "_" / "~" as one UTF-8 byte.
    private static func isUnreservedASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// The delimiters `encodeBase` keeps: `!$&'()*+,;=:/?@`.
    private static func isBaseDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"),
             UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "@"):
            return true
        default:
            return false
        }
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }

    private static func isHex(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || ("a"..."f").contains(s) || ("A"..."F").contains(s)
    }

    /// `%XX` for each UTF-8 byte of `scalar`, upper-case hex (RFC 3986 §2.1).
    private static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
        var out = ""
        for byte in String(scalar).utf8 {
            let hex = String(byte, radix: 16, uppercase: true)
            out += "%" + (hex.count == 1 ? "0" + hex : hex)
        }
        return out
    }
}
