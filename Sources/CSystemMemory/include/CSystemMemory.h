#ifndef DIPLOGRAPH_CSYSTEMMEMORY_H
#define DIPLOGRAPH_CSYSTEMMEMORY_H

/// Returns free heap memory to the system where the C library can (glibc's malloc_trim);
/// returns 1 when memory was released, 0 otherwise (and always 0 elsewhere).
int diplograph_release_free_memory(void);

#endif
