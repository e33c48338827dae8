import DiplographModel
import Foundation

/// Per-article graphs kept on disk between runs, so that a re-export only reads the articles that
/// changed.
///
/// An entry is named by the SHA-256 of everything the article's graph depends on: the article's
/// bytes, its file name and metadata (front matter or manifest entry), the tool's version and
/// build, and the lexicon files (`key(for:digest:)`). An entry is a binary file (`CacheEntry`): a
/// versioned header that repeats the key and holds the length and SHA-256 of the body, then the
/// graph in `GraphCoding`'s compact form. An entry that is unreadable, truncated, altered, filed
/// under another key or of another format is ignored, and the article is read again. Writes go to
/// a temporary file that is renamed into place, so concurrent runs never see half an entry. The
/// folder is safe to delete.
public struct ArticleGraphCache: Sendable {
    /// Bump when the entry format or the coding of the graph changes (2: JSON; 3: binary).
    static let formatVersion = 3

    public let directory: String
    /// What the graphs depend on besides each article; part of every key.
    public let context: Context

    /// Where messages about entries that are dropped go (an entry whose hash is right but whose
    /// graph fails `CachedGraphCheck`: written by something other than the tool).
    public let report: @Sendable (String) -> Void

    /// Largest entry read, in bytes; a larger file under an entry's name is not one of ours.
    static let maximumEntrySize = 256 << 20

    public init(directory: String, context: Context, report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.directory = directory
        self.context = context
        self.report = report
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
    /// its length, so that no two different lists of fields give the same bytes. The article's
    /// bytes are hashed once, when read; this hashes only these few fields.
    public func key(for article: SourceArticle, digest: String) -> String {
        var fields = EntryWriter(capacity: 512)
        fields.string("diplograph-article-graph-key")
        fields.count(Self.formatVersion)
        for field in [context.toolVersion, context.build, context.lexicon, article.file, article.id.rawValue, digest,
                      // Every metadata field, as Swift prints the value: a field added to
                      // `ArticleMetadata` later is part of the key without anyone adding it here.
                      String(reflecting: article.metadata)] {
            fields.string(field)
        }
        return sha256Hex(fields.bytes)
    }

    func path(forKey key: String) -> String {
        ((directory as NSString).appendingPathComponent("article-graphs-v\(Self.formatVersion)") as NSString)
            .appendingPathComponent(key + ".graph")
    }

    /// The graph of `article` stored under `key`, or nil when there is none or it cannot be
    /// trusted. Entries cut short or altered (the hash does not match) are passed over silently:
    /// a run killed while writing leaves them. An entry whose hash matches but whose graph is not
    /// one the extractor makes (`CachedGraphCheck`) is reported, and the article read again.
    public func graph(forKey key: String, of article: SourceArticle) -> KnowledgeGraph? {
        let entry = path(forKey: key)
        // Read without waiting and only if a regular file: a FIFO planted under an entry's name
        // must not stop the run.
        guard let bytes = try? FileBytes.read(InputPath(entry), limit: Self.maximumEntrySize),
              let decoded = Self.graph(fromEntry: bytes, key: key) else { return nil }
        let graph: KnowledgeGraph
        switch decoded {
        case .success(let decoded): graph = decoded
        case .failure(let problem):
            report("\(entry): cache entry dropped: \(problem); \(article.path) is read again")
            return nil
        }
        if let problem = CachedGraphCheck.problem(in: graph, for: article) {
            report("\(entry): cache entry dropped: \(problem); \(article.path) is read again")
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

    /// The entry `store` writes for `graph` under `key` (64 hex digits), or nil for another key.
    public static func entry(for graph: KnowledgeGraph, key: String) -> [UInt8]? {
        CacheEntry.make(key: key, body: GraphCoding.encode(graph))
    }

    /// Stores `graph` under `key`. Best effort: a cache that cannot be written is no cache.
    public func store(_ graph: KnowledgeGraph, forKey key: String) {
        guard let bytes = Self.entry(for: graph, key: key) else { return }
        let target = path(forKey: key)
        // Written to a temporary file and renamed, but not fsync'ed (Foundation's atomic write
        // syncs every file, which made a first export twice as slow): an entry cut short by a crash
        // fails its SHA-256 check and is simply made again.
        if FileBytes.replace(target, with: bytes) { return }
        guard (try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)) != nil else { return }
        _ = FileBytes.replace(target, with: bytes)
    }
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
