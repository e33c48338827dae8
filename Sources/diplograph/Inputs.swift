import DiplographExtraction
import DiplographHTML
import DiplographModel
import Foundation

/// Exit codes the README documents.
enum ExitStatus {
    static let partial: Int32 = 1
    static let failure: Int32 = 2
}

/// Expands the command line's inputs (files and folders) into article paths, sorted, and reads them,
/// reporting every unreadable one on stderr.
///
/// Each article's id comes from its path inside the folder it was found in
/// (`SourceArticle.articleID(relativePath:)`); a file named on its own counts as its file name. A
/// file reached twice (the same path given twice, or a file and its folder) is read once, as first
/// reached. Two different files with the same relative path (`x/tin.txt` and `y/tin.txt`) take
/// hashed ids of their paths as given, so no two files ever share an article id.
struct Inputs {
    /// An input that could not be read: the path as given or found, and why.
    struct Skipped: Equatable {
        let path: String
        let reason: String
    }

    var articles: [SourceArticle] = []
    /// The SHA-256 of each article's file (lower-case hex), in the order of `articles`; nil without `digests: true`.
    var digests: [String?] = []
    /// Every input that could not be read, in the order reported on stderr.
    var skippedInputs: [Skipped] = []
    var skipped: Int { skippedInputs.count }
    private var reportedCauses = Set<String>()

    static let extensions: Set<String> = ["txt", "md", "text", "html", "htm"]
    /// Saved web pages, read through the HTML reader (body text and page metadata).
    static let htmlExtensions: Set<String> = ["html", "htm"]

    /// One file to read: its path, its path inside the input it was found in, and that path
    /// qualified by the input as given (what tells two inputs' files of one name apart).
    struct Found {
        let path: String
        let relative: String
        let qualified: String
    }

    init(_ paths: [String], reader: ArticleReader = ArticleReader(), digests: Bool = false, recursive: Bool = false) {
        var files: [Found] = []
        var seen = Set<String>(), folders = Set<String>()
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                skip(p, "no such file or folder")
                continue
            }
            if isDir.boolValue {
                var root = p
                while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
                collect(folder: p, relative: "", root: root, recursive: recursive, reader: reader, into: &files, visited: &folders)
            } else {
                files.append(Found(path: p, relative: (p as NSString).lastPathComponent, qualified: p))
            }
        }
        files = files.filter { seen.insert(Inputs.canonical($0.path)).inserted }
        // Files are read and checked on every core; what went wrong is reported afterwards, in
        // file order, so stderr is the same whatever thread finished first.
        let outcomes: [Result<(SourceArticle, String?), Error>] = Parallel.map(files.count) { index in
            let f = files[index].path
            do {
                let isPage = Inputs.htmlExtensions.contains((f as NSString).pathExtension.lowercased())
                let bytes = try FileBytes.article(f, limit: isPage ? HTMLArticleReader.maximumSize : ArticleReader.maximumSize)
                let article = try isPage ? HTMLArticleReader().read(bytes: bytes, path: f) : reader.read(bytes: bytes, path: f)
                return .success((article, digests ? sha256Hex(bytes) : nil))
            } catch {
                return .failure(error)
            }
        }
        var read: [(SourceArticle, String?)] = []
        var found: [Found] = []
        for (outcome, file) in zip(outcomes, files) {
            switch outcome {
            case .success(let pair):
                if pair.0.metadata.published == nil {
                    // Read and exported, but the user should know: "hôm qua" and weekdays need it.
                    Inputs.warn("\(pair.0.path): no publication date (front matter 'date', manifest.json or page metadata); dates relative to it are left unresolved")
                }
                read.append(pair)
                found.append(file)
            case .failure(let error as ReadError):
                // A broken manifest is named once, then each article it leaves without metadata.
                for cause in error.causes where reportedCauses.insert(cause.description).inserted { Inputs.warn("\(cause)") }
                skip(error)
            case .failure(let error):
                skip(file.path, "\(error)")
            }
        }
        let ids = Inputs.articleIDs(found)
        for i in read.indices { read[i].0 = read[i].0.identified(as: ids[i], file: found[i].relative) }
        read.sort { $0.0.id < $1.0.id }
        articles = read.map(\.0)
        self.digests = read.map(\.1)
    }

    /// The articles of `folder` (at `relative` inside the input `root`), in name order; with
    /// `recursive`, those of its subfolders too, else a note naming each subfolder left unread.
    /// Hidden entries (`.git`, `.cache`) are passed over.
    private mutating func collect(folder: String, relative: String, root: String, recursive: Bool,
                                  reader: ArticleReader, into files: inout [Found], visited: inout Set<String>) {
        // A folder reached again (given twice, or through a link that loops) is read once.
        guard visited.insert(Inputs.canonical(folder)).inserted else { return }
        guard let items = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            skip(folder, "folder cannot be read")
            return
        }
        var subfolders: [String] = []
        for item in items.sorted() where !item.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(item)
            let inside = relative.isEmpty ? item : relative + "/" + item
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                subfolders.append(item)
            } else if Inputs.extensions.contains((item as NSString).pathExtension.lowercased()) {
                files.append(Found(path: path, relative: inside, qualified: root + "/" + inside))
            }
        }
        // An article the manifest promises but the folder lacks is a missing input.
        for missing in reader.missingFileErrors(inFolder: folder) { skip(missing) }
        for sub in subfolders {
            let path = (folder as NSString).appendingPathComponent(sub)
            if recursive {
                collect(folder: path, relative: relative.isEmpty ? sub : relative + "/" + sub, root: root,
                        recursive: true, reader: reader, into: &files, visited: &visited)
            } else {
                Inputs.warn("\(path): subfolder not read (add --recursive to read subfolders)")
            }
        }
    }

    /// The id of each found file (in the order given): `SourceArticle.articleID(relativePath:)`,
    /// except where two files would share one; those take hashed ids of their paths as given,
    /// longer hashes if even those meet, and a counter after the longest as a last resort.
    static func articleIDs(_ found: [Found]) -> [NodeID] {
        var ids = found.map { SourceArticle.articleID(relativePath: $0.relative) }
        for digits in [8, 16, 0] {
            var holders: [NodeID: [Int]] = [:]
            for (i, id) in ids.enumerated() { holders[id, default: []].append(i) }
            let clashing = holders.values.filter { $0.count > 1 }.flatMap { $0 }.sorted()
            if clashing.isEmpty { break }
            var used = Set(ids)
            for i in clashing {
                var id = SourceArticle.hashedID(key: found[i].qualified, digits: digits == 0 ? 16 : digits)
                if digits == 0 {
                    var n = 2
                    while used.contains(id) { id = NodeID(raw: SourceArticle.hashedID(key: found[i].qualified, digits: 16).rawValue + "-\(n)"); n += 1 }
                }
                used.insert(id)
                ids[i] = id
            }
        }
        return ids
    }

    /// The path with symbolic links, `.` and `..` resolved, for telling one file reached twice.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private mutating func skip(_ path: String, _ reason: String) {
        Inputs.warn("\(path): \(reason)")
        skippedInputs.append(Skipped(path: path, reason: reason))
    }

    private mutating func skip(_ error: ReadError) {
        Inputs.warn("\(error)")
        skippedInputs.append(Skipped(path: error.path, reason: error.line.map { "line \($0): \(error.reason)" } ?? error.reason))
    }

    static func warn(_ message: String) {
        StandardStreams.writeError("diplograph: " + message + "\n")
    }
}

/// Loads the lexicon: from `--lexicon DIR` when given, else the one built into the tool.
func loadLexicon(_ directory: String?) throws -> Lexicon {
    try Lexicon(files: lexiconFiles(directory))
}

/// The lexicon files in use: `--lexicon DIR` when given, else the ones built into the tool.
func lexiconFiles(_ directory: String?) -> LexiconFiles {
    directory.map { .directory($0) } ?? .builtIn
}
