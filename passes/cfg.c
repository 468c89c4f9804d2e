/* Building the control-flow graph of a scope (see cfg.h).  One walk over the statements
** with a current block; loops, try statements and finally clauses push contexts that say
** where break, continue, return and exceptions go.  A finally body is built once: every
** way into it (normal end, exception, return, break, continue) is an edge to its entry,
** and its end has one edge for each way out that was taken into it, which over-approximates
** the paths (a path that entered by return may leave by break) but keeps the graph linear
** in the size of the code.  Exceptions: every block inside a try body has a RAISE edge to
** the try's dispatch (or its finally), since any statement may raise; outside a try only an
** explicit raise has one.  A with statement may swallow what its body raises: each block
** of the body has a SWALLOW edge to the statement after the with (an explicit raise in
** it keeps its RAISE edge too), unless the caller's judge knows its context managers. */
#include "passes/cfg.h"

#include <string.h>

enum { NONE = UINT32_MAX };

/* A way out of a finally clause that was taken into it. */
typedef struct pending {
    uint8_t kind;
    uint32_t target;
    uint32_t depth;     /* finally contexts the jump may not leave (see route) */
} pending;

typedef struct fin_ctx {
    struct fin_ctx *outer;
    uint32_t entry;
    uint32_t depth;     /* 1 for the outermost finally */
    bool raises;        /* an exception may reach it */
    pending *pend;
    uint32_t npend, cap;
} fin_ctx;

typedef struct loop_ctx {
    struct loop_ctx *outer;
    uint32_t head, after;
    uint32_t fin_depth; /* finally contexts open when the loop started */
} loop_ctx;

typedef struct builder {
    pr_arena *a;
    pr_cfg_block *blocks;
    uint32_t *exc_of;   /* per block: where an exception raised in it goes, NONE if out */
    uint32_t nblocks, bcap;
    const pr_node **stmts;
    uint32_t nstmts, scap;
    pr_cfg_edge *edges;
    uint32_t nedges, ecap;
    uint32_t cur;       /* the block taking statements, NONE after a jump */
    uint32_t exc;       /* the innermost try's dispatch or finally entry, NONE outside */
    uint32_t exit;
    loop_ctx *loop;
    fin_ctx *fin;
    pr_cfg_suppresses *suppresses;  /* NULL: every with statement may */
    const void *judge;
} builder;

static void *grow(pr_arena *a, void *p, uint32_t *cap, size_t size)
{
    uint32_t n = *cap ? 2 * *cap : 32;
    p = pr_arena_grow(a, p, (size_t)*cap * size, (size_t)n * size);
    *cap = n;
    return p;
}

static uint32_t new_block(builder *b, pr_cfg_block_kind kind)
{
    if (b->nblocks == b->bcap) {
        uint32_t cap = b->bcap;
        b->blocks = grow(b->a, b->blocks, &b->bcap, sizeof *b->blocks);
        b->exc_of = grow(b->a, b->exc_of, &cap, sizeof *b->exc_of);
    }
    b->blocks[b->nblocks] = (pr_cfg_block){.kind = (uint8_t)kind};
    b->exc_of[b->nblocks] = b->exc;
    return b->nblocks++;
}

static void edge(builder *b, uint32_t from, uint32_t to, pr_cfg_edge_kind kind)
{
    if (from == NONE)
        return;
    if (b->nedges == b->ecap)
        b->edges = grow(b->a, b->edges, &b->ecap, sizeof *b->edges);
    b->edges[b->nedges++] = (pr_cfg_edge){from, to, (uint8_t)kind};
}

/* Appends s to the current block, opening an unreachable one after a jump. */
static void add_stmt(builder *b, const pr_node *s)
{
    if (b->cur == NONE)
        b->cur = new_block(b, PR_CFG_PLAIN);
    if (b->nstmts == b->scap)
        b->stmts = (const pr_node **)grow(b->a, (void *)b->stmts, &b->scap, sizeof *b->stmts);
    pr_cfg_block *blk = &b->blocks[b->cur];
    if (blk->nstmts == 0)
        blk->first_stmt = b->nstmts;
    blk->nstmts++;
    b->stmts[b->nstmts++] = s;
}

/* Ends the current block with s as its deciding statement. */
static uint32_t end_with(builder *b, const pr_node *s, pr_cfg_block_kind kind)
{
    add_stmt(b, s);
    b->blocks[b->cur].kind = (uint8_t)kind;
    b->blocks[b->cur].node = s;
    return b->cur;
}

/* Where an exception goes from here; marks a finally it enters. */
static uint32_t raise_target(builder *b)
{
    if (b->exc == NONE)
        return b->exit;
    if (b->fin && b->fin->entry == b->exc)
        b->fin->raises = true;
    return b->exc;
}

/* A jump (return, break, continue) to target, through the finally clauses entered since
** the target's context: the jump goes to the innermost such finally, which goes on to the
** target when it ends. */
static void route(builder *b, uint32_t from, pr_cfg_edge_kind kind, uint32_t target, uint32_t depth)
{
    fin_ctx *f = b->fin;
    if (!f || f->depth <= depth) {
        edge(b, from, target, kind);
        return;
    }
    edge(b, from, f->entry, kind);
    for (uint32_t i = 0; i < f->npend; i++)
        if (f->pend[i].kind == kind && f->pend[i].target == target)
            return;
    if (f->npend == f->cap)
        f->pend = grow(b->a, f->pend, &f->cap, sizeof *f->pend);
    f->pend[f->npend++] = (pending){(uint8_t)kind, target, depth};
}

/* RAISE edges from the blocks opened since first whose exceptions go to target; returns
** whether there was one. */
static bool raise_edges(builder *b, uint32_t first, uint32_t target)
{
    bool any = false;
    for (uint32_t i = first; i < b->nblocks; i++)
        if (b->exc_of[i] == target && b->blocks[i].nstmts > 0) {
            edge(b, i, target, PR_EDGE_RAISE);
            any = true;
        }
    return any;
}

static void build_body(builder *b, const pr_seq *body);

static void build_if(builder *b, const pr_node *s)
{
    uint32_t test = end_with(b, s, PR_CFG_IF);
    uint32_t then = new_block(b, PR_CFG_PLAIN);
    edge(b, test, then, PR_EDGE_TRUE);
    b->cur = then;
    build_body(b, s->v.If.body);
    uint32_t then_end = b->cur, else_end = test;
    if (PR_SEQ_LEN(s->v.If.orelse)) {
        uint32_t els = new_block(b, PR_CFG_PLAIN);
        edge(b, test, els, PR_EDGE_FALSE);
        b->cur = els;
        build_body(b, s->v.If.orelse);
        else_end = b->cur;
    }
    uint32_t join = new_block(b, PR_CFG_PLAIN);
    edge(b, then_end, join, PR_EDGE_NEXT);
    edge(b, else_end, join, else_end == test ? PR_EDGE_FALSE : PR_EDGE_NEXT);
    b->cur = join;
}

/* `while` on a constant that is true: the loop ends only by break, return or raise. */
bool pr_cfg_always_true(const pr_node *test)
{
    if (test->kind != PR_Constant)
        return false;
    const pr_const *c = test->v.Constant.value;
    switch (c->kind) {
    case PR_CONST_TRUE:
    case PR_CONST_ELLIPSIS:
        return true;
    case PR_CONST_INT:
        return strcmp(c->text, "0") != 0;
    case PR_CONST_FLOAT:
    case PR_CONST_COMPLEX:
        return c->num != 0;
    case PR_CONST_STR:
    case PR_CONST_BYTES:
        return c->len > 0;
    default:
        return false;
    }
}

static void build_loop(builder *b, const pr_node *s, const pr_seq *body, const pr_seq *orelse)
{
    uint32_t head = new_block(b, PR_CFG_PLAIN);
    edge(b, b->cur, head, PR_EDGE_NEXT);
    b->cur = head;
    end_with(b, s, PR_CFG_LOOP);
    uint32_t after = new_block(b, PR_CFG_PLAIN);
    uint32_t first = new_block(b, PR_CFG_PLAIN);
    edge(b, head, first, PR_EDGE_BODY);
    loop_ctx lc = {b->loop, head, after, b->fin ? b->fin->depth : 0};
    b->loop = &lc;
    b->cur = first;
    build_body(b, body);
    edge(b, b->cur, head, PR_EDGE_BACK);
    b->loop = lc.outer;
    bool exits = !(s->kind == PR_While && pr_cfg_always_true(s->v.While.test));
    if (PR_SEQ_LEN(orelse)) {
        uint32_t els = new_block(b, PR_CFG_PLAIN);
        if (exits)
            edge(b, head, els, PR_EDGE_LOOP_EXIT);
        b->cur = els;
        build_body(b, orelse);
        edge(b, b->cur, after, PR_EDGE_NEXT);
    } else if (exits) {
        edge(b, head, after, PR_EDGE_LOOP_EXIT);
    }
    b->cur = after;
}

static void build_match(builder *b, const pr_node *s)
{
    uint32_t subject = end_with(b, s, PR_CFG_MATCH);
    uint32_t after = new_block(b, PR_CFG_PLAIN);
    const pr_seq *cases = s->v.Match.cases;
    for (uint32_t i = 0; i < PR_SEQ_LEN(cases); i++) {
        const pr_node *c = PR_SEQ_NODE(cases, i);
        b->cur = new_block(b, PR_CFG_PLAIN);
        edge(b, subject, b->cur, PR_EDGE_CASE);
        add_stmt(b, c);
        build_body(b, c->v.match_case.body);
        edge(b, b->cur, after, PR_EDGE_NEXT);
    }
    const pr_node *last = PR_SEQ_NODE(cases, PR_SEQ_LEN(cases) - 1);
    if (last->v.match_case.guard || !pr_pattern_irrefutable(last->v.match_case.pattern))
        edge(b, subject, after, PR_EDGE_NO_MATCH);
    b->cur = after;
}

/* try / except / else / finally, and try / except* (the same shape). */
static void build_try(builder *b, const pr_node *s)
{
    const pr_seq *body = s->v.Try.body, *handlers = s->v.Try.handlers;
    const pr_seq *orelse = s->v.Try.orelse, *finalbody = s->v.Try.finalbody;
    uint32_t outer_exc = b->exc;
    fin_ctx fc = {0};
    uint32_t fin_first = b->nblocks;
    if (PR_SEQ_LEN(finalbody)) {
        fc = (fin_ctx){.outer = b->fin, .entry = new_block(b, PR_CFG_PLAIN),
                       .depth = b->fin ? b->fin->depth + 1 : 1};
        b->fin = &fc;
        b->exc = fc.entry;
        fin_first = b->nblocks;
    }
    uint32_t after_handlers = b->exc;   /* where exceptions go once a handler runs */
    uint32_t dispatch = NONE;
    if (PR_SEQ_LEN(handlers)) {
        dispatch = new_block(b, PR_CFG_DISPATCH);
        b->blocks[dispatch].node = s;
        b->exc = dispatch;
    }
    uint32_t first = new_block(b, PR_CFG_PLAIN);
    edge(b, b->cur, first, PR_EDGE_NEXT);
    b->cur = first;
    build_body(b, body);
    if (dispatch != NONE)
        raise_edges(b, first, dispatch);
    b->exc = after_handlers;
    uint32_t done = fc.entry ? fc.entry : new_block(b, PR_CFG_PLAIN);
    if (PR_SEQ_LEN(orelse)) {
        uint32_t els = new_block(b, PR_CFG_PLAIN);
        edge(b, b->cur, els, PR_EDGE_TRY_ELSE);
        b->cur = els;
        build_body(b, orelse);
    }
    bool falls = b->cur != NONE;   /* some way through the try reaches its end */
    edge(b, b->cur, done, PR_EDGE_NEXT);
    for (uint32_t i = 0; i < PR_SEQ_LEN(handlers); i++) {
        const pr_node *h = PR_SEQ_NODE(handlers, i);
        b->cur = new_block(b, PR_CFG_PLAIN);
        edge(b, dispatch, b->cur, PR_EDGE_HANDLER);
        add_stmt(b, h);
        build_body(b, h->v.ExceptHandler.body);
        falls |= b->cur != NONE;
        edge(b, b->cur, done, PR_EDGE_NEXT);
    }
    /* No handler matched (a bare except matches all; except* may leave a part unmatched) */
    if (dispatch != NONE &&
        (s->kind == PR_TryStar || PR_SEQ_NODE(handlers, PR_SEQ_LEN(handlers) - 1)->v.ExceptHandler.type))
        edge(b, dispatch, raise_target(b), PR_EDGE_RAISE);
    if (!fc.entry) {
        b->cur = done;
        return;
    }
    if (raise_edges(b, fin_first, fc.entry))
        fc.raises = true;
    b->fin = fc.outer;
    b->exc = outer_exc;
    uint32_t after = new_block(b, PR_CFG_PLAIN);
    b->cur = fc.entry;
    build_body(b, finalbody);
    uint32_t end = b->cur;
    /* the finally goes on after the statement only when it was entered that way */
    if (falls)
        edge(b, end, after, PR_EDGE_NEXT);
    if (end != NONE) {
        if (fc.raises)
            edge(b, end, raise_target(b), PR_EDGE_RAISE);
        for (uint32_t i = 0; i < fc.npend; i++)
            route(b, end, fc.pend[i].kind, fc.pend[i].target, fc.pend[i].depth);
    }
    b->cur = after;
}

/* with: the items are entered in the current block, the body gets blocks of its own, and
** each of them may end in an exception the context manager suppresses (unless the judge
** knows it suppresses none). */
static void build_with(builder *b, const pr_node *s)
{
    add_stmt(b, s);
    uint32_t first = new_block(b, PR_CFG_PLAIN);
    edge(b, b->cur, first, PR_EDGE_NEXT);
    b->cur = first;
    build_body(b, s->v.With.body);
    uint32_t after = new_block(b, PR_CFG_PLAIN);
    edge(b, b->cur, after, PR_EDGE_NEXT);
    bool swallows = !b->suppresses || b->suppresses(b->judge, s);
    for (uint32_t i = first; i < after && swallows; i++)
        if (b->blocks[i].nstmts > 0)
            edge(b, i, after, PR_EDGE_SWALLOW);
    b->cur = after;
}

static void build_stmt(builder *b, const pr_node *s)
{
    switch (s->kind) {
    case PR_If:
        build_if(b, s);
        break;
    case PR_For:
    case PR_AsyncFor:
        build_loop(b, s, s->v.For.body, s->v.For.orelse);
        break;
    case PR_While:
        build_loop(b, s, s->v.While.body, s->v.While.orelse);
        break;
    case PR_Match:
        build_match(b, s);
        break;
    case PR_Try:
    case PR_TryStar:
        build_try(b, s);
        break;
    case PR_With:
    case PR_AsyncWith:
        build_with(b, s);
        break;
    case PR_Return:
        add_stmt(b, s);
        route(b, b->cur, PR_EDGE_RETURN, b->exit, 0);
        b->cur = NONE;
        break;
    case PR_Raise:
        add_stmt(b, s);
        edge(b, b->cur, raise_target(b), PR_EDGE_RAISE);
        b->cur = NONE;
        break;
    case PR_Break:
        add_stmt(b, s);
        route(b, b->cur, PR_EDGE_BREAK, b->loop->after, b->loop->fin_depth);
        b->cur = NONE;
        break;
    case PR_Continue:
        add_stmt(b, s);
        route(b, b->cur, PR_EDGE_CONTINUE, b->loop->head, b->loop->fin_depth);
        b->cur = NONE;
        break;
    default:
        add_stmt(b, s);
        break;
    }
}

static void build_body(builder *b, const pr_seq *body)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++)
        build_stmt(b, PR_SEQ_NODE(body, i));
}

/* Orders the edges by source (a counting sort, stable) and fills the block links. */
static void index_edges(builder *b, pr_cfg *g)
{
    uint32_t *start = pr_arena_alloc(b->a, ((size_t)b->nblocks + 1) * sizeof *start);
    memset(start, 0, ((size_t)b->nblocks + 1) * sizeof *start);
    for (uint32_t i = 0; i < b->nedges; i++) {
        start[b->edges[i].from + 1]++;
        b->blocks[b->edges[i].to].npred++;
    }
    for (uint32_t i = 0; i < b->nblocks; i++) {
        b->blocks[i].first_succ = start[i];
        b->blocks[i].nsucc = start[i + 1];
        start[i + 1] += start[i];
    }
    g->edges = pr_arena_alloc(b->a, (size_t)b->nedges * sizeof *g->edges + 1);
    for (uint32_t i = 0; i < b->nedges; i++)
        g->edges[start[b->edges[i].from]++] = b->edges[i];
    g->nedges = b->nedges;
}

pr_cfg *pr_cfg_build(pr_arena *a, const pr_node *scope)
{
    return pr_cfg_build_judged(a, scope, NULL, NULL);
}

pr_cfg *pr_cfg_build_judged(pr_arena *a, const pr_node *scope, pr_cfg_suppresses *suppresses, const void *data)
{
    builder b = {.a = a, .cur = NONE, .exc = NONE, .suppresses = suppresses, .judge = data};
    b.cur = new_block(&b, PR_CFG_PLAIN);
    b.exit = new_block(&b, PR_CFG_EXIT);
    const pr_seq *body = scope->kind == PR_Module     ? scope->v.Module.body
                         : scope->kind == PR_ClassDef ? scope->v.ClassDef.body
                                                      : scope->v.FunctionDef.body;
    build_body(&b, body);
    edge(&b, b.cur, b.exit, PR_EDGE_NEXT);
    pr_cfg *g = pr_arena_alloc(a, sizeof *g);
    g->scope = scope;
    g->entry = 0;
    g->exit = b.exit;
    index_edges(&b, g);
    g->blocks = b.blocks;
    g->nblocks = b.nblocks;
    g->stmts = b.stmts;
    g->nstmts = b.nstmts;
    return g;
}

uint8_t *pr_cfg_reachable(pr_arena *a, const pr_cfg *g)
{
    uint8_t *reached = pr_arena_alloc(a, (size_t)g->nblocks + 1);
    memset(reached, 0, (size_t)g->nblocks + 1);
    uint32_t *stack = pr_arena_alloc(a, ((size_t)g->nblocks + 1) * sizeof *stack);
    uint32_t n = 0;
    stack[n++] = g->entry;
    reached[g->entry] = 1;
    while (n > 0) {
        const pr_cfg_block *b = &g->blocks[stack[--n]];
        for (uint32_t e = b->first_succ; e < b->first_succ + b->nsucc; e++)
            if (!reached[g->edges[e].to]) {
                reached[g->edges[e].to] = 1;
                stack[n++] = g->edges[e].to;
            }
    }
    return reached;
}

bool pr_pattern_irrefutable(const pr_node *p)
{
    switch (p->kind) {
    case PR_MatchAs:
        return !p->v.MatchAs.pattern || pr_pattern_irrefutable(p->v.MatchAs.pattern);
    case PR_MatchOr:
        for (uint32_t i = 0; i < PR_SEQ_LEN(p->v.MatchOr.patterns); i++)
            if (pr_pattern_irrefutable(PR_SEQ_NODE(p->v.MatchOr.patterns, i)))
                return true;
        return false;
    default:
        return false;
    }
}

void pr_body_iter_init(pr_body_iter *it, const pr_node *stmt)
{
    *it = (pr_body_iter){stmt, 0};
}

/* The next part of the statement, empty ones included; *done when there are no more. */
static const pr_seq *next_part(pr_body_iter *it, bool *done)
{
    const pr_node *s = it->stmt;
    uint32_t part = it->part++;
    switch (s->kind) {
    case PR_If:
        *done = part > 1;
        return part ? s->v.If.orelse : s->v.If.body;
    case PR_For:
    case PR_AsyncFor:
        *done = part > 1;
        return part ? s->v.For.orelse : s->v.For.body;
    case PR_While:
        *done = part > 1;
        return part ? s->v.While.orelse : s->v.While.body;
    case PR_With:
    case PR_AsyncWith:
        *done = part > 0;
        return s->v.With.body;
    case PR_Match:
        *done = part >= PR_SEQ_LEN(s->v.Match.cases);
        return *done ? NULL : PR_SEQ_NODE(s->v.Match.cases, part)->v.match_case.body;
    case PR_Try:
    case PR_TryStar: {
        /* body, each handler's body, orelse, finalbody */
        uint32_t nh = PR_SEQ_LEN(s->v.Try.handlers);
        *done = part > nh + 2;
        if (part == 0)
            return s->v.Try.body;
        if (part <= nh)
            return PR_SEQ_NODE(s->v.Try.handlers, part - 1)->v.ExceptHandler.body;
        return part == nh + 1 ? s->v.Try.orelse : s->v.Try.finalbody;
    }
    default:
        *done = true;
        return NULL;
    }
}

bool pr_holds_blocks(const pr_node *stmt)
{
    switch (stmt->kind) {
    case PR_If:
    case PR_For:
    case PR_AsyncFor:
    case PR_While:
    case PR_With:
    case PR_AsyncWith:
    case PR_Match:
    case PR_Try:
    case PR_TryStar:
        return true;
    default:
        return false;
    }
}

const pr_seq *pr_body_iter_next(pr_body_iter *it)
{
    for (;;) {
        bool done;
        const pr_seq *body = next_part(it, &done);
        if (done)
            return NULL;
        if (PR_SEQ_LEN(body))
            return body;
    }
}
