import CSystemMemory

/// Hands memory freed by a finished phase back to the system (glibc's `malloc_trim`). The worker
/// threads of the extraction free into their own malloc arenas, which the single-threaded phases
/// after them do not reuse; without this the peak memory of a corpus export counts those free but
/// unreturned pages on top of what the writers need.
enum MemoryRelease {
    static func afterPhase() {
        _ = diplograph_release_free_memory()
    }
}
