/* The per-file arena (see arena.h): a chain of malloc'd blocks, bump allocation inside
** them, and reuse of the whole chain after a reset; big allocations in chunks of their
** own, on a doubly linked list so that one can be reallocated or freed in place. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pr_arena_block {
    pr_arena_block *next;
    size_t size;                      /* usable bytes after the header */
    _Alignas(max_align_t) char data[];
};

struct pr_arena_chunk {
    pr_arena_chunk *next, *prev;     /* next: allocated earlier */
    size_t serial;                   /* the arena's count of chunks when it was made */
    _Alignas(max_align_t) char data[];
};

enum { FIRST_BLOCK = 64 * 1024 };

static pr_arena_chunk *chunk_of(void *p)
{
    return (pr_arena_chunk *)((char *)p - offsetof(pr_arena_chunk, data));
}

/* A chunk of its own for an allocation of n bytes, or a chunk p (of old bytes) resized. */
static void *chunk_alloc(pr_arena *a, void *p, size_t old, size_t n)
{
    pr_arena_chunk *c = p ? chunk_of(p) : NULL;
    c = realloc(c, sizeof *c + n);
    if (!c)
        pr_arena_oom(a);
    if (p) {
        /* relink the moved chunk where it was */
        if (c->next)
            c->next->prev = c;
        if (c->prev)
            c->prev->next = c;
        else
            a->chunks = c;
        a->total += n - old;
    } else {
        c->serial = ++a->nchunks;
        c->next = a->chunks;
        c->prev = NULL;
        if (a->chunks)
            a->chunks->prev = c;
        a->chunks = c;
        a->total += n;
    }
    return c->data;
}

static void chunk_free(pr_arena *a, pr_arena_chunk *c)
{
    if (c->next)
        c->next->prev = c->prev;
    if (c->prev)
        c->prev->next = c->next;
    else
        a->chunks = c->next;
    free(c);
}

static void free_chunks(pr_arena *a)
{
    while (a->chunks)
        chunk_free(a, a->chunks);
}

void pr_arena_init(pr_arena *a)
{
    memset(a, 0, sizeof *a);
}

_Noreturn void pr_arena_oom(pr_arena *a)
{
    if (a->oom)
        longjmp(*a->oom, 1);
    fputs("pyreview: out of memory\n", stderr);
    exit(2);
}

/* Moves to the next kept block that can hold n bytes, or appends a new one. */
static void next_block(pr_arena *a, size_t n)
{
    pr_arena_block *b = a->head ? a->head->next : a->first;
    while (b && b->size < n)
        b = b->next;
    if (!b) {
        size_t last = a->head ? a->head->size : 0;
        size_t size = last * 2 > FIRST_BLOCK ? last * 2 : FIRST_BLOCK;
        if (size < n)
            size = n;
        b = malloc(sizeof *b + size);
        if (!b)
            pr_arena_oom(a);
        b->size = size;
        /* Insert after head so that blocks skipped above stay reachable for reuse. */
        if (a->head) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->first;
            a->first = b;
        }
    }
    a->head = b;
    a->cur = b->data;
    a->end = b->data + b->size;
}

void *pr_arena_alloc_block(pr_arena *a, size_t n)
{
    if (n >= PR_ARENA_BIG)
        return chunk_alloc(a, NULL, 0, n);
    next_block(a, n);
    void *p = a->cur;
    a->cur += n;
    a->total += n;
    return p;
}

void *pr_arena_grow(pr_arena *a, void *p, size_t old, size_t new_size)
{
    size_t o = (old + 7) & ~(size_t)7, n = (new_size + 7) & ~(size_t)7;
    if (p && o >= PR_ARENA_BIG)
        return chunk_alloc(a, p, o, n);
    if (p && n < PR_ARENA_BIG && (char *)p + o == a->cur && (size_t)(a->end - (char *)p) >= n &&
        (a->floor_block != a->head || (char *)p >= a->floor)) {
        a->cur = (char *)p + n;
        a->total += n - o;
        return p;
    }
    void *q = pr_arena_alloc(a, new_size);
    if (old)
        memcpy(q, p, old < new_size ? old : new_size);
    return q;
}

void *pr_arena_grow_array(pr_arena *a, void *items, uint32_t *cap, uint32_t n, size_t size)
{
    if (n < *cap)
        return items;
    uint32_t new_cap = *cap ? 2 * *cap : 64;
    items = items ? pr_arena_grow(a, items, *cap * size, new_cap * size)
                  : pr_arena_alloc(a, new_cap * size);
    *cap = new_cap;
    return items;
}

char *pr_arena_strndup(pr_arena *a, const char *s, size_t n)
{
    char *p = pr_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void pr_arena_reset(pr_arena *a)
{
    free_chunks(a);
    a->floor_block = NULL;
    a->floor = NULL;
    a->head = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
}

void pr_arena_free(pr_arena *a)
{
    free_chunks(a);
    pr_arena_block *b = a->first;
    while (b) {
        pr_arena_block *next = b->next;
        free(b);
        b = next;
    }
    pr_arena_init(a);
}

pr_arena_mark pr_arena_mark_set(pr_arena *a)
{
    pr_arena_mark m = {a->head, a->cur, a->end, a->nchunks, a->total, a->floor_block, a->floor};
    a->floor_block = a->head;
    a->floor = a->cur;
    return m;
}

void pr_arena_release(pr_arena *a, pr_arena_mark m)
{
    /* the chunks made after the mark come first; those made before may have moved */
    while (a->chunks && a->chunks->serial > m.nchunks)
        chunk_free(a, a->chunks);
    a->head = m.head;
    a->cur = m.cur;
    a->end = m.end;
    a->total = m.total;
    a->floor_block = m.floor_block;
    a->floor = m.floor;
}

void pr_arena_discard(pr_arena *a, void *p, size_t n)
{
    if (p && ((n + 7) & ~(size_t)7) >= PR_ARENA_BIG)
        chunk_free(a, chunk_of(p));
}
