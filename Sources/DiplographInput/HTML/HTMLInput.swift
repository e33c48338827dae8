
/// The bytes of a page, checked and decoded to UTF-8 for libxml2.
///
/// Refuses, with a `ReadError` naming the file: empty files; NUL bytes (binary data); bytes that do
/// not start like HTML (a tag or `<!DOCTYPE`, after white space, a byte order mark, an XML
/// declaration or comments); and bytes that are not valid UTF-8 unless the page declares another
/// charset (`LegacyCharset`) they decode from. Pages with a UTF-16 byte order mark are decoded
/// from UTF-16. Valid UTF-8 is read as UTF-8 even when the page declares something else: a
/// mislabelled UTF-8 page is far more common than Latin-1 text that happens to be valid UTF-8.
struct HTMLInput {
    /// The page as UTF-8, without a byte order mark.
    let bytes: [UInt8]
    /// The encoding handed to `htmlReadMemory`: always UTF-8, since every page is decoded first.
    let encoding = "UTF-8"

    /// How far into the page a `<meta charset>` is looked for (HTML asks for the first 1024 bytes).
    static let sniffLength = 8192

    init(_ raw: [UInt8], path: String) throws {
        if raw.isEmpty { throw ReadError(path: path, reason: "empty file") }
        if raw.count > HTMLArticleReader.maximumSize {
            throw ReadError(path: path, reason: "is \(raw.count) bytes, larger than the \(HTMLArticleReader.maximumSize >> 20) MiB an HTML page may have")
        }
        var bytes = raw
        var decodedFrom: String?
        if let utf16 = try UTF16Page.decode(raw, path: path) {
            bytes = utf16.bytes
            decodedFrom = utf16.name
        }
        if let nul = bytes.firstIndex(of: 0) {
            let place = decodedFrom.map { "at character offset \(nul) of the \($0) text" } ?? "at offset \(nul)"
            throw ReadError(path: path, line: HTMLInput.line(at: nul, in: bytes),
                            reason: "contains a NUL byte \(place): binary data, not an HTML page")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard HTMLInput.startsLikeHTML(bytes) else {
            throw ReadError(path: path, line: 1, reason: "is not an HTML page: it does not start with a tag or <!DOCTYPE html>")
        }
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let line = HTMLInput.line(at: bad, in: bytes)
            guard let declared = HTMLInput.declaredCharset(bytes) else {
                throw ReadError(path: path, line: line, reason: "invalid UTF-8 at byte offset \(bad), and the page declares no other charset")
            }
            if HTMLInput.isUTF8(declared) {
                throw ReadError(path: path, line: line, reason: "invalid UTF-8 at byte offset \(bad) in a page declared as '\(declared)'")
            }
            bytes = try LegacyCharset(declared, path: path, line: line, badOffset: bad).decode(bytes)
        }
        self.bytes = bytes
    }

    /// White space, then optional `<?xml …?>` and comments, then `<!doctype` or `<` and a letter.
    static func startsLikeHTML(_ b: [UInt8]) -> Bool {
        var i = 0
        let n = b.count
        func skipSpace() { while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x0C { i += 1 } }
        func hasPrefix(_ p: String, caseInsensitive: Bool = false) -> Bool {
            let u = Array(p.utf8)
            guard i + u.count <= n else { return false }
            for k in 0..<u.count {
                let c = caseInsensitive ? lower(b[i + k]) : b[i + k]
                if c != u[k] { return false }
            }
            return true
        }
        func skip(past terminator: String) -> Bool {
            let t = Array(terminator.utf8)
            while i + t.count <= n {
                if matches(b, at: i, t) { i += t.count; return true }
                i += 1
            }
            return false
        }
        while true {
            skipSpace()
            if hasPrefix("<?xml") {
                guard skip(past: "?>") else { return false }
            } else if hasPrefix("<!--") {
                guard skip(past: "-->") else { return false }
            } else {
                break
            }
        }
        if hasPrefix("<!doctype", caseInsensitive: true) { return true }
        guard i + 1 < n, b[i] == UInt8(ascii: "<") else { return false }
        let c = lower(b[i + 1])
        return c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")
    }

    /// The charset a `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` in the first
    /// `sniffLength` bytes names, lower-cased, or nil.
    static func declaredCharset(_ b: [UInt8]) -> String? {
        let prefix = b.prefix(sniffLength).map(lower)
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < prefix.count {
            if matches(prefix, at: i, key) {
                var j = i + key.count
                while j < prefix.count, prefix[j] == 0x20 || prefix[j] == 0x09 { j += 1 }
                if j < prefix.count, prefix[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < prefix.count, prefix[j] == 0x20 || prefix[j] == 0x09 || prefix[j] == UInt8(ascii: "\"") || prefix[j] == UInt8(ascii: "'") { j += 1 }
                    var name: [UInt8] = []
                    while j < prefix.count, name.count < 40, isCharsetByte(prefix[j]) { name.append(prefix[j]); j += 1 }
                    if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    static func isUTF8(_ charset: String) -> Bool { charset == "utf-8" || charset == "utf8" }

    /// The 1-based line of byte `offset`.
    static func line(at offset: Int, in b: [UInt8]) -> Int {
        b[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// True when `b` holds `pattern` at `offset`.
    private static func matches(_ b: [UInt8], at offset: Int, _ pattern: [UInt8]) -> Bool {
        guard offset + pattern.count <= b.count else { return false }
        for k in 0..<pattern.count where b[offset + k] != pattern[k] { return false }
        return true
    }

    private static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }

    private static func isCharsetByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A
    }
}
