import DiplographInput
import Foundation

/// Chooses the per-article graph cache of an export run (`ArticleGraphCache`).
enum ArticleCacheSetup {
    /// The cache to use with the lexicon in `lexiconDirectory`, or nil when it is switched off
    /// (`--no-cache`), has no folder, or the running executable cannot be identified (a graph from
    /// another build could then be taken for this one's).
    static func cache(disabled: Bool, lexiconDirectory: String) throws -> ArticleGraphCache? {
        guard !disabled, !buildIdentity.isEmpty, let folder = ArticleGraphCache.defaultDirectory() else { return nil }
        let context = ArticleGraphCache.Context(toolVersion: Diplograph.version, build: buildIdentity,
                                                lexicon: try FolderFingerprint.sha256(ofJSONFilesIn: lexiconDirectory))
        return ArticleGraphCache(directory: folder, context: context, report: { Inputs.warn($0) })
    }

    /// The size and modification time of the running executable: the tool's version stays the same
    /// while its code changes during development, so the cache key also names the build.
    static let buildIdentity: String = {
        guard let url = Bundle.main.executableURL?.resolvingSymlinksInPath(),
              let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = attributes[.size] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date else { return "" }
        return "\(size.int64Value)@\(modified.timeIntervalSince1970)"
    }()
}
