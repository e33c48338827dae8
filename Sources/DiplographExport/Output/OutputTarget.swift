/// Where `--output PATH` sends its bytes, decided from what `PATH` is. A regular file (or a new
/// one) is replaced atomically; a symbolic link's target is replaced, never the link; FIFOs,
/// character devices and everything under `/dev` are written through, never replaced.
public enum OutputTarget: Equatable, Sendable {
    /// An open standard stream: `-`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`.
    case descriptor(Int32)
    /// An existing FIFO or device, opened and written as it is.
    case writeThrough(String)
    /// A regular file or a new one, staged beside itself and renamed into place (the target of a
    /// symbolic link, resolved).
    case replace(String)

    /// The target for `path`; throws an `ExportError` saying why an entry cannot be written
    /// (a folder, a socket, a block device, a symbolic link to nothing), its message to follow the
    /// path (`PATH: is a folder; …`).
    public static func resolve(_ path: String) throws -> OutputTarget {
        if path == "-" { return .descriptor(1) }
        if let fd = standardDescriptor(path) { return .descriptor(fd) }
        // Even where a system file is (wrongly) a regular file, it is never replaced.
        if isSystemPath(path), SystemFile.kind(of: path, following: true) != nil {
            switch SystemFile.kind(of: path, following: true) {
            case .folder?: throw ExportError(call: "output", message: "is a folder; give a file name, or use --output-dir")
            default: return .writeThrough(path)
            }
        }
        switch SystemFile.kind(of: path) {
        case nil, .regular?:
            return .replace(path)
        case .symbolicLink?:
            guard let target = SystemFile.resolved(path) else {
                throw ExportError(call: "output", message: "is a symbolic link to a file that does not exist; "
                    + "give the target's path instead")
            }
            if isSystemPath(path) || isSystemPath(target) { return .writeThrough(path) }
            switch SystemFile.kind(of: target) {
            case nil, .regular?: return .replace(target)
            default: return try resolve(target)
            }
        case .folder?:
            throw ExportError(call: "output", message: "is a folder; give a file name, or use --output-dir")
        case .fifo?, .characterDevice?:
            return .writeThrough(path)
        case .blockDevice?:
            throw ExportError(call: "output", message: "is a block device; refusing to write a graph onto it")
        case .socket?:
            throw ExportError(call: "output", message: "is a socket and cannot be written as a file")
        }
    }

    /// The descriptor a path names when it is one of the process's own streams.
    static func standardDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            let digits = path.dropFirst(prefix.count)
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let fd = Int32(digits) { return fd }
        }
        return nil
    }

    /// Paths under `/dev` and `/proc` are the system's: written through, never replaced.
    static func isSystemPath(_ path: String) -> Bool {
        path.hasPrefix("/dev/") || path.hasPrefix("/proc/")
    }
}

/// A sink writing straight into an open descriptor: standard output, or a FIFO or device opened
/// by path. Buffered; `finish()` writes what is left (and closes what it opened). Nothing is
/// staged, so a failure can leave part of a document behind, as with any pipe.
public final class DescriptorSink: ByteSink {
    /// The name used in messages (`standard output` for descriptor 1).
    public let name: String
    private let file: SystemFile.WritableFile
    private let owned: Bool
    private var buffer: [UInt8] = []
    private var closed = false
    /// The first error met while writing: the descriptor failed, not the writer feeding it.
    public private(set) var failure: ExportError?

    /// Writes into the already open `descriptor` (never closed here).
    public init(descriptor: Int32) {
        name = descriptor == 1 ? "standard output" : descriptor == 2 ? "standard error" : "descriptor \(descriptor)"
        file = SystemFile.descriptor(descriptor, named: name)
        owned = false
    }

    /// Opens the existing FIFO or device at `path` for writing (a FIFO waits for its reader).
    public init(opening path: String) throws {
        name = path
        file = try SystemFile.openExisting(path)
        owned = true
    }

    deinit { if owned && !closed { file.closeIgnoringErrors() } }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered and closes a descriptor this sink opened.
    public func finish() throws {
        try flush()
        if owned && !closed {
            closed = true
            do {
                try file.close()
            } catch let error as ExportError {
                if failure == nil { failure = error }
                throw error
            }
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        do {
            try buffer.withUnsafeBytes { try file.write($0) }
        } catch let error as ExportError {
            if failure == nil { failure = error }
            throw error
        }
    }
}
