import DiplographExport
import DiplographExtraction
import DiplographInput
import Foundation

/// Chooses the per-article graph cache of an export run (`ArticleGraphCache`).
enum ArticleCacheSetup {
    /// The cache to use with the lexicon `files`, or nil when it is switched off
    /// (`--no-cache`), has no folder, or the running executable cannot be identified (a graph from
    /// another build could then be taken for this one's).
    static func cache(disabled: Bool, lexicon files: LexiconFiles) throws -> ArticleGraphCache? {
        guard !disabled, !buildIdentity.isEmpty, let folder = ArticleGraphCache.defaultDirectory() else { return nil }
        removeStaleEntries(in: folder)
        ArticleGraphCache.compact(directory: folder)
        let context = ArticleGraphCache.Context(toolVersion: Diplograph.version, build: buildIdentity,
                                                lexicon: try lexiconFingerprint(files))
        return ArticleGraphCache(directory: folder, context: context, report: { Inputs.warn($0) })
    }

    /// The SHA-256 of the lexicon's files, names and bytes in name order: the built-in lexicon's
    /// equals that of the folder it was built from.
    static func lexiconFingerprint(_ files: LexiconFiles) throws -> String {
        let named = try files.jsonNames().map { name -> (name: String, bytes: Data) in
            guard let data = files.contents(name) else {
                throw ReadError(path: files.path(name), reason: "missing or unreadable lexicon file")
            }
            return (name, data)
        }
        return FolderFingerprint.sha256(ofFiles: named)
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

    /// Removes the temporary files (`NAME.pack.tmp-PID-RANDOM`, `KEY.record.tmp-PID-RANDOM`) that
    /// runs killed while writing a pack or an export record left in the cache's folders
    /// (`article-graphs-vN`, `export-records-vN`), if their process is gone.
    static func removeStaleEntries(in folder: String) {
        let subfolders = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for sub in subfolders.sorted() where sub.hasPrefix("article-graphs-") || sub.hasPrefix("export-records-") {
            WorkingFiles.removeStale(in: (folder as NSString).appendingPathComponent(sub) + "/", hidden: false)
        }
    }
}
