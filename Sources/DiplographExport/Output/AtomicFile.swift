/// Replaces a file in one step, so readers see either the old file or the whole new one.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path`, flushes it to disk (`fsync`) and renames it
    /// over `path`. On any failure the old file (if any) is untouched, the temporary file is removed
    /// and an `ExportError` names the POSIX call that failed. An existing file keeps its permissions.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try replace(path, with: bytes)
        } catch let error as ExportError {
            // Name the file that was asked for, not the temporary beside it.
            let message = error.message.replacingTemporary(of: path)
            throw ExportError(call: error.call, message: message)
        }
    }

    private static func replace(_ path: String, with bytes: [UInt8]) throws {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw ExportError(call: "AtomicFile.write", message: "'\(path)' is not a file path")
        }
        let (folder, name) = split(path)
        let suffix = String(SystemFile.processID()) + "-" + String(UInt32.random(in: .min ... .max), radix: 16)
        let temporary = folder + "." + name + ".tmp-" + suffix
        let mode = SystemFile.permissions(of: path) ?? 0o644

        let file = try SystemFile.createExclusive(temporary, permissions: mode)
        var committed = false
        defer { if !committed { SystemFile.remove(temporary) } }
        do {
            try file.write(bytes)
            try file.setPermissions(mode)
            try file.synchronize()
        } catch {
            file.closeIgnoringErrors()
            throw error
        }
        try file.close()
        try SystemFile.rename(temporary, to: path)
        committed = true
        SystemFile.synchronizeFolder(folder.isEmpty ? "." : folder)
    }

    static func temporaryPrefix(of path: String) -> String {
        let (folder, name) = split(path)
        return folder + "." + name + ".tmp-"
    }

    /// Splits `path` into its folder (with the trailing `/`, or empty) and its last component.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}
