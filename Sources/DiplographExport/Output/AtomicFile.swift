/// Replaces a file in one step, so readers see either the old file or the whole new one.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk (`fsync`) and renames it
    /// over `path`. On any failure the old file (if any) is untouched, the temporary file is removed
    /// and an `ExportError` names the POSIX call that failed. An existing file keeps its permissions.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let staged = try StagedFile(path)
        try staged.write(bytes)
        try staged.commit()
    }

    static func temporaryPrefix(of path: String) -> String {
        let (folder, name) = split(path)
        return folder + "." + name + ".tmp-"
    }

    /// Splits `path` into its folder (with the trailing `/`, or empty) and its last component.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}

/// A file being written beside its final place: bytes stream into a temporary file
/// (`dir/.name.tmp-PID-RANDOM`, buffered), and `commit()` flushes it to disk and renames it over
/// `path` in one step. Until then `path` is untouched; `discard()` (or dropping the value
/// uncommitted) removes the temporary file. Several staged files can be committed together after
/// every one of them was written, so a failed export leaves all previous files as they were.
/// Errors are `ExportError`s that name `path`, never the temporary file.
public final class StagedFile: ByteSink {
    /// The file this will become.
    public let path: String
    private let temporary: String
    private let folder: String
    private let mode: UInt32
    private var file: SystemFile.WritableFile?
    private var buffer: [UInt8] = []
    private var committed = false
    /// The first error met while writing or committing: the sink failed, not the writer feeding it.
    public private(set) var failure: ExportError?
    private static let bufferSize = 1 << 16

    /// Creates the temporary file. An existing `path` keeps its permissions when committed over.
    public init(_ path: String) throws {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw ExportError(call: "AtomicFile.write", message: "'\(path)' is not a file path")
        }
        self.path = path
        let (folder, name) = AtomicFile.split(path)
        self.folder = folder
        let suffix = String(SystemFile.processID()) + "-" + String(UInt32.random(in: .min ... .max), radix: 16)
        temporary = folder + "." + name + ".tmp-" + suffix
        mode = SystemFile.permissions(of: path) ?? 0o644
        do {
            file = try SystemFile.createExclusive(temporary, permissions: mode)
        } catch let error as ExportError {
            throw ExportError(call: error.call, message: error.message.replacingTemporary(of: path))
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { if !committed { discard() } }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.bufferSize { try flush() }
        if bytes.count >= Self.bufferSize {
            try writeOrDiscard(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes what is buffered, sets the permissions, `fsync`s, closes and renames the temporary file
    /// over `path`. After a failure the temporary file is gone and `path` is as it was.
    public func commit() throws {
        try flush()
        let file = try naming { try openFile() }
        do {
            try naming {
                try file.setPermissions(mode)
                try file.synchronize()
            }
        } catch {
            discard()
            throw error
        }
        self.file = nil
        do {
            try naming {
                try file.close()
                try SystemFile.rename(temporary, to: path)
            }
        } catch {
            SystemFile.remove(temporary)
            throw error
        }
        committed = true
        SystemFile.synchronizeFolder(folder.isEmpty ? "." : folder)
    }

    /// Closes and removes the temporary file; `path` is left as it was.
    public func discard() {
        file?.closeIgnoringErrors()
        file = nil
        if !committed { SystemFile.remove(temporary) }
        committed = true
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeOrDiscard($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to the temporary file; on failure discards it and rethrows, naming `path`.
    private func writeOrDiscard(_ bytes: UnsafeRawBufferPointer) throws {
        let file = try openFile()
        do {
            try naming { try file.write(bytes) }
        } catch {
            discard()
            throw error
        }
    }

    private func openFile() throws -> SystemFile.WritableFile {
        guard let file, !committed else {
            throw ExportError(call: "AtomicFile.write", message: "'\(path)' was already committed or discarded")
        }
        return file
    }

    /// Runs `body`, rewriting any error message to name `path` instead of the temporary file.
    private func naming<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExportError {
            let named = ExportError(call: error.call, message: error.message.replacingTemporary(of: path))
            if failure == nil { failure = named }
            throw named
        }
    }
}
