/// Why an input could not be read. Each case names the file.
public struct ReadError: Error, CustomStringConvertible, Sendable, Equatable {
    public let path: String
    public let line: Int?
    public let reason: String
    /// Problems of other files that caused this one (a broken `manifest.json` beside an article).
    public let causes: [ReadError]

    public init(path: String, line: Int? = nil, reason: String, causes: [ReadError] = []) {
        self.path = path
        self.line = line
        self.reason = reason
        self.causes = causes
    }

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
