import Foundation

extension Lexicon {
    /// The folder of the lexicon bundled with the tool (what `Lexicon.bundled()` reads).
    public static func bundledDirectory() throws -> String {
        guard let url = Bundle.module.url(forResource: "Lexicon", withExtension: nil) else {
            throw LexiconError(file: "Lexicon", line: nil, message: "the lexicon bundled with the tool is missing")
        }
        return url.path
    }
}
