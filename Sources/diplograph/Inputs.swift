import DiplographExtraction
import DiplographInput
import DiplographModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// With `states: true`, each article's file as listed and its state while it was read (nil
    /// when it changed while being read), in the order of `articles`; and the `manifest.json` of
    /// every folder articles were read from, with the SHA-256 of its bytes before the files were
    /// read ("" when there is none): what `UnchangedExport` records.
    var files: [(path: InputPath, state: FileState?)] = []
    var manifests: [(path: InputPath, sha256: String)] = []
    /// True once anything about the inputs was reported on stderr (a skipped input, a subfolder
    /// left out, an article without a date): such a run is not recorded, so the next one says it again.
    private(set) var warned = false
    var skipped: Int { skippedInputs.count }
    private var reportedCauses = Set<String>()

    init(_ paths: [String], reader: ArticleReader = ArticleReader(), digests: Bool = false, recursive: Bool = false, states: Bool = false) {
        let listing = ArticleFiles(paths.map(InputPath.commandLine), recursive: recursive)
        for problem in listing.problems { skip(problem) }
        // An article the manifest promises but the folder lacks is a missing input.
        for folder in listing.folders {
            for missing in reader.missingFileErrors(inFolder: folder.display) { skip(missing) }
        }
        for folder in listing.unreadSubfolders {
            warned = true
            Inputs.warn("\(folder.display): subfolder not read (add --recursive to read subfolders)")
        }
        var seen = Set<String>()
        let files = listing.entries.filter { seen.insert(Inputs.identity(of: $0.path)).inserted }
        if states { manifests = Inputs.manifests(of: listing.entries.map(\.path)) }
        // Files are read and checked on every core; what went wrong is reported afterwards, in
        // file order, so stderr is the same whatever thread finished first.
        let outcomes: [Result<(SourceArticle, String?, FileState?), Error>] = Parallel.map(files.count) { index in
            let file = files[index].path
            let f = file.display
            do {
                let isPage = ArticleFiles.isPage(file)
                // The state before and after the read: the same both times, the bytes read are the
                // ones it describes.
                let before = states ? FileState.of(file) : nil
                let bytes = try FileBytes.article(file, limit: isPage ? HTMLArticleReader.maximumSize : ArticleReader.maximumSize)
                let after = states ? FileState.of(file) : nil
                let article = try isPage ? HTMLArticleReader().read(bytes: bytes, path: f) : reader.read(bytes: bytes, path: f)
                return .success((article, digests ? sha256Hex(bytes) : nil, before == after ? after : nil))
            } catch {
                return .failure(error)
            }
        }
        var read: [(SourceArticle, String?, FileState?, InputPath)] = []
        var found: [ArticleFiles.Entry] = []
        for (outcome, file) in zip(outcomes, files) {
            switch outcome {
            case .success(let pair):
                if pair.0.metadata.published == nil {
                    // Read and exported, but the user should know: "hôm qua" and weekdays need it.
                    warned = true
                    Inputs.warn("\(pair.0.path): no publication date (front matter 'date', manifest.json or page metadata); dates relative to it are left unresolved")
                }
                read.append((pair.0, pair.1, pair.2, file.path))
                found.append(file)
            case .failure(let error as ReadError):
                // A broken manifest is named once, then each article it leaves without metadata.
                for cause in error.causes where reportedCauses.insert(cause.description).inserted { Inputs.warn("\(cause)") }
                skip(error)
            case .failure(let error):
                skip(file.path.display, "\(error)")
            }
        }
        let ids = Inputs.articleIDs(found)
        for i in read.indices { read[i].0 = read[i].0.identified(as: ids[i], file: found[i].relative) }
        read.sort { $0.0.id < $1.0.id }
        articles = read.map(\.0)
        self.digests = read.map(\.1)
        if states { self.files = read.map { ($0.3, $0.2) } }
    }

    /// The `manifest.json` path of every folder of the article `files` (where `ArticleReader`
    /// looks for one: beside the file), each once, sorted, with the SHA-256 of its bytes or "".
    static func manifests(of files: [InputPath]) -> [(path: InputPath, sha256: String)] {
        var folders = Set<[UInt8]>()
        for file in files {
            let bytes = file.bytes
            let folder = bytes.lastIndex(of: UInt8(ascii: "/")).map { Array(bytes[..<$0]) } ?? []
            folders.insert(folder.isEmpty ? (bytes.first == UInt8(ascii: "/") ? [] : Array(".".utf8)) : folder)
        }
        return folders.sorted { $0.lexicographicallyPrecedes($1) }.map { folder in
            let path = InputPath(bytes: folder + Array("/manifest.json".utf8))
            return (path, ExportRecord.sha256(ofFile: path) ?? "")
        }
    }

    /// The id of each found file (in the order given): `SourceArticle.articleID(relativePath:)`,
    /// except where two files would share one; those take hashed ids of their paths as given,
    /// longer hashes if even those meet, and a counter after the longest as a last resort.
    static func articleIDs(_ found: [ArticleFiles.Entry]) -> [NodeID] {
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

    /// The file's device and inode when it can be examined, else its path: one file reached twice
    /// (the same path given twice, `./a.txt`, a file and its folder, a link) is read once.
    static func identity(of path: InputPath) -> String {
        var info = stat()
        if path.withCString({ stat($0, &info) }) == 0 { return "\(info.st_dev):\(info.st_ino)" }
        return path.display
    }

    private mutating func skip(_ path: String, _ reason: String) {
        warned = true
        Inputs.warn("\(path): \(reason)")
        skippedInputs.append(Skipped(path: path, reason: reason))
    }

    private mutating func skip(_ error: ReadError) {
        warned = true
        Inputs.warn("\(error)")
        skippedInputs.append(Skipped(path: error.path, reason: error.line.map { "line \($0): \(error.reason)" } ?? error.reason))
    }

    static func warn(_ message: String) {
        StandardStreams.writeError("diplograph: " + TerminalText.line(message) + "\n")
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
