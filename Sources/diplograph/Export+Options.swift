import ArgumentParser
import DiplographExport
import Foundation

/// The checks of `diplograph export`'s options that make a wrong command line a usage error (64).
extension Export {
    /// The formats of `--format`, in the order given, each once; `all` stands for every format.
    /// An empty list (`''`, `,,`) or an unknown name is a usage error.
    func parsedFormats() throws -> [ExportFormat] {
        var formats: [ExportFormat] = []
        for raw in format.split(separator: ",") {
            let f = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if f.isEmpty { continue }
            let named: [ExportFormat]
            if f == "all" {
                named = ExportFormat.allCases
            } else if let parsed = ExportFormat(rawValue: f == "rdf" ? "rdfxml" : f) {
                named = [parsed]
            } else {
                throw ValidationError("unknown format '\(f)'; choose from " + Self.formatNames)
            }
            for format in named where !formats.contains(format) { formats.append(format) }
        }
        if formats.isEmpty { throw ValidationError("--format names no format; choose from " + Self.formatNames) }
        return formats
    }

    static var formatNames: String { ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ", or all" }

    /// The folder of a folder export (`--output-dir`, default `exports`).
    var outputFolder: String { outputDir ?? "exports" }

    /// The base name of a folder export's files, before the view's suffix.
    var baseName: String { name ?? defaultName() }

    /// Why `base` cannot name the files of a folder export, or nil: it must be a plain, visible
    /// file name (no `/`, no leading `.`, no control characters), short enough that its longest
    /// file (`NAME-actors.summary.json`) stays within the 255 bytes a file name may have.
    static func nameProblem(_ base: String, view: GraphView) -> String? {
        if base.isEmpty { return "--name is empty" }
        if base.contains("/") { return "--name '\(base)' holds a '/'; it names files inside the output folder (use --output-dir for the folder)" }
        if base.hasPrefix(".") { return "--name '\(base)' starts with '.'; the files would be hidden (or outside the output folder)" }
        if base.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "--name holds a control character"
        }
        let longest = base + view.nameSuffix + ".summary.json"
        if longest.utf8.count > 255 {
            return "--name is too long: '\(longest.prefix(24))…' would be \(longest.utf8.count) bytes, and a file name may have at most 255"
        }
        return nil
    }

    /// `--name`'s default: the first input folder's name, or the first file's name without extension.
    func defaultName() -> String {
        guard let first = inputs.first else { return "graph" }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: first, isDirectory: &isDir), isDir.boolValue {
            let n = (URL(fileURLWithPath: first).standardizedFileURL.lastPathComponent)
            return n.isEmpty || n == "/" ? "graph" : n
        }
        return ((first as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    func validate() throws {
        let formats = try parsedFormats()
        if inputs.isEmpty { throw ValidationError("give at least one article or folder") }
        if output != nil && outputDir != nil {
            throw ValidationError("--output and --output-dir cannot be used together: --output writes one file, --output-dir a folder of files")
        }
        if output == "" { throw ValidationError("--output is empty; give a file name, or '-' for standard output") }
        if output != nil && formats.count != 1 {
            throw ValidationError("--output takes exactly one format; got \(formats.count). Use --output-dir for several.")
        }
        if output == nil, let problem = Self.nameProblem(baseName, view: view) {
            throw ValidationError(name == nil ? problem.replacingOccurrences(of: "--name", with: "the default name") + "; give --name" : problem)
        }
        if let problem = ExportOptions.baseIRIProblem(baseIRI) { throw ValidationError("--base-iri " + problem) }
    }
}
