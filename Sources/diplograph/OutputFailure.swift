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
/// While `OutputDigests` is on, the SHA-256 of the bytes is taken on the way.
func fill(_ file: StagedFile, _ body: (ByteSink) throws -> Void) throws {
    do {
        if OutputDigests.shared.isOn {
            let sink = DigestingSink(file)
            try body(sink)
            OutputDigests.shared.note(sink.digest.hex(), for: file.path)
        } else {
            try body(file)
        }
    } catch {
        file.discard()
        if let failure = file.failure {
            throw OutputFailure(path: file.path, reason: "cannot write the file: \(failure.message)")
        }
        throw error
    }
}

/// Flushes a filled file of a folder export to disk (`StagedFile.finish`) before the set is
/// committed; a failure names the folder and keeps the previous files, as a failing commit does.
func finish(_ file: StagedFile, in folder: String) throws {
    do {
        try file.finish()
    } catch let error as ExportError {
        throw OutputFailure(path: folder, reason: "nothing replaced, the previous files are kept: \(error.message)")
    }
}

/// Commits the files of a folder export all or none (`FileSet.commit`: under the folder's lock,
/// after undoing what a killed run left half done); a failure names the folder and keeps the
/// previous files.
func commit(_ files: [StagedFile], into folder: String) throws {
    do {
        try FileSet.commit(files) {
            Inputs.warn("\(folder): another diplograph run is writing into this folder; waiting for it to finish")
        }
    } catch let error as ExportError {
        throw OutputFailure(path: folder, reason: "nothing replaced, the previous files are kept: \(error.message)")
    }
}

/// Writes one document, streamed by `body`, to `--output PATH`: standard output for `-` (and
/// `/dev/stdout`), written through for a FIFO or device, else staged beside the file (the target
/// of a symbolic link) and renamed over it, creating its folder when missing. A non-regular file
/// is never replaced.
func writeOne(to output: String, _ body: (ByteSink) throws -> Void) throws {
    let target: OutputTarget
    do {
        target = try OutputTarget.resolve(output)
    } catch let error as ExportError {
        throw OutputFailure(path: output, reason: error.message)
    }
    switch target {
    case .descriptor(let fd):
        try writeThrough(DescriptorSink(descriptor: fd), body)
    case .writeThrough(let path):
        let sink: DescriptorSink
        do { sink = try DescriptorSink(opening: path) } catch let error as ExportError {
            throw OutputFailure(path: output, reason: "cannot open for writing: " + error.message.afterQuotedPath(path))
        }
        try writeThrough(sink, body)
    case .replace(let path):
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try makeFolder(folder) }
        } catch let failure as OutputFailure {
            throw OutputFailure(path: output, reason: failure.reason.replacingOccurrences(of: "the output folder", with: "its folder " + folder))
        }
        WorkingFiles.removeStale(in: folder.isEmpty ? "" : folder + "/", only: (path as NSString).lastPathComponent)
        let file = try stage(path)
        try fill(file) { try body($0) }
        do {
            try file.commit()
        } catch let error as ExportError {
            throw OutputFailure(path: output, reason: "cannot write the file: \(error.message)")
        }
    }
}

/// Streams `body` into `sink` and flushes it; a failure of the sink names it.
private func writeThrough(_ sink: DescriptorSink, _ body: (ByteSink) throws -> Void) throws {
    do {
        try body(sink)
        try sink.finish()
    } catch {
        if let failure = sink.failure {
            throw OutputFailure(path: sink.name, reason: "cannot write: " + failure.message.afterQuotedPath(sink.name))
        }
        throw error
    }
}

extension String {
    /// A POSIX failure's message (`'PATH': reason`) without the quoted path: the reason.
    func afterQuotedPath(_ path: String) -> String {
        let prefix = "'" + path + "': "
        return hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
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
