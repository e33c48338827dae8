import DiplographModel
import Foundation

/// Per-article graphs kept on disk between runs, so that a re-export only reads the articles that
/// changed.
///
/// An entry is named by the SHA-256 of everything the article's graph depends on: the article's
/// bytes, its file name and metadata (front matter or manifest entry), the tool's version and
/// build, and the lexicon files (`key(for:digest:)`). An entry is binary (`CacheEntry`): a
/// versioned header that repeats the key and holds the length and SHA-256 of the body, then the
/// graph in `GraphCoding`'s compact form. The entries a run stores go into one pack file
/// (`CachePack`, `article-graphs-v4/TIME-PID-RANDOM.pack`), written as the articles are extracted
/// and renamed into place with its index by `commit()`, so concurrent runs never see half a pack
/// and never write the same file. A run reads the packs committed before it started, through their
/// indexes. A pack or an entry that is unreadable, truncated, altered, filed under another key or
/// of another format is passed over, and the article is read again. `PackCompaction` keeps the
/// packs few and their size bounded. The folder is safe to delete.
public struct ArticleGraphCache: Sendable {
    /// Bump when the entry format or the coding of the graph changes (2: JSON; 3: binary, a file
    /// per entry; 4: binary entries in one pack per run).
    static let formatVersion = 4

    /// At most this many packs are kept, and at most this many bytes in them
    /// (`PackCompaction`, run by `compact()`).
    public static let maximumPacks = 16
    public static let maximumBytes = 1 << 30

    public let directory: String
    /// What the graphs depend on besides each article; part of every key.
    public let context: Context

    /// Where messages about entries that are dropped go (an entry whose hash is right but whose
    /// graph fails `CachedGraphCheck`: written by something other than the tool).
    public let report: @Sendable (String) -> Void

    /// Largest entry read, in bytes; a larger file under an entry's name is not one of ours.
    static let maximumEntrySize = 256 << 20

    /// The packs committed when the cache was opened.
    let shelf: PackShelf
    /// The pack this run's entries go to.
    let writer: PackWriter

    /// The cache in `directory`, with the packs committed there so far.
    public init(directory: String, context: Context, report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.directory = directory
        self.context = context
        self.report = report
        let folder = Self.packFolder(in: directory)
        shelf = PackShelf(folder: folder, maximumRecord: Self.maximumEntrySize)
        writer = PackWriter(folder: folder)
    }

    /// Where the packs of this format live in the cache `directory`.
    public static func packFolder(in directory: String) -> String {
        (directory as NSString).appendingPathComponent("article-graphs-v\(formatVersion)")
    }

    /// Compacts the packs in `directory` when there are more than `maximumPacks` or they hold
    /// more than `maximumBytes` (`PackCompaction`); best effort. Call before opening the cache.
    public static func compact(directory: String, maximumPacks: Int = maximumPacks, maximumBytes: Int = maximumBytes) {
        PackCompaction.compact(folder: packFolder(in: directory), maximumPacks: maximumPacks, maximumBytes: maximumBytes,
                               maximumRecord: maximumEntrySize)
    }

    /// `$DIPLOGRAPH_CACHE`, else `$XDG_CACHE_HOME/diplograph`, else `~/.cache/diplograph`; nil when
    /// none can be named (no home folder). Empty or relative `XDG_CACHE_HOME` is ignored, as the
    /// XDG Base Directory specification says.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["DIPLOGRAPH_CACHE"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("diplograph")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        guard !home.isEmpty else { return nil }
        return ((home as NSString).appendingPathComponent(".cache") as NSString).appendingPathComponent("diplograph")
    }

    /// What the graphs of a run depend on besides each article.
    public struct Context: Sendable, Equatable {
        /// The tool's version.
        public var toolVersion: String
        /// Anything that changes when the tool is rebuilt (e.g. size and time of its executable),
        /// so that a changed extractor never reads graphs made by an older one of the same version.
        public var build: String
        /// `FolderFingerprint.sha256(ofFiles:)` of the lexicon in use (`ArticleCacheSetup`).
        public var lexicon: String

        public init(toolVersion: String, build: String, lexicon: String) {
            self.toolVersion = toolVersion
            self.build = build
            self.lexicon = lexicon
        }
    }

    /// The entry name for `article`, whose file bytes have the SHA-256 `digest`: the SHA-256, as
    /// hex, of the format, the context and the article's name, id, digest and metadata, each after
    /// its length (or as numbers of their own), so that no two different lists of fields give the
    /// same bytes. The article's bytes are hashed once, when read; this hashes only these few
    /// fields. Every field of `ArticleMetadata` is written (`metadataFields` names them, and a test
    /// fails when the type gains a field that is not).
    public func key(for article: SourceArticle, digest: String) -> String {
        var fields = EntryWriter(capacity: 512)
        fields.string("diplograph-article-graph-key")
        fields.count(Self.formatVersion)
        let metadata = article.metadata
        for field in [context.toolVersion, context.build, context.lexicon, article.file, article.id.rawValue, digest,
                      metadata.title, metadata.language, metadata.source, metadata.url] {
            fields.string(field)
        }
        if let published = metadata.published {
            fields.bool(true)
            fields.signed(published.year)
            fields.count(published.month ?? 0)
            fields.count(published.day ?? 0)
        } else {
            fields.bool(false)
        }
        return sha256Hex(fields.bytes)
    }

    /// The fields of `ArticleMetadata` that `key(for:digest:)` writes.
    static let metadataFields = ["title", "published", "language", "source", "url"]

    /// The graph of `article` stored under `key`, or nil when there is none or it cannot be
    /// trusted. Entries cut short or altered (the hash does not match) are passed over silently.
    /// An entry whose hash matches but whose graph is not one the extractor makes
    /// (`CachedGraphCheck`) is reported, and the article read again.
    public func graph(forKey key: String, of article: SourceArticle) -> KnowledgeGraph? {
        guard let (pack, bytes) = shelf.record(forKey: key),
              let decoded = Self.graph(fromEntry: bytes, key: key) else { return nil }
        let graph: KnowledgeGraph
        switch decoded {
        case .success(let decoded): graph = decoded
        case .failure(let problem):
            report("\(pack): cache entry \(key) dropped: \(problem); \(article.path) is read again")
            return nil
        }
        if let problem = CachedGraphCheck.problem(in: graph, for: article) {
            report("\(pack): cache entry \(key) dropped: \(problem); \(article.path) is read again")
            return nil
        }
        return graph
    }

    /// The graph in the entry `bytes` filed under `key`: nil when they are not a whole, unaltered
    /// entry of this format under that key (passed over silently), else the graph or why its body
    /// cannot be one.
    public static func graph(fromEntry bytes: [UInt8], key: String) -> Result<KnowledgeGraph, GraphCoding.Problem>? {
        guard let body = CacheEntry.body(of: bytes, key: key) else { return nil }
        return GraphCoding.decode(bytes, from: body)
    }

    /// The entries of the pack held whole in `bytes`, by key, each as `graph(fromEntry:key:)`
    /// reads it; nil when `bytes` is not a whole pack of this format.
    public static func graphs(inPack bytes: [UInt8]) -> [String: Result<KnowledgeGraph, GraphCoding.Problem>?]? {
        guard let index = CachePack.index(ofPack: bytes, maximumRecord: maximumEntrySize) else { return nil }
        var out: [String: Result<KnowledgeGraph, GraphCoding.Problem>?] = [:]
        for (key, location) in index {
            out[key] = graph(fromEntry: Array(bytes[location.offset..<(location.offset + location.length)]), key: key)
        }
        return out
    }

    /// The pack, in memory, that holds `entries` (whole entries, each under its key, 64 hex
    /// digits): nil when a key is not such or comes twice, or an entry is too short or too long
    /// to be one.
    public static func pack(entries: [(key: String, entry: [UInt8])]) -> [UInt8]? {
        var out = CachePack.header(), rows: [(key: [UInt8], location: CachePack.Location)] = []
        var keys = Set<String>()
        for (key, entry) in entries {
            guard let keyBytes = CacheEntry.digestBytes(hex: key), keys.insert(CachePack.hex(keyBytes)).inserted,
                  entry.count >= CacheEntry.headerSize, entry.count <= maximumEntrySize else { return nil }
            rows.append((keyBytes, CachePack.Location(offset: out.count, length: entry.count)))
            out += entry
        }
        return out + CachePack.tail(rows: rows, indexOffset: out.count)
    }

    /// The entry `store` writes for `graph` under `key` (64 hex digits), or nil for another key.
    public static func entry(for graph: KnowledgeGraph, key: String) -> [UInt8]? {
        CacheEntry.make(key: key, body: GraphCoding.encode(graph))
    }

    /// Stores `graph` under `key` in this run's pack, which `commit()` makes readable to later
    /// runs. Best effort: a cache that cannot be written is no cache.
    /// The entry is made and written on the pack's own queue (`PackWriter`), not the caller's thread.
    public func store(_ graph: KnowledgeGraph, forKey key: String) {
        writer.enqueue { Self.entry(for: graph, key: key).map { (key, $0) } }
    }

    /// Writes the index of this run's pack and puts it in place; nothing when nothing was stored.
    /// Returns the pack's path, or nil.
    @discardableResult
    public func commit() -> String? { writer.commit() }
}

/// Extracts articles through the cache: a stored graph when one fits, else the extractor's
/// (which is then stored). The extraction is a function handed in, so that reading and caching
/// know nothing of how graphs are made.
public struct CachingExtractor: Sendable {
    public let extract: @Sendable (SourceArticle) -> KnowledgeGraph
    /// Nil: no cache, every article is extracted.
    public let cache: ArticleGraphCache?

    public init(cache: ArticleGraphCache?, extract: @escaping @Sendable (SourceArticle) -> KnowledgeGraph) {
        self.extract = extract
        self.cache = cache
    }

    /// The graph of `article`. `digest` is the SHA-256 of the bytes the article was read from, or
    /// nil when they are not known for sure (then the cache is not used).
    public func extract(_ article: SourceArticle, digest: String?) -> KnowledgeGraph {
        lookup(article, digest: digest).graph
    }

    /// The graph of `article`, as `extract` gives it, and whether it came from the cache.
    public func lookup(_ article: SourceArticle, digest: String?) -> (graph: KnowledgeGraph, cached: Bool) {
        guard let cache, let digest else { return (extract(article), false) }
        let key = cache.key(for: article, digest: digest)
        if let stored = cache.graph(forKey: key, of: article) { return (stored, true) }
        let graph = extract(article)
        cache.store(graph, forKey: key)
        return (graph, false)
    }
}
