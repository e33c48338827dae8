// Re-exported: the export and the HTML input reach libxml2's C API only through this target.
@_exported import CLibXML2

/// One message libxml2 reported: where, how grave, and what.
package struct LibXMLIssue: Sendable, Equatable {
    /// The file libxml2 named, else the collector's fallback name.
    package let file: String
    /// The 1-based line, or 0 when libxml2 gives none.
    package let line: Int
    /// The message, trailing white space removed; warnings start with `warning: `.
    package let message: String
    /// True when libxml2 stopped parsing after this error (depth limit, out of memory): what it
    /// returned is then only part of the document.
    package let stopsParser: Bool
}

/// Collects libxml2's structured errors as `LibXMLIssue`s instead of letting them reach stderr:
/// the one place where libxml2's messages enter the tool, for the export's schema validation and
/// the input's HTML parser alike.
///
/// Handed to C as an unretained context pointer; the caller keeps it alive for the duration of the
/// C call (`withContext`).
package final class XMLErrorCollector {
    /// The file name used when libxml2 reports none.
    package let fallbackName: String
    package private(set) var issues: [LibXMLIssue] = []
    /// How many issues are kept; later ones are dropped unless they stop the parser (a broken page
    /// can report an error per tag, and only the first few and the fatal one are ever shown).
    package let limit: Int

    package init(fallbackName: String, limit: Int = .max) {
        self.fallbackName = fallbackName
        self.limit = limit
    }

    /// The first issue after which libxml2 stopped parsing, if any.
    package var parserStop: LibXMLIssue? { issues.first(where: \.stopsParser) }

    /// The C callback: `userData` is an unretained `XMLErrorCollector`.
    package static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.record(error.pointee)
    }

    /// Runs `body` with this collector as an opaque C context pointer.
    package func withContext<T>(_ body: (UnsafeMutableRawPointer) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) { try body(Unmanaged.passUnretained(self).toOpaque()) }
    }

    /// Runs `body` with libxml2's thread-local structured error handler pointing here, and puts the
    /// previous handler back afterwards (the quiet one where there was none, so nothing reaches
    /// stderr). `body` must not suspend (the handler is per thread).
    package func capturingParserErrors<T>(_ body: () throws -> T) rethrows -> T {
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
    package var summary: String { issues.map(\.message).joined(separator: "; ") }

    /// Adds an issue not reported through libxml2.
    package func add(line: Int, message: String) {
        issues.append(LibXMLIssue(file: fallbackName, line: line, message: message, stopsParser: false))
    }

    private func record(_ error: xmlError) {
        var message = error.message.map { String(cString: $0) } ?? "unknown error"
        while let last = message.unicodeScalars.last, last == "\n" || last == " " { message.unicodeScalars.removeLast() }
        if error.level == XML_ERR_WARNING { message = "warning: " + message }
        let file = error.file.map { String(cString: $0) } ?? fallbackName
        // XML_ERR_INTERNAL_ERROR at fatal level is how nodePush reports "Excessive depth in
        // document" before calling xmlStopParser; XML_ERR_NO_MEMORY stops it too.
        let code = xmlParserErrors(rawValue: UInt32(bitPattern: error.code))
        let stops = error.level == XML_ERR_FATAL && (code == XML_ERR_INTERNAL_ERROR || code == XML_ERR_NO_MEMORY)
        if issues.count >= limit && !stops { return }
        issues.append(LibXMLIssue(file: file.isEmpty ? fallbackName : file, line: Int(error.line), message: message,
                                  stopsParser: stops))
    }
}
