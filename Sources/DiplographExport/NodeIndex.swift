import DiplographModel

/// The position of each node id in a sorted array of ids, found by hashing the id's UTF-8 bytes
/// (FNV-1a) into an open-addressed table: for looking up the ends of every edge without hashing
/// each as a `String`, whose hash normalises and costs several times more.
///
/// Byte equality is `String` equality for ASCII text. `String` equality is canonical equivalence,
/// under which a non-ASCII spelling can equal another (even an ASCII one: KELVIN SIGN is `K`), so an
/// id that the bytes do not find, when it or some node id is not ASCII, is looked up in a
/// `Dictionary` as well: the answers are always those of `[NodeID: Node]`.
final class NodeIndex {
    private let ids: [NodeID]
    /// Per slot: the position plus one (0: empty) and the id's hash.
    private var slots: [(position: Int, hash: UInt64)]
    private let mask: Int
    private let allASCII: Bool
    /// By `String` equality, built when first needed.
    private lazy var byString: [NodeID: Int] = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

    init(_ ids: [NodeID]) {
        self.ids = ids
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: (0, 0), count: capacity)
        var ascii = true
        for (position, id) in ids.enumerated() {
            let (hash, isASCII) = Self.hash(id.rawValue)
            ascii = ascii && isASCII
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].position != 0 { slot = (slot + 1) & mask }
            slots[slot] = (position + 1, hash)
        }
        allASCII = ascii
    }

    /// The position of `id` among the sorted ids, or nil when no node has it.
    func position(_ id: NodeID) -> Int? {
        let (hash, isASCII) = Self.hash(id.rawValue)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry.position == 0 { break }
            if entry.hash == hash && Self.sameBytes(ids[entry.position - 1].rawValue, id.rawValue) { return entry.position - 1 }
            slot = (slot + 1) & mask
        }
        guard !(isASCII && allASCII), let position = byString[id] else { return nil }
        foundByString = true
        return position
    }

    /// True once `position` found an id spelt with other bytes than the node's (a canonically
    /// equivalent spelling).
    private(set) var foundByString = false

    /// FNV-1a over the UTF-8 bytes, and whether they are all ASCII.
    private static func hash(_ text: String) -> (UInt64, Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return (h, high < 0x80)
        }
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && x.elementsEqual(y) } }
    }
}
