import Foundation

extension Lexicon {
    /// The folder of the lexicon bundled with the tool (what `Lexicon.bundled()` reads).
    public static func bundledDirectory() throws -> String {
        guard let url = Bundle.module.url(forResource: "Lexicon", withExtension: nil) else {
            throw LexiconError(file: "Lexicon", line: nil, message: "the lexicon bundled with the tool is missing")
        }
        return url.path
    }

    /// SHA-256 over the names and bytes of the lexicon's JSON files in `directory`, in name order:
    /// it changes whenever a lexicon file is edited, added, removed or renamed.
    public static func fingerprint(directory: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.lowercased().hasSuffix(".json") }.sorted()
        var hash = SHA256()
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LexiconError(file: path, line: nil, message: "missing or unreadable lexicon file")
            }
            // Name and length first, so that no two different folders give the same stream.
            hash.update(Array("\(name)\n\(data.count)\n".utf8))
            hash.update([UInt8](data))
        }
        return hash.hexDigest()
    }
}
