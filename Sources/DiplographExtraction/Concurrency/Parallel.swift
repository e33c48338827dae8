import Dispatch
import Foundation

/// Work spread over the machine's cores with results in input order, so that output never depends
/// on which thread finished first.
public enum Parallel {
    /// `body(0) … body(count - 1)` computed on every core; element `i` of the result is `body(i)`.
    /// `body` must be safe to call from several threads at once.
    public static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        var slots = [T?](repeating: nil, count: count)
        // Each index is written by exactly one thread, and `body` is documented to be thread-safe.
        nonisolated(unsafe) let body = body
        slots.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let base = buffer.baseAddress!
            // Small chunks keep the cores evenly busy when articles differ in length.
            let chunk = max(1, min(64, count / (8 * max(1, Parallel.cores))))
            let chunks = (count + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let end = min(count, (c + 1) * chunk)
                for i in (c * chunk)..<end { base[i] = body(i) }
            }
        }
        return slots.map { $0! }
    }

    /// The number of cores work is spread over.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }
}
