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
                UTF8.encode(l) { byte in
                    buffer[n] = byte
                    n += 1
                }
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
            for s in scalars {
                UTF8.encode(s) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }
}
