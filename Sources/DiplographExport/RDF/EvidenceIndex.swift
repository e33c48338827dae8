import DiplographModel

/// Each fact's distinct evidence (`EvidenceAnnotations.distinct`) and the sentences cited from each
/// article, by node position, held as indices into the facts' own evidence lists: worked out once
/// before the RDF subjects are written and only read then, so runs of subjects on separate threads
/// share it. (Copies of the `Evidence` values, a list per fact and a list per article, were about
/// 100 MB at 100,000 articles while the three writers ran; these indices are about 20 MB.)
struct EvidenceIndex: Sendable {
    /// `distinctStart[p]..<distinctStart[p + 1]` in `distinct`: where the node at position `p` has its run.
    private let distinctStart: [Int32]
    /// Indices into a fact's `evidence`, its distinct evidence in order.
    private let distinct: [Int32]
    /// `citedStart[p]..<citedStart[p + 1]` in `cited`: where the article at position `p` has its run.
    private let citedStart: [Int32]
    /// The position of a fact and the index of a piece of its evidence, each sentence cited from
    /// an article, in the order of the facts' positions and then of their distinct evidence.
    private let cited: [Citation]

    private struct Citation {
        let fact: Int32, evidence: Int32
    }

    init(_ sorted: SortedGraph) {
        let graph = sorted.graph
        let isArticle = { (id: NodeID) in graph.kind(of: id) == .article }
        let count = sorted.nodeIDs.count
        var distinctStart = [Int32](repeating: 0, count: count + 1)
        var distinct: [Int32] = []
        var citing: [(article: Int32, citation: Citation)] = []
        var articlePositions: [NodeID: Int32] = [:]
        var citedCount = [Int32](repeating: 0, count: count + 1)
        sorted.forEachNode(where: { $0 == .event || $0 == .demand || $0 == .threat }) { position, node in
            let evidence = node.evidence
            guard !evidence.isEmpty else { return }
            for index in EvidenceAnnotations.distinctIndices(evidence, isArticle: isArticle) {
                distinct.append(Int32(index))
                let article = evidence[index].article
                let articlePosition: Int32
                if let known = articlePositions[article] {
                    articlePosition = known
                } else {
                    articlePosition = Self.position(of: article, in: sorted.nodeIDs).map { Int32($0) } ?? -1
                    articlePositions[article] = articlePosition
                }
                guard articlePosition >= 0 else { continue }
                citing.append((articlePosition, Citation(fact: Int32(position), evidence: Int32(index))))
                citedCount[Int(articlePosition) + 1] += 1
            }
            distinctStart[position + 1] = Int32(distinct.count)
        }
        // Positions with no run of their own end where the one before ends.
        for position in 0..<count { distinctStart[position + 1] = max(distinctStart[position + 1], distinctStart[position]) }
        // The citations grouped by article, in the order they were found (a counting sort).
        for position in 0..<count { citedCount[position + 1] += citedCount[position] }
        var next = citedCount
        var cited = [Citation](repeating: Citation(fact: 0, evidence: 0), count: citing.count)
        for (article, citation) in citing {
            cited[Int(next[Int(article)])] = citation
            next[Int(article)] += 1
        }
        self.distinctStart = distinctStart
        self.distinct = distinct
        self.citedStart = citedCount
        self.cited = cited
    }

    /// The indices into the `evidence` of the fact at `position` of its distinct evidence, in order.
    func distinct(of position: Int) -> ArraySlice<Int32> {
        guard position >= 0, position + 1 < distinctStart.count else { return [] }
        return distinct[Int(distinctStart[position])..<Int(distinctStart[position + 1])]
    }

    /// The sentences cited from the article at `position` (each the facts' evidence), or nil when none.
    func cited(from position: Int, in sorted: SortedGraph) -> [Evidence]? {
        guard position >= 0, position + 1 < citedStart.count, citedStart[position] < citedStart[position + 1] else { return nil }
        var out: [Evidence] = []
        out.reserveCapacity(Int(citedStart[position + 1] - citedStart[position]))
        // A fact's citations of one article are next to each other: its evidence is read once for them.
        var fact: Int32 = -1, evidence: [Evidence] = []
        for citation in cited[Int(citedStart[position])..<Int(citedStart[position + 1])] {
            if citation.fact != fact {
                fact = citation.fact
                evidence = sorted.node(at: Int(fact))?.evidence ?? []
            }
            let index = Int(citation.evidence)
            if index < evidence.count { out.append(evidence[index]) }
        }
        return out
    }

    /// The position of `id` among the sorted `ids`, if it is there.
    private static func position(of id: NodeID, in ids: [NodeID]) -> Int? {
        var low = 0, high = ids.count
        while low < high {
            let mid = low + (high - low) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }
}
