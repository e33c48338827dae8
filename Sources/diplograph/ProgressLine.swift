import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `\r[n/N] file` line on stderr while articles are read: only when stderr is a terminal and
/// the run is long enough to want one, redrawn at most ten times a second, erased at the end.
final class ProgressLine: @unchecked Sendable {
    /// Runs of more articles than this show progress.
    static let threshold = 50
    static let interval: Duration = .milliseconds(100)

    private let total: Int
    private let enabled: Bool
    private let clock = ContinuousClock()
    private var lastDraw: ContinuousClock.Instant?
    private var width = 0
    private var started = 0
    private let lock = NSLock()

    init(total: Int, quiet: Bool) {
        self.total = total
        enabled = !quiet && total > ProgressLine.threshold && isatty(STDERR_FILENO) == 1
    }

    /// One more article, read from `file`, is done. Safe to call from several threads: articles are
    /// read on every core, so the file named is the one that finished last, not the last in order.
    func update(file: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        started += 1
        let now = clock.now
        if let lastDraw, now - lastDraw < ProgressLine.interval, started < total { return }
        lastDraw = now
        let shown = TerminalText.line(file)
        let name = shown.count > 60 ? "…" + String(shown.suffix(59)) : shown
        draw("[\(started)/\(total)] \(name)")
    }

    /// Erases the line, leaving the cursor where it was before the first update.
    func finish() {
        guard enabled, width > 0 else { return }
        draw("")
    }

    private func draw(_ text: String) {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        StandardStreams.writeError("\r" + text + padding + (text.isEmpty ? "\r" : ""))
        width = text.count
    }
}
