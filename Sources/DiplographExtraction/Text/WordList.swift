/// `["tại", "ở"].contains(word)`, the rules' way of asking whether a token is one of a few words,
/// with the standard library's answer (canonical equivalence) but mostly without its normalising
/// comparison, which every non-ASCII string takes (Swift flags only ASCII strings as NFC).
///
/// Two strings with the same UTF-8 bytes are equal; two strings of *plain* scalars (below U+0300
/// and precomposed letters of U+1E00–U+1EFF, see `WordTable`) or general punctuation (dashes,
/// quotation marks, see `WordList.comparesByBytes`) are both in NFC, so they are equal exactly when
/// their bytes are. Only a pair with different bytes of which one holds another scalar is compared
/// by `==`. Being more specialised than `Sequence.contains(_:)`, this is the method such
/// calls on an array of strings resolve to in this module.
extension Array where Element == String {
    func contains(_ word: String) -> Bool {
        let answer: Bool? = word.utf8.withContiguousStorageIfAvailable { w in
            let wordByBytes = WordList.comparesByBytes(w)
            for e in self {
                let same: Bool? = e.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                    if WordList.sameBytes(b, w) { return true }
                    return wordByBytes && WordList.comparesByBytes(b) ? false : nil
                } ?? nil
                if same ?? (e == word) { return true }
            }
            return false
        }
        return answer ?? contains(where: { $0 == word })
    }
}

enum WordList {
    @inline(__always)
    static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var i = 0
        while i < a.count && a[i] == b[i] { i += 1 }
        return i == a.count
    }

    /// True when `utf8` (valid UTF-8, from a `String`) holds only plain scalars (see `isPlain`) and
    /// general punctuation of U+2010–U+2027 and U+2030–U+205E (dashes, quotation marks, ellipsis).
    /// Those marks have no canonical decomposition, combining class 0 and compose with nothing,
    /// so a string of such scalars is in NFC and equals another such string exactly when their
    /// bytes are equal (`[String].contains` above; a rule's `["-", "–", "—"]` no longer sends every
    /// word it is asked about through the normalising comparison).
    static func comparesByBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        holdsOnlyPlain(utf8, orPunctuation: true)
    }

    /// The second and third bytes of U+2010–U+2027 or U+2030–U+205E (after 0xE2).
    @inline(__always)
    private static func isGeneralPunctuation(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && ((third >= 0x90 && third <= 0xA7) || third >= 0xB0 && third <= 0xBF))
            || (second == 0x81 && third >= 0x80 && third <= 0x9E)
    }

    /// True when `utf8` (valid UTF-8, from a `String`) holds only plain scalars.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        holdsOnlyPlain(utf8, orPunctuation: false)
    }

    /// The scan behind `isPlain` and `comparesByBytes`: plain scalars only, or general
    /// punctuation (U+2010–U+2027, U+2030–U+205E) too.
    @inline(__always)
    private static func holdsOnlyPlain(_ utf8: UnsafeBufferPointer<UInt8>, orPunctuation: Bool) -> Bool {
        var i = 0
        let end = utf8.count
        while i < end {
            let b = utf8[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC2 && b < 0xCC && i + 1 < end {
                i += 2 // U+0080–U+02FF
            } else if b == 0xE1 && i + 2 < end && utf8[i + 1] >= 0xB8 && utf8[i + 1] <= 0xBB {
                i += 3 // U+1E00–U+1EFF
            } else if orPunctuation && b == 0xE2 && i + 2 < end && Self.isGeneralPunctuation(utf8[i + 1], utf8[i + 2]) {
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}

extension String {
    /// `self == word` (canonical equivalence), the rules' way of asking whether a token is a word
    /// (`s.lower(i).isSameWord("với")`): by bytes when both strings compare by bytes
    /// (`WordList.comparesByBytes`), as nearly every pair a rule compares does; only other pairs
    /// go through the standard library's normalising comparison.
    func isSameWord(_ word: String) -> Bool {
        let answer: Bool?? = utf8.withContiguousStorageIfAvailable { a -> Bool? in
            word.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                if WordList.sameBytes(a, b) { return true }
                return WordList.comparesByBytes(a) && WordList.comparesByBytes(b) ? false : nil
            } ?? nil
        }
        if let answer, let known = answer { return known }
        return self == word
    }

    /// `contains(needle)` for an ASCII needle without line ends: by bytes when this string is ASCII
    /// too (canonical equivalence is then byte equality, and such a needle matches no part of a
    /// CR LF character), else by the general comparison.
    func containsASCII(_ needle: String) -> Bool {
        let answer: Bool?? = utf8.withContiguousStorageIfAvailable { hay -> Bool? in
            needle.utf8.withContiguousStorageIfAvailable { pin -> Bool? in
                guard !pin.isEmpty, hay.allSatisfy({ $0 < 0x80 }), pin.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
                guard pin.count <= hay.count else { return false }
                for start in 0...(hay.count - pin.count) where WordList.sameBytes(UnsafeBufferPointer(rebasing: hay[start..<(start + pin.count)]), pin) {
                    return true
                }
                return false
            } ?? nil
        }
        if let answer, let known = answer { return known }
        return contains(needle)
    }
}
