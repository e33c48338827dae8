import DiplographExport
import DiplographInput
import Foundation

/// The SHA-256 of each file an export wrote, by path, taken while it streamed (`fill`): what the
/// record of an unchanged export compares the committed files with (`UnchangedExport`). Off unless
/// the run will be recorded; safe to use from several threads.
final class OutputDigests: @unchecked Sendable {
    static let shared = OutputDigests()
    private let lock = NSLock()
    private var on = false
    private var digests: [String: String] = [:]

    var isOn: Bool { lock.withLock { on } }

    func turnOn() { lock.withLock { on = true } }

    func note(_ digest: String, for path: String) { lock.withLock { digests[path] = digest } }

    func digest(for path: String) -> String? { lock.withLock { digests[path] } }
}

/// Passes bytes on to a file and hashes them on the way.
final class DigestingSink: ByteSink {
    private let target: ByteSink
    private(set) var digest = ContentDigest()

    init(_ target: ByteSink) { self.target = target }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try target.write(bytes)
        digest.update(bytes)
    }
}
