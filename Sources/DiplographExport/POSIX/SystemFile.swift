#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The global C functions, reachable from inside `SystemFile`, whose members shadow their names.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
private func systemRename(_ old: String, _ new: String) -> Int32 { rename(old, new) }

/// Internal wrappers over the POSIX file calls the module needs (the only file that calls them),
/// each failure an `ExportError` naming the call and the path.
enum SystemFile {
    /// An open file descriptor for writing, owned by the caller, who must close it once.
    struct WritableFile {
        fileprivate let fd: Int32
        let path: String

        /// Writes all of `bytes`, retrying short writes and interrupted calls.
        /// Writes all of `raw`, retrying short writes and interrupted calls.
        func write(_ raw: UnsafeRawBufferPointer) throws {
            var offset = 0
            while offset < raw.count {
                let count = systemWrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure("write", path)
                }
                offset += count
            }
        }

        /// `fchmod`: sets the permission bits (the `open` mode is reduced by the umask).
        func setPermissions(_ mode: UInt32) throws {
            if fchmod(fd, mode_t(mode)) != 0 { throw failure("fchmod", path) }
        }

        /// `fsync`: flushes the file's data to disk.
        func synchronize() throws {
            if fsync(fd) != 0 { throw failure("fsync", path) }
        }

        func close() throws {
            if systemClose(fd) != 0 { throw failure("close", path) }
        }

        func closeIgnoringErrors() { _ = systemClose(fd) }
    }

    /// `open(O_CREAT | O_EXCL)`: creates `path`, failing if it exists.
    static func createExclusive(_ path: String, permissions: UInt32) throws -> WritableFile {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions))
        guard fd >= 0 else { throw failure("open", path) }
        return WritableFile(fd: fd, path: path)
    }

    /// The permission bits of the file at `path`, or nil when there is none.
    static func permissions(of path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_mode & 0o7777)
    }

    /// `rename`: atomically replaces `destination` with `source`.
    static func rename(_ source: String, to destination: String) throws {
        if systemRename(source, destination) != 0 { throw failure("rename", destination) }
    }

    /// `unlink`, ignoring failures (used for clean-up).
    static func remove(_ path: String) { _ = unlink(path) }

    /// Flushes a folder's entries (after a rename); best effort, some file systems refuse it.
    static func synchronizeFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = systemClose(fd)
    }

    static func processID() -> Int32 { getpid() }

    /// `strerror(errno)`.
    static func lastErrorDescription() -> String { String(cString: strerror(errno)) }

    /// True when `path` names a readable regular file (`errno` says why not).
    static func isReadable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            errno = EISDIR
            return false
        }
        return access(path, R_OK) == 0
    }

    /// Reads the whole file at `path`.
    static func readAll(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        defer { _ = systemClose(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read", path)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// An `ExportError` for POSIX `call` on `path`, with `strerror(errno)`.
    static func failure(_ call: String, _ path: String) -> ExportError {
        ExportError(call: call, message: "'\(path)': \(lastErrorDescription())")
    }
}
