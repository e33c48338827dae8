/// A failure while writing or validating an export, naming the call that failed.
///
/// `call` is the C function (a libxml2 call such as `xmlTextWriterStartElement`, or a POSIX call
/// such as `rename`) or the export step that refused its input; `message` says why.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    /// The libxml2 or POSIX call, or the export step, that failed.
    public let call: String
    /// What went wrong, in words.
    public let message: String

    public init(call: String, message: String) {
        self.call = call
        self.message = message
    }

    /// `call failed: message`.
    public var description: String { "\(call) failed: \(message)" }
}
