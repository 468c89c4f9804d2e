/* What all builders share: error reporting, positions (including the parentheses around
** a node, which CPython's positions exclude from the node but include in its parent),
** sequences and expression lists on the parser stack, identifiers, and the three
** callbacks of the grammar's directives. */
#include "grammar/build.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "grammar/python.h"
#include "lexer/unicode.h"

void pr_build_error(pr_parse *pp, uint32_t lineno, uint32_t col, const char *fmt, ...)
{
    if (pp->err->set)
        return;
    char msg[sizeof pp->err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pr_syntax_error_at(pp->err, pp->src, PR_SYNTAX_ERROR, lineno, col, "%s", msg);
    pp->failed = true;
}

void pr_build_error_at_node(pr_parse *pp, const pr_node *n, const char *fmt, ...)
{
    if (pp->err->set)
        return;
    char msg[sizeof pp->err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pr_build_error(pp, n->lineno, n->col, "%s", msg);
}

void pr_parse_module(pr_parse *pp, pr_seq *body)
{
    pr_node *m = pr_node_new(pp->arena, PR_Module);
    m->v.Module.body = body;
    pp->module = m;
}

/* The parser refused a token: the driver words the error (errors.c), once it knows the
** context. */
void pr_parse_syntax_error(pr_parse *pp, int major, const pr_token *tok)
{
    if (!pp->failed) {
        pp->refused = major;
        pp->refused_tok = *tok;
    }
    pp->failed = true;
}

void pr_parse_stack_overflow(pr_parse *pp)
{
    if (!pp->err->set) {
        pp->err->set = true;
        pp->err->kind = PR_MEMORY_ERROR;
        pp->err->lineno = 0;
        pp->err->offset = 0;
        snprintf(pp->err->msg, sizeof pp->err->msg,
                 "Parser stack overflowed - Python source too complex to parse");
    }
    pp->failed = true;
}

/* ------------------------------------------------------------------ positions */

void pr_build_pos_tok(pr_node *n, const pr_token *first, const pr_token *last)
{
    n->lineno = first->lineno;
    n->col = first->col;
    n->end_lineno = last->end_lineno;
    n->end_col = last->end_col;
}

void pr_build_outer_start(const pr_parse *pp, const pr_node *n, uint32_t *lineno, uint32_t *col)
{
    if (n->paren) {
        *lineno = pp->parens[n->paren].lineno;
        *col = pp->parens[n->paren].col;
    } else {
        *lineno = n->lineno;
        *col = n->col;
    }
}

void pr_build_outer_end(const pr_parse *pp, const pr_node *n, uint32_t *lineno, uint32_t *col)
{
    if (n->paren) {
        *lineno = pp->parens[n->paren].end_lineno;
        *col = pp->parens[n->paren].end_col;
    } else {
        *lineno = n->end_lineno;
        *col = n->end_col;
    }
}

void pr_build_set_start(pr_parse *pp, pr_node *n, const pr_node *from)
{
    pr_build_outer_start(pp, from, &n->lineno, &n->col);
}

void pr_build_set_end(pr_parse *pp, pr_node *n, const pr_node *to)
{
    pr_build_outer_end(pp, to, &n->end_lineno, &n->end_col);
}

void pr_build_char_before(const pr_parse *pp, const pr_node *n, uint32_t *lineno, uint32_t *col)
{
    uint32_t l, c;
    pr_build_outer_start(pp, n, &l, &c);
    const char *text = pp->src->text;
    uint32_t at = pr_build_offset(pp, l, c);
    while (at > 0) {
        char ch = text[at - 1];
        if (ch == '\n') {
            l--;
        } else if (ch != ' ' && ch != '\t' && ch != '\f' && ch != '\\') {
            break;
        }
        at--;
    }
    uint32_t line_start = at > 0 ? at - 1 : 0;
    while (line_start > 0 && text[line_start - 1] != '\n')
        line_start--;
    *lineno = l;
    *col = at > 0 ? at - 1 - line_start : 0;
}

uint32_t pr_build_offset(const pr_parse *pp, uint32_t lineno, uint32_t col)
{
    const char *p = pp->src->text, *end = p + pp->src->len;
    for (uint32_t l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        p = nl + 1;
    }
    return (uint32_t)(p - pp->src->text) + col;
}

void pr_build_pos(pr_parse *pp, pr_node *n, const pr_node *first, const pr_node *last)
{
    pr_build_set_start(pp, n, first);
    pr_build_set_end(pp, n, last);
}

/* Gives n an outer extent, which the enclosing node takes for n's place instead of n's
** own position: the parentheses around an expression or pattern, or a statement's
** trailing ';', which the enclosing block ends with. */
static void set_outer(pr_parse *pp, pr_node *n, pr_paren_span span)
{
    if (!n->paren && pp->nparens == pp->parens_cap) {
        uint32_t cap = pp->parens_cap ? 2 * pp->parens_cap : 64;
        pp->parens = pr_arena_grow(pp->arena, pp->parens, pp->parens_cap * sizeof *pp->parens,
                                   cap * sizeof *pp->parens);
        pp->parens_cap = cap;
        if (pp->nparens == 0)
            pp->nparens = 1;    /* index 0 means "no outer extent" */
    }
    uint32_t i = n->paren ? n->paren : pp->nparens++;
    pp->parens[i] = span;
    n->paren = i;
}

/* Records that e was written as `( e )`: e keeps its own position, the parentheses are
** kept for the enclosing node.  Nested parentheses keep the outermost pair. */
pr_node *pr_build_group(pr_parse *pp, const pr_token *lpar, pr_node *e, const pr_token *rpar)
{
    set_outer(pp, e, (pr_paren_span){lpar->lineno, lpar->col, rpar->end_lineno, rpar->end_col});
    return e;
}

pr_seq *pr_build_trailing_semicolon(pr_parse *pp, pr_seq *stmts, const pr_token *semi)
{
    pr_node *last = PR_SEQ_NODE(stmts, stmts->n - 1);
    set_outer(pp, last, (pr_paren_span){last->lineno, last->col, semi->end_lineno, semi->end_col});
    return stmts;
}

/* ------------------------------------------------------------------ sequences */

pr_seq *pr_build_seq_push(pr_parse *pp, pr_seq *s, void *item)
{
    return pr_seq_push(pp->arena, s, item);
}

pr_seq *pr_build_seq_concat(pr_parse *pp, pr_seq *a, pr_seq *b)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(b); i++)
        a = pr_seq_push(pp->arena, a, b->items[i]);
    return a;
}

/* Names of global and nonlocal statements: identifiers, and where the last one ends. */
pr_list *pr_build_names(pr_parse *pp, pr_list *l, const pr_token *name)
{
    if (!l) {
        l = pr_arena_alloc(pp->arena, sizeof *l);
        memset(l, 0, sizeof *l);
    }
    l->items = pr_seq_push(pp->arena, l->items, (void *)pr_build_ident(pp, name));
    l->end_lineno = name->end_lineno;
    l->end_col = name->end_col;
    return l;
}

pr_list *pr_build_list(pr_parse *pp, pr_list *l, pr_node *item)
{
    if (!l) {
        l = pr_arena_alloc(pp->arena, sizeof *l);
        memset(l, 0, sizeof *l);
    } else {
        l->comma = true;
    }
    l->items = pr_seq_push(pp->arena, l->items, item);
    return l;
}

pr_list *pr_build_list_trailing(pr_parse *pp, pr_list *l, const pr_token *comma)
{
    (void)pp;
    l->comma = l->trailing = true;
    l->end_lineno = comma->end_lineno;
    l->end_col = comma->end_col;
    return l;
}

pr_token *pr_build_token_copy(pr_parse *pp, const pr_token *t)
{
    pr_token *c = pr_arena_alloc(pp->arena, sizeof *c);
    *c = *t;
    return c;
}

pr_span pr_build_span(const pr_token *first, const pr_token *last)
{
    pr_span s = *first;
    s.end = last->end;
    s.end_lineno = last->end_lineno;
    s.end_col = last->end_col;
    return s;
}

/* Identifiers are interned per file: the same name is the same pointer, so that later
** passes compare names with `==` and the arena keeps one copy of each. */
typedef struct interned {
    uint32_t hash, len;
    const char *name;
} interned;

static uint32_t name_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static const char *intern(pr_parse *pp, const char *s, size_t n)
{
    if (pp->nnames * 2 >= pp->names_cap) {
        uint32_t cap = pp->names_cap ? 2 * pp->names_cap : 1024;
        interned *t = pr_arena_alloc(pp->arena, cap * sizeof *t);
        memset(t, 0, cap * sizeof *t);
        for (uint32_t i = 0; i < pp->names_cap; i++) {
            const interned *e = &pp->names[i];
            if (!e->name)
                continue;
            uint32_t j = e->hash & (cap - 1);
            while (t[j].name)
                j = (j + 1) & (cap - 1);
            t[j] = *e;
        }
        pr_arena_discard(pp->arena, pp->names, pp->names_cap * sizeof *pp->names);
        pp->names = t;
        pp->names_cap = cap;
    }
    uint32_t h = name_hash(s, n), mask = pp->names_cap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        interned *e = &pp->names[i];
        if (!e->name) {
            *e = (interned){h, (uint32_t)n, pr_arena_strndup(pp->arena, s, n)};
            pp->nnames++;
            return e->name;
        }
        if (e->hash == h && e->len == n && memcmp(e->name, s, n) == 0)
            return e->name;
    }
}

/* The identifier a NAME token spells, NFKC-normalised when it is not ASCII (PEP 3131),
** as CPython does before it compares or stores names; interned. */
const char *pr_build_ident(pr_parse *pp, const pr_token *name)
{
    const char *s = pp->src->text + name->start;
    size_t n = name->end - name->start;
    if (!(name->aux & PR_NAME_NON_ASCII) || pr_uni_nfkc_is_stable(s, n))
        return intern(pp, s, n);
    size_t cap = 4 * n + 16;
    char *out = pr_arena_alloc(pp->arena, cap);
    size_t len = pr_uni_nfkc(s, n, out, cap);
    if (len >= cap) {
        cap = len + 1;
        out = pr_arena_alloc(pp->arena, cap);
        len = pr_uni_nfkc(s, n, out, cap);
    }
    return intern(pp, out, len);
}
