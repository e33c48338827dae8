import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Locates and runs the built `diplograph` executable.
enum Tool {
    /// The package root, found from this file's path (Tests/EndToEndTests/Support.swift).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Folders that may hold the build products next to the running test bundle, best first. On Linux
    /// the runner is the executable `<products>/diplographPackageTests.xctest`, so
    /// `Bundle.main.bundleURL` is the products folder (so is the folder of `arguments[0]`); on macOS
    /// the `.xctest` bundle sits in it. `DIPLOGRAPH_BIN` overrides; `<repo>/.build/debug` is the
    /// last resort.
    static var candidateFolders: [URL] {
        var folders: [URL] = []
        if let env = ProcessInfo.processInfo.environment["DIPLOGRAPH_BIN"] {
            folders.append(URL(fileURLWithPath: env).deletingLastPathComponent())
        }
        let main = Bundle.main.bundleURL.resolvingSymlinksInPath()
        folders.append(main)
        folders.append(main.deletingLastPathComponent())
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders.append(exe.deletingLastPathComponent())
        }
        if let arg0 = ProcessInfo.processInfo.arguments.first {
            let url = URL(fileURLWithPath: arg0).resolvingSymlinksInPath()
            folders.append(url.deletingLastPathComponent())
            // .../debug/X.xctest/Contents/MacOS/X on macOS
            folders.append(url.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(repoRoot.appendingPathComponent(".build/debug"))
        return folders
    }

    /// The `diplograph` executable, or nil when none was built.
    static let binary: URL? = {
        for folder in candidateFolders {
            let candidate = folder.appendingPathComponent("diplograph")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }()

    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// stderr split into non-empty lines.
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `diplograph arguments` in `directory` (default: the package root). Output goes through
    /// files so that large outputs cannot block a pipe.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let binary = try #require(Tool.binary, "diplograph executable not found in \(candidateFolders.map(\.path))")
        let scratch = try TempDir()
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repoRoot
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        // Each run gets its own article cache, so tests neither read another run's entries nor
        // fill the user's ~/.cache (a test that sets DIPLOGRAPH_CACHE itself uses its own runner).
        var environment = ProcessInfo.processInfo.environment
        environment["DIPLOGRAPH_CACHE"] = scratch.url.appendingPathComponent("cache").path
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: try Data(contentsOf: outURL),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Absolute path of a file of the package, e.g. `seeds/manifest.json`.
    static func repoPath(_ relative: String) -> String { repoRoot.appendingPathComponent(relative).path }

    /// The seed article files, sorted by name.
    static func seedFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: repoPath("seeds"))
            .filter { $0.hasSuffix(".txt") }.sorted().map { repoPath("seeds/" + $0) }
    }
}

/// A fresh folder under the temporary folder, removed when released.
final class TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let p = path(name)
        try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    func read(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path(name))) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
}

/// A minimal reading of a GraphML document: node ids with their data, and edges with theirs.
struct GraphMLDocument {
    struct EdgeRecord: Hashable, Comparable {
        var source: String
        var target: String
        var data: [String: String]
        static func < (a: EdgeRecord, b: EdgeRecord) -> Bool {
            (a.source, a.target, a.data["relation"] ?? "", a.data["role"] ?? "")
                < (b.source, b.target, b.data["relation"] ?? "", b.data["role"] ?? "")
        }
    }

    var nodes: [String: [String: String]] = [:]
    var nodeOrder: [String] = []
    var edges: [EdgeRecord] = []

    init(_ data: Data) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw GraphMLParseError(description: "\(parser.parserError.map { "\($0)" } ?? "parse failed")")
        }
        nodes = delegate.nodes
        nodeOrder = delegate.nodeOrder
        edges = delegate.edges
    }

    func ids(ofKind kind: String) -> [String] { nodeOrder.filter { nodes[$0]?["kind"] == kind } }

    struct GraphMLParseError: Error, CustomStringConvertible { let description: String }

    private final class Delegate: NSObject, XMLParserDelegate {
        var nodes: [String: [String: String]] = [:]
        var nodeOrder: [String] = []
        var edges: [EdgeRecord] = []
        private var currentNode: String?
        private var currentEdge: EdgeRecord?
        private var currentKey: String?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "node":
                let id = attributes["id"] ?? ""
                currentNode = id
                nodeOrder.append(id)
                nodes[id] = [:]
            case "edge":
                currentEdge = EdgeRecord(source: attributes["source"] ?? "", target: attributes["target"] ?? "", data: [:])
            case "data":
                currentKey = attributes["key"]
                text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if currentKey != nil { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "data":
                if let key = currentKey {
                    if currentEdge != nil { currentEdge?.data[key] = text } else if let n = currentNode { nodes[n]?[key] = text }
                }
                currentKey = nil
            case "node": currentNode = nil
            case "edge":
                if let e = currentEdge { edges.append(e) }
                currentEdge = nil
            default: break
            }
        }
    }
}
