/// The layout of a cache entry file, whatever its body holds:
///
/// | bytes | what |
/// |---|---|
/// | 4 | `DGAG` |
/// | 4 | format version, little-endian (`ArticleGraphCache.formatVersion`) |
/// | 32 | the entry's key (the SHA-256 its file is named by, as bytes) |
/// | 8 | length of the body in bytes, little-endian |
/// | 32 | SHA-256 of the body |
/// | length | the body |
///
/// Nothing may follow the body. An entry of another format, filed under another key, cut short,
/// padded or altered is no entry.
enum CacheEntry {
    static let magic: [UInt8] = Array("DGAG".utf8)
    static let headerSize = 4 + 4 + 32 + 8 + 32

    /// The entry for `body` under `key` (64 hex digits); nil when `key` is not such.
    static func make(key: String, body: [UInt8], version: Int = ArticleGraphCache.formatVersion) -> [UInt8]? {
        guard let keyBytes = digestBytes(hex: key) else { return nil }
        var out = EntryWriter(capacity: headerSize + body.count)
        out.raw(magic)
        for shift in stride(from: 0, to: 32, by: 8) { out.byte(UInt8(truncatingIfNeeded: version >> shift)) }
        out.raw(keyBytes)
        out.fixed64(UInt64(body.count))
        var hash = SHA256()
        hash.update(body)
        out.raw(hash.digest())
        out.raw(body)
        return out.bytes
    }

    /// Where the body of `entry` starts, when `entry` is a whole, unaltered entry of this format
    /// filed under `key`; else nil.
    static func body(of entry: [UInt8], key: String, version: Int = ArticleGraphCache.formatVersion) -> Int? {
        guard entry.count >= headerSize, let keyBytes = digestBytes(hex: key) else { return nil }
        var input = EntryReader(entry)
        guard input.raw(4).map(Array.init) == magic else { return nil }
        var stored = 0
        for i in 0..<4 {
            guard let b = input.byte() else { return nil }
            stored |= Int(b) << (8 * i)
        }
        guard stored == version, input.raw(32).map(Array.init) == keyBytes,
              let length = input.fixed64(), let digest = input.raw(32).map(Array.init),
              length == UInt64(input.remaining) else { return nil }
        let start = input.offset
        var hash = SHA256()
        entry.withUnsafeBytes { hash.update(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        return hash.digest() == digest ? start : nil
    }

    /// The 32 bytes written as 64 lower-case or upper-case hex digits in `hex`, or nil.
    static func digestBytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for i in stride(from: 0, to: 64, by: 2) {
            guard let high = nibble(digits[i]), let low = nibble(digits[i + 1]) else { return nil }
            out.append(high << 4 | low)
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }
}
