/// The layout of a pack: the cache entries one run wrote, in one file, with an index at the end.
///
/// | bytes | what |
/// |---|---|
/// | 4 | `DGAP` |
/// | 4 | format version, little-endian (`ArticleGraphCache.formatVersion`) |
/// | … | the records, one after another: each a whole `CacheEntry` (its own header, key, length and SHA-256) |
/// | 48 × count | the index, sorted by key: key (32 bytes), offset of the record from the start of the pack (8), its length (8) |
/// | 8 | offset of the index |
/// | 8 | count of index rows |
/// | 32 | SHA-256 of the first 8 bytes of the pack, then the index, then these two numbers |
/// | 4 | `DGPI` |
///
/// Numbers are little-endian. A pack is written under a temporary name and renamed into place once
/// its index is written, so a pack under its own name is whole unless something else changed it:
/// a pack whose trailer or index does not check is no pack (every article in it is a miss), and a
/// record that does not check as a `CacheEntry` under its key is a miss.
enum CachePack {
    static let magic: [UInt8] = Array("DGAP".utf8)
    static let trailerMagic: [UInt8] = Array("DGPI".utf8)
    static let headerSize = 8
    static let rowSize = 32 + 8 + 8
    static let trailerSize = 8 + 8 + 32 + 4
    /// File name ending of a committed pack.
    static let suffix = ".pack"

    /// Where one record lies in its pack.
    struct Location: Equatable, Sendable {
        var offset: Int
        var length: Int
    }

    /// The first bytes of a pack of `version`.
    static func header(version: Int = ArticleGraphCache.formatVersion) -> [UInt8] {
        var out = EntryWriter(capacity: headerSize)
        out.raw(magic)
        for shift in stride(from: 0, to: 32, by: 8) { out.byte(UInt8(truncatingIfNeeded: version >> shift)) }
        return out.bytes
    }

    /// The index and trailer for `rows` (key bytes, location), the records ending at `indexOffset`.
    static func tail(rows: [(key: [UInt8], location: Location)], indexOffset: Int,
                     version: Int = ArticleGraphCache.formatVersion) -> [UInt8] {
        var out = EntryWriter(capacity: rows.count * rowSize + trailerSize)
        for row in rows.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            out.raw(row.key)
            out.fixed64(UInt64(row.location.offset))
            out.fixed64(UInt64(row.location.length))
        }
        out.fixed64(UInt64(indexOffset))
        out.fixed64(UInt64(rows.count))
        var hash = SHA256()
        hash.update(header(version: version))
        hash.update(out.bytes)
        out.raw(hash.digest())
        out.raw(trailerMagic)
        return out.bytes
    }

    /// What the trailer (the last `trailerSize` bytes of a pack of `size` bytes) says: where the
    /// index starts and how many rows it has, when that fits the file; else nil.
    static func trailer(_ bytes: [UInt8], packSize size: Int) -> (indexOffset: Int, count: Int)? {
        guard bytes.count == trailerSize, Array(bytes.suffix(4)) == trailerMagic else { return nil }
        var input = EntryReader(bytes)
        guard let offset = input.fixed64(), let count = input.fixed64(),
              offset >= UInt64(headerSize), offset <= UInt64(size),
              count <= UInt64(size / rowSize) else { return nil }
        let indexOffset = Int(offset), rows = Int(count)
        guard indexOffset + rows * rowSize + trailerSize == size else { return nil }
        return (indexOffset, rows)
    }

    /// The index of a pack: its `header` (first 8 bytes), its `index` rows and `trailer`, checked
    /// against each other and the SHA-256; key (as 64 hex digits) → where its record lies. Nil
    /// when anything does not check: rows out of order or repeated, a record outside the records'
    /// part of the pack or larger than `maximumRecord`.
    static func index(header: [UInt8], index: [UInt8], trailer: [UInt8], packSize: Int, maximumRecord: Int,
                      version: Int = ArticleGraphCache.formatVersion) -> [String: Location]? {
        guard header == Self.header(version: version),
              let (indexOffset, count) = Self.trailer(trailer, packSize: packSize),
              index.count == count * rowSize else { return nil }
        var hash = SHA256()
        hash.update(header)
        hash.update(index)
        hash.update(Array(trailer.prefix(16)))
        guard hash.digest() == Array(trailer[16..<48]) else { return nil }
        var input = EntryReader(index)
        var out: [String: Location] = [:]
        out.reserveCapacity(count)
        var previous: ArraySlice<UInt8>? = nil
        for _ in 0..<count {
            guard let key = input.raw(32), let offset = input.fixed64(), let length = input.fixed64() else { return nil }
            if let previous, !previous.lexicographicallyPrecedes(key) { return nil }
            previous = key
            guard offset >= UInt64(headerSize), length >= UInt64(CacheEntry.headerSize), length <= UInt64(maximumRecord),
                  offset <= UInt64(indexOffset), length <= UInt64(indexOffset) - offset else { return nil }
            out[hex(key)] = Location(offset: Int(offset), length: Int(length))
        }
        return out
    }

    /// The index of the pack held whole in `bytes` (how the fuzzer and the tests read one).
    static func index(ofPack bytes: [UInt8], maximumRecord: Int = ArticleGraphCache.maximumEntrySize) -> [String: Location]? {
        guard bytes.count >= headerSize + trailerSize else { return nil }
        let trailer = Array(bytes.suffix(trailerSize))
        guard let (indexOffset, count) = Self.trailer(trailer, packSize: bytes.count) else { return nil }
        return index(header: Array(bytes.prefix(headerSize)), index: Array(bytes[indexOffset..<(indexOffset + count * rowSize)]),
                     trailer: trailer, packSize: bytes.count, maximumRecord: maximumRecord)
    }

    static func hex(_ bytes: some Collection<UInt8>) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
