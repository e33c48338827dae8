import DiplographExtraction
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
    var skipped = 0

    static let extensions: Set<String> = ["txt", "md", "text"]

    init(_ paths: [String], reader: ArticleReader = ArticleReader()) {
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
        for f in files {
            do {
                articles.append(try reader.read(path: f))
            } catch {
                Inputs.warn("\(error)")
                skipped += 1
            }
        }
        articles.sort { $0.id < $1.id }
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("diplograph: " + message + "\n").utf8))
    }
}

/// Loads the lexicon: from `--lexicon DIR` when given, else the one bundled with the tool.
func loadLexicon(_ directory: String?) throws -> Lexicon {
    if let directory { return try Lexicon(directory: directory) }
    return try Lexicon.bundled()
}
