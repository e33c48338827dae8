/// How one fact was read: the rule that fired, the words of the sentence it read, and the parties
/// it found (for events the participants; for demands and threats who makes them, and `others`, at whom).
public struct FactTrace: Sendable, Equatable {
    public let kind: String
    public let rule: String
    /// Index of the sentence in the article's body.
    public let sentence: Int
    public let parties: [String]
    public let others: [String]
    public let words: [String]
    public let evidence: String

    /// One line: `call  event.subject+với-object  [Biden, Putin]  words: điện đàm | Biden | Putin`.
    public var line: String {
        let who = others.isEmpty && kind != "demand" && kind != "threat"
            ? "[\(parties.joined(separator: ", "))]"
            : "[\(parties.joined(separator: ", "))] → [\(others.joined(separator: ", "))]"
        return "\(kind)  \(rule)  \(who)  words: \(words.joined(separator: " | "))"
    }
}
