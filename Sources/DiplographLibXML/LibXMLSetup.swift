import CLibXML2

/// One-time libxml2 set-up, before any thread uses the library (export and HTML input alike).
package enum LibXMLSetup {
    /// `xmlInitParser` must run once before libxml2 is used from several threads; a Swift static
    /// is initialised exactly once, thread-safely.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialised.
    package static func ensureInitialized() { _ = initialized }
}
