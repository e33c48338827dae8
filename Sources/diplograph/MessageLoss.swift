import Foundation

/// Whether a message was lost: set from any thread (articles are read on every core, and each may warn).
final class MessageLoss: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
