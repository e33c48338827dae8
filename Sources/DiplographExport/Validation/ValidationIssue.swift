/// One problem found while validating a document: where it is and what it is.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// The file (or the name given for in-memory bytes) the issue is in.
    public let file: String
    /// The 1-based line, or 0 when libxml2 gives none.
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}
