import Foundation

/// The lines of a page seen so far, compared as `String`s compare (canonical equivalence), without
/// sending every line through the standard library's normalising string hash.
///
/// A line made only of scalars below U+0300 and of the precomposed letters of U+1E00–U+1EFF (all
/// of Vietnamese text, checked against Unicode's data by a test) is in NFC and stays so when joined
/// to any other such line, so it equals another such line exactly when their UTF-8 bytes are equal:
/// those lines are kept by their bytes. Any other line goes through a `Set<String>`, and each set
/// is asked about the other kind of line in the form it holds (a plain line as a string, another
/// line by the bytes of its NFC form), so no two equal lines are ever both new.
struct SeenLines {
    private var plain = Set<ByteKey>()
    private var other = Set<String>()

    /// Adds `line` (the text of `scalars`); true when no equal line was there.
    mutating func insert(_ line: String, scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        if SeenLines.isPlain(scalars) {
            let key = ByteKey(line)
            if plain.contains(key) || (!other.isEmpty && other.contains(line)) { return false }
            plain.insert(key)
            return true
        }
        if other.contains(line) || (!plain.isEmpty && plain.contains(ByteKey(SeenLines.nfc(line)))) { return false }
        other.insert(line)
        return true
    }

    /// Only scalars that are in NFC, combine with no neighbour and are no neighbour's mark.
    static func isPlain(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { s in s.value < 0x300 || (s.value >= 0x1E00 && s.value <= 0x1EFF) }
    }

    /// The NFC form of `s`: a plain line equal to `s` has exactly these bytes.
    private static func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }
}

/// A string hashed and compared by its UTF-8 bytes.
struct ByteKey: Hashable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (a: ByteKey, b: ByteKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for b in text.utf8 { hasher.combine(b) } }
    }
}
