#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

private func systemClose(_ fd: Int32) -> Int32 { close(fd) }

/// Internal wrappers over the POSIX folder and process calls the module needs: listing a folder,
/// locking it, and asking whether a process still runs.
enum SystemFolder {
    /// The names in `folder` (without `.` and `..`), in no particular order; empty when it cannot be read.
    static func names(in folder: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// An exclusive `flock` held on an open folder; released by `unlock()` or when the process ends.
    struct Lock {
        fileprivate let fd: Int32

        func unlock() {
            _ = flock(fd, LOCK_UN)
            _ = systemClose(fd)
        }
    }

    /// Locks `folder` with `flock(LOCK_EX)` on the folder itself (no lock file is left behind).
    /// When another process holds it, calls `waiting` once and waits for it. Returns nil when the
    /// file system cannot lock (some network file systems): the caller goes on unlocked.
    static func lock(_ folder: String, waiting: () -> Void) throws -> Lock? {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemFile.failure("open", folder) }
        var announced = false
        while true {
            if flock(fd, LOCK_EX | (announced ? 0 : LOCK_NB)) == 0 { return Lock(fd: fd) }
            let code = errno
            if code == EINTR { continue }
            if code == EWOULDBLOCK && !announced {
                announced = true
                waiting()
                continue
            }
            _ = systemClose(fd)
            return nil
        }
    }

    /// True when a process with id `pid` exists (it may belong to another user).
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno != ESRCH
    }
}
