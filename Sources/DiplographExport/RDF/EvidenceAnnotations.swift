import DiplographModel

/// Which article and which sentence gave each fact, as W3C Web Annotations (Web Annotation Data
/// Model §3 and §4.2, vocabulary `oa:` = `http://www.w3.org/ns/oa#`).
///
/// For each piece of evidence of an event, demand or threat:
///
///     <FACT/evidence/ARTICLE/S-E>  a oa:Annotation ; oa:motivatedBy oa:describing ;
///                                  oa:hasBody <FACT> ; oa:hasTarget <ARTICLE/sentence/S-E> .
///     <ARTICLE/sentence/S-E>       a oa:SpecificResource ; oa:hasSource <ARTICLE> ;
///                                  oa:hasSelector <…/quote> , <…/position> .
///     <ARTICLE/sentence/S-E/quote>    a oa:TextQuoteSelector ; oa:exact "the sentence" .
///     <ARTICLE/sentence/S-E/position> a oa:TextPositionSelector ; oa:start S ; oa:end E .
///
/// `S` and `E` are `Evidence.start` and `Evidence.end`: Unicode scalars (code points) of the
/// article's text, from its first character (after a byte-order mark) and front matter included,
/// `S` inclusive and `E` exclusive, as the Text Position Selector counts. The sentence resource is
/// one per article and offsets, shared by every fact read from that sentence.
///
/// The IRIs extend the node IRIs (base + id) with `/` segments. Node ids are NMTOKENs, which never
/// hold `/`, so these IRIs cannot equal a node's or each other's for different facts, articles or
/// offsets: the same graph always gives the same IRIs.
enum EvidenceAnnotations {
    /// The annotation that `fact` was read from `evidence`.
    static func annotationIRI(fact: NodeID, _ evidence: Evidence, base: String) -> String {
        annotationIRI(fact: fact, evidence, encodedBase: IRI.encodeBase(base))
    }

    /// The same under a base already encoded (`IRI.encodeBase`, once per export).
    static func annotationIRI(fact: NodeID, _ evidence: Evidence, encodedBase: String) -> String {
        encodedBase + IRI.encodeSegment(fact.rawValue) + "/evidence/" + IRI.encodeSegment(evidence.article.rawValue)
            + "/" + span(evidence)
    }

    /// The sentence of `evidence` as a segment of its article (`oa:SpecificResource`).
    static func sentenceIRI(_ evidence: Evidence, base: String) -> String {
        sentenceIRI(evidence, encodedBase: IRI.encodeBase(base))
    }

    /// The same under a base already encoded (`IRI.encodeBase`).
    static func sentenceIRI(_ evidence: Evidence, encodedBase: String) -> String {
        encodedBase + IRI.encodeSegment(evidence.article.rawValue) + "/sentence/" + span(evidence)
    }

    private static func span(_ evidence: Evidence) -> String { "\(evidence.start)-\(evidence.end)" }

    /// `evidence` with one entry per article and offsets (the first in `Evidence` order), sorted,
    /// keeping only evidence from articles `isArticle` accepts (the export holds their resource)
    /// and with a sentence left after cleaning for XML (as `dg:evidence` needs).
    static func distinct(_ evidence: [Evidence], isArticle: (NodeID) -> Bool) -> [Evidence] {
        var out: [Evidence] = []
        for e in evidence.sorted() where isArticle(e.article) && !XMLText.clean(e.sentence).isEmpty {
            if let last = out.last, last.article == e.article, last.start == e.start, last.end == e.end { continue }
            out.append(e)
        }
        return out
    }

    /// The indices in `evidence` of the entries `distinct` keeps, in its order (a stable sort of
    /// the indices, so equal entries keep the order a sort of the values gives them).
    static func distinctIndices(_ evidence: [Evidence], isArticle: (NodeID) -> Bool) -> [Int] {
        var out: [Int] = []
        for index in evidence.indices.sorted(by: { evidence[$0] < evidence[$1] }) {
            let e = evidence[index]
            guard isArticle(e.article) && !XMLText.clean(e.sentence).isEmpty else { continue }
            if let last = out.last.map({ evidence[$0] }), last.article == e.article, last.start == e.start, last.end == e.end {
                continue
            }
            out.append(index)
        }
        return out
    }

    /// The annotations of one fact: one subject (type first, then its properties) per evidence.
    static func annotations(fact: NodeID, _ evidence: [Evidence], base: String) -> [[RDFTriple]] {
        annotations(fact: fact, evidence, encodedBase: IRI.encodeBase(base))
    }

    /// The same under a base already encoded (`IRI.encodeBase`, once per export).
    static func annotations(fact: NodeID, _ evidence: [Evidence], encodedBase base: String) -> [[RDFTriple]] {
        let body = base + IRI.encodeSegment(fact.rawValue)
        return evidence.map { e in
            let subject = annotationIRI(fact: fact, e, encodedBase: base)
            return [
                RDFTriple(subject: subject, predicate: RDFVocabulary.type, object: .resource(oa + "Annotation")),
                RDFTriple(subject: subject, predicate: "oa:motivatedBy", object: .resource(oa + "describing")),
                RDFTriple(subject: subject, predicate: "oa:hasBody", object: .resource(body)),
                RDFTriple(subject: subject, predicate: "oa:hasTarget", object: .resource(sentenceIRI(e, encodedBase: base))),
            ]
        }
    }

    /// The sentences of one article that facts were read from: for each, the segment and its two
    /// selectors, three subjects. `evidence` is that article's, distinct by offsets.
    static func sentences(article: NodeID, _ evidence: [Evidence], base: String) -> [[RDFTriple]] {
        sentences(article: article, evidence, encodedBase: IRI.encodeBase(base))
    }

    /// The same under a base already encoded (`IRI.encodeBase`, once per export).
    static func sentences(article: NodeID, _ evidence: [Evidence], encodedBase base: String) -> [[RDFTriple]] {
        let source = base + IRI.encodeSegment(article.rawValue)
        var out: [[RDFTriple]] = []
        for e in evidence {
            let segment = sentenceIRI(e, encodedBase: base)
            let quote = segment + "/quote", position = segment + "/position"
            out.append([
                RDFTriple(subject: segment, predicate: RDFVocabulary.type, object: .resource(oa + "SpecificResource")),
                RDFTriple(subject: segment, predicate: "oa:hasSource", object: .resource(source)),
                RDFTriple(subject: segment, predicate: "oa:hasSelector", object: .resource(position)),
                RDFTriple(subject: segment, predicate: "oa:hasSelector", object: .resource(quote)),
            ])
            out.append([
                RDFTriple(subject: quote, predicate: RDFVocabulary.type, object: .resource(oa + "TextQuoteSelector")),
                RDFTriple(subject: quote, predicate: "oa:exact", object: .literal(XMLText.clean(e.sentence))),
            ])
            out.append([
                RDFTriple(subject: position, predicate: RDFVocabulary.type, object: .resource(oa + "TextPositionSelector")),
                RDFTriple(subject: position, predicate: "oa:start", object: offset(e.start)),
                RDFTriple(subject: position, predicate: "oa:end", object: offset(e.end)),
            ])
        }
        return out
    }

    private static let oa = "http://www.w3.org/ns/oa#"

    /// `oa:start` and `oa:end` are `xsd:nonNegativeInteger` in the Web Annotation vocabulary.
    private static func offset(_ value: Int) -> RDFProperty.Object {
        .literal(String(max(0, value)), datatype: RDFVocabulary.xsd + "nonNegativeInteger")
    }
}
