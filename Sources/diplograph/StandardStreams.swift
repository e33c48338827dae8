#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard error without trapping (Foundation's `FileHandle.write` traps when the
/// write fails, e.g. on a full disk), and the checks that make a closed or full standard output
/// or error an exit status of 2 instead of a crash or a silent loss.
enum StandardStreams {
    /// Set once a message could not be written to standard error: the run then exits 2.
    private static let errorLost = MessageLoss()

    /// True when some message could not be written to standard error.
    static var lostError: Bool { errorLost.isSet }

    /// Writes `text` to standard error (descriptor 2), retrying short and interrupted writes; a
    /// failure is remembered (`lostError`), never fatal.
    static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        let ok = bytes.withUnsafeMutableBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = write(2, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        if !ok { errorLost.set() }
    }

    /// Run first: a standard descriptor (0, 1 or 2) that the caller closed is opened on `/dev/null`
    /// read-only, so no file the tool opens can take its number (and receive the graph or the
    /// messages meant for it), and writing to it still fails (EBADF) and is reported.
    static func reserveClosedDescriptors() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != fd {
                _ = dup2(opened, fd)
                _ = close(opened)
            }
        }
    }

    /// Flushes what `print` left in the C library's buffer for standard output; false when it, or
    /// any earlier write through it, failed.
    static func flushOutput() -> Bool {
        fflush(stdout) == 0 && ferror(stdout) == 0
    }
}
