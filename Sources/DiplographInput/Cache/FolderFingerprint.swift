import Foundation

/// A digest of the data files in a folder (the lexicon's), part of every cache key.
public enum FolderFingerprint {
    /// SHA-256 over the names and bytes of the `.json` files in `directory`, in name order: it
    /// changes whenever such a file is edited, added, removed or renamed.
    public static func sha256(ofJSONFilesIn directory: String) throws -> String {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.lowercased().hasSuffix(".json") }.sorted()
        } catch {
            throw ReadError(path: directory, reason: "the folder cannot be read")
        }
        var files: [(name: String, bytes: Data)] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ReadError(path: path, reason: "missing or unreadable lexicon file")
            }
            files.append((name, data))
        }
        return sha256(ofFiles: files)
    }

    /// SHA-256 over the names and bytes of `files`, in the order given (the same stream as
    /// `sha256(ofJSONFilesIn:)` for a folder's files in name order).
    public static func sha256(ofFiles files: [(name: String, bytes: Data)]) -> String {
        var hash = SHA256()
        for (name, data) in files {
            // Name and length first, so that no two different folders give the same stream.
            hash.update(Array("\(name)\n\(data.count)\n".utf8))
            hash.update([UInt8](data))
        }
        return hash.hexDigest()
    }
}
