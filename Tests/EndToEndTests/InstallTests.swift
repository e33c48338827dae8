import Foundation
import Testing

/// The executable works wherever it is copied: it needs no resource bundle, lexicon or schema
/// beside it or in the working folder.
@Suite("installed binary")
struct InstallTests {
    /// Runs `executable arguments` in `directory`, killed after 60 s (then the test fails).
    static func run(_ executable: String, _ arguments: [String], in directory: String) throws -> (status: Int32, reason: Process.TerminationReason, stdout: String, stderr: String) {
        let scratch = try TempDir()
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["DIPLOGRAPH_CACHE"] = scratch.path("cache")
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (process.terminationStatus, process.terminationReason,
                String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    @Test("copied alone into a folder outside the repository, export and validate run from another working folder")
    func copiedBinaryRuns() throws {
        let binary = try #require(Tool.binary, "diplograph executable not found")
        let bin = try TempDir(), work = try TempDir()
        let installed = bin.path("diplograph")
        try FileManager.default.copyItem(atPath: binary.path, toPath: installed)
        try work.write(ArticleIdentityTests.article("Một", published: "2022-02-13", day: "12/2"), to: "in/a.txt")

        let export = try Self.run(installed, ["export", "in", "--format", "graphml,rdfxml", "--output-dir", "out", "--name", "x"], in: work.path)
        #expect(export.reason == .exit && export.status == 0, "stderr: \(export.stderr)")
        let graph = try GraphMLDocument(try work.read("out/x.graphml"))
        #expect(graph.ids(ofKind: "actor").contains("actor-putin"), "the built-in lexicon was not used")
        #expect(graph.ids(ofKind: "event").count == 1)

        let validate = try Self.run(installed, ["validate", "out/x.graphml"], in: work.path)
        #expect(validate.reason == .exit && validate.status == 0, "stderr: \(validate.stderr)")
        #expect(validate.stdout == "out/x.graphml: valid\n")

        // The built-in profile rejects what the profile file rejects.
        try work.write(String(decoding: try work.read("out/x.graphml"), as: UTF8.self)
            .replacingOccurrences(of: "edgedefault=\"directed\"", with: "edgedefault=\"undirected\""), to: "bad.graphml")
        let invalid = try Self.run(installed, ["validate", "bad.graphml"], in: work.path)
        #expect(invalid.reason == .exit && invalid.status == 1, "stderr: \(invalid.stderr)")
        #expect(invalid.stderr.contains("bad.graphml"))

        let explain = try Self.run(installed, ["explain", "in/a.txt"], in: work.path)
        #expect(explain.reason == .exit && explain.status == 0, "stderr: \(explain.stderr)")
    }
}
