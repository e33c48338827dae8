import CLibXML2

/// Collects libxml2's structured errors as `ValidationIssue`s instead of letting them reach stderr.
///
/// Handed to C as an unretained context pointer; the caller keeps it alive for the duration of the
/// C call (`withContext`).
final class XMLErrorCollector {
    /// The file name used when libxml2 reports none.
    let fallbackName: String
    private(set) var issues: [ValidationIssue] = []

    init(fallbackName: String) { self.fallbackName = fallbackName }

    /// The C callback: `userData` is an unretained `XMLErrorCollector`.
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.record(error.pointee)
    }

    /// Runs `body` with this collector as an opaque C context pointer.
    func withContext<T>(_ body: (UnsafeMutableRawPointer) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) { try body(Unmanaged.passUnretained(self).toOpaque()) }
    }

    /// Runs `body` with libxml2's thread-local structured error handler pointing here, and puts the
    /// previous handler back afterwards. `body` must not suspend (the handler is per thread).
    func capturingParserErrors<T>(_ body: () throws -> T) rethrows -> T {
        LibXMLSetup.ensureInitialized()
        let previousHandler = __xmlStructuredError()?.pointee
        let previousContext = __xmlStructuredErrorContext()?.pointee
        return try withContext { context in
            xmlSetStructuredErrorFunc(context, XMLErrorCollector.callback)
            defer {
                if let previousHandler {
                    xmlSetStructuredErrorFunc(previousContext, previousHandler)
                } else {
                    LibXMLSetup.quietThisThread()
                }
            }
            return try body()
        }
    }

    /// The issues' messages in one line, `; `-separated.
    var summary: String { issues.map(\.message).joined(separator: "; ") }

    /// Adds an issue not reported through libxml2.
    func add(line: Int, message: String) {
        issues.append(ValidationIssue(file: fallbackName, line: line, message: message))
    }

    private func record(_ error: xmlError) {
        var message = error.message.map { String(cString: $0) } ?? "unknown error"
        while let last = message.unicodeScalars.last, last == "\n" || last == " " { message.unicodeScalars.removeLast() }
        if error.level == XML_ERR_WARNING { message = "warning: " + message }
        let file = error.file.map { String(cString: $0) } ?? fallbackName
        issues.append(ValidationIssue(file: file.isEmpty ? fallbackName : file, line: Int(error.line), message: message))
    }
}
