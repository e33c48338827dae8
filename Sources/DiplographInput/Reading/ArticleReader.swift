import DiplographModel
import Foundation

/// Reads article files: checks the bytes are text, splits front matter, and finds metadata in the
/// front matter or in a `manifest.json` beside the article.
public final class ArticleReader: @unchecked Sendable {
    private var manifests: [String: Result<Manifest, ReadError>] = [:]
    private let lock = NSLock()

    public init() {}

    /// Reads one article. Throws a `ReadError` naming the file and the problem.
    public func read(path: String) throws -> SourceArticle {
        try read(bytes: FileBytes.article(path, limit: Self.maximumSize), path: path)
    }

    /// Largest article read, in bytes: 32 MiB, a thousand times a long news article. Anything
    /// larger is not an article (a dump, a log, a concatenated archive) and is refused before it
    /// is read, with its size in the message.
    public static let maximumSize = 32 << 20

    /// Reads an article already in memory; `path` names it in the article and in errors, and
    /// locates a `manifest.json` beside it.
    public func read(bytes: [UInt8], path: String) throws -> SourceArticle {
        let text = try ArticleReader.decode(bytes, path: path)
        let file = (path as NSString).lastPathComponent
        if let parsed = try FrontMatter.parse(text, path: path) {
            var meta = parsed.metadata
            if meta.published == nil, let fromManifest = try manifestEntry(for: path) {
                meta.published = fromManifest.published
                if meta.title.isEmpty { meta.title = fromManifest.title }
            }
            return SourceArticle(file: file, path: path, text: text, bodyStart: parsed.bodyStart, metadata: meta)
        }
        let meta = try manifestEntry(for: path) ?? ArticleMetadata()
        return SourceArticle(file: file, path: path, text: text, bodyStart: 0, metadata: meta)
    }

    /// Decodes UTF-8, refusing binary data and invalid sequences with the byte offset of the fault.
    static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if bytes.isEmpty { throw ReadError(path: path, reason: "empty file") }
        if let nul = bytes.firstIndex(of: 0) {
            throw ReadError(path: path, reason: "contains a NUL byte at offset \(nul): binary data, not an article")
        }
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
            throw ReadError(path: path, line: line, reason: "invalid UTF-8 at byte offset \(bad)")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw ReadError(path: path, reason: "holds only white space")
        }
        return text
    }

    private func manifestEntry(for path: String) throws -> ArticleMetadata? {
        switch manifest(inFolder: (path as NSString).deletingLastPathComponent) {
        case nil: return nil
        case .failure(let e)?: throw ReadError(path: path, reason: "skipped: the manifest.json beside it cannot be read", causes: [e])
        case .success(let manifest)?:
            switch manifest.entries[(path as NSString).lastPathComponent] {
            case nil: return nil
            case .success(let meta)?: return meta
            case .failure(let e)?: throw ReadError(path: path, reason: "skipped: its entry in the manifest.json beside it cannot be used", causes: [e])
            }
        }
    }

    /// For the `manifest.json` in `folder`, if there is one and it can be read: a `ReadError` naming
    /// the manifest for each file it lists that is not in the folder, in file-name order. (A
    /// manifest that cannot be read is reported with each article it leaves without metadata.)
    public func missingFileErrors(inFolder folder: String) -> [ReadError] {
        guard case .success(let manifest)? = manifest(inFolder: folder) else { return [] }
        return manifest.missingFiles(in: folder.isEmpty ? "." : folder).map {
            ReadError(path: manifest.path, reason: "lists '\($0)', which is not in the folder")
        }
    }

    /// The manifest of `folder`, read once per folder and kept; nil when the folder has none.
    private func manifest(inFolder folder: String) -> Result<Manifest, ReadError>? {
        var trimmed = folder
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let manifestPath = (trimmed.isEmpty ? "." : trimmed) + "/manifest.json"
        guard FileManager.default.fileExists(atPath: manifestPath) else { return nil }
        lock.lock()
        let cached = manifests[manifestPath]
        lock.unlock()
        if let cached { return cached }
        let result: Result<Manifest, ReadError>
        if let kind = FileBytes.specialKind(path: manifestPath) {
            // Opening a FIFO waits for a writer, forever.
            result = .failure(ReadError(path: manifestPath, reason: "is not a regular file (\(kind)): the manifest cannot be read"))
        } else {
            do { result = .success(try Manifest(path: manifestPath)) } catch let e as ReadError { result = .failure(e) } catch {
                result = .failure(ReadError(path: manifestPath, reason: "\(error)"))
            }
        }
        lock.lock()
        manifests[manifestPath] = result
        lock.unlock()
        return result
    }
}

/// Validates UTF-8 without decoding into a String.
public enum UTF8Check {
    /// The offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
    /// surrogates and values past U+10FFFF are invalid), or nil.
    public static func firstInvalidOffset(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let len: Int
            var minimum: UInt32
            if c & 0xE0 == 0xC0 { len = 2; minimum = 0x80 } else if c & 0xF0 == 0xE0 { len = 3; minimum = 0x800 } else if c & 0xF8 == 0xF0 { len = 4; minimum = 0x10000 } else { return i }
            if i + len > n { return i }
            var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len {
                let cc = b[i + k]
                if cc & 0xC0 != 0x80 { return i }
                v = (v << 6) | UInt32(cc & 0x3F)
            }
            if v < minimum || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return i }
            minimum = 0
            i += len
        }
        return nil
    }
}
