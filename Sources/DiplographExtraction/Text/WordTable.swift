import Foundation

/// A table of short strings (rule words, number words) looked up as `[String: Value]` looks them
/// up, that is up to canonical equivalence, but without the standard library's normalising string
/// hash, which sends every non-ASCII word through NFC before hashing it.
///
/// A word made only of scalars below U+0300 and of the precomposed letters of U+1E00–U+1EFF (all
/// of Vietnamese text; see `SeenLines`) is in NFC, so it is canonically equivalent to a key exactly
/// when its UTF-8 bytes equal those of the key's NFC form. Such words are found by their bytes in
/// an open-addressing table; any other word is looked up in a plain dictionary of the keys as given,
/// so every answer is the dictionary's.
struct WordTable<Value>: Sendable where Value: Sendable {
    /// The table's arrays, held by one reference: a value holding several tables (the clause
    /// words, copied with every clause) copies one reference for each, not five.
    private final class Storage: Sendable {
        /// The keys as given, for words that are not plain.
        let exact: [String: Value]
        /// The NFC bytes of every plain key, one after another; `spans[k]` is key `k`'s.
        let bytes: [UInt8]
        let spans: [Range<Int>]
        let values: [Value]
        /// Open addressing by hash: key index + 1, or 0 for an empty slot. A power of two long.
        let slots: [Int32]

        init(exact: [String: Value], bytes: [UInt8], spans: [Range<Int>], values: [Value], slots: [Int32]) {
            self.exact = exact; self.bytes = bytes; self.spans = spans; self.values = values; self.slots = slots
        }
    }
    private let storage: Storage
    private var exact: [String: Value] { storage.exact }

    init(_ pairs: [(String, Value)]) {
        var exact: [String: Value] = [:]
        for (k, v) in pairs where exact[k] == nil { exact[k] = v }
        var bytes: [UInt8] = []
        var spans: [Range<Int>] = []
        var values: [Value] = []
        var capacity = 8
        while capacity < pairs.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (k, v) in pairs {
            let form = Array(k.precomposedStringWithCanonicalMapping.utf8)
            guard let hash = WordTable.plainHash(form) else { continue }
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            var taken = false
            while slots[slot] != 0 {
                if bytes[spans[Int(slots[slot]) - 1]].elementsEqual(form) { taken = true; break }
                slot = (slot + 1) & (capacity - 1)
            }
            // The first pair given for a key wins, as in `exact`.
            if taken { continue }
            spans.append(bytes.count..<(bytes.count + form.count))
            bytes.append(contentsOf: form)
            values.append(v)
            slots[slot] = Int32(values.count)
        }
        storage = Storage(exact: exact, bytes: bytes, spans: spans, values: values, slots: slots)
    }

    /// The value of the key canonically equivalent to `word`, if any.
    subscript(_ word: String) -> Value? {
        let found: Found? = word.utf8.withContiguousStorageIfAvailable { plain($0) }
        switch found ?? plain(Array(word.utf8)) {
        case .plain(let v): return v
        case .notPlain: return exact[word]
        }
    }

    /// True when a key is canonically equivalent to `word`.
    func contains(_ word: String) -> Bool { self[word] != nil }

    var isEmpty: Bool { exact.isEmpty }

    private enum Found {
        /// A plain word, with the value of its key if there is one.
        case plain(Value?)
        case notPlain
    }

    /// The answer of the byte table for a plain word.
    private func plain<C: Collection>(_ word: C) -> Found where C.Element == UInt8, C.Index == Int {
        guard let hash = WordTable.plainHash(word) else { return .notPlain }
        let st = storage
        let mask = st.slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let k = Int(st.slots[slot])
            if k == 0 { return .plain(nil) }
            let span = st.spans[k - 1]
            if span.count == word.count && WordTable.same(st.bytes, span, word) { return .plain(st.values[k - 1]) }
            slot = (slot + 1) & mask
        }
    }

    /// True when `bytes[span]` are the bytes of `word` (of the same count), compared in place.
    @inline(__always)
    private static func same<C: Collection>(_ bytes: [UInt8], _ span: Range<Int>, _ word: C) -> Bool where C.Element == UInt8, C.Index == Int {
        guard span.lowerBound >= 0, span.upperBound <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            var k = span.lowerBound
            for w in word {
                if b[k] != w { return false }
                k += 1
            }
            return true
        }
    }

    /// FNV-1a of `utf8` when it holds only plain scalars (see the type's comment), else nil. The
    /// bytes are valid UTF-8 (they come from a `String`), so a lead byte says how many follow.
    static func plainHash<C: Collection>(_ utf8: C) -> UInt64? where C.Element == UInt8, C.Index == Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = utf8.startIndex
        let end = utf8.endIndex
        while i < end {
            let b = utf8[i]
            let width: Int
            if b < 0x80 {
                width = 1
            } else if b >= 0xC2 && b < 0xCC {
                width = 2 // U+0080–U+02FF
            } else if b == 0xE1, i + 1 < end, utf8[i + 1] >= 0xB8 && utf8[i + 1] <= 0xBB {
                width = 3 // U+1E00–U+1EFF
            } else {
                return nil
            }
            guard i + width <= end else { return nil }
            for j in i..<(i + width) {
                h = (h ^ UInt64(utf8[j])) &* 0x0000_0100_0000_01B3
            }
            i += width
        }
        return h
    }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }
}

/// A set of short strings with `Set<String>.contains`'s answers (canonical equivalence), looked up
/// by bytes as `WordTable` does.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordTable(words.map { ($0, true) })
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { table[word] != nil }

    var isEmpty: Bool { table.isEmpty }
}
