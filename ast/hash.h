/* FNV-1a, the hash of the tables that key on text (module and directory names, dotted
** references): short keys, where it is fast enough and spreads well. */
#ifndef PR_HASH_H
#define PR_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint64_t pr_hash_text(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211u;
    return h;
}

#endif
