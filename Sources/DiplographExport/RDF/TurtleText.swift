/// Prefixed names in Turtle: the one step of the Turtle format beyond N-Triples' escaping.
///
/// W3C RDF 1.1 Turtle §6.5: `[136s] PrefixedName ::= PNAME_LN | PNAME_NS`,
/// `[169s] PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?`.
/// Rather than escaping local names (`\.`, `%XX`), an IRI is shortened only when its local part is
/// a plain ASCII name, `[A-Za-z_][A-Za-z0-9_-]*`, which PN_LOCAL always accepts; any other IRI is
/// written in full with `NTriplesText.iri`, which is always valid Turtle.
enum TurtleText {
    /// `prefix:local` for an IRI under a namespace of `RDFVocabulary` whose rest is a plain ASCII
    /// name, else `<iri>`.
    static func name(_ iri: String) -> String {
        for (prefix, namespace) in RDFVocabulary.namespaces where iri.hasPrefix(namespace) {
            let local = iri.unicodeScalars.dropFirst(namespace.unicodeScalars.count)
            if isPlainName(local) { return prefix + ":" + String(local) }
        }
        return NTriplesText.iri(iri)
    }

    /// `[A-Za-z_][A-Za-z0-9_-]*`.
    static func isPlainName(_ local: Substring.UnicodeScalarView) -> Bool {
        guard let first = local.first, first == "_" || isLetter(first) else { return false }
        return local.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
}
