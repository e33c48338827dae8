#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One committed pack, open for reading: its index, and its file kept open so that a pack removed
/// by another run's compaction can still be read by a run that opened it before.
final class PackFile: Sendable {
    let path: String
    let index: [String: CachePack.Location]
    private let descriptor: Int32

    /// The pack at `path`, or nil when it cannot be opened, is not a regular file, or its index
    /// does not check (`CachePack.index`).
    init?(path: String, maximumRecord: Int) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let size = Int(exactly: info.st_size), size >= CachePack.headerSize + CachePack.trailerSize,
              let header = PackIO.read(fd, at: 0, count: CachePack.headerSize),
              let trailer = PackIO.read(fd, at: size - CachePack.trailerSize, count: CachePack.trailerSize),
              let (indexOffset, count) = CachePack.trailer(trailer, packSize: size),
              let rows = PackIO.read(fd, at: indexOffset, count: count * CachePack.rowSize),
              let index = CachePack.index(header: header, index: rows, trailer: trailer, packSize: size,
                                          maximumRecord: maximumRecord) else {
            close(fd)
            return nil
        }
        self.path = path
        self.index = index
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// The bytes of the record at `location`, or nil when they cannot be read whole.
    func record(at location: CachePack.Location) -> [UInt8]? {
        PackIO.read(descriptor, at: location.offset, count: location.length)
    }
}

/// `pread` and `write` loops over whole buffers.
enum PackIO {
    /// `count` bytes of `fd` from `offset`, or nil when fewer are there or reading fails.
    static func read(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard count >= 0, offset >= 0 else { return nil }
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        let complete: Bool = out.withUnsafeMutableBytes { raw in
            while done < count {
                guard let base = raw.baseAddress else { return false }
                let n = pread(fd, base + done, count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        return complete ? out : nil
    }

    /// Writes all of `bytes` to `fd`; false when the system refused (a full disk).
    static func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                guard let base = raw.baseAddress else { return false }
                let n = systemWrite(fd, base + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
    }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
