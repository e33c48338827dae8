import DiplographModel

/// One property element of a node description: a QName predicate and its object.
struct RDFProperty: Equatable {
    enum Object: Equatable {
        /// An IRI, written as `rdf:resource`.
        case resource(String)
        /// A literal with an optional language tag or datatype IRI (never both).
        case literal(String, language: String? = nil, datatype: String? = nil)
    }

    let predicate: String
    let object: Object
}

/// The RDF description of one node: its resource IRI, its class, and its properties in the fixed
/// order of `schema/ontology.rdf` (label, kind-specific data, provenance, then edges).
struct RDFDescription {
    let subject: String
    /// The typed node element's QName, e.g. `dg:Person`.
    let classQName: String
    private(set) var properties: [RDFProperty] = []

    /// Builds the description of `node`, with `outgoing` its well-formed edges as source.
    init<Edges: RandomAccessCollection<Edge>>(_ node: Node, outgoing: Edges, base: String) where Edges.Index == Int {
        self.init(node, outgoing: outgoing, encodedBase: IRI.encodeBase(base))
    }

    /// The same, with the base already encoded (`IRI.encodeBase`): resource IRIs are
    /// `IRI.resource(base:id:)`, the base encoded once per export instead of once per IRI.
    init<Edges: RandomAccessCollection<Edge>>(_ node: Node, outgoing: Edges, encodedBase: String) where Edges.Index == Int {
        self.init(node, outgoing: outgoing, subject: encodedBase + IRI.encodeSegment(node.id.rawValue), encodedBase: encodedBase,
                  targetIRI: { encodedBase + IRI.encodeSegment(outgoing[$0].target.rawValue) })
    }

    /// The same, with the node's IRI `subject` and the IRI of the target of each outgoing edge
    /// (`targetIRI`, given the edge's index in `outgoing`) made by the caller, who mints each
    /// node's IRI once per export instead of once per link.
    init<Edges: RandomAccessCollection<Edge>>(_ node: Node, outgoing: Edges, subject: String, encodedBase: String,
                                              targetIRI: (Int) -> String) where Edges.Index == Int {
        self.subject = subject
        classQName = RDFVocabulary.classQName(node)
        let resource = { (id: NodeID) in encodedBase + IRI.encodeSegment(id.rawValue) }
        if case .article(let a) = node, XMLText.clean(a.title).isEmpty {
            // No title: the label is the file name, a name in no language, so it has no tag.
            literal("rdfs:label", a.file)
        } else {
            literal("rdfs:label", node.label, language: "vi")
        }
        switch node {
        case .actor(let a):
            literal("rdfs:label", a.labelEn, language: "en")
            literal("dg:actorType", a.actorType.rawValue)
            literal("dg:stateCode", a.state)
            literal("dg:wikidataId", a.wikidata)
            if !a.wikidata.isEmpty {
                add("owl:sameAs", .resource(RDFVocabulary.wikidataEntity + IRI.encodeSegment(a.wikidata)))
            }
            for alias in Self.distinct(a.aliases.map(XMLText.clean)) { literal("dg:alias", alias) }
            derivedFrom(a.articles, resource)
        case .event(let e):
            literal("rdfs:label", e.labelEn, language: "en")
            literal("dg:eventType", e.eventType.rawValue)
            literal("dg:mode", e.mode.rawValue)
            literal("dg:status", e.status.rawValue)
            date("dg:date", e.date)
            // Day bounds beside the date at its precision, so that a range filter on xsd:date
            // values also finds events known only to the month or year.
            date("dg:earliestDate", e.date?.firstDay)
            date("dg:latestDate", e.date?.lastDay)
            literal("dg:location", e.location)
            if let minutes = e.durationMinutes { literal("dg:durationMinutes", String(minutes), datatype: "integer") }
            literal("dg:startTime", e.startTime)
            literal("dg:endTime", e.endTime)
            literal("dg:timeZone", e.timeZone)
            literal("dg:cameoCode", e.cameo)
            literal("dg:ploverCode", e.plover)
            evidence(e.evidence)
            derivedFrom(e.articles, resource)
        case .demand(let d):
            for topic in Self.distinct(d.topics.map(XMLText.clean)) { literal("dg:topic", topic) }
            literal("dg:text", d.text)
            literal("dg:cameoCode", d.cameo)
            evidence(d.evidence)
            derivedFrom(d.articles, resource)
        case .threat(let t):
            literal("dg:sanctions", t.sanctions ? "true" : "false", datatype: "boolean")
            literal("dg:measure", t.measure)
            literal("dg:condition", t.condition)
            literal("dg:cameoCode", t.cameo)
            evidence(t.evidence)
            derivedFrom(t.articles, resource)
        case .article(let a):
            date("dg:published", a.published)
            literal("dg:title", a.title)
            literal("dg:file", a.file)
            literal("dg:source", a.source)
            literal("dg:url", a.url, datatype: "anyURI")
            literal("dg:language", a.language)
        }
        // An id retired when the node merged with another (the id ledger) names the same resource.
        for old in node.formerIds { add("owl:sameAs", .resource(resource(old))) }
        links(outgoing, targetIRI)
    }

    private mutating func add(_ predicate: String, _ object: RDFProperty.Object) {
        properties.append(RDFProperty(predicate: predicate, object: object))
    }

    /// A literal, left out when empty; `datatype` is an XSD local name.
    /// The value is cleaned for XML first, so a value made only of forbidden characters counts as empty.
    private mutating func literal(_ predicate: String, _ value: String, language: String? = nil, datatype: String? = nil) {
        let cleaned = XMLText.clean(value)
        guard !cleaned.isEmpty else { return }
        add(predicate, .literal(cleaned, language: language, datatype: datatype.map { RDFVocabulary.xsd + $0 }))
    }

    /// A date typed by its precision: `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`.
    private mutating func date(_ predicate: String, _ value: PartialDate?) {
        guard let value else { return }
        literal(predicate, value.iso, datatype: value.xsdType)
    }

    /// One `dg:evidence` per distinct sentence, sorted.
    private mutating func evidence(_ evidence: [Evidence]) {
        for sentence in Self.distinct(evidence.map { XMLText.clean($0.sentence) }) { literal("dg:evidence", sentence) }
    }

    /// The distinct texts in Unicode-scalar order. `String`'s `==` and `<` take canonically
    /// equivalent spellings (NFC and NFD) as one, so `Set(texts).sorted()` left which spelling is
    /// written, and the order of equivalent ones, to the set's iteration order.
    static func distinct(_ texts: [String]) -> [String] {
        let sorted = texts.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var out: [String] = []
        for text in sorted where !(out.last.map { $0.unicodeScalars.elementsEqual(text.unicodeScalars) } ?? false) {
            out.append(text)
        }
        return out
    }

    /// One `prov:wasDerivedFrom` per source article, sorted by IRI.
    private mutating func derivedFrom(_ articles: [NodeID], _ resource: (NodeID) -> String) {
        for iri in Self.distinctSorted(articles.map(resource)) { add("prov:wasDerivedFrom", .resource(iri)) }
    }

    /// `Set(iris).sorted()` without hashing: sorted (stably), then each run of equal IRIs kept
    /// once, as its first spelling in `iris` (the one a set keeps).
    static func distinctSorted(_ iris: [String]) -> [String] {
        let sorted = iris.sorted()
        var out: [String] = []
        out.reserveCapacity(sorted.count)
        for (index, iri) in sorted.enumerated() where index == 0 || sorted[index - 1] != iri { out.append(iri) }
        return out
    }

    /// The node's outgoing edges as object properties, grouped by predicate in ontology order, each
    /// group sorted by object IRI, duplicates dropped. A participant edge with role `initiator` also
    /// gives `dg:initiated`. Roles are not carried into RDF (`schema/ontology.rdf`).
    private mutating func links<Edges: RandomAccessCollection<Edge>>(_ outgoing: Edges, _ targetIRI: (Int) -> String)
    where Edges.Index == Int {
        guard !outgoing.isEmpty else { return }
        // Each link as (position of its predicate in `linkOrder`, object IRI), sorted (stably) and
        // each run of equal pairs written once: no set and no dictionary of strings per node.
        var found: [(order: Int, iri: String)] = []
        found.reserveCapacity(outgoing.count)
        let initiated = RDFVocabulary.linkOrder.firstIndex(of: "dg:initiated")
        for index in outgoing.indices {
            let edge = outgoing[index]
            let iri = targetIRI(index)
            if let order = RDFVocabulary.linkOrder.firstIndex(of: RDFVocabulary.predicate(for: edge.relation)) {
                found.append((order, iri))
            }
            if edge.relation == .participant && edge.role == "initiator", let initiated { found.append((initiated, iri)) }
        }
        found.sort { $0.order != $1.order ? $0.order < $1.order : $0.iri < $1.iri }
        for (index, link) in found.enumerated()
        where index == 0 || found[index - 1].order != link.order || found[index - 1].iri != link.iri {
            add(RDFVocabulary.linkOrder[link.order], .resource(link.iri))
        }
    }
}
