/// A small N-Triples reader for the tests, written from the W3C RDF 1.1 N-Triples grammar
/// independently of the writers: reads lines `<s> <p> object .` with IRIs and string literals
/// (ECHAR and UCHAR decoded), enough to read back the writers' and rapper's output.
struct NTriple: Hashable {
    enum Object: Hashable {
        case iri(String)
        case literal(String, language: String?, datatype: String?)
    }

    let subject: String
    let predicate: String
    let object: Object

    struct Malformed: Error, CustomStringConvertible { let description: String }

    /// Every triple of `text`, one per non-empty line.
    static func parse(_ text: String) throws -> [NTriple] {
        try text.split(separator: "\n").map { try parseLine(Array(String($0).unicodeScalars)) }
    }

    static func parseLine(_ s: [Unicode.Scalar]) throws -> NTriple {
        var i = 0
        func fail(_ why: String) -> Malformed { Malformed(description: why + " in " + String(String.UnicodeScalarView(s))) }
        func skipSpaces() { while i < s.count && (s[i] == " " || s[i] == "\t") { i += 1 } }
        func iri() throws -> String {
            guard i < s.count, s[i] == "<" else { throw fail("expected <") }
            i += 1
            var out = String.UnicodeScalarView()
            while i < s.count && s[i] != ">" {
                if s[i] == "\\" { out.append(try uchar()) } else { out.append(s[i]); i += 1 }
            }
            guard i < s.count else { throw fail("unterminated IRI") }
            i += 1
            return String(out)
        }
        func uchar() throws -> Unicode.Scalar {
            // At a backslash followed by u or U.
            guard i + 1 < s.count else { throw fail("dangling backslash") }
            let width = s[i + 1] == "u" ? 4 : (s[i + 1] == "U" ? 8 : 0)
            guard width > 0, i + 2 + width <= s.count,
                  let v = UInt32(String(String.UnicodeScalarView(s[(i + 2)..<(i + 2 + width)])), radix: 16),
                  let scalar = Unicode.Scalar(v) else { throw fail("bad UCHAR") }
            i += 2 + width
            return scalar
        }
        skipSpaces()
        let subject = try iri()
        skipSpaces()
        let predicate = try iri()
        skipSpaces()
        let object: Object
        if i < s.count && s[i] == "<" {
            object = .iri(try iri())
        } else if i < s.count && s[i] == "\"" {
            i += 1
            var value = String.UnicodeScalarView()
            while true {
                guard i < s.count else { throw fail("unterminated string") }
                let c = s[i]
                if c == "\"" { i += 1; break }
                if c == "\n" || c == "\r" { throw fail("raw line break in string") }
                if c == "\\" {
                    guard i + 1 < s.count else { throw fail("dangling backslash") }
                    let echars: [Unicode.Scalar: Unicode.Scalar] = ["t": "\t", "b": "\u{8}", "n": "\n", "r": "\r", "f": "\u{C}",
                                                                     "\"": "\"", "'": "'", "\\": "\\"]
                    if let e = echars[s[i + 1]] { value.append(e); i += 2 } else { value.append(try uchar()) }
                } else {
                    value.append(c)
                    i += 1
                }
            }
            if i < s.count && s[i] == "@" {
                i += 1
                var tag = ""
                while i < s.count && s[i] != " " && s[i] != "." { tag.unicodeScalars.append(s[i]); i += 1 }
                object = .literal(String(value), language: tag, datatype: nil)
            } else if i + 1 < s.count && s[i] == "^" && s[i + 1] == "^" {
                i += 2
                object = .literal(String(value), language: nil, datatype: try iri())
            } else {
                object = .literal(String(value), language: nil, datatype: nil)
            }
        } else {
            throw fail("expected an object")
        }
        skipSpaces()
        guard i < s.count, s[i] == "." else { throw fail("expected .") }
        i += 1
        skipSpaces()
        guard i == s.count else { throw fail("trailing characters") }
        return NTriple(subject: subject, predicate: predicate, object: object)
    }
}
