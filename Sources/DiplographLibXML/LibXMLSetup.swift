import CLibXML2

/// One-time libxml2 set-up, before any thread uses the library (export and HTML input alike).
package enum LibXMLSetup {
    /// `xmlInitParser` must run once before libxml2 is used from several threads; a Swift static
    /// is initialised exactly once, thread-safely. libxml2's default error handler prints raw lines
    /// ("I/O error : …") on stderr: every thread, this one and those started later, gets a
    /// structured handler that keeps them off stderr instead. Where messages matter (writing,
    /// validating) an `XMLErrorCollector` captures them and they reach the user inside the tool's
    /// own errors.
    private static let initialized: Bool = {
        xmlInitParser()
        xmlThrDefSetStructuredErrorFunc(nil, LibXMLSetup.discard)
        xmlSetStructuredErrorFunc(nil, LibXMLSetup.discard)
        return true
    }()

    /// A structured error handler that drops the message.
    private static let discard: xmlStructuredErrorFunc = { _, _ in }

    /// Makes sure libxml2 is initialised.
    package static func ensureInitialized() { _ = initialized }

    /// Gives the calling thread the quiet handler (after a capture on a thread that had none).
    package static func quietThisThread() {
        ensureInitialized()
        xmlSetStructuredErrorFunc(nil, discard)
    }
}
