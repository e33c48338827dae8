import Foundation
import Testing

extension Tool {
    /// Runs `diplograph arguments` like `run`, but kills it once `seconds` have passed and then
    /// returns nil: for inputs that once made the tool hang, so that a test fails instead of
    /// waiting for ever. Not a speed test: the bound is many times what the work takes.
    static func run(_ arguments: [String], within seconds: Double) throws -> Result? {
        let binary = try #require(Tool.binary, "diplograph executable not found in \(candidateFolders.map(\.path))")
        let scratch = try TempDir()
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["DIPLOGRAPH_CACHE"] = scratch.url.appendingPathComponent("cache").path
        process.environment = environment
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let finished = !process.isRunning
        if !finished { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        guard finished else { return nil }
        return Result(status: process.terminationStatus,
                      stdout: try Data(contentsOf: outURL),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
