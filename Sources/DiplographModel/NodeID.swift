/// A stable, readable node identifier that is an XML NMTOKEN, e.g. `actor-putin`.
///
/// Ids are built from what a node is (its kind and a slug of its identity), never from input order.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: String

    /// Builds `kind-slug`, folding the slug to lower-case ASCII letters, digits, `-` and `_`.
    public init(kind: NodeKind, slug: String) {
        self.rawValue = kind.rawValue + "-" + NodeID.slug(slug)
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
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            // Combining marks (NFD input) belong to the letter before them.
            if (0x0300...0x036F).contains(scalar.value) { continue }
            if let folded = asciiFold(scalar) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(folded)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "x" : out
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

    private static func asciiFold(_ s: Unicode.Scalar) -> Character? {
        let v = s.value
        if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || v == 0x5F { return Character(s) }
        if v >= 0x41 && v <= 0x5A { return Character(Unicode.Scalar(v + 0x20)!) }
        if v < 0x80 { return nil }
        if let base = VietnameseFolding.base[s] { return base }
        return nil
    }
}
