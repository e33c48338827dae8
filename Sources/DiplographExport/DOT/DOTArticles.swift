/// Which article nodes a DOT drawing shows: their `mentions` edges (one per node an article names)
/// outnumber every other edge of the full graph and crowd the picture.
public enum DOTArticles: String, CaseIterable, Sendable {
    /// Every article node and its `mentions` edges.
    case all
    /// No article node and no `mentions` edge.
    case none
}
