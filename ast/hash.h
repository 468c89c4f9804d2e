/* FNV-1a, the hash of the tables that key on text (module and directory names, dotted
** references): short keys, where it is fast enough and spreads well. */
#ifndef PR_HASH_H
#define PR_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The hash of a text one byte at a time: h = pr_hash_byte(h, c) from PR_HASH_SEED on. */
#define PR_HASH_SEED 1469598103934665603u
static inline uint64_t pr_hash_byte(uint64_t h, unsigned char c)
{
    return (h ^ c) * 1099511628211u;
}

static inline uint64_t pr_hash_text(const char *p, size_t n)
{
    uint64_t h = PR_HASH_SEED;
    for (size_t i = 0; i < n; i++)
        h = pr_hash_byte(h, (unsigned char)p[i]);
    return h;
}

#endif
