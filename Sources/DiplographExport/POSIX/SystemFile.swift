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
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemLink(_ old: String, _ new: String) -> Int32 { link(old, new) }

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

    /// An already open descriptor (standard output or error), written through and never closed here.
    static func descriptor(_ fd: Int32, named path: String) -> WritableFile { WritableFile(fd: fd, path: path) }

    /// `open(O_WRONLY)` without `O_CREAT` or `O_TRUNC`: opens an existing FIFO or device to write
    /// through it (a FIFO's `open` waits for a reader, as a shell's `>` does).
    static func openExisting(_ path: String) throws -> WritableFile {
        while true {
            let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            if fd >= 0 { return WritableFile(fd: fd, path: path) }
            if errno != EINTR { throw failure("open", path) }
        }
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

    /// `link`: a second name for the file `source` (not following a symbolic link).
    static func link(_ source: String, to destination: String) throws {
        if systemLink(source, destination) != 0 { throw failure("link", destination) }
    }

    /// What kind of entry `path` is, without following a symbolic link at its end; nil when there
    /// is none (or it cannot be examined).
    static func kind(of path: String, following: Bool = false) -> EntryKind? {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        default: return .socket
        }
    }

    /// The kinds of entry a path can name.
    enum EntryKind: Equatable {
        case regular, folder, symbolicLink, fifo, characterDevice, blockDevice, socket
    }

    /// `realpath`: the absolute path with every symbolic link resolved, or nil when some component
    /// is missing.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Seconds since `path` was last modified (0 when in the future), or nil when it is gone.
    static func age(of path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec.tv_sec
        #else
        let modified = info.st_mtim.tv_sec
        #endif
        // A hostile modification time (far past or future) must not overflow.
        let (age, overflow) = time(nil).subtractingReportingOverflow(modified)
        return overflow ? (modified < 0 ? Int.max : 0) : max(0, age)
    }

    /// True when the regular files `a` and `b` hold the same bytes (false when either cannot be read).
    static func sameContents(_ a: String, _ b: String) -> Bool {
        var infoA = stat(), infoB = stat()
        guard stat(a, &infoA) == 0, stat(b, &infoB) == 0,
              (infoA.st_mode & S_IFMT) == S_IFREG, (infoB.st_mode & S_IFMT) == S_IFREG,
              infoA.st_size == infoB.st_size else { return false }
        let fdA = open(a, O_RDONLY | O_CLOEXEC)
        guard fdA >= 0 else { return false }
        defer { _ = systemClose(fdA) }
        let fdB = open(b, O_RDONLY | O_CLOEXEC)
        guard fdB >= 0 else { return false }
        defer { _ = systemClose(fdB) }
        var chunkA = [UInt8](repeating: 0, count: 1 << 16), chunkB = chunkA
        while true {
            guard let countA = readFully(fdA, &chunkA), let countB = readFully(fdB, &chunkB),
                  countA == countB else { return false }
            if countA == 0 { return true }
            if chunkA[0..<countA] != chunkB[0..<countB] { return false }
        }
    }

    /// Fills `chunk` from `fd` as far as the file allows; the count read, nil on an error.
    private static func readFully(_ fd: Int32, _ chunk: inout [UInt8]) -> Int? {
        var filled = 0
        while filled < chunk.count {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress.map { $0 + filled }, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// Copies the regular file `source` to a new file `destination` (for file systems without hard
    /// links), flushed to disk.
    static func copy(_ source: String, to destination: String, permissions: UInt32) throws {
        let bytes = try readAll(source)
        let file = try createExclusive(destination, permissions: permissions)
        do {
            try bytes.withUnsafeBytes { try file.write($0) }
            try file.synchronize()
            try file.close()
        } catch {
            file.closeIgnoringErrors()
            remove(destination)
            throw error
        }
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
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
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
