#include "CSystemMemory.h"

/* First a header of the C library, which defines __GLIBC__ there (<features.h>): before it, the
   tests below are false on glibc too. */
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#include <string.h>
#endif

int diplograph_release_free_memory(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}

int diplograph_limit_heap_arenas(int arenas) {
#if defined(__GLIBC__)
    /* A limit the user set (MALLOC_ARENA_MAX, or the glibc.malloc.arena_max tunable) is kept. */
    const char *tunables = getenv("GLIBC_TUNABLES");
    if (getenv("MALLOC_ARENA_MAX") != NULL || (tunables != NULL && strstr(tunables, "arena_max") != NULL)) {
        return 0;
    }
    return mallopt(M_ARENA_MAX, arenas);
#else
    (void)arenas;
    return 0;
#endif
}

#if defined(__GLIBC__)
/* Before main, so before any thread has taken an arena of its own: glibc fixes how many arenas
   there may be when the first thread asks for one, and ignores M_ARENA_MAX after that. */
__attribute__((constructor)) static void diplograph_one_heap_arena(void) {
    (void)diplograph_limit_heap_arenas(1);
}
#endif
