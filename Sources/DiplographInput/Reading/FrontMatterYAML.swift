/// The part of YAML that front matter is read in: one `key: value` per line, where a value is a
/// scalar on that line (plain, 'single-' or "double-quoted"), a flow list of scalars (`[a, b]`), or
/// nothing followed by `- item` lines. Comment and blank lines are skipped.
///
/// Everything else YAML allows is refused by name, with its line: anchors (`&`), aliases (`*`),
/// tags (`!`), complex keys (`?`, `[a]: b`, `{a: b}: c`), nested mappings, multi-line and block
/// scalars (`|`, `>`), directives (`%`) and repeated keys. Each accepted document means the same
/// here as in YAML; the reader never expands anything, so time and memory follow the text.
struct FrontMatterYAML {
    /// One value of the block.
    enum Value: Equatable {
        /// A scalar as written (quotes removed and escapes decoded; a plain scalar as it stands).
        case scalar(String)
        case list([String])
    }

    /// A line the subset does not read, with the reason.
    struct Fault: Error, Equatable {
        /// 1-based line of the file.
        let line: Int
        let reason: String
    }

    /// Keys in the order written, with their values and the file line of the key.
    private(set) var entries: [(key: String, value: Value, line: Int)] = []

    /// The value of `key`, if written.
    subscript(key: String) -> (value: Value, line: Int)? {
        entries.first { $0.key == key }.map { ($0.value, $0.line) }
    }

    /// Reads the lines between the fences (without their line feeds; a final CR is ignored), the
    /// first of them being line `firstLine` of the file.
    init<Lines: Collection>(lines: Lines, firstLine: Int) throws(Fault) where Lines.Element == Substring {
        var number = firstLine - 1
        var open: (key: String, line: Int, items: [String], indent: Int?)?
        var seen: [String: Int] = [:]
        for raw in lines {
            number += 1
            var line = raw
            if line.last == "\r" { line = line.dropLast() }
            let body = line.drop { $0 == " " }
            // (Counted in bytes where every scalar is a character of its own: the spaces dropped.)
            let indent = Self.isSimple(line) ? line.utf8.count - body.utf8.count : line.count - body.count
            if body.isEmpty || body.first == "#" || body.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            if body.first == "\t" {
                throw Fault(line: number, reason: "a tab indents the line; YAML indents with spaces")
            }
            // `- item` lines of the key just opened.
            if body.first == "-", body.count == 1 || body.dropFirst().first == " " || body.dropFirst().first == "\t" {
                guard var list = open else {
                    throw Fault(line: number, reason: "a list item ('- …') outside a list; front matter must be a mapping of keys to values")
                }
                if let expected = list.indent, expected != indent {
                    throw Fault(line: number, reason: "list items of '\(list.key)' are indented differently; nested lists are not read")
                }
                list.indent = indent
                let item = try Self.scalar(body.dropFirst().drop { $0 == " " || $0 == "\t" }, line: number)
                list.items.append(item)
                open = list
                continue
            }
            if indent > 0 {
                let owner = open?.key ?? entries.last?.key
                throw Fault(line: number, reason: owner.map { "an indented line under '\($0)': nested mappings and values over several lines are not read; write each value on one line" }
                    ?? "an indented line before any key")
            }
            if let list = open {
                entries.append((list.key, list.items.isEmpty ? .scalar("") : .list(list.items), list.line))
                open = nil
            }
            let (key, rest) = try Self.keyAndRest(body, line: number)
            if let first = seen[key] {
                throw Fault(line: number, reason: "key '\(key)' appears twice (first on line \(first))")
            }
            seen[key] = number
            let value = rest.drop { $0 == " " || $0 == "\t" }
            if value.isEmpty || value.first == "#" {
                open = (key, number, [], nil)
            } else if value.first == "[" {
                entries.append((key, .list(try Self.flowList(value, line: number)), number))
            } else {
                entries.append((key, .scalar(try Self.scalar(value, line: number)), number))
            }
        }
        if let list = open { entries.append((list.key, list.items.isEmpty ? .scalar("") : .list(list.items), list.line)) }
    }

    /// Splits `key: rest` and checks the key is a plain word.
    private static func keyAndRest(_ body: Substring, line: Int) throws(Fault) -> (String, Substring) {
        if let refused = refusedStart(body.first, followedBy: body.dropFirst().first, asKey: true) {
            throw Fault(line: line, reason: refused)
        }
        // The key ends at the first ':' followed by a space, a tab or the end of the line.
        var colon: Substring.Index?
        if Self.isSimple(body) {
            // Every scalar a character of its own: the same search over the bytes.
            let u = body.utf8
            var i = u.startIndex
            while i < u.endIndex {
                if u[i] == 0x3A {
                    let next = u.index(after: i)
                    if next == u.endIndex || u[next] == 0x20 || u[next] == 0x09 { colon = i; break }
                }
                i = u.index(after: i)
            }
        } else {
            var i = body.startIndex
            while i < body.endIndex {
                if body[i] == ":" {
                    let next = body.index(after: i)
                    if next == body.endIndex || body[next] == " " || body[next] == "\t" { colon = i; break }
                }
                i = body.index(after: i)
            }
        }
        guard let colon else {
            throw Fault(line: line, reason: "not a 'key: value' line; front matter must be a mapping of keys to values")
        }
        let key = body[..<colon]
        guard !key.isEmpty, key.last != " ", key.last != "\t",
              key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-" || $0 == "." }) else {
            throw Fault(line: line, reason: "key '\(Self.shown(key))' is not a plain word (letters, digits, '_', '-', '.')")
        }
        return (String(key), body[body.index(after: colon)...])
    }

    /// Why a node starting with `first` (then `second`) is refused, or nil when it may start a
    /// plain scalar or key.
    private static func refusedStart(_ first: Character?, followedBy second: Character?, asKey: Bool) -> String? {
        let spaceAfter = second == nil || second == " " || second == "\t"
        switch first {
        case "&": return "an anchor ('&') is not read: front matter takes plain values, without anchors or aliases"
        case "*": return "an alias ('*') is not read: front matter takes plain values, without anchors or aliases"
        case "!": return "a tag ('!') is not read: front matter takes plain values, without tags"
        case "%": return asKey ? "a directive ('%') is not read" : "'%' cannot start a plain YAML value; quote it"
        case "?" where spaceAfter: return "a complex key ('? …') is not read: keys are plain words"
        case "[" where asKey, "{" where asKey: return "a complex key (a list or mapping used as a key) is not read: keys are plain words"
        case "[": return "a nested list ('[…]') is not read: list items are scalars"
        case "{": return "a nested mapping ('{…}') is not read: values are scalars or lists of scalars"
        case "|", ">": return "a block scalar ('\(first.map(String.init) ?? "")') is not read: write the value on one line"
        case "@", "`": return "'\(first.map(String.init) ?? "")' cannot start a plain YAML value; quote it"
        case "-" where spaceAfter && !asKey: return "a list ('- …') on the key's own line is not YAML; put the items on the lines below"
        case ":" where spaceAfter: return "a value that is only ':' is not a scalar; quote it"
        case "," where !asKey: return "',' cannot start a plain YAML value; quote it"
        case "]", "}": return "'\(first.map(String.init) ?? "")' cannot start a plain YAML value; quote it"
        default: return nil
        }
    }

    /// A scalar filling the rest of the line (a trailing ` # comment` allowed).
    private static func scalar(_ text: Substring, line: Int) throws(Fault) -> String {
        switch text.first {
        case "\"", "'":
            let (value, after) = try quoted(text, line: line)
            let rest = after.drop { $0 == " " || $0 == "\t" }
            guard rest.isEmpty || (rest.first == "#" && rest.startIndex != after.startIndex) else {
                throw Fault(line: line, reason: "text after the closing quote: '\(shown(rest))'")
            }
            return value
        case "[":
            throw Fault(line: line, reason: "a nested list is not read: list items are scalars")
        default:
            let value = try plain(text, line: line, inFlow: false)
            // YAML's null, written plain, is no value.
            return ["~", "null", "Null", "NULL"].contains(value) ? "" : value
        }
    }

    /// A plain scalar: up to a ` #` comment, trimmed. Refuses what YAML would read as structure.
    private static func plain(_ text: Substring, line: Int, inFlow: Bool) throws(Fault) -> String {
        if let refused = refusedStart(text.first, followedBy: text.dropFirst().first, asKey: false) {
            throw Fault(line: line, reason: refused)
        }
        if isSimple(text) {
            let end = try plainEnd(simple: text, line: line, inFlow: inFlow)
            return String(text[..<end]).trimmingSpaces()
        }
        var end = text.endIndex
        var previous: Character = " "
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "#" && (previous == " " || previous == "\t") { end = i; break }
            if c == ":" {
                let next = text.index(after: i)
                if next == text.endIndex || text[next] == " " || text[next] == "\t" || (inFlow && (text[next] == "," || text[next] == "]")) {
                    throw Fault(line: line, reason: "': ' inside a plain value would start a mapping; quote the value")
                }
            }
            if inFlow && "[]{}".contains(c) {
                throw Fault(line: line, reason: "'\(c)' inside a list item: nested lists and mappings are not read")
            }
            previous = c
            i = text.index(after: i)
        }
        return String(text[..<end]).trimmingSpaces()
    }

    /// `[a, "b", 'c']` on one line; the closing bracket may be followed by a comment only.
    /// `plain`'s scan over the bytes of a text whose every scalar is a character of its own
    /// (`isSimple`): where the value ends (at a comment), or the same fault.
    private static func plainEnd(simple text: Substring, line: Int, inFlow: Bool) throws(Fault) -> Substring.Index {
        let u = text.utf8
        var previous: UInt8 = 0x20
        var i = u.startIndex
        while i < u.endIndex {
            let c = u[i]
            if c == 0x23 && (previous == 0x20 || previous == 0x09) { return i }
            if c == 0x3A {
                let next = u.index(after: i)
                if next == u.endIndex || u[next] == 0x20 || u[next] == 0x09 || (inFlow && (u[next] == 0x2C || u[next] == 0x5D)) {
                    throw Fault(line: line, reason: "': ' inside a plain value would start a mapping; quote the value")
                }
            }
            if inFlow && (c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D) {
                throw Fault(line: line, reason: "'\(Character(Unicode.Scalar(c)))' inside a list item: nested lists and mappings are not read")
            }
            previous = c
            i = u.index(after: i)
        }
        return text.endIndex
    }

    /// True when every scalar of `text` is a `Character` of its own, so that a scan of its bytes
    /// for ASCII marks finds what a scan of its characters finds: scalars below U+0300 and the
    /// precomposed letters of U+1E00–U+1EFF only (none of which extends or joins a neighbour),
    /// and no carriage return (which joins a line feed).
    static func isSimple(_ text: Substring) -> Bool {
        var iterator = text.utf8.makeIterator()
        while let b = iterator.next() {
            if b < 0x80 {
                if b == 0x0D { return false }
            } else if b >= 0xC2 && b < 0xCC {
                guard iterator.next() != nil else { return false } // U+0080–U+02FF
            } else if b == 0xE1 {
                guard let second = iterator.next(), second >= 0xB8 && second <= 0xBB, iterator.next() != nil else { return false } // U+1E00–U+1EFF
            } else {
                return false
            }
        }
        return true
    }

    private static func flowList(_ text: Substring, line: Int) throws(Fault) -> [String] {
        var items: [String] = []
        var rest = text.dropFirst().drop { $0 == " " || $0 == "\t" }
        if rest.first == "]" {
            try end(rest.dropFirst(), line: line)
            return []
        }
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            let item: String
            if rest.first == "\"" || rest.first == "'" {
                let (value, after) = try quoted(rest, line: line)
                item = value
                rest = after.drop { $0 == " " || $0 == "\t" }
            } else {
                guard let stop = rest.firstIndex(where: { $0 == "," || $0 == "]" }) else {
                    throw Fault(line: line, reason: "a list opened with '[' is not closed on its line")
                }
                item = try plain(rest[..<stop], line: line, inFlow: true)
                rest = rest[stop...]
            }
            items.append(item)
            switch rest.first {
            case ",":
                rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                if rest.first == "]" { try end(rest.dropFirst(), line: line); return items }
            case "]":
                try end(rest.dropFirst(), line: line)
                return items
            default:
                throw Fault(line: line, reason: "a list opened with '[' is not closed on its line")
            }
        }
    }

    private static func end(_ rest: Substring, line: Int) throws(Fault) {
        let after = rest.drop { $0 == " " || $0 == "\t" }
        guard after.isEmpty || (after.first == "#" && after.startIndex != rest.startIndex) else {
            throw Fault(line: line, reason: "text after the closing ']': '\(shown(after))'")
        }
    }

    /// A single- or double-quoted scalar at the start of `text`, closed on the same line; returns
    /// the value and what follows the closing quote.
    private static func quoted(_ text: Substring, line: Int) throws(Fault) -> (String, Substring) {
        guard let quote = text.unicodeScalars.first else { return ("", text) }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.dropFirst()
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            if c == quote {
                if quote == "'", scalars.first == "'" { out.append("'"); scalars = scalars.dropFirst(); continue }
                return (String(out), Substring(scalars))
            }
            if quote == "\"" && c == "\\" {
                guard let e = scalars.first else { break }
                scalars = scalars.dropFirst()
                let width: Int
                switch e {
                case "x": width = 2
                case "u": width = 4
                case "U": width = 8
                default:
                    guard let decoded = simpleEscapes[e] else {
                        throw Fault(line: line, reason: "unknown escape '\\\(e)' in a double-quoted value")
                    }
                    out.append(decoded)
                    continue
                }
                let hex = String(String.UnicodeScalarView(scalars.prefix(width)))
                guard hex.unicodeScalars.count == width, hex.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }),
                      let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else {
                    throw Fault(line: line, reason: "escape '\\\(e)' needs \(width) hex digits naming a character")
                }
                out.append(decoded)
                scalars = scalars.dropFirst(width)
                continue
            }
            out.append(c)
        }
        throw Fault(line: line, reason: "a value opened with \(quote == "'" ? "'" : "\"") is not closed on its line; values over several lines are not read")
    }

    /// YAML 1.2's one-character escapes (section 5.7).
    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}",
        "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
        "L": "\u{2028}", "P": "\u{2029}",
    ]

    /// At most 40 characters of `text` for a message.
    static func shown(_ text: Substring) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : String(text)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
