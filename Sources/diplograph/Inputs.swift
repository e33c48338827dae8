import DiplographExtraction
import DiplographHTML
import Foundation

/// Exit codes the README documents.
enum ExitStatus {
    static let partial: Int32 = 1
    static let failure: Int32 = 2
}

/// Expands the command line's inputs (files and folders) into article paths, sorted, and reads them,
/// reporting every unreadable one on stderr.
struct Inputs {
    var articles: [SourceArticle] = []
    /// The SHA-256 of each article's file, in the order of `articles`; nil without `digests: true`.
    var digests: [FileDigest?] = []
    var skipped = 0
    private var reportedCauses = Set<String>()

    static let extensions: Set<String> = ["txt", "md", "text", "html", "htm"]
    /// Saved web pages, read through the HTML reader (body text and page metadata).
    static let htmlExtensions: Set<String> = ["html", "htm"]

    /// The SHA-256 of the bytes of an article's file.
    struct FileDigest {
        let sha256: String
        /// True when the article was read from exactly these bytes; false when the file changed
        /// between hashing and reading (then the digest must not name the article's graph).
        let confirmed: Bool
    }

    init(_ paths: [String], reader: ArticleReader = ArticleReader(), digests: Bool = false) {
        var files: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                Inputs.warn("\(p): no such file or folder")
                skipped += 1
                continue
            }
            if isDir.boolValue {
                guard let items = try? FileManager.default.contentsOfDirectory(atPath: p) else {
                    Inputs.warn("\(p): folder cannot be read")
                    skipped += 1
                    continue
                }
                files += items.filter { Inputs.extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .sorted().map { (p as NSString).appendingPathComponent($0) }
            } else {
                files.append(p)
            }
        }
        var read: [(SourceArticle, FileDigest?)] = []
        for f in files {
            do {
                let bytes = digests ? FileManager.default.contents(atPath: f).map { [UInt8]($0) } : nil
                let isPage = Inputs.htmlExtensions.contains((f as NSString).pathExtension.lowercased())
                let article = try isPage ? HTMLArticleReader().read(path: f) : reader.read(path: f)
                read.append((article, bytes.map { FileDigest(sha256: sha256Hex($0), confirmed: Inputs.isText(of: $0, article)) }))
            } catch let error as ReadError {
                // A broken manifest is named once, then each article it leaves without metadata.
                for cause in error.causes where reportedCauses.insert(cause.description).inserted { Inputs.warn("\(cause)") }
                Inputs.warn("\(error)")
                skipped += 1
            } catch {
                Inputs.warn("\(error)")
                skipped += 1
            }
        }
        read.sort { $0.0.id < $1.0.id }
        articles = read.map(\.0)
        self.digests = read.map(\.1)
    }

    /// True when `article`'s text is `bytes` decoded (the reader drops a leading byte order mark).
    private static func isText(of bytes: [UInt8], _ article: SourceArticle) -> Bool {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return article.text.utf8.elementsEqual(body)
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("diplograph: " + message + "\n").utf8))
    }
}

/// Loads the lexicon: from `--lexicon DIR` when given, else the one bundled with the tool.
func loadLexicon(_ directory: String?) throws -> Lexicon {
    try Lexicon(directory: lexiconDirectory(directory))
}

/// The lexicon folder in use: `--lexicon DIR` when given, else the one bundled with the tool.
func lexiconDirectory(_ directory: String?) throws -> String {
    try directory ?? Lexicon.bundledDirectory()
}
