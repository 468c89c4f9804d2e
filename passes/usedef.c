/* Reaching definitions and use-def chains over the control-flow graph of one scope
** (dataflow.h): which of a function's local bindings may be the value a read sees, and
** which reads each binding's value may reach.  The definitions are the semantic model's
** bindings of the scope, plus one "unbound" definition per name at the entry (none for a
** parameter's name); each is placed at the CFG statement that makes it (a parameter at the
** entry), each read at the statement that holds it, and the classic forward analysis runs
** on bit sets: OUT = GEN + (IN - KILL), IN = the union of the predecessors' OUT.  An
** exception may leave a block after any of its statements, so a RAISE or SWALLOW edge
** carries IN and every definition the block makes.  Within a statement every read comes
** before the statement's own definitions (`x = x + 1` reads the old x).  An annotation
** without a value (`x: int`) binds nothing and so defines nothing.
**
** The chains (pr_usedef_link) come from one more walk of the blocks with the solved sets:
** each read gets the definitions of its name that reach it, each definition the reads it
** reaches and the first definition that replaces it; a read the graph does not place (in
** a nested def, lambda or class, a string annotation) makes its name "escaping", for the
** rules must then assume any of its values may be read.  Taint (taint.c) and the
** dead-store rule (deadcode.c) are built on them. */
#include "passes/dataflow.h"

#include <string.h>

enum { ENTRY = UINT32_MAX };

struct pr_usedef {
    const pr_resolver *r;
    uint32_t scope;
    pr_cfg *cfg;
    uint32_t *stmt_block;         /* per CFG statement: its block */
    pr_table pos;                 /* node -> 1 + the CFG statement holding it */
    uint32_t ndefs;
    uint32_t *defs;               /* binding ids, by position (ENTRY first) */
    uint32_t *def_pos;            /* their statements (ENTRY: parameters) */
    uint32_t *first_def;          /* per statement (and one past the last): the first def
                                  ** placed at or after it */
    pr_table def_index;           /* binding -> 1 + index in defs */
    pr_table def_of_node;         /* a binding's node -> 1 + the binding */
    uint32_t words;               /* 64-bit words of a set of defs */
    uint64_t *in;                 /* per block: the defs reaching its start */
    uint64_t *kill_of_name;       /* per name slot: the defs of the name (their kill set) */
    uint32_t *name_slot;          /* per def: the index of its name's kill set */
    pr_table name_slots;          /* name + 1 -> its slot */
    uint32_t nslots;
    /* the chains, once pr_usedef_link made them */
    bool linked;
    uint32_t nreads;
    const pr_node **read_node;
    uint32_t *read_first, *read_defs;     /* read -> defs reaching it: CSR */
    uint32_t *def_first, *def_reads;      /* def -> reads it reaches: CSR */
    uint32_t *killer;             /* per def: the first def replacing it, or ENTRY */
    pr_table read_index;          /* read node -> 1 + its read */
    uint8_t *escapes;             /* per slot: read where the graph does not place it */
    uint8_t *read;                /* per slot: read somewhere (placed or not) */
    uint8_t *reachable;           /* per block: reached from the entry */
};

static uint64_t key(const void *p)
{
    return (uint64_t)(uintptr_t)p;
}

/* ------------------------------------------------------------------ placing nodes */

/* Records the names (and the other nodes a binding can be) of the parts of statement s
** that run where the CFG places it, and s itself: a
** compound statement's header (an if's test, a loop's target and iterable, a with's
** items, a handler's type, a case's pattern and guard), a def's decorators and defaults
** but not its body, a lambda's defaults but not its body; a simple statement whole. */
static void place(pr_arena *a, pr_usedef *u, const pr_node *s, uint32_t index)
{
    const pr_node *stack[64];
    const pr_node **st = stack;
    uint32_t n = 0, cap = 64;
    pr_table_put(a, &u->pos, key(s), index + 1);
#define PUSH(x)                                                                                    \
    do {                                                                                           \
        const pr_node *x_ = (x);                                                                   \
        if (x_) {                                                                                  \
            if (n == cap) {                                                                        \
                const pr_node **bigger = pr_arena_alloc(a, 2 * cap * sizeof *bigger);             \
                memcpy(bigger, st, cap * sizeof *bigger);                                          \
                st = bigger;                                                                       \
                cap *= 2;                                                                          \
            }                                                                                      \
            st[n++] = x_;                                                                          \
        }                                                                                          \
    } while (0)
    switch (s->kind) {
    case PR_If:
        PUSH(s->v.If.test);
        break;
    case PR_While:
        PUSH(s->v.While.test);
        break;
    case PR_For:
    case PR_AsyncFor:
        PUSH(s->v.For.target);
        PUSH(s->v.For.iter);
        break;
    case PR_With:
    case PR_AsyncWith:
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.With.items); i++)
            PUSH(PR_SEQ_NODE(s->v.With.items, i));
        break;
    case PR_Match:
        PUSH(s->v.Match.subject);
        break;
    case PR_ExceptHandler:
        PUSH(s->v.ExceptHandler.type);
        break;
    case PR_match_case:
        PUSH(s->v.match_case.pattern);
        PUSH(s->v.match_case.guard);
        break;
    case PR_Try:
    case PR_TryStar:
        break;
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.FunctionDef.decorator_list); i++)
            PUSH(PR_SEQ_NODE(s->v.FunctionDef.decorator_list, i));
        PUSH(s->v.FunctionDef.args);
        PUSH(s->v.FunctionDef.returns);
        break;
    case PR_ClassDef:
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.ClassDef.decorator_list); i++)
            PUSH(PR_SEQ_NODE(s->v.ClassDef.decorator_list, i));
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.ClassDef.bases); i++)
            PUSH(PR_SEQ_NODE(s->v.ClassDef.bases, i));
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.ClassDef.keywords); i++)
            PUSH(PR_SEQ_NODE(s->v.ClassDef.keywords, i));
        break;
    default: {
        pr_child_iter it;
        pr_child_iter_init(&it, s);
        for (const pr_node *c; (c = pr_child_iter_next(&it));)
            PUSH(c);
        break;
    }
    }
    while (n > 0) {
        const pr_node *e = st[--n];
        /* only what a read or a definition can be: names, imported names, captures */
        switch (e->kind) {
        case PR_Name:
        case PR_alias:
        case PR_MatchAs:
        case PR_MatchStar:
        case PR_MatchMapping:
            pr_table_put(a, &u->pos, key(e), index + 1);
            break;
        default:
            break;
        }
        if (e->kind == PR_Lambda) {
            PUSH(e->v.Lambda.args);
            continue;
        }
        if (e->kind == PR_arguments) {
            /* defaults run here; the parameters themselves are the function's */
            for (uint32_t i = 0; i < PR_SEQ_LEN(e->v.arguments.defaults); i++)
                PUSH(PR_SEQ_NODE(e->v.arguments.defaults, i));
            for (uint32_t i = 0; i < PR_SEQ_LEN(e->v.arguments.kw_defaults); i++)
                PUSH(PR_SEQ_NODE(e->v.arguments.kw_defaults, i));
            continue;
        }
        pr_child_iter it;
        pr_child_iter_init(&it, e);
        for (const pr_node *c; (c = pr_child_iter_next(&it));)
            PUSH(c);
    }
#undef PUSH
}

/* ------------------------------------------------------------------ the analysis */

static bool is_definition(const pr_binding *b)
{
    switch (b->kind) {
    case PR_BIND_GLOBAL:
    case PR_BIND_EXPORT:
    case PR_BIND_STAR:
    case PR_BIND_FUTURE:
    case PR_BIND_ANNOTATION:
        return false;
    default:
        return true;
    }
}

/* Applies the definitions at statement s to set. */
static void apply(const pr_usedef *u, uint64_t *set, uint32_t first_def, uint32_t s, uint32_t *next_def)
{
    uint32_t d = first_def;
    while (d < u->ndefs && u->def_pos[d] < s)
        d++;
    for (; d < u->ndefs && u->def_pos[d] == s; d++) {
        const uint64_t *kill = &u->kill_of_name[(size_t)u->name_slot[d] * u->words];
        for (uint32_t w = 0; w < u->words; w++)
            set[w] &= ~kill[w];
        set[d / 64] |= 1ull << (d % 64);
    }
    *next_def = d;
}

/* The first def placed at or after statement s. */
static uint32_t first_def_at(const pr_usedef *u, uint32_t s)
{
    return u->first_def[s];
}

/* OUT of block b given its IN (into out); and into past, when the block is a for loop's
** head, the OUT of the way that leaves the loop: the target is bound only when the loop
** goes into its body (`x = 0; for x in []: ...` leaves the first x). */
static void transfer(const pr_usedef *u, uint32_t b, const uint64_t *in, uint64_t *out, uint64_t *past)
{
    memcpy(out, in, u->words * sizeof *out);
    const pr_cfg_block *blk = &u->cfg->blocks[b];
    if (blk->nstmts == 0) {
        memcpy(past, out, u->words * sizeof *out);
        return;
    }
    uint32_t d = first_def_at(u, blk->first_stmt);
    uint32_t last = blk->first_stmt + blk->nstmts - 1;
    for (uint32_t s = blk->first_stmt; s < last; s++)
        apply(u, out, d, s, &d);
    memcpy(past, out, u->words * sizeof *out);
    apply(u, out, d, last, &d);
    if (!(blk->kind == PR_CFG_LOOP && (blk->node->kind == PR_For || blk->node->kind == PR_AsyncFor)))
        memcpy(past, out, u->words * sizeof *out);
}

static void solve(pr_arena *a, pr_usedef *u)
{
    const pr_cfg *g = u->cfg;
    size_t bytes = (size_t)u->words * sizeof(uint64_t);
    u->in = pr_arena_alloc(a, (size_t)g->nblocks * bytes + 1);
    memset(u->in, 0, (size_t)g->nblocks * bytes);
    uint64_t *out = pr_arena_alloc(a, bytes + 1);
    uint64_t *entry = &u->in[(size_t)g->entry * u->words];
    for (uint32_t d = 0; d < u->ndefs && u->def_pos[d] == ENTRY; d++)
        entry[d / 64] |= 1ull << (d % 64);
    uint64_t *thrown = pr_arena_alloc(a, bytes + 1);
    uint64_t *past = pr_arena_alloc(a, bytes + 1);
    /* round robin in block order (the builder numbers blocks roughly in source order) */
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t b = 0; b < g->nblocks; b++) {
            const uint64_t *in = &u->in[(size_t)b * u->words];
            transfer(u, b, in, out, past);
            const pr_cfg_block *blk = &g->blocks[b];
            /* what an exception carries: IN and each definition the block makes */
            memcpy(thrown, in, bytes);
            if (blk->nstmts) {
                uint32_t d0 = first_def_at(u, blk->first_stmt);
                uint32_t d1 = first_def_at(u, blk->first_stmt + blk->nstmts);
                for (uint32_t d = d0; d < d1; d++)
                    thrown[d / 64] |= 1ull << (d % 64);
            }
            for (uint32_t e = blk->first_succ; e < blk->first_succ + blk->nsucc; e++) {
                uint64_t *to = &u->in[(size_t)g->edges[e].to * u->words];
                uint8_t kind = g->edges[e].kind;
                bool raise = kind == PR_EDGE_RAISE || kind == PR_EDGE_SWALLOW;
                const uint64_t *o = kind == PR_EDGE_BODY ? out : past;
                for (uint32_t w = 0; w < u->words; w++) {
                    uint64_t v = raise ? thrown[w] | o[w] : o[w];
                    if ((to[w] | v) != to[w]) {
                        to[w] |= v;
                        changed = true;
                    }
                }
            }
        }
    }
}

static int by_position(const void *pa, const void *pb, const uint32_t *pos)
{
    uint32_t a = pos[*(const uint32_t *)pa], b = pos[*(const uint32_t *)pb];
    /* ENTRY (the largest value) sorts first */
    if (a == ENTRY || b == ENTRY)
        return (a != ENTRY) - (b != ENTRY);
    return a < b ? -1 : a > b;
}

/* An insertion sort of the def order by position (defs come almost sorted). */
static void sort_defs(uint32_t *order, uint32_t n, const uint32_t *pos)
{
    for (uint32_t i = 1; i < n; i++) {
        uint32_t v = order[i], j = i;
        while (j > 0 && by_position(&order[j - 1], &v, pos) > 0) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
}

pr_usedef *pr_usedef_of(pr_arena *a, const pr_resolver *r, const pr_node *scope)
{
    uint32_t sc = pr_resolve_scope(r, scope);
    if (sc == PR_SEM_NONE)
        return NULL;
    const pr_sem *m = r->m;
    pr_usedef *u = pr_arena_alloc(a, sizeof *u);
    memset(u, 0, sizeof *u);
    u->r = r;
    u->scope = sc;
    u->cfg = pr_cfg_build(a, scope);
    const pr_cfg *g = u->cfg;
    u->stmt_block = pr_arena_alloc(a, ((size_t)g->nstmts + 1) * sizeof *u->stmt_block);
    for (uint32_t b = 0; b < g->nblocks; b++)
        for (uint32_t s = 0; s < g->blocks[b].nstmts; s++)
            u->stmt_block[g->blocks[b].first_stmt + s] = b;
    /* a statement and its names: three entries a statement is about the average */
    pr_table_reserve(a, &u->pos, 3 * g->nstmts);
    for (uint32_t s = 0; s < g->nstmts; s++)
        place(a, u, g->stmts[s], s);

    /* the definitions, placed */
    uint32_t first = r->scope_first[sc], last = r->scope_first[sc + 1];
    uint32_t *all_pos = pr_arena_alloc(a, ((size_t)(last - first) + 1) * sizeof *all_pos);
    uint32_t *order = pr_arena_alloc(a, ((size_t)(last - first) + 1) * sizeof *order);
    uint32_t n = 0;
    for (uint32_t i = first; i < last; i++) {
        uint32_t b = r->scope_bindings[i];
        const pr_binding *bd = &m->bindings[b];
        if (!is_definition(bd))
            continue;
        uint32_t p = bd->kind == PR_BIND_ARGUMENT ? ENTRY
                     : bd->node ? pr_table_get(&u->pos, key(bd->node), 0) : 0;
        if (p == 0)
            continue;                 /* made where the graph does not run (a class body) */
        all_pos[n] = p == ENTRY ? ENTRY : p - 1;
        order[n] = b;
        n++;
    }
    uint32_t *idx = pr_arena_alloc(a, ((size_t)n + 1) * sizeof *idx);
    for (uint32_t i = 0; i < n; i++)
        idx[i] = i;
    sort_defs(idx, n, all_pos);
    /* the names' slots, and which names are parameters (bound at the entry) */
    uint32_t *slot_of = pr_arena_alloc(a, ((size_t)n + 1) * sizeof *slot_of);
    uint8_t *param = pr_arena_alloc(a, (size_t)n + 1);
    memset(param, 0, (size_t)n + 1);
    for (uint32_t i = 0; i < n; i++) {
        const pr_binding *bd = &m->bindings[order[idx[i]]];
        uint64_t nk = (uint64_t)bd->name + 1;
        uint32_t slot = pr_table_get(&u->name_slots, nk, UINT32_MAX);
        if (slot == UINT32_MAX) {
            slot = u->nslots++;
            pr_table_put(a, &u->name_slots, nk, slot);
        }
        slot_of[i] = slot;
        param[slot] |= bd->kind == PR_BIND_ARGUMENT;
    }
    uint32_t npseudo = 0;
    for (uint32_t k = 0; k < u->nslots; k++)
        npseudo += !param[k];
    uint32_t total = npseudo + n;
    u->ndefs = total;
    u->defs = pr_arena_alloc(a, ((size_t)total + 1) * sizeof *u->defs);
    u->def_pos = pr_arena_alloc(a, ((size_t)total + 1) * sizeof *u->def_pos);
    u->name_slot = pr_arena_alloc(a, ((size_t)total + 1) * sizeof *u->name_slot);
    u->words = total / 64 + 1;
    uint32_t j = 0;
    for (uint32_t k = 0; k < u->nslots; k++)
        if (!param[k]) {
            u->defs[j] = PR_SEM_NONE;
            u->def_pos[j] = ENTRY;
            u->name_slot[j++] = k;
        }
    for (uint32_t i = 0; i < n; i++, j++) {
        u->defs[j] = order[idx[i]];
        u->def_pos[j] = all_pos[idx[i]];
        u->name_slot[j] = slot_of[i];
        pr_table_put(a, &u->def_index, (uint64_t)u->defs[j] + 1, j + 1);
        if (m->bindings[u->defs[j]].node)
            pr_table_put(a, &u->def_of_node, key(m->bindings[u->defs[j]].node), u->defs[j] + 1);
    }
    /* the defs come sorted: ENTRY first, then by statement */
    u->first_def = pr_arena_alloc(a, ((size_t)g->nstmts + 1) * sizeof *u->first_def);
    for (uint32_t st = 0, d = 0; st <= g->nstmts; st++) {
        while (d < total && (u->def_pos[d] == ENTRY || u->def_pos[d] < st))
            d++;
        u->first_def[st] = d;
    }
    size_t bytes = (size_t)u->words * sizeof(uint64_t);
    u->kill_of_name = pr_arena_alloc(a, (size_t)u->nslots * bytes + 1);
    memset(u->kill_of_name, 0, (size_t)u->nslots * bytes);
    for (uint32_t i = 0; i < total; i++)
        u->kill_of_name[(size_t)u->name_slot[i] * u->words + i / 64] |= 1ull << (i % 64);
    solve(a, u);
    return u;
}

uint32_t pr_usedef_reaching(const pr_usedef *u, const pr_node *read, uint32_t *out, uint32_t cap)
{
    if (!u)
        return UINT32_MAX;
    const pr_sem *m = u->r->m;
    /* the read's name, local to the scope: a load resolved here, or a definition's target */
    uint32_t name;
    uint32_t ref = pr_resolve_ref(u->r, read);
    if (ref != PR_SEM_NONE) {
        uint32_t b = m->refs[ref].binding;
        if (b == PR_SEM_NONE || b == PR_SEM_BUILTIN || m->bindings[b].scope != u->scope)
            return UINT32_MAX;
        name = m->refs[ref].name;
    } else {
        uint32_t b = pr_table_get(&u->def_of_node, key(read), 0);
        if (b == 0)
            return UINT32_MAX;
        name = m->bindings[b - 1].name;
    }
    uint32_t p = pr_table_get(&u->pos, key(read), 0);
    if (p == 0)
        return UINT32_MAX;
    uint32_t s = p - 1, b = u->stmt_block[s];
    uint64_t set[64];
    if (u->words > 64)
        return UINT32_MAX;
    memcpy(set, &u->in[(size_t)b * u->words], u->words * sizeof *set);
    const pr_cfg_block *blk = &u->cfg->blocks[b];
    uint32_t d = first_def_at(u, blk->first_stmt);
    for (uint32_t t = blk->first_stmt; t < s; t++)
        apply(u, set, d, t, &d);
    uint32_t count = 0;
    for (uint32_t i = 0; i < u->ndefs; i++)
        if ((set[i / 64] >> (i % 64) & 1) && u->defs[i] != PR_SEM_NONE &&
            m->bindings[u->defs[i]].name == name) {
            if (count < cap)
                out[count] = u->defs[i];
            count++;
        }
    return count;
}

const pr_node *pr_usedef_def_stmt(const pr_usedef *u, uint32_t binding)
{
    uint32_t i = u ? pr_table_get(&u->def_index, (uint64_t)binding + 1, 0) : 0;
    if (i == 0 || u->def_pos[i - 1] == ENTRY)
        return NULL;
    return u->cfg->stmts[u->def_pos[i - 1]];
}

uint32_t pr_usedef_nstmts(const pr_usedef *u)
{
    return u ? u->cfg->nstmts : 0;
}

const pr_node *pr_usedef_stmt(const pr_usedef *u, uint32_t i)
{
    return u->cfg->stmts[i];
}

/* ------------------------------------------------------------------ the chains */

typedef struct pair {
    uint32_t def, read;
} pair;

typedef struct pairs {
    pr_arena *a;
    pair *items;
    uint32_t n, cap;
} pairs;

static void add_pair(pairs *p, uint32_t def, uint32_t read)
{
    if (p->n == p->cap) {
        uint32_t cap = p->cap ? 2 * p->cap : 64;
        p->items = p->items ? pr_arena_grow(p->a, p->items, p->cap * sizeof *p->items, cap * sizeof *p->items)
                            : pr_arena_alloc(p->a, cap * sizeof *p->items);
        p->cap = cap;
    }
    p->items[p->n++] = (pair){def, read};
}

/* first[k] .. first[k + 1]: the items of key k, a counting sort of the pairs by key */
static uint32_t *csr(pr_arena *a, const pairs *p, uint32_t nkeys, bool by_def, uint32_t **first_out)
{
    uint32_t *first = pr_arena_alloc(a, ((size_t)nkeys + 2) * sizeof *first);
    memset(first, 0, ((size_t)nkeys + 2) * sizeof *first);
    for (uint32_t i = 0; i < p->n; i++)
        first[(by_def ? p->items[i].def : p->items[i].read) + 2]++;
    for (uint32_t k = 0; k < nkeys; k++)
        first[k + 2] += first[k + 1];
    uint32_t *items = pr_arena_alloc(a, (size_t)p->n * sizeof *items + 1);
    for (uint32_t i = 0; i < p->n; i++) {
        uint32_t k = by_def ? p->items[i].def : p->items[i].read;
        items[first[k + 1]++] = by_def ? p->items[i].read : p->items[i].def;
    }
    *first_out = first;
    return items;
}

/* The reads of the scope's names: those the graph places, sorted by statement (a
** counting sort); the others mark their name as escaping. */
static uint32_t *collect_reads(pr_arena *a, pr_usedef *u, uint32_t **stmt_first)
{
    const pr_resolver *r = u->r;
    const pr_sem *m = r->m;
    uint32_t first = r->scope_first[u->scope], last = r->scope_first[u->scope + 1];
    uint32_t n = 0;
    for (uint32_t i = first; i < last; i++)
        for (uint32_t ref = m->bindings[r->scope_bindings[i]].first_ref; ref != PR_SEM_NONE;
             ref = m->refs[ref].next)
            n++;
    u->read_node = pr_arena_alloc(a, ((size_t)n + 1) * sizeof *u->read_node);
    uint32_t *stmt = pr_arena_alloc(a, ((size_t)n + 1) * sizeof *stmt);
    uint32_t *slot = pr_arena_alloc(a, ((size_t)n + 1) * sizeof *slot);
    uint32_t nreads = 0;
    for (uint32_t i = first; i < last; i++) {
        const pr_binding *bd = &m->bindings[r->scope_bindings[i]];
        uint32_t k = pr_table_get(&u->name_slots, (uint64_t)bd->name + 1, UINT32_MAX);
        if (k == UINT32_MAX)
            continue;
        for (uint32_t ref = bd->first_ref; ref != PR_SEM_NONE; ref = m->refs[ref].next) {
            uint32_t p = pr_table_get(&u->pos, key(m->refs[ref].node), 0);
            u->read[k] = 1;
            if (p == 0) {
                u->escapes[k] = 1;
                continue;
            }
            u->read_node[nreads] = m->refs[ref].node;
            stmt[nreads] = p - 1;
            slot[nreads++] = k;
        }
    }
    u->nreads = nreads;
    /* by statement */
    uint32_t ns = u->cfg->nstmts;
    uint32_t *sf = pr_arena_alloc(a, ((size_t)ns + 2) * sizeof *sf);
    memset(sf, 0, ((size_t)ns + 2) * sizeof *sf);
    for (uint32_t i = 0; i < nreads; i++)
        sf[stmt[i] + 2]++;
    for (uint32_t s = 0; s < ns; s++)
        sf[s + 2] += sf[s + 1];
    const pr_node **nodes = pr_arena_alloc(a, ((size_t)nreads + 1) * sizeof *nodes);
    uint32_t *slots = pr_arena_alloc(a, ((size_t)nreads + 1) * sizeof *slots);
    for (uint32_t i = 0; i < nreads; i++) {
        uint32_t at = sf[stmt[i] + 1]++;
        nodes[at] = u->read_node[i];
        slots[at] = slot[i];
    }
    u->read_node = nodes;
    *stmt_first = sf;
    return slots;
}

void pr_usedef_link(pr_arena *a, pr_usedef *u)
{
    if (!u || u->linked)
        return;
    u->linked = true;
    u->escapes = pr_arena_alloc(a, (size_t)u->nslots + 1);
    memset(u->escapes, 0, (size_t)u->nslots + 1);
    u->read = pr_arena_alloc(a, (size_t)u->nslots + 1);
    memset(u->read, 0, (size_t)u->nslots + 1);
    u->killer = pr_arena_alloc(a, ((size_t)u->ndefs + 1) * sizeof *u->killer);
    for (uint32_t i = 0; i < u->ndefs; i++)
        u->killer[i] = ENTRY;
    u->reachable = pr_cfg_reachable(a, u->cfg);
    uint32_t *stmt_first;
    const uint32_t *slots = collect_reads(a, u, &stmt_first);
    pairs p = {.a = a};
    const pr_cfg *g = u->cfg;
    size_t bytes = (size_t)u->words * sizeof(uint64_t);
    uint64_t *set = pr_arena_alloc(a, bytes + 1);
    for (uint32_t b = 0; b < g->nblocks; b++) {
        const pr_cfg_block *blk = &g->blocks[b];
        if (blk->nstmts == 0)
            continue;
        memcpy(set, &u->in[(size_t)b * u->words], bytes);
        uint32_t d = first_def_at(u, blk->first_stmt);
        for (uint32_t s = blk->first_stmt; s < blk->first_stmt + blk->nstmts; s++) {
            while (d < u->ndefs && u->def_pos[d] != ENTRY && u->def_pos[d] < s)
                d++;
            /* the reads of the statement see the definitions before it */
            for (uint32_t i = stmt_first[s]; i < stmt_first[s + 1]; i++) {
                const uint64_t *kill = &u->kill_of_name[(size_t)slots[i] * u->words];
                for (uint32_t w = 0; w < u->words; w++)
                    for (uint64_t bits = set[w] & kill[w]; bits; bits &= bits - 1)
                        add_pair(&p, w * 64 + (uint32_t)__builtin_ctzll(bits), i);
            }
            /* its definitions replace those of their names, one after the other
            ** (`a, a = x, y` replaces the first a at once) */
            for (; d < u->ndefs && u->def_pos[d] == s; d++) {
                const uint64_t *kill = &u->kill_of_name[(size_t)u->name_slot[d] * u->words];
                for (uint32_t w = 0; w < u->words; w++) {
                    for (uint64_t bits = set[w] & kill[w]; bits; bits &= bits - 1) {
                        uint32_t old = w * 64 + (uint32_t)__builtin_ctzll(bits);
                        uint32_t *by = &u->killer[old];
                        if (*by == ENTRY || *by == old || (d != old && u->def_pos[d] < u->def_pos[*by]))
                            *by = d;
                    }
                    set[w] &= ~kill[w];
                }
                set[d / 64] |= 1ull << (d % 64);
            }
        }
    }
    u->read_defs = csr(a, &p, u->nreads, false, &u->read_first);
    u->def_reads = csr(a, &p, u->ndefs, true, &u->def_first);
    pr_table_reserve(a, &u->read_index, u->nreads);
    for (uint32_t i = 0; i < u->nreads; i++)
        pr_table_put(a, &u->read_index, key(u->read_node[i]), i + 1);
}

static uint32_t def_of(const pr_usedef *u, uint32_t binding)
{
    uint32_t i = u && u->linked ? pr_table_get(&u->def_index, (uint64_t)binding + 1, 0) : 0;
    return i ? i - 1 : ENTRY;
}

uint32_t pr_usedef_reads(const pr_usedef *u, uint32_t binding, const pr_node **out, uint32_t cap)
{
    uint32_t d = def_of(u, binding);
    if (d == ENTRY)
        return UINT32_MAX;
    uint32_t n = u->def_first[d + 1] - u->def_first[d];
    for (uint32_t i = 0; i < n && i < cap; i++)
        out[i] = u->read_node[u->def_reads[u->def_first[d] + i]];
    return n;
}

uint32_t pr_usedef_defs(const pr_usedef *u, const pr_node *read, uint32_t *out, uint32_t cap)
{
    uint32_t i = u && u->linked ? pr_table_get(&u->read_index, key(read), 0) : 0;
    if (i == 0)
        return UINT32_MAX;
    uint32_t n = 0;
    for (uint32_t k = u->read_first[i - 1]; k < u->read_first[i]; k++) {
        uint32_t b = u->defs[u->read_defs[k]];
        if (b == PR_SEM_NONE)
            continue;
        if (n < cap)
            out[n] = b;
        n++;
    }
    return n;
}

bool pr_usedef_maybe_unbound(const pr_usedef *u, const pr_node *read)
{
    uint32_t i = u && u->linked ? pr_table_get(&u->read_index, key(read), 0) : 0;
    if (i == 0)
        return false;
    const pr_sem *m = u->r->m;
    for (uint32_t k = u->read_first[i - 1]; k < u->read_first[i]; k++) {
        uint32_t b = u->defs[u->read_defs[k]];
        if (b == PR_SEM_NONE || m->bindings[b].kind == PR_BIND_DELETION)
            return true;
    }
    return false;
}

uint32_t pr_usedef_replaced_by(const pr_usedef *u, uint32_t binding)
{
    uint32_t d = def_of(u, binding);
    if (d == ENTRY || u->killer[d] == ENTRY)
        return PR_SEM_NONE;
    return u->defs[u->killer[d]];
}

bool pr_usedef_escapes(const pr_usedef *u, uint32_t binding)
{
    uint32_t d = def_of(u, binding);
    return d == ENTRY || u->escapes[u->name_slot[d]];
}

bool pr_usedef_name_read(const pr_usedef *u, uint32_t binding)
{
    uint32_t d = def_of(u, binding);
    return d == ENTRY || u->read[u->name_slot[d]];
}

bool pr_usedef_live(const pr_usedef *u, uint32_t binding)
{
    uint32_t d = def_of(u, binding);
    return d == ENTRY || u->def_pos[d] == ENTRY || u->reachable[u->stmt_block[u->def_pos[d]]];
}

const pr_cfg *pr_usedef_cfg(const pr_usedef *u)
{
    return u->cfg;
}
