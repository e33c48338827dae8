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
        NTriplesText.rendered { try appendName(iri, to: $0) }
    }

    /// The namespaces' prefixes and IRIs as UTF-8, in `RDFVocabulary` order.
    private static let namespaces: [(prefix: [UInt8], iri: [UInt8])] =
        RDFVocabulary.namespaces.map { (Array($0.prefix.utf8), Array($0.iri.utf8)) }

    /// `name(iri)` appended to `out`. The namespaces are ASCII, so a namespace starts the IRI when
    /// its bytes do; the local part must then be a plain ASCII name.
    static func appendName(_ iri: String, to out: OutputBuffer) throws {
        var text = iri
        let shortened = try text.withUTF8 { bytes -> Bool in
            for namespace in namespaces where bytes.count >= namespace.iri.count {
                guard namespace.iri.withUnsafeBufferPointer({ $0.elementsEqual(bytes.prefix(namespace.iri.count)) }) else { continue }
                let local = UnsafeBufferPointer(rebasing: bytes[namespace.iri.count...])
                guard isPlainName(local) else { continue }
                try namespace.prefix.withUnsafeBufferPointer { try out.append($0) }
                try out.append(UInt8(ascii: ":"))
                try out.append(local)
                return true
            }
            return false
        }
        if !shortened { try NTriplesText.appendIRI(iri, to: out) }
    }

    /// `[A-Za-z_][A-Za-z0-9_-]*` over UTF-8 bytes (any byte of a non-ASCII character fails it).
    static func isPlainName(_ local: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = local.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return local.allSatisfy {
            isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
