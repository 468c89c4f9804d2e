/* RVW302, tangled functions: the call graph of a module's own functions and what is wrong
** with its shape.  A call `f()` is an edge to the def named f that Python's scoping finds
** (defs of the enclosing functions, then of the module); `self.m()` and `cls.m()` in a
** method are edges to the method m of its class or of a base class defined in the module.
** Calls in a lambda or a nested class body count for the def around them; calls made at
** module or class level belong to no function.  Reported: each cycle of functions calling
** each other (a strongly connected component of two or more; a function calling itself is
** plain recursion), and functions that call, or are called by, more of the module's
** functions than a reader can keep in mind.  The defs, classes and calls come from the
** complexity walk (pr_complexity_blocks), which meets every node anyway. */
#include "passes/metrics.h"

#include <stdio.h>
#include <string.h>

#include "passes/passes.h"

enum {
    NONE = UINT32_MAX,
    MAX_FAN_OUT = 12,   /* distinct functions of the module one function calls */
    MAX_FAN_IN = 20,    /* distinct functions of the module that call one function */
    MAX_BASES = 16,     /* base classes followed when resolving self.m() */
};

/* A def or class: the scopes a name is looked up in. */
typedef struct scope {
    const pr_node *node;
    const char *qualname;   /* made for the reports that name it (qualname()) */
    uint32_t parent;        /* enclosing scope, NONE for the module's */
    bool is_class;
    const char *self_name;  /* defs in a class, or nested in such: the first parameter */
    uint32_t self_class;    /* the class self_name is an instance of */
    uint32_t *callees;
    uint32_t ncallees, cap;
    uint32_t fan_in;
} scope;

typedef struct entry {
    uint32_t scope;         /* where the name is bound; NONE: the module */
    const char *name;
    uint32_t target;
    struct entry *next;
} entry;

typedef struct graph {
    pr_review_ctx *ctx;
    scope *scopes;
    uint32_t n;
    entry **buckets;        /* name -> the defs and classes of that name, the latest first */
    uint32_t nbuckets;
    uint32_t *seen;         /* per scope: the caller that last added it as a callee */
} graph;

/* Names are identifiers, interned per file: they are hashed and compared as pointers.
** They are hashed alone, as most names called (builtins, imports) name no def: one probe
** tells so, whatever scopes the name would be looked up in. */
static uint32_t bucket_of(const graph *g, const char *name)
{
    uint64_t h = (uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(h >> 32) & (g->nbuckets - 1);
}

/* The first entry of name in its bucket, NULL when no def or class has that name. */
static const entry *entries_of(const graph *g, const char *name)
{
    const entry *e = g->buckets[bucket_of(g, name)];
    while (e && e->name != name)
        e = e->next;
    return e;
}

/* The def or class the name (its entries e) is bound to in scope. */
static uint32_t lookup(const entry *e, uint32_t scope, const char *name)
{
    for (; e; e = e->next)
        if (e->scope == scope && e->name == name)
            return e->target;
    return NONE;
}

/* ------------------------------------------------------------------ the scopes */

static const char *first_param(const pr_node *def)
{
    const pr_node *a = def->v.FunctionDef.args;
    const pr_seq *p = PR_SEQ_LEN(a->v.arguments.posonlyargs) ? a->v.arguments.posonlyargs
                                                             : a->v.arguments.args;
    return PR_SEQ_LEN(p) ? PR_SEQ_NODE(p, 0)->v.arg.arg : NULL;
}

static bool is_staticmethod(const pr_node *def)
{
    const pr_seq *d = def->v.FunctionDef.decorator_list;
    for (uint32_t i = 0; i < PR_SEQ_LEN(d); i++)
        if (PR_SEQ_NODE(d, i)->kind == PR_Name && strcmp(PR_SEQ_NODE(d, i)->v.Name.id, "staticmethod") == 0)
            return true;
    return false;
}

const char *pr_callgraph_self(const pr_node *def, bool in_class, const char *outer_self)
{
    if (!in_class)
        return outer_self;
    return is_staticmethod(def) ? NULL : first_param(def);
}

/* The scopes in the walk's order, each knowing the name its methods' calls of `self.m()`
** go through (the walk's) and the class that name is an instance of. */
static void add_scopes(graph *g, const pr_calls *calls)
{
    g->n = calls->nscopes;
    g->scopes = pr_arena_alloc(g->ctx->arena, g->n * sizeof *g->scopes);
    for (uint32_t id = 0; id < g->n; id++) {
        const pr_node *s = calls->scopes[id].node;
        uint32_t parent = calls->scopes[id].parent;
        bool cls = s->kind == PR_ClassDef;
        const scope *up = parent == NONE ? NULL : &g->scopes[parent];
        scope sc = {s, NULL, parent, cls, NULL, NONE, NULL, 0, 0, 0};
        if (!cls && up) {
            sc.self_name = calls->scopes[id].self;
            sc.self_class = up->is_class ? parent : up->self_class;
        }
        g->scopes[id] = sc;
    }
}

static void index_names(graph *g)
{
    g->nbuckets = 64;
    while (g->nbuckets < 2 * g->n)
        g->nbuckets *= 2;
    g->buckets = pr_arena_alloc(g->ctx->arena, g->nbuckets * sizeof *g->buckets);
    memset(g->buckets, 0, g->nbuckets * sizeof *g->buckets);
    /* later definitions of a name shadow earlier ones: insert in order, look up the last */
    for (uint32_t i = 0; i < g->n; i++) {
        const scope *s = &g->scopes[i];
        const char *name = s->is_class ? s->node->v.ClassDef.name : s->node->v.FunctionDef.name;
        uint32_t b = bucket_of(g, name);
        entry *e = pr_arena_alloc(g->ctx->arena, sizeof *e);
        *e = (entry){s->parent, name, i, g->buckets[b]};
        g->buckets[b] = e;
    }
}

/* ------------------------------------------------------------------ the calls */

/* The def a plain name means from inside the def `from`. */
static uint32_t resolve_name(const graph *g, uint32_t from, const char *name)
{
    const entry *e = entries_of(g, name);
    if (!e)
        return NONE;
    for (uint32_t s = from; s != NONE; s = g->scopes[s].parent) {
        if (g->scopes[s].is_class)
            continue;   /* class bodies are not enclosing scopes for names */
        uint32_t t = lookup(e, s, name);
        if (t != NONE)
            return t;
    }
    return lookup(e, NONE, name);
}

/* The method m of a class or of its bases defined in the module. */
static uint32_t resolve_method(const graph *g, uint32_t cls, const char *m)
{
    for (int depth = 0; cls != NONE && depth < MAX_BASES; depth++) {
        uint32_t t = lookup(entries_of(g, m), cls, m);
        if (t != NONE)
            return t;
        const pr_seq *bases = g->scopes[cls].node->v.ClassDef.bases;
        uint32_t next = NONE;
        for (uint32_t i = 0; i < PR_SEQ_LEN(bases) && next == NONE; i++) {
            const pr_node *b = PR_SEQ_NODE(bases, i);
            if (b->kind == PR_Name) {
                uint32_t c = resolve_name(g, g->scopes[cls].parent, b->v.Name.id);
                if (c != NONE && g->scopes[c].is_class && c != cls)
                    next = c;
            }
        }
        cls = next;
    }
    return NONE;
}

static void add_edge(graph *g, uint32_t from, uint32_t to)
{
    if (to == NONE || to == from || g->scopes[to].is_class || g->seen[to] == from)
        return;
    g->seen[to] = from;
    scope *s = &g->scopes[from];
    if (s->ncallees == s->cap) {
        uint32_t cap = s->cap ? 2 * s->cap : 8;
        s->callees = pr_arena_grow(g->ctx->arena, s->callees, s->cap * sizeof *s->callees,
                                   cap * sizeof *s->callees);
        s->cap = cap;
    }
    s->callees[s->ncallees++] = to;
    g->scopes[to].fan_in++;
}

/* A call of the def from: the walk kept `self.m()` only where self is from's self_name. */
static void call(graph *g, uint32_t from, const pr_call_site *site)
{
    if (!site->method)
        add_edge(g, from, resolve_name(g, from, site->name));
    else if (g->scopes[from].self_name)
        add_edge(g, from, resolve_method(g, g->scopes[from].self_class, site->name));
}

/* ------------------------------------------------------------------ the reports */

static const char *qualname(graph *g, uint32_t id)
{
    scope *s = &g->scopes[id];
    if (!s->qualname) {
        const char *name = s->is_class ? s->node->v.ClassDef.name : s->node->v.FunctionDef.name;
        s->qualname = pr_dotted_name(g->ctx->arena, s->parent == NONE ? NULL : qualname(g, s->parent), name);
    }
    return s->qualname;
}

static const char *name_list(graph *g, const uint32_t *ids, uint32_t n, const char *sep)
{
    pr_sbuf b = {0};
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            pr_sbuf_puts(&b, sep);
        pr_sbuf_puts(&b, qualname(g, ids[i]));
    }
    const char *s = pr_arena_strndup(g->ctx->arena, b.data ? b.data : "", b.len);
    pr_sbuf_free(&b);
    return s;
}

static void report(graph *g, uint32_t f, const char *what, const char *names)
{
    uint32_t line, col, end;
    pr_def_name_span(g->ctx->sem, g->scopes[f].node, &line, &col, &end);
    pr_report_at(g->ctx->findings, PR_RULE_RVW302, line, col, line, end, qualname(g, f), what, names);
}

/* A shortest cycle through start inside its component (comp[] marks the members), as
** the list start, ..., start; returns its length. */
static uint32_t cycle_through(graph *g, uint32_t start, const uint32_t *comp, uint32_t *path)
{
    uint32_t *from = pr_arena_alloc(g->ctx->arena, g->n * sizeof *from);
    uint32_t *queue = pr_arena_alloc(g->ctx->arena, g->n * sizeof *queue);
    for (uint32_t i = 0; i < g->n; i++)
        from[i] = NONE;
    uint32_t head = 0, tail = 0, last = NONE;
    queue[tail++] = start;
    while (head < tail && last == NONE) {
        uint32_t u = queue[head++];
        for (uint32_t k = 0; k < g->scopes[u].ncallees; k++) {
            uint32_t v = g->scopes[u].callees[k];
            if (comp[v] != comp[start])
                continue;
            if (v == start) {
                last = u;
                break;
            }
            if (from[v] == NONE) {
                from[v] = u;
                queue[tail++] = v;
            }
        }
    }
    uint32_t n = 0;
    for (uint32_t u = last; u != start; u = from[u])
        path[n++] = u;
    path[n++] = start;
    for (uint32_t i = 0; i < n / 2; i++) {
        uint32_t t = path[i];
        path[i] = path[n - 1 - i];
        path[n - 1 - i] = t;
    }
    path[n++] = start;
    return n;
}

/* Tarjan's strongly connected components, without recursion; comp[] gets each node's
** component, numbered from 0. */
static uint32_t components(graph *g, uint32_t *comp)
{
    pr_arena *a = g->ctx->arena;
    uint32_t *index = pr_arena_alloc(a, g->n * sizeof *index), *low = pr_arena_alloc(a, g->n * sizeof *low);
    uint32_t *stack = pr_arena_alloc(a, g->n * sizeof *stack), *call = pr_arena_alloc(a, g->n * sizeof *call);
    uint32_t *edge = pr_arena_alloc(a, g->n * sizeof *edge);
    bool *on = pr_arena_alloc(a, g->n * sizeof *on);
    for (uint32_t i = 0; i < g->n; i++) {
        index[i] = NONE;
        on[i] = false;
    }
    uint32_t next = 0, sp = 0, ncomp = 0;
    for (uint32_t root = 0; root < g->n; root++) {
        if (index[root] != NONE)
            continue;
        uint32_t depth = 0;
        call[depth++] = root;
        edge[root] = 0;
        index[root] = low[root] = next++;
        stack[sp++] = root;
        on[root] = true;
        while (depth) {
            uint32_t u = call[depth - 1];
            if (edge[u] < g->scopes[u].ncallees) {
                uint32_t v = g->scopes[u].callees[edge[u]++];
                if (index[v] == NONE) {
                    index[v] = low[v] = next++;
                    edge[v] = 0;
                    stack[sp++] = v;
                    on[v] = true;
                    call[depth++] = v;
                } else if (on[v] && index[v] < low[u]) {
                    low[u] = index[v];
                }
                continue;
            }
            depth--;
            if (depth && low[u] < low[call[depth - 1]])
                low[call[depth - 1]] = low[u];
            if (low[u] == index[u]) {
                uint32_t v;
                do {
                    v = stack[--sp];
                    on[v] = false;
                    comp[v] = ncomp;
                } while (v != u);
                ncomp++;
            }
        }
    }
    return ncomp;
}

static void report_cycles(graph *g)
{
    uint32_t *comp = pr_arena_alloc(g->ctx->arena, g->n * sizeof *comp);
    uint32_t ncomp = components(g, comp);
    uint32_t *size = pr_arena_alloc(g->ctx->arena, ncomp * sizeof *size + 1);
    memset(size, 0, ncomp * sizeof *size);
    for (uint32_t i = 0; i < g->n; i++)
        size[comp[i]]++;
    uint32_t *path = pr_arena_alloc(g->ctx->arena, (g->n + 1) * sizeof *path);
    /* one report per cycle, at its first function in the source */
    for (uint32_t i = 0; i < g->n; i++) {
        if (size[comp[i]] < 2)
            continue;
        uint32_t n = cycle_through(g, i, comp, path);
        char what[64];
        snprintf(what, sizeof what, "calls itself through %u other function%s", size[comp[i]] - 1,
                 size[comp[i]] > 2 ? "s" : "");
        report(g, i, what, name_list(g, path, n, " -> "));
        size[comp[i]] = 0;
    }
}

static void report_fans(graph *g)
{
    uint32_t *callers = pr_arena_alloc(g->ctx->arena, g->n * sizeof *callers + 1);
    for (uint32_t i = 0; i < g->n; i++) {
        const scope *s = &g->scopes[i];
        char what[96];
        if (s->ncallees > MAX_FAN_OUT) {
            snprintf(what, sizeof what, "calls %u functions of this module (more than %d)",
                     s->ncallees, MAX_FAN_OUT);
            report(g, i, what, name_list(g, s->callees, s->ncallees, ", "));
        }
        if (s->fan_in > MAX_FAN_IN) {
            uint32_t n = 0;
            for (uint32_t k = 0; k < g->n; k++)
                for (uint32_t e = 0; e < g->scopes[k].ncallees; e++)
                    if (g->scopes[k].callees[e] == i)
                        callers[n++] = k;
            snprintf(what, sizeof what, "is called by %u functions of this module (more than %d)",
                     s->fan_in, MAX_FAN_IN);
            report(g, i, what, name_list(g, callers, n, ", "));
        }
    }
}

/* The calls grouped by the def they run in, in source order within each (the walk
** meets a nested def's calls between its parent's): a def's callees are then added in the
** order it first calls them, and seen[] tells at once a callee it has. */
static void add_calls(graph *g, const pr_calls *calls)
{
    pr_arena *a = g->ctx->arena;
    uint32_t *first = pr_arena_alloc(a, (g->n + 1) * sizeof *first);
    memset(first, 0, (g->n + 1) * sizeof *first);
    for (uint32_t k = 0; k < calls->nsites; k++)
        first[calls->sites[k].caller + 1]++;
    for (uint32_t i = 0; i < g->n; i++)
        first[i + 1] += first[i];
    const pr_call_site **callees = pr_arena_alloc(a, calls->nsites * sizeof *callees + 1);
    for (uint32_t k = 0; k < calls->nsites; k++)
        callees[first[calls->sites[k].caller]++] = &calls->sites[k];
    /* first[i] is now where the calls of def i end */
    for (uint32_t i = 0, k = 0; i < g->n; i++)
        for (; k < first[i]; k++)
            call(g, i, callees[k]);
}

void pr_callgraph_report(pr_review_ctx *ctx, const pr_calls *calls)
{
    if (calls->nscopes < 2)
        return;
    graph g = {.ctx = ctx};
    add_scopes(&g, calls);
    index_names(&g);
    g.seen = pr_arena_alloc(ctx->arena, g.n * sizeof *g.seen);
    for (uint32_t i = 0; i < g.n; i++)
        g.seen[i] = NONE;
    add_calls(&g, calls);
    report_cycles(&g);
    report_fans(&g);
}
