/* Where a value comes from (dataflow.h): a constant (literals, module constants and what
** is built from them only), data from outside the program's control (a parameter,
** `sys.argv`, `os.environ`, `input()`, a file or socket read, a web request), passed
** through a sanitiser such as `shlex.quote` (the source then says which and where: "quoted
** with `shlex.quote`", the first one met), or unknown (an attribute, the result of a call
** not followed).
** A name's value is that of every definition reaching the read (usedef.c), so a name
** reassigned to a constant is a constant again; a list is also what its `append`,
** `extend` and `insert` calls added where they may run before the sink with the name
** not rebound in between (the graph's paths tell).  Values flow through assignment, `+`, `%`,
** `.format`, f-strings, `join`, string methods, displays and comprehensions; the first
** steps on a path from outside are kept for the message ("by concatenation (line 82)"). */
#include "passes/dataflow.h"

#include <stdio.h>
#include <string.h>

enum { MAX_DEPTH = 24, MAX_DEFS = 16, MAX_VISITING = 32 };

/* Which statements may change, before the sink runs, the list a name holds there: those
** from which a path of the scope's graph leads to the sink's statement without giving
** the name a new value on the way (a loop's back edge included: a statement later in a
** loop body runs before the ones above it on the next turn, unless the loop rebuilds the
** list first).  Made for one name at a time. */
typedef struct before {
    const char *id;            /* the name, or NULL: not made yet */
    uint32_t *last;            /* per block: 1 + its last statement rebinding id, or 0 */
    uint8_t *good;             /* per block: entered at its start, reaches the sink with id
                               ** not rebound */
} before;

typedef struct walk {
    pr_taint_ctx *c;
    pr_usedef *u;              /* the scope being followed: the function, or the module */
    const pr_node *root;       /* the expression asked about (the sink's argument) */
    int located;               /* whether root's statement is known; -1: not looked up yet */
    uint32_t at_stmt, at_block;   /* root's statement in the scope's graph, and its block */
    before bf;
    uint32_t depth;
    uint32_t visiting[MAX_VISITING];   /* definitions being followed (loops: x = x + 1) */
    uint32_t nvisiting;
} walk;

static pr_taint of(walk *w, const pr_node *e);

static pr_taint make(pr_origin o)
{
    pr_taint t;
    memset(&t, 0, sizeof t);
    t.origin = o;
    return t;
}

/* A value of origin o whose source (for the message) is fmt with name, at line. */
static pr_taint sourced(walk *w, pr_origin o, const char *fmt, const char *name, uint32_t line)
{
    pr_taint t = make(o);
    char buf[160];
    snprintf(buf, sizeof buf, fmt, name);
    t.source = pr_arena_strndup(w->c->arena, buf, strlen(buf));
    t.source_line = line;
    return t;
}

static pr_taint outside(walk *w, const char *fmt, const char *name, uint32_t line)
{
    return sourced(w, PR_ORIGIN_OUTSIDE, fmt, name, line);
}

/* The join of two origins: the worse one, with its path. */
static pr_taint join(pr_taint a, pr_taint b)
{
    return b.origin > a.origin ? b : a;
}

/* Records that a value from outside went through step at line. */
static pr_taint step(pr_taint t, const char *what, uint32_t line)
{
    if (t.origin == PR_ORIGIN_OUTSIDE && t.nsteps < 3 &&
        !(t.nsteps && t.steps[t.nsteps - 1] == what && t.step_lines[t.nsteps - 1] == line)) {
        t.steps[t.nsteps] = what;
        t.step_lines[t.nsteps++] = line;
    }
    return t;
}

static pr_taint of_seq(walk *w, const pr_seq *s, pr_taint t)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(s); i++)
        if (PR_SEQ_NODE(s, i))
            t = join(t, of(w, PR_SEQ_NODE(s, i)));
    return t;
}

static bool in_list(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(name, *list) == 0)
            return true;
    return false;
}

static const char *const reads[] = {"read", "readline", "readlines", "recv", "recvfrom", "recv_into",
                                    "read_text", "read_bytes", "getvalue", NULL};
static const char *const string_methods[] = {
    "strip", "lstrip", "rstrip", "lower", "upper", "title", "capitalize", "casefold", "replace",
    "split", "rsplit", "splitlines", "encode", "decode", "format_map", "expandtabs", "zfill",
    "ljust", "rjust", "center", "removeprefix", "removesuffix", "partition", "rpartition",
    "copy", NULL};
/* Calls whose result keeps nothing of a string that could inject: quoting, numbers; with
** what they do, for the message of a command so made ("quoted with `shlex.quote`"). */
typedef struct sanitizer {
    const char *name, *does;
} sanitizer;
static const sanitizer sanitizers[] = {
    {"shlex.quote", "quoted with"}, {"pipes.quote", "quoted with"}, {"shlex.join", "quoted with"},
    {"int", "converted to numbers by"}, {"float", "converted to numbers by"},
    {"len", "converted to numbers by"}, {"bool", "converted to numbers by"},
    {"hash", "converted to numbers by"}, {"ord", "converted to numbers by"},
};

static const sanitizer *sanitizer_of(const char *q)
{
    for (size_t i = 0; i < sizeof sanitizers / sizeof sanitizers[0]; i++)
        if (strcmp(q, sanitizers[i].name) == 0)
            return &sanitizers[i];
    return NULL;
}

/* Calls whose result is made of their arguments. */
static const char *const passthrough[] = {
    "str", "repr", "format", "bytes", "list", "tuple", "sorted", "reversed", "os.fspath",
    "os.path.join", "os.path.abspath", "os.path.normpath", "os.path.realpath",
    "os.path.basename", "os.path.dirname", "os.path.expanduser", "os.path.expandvars",
    "posixpath.join", "ntpath.join", "pathlib.Path", "pathlib.PurePath", NULL};

/* A web request's data: flask's or django's `request`, or a name or attribute so called. */
static bool is_request(const pr_resolver *r, const pr_node *e)
{
    char buf[256];
    while (e->kind == PR_Attribute || e->kind == PR_Subscript || e->kind == PR_Call) {
        const pr_node *inner = e->kind == PR_Attribute   ? e->v.Attribute.value
                               : e->kind == PR_Subscript ? e->v.Subscript.value
                                                         : e->v.Call.func;
        if (e->kind == PR_Attribute && strcmp(e->v.Attribute.attr, "request") == 0 &&
            inner->kind == PR_Name && strcmp(inner->v.Name.id, "self") == 0)
            return true;
        e = inner;
    }
    if (e->kind != PR_Name || strcmp(e->v.Name.id, "request") != 0)
        return false;
    const char *q = pr_resolve_qualified(r, e, buf, sizeof buf);
    return !q || strcmp(q, "request") == 0 || strcmp(q, "flask.request") == 0 ||
           strcmp(q, "bottle.request") == 0;
}

static pr_taint of_call(walk *w, const pr_node *e)
{
    const pr_resolver *r = w->c->r;
    const pr_node *func = e->v.Call.func;
    const pr_seq *args = e->v.Call.args;
    char buf[256];
    const char *q = pr_resolve_qualified(r, func, buf, sizeof buf);
    if (q) {
        if (strcmp(q, "input") == 0 || strcmp(q, "raw_input") == 0)
            return outside(w, "`%s()`", q, e->lineno);
        if (strcmp(q, "os.getenv") == 0 || strcmp(q, "os.environ.get") == 0 ||
            strcmp(q, "os.getenvb") == 0 || strcmp(q, "os.environ.pop") == 0)
            return outside(w, "the environment (`%s`)", q, e->lineno);
        const sanitizer *san = sanitizer_of(q);
        if (san) {
            pr_taint t = of_seq(w, args, make(PR_ORIGIN_CONST));
            if (t.origin == PR_ORIGIN_CONST)
                return t;
            char does[160];
            snprintf(does, sizeof does, "%s `%s`", san->does, q);
            return sourced(w, PR_ORIGIN_SANITIZED, "%s", does, e->lineno);
        }
        if (in_list(q, passthrough))
            return of_seq(w, args, make(PR_ORIGIN_CONST));
    }
    if (is_request(r, func))
        return outside(w, "%s", "request data", e->lineno);
    if (func->kind != PR_Attribute)
        return make(PR_ORIGIN_UNKNOWN);
    const char *attr = func->v.Attribute.attr;
    const pr_node *recv = func->v.Attribute.value;
    if (in_list(attr, reads)) {
        char name[128];
        const char *d = pr_resolve_dotted(recv, name, sizeof name);
        if (d && strcmp(d, "self") == 0)
            return make(PR_ORIGIN_UNKNOWN);
        return outside(w, "a read (`%s()`)", attr, e->lineno);
    }
    if (strcmp(attr, "format") == 0)
        return step(of_seq(w, e->v.Call.keywords, of_seq(w, args, of(w, recv))), "str.format", e->lineno);
    if (strcmp(attr, "join") == 0)
        return step(of_seq(w, args, of(w, recv)), "join", e->lineno);
    if (in_list(attr, string_methods))
        return of_seq(w, args, of(w, recv));
    return make(PR_ORIGIN_UNKNOWN);
}

/* Whether node n lies within statement s, as the source spans show. */
static bool spans(const pr_node *s, const pr_node *n)
{
    return (s->lineno < n->lineno || (s->lineno == n->lineno && s->col <= n->col)) &&
           (n->end_lineno < s->end_lineno || (n->end_lineno == s->end_lineno && n->end_col <= s->end_col));
}

/* The statement of the scope's graph an expression is in, or UINT32_MAX: the innermost
** that spans it, since a compound statement stands in the graph for its header only. */
static uint32_t stmt_of(const pr_usedef *u, const pr_node *e)
{
    uint32_t best = UINT32_MAX;
    for (uint32_t i = 0; i < pr_usedef_nstmts(u); i++) {
        const pr_node *s = pr_usedef_stmt(u, i);
        if (spans(s, e) && (best == UINT32_MAX || spans(pr_usedef_stmt(u, best), s)))
            best = i;
    }
    return best;
}

static uint32_t block_of(const pr_cfg *g, uint32_t stmt)
{
    for (uint32_t b = 0; b < g->nblocks; b++)
        if (stmt - g->blocks[b].first_stmt < g->blocks[b].nstmts)
            return b;
    return UINT32_MAX;
}

/* Whether target (of an assignment, a loop, a with, a del) names id. */
static bool names(const pr_node *target, const char *id)
{
    if (!target)
        return false;
    if (target->kind == PR_Name)
        return strcmp(target->v.Name.id, id) == 0;
    if (target->kind == PR_Starred)
        return names(target->v.Starred.value, id);
    if (target->kind != PR_Tuple && target->kind != PR_List)
        return false;
    for (uint32_t i = 0; i < PR_SEQ_LEN(target->v.Tuple.elts); i++)
        if (names(PR_SEQ_NODE(target->v.Tuple.elts, i), id))
            return true;
    return false;
}

/* Whether statement s gives id a new value, so that a list appended to before it is not
** the one id holds after (`+=` keeps the list: it is no such statement). */
static bool rebinds(const pr_node *s, const char *id)
{
    const pr_seq *targets = NULL;
    switch (s->kind) {
    case PR_Assign:
        targets = s->v.Assign.targets;
        break;
    case PR_Delete:
        targets = s->v.Delete.targets;
        break;
    case PR_AnnAssign:
        return s->v.AnnAssign.value && names(s->v.AnnAssign.target, id);
    case PR_For:
    case PR_AsyncFor:
        return names(s->v.For.target, id);
    case PR_With:
    case PR_AsyncWith:
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.With.items); i++)
            if (names(PR_SEQ_NODE(s->v.With.items, i)->v.withitem.optional_vars, id))
                return true;
        return false;
    default:
        return false;
    }
    for (uint32_t i = 0; i < PR_SEQ_LEN(targets); i++)
        if (names(PR_SEQ_NODE(targets, i), id))
            return true;
    return false;
}

/* Whether one of the statements [from, to) of the graph rebinds id. */
static bool rebound_between(const pr_cfg *g, uint32_t from, uint32_t to, const char *id)
{
    for (uint32_t i = from; i < to; i++)
        if (rebinds(g->stmts[i], id))
            return true;
    return false;
}

/* w->bf for id: the blocks that rebind it, then, from the sink's block back along the
** edges, those that reach the sink without rebinding it. */
static void make_before(walk *w, const char *id)
{
    const pr_cfg *g = pr_usedef_cfg(w->u);
    before *bf = &w->bf;
    if (!bf->last) {
        bf->last = pr_arena_alloc(w->c->arena, g->nblocks * sizeof *bf->last);
        bf->good = pr_arena_alloc(w->c->arena, g->nblocks);
    }
    bf->id = id;
    for (uint32_t b = 0; b < g->nblocks; b++) {
        bf->last[b] = 0;
        for (uint32_t i = g->blocks[b].first_stmt; i < g->blocks[b].first_stmt + g->blocks[b].nstmts; i++)
            if (rebinds(g->stmts[i], id))
                bf->last[b] = i + 1;
    }
    memset(bf->good, 0, g->nblocks);
    bf->good[w->at_block] = !rebound_between(g, g->blocks[w->at_block].first_stmt, w->at_stmt, id);
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t e = g->nedges; e-- > 0;) {
            const pr_cfg_edge *edge = &g->edges[e];
            if (!bf->good[edge->from] && edge->from != w->at_block && !bf->last[edge->from] &&
                bf->good[edge->to]) {
                bf->good[edge->from] = 1;
                changed = true;
            }
        }
    }
}

/* Whether statement stmt of the scope being followed, a call on the list id holds, may
** change the list the sink runs: always, when the sink is in another scope (a function
** reading a module constant) or cannot be placed. */
static bool runs_before(walk *w, uint32_t stmt, const char *id)
{
    if (w->u != w->c->usedef)
        return true;
    const pr_cfg *g = pr_usedef_cfg(w->u);
    if (w->located < 0) {
        w->at_stmt = stmt_of(w->u, w->root);
        w->at_block = w->at_stmt == UINT32_MAX ? UINT32_MAX : block_of(g, w->at_stmt);
        w->located = w->at_block != UINT32_MAX;
    }
    uint32_t b = block_of(g, stmt);
    if (!w->located || b == UINT32_MAX)
        return true;
    if (b == w->at_block && stmt < w->at_stmt)
        return !rebound_between(g, stmt + 1, w->at_stmt, id);
    if (!w->bf.id || strcmp(w->bf.id, id) != 0)
        make_before(w, id);
    if (w->bf.last[b] > stmt + 1)
        return false;   /* rebound later in its own block */
    const pr_cfg_block *blk = &g->blocks[b];
    for (uint32_t e = blk->first_succ; e < blk->first_succ + blk->nsucc; e++)
        if (w->bf.good[g->edges[e].to])
            return true;
    return false;
}

/* Each statement `x.append(v)`, `x.extend(v)`, `x.insert(i, v)` whose x is one of the
** definitions defs, and which may run before the sink, adds v to the value: a call made
** after the sink only changes what later calls see.  (Before the sink, not before the
** read: `args = cmd; cmd.append(v); run(args)` runs v, args being cmd.) */
static pr_taint added(walk *w, const char *id, const uint32_t *defs, uint32_t ndefs, pr_taint t)
{
    pr_usedef *u = w->u;
    for (uint32_t i = 0; i < pr_usedef_nstmts(u); i++) {
        const pr_node *s = pr_usedef_stmt(u, i);
        if (s->kind != PR_Expr || s->v.Expr.value->kind != PR_Call)
            continue;
        const pr_node *call = s->v.Expr.value, *func = call->v.Call.func;
        if (func->kind != PR_Attribute || func->v.Attribute.value->kind != PR_Name ||
            strcmp(func->v.Attribute.value->v.Name.id, id) != 0)
            continue;
        const char *attr = func->v.Attribute.attr;
        if (strcmp(attr, "append") != 0 && strcmp(attr, "extend") != 0 && strcmp(attr, "insert") != 0)
            continue;
        uint32_t mine[MAX_DEFS];
        uint32_t n = pr_usedef_reaching(u, func->v.Attribute.value, mine, MAX_DEFS);
        bool same = false;
        for (uint32_t a = 0; n != UINT32_MAX && a < n && a < MAX_DEFS && !same; a++)
            for (uint32_t b = 0; b < ndefs && !same; b++)
                same = mine[a] == defs[b];
        if (same && runs_before(w, i, id))
            t = join(t, step(of_seq(w, call->v.Call.args, make(PR_ORIGIN_CONST)), "list building", s->lineno));
    }
    return t;
}

static bool visiting(walk *w, uint32_t b)
{
    for (uint32_t i = 0; i < w->nvisiting; i++)
        if (w->visiting[i] == b)
            return true;
    return false;
}

/* The value of the target node of statement s (an assignment), or NULL when s does not
** assign a value that can be followed. */
static const pr_node *assigned(const pr_node *s, const pr_node *target)
{
    const pr_node *value;
    if (s->kind == PR_Assign)
        value = s->v.Assign.value;
    else if (s->kind == PR_AnnAssign)
        return s->v.AnnAssign.value;
    else
        return NULL;
    for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Assign.targets); i++) {
        const pr_node *t = PR_SEQ_NODE(s->v.Assign.targets, i);
        if (t == target)
            return value;
        /* a, b = x, y: the matching item */
        if ((t->kind == PR_Tuple || t->kind == PR_List) &&
            (value->kind == PR_Tuple || value->kind == PR_List) &&
            PR_SEQ_LEN(t->v.Tuple.elts) == PR_SEQ_LEN(value->v.Tuple.elts))
            for (uint32_t k = 0; k < PR_SEQ_LEN(t->v.Tuple.elts); k++)
                if (PR_SEQ_NODE(t->v.Tuple.elts, k) == target)
                    return PR_SEQ_NODE(value->v.Tuple.elts, k);
    }
    return value;
}

/* The value of the walrus `(target := value)` within statement s, or NULL. */
static const pr_node *walrus_value(pr_arena *a, const pr_node *s, const pr_node *target)
{
    const pr_node **st = NULL;
    uint32_t n = 0, cap = 0;
    pr_child_iter it;
    pr_child_iter_init(&it, s);
    for (const pr_node *x = s;;) {
        if (x->kind == PR_NamedExpr && x->v.NamedExpr.target == target)
            return x->v.NamedExpr.value;
        for (const pr_node *c; (c = pr_child_iter_next(&it));) {
            if (n == cap) {
                uint32_t bigger = cap ? 2 * cap : 16;
                st = pr_arena_grow(a, st, cap * sizeof *st, bigger * sizeof *st);
                cap = bigger;
            }
            st[n++] = c;
        }
        if (n == 0)
            return NULL;
        x = st[--n];
        pr_child_iter_init(&it, x);
    }
}

/* The value a definition gives its name. */
static pr_taint of_def(walk *w, uint32_t b)
{
    const pr_sem *m = w->c->r->m;
    const pr_binding *bd = &m->bindings[b];
    if (bd->kind == PR_BIND_ARGUMENT) {
        pr_taint t = outside(w, "parameter `%s`", m->names[bd->name].text, bd->node ? bd->node->lineno : 0);
        t.param = m->names[bd->name].text;
        return t;
    }
    if (bd->kind == PR_BIND_DELETION)
        return make(PR_ORIGIN_CONST);
    const pr_node *s = pr_usedef_def_stmt(w->u, b);
    if (!s || visiting(w, b) || w->nvisiting == MAX_VISITING)
        return make(s && visiting(w, b) ? PR_ORIGIN_CONST : PR_ORIGIN_UNKNOWN);
    w->visiting[w->nvisiting++] = b;
    pr_taint t;
    switch (s->kind) {
    case PR_Assign:
    case PR_AnnAssign: {
        const pr_node *v = assigned(s, bd->node);
        t = v ? of(w, v) : make(PR_ORIGIN_UNKNOWN);
        break;
    }
    case PR_AugAssign: {
        /* x += v: the earlier x, what was appended to it, and v */
        uint32_t defs[MAX_DEFS];
        uint32_t n = pr_usedef_reaching(w->u, bd->node, defs, MAX_DEFS);
        t = make(n == UINT32_MAX || n > MAX_DEFS ? PR_ORIGIN_UNKNOWN : PR_ORIGIN_CONST);
        for (uint32_t i = 0; n != UINT32_MAX && i < n && i < MAX_DEFS; i++)
            t = join(t, of_def(w, defs[i]));
        if (n != UINT32_MAX && n <= MAX_DEFS && bd->node->kind == PR_Name)
            t = added(w, bd->node->v.Name.id, defs, n, t);
        t = join(t, of(w, s->v.AugAssign.value));
        int op = (int)s->v.AugAssign.op;
        const pr_node *v = s->v.AugAssign.value;
        bool list = v->kind == PR_List || v->kind == PR_Tuple;   /* cmd += [...] */
        const char *how = op == PR_MOD ? "%-formatting" : op != PR_ADD ? "an operation"
                          : list ? "list building" : "concatenation";
        t = step(t, how, s->lineno);
        break;
    }
    case PR_For:
    case PR_AsyncFor:
        t = of(w, s->v.For.iter);
        break;
    default: {
        /* `if (cmd := "ls"):` binds in the statement's header */
        const pr_node *v = bd->kind == PR_BIND_NAMED_EXPR ? walrus_value(w->c->arena, s, bd->node) : NULL;
        t = v ? of(w, v) : make(PR_ORIGIN_UNKNOWN);
        break;
    }
    }
    w->nvisiting--;
    return t;
}

/* A module-level name read from a function: a constant when every definition the module
** makes of it is one. */
static pr_taint of_global(walk *w, uint32_t b)
{
    pr_usedef *module = w->c->module;
    if (!module)
        return make(PR_ORIGIN_UNKNOWN);
    const pr_resolver *r = w->c->r;
    const pr_binding *bd = &r->m->bindings[b];
    pr_usedef *saved = w->u;
    w->u = module;
    pr_taint t = make(PR_ORIGIN_CONST);
    uint32_t first = r->scope_first[bd->scope], last = r->scope_first[bd->scope + 1];
    for (uint32_t i = first; i < last && t.origin != PR_ORIGIN_OUTSIDE; i++) {
        uint32_t other = r->scope_bindings[i];
        if (r->m->bindings[other].name != bd->name)
            continue;
        pr_binding_kind k = (pr_binding_kind)r->m->bindings[other].kind;
        if (k == PR_BIND_ASSIGN || k == PR_BIND_ANNOTATION)
            t = join(t, of_def(w, other));
        else if (k != PR_BIND_GLOBAL)
            t = join(t, make(PR_ORIGIN_UNKNOWN));
    }
    w->u = saved;
    return t;
}

static pr_taint of_name(walk *w, const pr_node *e)
{
    const pr_resolver *r = w->c->r;
    uint32_t b = pr_resolve_binding(r, e);
    if (b == PR_SEM_NONE || b == PR_SEM_BUILTIN)
        return make(PR_ORIGIN_UNKNOWN);
    const pr_binding *bd = &r->m->bindings[b];
    if (bd->kind == PR_BIND_COMP_VAR)
        return make(PR_ORIGIN_CONST);   /* what it takes is the comprehension's iterable */
    uint32_t defs[MAX_DEFS];
    uint32_t n = pr_usedef_reaching(w->u, e, defs, MAX_DEFS);
    if (n == UINT32_MAX) {
        if (w->c->module && w->u != w->c->module &&
            r->m->scopes[bd->scope].kind == PR_SCOPE_MODULE)
            return of_global(w, b);
        return make(PR_ORIGIN_UNKNOWN);
    }
    if (n == 0 || n > MAX_DEFS)
        return make(PR_ORIGIN_UNKNOWN);
    pr_taint t = make(PR_ORIGIN_CONST);
    for (uint32_t i = 0; i < n; i++)
        t = join(t, of_def(w, defs[i]));
    return added(w, e->v.Name.id, defs, n, t);
}

static pr_taint of(walk *w, const pr_node *e)
{
    if (w->depth == MAX_DEPTH)
        return make(PR_ORIGIN_UNKNOWN);
    w->depth++;
    pr_taint t;
    char buf[256];
    switch (e->kind) {
    case PR_Constant:
        t = make(PR_ORIGIN_CONST);
        break;
    case PR_Name:
        t = of_name(w, e);
        break;
    case PR_Attribute: {
        const char *q = pr_resolve_qualified(w->c->r, e, buf, sizeof buf);
        if (q && (strcmp(q, "sys.argv") == 0 || strcmp(q, "os.environ") == 0 ||
                  strcmp(q, "os.environb") == 0 || strcmp(q, "sys.stdin") == 0))
            t = outside(w, "`%s`", q, e->lineno);
        else if (q && strcmp(q, "sys.executable") == 0)
            t = make(PR_ORIGIN_CONST);
        else if (is_request(w->c->r, e))
            t = outside(w, "%s", "request data", e->lineno);
        else
            t = make(PR_ORIGIN_UNKNOWN);
        break;
    }
    case PR_Subscript:
        t = of(w, e->v.Subscript.value);
        break;
    case PR_Starred:
        t = of(w, e->v.Starred.value);
        break;
    case PR_NamedExpr:
        t = of(w, e->v.NamedExpr.value);
        break;
    case PR_Await:
        t = of(w, e->v.Await.value);
        break;
    case PR_Call:
        t = of_call(w, e);
        break;
    case PR_BinOp: {
        int op = (int)e->v.BinOp.op;
        t = join(of(w, e->v.BinOp.left), of(w, e->v.BinOp.right));
        if (op == PR_ADD || op == PR_MOD)
            t = step(t, op == PR_ADD ? "concatenation" : "%-formatting", e->lineno);
        break;
    }
    case PR_JoinedStr:
        t = step(of_seq(w, e->v.JoinedStr.values, make(PR_ORIGIN_CONST)), "an f-string", e->lineno);
        break;
    case PR_FormattedValue:
        t = of(w, e->v.FormattedValue.value);
        break;
    case PR_List:
    case PR_Tuple:
    case PR_Set:
        t = of_seq(w, e->v.List.elts, make(PR_ORIGIN_CONST));
        break;
    case PR_Dict:
        t = of_seq(w, e->v.Dict.values, make(PR_ORIGIN_CONST));
        break;
    case PR_IfExp:
        t = join(of(w, e->v.IfExp.body), of(w, e->v.IfExp.orelse));
        break;
    case PR_BoolOp:
        t = of_seq(w, e->v.BoolOp.values, make(PR_ORIGIN_CONST));
        break;
    case PR_ListComp:
    case PR_SetComp:
    case PR_GeneratorExp: {
        t = of(w, e->v.ListComp.elt);
        const pr_seq *gens = e->v.ListComp.generators;
        for (uint32_t i = 0; i < PR_SEQ_LEN(gens); i++)
            t = join(t, of(w, PR_SEQ_NODE(gens, i)->v.comprehension.iter));
        break;
    }
    default:
        t = make(PR_ORIGIN_UNKNOWN);
        break;
    }
    w->depth--;
    return t;
}

pr_taint pr_taint_of(pr_taint_ctx *ctx, const pr_node *e)
{
    walk w = {.c = ctx, .u = ctx->usedef, .root = e, .located = -1};
    return of(&w, e);
}
