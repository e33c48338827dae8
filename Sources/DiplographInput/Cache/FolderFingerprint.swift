import Foundation

/// A digest of a set of named data files (the lexicon's), part of every cache key.
public enum FolderFingerprint {
    /// SHA-256 over the names and bytes of `files`, in the order given: with a folder's files in
    /// name order, it changes whenever one is edited, added, removed or renamed.
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
