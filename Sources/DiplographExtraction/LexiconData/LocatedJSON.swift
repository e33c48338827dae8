import Foundation

/// A JSON value of a lexicon file with the line it starts on, so that faults name exact lines.
struct LocatedJSON: Sendable {
    enum Value: Sendable {
        /// The members in file order, repeated keys included.
        case object([Member])
        case array([LocatedJSON])
        case string(String)
        /// The number as written.
        case number(String)
        case bool(Bool)
        case null
    }

    /// A key of an object, the line the key is on, and its value.
    struct Member: Sendable {
        let key: String
        let line: Int
        let value: LocatedJSON
    }

    let value: Value
    /// 1-based line of the value's first character.
    let line: Int

    /// Reads a whole JSON document; a syntax fault names its line.
    static func parse(_ data: Data) throws -> LocatedJSON {
        var parser = LocatedJSONParser(bytes: Array(data))
        return try parser.document()
    }

    /// The line of the value a decoding error's coding path names, or of the deepest value on the
    /// path that exists (the object that lacks a key).
    func line(at codingPath: [CodingKey]) -> Int {
        var node = self
        for key in codingPath {
            if let i = key.intValue, case .array(let items) = node.value, items.indices.contains(i) {
                node = items[i]
            } else if case .object(let members) = node.value, let m = members.first(where: { $0.key == key.stringValue }) {
                node = m.value
            } else {
                break
            }
        }
        return node.line
    }
}

/// A JSON syntax fault and the line it is on.
struct JSONSyntaxFault: Error, Sendable {
    let line: Int
    let message: String
}

/// A strict JSON reader (RFC 8259) that counts lines; nesting is capped so that hostile input
/// cannot exhaust the stack.
private struct LocatedJSONParser {
    let bytes: [UInt8]
    var at = 0
    var line = 1
    static let maxDepth = 200

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
    }

    mutating func document() throws -> LocatedJSON {
        let v = try value(depth: 0)
        skipSpace()
        guard at == bytes.count else { throw fault("unexpected text after the JSON value") }
        return v
    }

    private mutating func value(depth: Int) throws -> LocatedJSON {
        skipSpace()
        guard depth < Self.maxDepth else { throw fault("nested more than \(Self.maxDepth) levels deep") }
        guard let b = peek else { throw fault("unexpected end of file") }
        let start = line
        switch b {
        case UInt8(ascii: "{"): return LocatedJSON(value: .object(try object(depth)), line: start)
        case UInt8(ascii: "["): return LocatedJSON(value: .array(try array(depth)), line: start)
        case UInt8(ascii: "\""): return LocatedJSON(value: .string(try string()), line: start)
        case UInt8(ascii: "t"): try literal("true"); return LocatedJSON(value: .bool(true), line: start)
        case UInt8(ascii: "f"): try literal("false"); return LocatedJSON(value: .bool(false), line: start)
        case UInt8(ascii: "n"): try literal("null"); return LocatedJSON(value: .null, line: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return LocatedJSON(value: .number(try number()), line: start)
        default: throw fault("unexpected character '\(Self.show(b))'")
        }
    }

    private mutating func object(_ depth: Int) throws -> [LocatedJSON.Member] {
        at += 1
        var members: [LocatedJSON.Member] = []
        skipSpace()
        if peek == UInt8(ascii: "}") { at += 1; return members }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw fault("expected a key in double quotes") }
            let keyLine = line
            let key = try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw fault("expected ':' after the key '\(key)'") }
            at += 1
            members.append(LocatedJSON.Member(key: key, line: keyLine, value: try value(depth: depth + 1)))
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): at += 1
            case UInt8(ascii: "}"): at += 1; return members
            default: throw fault("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func array(_ depth: Int) throws -> [LocatedJSON] {
        at += 1
        var items: [LocatedJSON] = []
        skipSpace()
        if peek == UInt8(ascii: "]") { at += 1; return items }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): at += 1
            case UInt8(ascii: "]"): at += 1; return items
            default: throw fault("expected ',' or ']' in a list")
            }
        }
    }

    private mutating func string() throws -> String {
        at += 1
        var out: [UInt8] = []
        while true {
            guard let b = peek else { throw fault("unterminated string") }
            at += 1
            switch b {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"): try escape(into: &out)
            case 0..<0x20: throw fault("control character U+\(String(b, radix: 16, uppercase: true)) in a string")
            default: out.append(b)
            }
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws {
        guard let b = peek else { throw fault("unterminated string") }
        at += 1
        let simple: [UInt8: UInt8] = [UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
                                      UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
                                      UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09]
        if let c = simple[b] { out.append(c); return }
        guard b == UInt8(ascii: "u") else { throw fault("unknown escape '\\\(Self.show(b))'") }
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
            guard bytes[at...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else { throw fault("lone UTF-16 surrogate in a \\u escape") }
            at += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw fault("lone UTF-16 surrogate in a \\u escape") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw fault("lone UTF-16 surrogate in a \\u escape") }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func hex4() throws -> UInt32 {
        guard at + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16),
              bytes[at..<at + 4].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") }) else {
            throw fault("a \\u escape needs four hex digits")
        }
        at += 4
        return v
    }

    private mutating func number() throws -> String {
        let start = at
        if peek == UInt8(ascii: "-") { at += 1 }
        if peek == UInt8(ascii: "0") {
            at += 1
        } else {
            guard digits() > 0 else { throw fault("invalid number") }
        }
        if peek == UInt8(ascii: ".") {
            at += 1
            guard digits() > 0 else { throw fault("invalid number") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            at += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { at += 1 }
            guard digits() > 0 else { throw fault("invalid number") }
        }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    private mutating func digits() -> Int {
        let start = at
        while let b = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) { at += 1 }
        return at - start
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard bytes[at...].starts(with: w) else { throw fault("unexpected word; expected '\(word)'") }
        at += w.count
    }

    private mutating func skipSpace() {
        while let b = peek {
            switch b {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            at += 1
        }
    }

    private var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

    private func fault(_ message: String) -> JSONSyntaxFault { JSONSyntaxFault(line: line, message: message) }

    private static func show(_ b: UInt8) -> String {
        b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "\\u{\(String(b, radix: 16, uppercase: true))}"
    }
}
