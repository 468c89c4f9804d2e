/* The per-file arena: every byte a parsed file needs (its decoded source, interned names,
** AST nodes, constant values) comes from one arena and is released in one call.  Blocks
** grow geometrically and are kept across pr_arena_reset, so a worker that parses many files
** stops calling malloc once it has met its largest file.  Allocations of PR_ARENA_BIG bytes
** or more (a file's bytes, the growing arrays of a huge file) get a malloc'd chunk of their
** own instead, so that growing one reallocates it rather than leaving its old copy behind,
** and so that a big buffer no longer needed can be given back (pr_arena_discard).  A mark
** (pr_arena_mark_set) and pr_arena_release give back everything allocated after the mark,
** for the working data of a phase that leaves nothing behind; the blocks stay for reuse,
** so the phases after it do not grow the process.  Running out of memory longjmps to the
** handler the caller armed with PR_ARENA_TRY, the one path by which a file that cannot be
** processed is reported and skipped. */
#ifndef PR_ARENA_H
#define PR_ARENA_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pr_arena_block pr_arena_block;
typedef struct pr_arena_chunk pr_arena_chunk;

/* Allocations from this size up get a chunk of their own. */
enum { PR_ARENA_BIG = 256 * 1024 };

typedef struct pr_arena {
    pr_arena_block *head;   /* block being filled */
    pr_arena_block *first;  /* all blocks, in order, for reset and free */
    char *cur, *end;        /* free space of head */
    pr_arena_chunk *chunks; /* the big allocations, the latest first */
    size_t nchunks;         /* chunks made so far, the serial number of the latest */
    /* Where the latest mark was set: an allocation before it may not grow in place, since
    ** a release would hand its new bytes out again. */
    pr_arena_block *floor_block;
    char *floor;
    size_t total;           /* bytes handed out since the last reset */
    jmp_buf *oom;           /* where to go when malloc fails; NULL aborts */
} pr_arena;

void pr_arena_init(pr_arena *a);
/* The slow path of pr_arena_alloc: a new block. */
void *pr_arena_alloc_block(pr_arena *a, size_t n);

/* Returns n bytes aligned to 8; never returns NULL. */
static inline void *pr_arena_alloc(pr_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if ((size_t)(a->end - a->cur) < n || n >= PR_ARENA_BIG)
        return pr_arena_alloc_block(a, n);
    void *p = a->cur;
    a->cur += n;
    a->total += n;
    return p;
}
/* Grows the most recent allocation p (of old bytes) to new bytes when it is the last one
** in its block, else copies; returns the (possibly moved) block. */
void *pr_arena_grow(pr_arena *a, void *p, size_t old, size_t new_size);
/* An array of *cap items of size bytes, grown (doubling, from 64) when index n does not fit:
** `items = pr_arena_grow_array(a, items, &cap, n, sizeof *items); items[n++] = ...`. */
void *pr_arena_grow_array(pr_arena *a, void *items, uint32_t *cap, uint32_t n, size_t size);
char *pr_arena_strndup(pr_arena *a, const char *s, size_t n);
void pr_arena_reset(pr_arena *a);

/* Where an arena stands, to go back to. */
typedef struct pr_arena_mark {
    pr_arena_block *head;
    char *cur, *end;
    size_t nchunks;
    size_t total;
    pr_arena_block *floor_block;   /* the mark before this one */
    char *floor;
} pr_arena_mark;

pr_arena_mark pr_arena_mark_set(pr_arena *a);
/* Gives back everything allocated after m (marks nest: releasing m gives up any taken
** after it): big chunks made since are freed, block space is reused by the next
** allocations.  A chunk made before m and grown since keeps its new size. */
void pr_arena_release(pr_arena *a, pr_arena_mark m);
/* Frees p, an allocation of n bytes nothing will use again, when it has a chunk of its
** own (n >= PR_ARENA_BIG); smaller ones stay until the arena is reset. */
void pr_arena_discard(pr_arena *a, void *p, size_t n);
void pr_arena_free(pr_arena *a);
/* Called when memory runs out: longjmps to a->oom, or reports and exits when unarmed. */
_Noreturn void pr_arena_oom(pr_arena *a);

#endif
