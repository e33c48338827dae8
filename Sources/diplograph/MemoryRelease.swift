import CSystemMemory

/// Hands memory freed by a finished phase back to the system (glibc's `malloc_trim`). The worker
/// threads of the extraction free into their own malloc arenas, which the single-threaded phases
/// after them do not reuse; without this the peak memory of a corpus export counts those free but
/// unreturned pages on top of what the writers need.
///
/// For the same reason every thread allocates from one malloc arena: a constructor of
/// `CSystemMemory` sets glibc's M_ARENA_MAX to 1 before `main` (unless MALLOC_ARENA_MAX or
/// GLIBC_TUNABLES sets a limit). With an arena per thread (glibc's default, up to eight a core) the
/// graphs the worker threads build, and the memory they free, are spread over arenas whose free
/// pages the other threads do not reuse; each thread's cache of small blocks (tcache) keeps most
/// allocations off the shared arena's lock.
enum MemoryRelease {
    static func afterPhase() {
        _ = diplograph_release_free_memory()
    }
}
