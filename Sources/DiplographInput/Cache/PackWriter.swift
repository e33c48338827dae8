import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The pack a run writes: the entries it stores, appended to one temporary file as the articles
/// are extracted (from any thread), then indexed and renamed into place by `commit`. Entries
/// handed in as work (`enqueue`) are made (encoded, hashed) and appended on the writer's own
/// serial queue, so the extraction threads do not wait for them; `commit` waits for the queue.
/// The order of the records in the file follows the order the work arrived in; the index is
/// sorted by key.
///
/// Best effort, like the cache: nothing is created until the first entry; a folder that cannot be
/// written, or a write that fails (a full disk), drops the pack (its temporary file is removed)
/// and the run goes on without storing. Not `fsync`ed: a pack cut short by a crash fails its
/// trailer's check and is no pack.
final class PackWriter: @unchecked Sendable {
    private let folder: String
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "diplograph.cache-pack", qos: .utility)
    // Guarded by `lock`.
    private var descriptor: Int32 = -1
    private var temporary = ""
    private var target = ""
    private var buffer: [UInt8] = []
    private var written = 0
    private var rows: [(key: [UInt8], location: CachePack.Location)] = []
    private var keys = Set<String>()
    private var state = State.idle
    private var waiting = 0

    private enum State { case idle, open, failed, done }

    /// Bytes gathered before they are written out.
    static let flushSize = 1 << 20

    /// Opens a new temporary file for writing (a descriptor, or -1); tests hand in one that fails.
    private let create: @Sendable (String) -> Int32

    init(folder: String, create: @escaping @Sendable (String) -> Int32 = { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }) {
        self.folder = folder
        self.create = create
    }

    /// Runs `make` on the writer's queue and appends the entry it gives (key, whole entry), if any.
    /// When `maximumWaiting` pieces of work are already waiting (the queue is falling behind, and
    /// each holds a graph in memory), `make` runs on the caller's thread instead.
    func enqueue(_ make: @escaping @Sendable () -> (key: String, entry: [UInt8])?) {
        lock.lock()
        let queued = waiting < Self.maximumWaiting
        if queued { waiting += 1 }
        lock.unlock()
        guard queued else {
            if let (key, entry) = make() { append(key: key, entry: entry) }
            return
        }
        queue.async {
            if let (key, entry) = make() { self.append(key: key, entry: entry) }
            self.lock.lock()
            self.waiting -= 1
            self.lock.unlock()
        }
    }

    /// Most pieces of work waiting on the queue at once.
    static let maximumWaiting = 256

    /// Waits until every entry enqueued so far is appended.
    func drain() { queue.sync {} }

    /// Appends the entry `bytes` (a whole `CacheEntry`) filed under `key`; a key already in the
    /// pack is left as it is.
    func append(key: String, entry bytes: [UInt8]) {
        guard let keyBytes = CacheEntry.digestBytes(hex: key) else { return }
        lock.lock()
        defer { lock.unlock() }
        if state == .idle { start() }
        guard state == .open, keys.insert(key).inserted else { return }
        rows.append((keyBytes, CachePack.Location(offset: written + buffer.count, length: bytes.count)))
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Writes the index and renames the pack into place: from then on other runs read it. Returns
    /// the pack's path, or nil when nothing was stored or the pack could not be written.
    @discardableResult
    func commit() -> String? {
        drain()
        lock.lock()
        defer { lock.unlock() }
        guard state == .open else { return nil }
        buffer.append(contentsOf: CachePack.tail(rows: rows, indexOffset: written + buffer.count))
        flush()
        guard state == .open else { return nil }
        state = .done
        if close(descriptor) != 0 || rename(temporary, target) != 0 {
            unlink(temporary)
            return nil
        }
        return target
    }

    /// Removes the temporary file of a pack that was never committed.
    deinit {
        if state == .open {
            close(descriptor)
            unlink(temporary)
        }
    }

    private func start() {
        state = .failed
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        target = (folder as NSString).appendingPathComponent(PackWriter.packName())
        temporary = target + ".tmp-\(getpid())-" + String(UInt64.random(in: .min ... .max), radix: 16)
        descriptor = create(temporary)
        guard descriptor >= 0 else { return }
        state = .open
        buffer.reserveCapacity(Self.flushSize + (64 << 10))
        buffer.append(contentsOf: CachePack.header())
    }

    private func flush() {
        guard state == .open, !buffer.isEmpty else { return }
        if PackIO.write(descriptor, buffer) {
            written += buffer.count
            buffer.removeAll(keepingCapacity: true)
        } else {
            state = .failed
            close(descriptor)
            unlink(temporary)
            buffer = []
            rows = []
        }
    }

    /// A new pack's name: the time to the microsecond (so names sort oldest first), the process and
    /// a random number (so two runs never pick the same), then `.pack`.
    static func packName() -> String {
        let now = FileState.Timestamp.now()
        let micro = now.seconds &* 1_000_000 &+ now.nanoseconds / 1000
        let time = String(micro)
        return String(repeating: "0", count: max(0, 17 - time.count)) + time + "-\(getpid())-"
            + String(UInt32.random(in: .min ... .max), radix: 16) + CachePack.suffix
    }
}
