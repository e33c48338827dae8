import Foundation

extension Lexicon {
    /// SHA-256 over the names and bytes of the lexicon's JSON files in `directory`, in name order:
    /// it changes whenever a lexicon file is edited, added, removed or renamed.
    public static func fingerprint(directory: String) throws -> String {
        try fingerprint(.directory(directory))
    }

    /// The fingerprint of `files`; the built-in lexicon's equals that of the folder it was built from.
    public static func fingerprint(_ files: LexiconFiles) throws -> String {
        var hash = SHA256()
        for name in try files.jsonNames() {
            guard let data = files.contents(name) else {
                throw LexiconError(file: files.path(name), line: nil, message: "missing or unreadable lexicon file")
            }
            // Name and length first, so that no two different folders give the same stream.
            hash.update(Array("\(name)\n\(data.count)\n".utf8))
            hash.update([UInt8](data))
        }
        return hash.hexDigest()
    }
}
