import Dispatch
import Foundation

extension Parallel {
    /// Work started on a thread of its own while the caller goes on with something else; the
    /// caller takes its result once, waiting for it if need be.
    public final class Background<T>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        /// Set once by the other thread before it signals `done`, read only after waiting for it.
        private var value: T?

        /// Starts `work` on a new thread. `work` must be safe to run beside what the caller does.
        public init(_ work: @escaping () -> T) {
            nonisolated(unsafe) let work = work
            Thread { [self] in
                value = work()
                done.signal()
            }.start()
        }

        /// The work's result, once it is done. Called once.
        public func result() -> T {
            done.wait()
            defer { value = nil }
            return value!
        }
    }
}
