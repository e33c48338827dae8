/// Finds the slot of each id a `KnowledgeGraph` names by the id's UTF-8 bytes: an open-addressed
/// table of slot numbers, probed with a hash of the bytes taken eight at a time, instead of a
/// `[NodeID: Int32]` whose every lookup runs `String`'s hasher (and whose growth hashes every id
/// again).
///
/// Bytes decide only while every id met is ASCII, as the ids of `NodeID.init(kind:slug:)` and
/// `NodeID.init(raw:)` always are: two ASCII strings are equal as `String`s exactly when their
/// bytes are. An id that is not ASCII (one decoded as it was written, say) can be canonically
/// equivalent to another spelling, even to an ASCII one (`K`, KELVIN SIGN, is `K`), so the first
/// such id filed turns the table into a `[NodeID: Int32]` for good, and it then finds ids as
/// `String`'s `==` does, as the graph always did. A lookup of such an id while the table is still
/// on bytes compares it with each id filed (it can match at most one of them).
struct IDSlotTable: Sendable {
    /// Per cell: 0 when empty, else the tag (the upper half of the id's hash) in the upper 32
    /// bits and the slot plus one in the lower. The count of cells is a power of two.
    private var cells: [UInt64] = []
    private var filed = 0
    /// Every id by `String` equality, once an id that is not ASCII was filed.
    private var byString: [NodeID: Int32]?

    /// Mixed into every hash: fixed for the process, so that no input can be made to collide on
    /// purpose from one run to the next. (The table is never read in order: it decides nothing
    /// that is written.)
    private static let seed = UInt64.random(in: 0...UInt64.max)

    /// What finding an id needs: its hash, or nil when it is not ASCII.
    struct Key {
        fileprivate let hash: UInt64?
    }

    /// The key of `id` (its bytes hashed once, for a lookup and a filing).
    static func key(_ id: NodeID) -> Key {
        var raw = id.rawValue
        return Key(hash: raw.withUTF8 { hash($0) })
    }

    /// The slot of `id` (whose key is `key`) among `ids`, the graph's ids by slot, or nil.
    func find(_ id: NodeID, _ key: Key, in ids: [NodeID]) -> Int32? {
        if let byString { return byString[id] }
        guard let hash = key.hash else {
            // Not ASCII, every filed id ASCII: at most one can be canonically equivalent.
            return ids.firstIndex(of: id).map { Int32($0) }
        }
        guard !cells.isEmpty else { return nil }
        var wanted = id.rawValue
        return wanted.withUTF8 { bytes -> Int32? in
            let tag = hash >> 32, mask = cells.count - 1
            var at = Int(truncatingIfNeeded: tag) & mask
            while true {
                let cell = cells[at]
                if cell == 0 { return nil }
                if cell >> 32 == tag {
                    let slot = Int32(truncatingIfNeeded: cell & 0xFFFF_FFFF) - 1
                    if ids.indices.contains(Int(slot)), Self.sameBytes(ids[Int(slot)], bytes) { return slot }
                }
                at = (at + 1) & mask
            }
        }
    }

    /// Turns the table to `String` equality when `key`'s id is not ASCII: before such an id is
    /// filed, or given as the spelling of a slot (`KnowledgeGraph.insert` respells a slot as its
    /// node's id), since the bytes of the slot's id would then no longer be the ones filed.
    mutating func admit(_ key: Key, ids: [NodeID]) {
        guard byString == nil, key.hash == nil else { return }
        var all: [NodeID: Int32] = [:]
        all.reserveCapacity(ids.count)
        for (s, id) in ids.enumerated() { all[id] = Int32(s) }
        byString = all
        cells = []
    }

    /// Files `slot` for `id` (whose key is `key`, admitted); `ids` holds it at `slot` already,
    /// and every slot before it is filed.
    mutating func file(_ id: NodeID, _ key: Key, slot: Int32) {
        if byString != nil {
            byString?[id] = slot
            return
        }
        guard let hash = key.hash else { return }
        if (filed + 1) * 2 > cells.count { grow() }
        place(tag: hash >> 32, slot: slot)
        filed += 1
    }

    private mutating func place(tag: UInt64, slot: Int32) {
        let mask = cells.count - 1
        var at = Int(truncatingIfNeeded: tag) & mask
        while cells[at] != 0 { at = (at + 1) & mask }
        cells[at] = tag << 32 | UInt64(UInt32(bitPattern: slot) &+ 1)
    }

    /// Twice the cells (at least 64), every slot placed again from its tag: no id read again.
    private mutating func grow() {
        let old = cells
        cells = [UInt64](repeating: 0, count: max(64, old.count * 2))
        for cell in old where cell != 0 {
            place(tag: cell >> 32, slot: Int32(truncatingIfNeeded: cell & 0xFFFF_FFFF) - 1)
        }
    }

    /// A 64-bit hash of `bytes`, eight at a time, or nil when one of them is not ASCII.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let raw = UnsafeRawBufferPointer(bytes)
        var h = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= word
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        high |= tail
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return high & 0x8080_8080_8080_8080 == 0 ? h : nil
    }

    /// Whether `id`'s UTF-8 bytes are `bytes`.
    private static func sameBytes(_ id: NodeID, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var raw = id.rawValue
        return raw.withUTF8 { mine in
            guard mine.count == bytes.count else { return false }
            let a = UnsafeRawBufferPointer(mine), b = UnsafeRawBufferPointer(bytes)
            var i = 0
            while i + 8 <= a.count {
                if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            while i < a.count {
                if a[i] != b[i] { return false }
                i += 1
            }
            return true
        }
    }
}
