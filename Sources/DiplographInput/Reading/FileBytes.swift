#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The C calls, reachable from inside `FileBytes`, whose members shadow their names.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }

/// Reads a whole file with `open`/`fstat`/`read`, once, into bytes: what both article readers use,
/// so every article file is read from disk exactly once (its digest and its text come from the
/// same bytes) and failures name their cause.
public enum FileBytes {
    /// Why a file could not be read, in words for a `ReadError`.
    public struct Failure: Error, Sendable, Equatable {
        public let reason: String
    }

    /// The bytes of the regular file at `path`. Refuses folders, files that cannot be opened, and
    /// files larger than `limit` bytes (before reading them); `what` names the file in that message.
    public static func read(_ path: String, limit: Int = Int.max, what: String = "an article") throws(Failure) -> [UInt8] {
        try read(InputPath(path), limit: limit, what: what)
    }

    /// The bytes of the regular file at `path` (its bytes as the system gave them). Refuses
    /// folders, FIFOs, devices and sockets (opened without waiting, never read: a FIFO would wait
    /// for a writer forever, a device never end), files that cannot be opened, and files larger
    /// than `limit` bytes (before reading them); `what` names the file in that message.
    public static func read(_ path: InputPath, limit: Int = Int.max, what: String = "an article") throws(Failure) -> [UInt8] {
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        if fd < 0 { throw Failure(reason: reason(errno)) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { throw Failure(reason: reason(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure(reason: "is a folder, not an article") }
        if let kind = specialKind(info.st_mode) { throw Failure(reason: "is not a regular file (\(kind)): skipped") }
        let size = Int(info.st_size)
        if size > limit { throw Failure(reason: "is \(size) bytes, larger than the \(limit >> 20) MiB \(what) may have") }
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var count = 0
        // Read until end of file: the size is a hint (files can grow, and some report 0).
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { raw in systemRead(fd, raw.baseAddress! + count, raw.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw Failure(reason: "is a folder, not an article") }
                throw Failure(reason: reason(errno))
            }
            if n == 0 { break }
            count += n
            if count > limit { throw Failure(reason: "is larger than the \(limit >> 20) MiB \(what) may have") }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// `read(_:limit:)` with its failure as a `ReadError` naming `path`: how the article readers
    /// (text and HTML) and the command line read an article file.
    public static func article(_ path: String, limit: Int) throws -> [UInt8] {
        do {
            return try read(path, limit: limit)
        } catch {
            throw ReadError(path: path, reason: error.reason)
        }
    }

    /// `read(_:limit:)` of a path as the system gave it, with its failure as a `ReadError` naming
    /// the path's `display` form.
    public static func article(_ path: InputPath, limit: Int) throws -> [UInt8] {
        do {
            return try read(path, limit: limit)
        } catch {
            throw ReadError(path: path.display, reason: error.reason)
        }
    }

    /// Replaces the file at `path` with `bytes` through a temporary file beside it and a rename, so
    /// that readers see the old file or the whole new one, never part of it. No `fsync`: for files
    /// that can be made again (cache entries), not for exports. False when anything failed (the
    /// temporary file is then removed).
    public static func replace(_ path: String, with bytes: [UInt8]) -> Bool {
        let temporary = path + ".tmp-" + String(getpid()) + "-" + String(UInt64.random(in: .min ... .max), radix: 16)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 { return false }
        var offset = 0
        let written: Bool = bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
        if close(fd) != 0 || !written || rename(temporary, path) != 0 {
            unlink(temporary)
            return false
        }
        return true
    }

    /// What the file at `path` is when it is neither a regular file nor a folder, or nil (also
    /// when it cannot be found).
    static func specialKind(path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return specialKind(info.st_mode)
    }

    /// What a file that is neither a regular file nor a folder is, or nil.
    static func specialKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "cannot be read (permission denied)"
        case EISDIR: return "is a folder, not an article"
        default: return "cannot be read (" + String(cString: strerror(code)) + ")"
        }
    }
}
