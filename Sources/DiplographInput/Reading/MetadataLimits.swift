import DiplographModel
/// How long each metadata field of an article may be. A value past its bound is not a title or a
/// source but a mistake (a body pasted into the front matter, a broken manifest); it would also
/// become a label no consumer can read (Graphviz refuses quoted strings over 16 KiB). Such an
/// article is refused, with the field, its length and the bound in the message.
extension ArticleMetadata {
    /// The bound of each field, in Unicode scalars, with its name in front matter and manifests.
    public static let fieldLimits: [(field: String, limit: Int, value: @Sendable (ArticleMetadata) -> String)] = [
        ("title", 1_000, { $0.title }),
        ("source", 300, { $0.source }),
        ("url", 4_096, { $0.url }),
        ("language", 35, { $0.language }),
    ]

    /// Why a field is too long (naming it, its length and its bound), or nil when all fit.
    func overlongField() -> String? {
        for (field, limit, value) in Self.fieldLimits {
            // Counted without walking a long value to its end.
            let scalars = value(self).unicodeScalars
            guard scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex).map({ $0 != scalars.endIndex }) ?? false else { continue }
            return "\(field) is \(scalars.count) characters long, more than the \(limit) a \(field) may have"
        }
        return nil
    }
}
