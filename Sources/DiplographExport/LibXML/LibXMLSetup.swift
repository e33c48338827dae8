import CLibXML2

/// One-time libxml2 set-up, before any thread uses the library.
enum LibXMLSetup {
    /// `xmlInitParser` must run once before libxml2 is used from several threads; a Swift static
    /// is initialised exactly once, thread-safely.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialised.
    static func ensureInitialized() { _ = initialized }
}
