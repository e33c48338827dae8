import DiplographExtraction
import DiplographInput
import DiplographModel
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
    /// The SHA-256 of each article's file (lower-case hex), in the order of `articles`; nil without `digests: true`.
    var digests: [String?] = []
    var skipped = 0
    private var reportedCauses = Set<String>()

    init(_ paths: [String], reader: ArticleReader = ArticleReader(), digests: Bool = false) {
        let found = ArticleFiles(paths.map(InputPath.commandLine))
        for problem in found.problems {
            Inputs.warn("\(problem)")
            skipped += 1
        }
        // An article the manifest promises but the folder lacks is a missing input.
        for folder in found.folders {
            for missing in reader.missingFileErrors(inFolder: folder.display) {
                Inputs.warn("\(missing)")
                skipped += 1
            }
        }
        let files = found.files
        // Files are read and checked on every core; what went wrong is reported afterwards, in
        // file order, so stderr is the same whatever thread finished first.
        let outcomes: [Result<(SourceArticle, String?), Error>] = Parallel.map(files.count) { index in
            let file = files[index]
            let f = file.display
            do {
                let isPage = ArticleFiles.isPage(file)
                let bytes = try FileBytes.article(file, limit: isPage ? HTMLArticleReader.maximumSize : ArticleReader.maximumSize)
                let article = try isPage ? HTMLArticleReader().read(bytes: bytes, path: f) : reader.read(bytes: bytes, path: f)
                return .success((article, digests ? sha256Hex(bytes) : nil))
            } catch {
                return .failure(error)
            }
        }
        var read: [(SourceArticle, String?)] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let pair):
                if pair.0.metadata.published == nil {
                    // Read and exported, but the user should know: "hôm qua" and weekdays need it.
                    Inputs.warn("\(pair.0.path): no publication date (front matter 'date', manifest.json or page metadata); dates relative to it are left unresolved")
                }
                read.append(pair)
            case .failure(let error as ReadError):
                // A broken manifest is named once, then each article it leaves without metadata.
                for cause in error.causes where reportedCauses.insert(cause.description).inserted { Inputs.warn("\(cause)") }
                Inputs.warn("\(error)")
                skipped += 1
            case .failure(let error):
                Inputs.warn("\(error)")
                skipped += 1
            }
        }
        read.sort { $0.0.id < $1.0.id }
        articles = read.map(\.0)
        self.digests = read.map(\.1)
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("diplograph: " + TerminalText.line(message) + "\n").utf8))
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
