import DiplographModel

/// One RDF statement: a subject IRI, a predicate named by a vocabulary QName (`dg:participatesIn`,
/// expanded with `RDFVocabulary.expand` where a format needs the full IRI) and an object, an IRI or
/// a literal with a language tag or a datatype.
struct RDFTriple: Equatable {
    let subject: String
    let predicate: String
    let object: RDFProperty.Object
}

/// The statements of the RDF exports, built once and written by `RDFXMLWriter`, `TurtleWriter` and
/// `NTriplesWriter`, so the three formats hold exactly the same triples.
///
/// Order (deterministic whatever order the graph was built in): nodes sorted by id; for each
/// subject its `rdf:type` first, then its properties in the fixed order of `RDFDescription`
/// (`schema/ontology.rdf` order, multi-valued properties sorted by value, duplicates dropped).
/// After an event, demand or threat come its evidence annotations, after an article the
/// sentences facts were read from with their selectors (`EvidenceAnnotations`), in `Evidence` order.
enum RDFTriples {
    /// The triples of `graph`, resource IRIs minted under `options.baseIRI`. Throws when the base IRI
    /// is not absolute, or when a class or predicate is not a declared-prefix QName with an NCName
    /// local part (RDF/XML could not write it).
    static func build(_ graph: KnowledgeGraph, options: ExportOptions) throws -> [RDFTriple] {
        var triples: [RDFTriple] = []
        try forEachSubject(SortedGraph(graph), options: options) { triples.append(contentsOf: $0) }
        return triples
    }

    /// Throws when the base IRI is not absolute.
    static func checkBase(_ options: ExportOptions) throws {
        guard IRI.hasScheme(options.baseIRI) else {
            throw ExportError(call: "RDFTriples.baseIRI",
                              message: "'\(options.baseIRI)' is not an absolute IRI (it needs a scheme such as https:)")
        }
    }

    /// The triples of `graph` one subject at a time, in the order of `build` (its `rdf:type` first),
    /// so that writers stream them without holding every triple of the graph.
    static func forEachSubject(_ sorted: SortedGraph, options: ExportOptions,
                               _ body: ([RDFTriple]) throws -> Void) throws {
        let subjects = try RDFSubjects(sorted, options: options)
        try subjects.forEach(in: 0..<subjects.count, body)
    }

    /// `triples` cut into runs of consecutive triples with the same subject, in order.
    static func groupedBySubject(_ triples: [RDFTriple]) -> [ArraySlice<RDFTriple>] {
        var groups: [ArraySlice<RDFTriple>] = []
        var start = triples.startIndex
        while start < triples.endIndex {
            var end = start + 1
            while end < triples.endIndex && triples[end].subject == triples[start].subject { end += 1 }
            groups.append(triples[start..<end])
            start = end
        }
        return groups
    }
}

/// What every subject's triples are made from, worked out once per graph: the nodes' IRIs, each
/// fact's distinct evidence and each article's cited sentences. Read only once made, so the
/// subjects of separate runs of node positions can be made on separate threads, each run in the
/// order and with the triples `RDFTriples.forEachSubject` gives.
struct RDFSubjects: Sendable {
    let sorted: SortedGraph
    private let encodedBase: String
    /// Each fact's distinct evidence (worked out once, not twice), and the sentences facts were read
    /// from for each article the export holds (`EvidenceAnnotations`), by position, as indices
    /// into the facts' own evidence.
    private let evidence: EvidenceIndex

    /// Throws when the base IRI is not absolute.
    init(_ sorted: SortedGraph, options: ExportOptions) throws {
        try RDFTriples.checkBase(options)
        self.sorted = sorted
        let graph = sorted.graph
        evidence = EvidenceIndex(sorted)
        let encodedBase = IRI.encodeBase(options.baseIRI)
        self.encodedBase = encodedBase
    }

    /// The IRI of the node at `position`, minted where it is written (its own description, and
    /// each link to it; the ids of the edges' ends are the nodes' own:
    /// `SortedGraph.endsSpeltAsNodes`): a table of every node's IRI would be held, beside the
    /// graph, while the other formats are written too.
    private func iri(at position: Int) -> String {
        encodedBase + IRI.encodeSegment(sorted.nodeIDs[position].rawValue)
    }

    /// How many node positions there are.
    var count: Int { sorted.nodeIDs.count }

    /// The triples of the nodes at `positions` one subject at a time, in order. Throws when a class
    /// or predicate is not a declared-prefix QName with an NCName local part.
    func forEach(in positions: Range<Int>, _ body: ([RDFTriple]) throws -> Void) throws {
        let graph = sorted.graph
        // The edges are sorted by source and the nodes by id, with the same comparison: each
        // node's outgoing edges are the next run of `edges`, taken as a slice, not copied.
        // (By the positions of the edges' sources among the node ids, which follow the ids' order:
        // integers compared, not ids.) The run of the first position is found by halving.
        let edges = sorted.edges, ends = sorted.ends
        let last = min(edges.endIndex, ends.count)
        var next = edges.startIndex
        if let first = positions.first {
            var high = max(next, last)
            while next < high {
                let mid = next + (high - next) / 2
                if ends[mid].source < first { next = mid + 1 } else { high = mid }
            }
        }
        func outgoing(_ position: Int) -> Slice<SortedEdges> {
            while next < edges.endIndex && next < ends.count && ends[next].source < position { next += 1 }
            let start = next
            while next < edges.endIndex && next < ends.count && ends[next].source == position { next += 1 }
            return edges[start..<next]
        }
        // The vocabulary is small: check each QName once, not once per triple.
        var valid = Set<String>()
        func checked(_ qname: String) throws {
            if valid.contains(qname) { return }
            try RDFVocabulary.checkQName(qname)
            valid.insert(qname)
        }
        var classes: [String: String] = [:]
        func expandedClass(_ qname: String) throws -> String {
            if let iri = classes[qname] { return iri }
            let iri = try RDFVocabulary.expand(qname)
            classes[qname] = iri
            return iri
        }
        let isArticle = { (id: NodeID) in graph.kind(of: id) == .article }
        let encodedBase = self.encodedBase
        var triples: [RDFTriple] = []
        let byPosition = sorted.endsSpeltAsNodes
        try sorted.forEachNode(in: positions) { position, node in
            let out = outgoing(position)
            let description = byPosition
                ? RDFDescription(node, outgoing: out, subject: iri(at: position), encodedBase: encodedBase,
                                 targetIRI: { iri(at: ends[$0].target) })
                : RDFDescription(node, outgoing: out, encodedBase: encodedBase)
            try checked(description.classQName)
            let type = try expandedClass(description.classQName)
            triples.removeAll(keepingCapacity: true)
            triples.append(RDFTriple(subject: description.subject, predicate: RDFVocabulary.type, object: .resource(type)))
            for property in description.properties {
                try checked(property.predicate)
                triples.append(RDFTriple(subject: description.subject, predicate: property.predicate, object: property.object))
            }
            try body(triples)
            var extra: [[RDFTriple]] = []
            if !node.evidence.isEmpty {
                let kind = node.kind
                let all = node.evidence
                let distinct = kind == .event || kind == .demand || kind == .threat
                    ? evidence.distinct(of: position).map { all[Int($0)] }
                    : EvidenceAnnotations.distinct(all, isArticle: isArticle)
                extra = EvidenceAnnotations.annotations(fact: node.id, distinct, encodedBase: encodedBase)
            } else if node.kind == .article, let cited = evidence.cited(from: position, in: sorted) {
                extra = EvidenceAnnotations.sentences(article: node.id, EvidenceAnnotations.distinct(cited, isArticle: isArticle),
                                                      encodedBase: encodedBase)
            }
            for subject in extra {
                for triple in subject { try checked(triple.predicate) }
                try body(subject)
            }
        }
    }
}
