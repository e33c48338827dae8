extension ExportOptions {
    /// Why `iri` cannot be the base under which node ids become resource IRIs, or nil when it can:
    /// it must be absolute (start with a scheme such as `https:`) and end in `/` or `#`, so that
    /// `BASE` + `actor-au` stays a separate path segment or fragment (`…/id/actor-au`, not `…/idactor-au`).
    public static func baseIRIProblem(_ iri: String) -> String? {
        guard IRI.hasScheme(iri) else {
            return "'\(iri)' is not an absolute IRI: it needs a scheme such as https:"
        }
        guard iri.hasSuffix("/") || iri.hasSuffix("#") else {
            return "'\(iri)' must end in '/' or '#', or node ids run into its last word (try '\(iri)/')"
        }
        if iri.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) {
            return "'\(iri)' holds a space or a control character"
        }
        return nil
    }
}
