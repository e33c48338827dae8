import DiplographModel

/// How many Web Annotation triples the RDF exports add for a graph (`EvidenceAnnotations`), counted
/// from the graph itself: 4 per fact and distinct piece of evidence (type, motivation, body, target)
/// and 9 per distinct sentence of an article in the graph (the segment's type, source and two
/// selectors; the quote selector's type and text; the position selector's type, start and end).
enum AnnotationCounts {
    static func triples(_ graph: KnowledgeGraph) -> Int {
        let (annotations, sentences) = counts(graph)
        return 4 * annotations + 9 * sentences
    }

    /// Subjects: one per annotation, three per sentence (the segment and its two selectors).
    static func subjects(_ graph: KnowledgeGraph) -> Int {
        let (annotations, sentences) = counts(graph)
        return annotations + 3 * sentences
    }

    private static func counts(_ graph: KnowledgeGraph) -> (annotations: Int, sentences: Int) {
        var sentences = Set<String>()
        var annotations = 0
        for node in graph.nodes {
            var seen = Set<String>()
            for e in node.evidence where graph.node(e.article)?.kind == .article {
                let key = "\(e.article.rawValue) \(e.start) \(e.end)"
                if seen.insert(key).inserted { annotations += 1 }
                sentences.insert(key)
            }
        }
        return (annotations, sentences.count)
    }
}
