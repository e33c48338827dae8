import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A `diplograph` run started in the background and waited for with a time bound, for tests of
/// runs that could hang (locks, FIFOs) or that need their standard streams set up by a shell
/// (`>/dev/full`, `>&-`).
final class BoundedRun {
    let process = Process()
    private let scratch: TempDir
    private let outURL: URL
    private let errURL: URL
    private let redirect: String?

    /// Starts `diplograph arguments`. `redirect`, when given, is a shell redirection applied to the
    /// tool (e.g. `>/dev/full`, `>&-`, `2>/dev/full`); the streams it does not name go to files
    /// read by `wait`. `environment` is added to the test's own, with a fresh `DIPLOGRAPH_CACHE`
    /// unless it sets one.
    init(_ arguments: [String], redirect: String? = nil, environment: [String: String] = [:]) throws {
        let binary = try #require(Tool.binary, "diplograph executable not found")
        scratch = try TempDir()
        outURL = scratch.url.appendingPathComponent("stdout")
        errURL = scratch.url.appendingPathComponent("stderr")
        self.redirect = redirect
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        if let redirect {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" \"$@\" " + redirect, binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = Tool.repoRoot
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        var env = ProcessInfo.processInfo.environment
        env["DIPLOGRAPH_CACHE"] = scratch.url.appendingPathComponent("cache").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        try process.run()
        try out.close()
        try err.close()
    }

    /// What the run has written to stderr so far.
    var stderrSoFar: String { String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self) }

    /// Waits up to `seconds` for the run to end; on time-out kills it, records an issue and returns nil.
    func wait(seconds: Double = 120) throws -> Tool.Result? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Issue.record("diplograph did not finish within \(seconds) s: \(process.arguments ?? [])")
            return nil
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "diplograph died of signal \(process.terminationStatus); stderr: \(stderrSoFar)")
        return Tool.Result(status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: stderrSoFar)
    }

    /// Runs to the end within `seconds`.
    static func run(_ arguments: [String], redirect: String? = nil, environment: [String: String] = [:],
                    seconds: Double = 120) throws -> Tool.Result? {
        try BoundedRun(arguments, redirect: redirect, environment: environment).wait(seconds: seconds)
    }
}

/// Helpers over files for output tests.
enum FileFacts {
    /// The type of the entry at `path`, not following a symbolic link.
    static func type(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    static func inode(_ path: String) -> UInt64? {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    /// A process id no process has (above Linux's largest `pid_max`).
    static let deadProcessID: Int32 = 2_147_483_000
}
