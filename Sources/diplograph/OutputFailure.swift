import DiplographExport
import Foundation

/// An output that could not be written, with the path the user asked for and why.
struct OutputFailure: Error {
    let path: String
    let reason: String
}

/// Starts a staged output file at `path`, reporting failures against it.
func stage(_ path: String) throws -> StagedFile {
    do {
        return try StagedFile(path)
    } catch let error as ExportError {
        throw OutputFailure(path: path, reason: "cannot write the file: \(error.message)")
    }
}

/// Runs `body` to stream a document into `file`. A failure of the file itself becomes an
/// `OutputFailure` naming it; the writer's own errors pass through. Either way the file is discarded.
func fill(_ file: StagedFile, _ body: (StagedFile) throws -> Void) throws {
    do {
        try body(file)
    } catch {
        file.discard()
        if let failure = file.failure {
            throw OutputFailure(path: file.path, reason: "cannot write the file: \(failure.message)")
        }
        throw error
    }
}

/// Commits every staged file, in order, reporting a failure against the file's path.
func commit(_ files: [StagedFile]) throws {
    for file in files {
        do {
            try file.commit()
        } catch let error as ExportError {
            files.forEach { $0.discard() }
            throw OutputFailure(path: file.path, reason: "cannot write the file: \(error.message)")
        }
    }
}

/// Standard output as a buffered sink.
final class StandardOutputSink: ByteSink {
    private var buffer: [UInt8] = []

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Creates the output folder (and its parents), explaining the usual reasons it cannot be.
func makeFolder(_ path: String) throws {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
        if isDir.boolValue { return }
        throw OutputFailure(path: path, reason: "cannot create the output folder: not a directory (a file has that name)")
    }
    do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
        var probe = (path as NSString).deletingLastPathComponent
        while !probe.isEmpty && probe != "/" {
            if FileManager.default.fileExists(atPath: probe, isDirectory: &isDir) {
                if !isDir.boolValue {
                    throw OutputFailure(path: path, reason: "cannot create the output folder: not a directory (\(probe) is a file)")
                }
                break
            }
            probe = (probe as NSString).deletingLastPathComponent
        }
        throw OutputFailure(path: path, reason: "cannot create the output folder: permission denied or read-only file system")
    }
}
