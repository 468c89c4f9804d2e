/* The hash tables of the syntax checks: open addressing with linear probing over nonzero
** 64-bit keys (pointers, or two 32-bit ids side by side), kept at most half full, in the
** arena of the file being checked. */
#include "passes/check.h"

#include <string.h>

/* Fibonacci hashing: the top bits of the key times 2^64 / phi, which mixes every bit
** of a pointer or of an id pair into them in one multiplication. */
static uint32_t slot_of(uint64_t key, uint32_t cap)
{
    return (uint32_t)((key * 0x9e3779b97f4a7c15ULL) >> (64 - __builtin_ctz(cap)));
}

uint32_t pr_table_get(const pr_table *t, uint64_t key, uint32_t none)
{
    if (t->count == 0)
        return none;
    for (uint32_t i = slot_of(key, t->cap);; i = (i + 1) & (t->cap - 1)) {
        if (t->keys[i] == key)
            return t->values[i];
        if (t->keys[i] == 0)
            return none;
    }
}

static void insert(pr_table *t, uint64_t key, uint32_t value)
{
    uint32_t i = slot_of(key, t->cap);
    while (t->keys[i] != 0 && t->keys[i] != key)
        i = (i + 1) & (t->cap - 1);
    if (t->keys[i] == 0)
        t->count++;
    t->keys[i] = key;
    t->values[i] = value;
}

/* Moves the keys into new arrays of cap slots. */
static void resize(pr_arena *a, pr_table *t, uint32_t cap)
{
    pr_table old = *t;
    t->cap = cap;
    t->count = 0;
    t->keys = pr_arena_alloc(a, t->cap * sizeof *t->keys);
    t->values = pr_arena_alloc(a, t->cap * sizeof *t->values);
    memset(t->keys, 0, t->cap * sizeof *t->keys);
    for (uint32_t i = 0; i < old.cap; i++)
        if (old.keys[i] != 0)
            insert(t, old.keys[i], old.values[i]);
    pr_arena_discard(a, old.keys, old.cap * sizeof *old.keys);
    pr_arena_discard(a, old.values, old.cap * sizeof *old.values);
}

void pr_table_reserve(pr_arena *a, pr_table *t, uint32_t n)
{
    uint32_t cap = t->cap ? t->cap : 64;
    while (cap < 2 * (t->count + n))
        cap *= 2;
    if (cap > t->cap)
        resize(a, t, cap);
}

void pr_table_put(pr_arena *a, pr_table *t, uint64_t key, uint32_t value)
{
    if (2 * (t->count + 1) > t->cap)
        resize(a, t, t->cap ? 2 * t->cap : 64);
    insert(t, key, value);
}
