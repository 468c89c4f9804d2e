/* The per-file arena (see arena.h): a chain of malloc'd blocks, bump allocation inside
** them, and reuse of the whole chain after a reset. */
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

enum { FIRST_BLOCK = 64 * 1024 };

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
    next_block(a, n);
    void *p = a->cur;
    a->cur += n;
    a->total += n;
    return p;
}

void *pr_arena_grow(pr_arena *a, void *p, size_t old, size_t new_size)
{
    size_t o = (old + 7) & ~(size_t)7, n = (new_size + 7) & ~(size_t)7;
    if (p && (char *)p + o == a->cur && (size_t)(a->end - (char *)p) >= n) {
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
    a->head = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
}

void pr_arena_free(pr_arena *a)
{
    pr_arena_block *b = a->first;
    while (b) {
        pr_arena_block *next = b->next;
        free(b);
        b = next;
    }
    pr_arena_init(a);
}
