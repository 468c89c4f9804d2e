/* Cyclomatic complexity in the three models users meet (RULES.md §2.3), each reproducing
** its tool's numbers exactly; C901 reports them (metrics.c).
**
** ruff (the default): 1 + the decision points of a def, as its CFG has them: an if or
** elif test and a loop head are one each, a match is one per case less one when the last
** case catches everything, an exception dispatch one per handler plus one for the try's
** else.  Only a def holding a match has its CFG built (see ruff_stmt).  Nested defs count
** one plus their own decisions, and nested class bodies their decisions, as ruff adds them
** to the enclosing def.
**
** mccabe (flake8's C901, pylint's R1260): E - N + 2 of mccabe's own graph.  Its graph makes
** a unit of each def at module or class level, folds nested defs into it (one path more
** each), and also makes units of if/for/while/try statements at module or class level
** ("If 12", reported by flake8 under that name), folding the defs inside them.  A try adds
** one path per handler and one that skips body and handlers; finally bodies, match and
** try* statements are not looked into.  The graph's E - N + 2 is 1 + the sum computed here.
**
** radon (`radon cc`): 1 + decision points found by walking the def's body, expressions
** included: if, elif and the ternary one each, a loop one plus one for its else, a try one
** per handler plus one for its else, `and`/`or` chains one per operator, a comprehension
** one per `for` plus one per `if`, an assert one (its expressions unvisited), a match one
** per case not counting wildcard or capture cases (radon 6; radon 5 has no match).  Nested
** defs are rated on their own and add nothing; decorators and defaults are not visited;
** try* adds nothing.  A class is rated too: 1 + the decisions of its body + the sum of its
** methods, averaged over the methods; classes defined inside defs are dropped, with
** everything in them.
**
** One walk over each scope's body serves all the models asked for, radon's Halstead
** counts (halstead.c) when the maintainability index needs them, the call graph's calls
** (callgraph.c) when RVW302 is on, and the size limits' counts (limits.c) when a PLR rule
** is. */
#include "passes/cfg.h"
#include "passes/check.h"
#include "passes/metrics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const pr_cc_model_names[PR_CC_MODELS] = {"ruff", "mccabe", "radon"};

typedef struct walker {
    pr_arena *a;
    unsigned models;        /* bit per model to compute */
    bool every_node;        /* walk expressions too: radon's model or Halstead's counts */
    pr_cc_blocks *out;
    uint32_t cap;
    pr_table mccabe;        /* def node -> its mccabe complexity, for the defs mccabe rates */
    pr_halstead_counter *halstead;  /* NULL when not asked for */
    pr_calls *calls;                /* NULL when not asked for */
    pr_line_bounds *lines;          /* NULL when not asked for */
    pr_limits *limits;              /* NULL when not asked for */
    pr_limits_at at;                /* with limits: where the bodies of the statement walked sit */
} walker;

/* What radon collects from a scope's body: the defs it rates there (functions of the
** module, methods of a class) and the classes at module level, at any depth of statements. */
typedef struct radon_scope {
    int32_t decisions;      /* of the body, outside nested defs and classes */
    int32_t functions_cc;   /* sum of the complexities of the defs it keeps */
    uint32_t nfunctions;
    int32_t classes_real;   /* sum of the undivided complexities of the classes it keeps */
    uint32_t nclasses;
} radon_scope;

/* The scope whose body is being walked. */
typedef struct scope_ctx {
    const char *qualname;   /* NULL at module level */
    const char *context;    /* Halstead's: the innermost def's name, NULL outside defs */
    bool is_class, is_def;  /* neither: the module */
    bool in_def;            /* it or an enclosing scope is a def */
    bool lost;              /* radon drops everything here (a class inside a def encloses it) */
    radon_scope radon;
    int32_t ruff_own;       /* ruff's decisions of the scope's own statements */
    bool ruff_match;        /* it holds a match: its count comes from its CFG */
    int32_t ruff_nested;    /* what the scopes found add to ruff's count of the enclosing def */
    uint32_t call_scope;    /* its index in w->calls->scopes (PR_CALLS_NONE: the module) */
    uint32_t caller;        /* the def the calls here run in, PR_CALLS_NONE outside defs */
    const char *self;       /* of a def: the name its calls of `self.m()` go through */
    const char *caller_self;    /* the caller's self */
    pr_limits_tally tally;      /* the limits' counts of the scope's statements */
} scope_ctx;

static bool is_def(const pr_node *s)
{
    return s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef;
}

static const pr_seq *def_body(const pr_node *s)
{
    return s->kind == PR_ClassDef ? s->v.ClassDef.body : s->v.FunctionDef.body;
}

static const char *def_name(const pr_node *s)
{
    return s->kind == PR_ClassDef ? s->v.ClassDef.name : s->v.FunctionDef.name;
}

static pr_cc_block *add_block(walker *w, const pr_node *node, const char *name,
                              const char *qualname, pr_block_kind kind)
{
    pr_cc_blocks *o = w->out;
    if (o->n == w->cap) {
        uint32_t cap = w->cap ? 2 * w->cap : 16;
        o->items = pr_arena_grow(w->a, o->items, w->cap * sizeof *o->items, cap * sizeof *o->items);
        w->cap = cap;
    }
    pr_cc_block *b = &o->items[o->n++];
    *b = (pr_cc_block){node, name, qualname, node->lineno, node->col, (uint8_t)kind, {-1, -1, -1}};
    return b;
}

const char *pr_dotted_name(pr_arena *a, const char *prefix, const char *name)
{
    if (!prefix)
        return name;
    size_t np = strlen(prefix), nn = strlen(name);
    char *s = pr_arena_alloc(a, np + nn + 2);
    memcpy(s, prefix, np);
    s[np] = '.';
    memcpy(s + np + 1, name, nn + 1);
    return s;
}

/* ------------------------------------------------------------------ ruff */

/* The decision points of a scope's own statements, from its CFG. */
static int32_t cfg_decisions(const pr_cfg *g)
{
    int32_t n = 0;
    for (uint32_t i = 0; i < g->nblocks; i++) {
        const pr_cfg_block *b = &g->blocks[i];
        const pr_cfg_edge *e = g->edges + b->first_succ;
        switch (b->kind) {
        case PR_CFG_IF:
        case PR_CFG_LOOP:
            /* a loop that only break can leave is still one decision */
            n++;
            break;
        case PR_CFG_MATCH:
            n += (int32_t)b->nsucc - 1;
            break;
        case PR_CFG_DISPATCH:
            for (uint32_t k = 0; k < b->nsucc; k++)
                n += e[k].kind == PR_EDGE_HANDLER;
            n += PR_SEQ_LEN(b->node->v.Try.orelse) > 0;
            break;
        default:
            break;
        }
    }
    return n;
}

/* What one statement's own block adds to cfg_decisions, known without building the CFG:
** each if or elif test and each loop head has a block, each try with handlers a dispatch.
** A match's block has, beside its cases, the raise and with edges of the statements around
** it: a scope holding one is counted off its CFG. */
static int32_t ruff_stmt(const pr_node *s, scope_ctx *ctx)
{
    switch (s->kind) {
    case PR_If:
    case PR_For:
    case PR_AsyncFor:
    case PR_While:
        return 1;
    case PR_Try:
    case PR_TryStar: {
        uint32_t handlers = PR_SEQ_LEN(s->v.Try.handlers);
        return handlers ? (int32_t)handlers + (PR_SEQ_LEN(s->v.Try.orelse) > 0) : 0;
    }
    case PR_Match:
        ctx->ruff_match = true;
        return 0;
    default:
        return 0;
    }
}

/* ------------------------------------------------------------------ mccabe */

static int32_t mccabe_body(const pr_seq *body);

/* The paths one statement adds to the graph it is folded into. */
static int32_t mccabe_stmt(const pr_node *s)
{
    switch (s->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        return 1 + mccabe_body(s->v.FunctionDef.body);
    case PR_ClassDef:
        return mccabe_body(s->v.ClassDef.body);
    case PR_If:
        return 1 + mccabe_body(s->v.If.body) + mccabe_body(s->v.If.orelse);
    case PR_For:
    case PR_AsyncFor:
        return 1 + mccabe_body(s->v.For.body) + mccabe_body(s->v.For.orelse);
    case PR_While:
        return 1 + mccabe_body(s->v.While.body) + mccabe_body(s->v.While.orelse);
    case PR_Try: {
        const pr_seq *h = s->v.Try.handlers;
        int32_t n = (int32_t)PR_SEQ_LEN(h) + 1 + mccabe_body(s->v.Try.body) + mccabe_body(s->v.Try.orelse);
        for (uint32_t i = 0; i < PR_SEQ_LEN(h); i++)
            n += mccabe_body(PR_SEQ_NODE(h, i)->v.ExceptHandler.body);
        return n;
    }
    case PR_With:
    case PR_AsyncWith:
        return mccabe_body(s->v.With.body);
    default:
        return 0;
    }
}

static int32_t mccabe_body(const pr_seq *body)
{
    int32_t n = 0;
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++)
        n += mccabe_stmt(PR_SEQ_NODE(body, i));
    return n;
}

/* The units of a module or class body outside any def; prefix is mccabe's class path. */
static void mccabe_units(walker *w, const pr_seq *body, const char *prefix)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        const char *kind = NULL;
        switch (s->kind) {
        case PR_FunctionDef:
        case PR_AsyncFunctionDef:
            pr_table_put(w->a, &w->mccabe, (uint64_t)(uintptr_t)s,
                         (uint32_t)(1 + mccabe_body(s->v.FunctionDef.body)));
            break;
        case PR_ClassDef:
            mccabe_units(w, s->v.ClassDef.body, pr_dotted_name(w->a, prefix, s->v.ClassDef.name));
            break;
        case PR_With:
        case PR_AsyncWith:
            mccabe_units(w, s->v.With.body, prefix);
            break;
        case PR_If:
            kind = "If";
            break;
        case PR_For:
        case PR_AsyncFor:
        case PR_While:
            kind = "Loop";
            break;
        case PR_Try:
            kind = "TryExcept";
            break;
        default:
            break;
        }
        if (kind) {
            char buf[32];
            int len = snprintf(buf, sizeof buf, "%s %u", kind, s->lineno);
            const char *name = pr_arena_strndup(w->a, buf, (size_t)len);
            pr_cc_block *b = add_block(w, s, name, pr_dotted_name(w->a, prefix, name), PR_BLOCK_GRAPH);
            b->cc[PR_COMPLEXITY_MCCABE] = 1 + mccabe_stmt(s);
        }
    }
}

/* ------------------------------------------------------------------ radon */

/* The decision points radon finds in a node itself (an assert and nested scopes are the
** walk's: see walk_node). */
static int32_t radon_own(const pr_node *n)
{
    switch (n->kind) {
    case PR_Try:
        return (int32_t)PR_SEQ_LEN(n->v.Try.handlers) + (PR_SEQ_LEN(n->v.Try.orelse) > 0);
    case PR_BoolOp:
        return (int32_t)PR_SEQ_LEN(n->v.BoolOp.values) - 1;
    case PR_If:
    case PR_IfExp:
        return 1;
    case PR_For:
    case PR_AsyncFor:
        return 1 + (PR_SEQ_LEN(n->v.For.orelse) > 0);
    case PR_While:
        return 1 + (PR_SEQ_LEN(n->v.While.orelse) > 0);
    case PR_comprehension:
        return 1 + (int32_t)PR_SEQ_LEN(n->v.comprehension.ifs);
    case PR_Match: {
        const pr_seq *cases = n->v.Match.cases;
        bool catch_all = false;
        for (uint32_t i = 0; i < PR_SEQ_LEN(cases); i++) {
            const pr_node *p = PR_SEQ_NODE(cases, i)->v.match_case.pattern;
            catch_all |= p->kind == PR_MatchAs && !p->v.MatchAs.pattern;
        }
        return (int32_t)PR_SEQ_LEN(cases) - catch_all;
    }
    default:
        return 0;
    }
}

/* ------------------------------------------------------------------ calls */

static uint32_t add_call_scope(walker *w, const pr_node *s, uint32_t parent, const char *self)
{
    pr_calls *c = w->calls;
    if (c->nscopes == c->scopes_cap) {
        uint32_t cap = c->scopes_cap ? 2 * c->scopes_cap : 32;
        c->scopes = pr_arena_grow(w->a, c->scopes, c->scopes_cap * sizeof *c->scopes, cap * sizeof *c->scopes);
        c->scopes_cap = cap;
    }
    c->scopes[c->nscopes] = (pr_call_scope){s, parent, self};
    return c->nscopes++;
}

/* Keeps a call of the def ctx->caller, when its callee may name a def of the module or a
** method of the caller's class (`self.m()`: callgraph.c reads no other attribute call). */
static void add_call(walker *w, const scope_ctx *ctx, const pr_node *call)
{
    const pr_node *f = call->v.Call.func;
    if (f->kind != PR_Name && (f->kind != PR_Attribute || f->v.Attribute.value->kind != PR_Name ||
                               !ctx->caller_self || f->v.Attribute.value->v.Name.id != ctx->caller_self))
        return;
    pr_calls *c = w->calls;
    if (c->nsites == c->sites_cap) {
        uint32_t cap = c->sites_cap ? 2 * c->sites_cap : 64;
        c->sites = pr_arena_grow(w->a, c->sites, c->sites_cap * sizeof *c->sites, cap * sizeof *c->sites);
        c->sites_cap = cap;
    }
    bool method = f->kind == PR_Attribute;
    c->sites[c->nsites++] = (pr_call_site){ctx->caller, method, method ? f->v.Attribute.attr : f->v.Name.id};
}

/* The calls in the expressions below n, which the walk does not enter otherwise (an
** assert's, a nested class's bases, keywords, decorators and type parameters). */
static void add_calls_below(walker *w, const scope_ctx *ctx, const pr_node *n)
{
    if (n->kind == PR_Call)
        add_call(w, ctx, n);
    pr_child_iter it;
    pr_child_iter_init(&it, n);
    for (const pr_node *c; (c = pr_child_iter_next(&it));)
        add_calls_below(w, ctx, c);
}

static void add_calls_below_seq(walker *w, const scope_ctx *ctx, const pr_seq *seq)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(seq); i++)
        add_calls_below(w, ctx, PR_SEQ_NODE(seq, i));
}

/* ------------------------------------------------------------------ the walk */

/* What the walk does at a node of each kind; most kinds (calls, names, assignments, ...)
** matter to no model and are only walked through. */
enum {
    ROLE_SCOPE = 1,         /* a def or class: visit_scope */
    ROLE_ASSERT = 2,        /* one radon decision; radon does not look in, Halstead does */
    ROLE_RADON = 4,         /* radon_own */
    ROLE_RUFF = 8,          /* ruff_stmt */
    ROLE_HALSTEAD = 16,     /* an operator: pr_halstead_node */
    ROLE_COLON = 32,        /* holds a `:` token that need not end its part (the line bounds) */
};
static const uint8_t roles[PR_KIND_COUNT] = {
    [PR_FunctionDef] = ROLE_SCOPE, [PR_AsyncFunctionDef] = ROLE_SCOPE, [PR_ClassDef] = ROLE_SCOPE,
    [PR_Assert] = ROLE_ASSERT,
    [PR_If] = ROLE_RADON | ROLE_RUFF, [PR_For] = ROLE_RADON | ROLE_RUFF,
    [PR_AsyncFor] = ROLE_RADON | ROLE_RUFF, [PR_While] = ROLE_RADON | ROLE_RUFF,
    [PR_Try] = ROLE_RADON | ROLE_RUFF, [PR_Match] = ROLE_RADON | ROLE_RUFF, [PR_TryStar] = ROLE_RUFF,
    [PR_IfExp] = ROLE_RADON, [PR_comprehension] = ROLE_RADON,
    [PR_BoolOp] = ROLE_RADON | ROLE_HALSTEAD,
    [PR_BinOp] = ROLE_HALSTEAD, [PR_AugAssign] = ROLE_HALSTEAD, [PR_UnaryOp] = ROLE_HALSTEAD,
    [PR_Compare] = ROLE_HALSTEAD,
    [PR_Dict] = ROLE_COLON, [PR_DictComp] = ROLE_COLON, [PR_Slice] = ROLE_COLON,
    [PR_Lambda] = ROLE_COLON, [PR_AnnAssign] = ROLE_COLON, [PR_MatchMapping] = ROLE_COLON,
    [PR_TypeVar] = ROLE_COLON,
};

static void visit_scope(walker *w, const pr_node *s, scope_ctx *outer);
static void walk_node(walker *w, const pr_node *n, scope_ctx *ctx);

/* Leaves (names, constants, pass) count for nothing in any model and are not visited. */
static inline void walk_child(walker *w, const pr_node *n, scope_ctx *ctx)
{
    if (pr_child_fields[n->kind])
        walk_node(w, n, ctx);
}

static void walk_seq(walker *w, const pr_seq *seq, scope_ctx *ctx)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(seq); i++)
        walk_child(w, PR_SEQ_NODE(seq, i), ctx);
}

/* A body: its statements go to the line bounds and the limits too (leaves such as pass
** included), in source order, as the walk meets them. */
static void walk_block(walker *w, const pr_seq *body, scope_ctx *ctx)
{
    const pr_limits_at here = w->at;
    pr_limits_at at = here;
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (w->lines)
            pr_line_bounds_add(w->lines, s);
        if (w->limits)
            pr_limits_stmt(w->limits, s, &at, &ctx->tally, &w->at);
        walk_child(w, s, ctx);
    }
    w->at = here;
}

/* A node of a scope's body and everything below it, once for all that is computed:
** radon's decisions, the Halstead counts, ruff's statements.  The kinds that make up most
** of a tree, and those that hold bodies, are walked directly (the generic child iterator
** is much slower), in the order of their fields. */
static void walk_node(walker *w, const pr_node *n, scope_ctx *ctx)
{
    uint8_t role = roles[n->kind];
    if (role) {
        if (role & ROLE_SCOPE) {
            visit_scope(w, n, ctx);
            return;
        }
        if (role & ROLE_ASSERT) {
            ctx->radon.decisions++;
            if (w->halstead) {
                pr_halstead_tree(w->halstead, ctx->context, n->v.Assert.test);
                if (n->v.Assert.msg)
                    pr_halstead_tree(w->halstead, ctx->context, n->v.Assert.msg);
            }
            if (w->calls && ctx->caller != PR_CALLS_NONE)
                add_calls_below(w, ctx, n);
            return;
        }
        if (role & ROLE_RADON)
            ctx->radon.decisions += radon_own(n);
        if (role & ROLE_RUFF)
            ctx->ruff_own += ruff_stmt(n, ctx);
        if (role & ROLE_HALSTEAD && w->halstead)
            pr_halstead_node(w->halstead, ctx->context, n);
        if (role & ROLE_COLON && w->lines)
            w->lines->colons++;
    }
    switch (n->kind) {
    case PR_Call:
        if (w->calls && ctx->caller != PR_CALLS_NONE)
            add_call(w, ctx, n);
        walk_child(w, n->v.Call.func, ctx);
        walk_seq(w, n->v.Call.args, ctx);
        walk_seq(w, n->v.Call.keywords, ctx);
        return;
    case PR_Attribute:
        walk_child(w, n->v.Attribute.value, ctx);
        return;
    case PR_keyword:
        walk_child(w, n->v.keyword.value, ctx);
        return;
    case PR_Expr:
        walk_child(w, n->v.Expr.value, ctx);
        return;
    case PR_Assign:
        walk_seq(w, n->v.Assign.targets, ctx);
        walk_child(w, n->v.Assign.value, ctx);
        return;
    case PR_Subscript:
        walk_child(w, n->v.Subscript.value, ctx);
        walk_child(w, n->v.Subscript.slice, ctx);
        return;
    case PR_Tuple:
    case PR_List:
        walk_seq(w, n->v.Tuple.elts, ctx);
        return;
    case PR_BinOp:
        walk_child(w, n->v.BinOp.left, ctx);
        walk_child(w, n->v.BinOp.right, ctx);
        return;
    case PR_Compare:
        walk_child(w, n->v.Compare.left, ctx);
        walk_seq(w, n->v.Compare.comparators, ctx);
        return;
    case PR_If:
        walk_child(w, n->v.If.test, ctx);
        walk_block(w, n->v.If.body, ctx);
        walk_block(w, n->v.If.orelse, ctx);
        return;
    case PR_For:
    case PR_AsyncFor:
        walk_child(w, n->v.For.target, ctx);
        walk_child(w, n->v.For.iter, ctx);
        walk_block(w, n->v.For.body, ctx);
        walk_block(w, n->v.For.orelse, ctx);
        return;
    case PR_While:
        walk_child(w, n->v.While.test, ctx);
        walk_block(w, n->v.While.body, ctx);
        walk_block(w, n->v.While.orelse, ctx);
        return;
    case PR_With:
    case PR_AsyncWith:
        walk_seq(w, n->v.With.items, ctx);
        walk_block(w, n->v.With.body, ctx);
        return;
    case PR_Try:
    case PR_TryStar:
        walk_block(w, n->v.Try.body, ctx);
        for (uint32_t i = 0; i < PR_SEQ_LEN(n->v.Try.handlers); i++) {
            const pr_node *h = PR_SEQ_NODE(n->v.Try.handlers, i);
            if (h->v.ExceptHandler.type)
                walk_child(w, h->v.ExceptHandler.type, ctx);
            walk_block(w, h->v.ExceptHandler.body, ctx);
        }
        walk_block(w, n->v.Try.orelse, ctx);
        walk_block(w, n->v.Try.finalbody, ctx);
        return;
    case PR_Match:
        walk_child(w, n->v.Match.subject, ctx);
        for (uint32_t i = 0; i < PR_SEQ_LEN(n->v.Match.cases); i++) {
            const pr_node *c = PR_SEQ_NODE(n->v.Match.cases, i);
            walk_child(w, c->v.match_case.pattern, ctx);
            if (c->v.match_case.guard)
                walk_child(w, c->v.match_case.guard, ctx);
            walk_block(w, c->v.match_case.body, ctx);
        }
        return;
    case PR_Return:
        if (n->v.Return.value)
            walk_child(w, n->v.Return.value, ctx);
        return;
    default:
        break;
    }
    pr_child_iter it;
    pr_child_iter_init(&it, n);
    for (const pr_node *c; (c = pr_child_iter_next(&it));)
        walk_child(w, c, ctx);
}

/* The statements of a scope's body alone, when no expression needs a look. */
static void walk_stmts(walker *w, const pr_seq *body, scope_ctx *ctx)
{
    const pr_limits_at here = w->at;
    pr_limits_at at = here;
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (w->limits)
            pr_limits_stmt(w->limits, s, &at, &ctx->tally, &w->at);
        if (is_def(s) || s->kind == PR_ClassDef) {
            visit_scope(w, s, ctx);
            continue;
        }
        ctx->ruff_own += ruff_stmt(s, ctx);
        pr_body_iter it;
        pr_body_iter_init(&it, s);
        for (const pr_seq *b; (b = pr_body_iter_next(&it));)
            walk_stmts(w, b, ctx);
    }
    w->at = here;
}

static void walk_body(walker *w, const pr_seq *body, scope_ctx *ctx)
{
    if (!w->every_node) {
        walk_stmts(w, body, ctx);
        return;
    }
    walk_block(w, body, ctx);
}

/* What Halstead counts of a class beyond its body, in the context around it. */
static void halstead_seq(walker *w, const char *context, const pr_seq *seq)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(seq); i++)
        pr_halstead_tree(w->halstead, context, PR_SEQ_NODE(seq, i));
}

/* Rates a def or class found in the body of the scope outer.  With no model asked for
** (only the calls or the limits), no unit is made. */
static void visit_scope(walker *w, const pr_node *s, scope_ctx *outer)
{
    bool cls = s->kind == PR_ClassDef;
    const char *qual = NULL;
    uint32_t index = w->out->n;
    if (w->models) {
        qual = pr_dotted_name(w->a, outer->qualname, def_name(s));
        add_block(w, s, def_name(s), qual,
                  cls ? PR_BLOCK_CLASS : outer->is_class ? PR_BLOCK_METHOD : PR_BLOCK_FUNCTION);
    }

    scope_ctx inner = {.qualname = qual, .context = cls ? outer->context : def_name(s),
                       .is_class = cls, .is_def = !cls, .in_def = outer->in_def || !cls,
                       .lost = outer->lost || (cls && outer->in_def),
                       .call_scope = PR_CALLS_NONE, .caller = outer->caller};
    if (cls && w->halstead) {
        halstead_seq(w, outer->context, s->v.ClassDef.bases);
        halstead_seq(w, outer->context, s->v.ClassDef.keywords);
        halstead_seq(w, outer->context, s->v.ClassDef.decorator_list);
        halstead_seq(w, outer->context, s->v.ClassDef.type_params);
    }
    /* a class in a def runs in it, its bases and decorators too: in the order of its fields */
    bool class_calls = cls && w->calls && outer->caller != PR_CALLS_NONE;
    if (w->calls) {
        inner.caller_self = outer->caller_self;
        if (!cls)
            inner.self = inner.caller_self = pr_callgraph_self(s, outer->is_class, outer->self);
        inner.call_scope = add_call_scope(w, s, outer->call_scope, inner.self);
        if (!cls)
            inner.caller = inner.call_scope;
    }
    if (class_calls) {
        add_calls_below_seq(w, outer, s->v.ClassDef.bases);
        add_calls_below_seq(w, outer, s->v.ClassDef.keywords);
    }
    walk_body(w, def_body(s), &inner);
    if (class_calls) {
        add_calls_below_seq(w, outer, s->v.ClassDef.decorator_list);
        add_calls_below_seq(w, outer, s->v.ClassDef.type_params);
    }
    if (w->limits && !cls)
        pr_limits_def(w->limits, s, outer->is_class, &inner.tally, &outer->tally);
    if (!w->models)
        return;
    pr_cc_block *b = &w->out->items[index];

    if (w->models & 1u << PR_COMPLEXITY_RUFF) {
        int32_t own = inner.ruff_own;
        if (inner.ruff_match) {
            /* the scope's CFG is needed for its count alone */
            pr_arena_mark mark = pr_arena_mark_set(w->a);
            own = cfg_decisions(pr_cfg_build(w->a, s));
            pr_arena_release(w->a, mark);
        }
        int32_t ruff = (cls ? 0 : 1) + own + inner.ruff_nested;
        outer->ruff_nested += ruff;
        if (!cls)
            b->cc[PR_COMPLEXITY_RUFF] = ruff;
    }
    uint32_t mc = pr_table_get(&w->mccabe, (uint64_t)(uintptr_t)s, UINT32_MAX);
    if (mc != UINT32_MAX)
        b->cc[PR_COMPLEXITY_MCCABE] = (int32_t)mc;
    if (!(w->models & 1u << PR_COMPLEXITY_RADON))
        return;
    const radon_scope *r = &inner.radon;
    if (cls) {
        int32_t real = 1 + r->decisions + r->functions_cc;
        int32_t n = (int32_t)r->nfunctions;
        if (!inner.lost)
            b->cc[PR_COMPLEXITY_RADON] = n ? real / n + (n > 1) : real;
        if (!outer->is_class && !outer->is_def) {
            outer->radon.classes_real += real;
            outer->radon.nclasses++;
        }
    } else {
        int32_t cc = 1 + r->decisions;
        if (!inner.lost)
            b->cc[PR_COMPLEXITY_RADON] = cc;
        if (!outer->is_def) {
            outer->radon.functions_cc += cc;
            outer->radon.nfunctions++;
        }
    }
}

static int by_position(const void *pa, const void *pb)
{
    const pr_cc_block *a = pa, *b = pb;
    if (a->lineno != b->lineno)
        return a->lineno < b->lineno ? -1 : 1;
    return a->col < b->col ? -1 : a->col > b->col;
}

void pr_complexity_blocks(pr_arena *a, const pr_node *module, unsigned models, pr_halstead *halstead,
                          pr_cc_blocks *out, pr_calls *calls, pr_line_bounds *lines, pr_limits *limits)
{
    memset(out, 0, sizeof *out);
    walker w = {.a = a, .models = models, .out = out, .calls = calls, .lines = lines, .limits = limits};
    w.every_node = models & 1u << PR_COMPLEXITY_RADON || halstead || calls || lines;
    if (halstead)
        w.halstead = pr_halstead_start(a);
    if (models & 1u << PR_COMPLEXITY_MCCABE)
        mccabe_units(&w, module->v.Module.body, NULL);
    scope_ctx top = {.call_scope = PR_CALLS_NONE, .caller = PR_CALLS_NONE};
    walk_body(&w, module->v.Module.body, &top);
    const radon_scope *r = &top.radon;
    /* radon's total_complexity: the module's own decisions, and what each function and
    ** class at module level adds beyond its base of 1 */
    out->radon_total = (uint32_t)(1 + r->decisions + r->functions_cc - (int32_t)r->nfunctions +
                                  r->classes_real - (int32_t)r->nclasses);
    if (halstead)
        pr_halstead_finish(w.halstead, halstead);
    /* only mccabe's graphs come out of order */
    if (models & 1u << PR_COMPLEXITY_MCCABE && out->n > 1)
        qsort(out->items, out->n, sizeof *out->items, by_position);
}
