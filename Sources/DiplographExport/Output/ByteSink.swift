/// Where a writer's bytes go: memory (`MemorySink`) or a staged file (`StagedFile`). Writers stream
/// into a sink piece by piece, so an export never holds a whole document in memory.
public protocol ByteSink: AnyObject {
    /// Appends `bytes`. Throws an `ExportError` when they cannot be stored.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Appends the UTF-8 of `text`.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

/// A sink that keeps everything in memory: for tests, standard output and small graphs.
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }
}
