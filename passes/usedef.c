/* Reaching definitions over the control-flow graph of one scope (dataflow.h): which of a
** function's local bindings may be the value a read sees.  The definitions are the
** semantic model's bindings of the scope; each is placed at the CFG statement that makes
** it (a parameter at the entry), each read at the statement that holds it, and the classic
** forward analysis runs on bit sets: OUT = GEN + (IN - KILL), IN = the union of the
** predecessors' OUT.  An exception may leave a block at any point, so a RAISE edge carries
** IN + OUT.  Within a statement every read comes before the statement's own definitions
** (`x = x + 1` reads the old x).  The result answers, for a read, the bindings that may
** reach it; the taint analysis (taint.c) and, later, the dead-store rule are built on it. */
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
    pr_table def_index;           /* binding -> 1 + index in defs */
    pr_table def_of_node;         /* a binding's node -> 1 + the binding */
    uint32_t words;               /* 64-bit words of a set of defs */
    uint64_t *in;                 /* per block: the defs reaching its start */
    uint64_t *kill_of_name;       /* per def: the defs of the same name (its kill set) */
    uint32_t *name_slot;          /* per def: the index of its name's kill set */
};

static uint64_t key(const void *p)
{
    return (uint64_t)(uintptr_t)p;
}

/* ------------------------------------------------------------------ placing nodes */

/* Records every node of the parts of statement s that run where the CFG places it: a
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
        pr_table_put(a, &u->pos, key(e), index + 1);
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
    uint32_t lo = 0, hi = u->ndefs;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (u->def_pos[mid] != ENTRY && u->def_pos[mid] >= s)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* OUT of block b given its IN (into out). */
static void transfer(const pr_usedef *u, uint32_t b, const uint64_t *in, uint64_t *out)
{
    memcpy(out, in, u->words * sizeof *out);
    const pr_cfg_block *blk = &u->cfg->blocks[b];
    if (blk->nstmts == 0)
        return;
    uint32_t d = first_def_at(u, blk->first_stmt);
    for (uint32_t s = blk->first_stmt; s < blk->first_stmt + blk->nstmts; s++)
        apply(u, out, d, s, &d);
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
    /* round robin in block order (the builder numbers blocks roughly in source order) */
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t b = 0; b < g->nblocks; b++) {
            const uint64_t *in = &u->in[(size_t)b * u->words];
            transfer(u, b, in, out);
            const pr_cfg_block *blk = &g->blocks[b];
            for (uint32_t e = blk->first_succ; e < blk->first_succ + blk->nsucc; e++) {
                uint64_t *to = &u->in[(size_t)g->edges[e].to * u->words];
                bool raise = g->edges[e].kind == PR_EDGE_RAISE;
                for (uint32_t w = 0; w < u->words; w++) {
                    uint64_t v = out[w] | (raise ? in[w] : 0);
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
    u->ndefs = n;
    u->defs = pr_arena_alloc(a, ((size_t)n + 1) * sizeof *u->defs);
    u->def_pos = pr_arena_alloc(a, ((size_t)n + 1) * sizeof *u->def_pos);
    u->name_slot = pr_arena_alloc(a, ((size_t)n + 1) * sizeof *u->name_slot);
    u->words = n / 64 + 1;
    pr_table name_slots = {0};
    uint32_t nslots = 0;
    for (uint32_t i = 0; i < n; i++) {
        u->defs[i] = order[idx[i]];
        u->def_pos[i] = all_pos[idx[i]];
        pr_table_put(a, &u->def_index, (uint64_t)u->defs[i] + 1, i + 1);
        if (m->bindings[u->defs[i]].node)
            pr_table_put(a, &u->def_of_node, key(m->bindings[u->defs[i]].node), u->defs[i] + 1);
        uint64_t nk = (uint64_t)m->bindings[u->defs[i]].name + 1;
        uint32_t slot = pr_table_get(&name_slots, nk, UINT32_MAX);
        if (slot == UINT32_MAX) {
            slot = nslots++;
            pr_table_put(a, &name_slots, nk, slot);
        }
        u->name_slot[i] = slot;
    }
    size_t bytes = (size_t)u->words * sizeof(uint64_t);
    u->kill_of_name = pr_arena_alloc(a, (size_t)nslots * bytes + 1);
    memset(u->kill_of_name, 0, (size_t)nslots * bytes);
    for (uint32_t i = 0; i < n; i++)
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
        if ((set[i / 64] >> (i % 64) & 1) && m->bindings[u->defs[i]].name == name) {
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
