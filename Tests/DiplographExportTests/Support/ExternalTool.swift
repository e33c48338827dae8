import Foundation

/// Runs a command-line validator (`xmllint`, `rapper`, `dot`) on the writers' output.
struct ExternalTool {
    let path: String

    /// The tool on `PATH`, or nil when it is not installed (its assertions are then skipped).
    static func find(_ name: String) -> ExternalTool? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return ExternalTool(path: candidate) }
        }
        return nil
    }

    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
    }

    /// Runs the tool with `arguments`; stdout and stderr go through files, so large outputs cannot
    /// block the pipe.
    func run(_ arguments: [String]) throws -> Result {
        let folder = try TemporaryFolder()
        let outPath = folder.path("stdout"), errPath = folder.path("stderr")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = try Data(contentsOf: URL(fileURLWithPath: outPath))
        let stderr = String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self)
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}

/// A fresh folder under the system's temporary folder, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-export-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `name` and returns its path.
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let p = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    /// The names in the folder, sorted.
    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
}

/// Paths of the schemas the tests validate against.
enum SchemaPaths {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The official GraphML schema: `../shared/reference/graphml/graphml.xsd` when that exists,
    /// else the committed copy in `schema/reference/graphml/graphml.xsd`.
    static let officialGraphML = officialGraphMLPath()

    static func officialGraphMLPath(fileManager: FileManager = .default) -> String {
        let shared = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/reference/graphml/graphml.xsd").path
        if fileManager.fileExists(atPath: shared) { return shared }
        return packageRoot.appendingPathComponent("schema/reference/graphml/graphml.xsd").path
    }

    /// The official GEXF 1.3 schema, when a copy is kept at `../shared/reference/gexf/1.3/gexf.xsd`
    /// (none can be fetched here; the GEXF tests then check structure and networkx only).
    static let officialGEXF = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/reference/gexf/1.3/gexf.xsd").path

    static var officialGEXFExists: Bool { FileManager.default.fileExists(atPath: officialGEXF) }

    /// `schema/graphml-profile.xsd`, the project's stricter profile (written by another helper).
    static let profile = packageRoot.appendingPathComponent("schema/graphml-profile.xsd").path

    static var profileExists: Bool { FileManager.default.fileExists(atPath: profile) }
}
