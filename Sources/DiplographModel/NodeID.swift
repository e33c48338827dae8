/// A stable, readable node identifier that is an XML NMTOKEN, e.g. `actor-putin`.
///
/// Ids are built from what a node is (its kind and a slug of its identity), never from input order.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: String

    /// Builds `kind-slug`, folding the slug to lower-case ASCII letters, digits, `-` and `_`.
    public init(kind: NodeKind, slug: String) {
        // `kind-slug` written into one buffer: the same bytes as joining the three strings.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(kind.rawValue.utf8.count + 1 + slug.utf8.count)
        bytes.append(contentsOf: kind.rawValue.utf8)
        bytes.append(0x2D)
        NodeID.appendSlug(of: slug, to: &bytes)
        self.rawValue = String(decoding: bytes, as: UTF8.self)
    }

    /// Wraps an id that is already well formed. Characters outside the NMTOKEN-safe set are replaced.
    public init(raw: String) {
        self.rawValue = NodeID.sanitise(raw)
    }

    public var description: String { rawValue }

    public static func < (a: NodeID, b: NodeID) -> Bool { a.rawValue < b.rawValue }

    /// Lower-case ASCII slug: Vietnamese letters lose their marks (`đ` → `d`), runs of other
    /// characters become one `-`. Never empty.
    public static func slug(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendSlug(of: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the slug of `text` (ASCII bytes, `x` when nothing of it is kept) to `out`.
    static func appendSlug(of text: String, to out: inout [UInt8]) {
        let start = out.count
        var pendingDash = false
        let table = asciiFoldTable
        for scalar in text.unicodeScalars {
            let v = scalar.value
            // Combining marks (NFD input) belong to the letter before them.
            if v >= 0x0300 && v <= 0x036F { continue }
            let folded = v < UInt32(table.count) ? table[Int(v)] : (asciiFold(scalar) ?? 0)
            if folded != 0 {
                if pendingDash && out.count > start { out.append(0x2D) }
                pendingDash = false
                out.append(folded)
            } else {
                pendingDash = true
            }
        }
        if out.count == start { out.append(0x78) }
    }

    /// `asciiFold` of every code point below U+2000 (where all the folded letters are), 0 for none.
    static let asciiFoldTable: [UInt8] = (0..<UInt32(0x2000)).map { v in
        Unicode.Scalar(v).flatMap(asciiFold) ?? 0
    }

    /// `digits` (1 to 16) lower-case hex digits of the 64-bit FNV-1a hash of `text`'s UTF-8 bytes:
    /// short, stable across runs and platforms, for telling apart ids whose readable part agrees.
    public static func hash(_ text: String, digits: Int = 8) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let hex = String(h, radix: 16)
        let full = String(repeating: "0", count: 16 - hex.count) + hex
        return String(full.prefix(max(1, min(16, digits))))
    }

    static func sanitise(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            let v = scalar.value
            let ok = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                || v == 0x2D || v == 0x5F || v == 0x2E
            out.unicodeScalars.append(ok ? scalar : "-")
        }
        return out.isEmpty ? "x" : out
    }

    /// The lower-case ASCII letter, digit or `_` that `s` folds to, as a byte; nil for any other scalar.
    private static func asciiFold(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || v == 0x5F { return UInt8(truncatingIfNeeded: v) }
        if v >= 0x41 && v <= 0x5A { return UInt8(truncatingIfNeeded: v + 0x20) }
        if v < 0x80 { return nil }
        if let base = VietnameseFolding.base[s] { return base.asciiValue }
        return nil
    }
}
