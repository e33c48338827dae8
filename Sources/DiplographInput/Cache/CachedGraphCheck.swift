import DiplographModel

/// Checks a graph read back from the cache before it is used: an entry's hash only shows that it
/// is whole, not that the tool wrote it (anyone who can write the cache folder can write an entry
/// and its hash). What the extractor makes is checked again, so that a crafted entry cannot put
/// into an export what the extractor never would (an id that is not an XML NMTOKEN, an edge to
/// nowhere, a value no consumer reads).
enum CachedGraphCheck {
    /// Longest text value accepted: far above any label, sentence or title the extractor writes
    /// from an article within the size limit, far below what breaks a consumer.
    static let maximumText = 1 << 20
    /// Longest id accepted, in bytes.
    static let maximumID = 1024

    /// Nil when `graph` could be the graph of `article` as the extractor makes it, else why not.
    static func problem(in graph: KnowledgeGraph, for article: SourceArticle) -> String? {
        let nodes = graph.nodes
        var ids = Set<NodeID>()
        var articleNodes = 0
        for node in nodes {
            if let bad = badID(node.id) { return "node id '\(node.id.rawValue.prefix(80))' \(bad)" }
            if !node.id.rawValue.hasPrefix(node.kind.rawValue + "-") {
                return "node '\(node.id.rawValue)' is not named for its kind '\(node.kind.rawValue)'"
            }
            ids.insert(node.id)
            if case .article(let a) = node {
                articleNodes += 1
                if a.id != article.id || a.file != article.file { return "article node '\(a.id.rawValue)' is not the article's" }
            }
            for evidence in node.evidence {
                if evidence.article != article.id { return "evidence of '\(node.id.rawValue)' cites another article" }
                if evidence.start < 0 || evidence.end < evidence.start { return "evidence of '\(node.id.rawValue)' has offsets \(evidence.start)-\(evidence.end)" }
                if evidence.sentence.utf8.count > maximumText { return "evidence of '\(node.id.rawValue)' is too long" }
            }
            for (attribute, value) in node.attributes {
                if let bad = badValue(value) { return "attribute \(attribute.rawValue) of '\(node.id.rawValue)' \(bad)" }
            }
        }
        if articleNodes != 1 { return "it holds \(articleNodes) article nodes, not 1" }
        for edge in graph.edges {
            for end in [edge.source, edge.target] + edge.facts {
                if let bad = badID(end) { return "an edge names id '\(end.rawValue.prefix(80))', which \(bad)" }
                if !ids.contains(end) { return "an edge names '\(end.rawValue)', which is not a node of the graph" }
            }
            if !edge.weight.isFinite || edge.weight < 0 { return "an edge has weight \(edge.weight)" }
            if edge.role.utf8.count > maximumText { return "an edge's role is too long" }
            for date in [edge.firstDate, edge.lastDate] where !date.isEmpty && PartialDate(iso: date) == nil {
                return "an edge has date '\(date.prefix(40))'"
            }
        }
        return nil
    }

    /// Why `id` is not one the extractor makes, or nil: ids are non-empty ASCII letters, digits,
    /// `-`, `_` and `.` (NMTOKEN characters), not too long.
    static func badID(_ id: NodeID) -> String? {
        badID(raw: id.rawValue)
    }

    /// `badID` of an id before it is made a `NodeID` (which would replace its bad characters).
    static func badID(raw id: String) -> String? {
        let raw = id.utf8
        if raw.isEmpty { return "is empty" }
        if raw.count > maximumID { return "is longer than \(maximumID) bytes" }
        let allowed = raw.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F || c == 0x2E
        }
        return allowed ? nil : "has characters outside A–Z, a–z, 0–9, '-', '_', '.'"
    }

    static func badValue(_ value: AttributeValue) -> String? {
        switch value {
        case .string(let s): return s.utf8.count > maximumText ? "is longer than \(maximumText) bytes" : nil
        // Compared, not `abs`: abs(Int.min) traps.
        case .int(let n): return n > 1_000_000_000 || n < -1_000_000_000 ? "is \(n), out of range" : nil
        case .double(let d): return d.isFinite ? nil : "is not a finite number"
        case .bool: return nil
        }
    }
}
