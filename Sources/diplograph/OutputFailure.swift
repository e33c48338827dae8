import DiplographExport
import Foundation

/// An output that could not be written, with the path the user asked for and why.
struct OutputFailure: Error {
    let path: String
    let reason: String
}

/// Writes one output file atomically, reporting failures against the requested path.
func write(_ bytes: [UInt8], to path: String) throws {
    do {
        try AtomicFile.write(bytes, to: path)
    } catch let error as ExportError {
        throw OutputFailure(path: path, reason: "cannot write the file: \(error.message)")
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
