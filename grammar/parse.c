/* The parse driver: pulls tokens from the lexer into a small queue, makes the tokens the
** LALR grammar cannot decide by itself, and pushes them into the lemon parser.
**   - `is not` and `not in` become ISNOT and NOTIN (one comparison operator each);
**   - `match`, `case` and `type` become keywords only where CPython's grammar would take
**     them as such: `case` and `type` when the parser can shift the keyword there (and,
**     for `type`, a name follows); `match` by racing both readings of its logical line
**     through the parser tables, preferring the statement as CPython's ordered choice
**     does, so that `match(x)`, `match = 1` and `match[x]: int` stay expressions;
**   - the '(' after `with` becomes WITH_LPAR when its ')' is followed by ':', the one case
**     where parentheses group with-items instead of opening an expression. */
#include "grammar/parse.h"

#include <stdlib.h>
#include <string.h>

#include "grammar/build.h"
#include "grammar/errors.h"
#include "grammar/python.h"

typedef struct queued {
    int kind;
    pr_token tok;
} queued;

typedef struct driver {
    pr_lexer lx;
    pr_parse pp;
    void *parser;
    queued *q;
    uint32_t head, tail, cap;
    bool lex_failed;             /* the lexer reported an error: the queue ends there */
    pr_syntax_error lex_err;     /* the lexer's error, kept apart from the parser's */
    int last_fed;                /* kind of the last token given to the parser */
    int depth;                   /* brackets open after the last token fed */
    pr_line line;                /* the current logical line, for messages */
    uint32_t nline;
} driver;

/* Appends the next lexer token to the queue, merging `is not` and `not in`. */
static void lex_one(driver *d)
{
    if (d->lex_failed) {
        d->q[d->tail++] = (queued){-1, {0}};
        return;
    }
    if (d->tail == d->cap) {
        if (d->head > 0) {
            memmove(d->q, d->q + d->head, (d->tail - d->head) * sizeof *d->q);
            d->tail -= d->head;
            d->head = 0;
        } else {
            d->q = pr_arena_grow(d->pp.arena, d->q, d->cap * sizeof *d->q, 2 * d->cap * sizeof *d->q);
            d->cap *= 2;
        }
    }
    queued *e = &d->q[d->tail];
    e->kind = pr_lex_next(&d->lx, &e->tok);
    if (e->kind < 0)
        d->lex_failed = true;
    if (d->tail > d->head) {
        queued *prev = &d->q[d->tail - 1];
        int merged = 0;
        if (prev->kind == TK_IS && e->kind == TK_NOT)
            merged = TK_ISNOT;
        else if (prev->kind == TK_NOT && e->kind == TK_IN)
            merged = TK_NOTIN;
        if (merged) {
            /* CPython reports a misplaced `not in` at its second word */
            prev->tok.aux = e->tok.col;
            prev->kind = merged;
            prev->tok.end = e->tok.end;
            prev->tok.end_lineno = e->tok.end_lineno;
            prev->tok.end_col = e->tok.end_col;
            return;
        }
    }
    d->tail++;
}

/* The i-th queued token (0 = the next one for the parser), lexing as needed.  The queue
** only grows while a look-ahead decision needs it; tokens past a lexer error read as -1. */
static queued *peek(driver *d, uint32_t i)
{
    while (d->tail - d->head <= i)
        lex_one(d);
    return &d->q[d->head + i];
}

static bool is_soft(const queued *e)
{
    return e->kind == TK_NAME && e->tok.aux >= PR_SOFT_MATCH && e->tok.aux <= PR_SOFT_TYPE;
}

/* Tokens the driver must look past before the parser may have them. */
static bool needs_decision(const queued *e)
{
    return e->kind == TK_IS || e->kind == TK_NOT || e->kind == TK_WITH || is_soft(e);
}

static bool can_shift(driver *d, int kind)
{
    return pr_parser_simulate(d->parser, &kind, 1) == 1;
}

/* How far the parser gets through the queued logical line [from, to) when its first
** token reads as `first`; other soft keywords in the line read as names. */
static int race(driver *d, int first, uint32_t from, uint32_t to, int *buf)
{
    buf[0] = first;
    for (uint32_t i = from + 1; i < to; i++)
        buf[i - from] = d->q[d->head + i].kind;
    return pr_parser_simulate(d->parser, buf, (int)(to - from));
}

static int decide_match(driver *d)
{
    if (!can_shift(d, TK_MATCH))
        return TK_NAME;
    uint32_t n = 1;
    for (;; n++) {
        int k = peek(d, n)->kind;
        if (k == TK_NEWLINE || k == 0 || k < 0) {
            n++;
            break;
        }
    }
    int *buf = pr_arena_alloc(d->pp.arena, n * sizeof *buf);
    int as_kw = race(d, TK_MATCH, 0, n, buf);
    if (as_kw == (int)n)
        return TK_MATCH;
    int as_name = race(d, TK_NAME, 0, n, buf);
    return as_name > as_kw ? TK_NAME : TK_MATCH;
}

static int decide_soft(driver *d, uint32_t soft)
{
    switch (soft) {
    case PR_SOFT_MATCH:
        return decide_match(d);
    case PR_SOFT_CASE:
        return can_shift(d, TK_CASE) ? TK_CASE : TK_NAME;
    case PR_SOFT_TYPE:
        return peek(d, 1)->kind == TK_NAME && can_shift(d, TK_TYPE) ? TK_TYPE : TK_NAME;
    }
    return TK_NAME;
}

/* After `with`, a '(' whose matching ')' is directly followed by ':' (or by the end of
** the line, where the ':' is missing, or which holds an `as`) and encloses something
** opens parenthesised with-items. */
static void mark_with_lpar(driver *d)
{
    if (peek(d, 1)->kind != TK_LPAR)
        return;
    int depth = 0;
    bool as = false;
    for (uint32_t i = 1;; i++) {
        int k = peek(d, i)->kind;
        if (k <= 0 || k == TK_NEWLINE)
            return;
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE)
            depth++;
        else if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE)
            depth--;
        else if (k == TK_AS && depth == 1)
            as = true;
        if (depth == 0) {
            int after = peek(d, i + 1)->kind;
            /* before a NEWLINE the ':' is missing, and an `as` inside can only be an item's:
            ** items too, as CPython reads them */
            if (i > 2 && (after == TK_COLON || after == TK_NEWLINE || as))
                peek(d, 1)->kind = TK_WITH_LPAR;
            return;
        }
    }
}

static bool is_opener(int kind)
{
    return kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE || kind == TK_WITH_LPAR;
}

static bool is_closer(int kind)
{
    return kind == TK_RPAR || kind == TK_RSQB || kind == TK_RBRACE;
}

/* Remembers a token of the logical line; a token after NEWLINE, INDENT or DEDENT starts a
** new line.  Brackets count at the depth outside them. */
static void remember(driver *d, int kind, const pr_token *tok)
{
    if (d->last_fed == TK_NEWLINE || d->last_fed == TK_INDENT || d->last_fed == TK_DEDENT)
        d->nline = 0;
    if (is_closer(kind) && d->depth > 0)
        d->depth--;
    pr_fed f = {kind, d->depth, *tok};
    if (d->nline < PR_LINE_HEAD)
        d->line.head[d->nline] = f;
    d->line.window[d->nline % PR_LINE_WINDOW] = f;
    d->nline++;
    if (is_opener(kind))
        d->depth++;
}

/* After an error the rest of the file is still tokenized, as CPython does: a tokenizer
** error further on replaces the parser's message, and so does a bracket left open on a
** line before the error ("'(' was never closed"). */
static void check_rest(driver *d, pr_syntax_error *err)
{
    uint32_t err_line = err->lineno;
    for (;;) {
        queued *e = peek(d, 0);
        d->head++;
        if (e->kind == 0)
            break;
        if (e->kind < 0) {
            if (d->lex_err.msg[0] && strstr(d->lex_err.msg, "was never closed")) {
                const pr_bracket *b = &d->lx.brackets[d->lx.level - 1];
                if (err_line <= b->lineno)
                    break;
            }
            *err = d->lex_err;
            break;
        }
    }
}

static void feed(driver *d, int kind, const pr_token *tok)
{
    d->pp.failed = false;
    pr_parser(d->parser, kind, *tok);
    if (d->pp.failed && !d->pp.err->set) {
        const queued *next = peek(d, 0);
        pr_error_ctx c = {&d->pp, d->parser, &d->line, d->nline, kind, *tok, d->depth,
                          next->kind, next->tok};
        pr_parse_explain(&c);
    }
    remember(d, kind, tok);
    d->last_fed = kind;
}

static void *parser_alloc(size_t n)
{
    return malloc(n);
}

bool pr_parse_file(pr_arena *a, const pr_source *src, pr_parsed *out, pr_syntax_error *err)
{
    driver *d = pr_arena_alloc(a, sizeof *d);
    memset(d, 0, sizeof *d);
    memset(err, 0, sizeof *err);
    d->pp.arena = a;
    d->pp.src = src;
    d->pp.err = err;
    d->cap = 64;
    d->q = pr_arena_alloc(a, d->cap * sizeof *d->q);
    pr_lex_init(&d->lx, a, src, &d->lex_err);
    d->pp.lx = &d->lx;
    d->parser = pr_parserAlloc(parser_alloc, &d->pp);
    if (!d->parser)
        pr_arena_oom(a);

    /* Look-ahead may move the queue, so entries are re-read after every decision. */
    for (;;) {
        if (d->head == d->tail && !d->lex_failed) {
            /* most tokens need no look-ahead: they go straight to the parser */
            queued t;
            t.kind = pr_lex_next(&d->lx, &t.tok);
            if (t.kind > 0 && !needs_decision(&t)) {
                feed(d, t.kind, &t.tok);
                if (d->pp.failed || err->set) {
                    d->pp.failed = true;
                    check_rest(d, err);
                    break;
                }
                continue;
            }
            d->head = d->tail = 0;
            d->q[d->tail++] = t;
            d->lex_failed = t.kind < 0;
        }
        queued *e = peek(d, 0);
        if (e->kind < 0) {
            *err = d->lex_err;
            break;
        }
        if (e->kind == TK_IS || e->kind == TK_NOT)
            peek(d, 1);   /* lets lex_one merge `is not` / `not in` into the front token */
        e = peek(d, 0);
        if (is_soft(e)) {
            int kind = decide_soft(d, e->tok.aux);
            peek(d, 0)->kind = kind;
        } else if (e->kind == TK_WITH) {
            mark_with_lpar(d);
        }
        queued cur = *peek(d, 0);
        d->head++;
        feed(d, cur.kind, &cur.tok);
        if (d->pp.failed || err->set) {
            d->pp.failed = true;
            check_rest(d, err);
            break;
        }
        if (cur.kind == 0)
            break;
    }
    pr_parserFree(d->parser, free);
    out->module = d->pp.module;
    out->comments = d->lx.comments;
    out->ncomments = d->lx.ncomments;
    return !err->set && out->module;
}
