import Foundation

/// The committed packs of a cache folder as a run found them when it started, newest first, and
/// which pack holds each key. Packs committed later by other runs are not seen by this one.
final class PackShelf: Sendable {
    let packs: [PackFile]
    private let holder: [String: Int]

    /// The packs in `folder` whose index checks; the rest are passed over.
    init(folder: String, maximumRecord: Int) {
        packs = Self.packNames(in: folder).reversed().compactMap {
            PackFile(path: (folder as NSString).appendingPathComponent($0), maximumRecord: maximumRecord)
        }
        var holder: [String: Int] = [:]
        for (number, pack) in packs.enumerated() {
            for key in pack.index.keys where holder[key] == nil { holder[key] = number }
        }
        self.holder = holder
    }

    /// The record filed under `key` in the newest pack that lists it, with that pack's path; nil
    /// when no pack lists it or its bytes cannot be read.
    func record(forKey key: String) -> (pack: String, bytes: [UInt8])? {
        guard let number = holder[key], let location = packs[number].index[key],
              let bytes = packs[number].record(at: location) else { return nil }
        return (packs[number].path, bytes)
    }

    /// The names of the committed packs in `folder`, oldest first (their names start with the
    /// time they were made).
    static func packNames(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(CachePack.suffix) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}

/// Keeps a cache folder's packs few and its size bounded: when there are more than
/// `maximumPacks` packs or they hold more than `maximumBytes`, the newest entries, up to half of
/// `maximumBytes`, are copied (each checked first) into one new pack, and the packs they came from
/// are removed. A run that opened a removed pack before still reads it (its file stays open); one
/// that lists the folder during a compaction finds the old packs or the new one, either whole.
enum PackCompaction {
    /// Compacts the packs in `folder` if they are over the limits; the new pack's path, or nil
    /// when nothing was done.
    @discardableResult
    static func compact(folder: String, maximumPacks: Int, maximumBytes: Int, maximumRecord: Int) -> String? {
        let names = PackShelf.packNames(in: folder)
        let paths = names.map { (folder as NSString).appendingPathComponent($0) }
        let total = paths.reduce(0) { $0 + Int(FileState.of($1)?.size ?? 0) }
        guard names.count > maximumPacks || total > maximumBytes else { return nil }
        let shelf = PackShelf(folder: folder, maximumRecord: maximumRecord)
        let writer = PackWriter(folder: folder)
        var kept = Set<String>(), bytes = 0, stored = 0
        for pack in shelf.packs {
            for key in pack.index.keys.sorted() where !kept.contains(key) {
                guard let location = pack.index[key], bytes + location.length <= maximumBytes / 2 else { continue }
                guard let record = pack.record(at: location), CacheEntry.body(of: record, key: key) != nil else { continue }
                writer.append(key: key, entry: record)
                kept.insert(key)
                bytes += location.length
                stored += 1
            }
        }
        let merged = writer.commit()
        // A merge that could not be written (a full disk) leaves the packs as they were, unless
        // nothing was worth keeping.
        guard merged != nil || stored == 0 else { return nil }
        for path in paths { unlink(path) }
        return merged
    }
}
