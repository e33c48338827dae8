/// Replaces a file in one step, so readers see either the old file or the whole new one.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk (`fsync`) and renames it
    /// over `path`. On any failure the old file (if any) is untouched, the temporary file is removed
    /// and an `ExportError` names the POSIX call that failed. An existing file keeps its permissions;
    /// a file that already holds exactly `bytes` is left alone.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let staged = try StagedFile(path)
        try staged.write(bytes)
        try staged.commit()
    }

    /// Splits `path` into its folder (with the trailing `/`, or empty) and its last component.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}

/// A file being written beside its final place: bytes stream into a temporary file
/// (`dir/.name.tmp-PID-RANDOM`, buffered, the name shortened when it would pass 255 bytes), and
/// `commit()` flushes it to disk and renames it over `path` in one step. Until then `path` is
/// untouched; `discard()` (or dropping the value uncommitted) removes the temporary file. When the
/// new bytes equal the file already at `path`, the file is left as it is (its modification time
/// too). Several staged files are committed together, all or none, by `FileSet.commit`.
/// Errors are `ExportError`s that name `path`, never the temporary file.
public final class StagedFile: ByteSink {
    /// The file this will become.
    public let path: String
    let temporary: String
    let folder: String
    let name: String
    private let mode: UInt32
    private var file: SystemFile.WritableFile?
    private var buffer: [UInt8] = []
    private var state = State.writing
    /// The first error met while writing or committing: the sink failed, not the writer feeding it.
    public private(set) var failure: ExportError?
    private static let bufferSize = 1 << 16

    private enum State { case writing, finished, done }

    /// Creates the temporary file. An existing `path` keeps its permissions when committed over.
    public init(_ path: String) throws {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw ExportError(call: "AtomicFile.write", message: "'\(path)' is not a file path")
        }
        self.path = path
        (folder, name) = AtomicFile.split(path)
        temporary = folder + WorkingName.make(for: name, tag: "tmp")
        mode = SystemFile.permissions(of: path) ?? 0o644
        do {
            file = try SystemFile.createExclusive(temporary, permissions: mode)
        } catch let error as ExportError {
            throw ExportError(call: error.call, message: error.message.replacing(every: temporary, with: path))
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { if state != .done { discard() } }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.bufferSize { try flush() }
        if bytes.count >= Self.bufferSize {
            try writeOrDiscard(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes what is buffered, sets the permissions, `fsync`s, closes and renames the temporary file
    /// over `path` (or removes it when `path` already holds the same bytes). After a failure the
    /// temporary file is gone and `path` is as it was.
    public func commit() throws {
        try finish()
        if isUnchanged {
            discard()
            return
        }
        do {
            try install()
        } catch {
            discard()
            throw error
        }
        SystemFile.synchronizeFolder(folderOrCurrent)
    }

    /// Closes and removes the temporary file; `path` is left as it was.
    public func discard() {
        file?.closeIgnoringErrors()
        file = nil
        if state != .done { SystemFile.remove(temporary) }
        state = .done
    }

    /// Writes what is buffered, sets the permissions, flushes the file to disk and closes it; the
    /// temporary file then holds the whole new file. On failure it is discarded. `commit()` and
    /// `FileSet.commit` finish the files not finished yet; finishing a file as soon as it is
    /// written (on the thread that wrote it) lets its `fsync` overlap other work.
    public func finish() throws {
        guard state == .writing else {
            if state == .finished { return }
            throw ExportError(call: "AtomicFile.write", message: "'\(path)' was already committed or discarded")
        }
        try flush()
        let file = try openFile()
        do {
            try naming {
                try file.setPermissions(mode)
                try file.synchronize()
            }
            self.file = nil
            try naming { try file.close() }
        } catch {
            discard()
            throw error
        }
        state = .finished
    }

    /// True when the finished temporary file holds the same bytes as the file at `path`.
    var isUnchanged: Bool {
        state == .finished && SystemFile.kind(of: path) == .regular && SystemFile.sameContents(temporary, path)
    }

    /// Renames the finished temporary file over `path`; the temporary file stays on failure.
    func install() throws {
        try naming { try SystemFile.rename(temporary, to: path) }
        state = .done
    }

    var folderOrCurrent: String { folder.isEmpty ? "." : folder }

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
        guard let file, state == .writing else {
            throw ExportError(call: "AtomicFile.write", message: "'\(path)' was already committed or discarded")
        }
        return file
    }

    /// Runs `body`, rewriting any error message to name `path` instead of the temporary file.
    func naming<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExportError {
            let named = ExportError(call: error.call, message: error.message.replacing(every: temporary, with: path))
            if failure == nil { failure = named }
            throw named
        }
    }
}
