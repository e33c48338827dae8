import DiplographExtraction
import DiplographModel
import Dispatch

/// The corpus merged on a thread of its own: each batch's article graphs are added, in article
/// order, while the workers extract the next batch, so adding them no longer leaves the other
/// cores idle between batches. Batches are added one at a time and in the order given (`add`
/// first waits for the batch before), so the corpus is the one a single thread adding every graph
/// in order would build, and at most one batch waits to be added.
final class BackgroundMerge: @unchecked Sendable {
    /// Touched only by the batch being added (on `queue`), or by `finished()` once that is done.
    private var corpus = CorpusMerger.Accumulator()
    private let queue = DispatchQueue(label: "diplograph.corpus-merge")
    private let pending = DispatchGroup()

    /// Adds `graphs`, in order, after every batch given before; returns at once.
    func add(_ graphs: [KnowledgeGraph]) {
        pending.wait()
        queue.async(group: pending) {
            for graph in graphs { self.corpus.add(graph) }
        }
    }

    /// Waits for the last batch and hands the corpus over (this object keeps no copy of it, so
    /// finishing it changes its storage in place instead of copying it).
    func finished() -> CorpusMerger.Accumulator {
        pending.wait()
        let out = corpus
        corpus = CorpusMerger.Accumulator()
        return out
    }
}
