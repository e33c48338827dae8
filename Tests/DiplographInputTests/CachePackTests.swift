@testable import DiplographInput
import DiplographModel
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The packs the article cache keeps its entries in (`CachePack`, `PackWriter`, `PackShelf`,
/// `PackCompaction`).
@Suite("article cache packs")
struct CachePackTests {
    static let context = ArticleGraphCache.Context(toolVersion: "1", build: "b", lexicon: "l")

    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cache-pack-\(UUID().uuidString)").path
    }

    /// A small graph told apart by `n`: an article whose title is `n`.
    static func graph(_ n: Int) -> KnowledgeGraph {
        var g = KnowledgeGraph()
        g.insert(Article(id: NodeID(raw: "article-a"), title: "t\(n)", published: nil, file: "a.txt"))
        g.insert(Actor(id: NodeID(raw: "actor-\(n)"), label: "Nguyễn \(n)", actorType: .person))
        g.connect(Edge(source: NodeID(raw: "article-a"), target: NodeID(raw: "actor-\(n)"), relation: .mentions, weight: Double(n)))
        return g
    }

    static func key(_ n: Int) -> String { sha256Hex(Array("key \(n)".utf8)) }

    /// The title of the graph a fresh cache on `directory` finds under key `n`, or nil.
    static func title(in directory: String, _ n: Int) -> String? {
        title(ArticleGraphCache(directory: directory, context: context), n)
    }

    static func title(_ cache: ArticleGraphCache, _ n: Int) -> String? {
        guard let (_, bytes) = cache.shelf.record(forKey: key(n)),
              case .success(let g)? = ArticleGraphCache.graph(fromEntry: bytes, key: key(n)) else { return nil }
        return g.articles.first?.title
    }

    static func packs(_ directory: String) -> [String] {
        let folder = ArticleGraphCache.packFolder(in: directory)
        return PackShelf.packNames(in: folder).map { (folder as NSString).appendingPathComponent($0) }
    }

    static func files(_ directory: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: ArticleGraphCache.packFolder(in: directory))) ?? []
    }

    /// A cache on `directory` that stored graphs `numbers` and committed them; the pack's path.
    @discardableResult
    static func storePack(_ directory: String, _ numbers: some Sequence<Int>) throws -> String {
        let cache = ArticleGraphCache(directory: directory, context: context)
        for n in numbers { cache.store(graph(n), forKey: key(n)) }
        return try #require(cache.commit())
    }

    @Test("stored graphs are read back, by a later cache, once the pack is committed; nothing stored, no pack")
    func storeAndRead() throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let idle = ArticleGraphCache(directory: directory, context: Self.context)
        #expect(idle.commit() == nil)
        #expect(!FileManager.default.fileExists(atPath: directory), "a run that stored nothing made the cache folder")

        let cache = ArticleGraphCache(directory: directory, context: Self.context)
        let sample = CacheEntryTests.sample()
        cache.store(sample, forKey: Self.key(0))
        for n in 1...3 { cache.store(Self.graph(n), forKey: Self.key(n)) }
        cache.store(Self.graph(9), forKey: Self.key(1))     // a key stored twice: the first stays
        #expect(Self.title(in: directory, 1) == nil, "a pack was readable before its commit")
        let pack = try #require(cache.commit())
        #expect(Self.packs(directory) == [pack])
        #expect(Self.files(directory) == [(pack as NSString).lastPathComponent], "a temporary file was left")
        #expect(cache.commit() == nil, "a second commit")

        let later = ArticleGraphCache(directory: directory, context: Self.context)
        let (_, bytes) = try #require(later.shelf.record(forKey: Self.key(0)))
        let back = try #require(try? ArticleGraphCache.graph(fromEntry: bytes, key: Self.key(0))?.get())
        #expect(back.nodes == sample.nodes && CacheEntryTests.edgeFields(back) == CacheEntryTests.edgeFields(sample))
        #expect((1...3).map { Self.title(later, $0) } == ["t1", "t2", "t3"])
        #expect(Self.title(later, 4) == nil)
        // Through the article check too, as a run reads it.
        let article = SourceArticle(file: "a.txt", path: "/x/a.txt", text: "x", metadata: ArticleMetadata(), id: NodeID(raw: "article-a"))
        #expect(later.graph(forKey: Self.key(2), of: article)?.articles.first?.title == "t2")
    }

    @Test("a pack cut anywhere is no pack; a byte flipped anywhere never gives another graph")
    func cutsAndFlips() throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let pack = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try Self.storePack(directory, 1...3))))
        let index = try #require(CachePack.index(ofPack: pack))
        #expect(index.count == 3)
        for n in 0..<pack.count where CachePack.index(ofPack: Array(pack.prefix(n))) != nil {
            Issue.record("a pack cut to \(n) of \(pack.count) bytes has an index")
        }
        #expect(CachePack.index(ofPack: pack + [0]) == nil, "a pack with a byte after it has an index")
        let expected = Dictionary(uniqueKeysWithValues: (1...3).map { (Self.key($0), GraphCoding.encode(Self.graph($0))) })
        var readable = 0
        for i in 0..<pack.count {
            var flipped = pack
            flipped[i] ^= 0x04
            guard let index = CachePack.index(ofPack: flipped) else { continue }
            for (key, location) in index {
                let record = Array(flipped[location.offset..<(location.offset + location.length)])
                guard let body = CacheEntry.body(of: record, key: key) else { continue }
                readable += 1
                if Array(record[body...]) != expected[key] { Issue.record("byte \(i) flipped gave another graph under \(key)") }
            }
        }
        // Flips inside one record leave the other two readable: the check is not vacuous.
        #expect(readable > 0)

        // On disk: the cut pack is no pack, and the run reads nothing from it.
        try Data(pack.prefix(pack.count - 1)).write(to: URL(fileURLWithPath: Self.packs(directory)[0]))
        #expect((1...3).allSatisfy { Self.title(in: directory, $0) == nil })
    }

    @Test("a pack of another format version, whole and consistent in itself, is not read")
    func foreignVersion() throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let version = ArticleGraphCache.formatVersion + 1
        let entry = try #require(CacheEntry.make(key: Self.key(1), body: GraphCoding.encode(Self.graph(1)), version: version))
        let header = CachePack.header(version: version)
        let rows = [(key: try #require(CacheEntry.digestBytes(hex: Self.key(1))),
                     location: CachePack.Location(offset: header.count, length: entry.count))]
        let pack = header + entry + CachePack.tail(rows: rows, indexOffset: header.count + entry.count, version: version)
        #expect(CachePack.index(header: Array(pack.prefix(8)), index: Array(pack[(8 + entry.count)..<(pack.count - 52)]),
                                trailer: Array(pack.suffix(52)), packSize: pack.count, maximumRecord: 1 << 20, version: version) != nil,
                "the foreign pack is a good pack of its own version")
        #expect(CachePack.index(ofPack: pack) == nil)
        try FileManager.default.createDirectory(atPath: ArticleGraphCache.packFolder(in: directory), withIntermediateDirectories: true)
        try Data(pack).write(to: URL(fileURLWithPath: ArticleGraphCache.packFolder(in: directory) + "/00000000000000001-1-1.pack"))
        #expect(Self.title(in: directory, 1) == nil)
    }

    @Test("two caches writing at once, each from many threads, commit two packs that both read back whole")
    func twoWriters() throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let a = ArticleGraphCache(directory: directory, context: Self.context)
        let b = ArticleGraphCache(directory: directory, context: Self.context)
        // 0..<300 by the first, 200..<500 by the second: keys in both are the same graphs.
        DispatchQueue.concurrentPerform(iterations: 500) { i in
            if i < 300 { a.store(Self.graph(i), forKey: Self.key(i)) }
            if i >= 200 { b.store(Self.graph(i), forKey: Self.key(i)) }
        }
        let packs = [a.commit(), b.commit()]
        #expect(packs.allSatisfy { $0 != nil } && Set(packs).count == 2)
        #expect(Self.files(directory).count == 2)
        let reader = ArticleGraphCache(directory: directory, context: Self.context)
        let wrong = (0..<500).filter { Self.title(reader, $0) != "t\($0)" }
        #expect(wrong.isEmpty, "keys read wrong or not at all: \(wrong.prefix(10))")
    }

    @Test("packs past the count limit are merged into one; past the size limit, only the newest entries are kept")
    func compaction() throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for p in 0..<5 { try Self.storePack(directory, (10 * p)..<(10 * p + 10)) }
        #expect(Self.packs(directory).count == 5)
        // Under both limits: nothing happens.
        ArticleGraphCache.compact(directory: directory, maximumPacks: 5, maximumBytes: 1 << 30)
        #expect(Self.packs(directory).count == 5)

        let before = ArticleGraphCache(directory: directory, context: Self.context)
        ArticleGraphCache.compact(directory: directory, maximumPacks: 3, maximumBytes: 1 << 30)
        #expect(Self.packs(directory).count == 1)
        #expect(Self.files(directory).count == 1, "a temporary file was left")
        let after = ArticleGraphCache(directory: directory, context: Self.context)
        #expect((0..<50).allSatisfy { Self.title(after, $0) == "t\($0)" })
        // A run that opened the old packs before still reads them.
        #expect((0..<50).allSatisfy { Self.title(before, $0) == "t\($0)" })

        // Two more packs, the newest holding 40..<45 again, and a limit that holds about twelve
        // entries: what stays is at most half the limit, and only from the newest packs.
        try Self.storePack(directory, 60..<70)
        try Self.storePack(directory, 40..<45)
        let record = try #require(CacheEntry.make(key: Self.key(60), body: GraphCoding.encode(Self.graph(60)))).count
        let limit = 24 * record
        ArticleGraphCache.compact(directory: directory, maximumPacks: 16, maximumBytes: limit)
        let packs = Self.packs(directory)
        #expect(packs.count == 1)
        let size = try #require(FileState.of(packs[0])?.size)
        #expect(size <= Int64(limit), "the compacted pack has \(size) bytes, over the limit \(limit)")
        let kept = Set((0..<70).filter { Self.title(in: directory, $0) != nil })
        #expect(kept.count >= 8 && kept.count <= 12 + 1, "kept \(kept.sorted())")
        #expect(Set(40..<45).isSubset(of: kept), "the newest pack's entries were not kept: \(kept.sorted())")
        #expect(kept.isSubset(of: Set(40..<45).union(60..<70)), "older entries kept before newer ones: \(kept.sorted())")
    }

    @Test("a cache folder that cannot be written stores nothing and leaves nothing, without failing")
    func unwritable() throws {
        let parent = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let blocker = parent + "/cache"
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let cache = ArticleGraphCache(directory: blocker, context: Self.context)
        cache.store(Self.graph(1), forKey: Self.key(1))
        #expect(cache.commit() == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["cache"])
    }

    @Test("a full disk (writes to /dev/full) drops the pack: later entries are not kept, the commit gives nothing")
    func fullDisk() throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The temporary file is made, but writes into the pack go to /dev/full and fail from
        // the first flush on, as on a full disk: a writer that ignored that would commit it.
        let fullDisk: @Sendable (String) -> Int32 = { path in
            close(open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644))
            return open("/dev/full", O_WRONLY | O_CLOEXEC)
        }
        let full = PackWriter(folder: directory, create: fullDisk)
        let entry = [UInt8](repeating: 0x5A, count: 300 << 10)
        for n in 0..<5 { full.append(key: Self.key(n), entry: entry) }      // past the 1 MiB flush
        #expect(full.commit() == nil)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).isEmpty, "a pack or its temporary file was left")
        // Failing only at the commit (everything still in memory until then) gives nothing either.
        let late = PackWriter(folder: directory, create: fullDisk)
        late.append(key: Self.key(1), entry: entry)
        #expect(late.commit() == nil)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).isEmpty, "a pack or its temporary file was left")
        // The same entries into a real file make a pack that reads back (the check above is not vacuous).
        let real = PackWriter(folder: directory)
        for n in 0..<5 { real.append(key: Self.key(n), entry: entry) }
        let pack = try #require(real.commit())
        #expect(PackFile(path: pack, maximumRecord: 1 << 20)?.index.count == 5)
    }

    @Test("when the writer's queue falls behind, entries past the waiting limit are made on the caller's thread")
    func boundedQueue() throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let writer = PackWriter(folder: directory)
        let gate = DispatchSemaphore(value: 0)
        let made = Counter()
        let total = PackWriter.maximumWaiting + 40
        for n in 0..<total {
            writer.enqueue {
                // The first piece of work holds the queue until the test lets it go (at most 30 s).
                if n == 0 { _ = gate.wait(timeout: .now() + 30) }
                made.add()
                return CacheEntry.make(key: Self.key(n), body: GraphCoding.encode(Self.graph(n))).map { (Self.key(n), $0) }
            }
        }
        // One running and `maximumWaiting - 1` waiting behind it: the rest ran here, at once.
        #expect(made.value == total - PackWriter.maximumWaiting)
        gate.signal()
        let pack = try #require(writer.commit())
        #expect(made.value == total)
        let file = try #require(PackFile(path: pack, maximumRecord: 1 << 20))
        #expect(file.index.count == total)
    }

    @Test("a pack never committed leaves no temporary file behind when its run ends")
    func uncommitted() throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let cache = ArticleGraphCache(directory: directory, context: Self.context)
            withExtendedLifetime(cache) {
                cache.store(Self.graph(1), forKey: Self.key(1))
                cache.writer.drain()
                #expect(Self.files(directory).count == 1 && Self.packs(directory).isEmpty)
            }
        }
        #expect(Self.files(directory).isEmpty)
    }
}

/// A count shared between threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
