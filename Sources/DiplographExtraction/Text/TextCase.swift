/// Lower-casing of normalised text without going through `String.lowercased()`, which asks the
/// Unicode property tables for every scalar of every word. The answers for the first 8,192 code
/// points (Latin, Vietnamese, Greek, Cyrillic, punctuation) are precomputed; a text with any other
/// scalar, or with a scalar whose lower case is not a single scalar (`İ`), is lower-cased by the
/// standard library instead, so the result is always exactly `String.lowercased()`'s.
enum TextCase {
    static let tableSize = 0x2000
    /// `notSingle` where the lower case of a code point is not one scalar (or it is no scalar).
    static let notSingle: UInt32 = .max
    /// The lower case of each code point below `tableSize` (checked for every entry by a test).
    static let lowerTable: [UInt32] = (0..<UInt32(tableSize)).map { v in
        guard let s = Unicode.Scalar(v) else { return notSingle }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        guard mapped.count == 1, let only = mapped.first else { return notSingle }
        return only.value
    }

    /// The lower case of scalar value `v`, when the table knows it as a single scalar.
    @inline(__always)
    static func lower(_ v: UInt32) -> UInt32? {
        guard v < UInt32(tableSize) else { return nil }
        let l = lowerTable.withUnsafeBufferPointer { $0[Int(v)] }
        return l == notSingle ? nil : l
    }

    /// `String(scalars[range]).lowercased()`, encoded straight from the scalars.
    static func lowercased(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty else {
            return range.isEmpty ? "" : TextCase.slow(scalars, range)
        }
        // The exact UTF-8 size: a string of at most 15 bytes is then stored inline, with no
        // allocation, and a longer one keeps no spare capacity.
        var size = 0
        for s in scalars[range] {
            guard let v = lower(s.value), let l = Unicode.Scalar(v) else { return slow(scalars, range) }
            size += UTF8.width(l)
        }
        return String(unsafeUninitializedCapacity: size) { buffer in
            var n = 0
            for s in scalars[range] {
                // The table holds scalar values only (checked above), so this always succeeds.
                guard let v = lower(s.value), let l = Unicode.Scalar(v) else { continue }
                n = UTF8Bytes.put(l, into: buffer, at: n)
            }
            return n
        }
    }

    /// True when lower-casing leaves `scalars[range]` as it is (every scalar is its own lower case).
    static func isLower(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return false }
        for s in scalars[range] where lower(s.value) != s.value { return false }
        return true
    }

    /// `isLower(scalars, range)` with the lower-case table fetched once by the caller (`lowerTable`).
    @inline(__always)
    static func isLower(_ scalars: [Unicode.Scalar], _ range: Range<Int>, table: [UInt32]) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return false }
        for k in range {
            let v = scalars[k].value
            // A scalar past the table, or without a single-scalar lower case, is not its own lower case here.
            if v >= UInt32(table.count) || table[Int(v)] != v { return false }
        }
        return true
    }

    private static func slow(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(scalars.count, max(range.upperBound, max(0, range.lowerBound)))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[r])
        return String(view).lowercased()
    }
}

extension String {
    /// The string made of `scalars`, encoded straight into storage of its exact size (no
    /// scalar-by-scalar appends).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        // The exact UTF-8 size: no spare capacity kept (evidence sentences live as long as the graph).
        var size = 0
        for s in scalars { size += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: size) { buffer in
            var n = 0
            for s in scalars { n = UTF8Bytes.put(s, into: buffer, at: n) }
            return n
        }
    }
}

/// UTF-8 encoding of one scalar into a buffer, without the standard library's per-byte closure.
enum UTF8Bytes {
    /// Writes the UTF-8 bytes of `s` at `n` and returns the offset after them. The buffer was
    /// sized with `UTF8.width` of the same scalars; a scalar that would not fit is not written.
    @inline(__always)
    static func put(_ s: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        let v = s.value
        switch v {
        case 0..<0x80:
            guard n < buffer.count else { return n }
            buffer[n] = UInt8(truncatingIfNeeded: v)
            return n + 1
        case 0x80..<0x800:
            guard n + 1 < buffer.count else { return n }
            buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n + 2
        case 0x800..<0x10000:
            guard n + 2 < buffer.count else { return n }
            buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n + 3
        default:
            guard n + 3 < buffer.count else { return n }
            buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
            buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
            buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n + 4
        }
    }
}
