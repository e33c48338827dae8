#ifndef DIPLOGRAPH_CSYSTEMMEMORY_H
#define DIPLOGRAPH_CSYSTEMMEMORY_H

/// Returns free heap memory to the system where the C library can (glibc's malloc_trim);
/// returns 1 when memory was released, 0 otherwise (and always 0 elsewhere).
int diplograph_release_free_memory(void);

/// Lets all threads share at most `arenas` malloc arenas (glibc's M_ARENA_MAX), unless the user
/// set a limit (MALLOC_ARENA_MAX or GLIBC_TUNABLES); returns 1 when set, 0 otherwise (and always 0
/// elsewhere). Only effective before any thread has an arena of its own: a constructor of this
/// module calls it with 1 before `main` (see `MemoryRelease`).
int diplograph_limit_heap_arenas(int arenas);

#endif
