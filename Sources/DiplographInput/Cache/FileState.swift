#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a regular file that changes whenever its bytes do: device, inode, size,
/// and the modification and status-change times to the nanosecond. Writing a file changes its
/// modification time; anything that sets that time back (`touch -d`, `cp -p`) changes the
/// status-change time, which no program can choose; replacing the file changes its inode.
///
/// The one case it misses is a file written again within one tick of the file system's clock
/// after it was last seen, leaving both times as they were (and its size): a state seen within
/// that tick is "racy" and the bytes are compared instead (`isRacy`).
public struct FileState: Equatable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modified: Timestamp
    public var changed: Timestamp

    /// Seconds and nanoseconds since the epoch.
    public struct Timestamp: Equatable, Comparable, Sendable {
        public var seconds: Int64
        public var nanoseconds: Int64

        public init(seconds: Int64, nanoseconds: Int64) {
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }

        public static func < (a: Timestamp, b: Timestamp) -> Bool {
            (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
        }

        /// The system's wall clock now (the clock file times are taken from).
        public static func now() -> Timestamp {
            var t = timespec()
            clock_gettime(CLOCK_REALTIME, &t)
            return Timestamp(seconds: Int64(t.tv_sec), nanoseconds: Int64(t.tv_nsec))
        }

        /// This time moved back by `seconds`.
        public func minus(seconds s: Int64) -> Timestamp { Timestamp(seconds: seconds - s, nanoseconds: nanoseconds) }
    }

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Timestamp, changed: Timestamp) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ info: stat) {
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Timestamp(seconds: Int64(info.st_mtimespec.tv_sec), nanoseconds: Int64(info.st_mtimespec.tv_nsec))
        changed = Timestamp(seconds: Int64(info.st_ctimespec.tv_sec), nanoseconds: Int64(info.st_ctimespec.tv_nsec))
        #else
        modified = Timestamp(seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
        changed = Timestamp(seconds: Int64(info.st_ctim.tv_sec), nanoseconds: Int64(info.st_ctim.tv_nsec))
        #endif
    }

    /// The state of the regular file at `path` (links followed), or nil when there is none.
    public static func of(_ path: InputPath) -> FileState? {
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileState(info)
    }

    public static func of(_ path: String) -> FileState? { of(InputPath(path)) }

    /// The state of the open regular file `descriptor`, or nil.
    public static func of(descriptor: Int32) -> FileState? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileState(info)
    }

    /// True when the file was last written or changed at or after `instant`: then a write just
    /// after it was seen could have left the same times, and only its bytes tell.
    public func isRacy(since instant: Timestamp) -> Bool {
        !(modified < instant) || !(changed < instant)
    }
}
