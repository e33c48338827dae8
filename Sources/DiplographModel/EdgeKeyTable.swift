/// The record of each live edge of a `KnowledgeGraph` by its key (ends, role and relation, all
/// integers): an open-addressed table of record numbers, instead of a `[EdgeKey: Int32]` that runs
/// `Hasher` for every edge added and hashes every key again as it grows. Each cell holds a record
/// number (plus one; 0 is empty), and keys are read from the records themselves, so a cell is four
/// bytes. Removal shifts the cells after it back (no tombstones), so lookups stay short however
/// many edges are removed.
struct EdgeKeyTable: Sendable {
    private var cells: [Int32] = []
    /// How many records are filed.
    private(set) var count = 0

    /// Mixed into every hash, fixed for the process: the table is never read in order, so it
    /// decides nothing that is written.
    private static let seed = UInt64.random(in: 0...UInt64.max)

    private static func home(_ key: KnowledgeGraph.EdgeKey, _ mask: Int) -> Int {
        let ends = UInt64(UInt32(bitPattern: key.source)) | UInt64(UInt32(bitPattern: key.target)) << 32
        let rest = UInt64(UInt32(bitPattern: key.role)) << 8 | UInt64(key.relation)
        var h = (ends ^ seed) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        h = (h ^ rest) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The record filed for `key`, or nil.
    func find(_ key: KnowledgeGraph.EdgeKey, in records: [KnowledgeGraph.EdgeRecord]) -> Int32? {
        guard !cells.isEmpty else { return nil }
        let mask = cells.count - 1
        var at = Self.home(key, mask)
        while true {
            let cell = cells[at]
            if cell == 0 { return nil }
            let record = Int(cell - 1)
            if records.indices.contains(record), records[record].key == key { return Int32(record) }
            at = (at + 1) & mask
        }
    }

    /// Files `record` for `key` and returns nil, or returns the record filed for `key` already
    /// (and files nothing). `records` holds every record filed so far (`record` may be past it).
    mutating func claim(_ key: KnowledgeGraph.EdgeKey, record: Int32, in records: [KnowledgeGraph.EdgeRecord]) -> Int32? {
        if (count + 1) * 3 > cells.count * 2 { grow(records) }
        let mask = cells.count - 1
        var at = Self.home(key, mask)
        while true {
            let cell = cells[at]
            if cell == 0 { break }
            let earlier = Int(cell - 1)
            if records.indices.contains(earlier), records[earlier].key == key { return Int32(earlier) }
            at = (at + 1) & mask
        }
        cells[at] = record + 1
        count += 1
        return nil
    }

    /// Takes out the record filed for `key` (nothing when there is none): the cells after it in
    /// its run move back where a lookup would still reach them.
    mutating func remove(_ key: KnowledgeGraph.EdgeKey, in records: [KnowledgeGraph.EdgeRecord]) {
        guard !cells.isEmpty else { return }
        let mask = cells.count - 1
        var hole = Self.home(key, mask)
        while true {
            let cell = cells[hole]
            if cell == 0 { return }
            let record = Int(cell - 1)
            if records.indices.contains(record), records[record].key == key { break }
            hole = (hole + 1) & mask
        }
        cells[hole] = 0
        count -= 1
        var at = (hole + 1) & mask
        while cells[at] != 0 {
            let record = Int(cells[at] - 1)
            if records.indices.contains(record) {
                let home = Self.home(records[record].key, mask)
                // The cell may move to the hole when its home is not in the cyclic range (hole, at].
                let reachable = hole <= at ? (home > hole && home <= at) : (home > hole || home <= at)
                if !reachable {
                    cells[hole] = cells[at]
                    cells[at] = 0
                    hole = at
                }
            }
            at = (at + 1) & mask
        }
    }

    /// Every record filed again after the records were renumbered (`records`' live ones, in order).
    mutating func refile(_ records: [KnowledgeGraph.EdgeRecord]) {
        cells = []
        count = 0
        for (index, r) in records.enumerated() { _ = claim(r.key, record: Int32(index), in: records) }
    }

    /// Twice the cells (at least 64), every record placed again.
    private mutating func grow(_ records: [KnowledgeGraph.EdgeRecord]) {
        let old = cells
        cells = [Int32](repeating: 0, count: max(64, old.count * 2))
        let mask = cells.count - 1
        for cell in old where cell != 0 {
            let record = Int(cell - 1)
            guard records.indices.contains(record) else { continue }
            var at = Self.home(records[record].key, mask)
            while cells[at] != 0 { at = (at + 1) & mask }
            cells[at] = cell
        }
    }
}
