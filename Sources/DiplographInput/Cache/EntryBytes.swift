/// Writes the fields of a binary cache file: unsigned LEB128 numbers, lengths before strings and
/// lists, doubles as their IEEE 754 bits. Nothing depends on the machine's byte order.
struct EntryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// A non-negative count or size, in 1 to 10 bytes (LEB128).
    mutating func count(_ value: Int) { unsigned(UInt64(clamping: value)) }

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A signed integer, zig-zag coded so that small negative numbers stay short.
    mutating func signed(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    /// Eight bytes, least significant first.
    mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func double(_ value: Double) { fixed64(value.bitPattern) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// The UTF-8 bytes of `text` after their count.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func raw(_ data: some Collection<UInt8>) { bytes.append(contentsOf: data) }
}

/// Reads what `EntryWriter` wrote. Every read checks the bytes left first: a file cut short,
/// padded or made up gives nil, never a trap, and no count can make it allocate more than the
/// bytes it was given could hold.
struct EntryReader {
    private let bytes: [UInt8]
    private(set) var offset: Int
    private let end: Int

    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        end = bytes.count
        offset = min(max(start, 0), end)
    }

    var remaining: Int { end - offset }
    var isAtEnd: Bool { offset == end }

    mutating func byte() -> UInt8? {
        guard offset < end else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard let b = byte() else { return nil }
            // The tenth byte may hold only the top bit of a 64-bit number.
            if shift == 63 && b > 1 { return nil }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    /// A count of things each at least `each` bytes long: nil when more than what is left could hold.
    mutating func count(each: Int = 1) -> Int? {
        guard let v = unsigned(), v <= UInt64(remaining / max(each, 1)) else { return nil }
        return Int(v)
    }

    mutating func signed() -> Int? {
        guard let u = unsigned() else { return nil }
        let v = Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
        return Int(exactly: v)
    }

    mutating func fixed64() -> UInt64? {
        guard remaining >= 8 else { return nil }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        offset += 8
        return value
    }

    mutating func double() -> Double? { fixed64().map(Double.init(bitPattern:)) }

    mutating func bool() -> Bool? {
        switch byte() {
        case 0?: return false
        case 1?: return true
        default: return nil
        }
    }

    /// A string; nil when its bytes run past the end or are not valid UTF-8.
    mutating func string() -> String? {
        guard let n = count() else { return nil }
        let start = offset
        offset += n
        return bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[start..<(start + n)]), as: UTF8.self)
        }
    }

    /// `n` bytes as they are.
    mutating func raw(_ n: Int) -> ArraySlice<UInt8>? {
        guard n >= 0, n <= remaining else { return nil }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }

    /// A list of `count()` items each read by `item` (each at least `each` bytes); nil when any fails.
    mutating func list<T>(each: Int = 1, _ item: (inout EntryReader) -> T?) -> [T]? {
        guard let n = count(each: each) else { return nil }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let value = item(&self) else { return nil }
            out.append(value)
        }
        return out
    }
}
