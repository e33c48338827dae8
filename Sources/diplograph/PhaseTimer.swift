import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--timings`: the wall time of each phase of an export, and the peak memory so far, on stderr, for
/// benchmarks and profiling.
final class PhaseTimer {
    private let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init(enabled: Bool) {
        self.enabled = enabled
        last = clock.now
    }

    /// Reports the time since the previous phase ended as `phase`, with `note` after it when given.
    func lap(_ phase: String, note: String = "") {
        guard enabled else { return }
        let now = clock.now
        let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        Inputs.warn("timing: " + phase.padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(format: "%8.3f s   peak RSS so far %6d MB", seconds, usage.ru_maxrss / 1024) + (note.isEmpty ? "" : "   " + note))
        last = now
    }

    /// Reports `duration` of work that ran beside other work (a format written on its own thread)
    /// without ending the phase: the line has no memory figure, so only laps add up to the wall time.
    func report(_ phase: String, _ duration: Duration, note: String = "") {
        guard enabled else { return }
        let seconds = Double(duration.components.attoseconds) / 1e18 + Double(duration.components.seconds)
        Inputs.warn("timing: " + phase.padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(format: "%8.3f s", seconds) + (note.isEmpty ? "" : "   " + note))
    }
}
