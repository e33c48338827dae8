import DiplographModel

/// The namespaces, classes and predicates of the RDF export (the project's ontology, `dg:`, plus
/// RDF, RDFS, XSD, OWL, PROV-O and the W3C Web Annotation vocabulary).
enum RDFVocabulary {
    /// Prefix and namespace IRI, in the order they are declared on `rdf:RDF`.
    static let namespaces: [(prefix: String, iri: String)] = [
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("oa", "http://www.w3.org/ns/oa#"),
        ("dg", "https://w3id.org/diplograph/ontology#"),
    ]

    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let ontology = "https://w3id.org/diplograph/ontology#"
    static let wikidataEntity = "http://www.wikidata.org/entity/"

    /// The `dg:` class of `node` as a QName: by actor type for actors, by event type for events.
    static func classQName(_ node: Node) -> String {
        let local: String
        switch node {
        case .actor(let a):
            switch a.actorType {
            case .person: local = "Person"
            case .state: local = "State"
            case .organization: local = "Organization"
            case .institution: local = "Institution"
            case .media: local = "MediaOutlet"
            }
        case .event(let e): local = e.eventType == .call ? "Call" : "Meeting"
        case .demand: local = "Demand"
        case .threat: local = "Threat"
        case .article: local = "Article"
        }
        return "dg:" + local
    }

    /// The `dg:` predicate an edge of `relation` becomes, subject the edge's source.
    static func predicate(for relation: Relation) -> String {
        switch relation {
        case .participant: return "dg:participatesIn"
        case .demands: return "dg:makesDemand"
        case .addressee: return "dg:addressee"
        case .threatens: return "dg:makesThreat"
        case .target: return "dg:target"
        case .affiliation: return "dg:affiliatedWith"
        case .mentions: return "dg:mentions"
        case .met: return "dg:met"
        case .called: return "dg:called"
        case .demanded: return "dg:demanded"
        case .threatened: return "dg:threatened"
        }
    }

    /// Object properties from edges, in the order they are written.
    static let linkOrder = [
        "dg:participatesIn", "dg:initiated", "dg:makesDemand", "dg:addressee",
        "dg:makesThreat", "dg:target", "dg:affiliatedWith", "dg:mentions",
        "dg:met", "dg:called", "dg:demanded", "dg:threatened",
    ]

    /// The predicate of class membership.
    static let type = "rdf:type"

    /// The full IRI of `qname` (`dg:Person` → `https://w3id.org/diplograph/ontology#Person`).
    /// Throws unless `qname` is a declared prefix and an NCName (`checkQName`).
    static func expand(_ qname: String) throws -> String {
        try checkQName(qname)
        let parts = qname.split(separator: ":", omittingEmptySubsequences: false)
        let namespace = namespaces.first { $0.prefix == parts[0] }!.iri
        return namespace + parts[1]
    }

    /// The QName of `iri` under a declared namespace with an NCName local part, or nil.
    static func compact(_ iri: String) -> String? {
        for (prefix, namespace) in namespaces where iri.hasPrefix(namespace) {
            let local = iri.dropFirst(namespace.count)
            if isNCName(Substring(local)) { return prefix + ":" + local }
        }
        return nil
    }

    /// Checks that `qname` is `prefix:local` with a declared prefix and an NCName local part, as
    /// RDF/XML requires of every predicate and typed node element (RDF 1.1 XML Syntax §2.2,
    /// Namespaces in XML 1.0 §3 production [4]).
    static func checkQName(_ qname: String) throws {
        let parts = qname.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, namespaces.contains(where: { $0.prefix == parts[0] }), isNCName(parts[1]) else {
            throw ExportError(call: "RDFXMLWriter.predicate",
                              message: "'\(qname)' is not a declared prefix and an NCName; RDF/XML cannot write it")
        }
    }

    /// NCName: a letter or `_` first, then letters, digits, `.`, `-`, `_`, combining marks (no `:`).
    static func isNCName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        guard first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.dropFirst().allSatisfy {
            $0 == "_" || $0 == "-" || $0 == "." || $0.properties.isAlphabetic
                || $0.properties.numericType == .decimal || $0.properties.generalCategory == .nonspacingMark
                || $0.properties.generalCategory == .spacingMark
        }
    }
}
