/* Annotations that are text: string annotations (`x: "List[int]"`) and `# type:`
** comments.  Both are parsed with pyreview's own parser, as one expression, and the
** nodes are moved to where the text stands in the file, so a name read in an annotation
** is resolved and reported like any other.  Type comments are attached to statements as
** pyflakes attaches them: each to the last assignment, loop, with or def (in the order a
** walk of the tree meets them) that starts on or before the comment's line. */
#include "passes/semantic.h"

#include <string.h>

#include "grammar/parse.h"

/* The deepest annotation followed: a real one is a few levels deep, and the walk of the
** model recurses along it. */
enum { MAX_ANNOTATION_DEPTH = 200 };

static bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
}

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The text after `#\s*type:\s*`, or NULL; NULL too for `# type: ignore` (followed by the
** end or an ASCII character that is no letter or digit). */
static const char *type_comment_text(const char *p, const char *end)
{
    p++;
    while (p < end && blank(*p))
        p++;
    if (end - p < 5 || memcmp(p, "type:", 5) != 0)
        return NULL;
    p += 5;
    while (p < end && blank(*p))
        p++;
    if (end - p >= 6 && memcmp(p, "ignore", 6) == 0 &&
        (end - p == 6 || ((unsigned char)p[6] < 0x80 && !ascii_alnum((unsigned char)p[6]))))
        return NULL;
    return p;
}

static bool typeable(const pr_node *n)
{
    switch (n->kind) {
    case PR_Assign:
    case PR_For:
    case PR_AsyncFor:
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
    case PR_With:
    case PR_AsyncWith:
        return true;
    default:
        return false;
    }
}

uint32_t pr_sem_type_comments(pr_sem *m, const pr_parsed *parsed, pr_type_comment **out,
                              pr_table *index)
{
    const char *text = m->src->text;
    uint32_t count = 0;
    for (uint32_t i = 0; i < parsed->ncomments; i++) {
        const pr_comment *c = &parsed->comments[i];
        count += type_comment_text(text + c->start, text + c->end) != NULL;
    }
    *out = NULL;
    if (!count)
        return 0;

    /* The typeable statements in the order a walk meets them (their lines need not be
    ** sorted: pyflakes bisects them all the same), and the last one of each line. */
    const pr_node **nodes = NULL;
    uint32_t nnodes = 0, nodes_cap = 0;
    pr_table last_of_line = {0};
    pr_child_iter *stack = NULL;
    uint32_t depth = 0, depth_cap = 0;
    stack = pr_arena_grow_array(m->arena, stack, &depth_cap, depth, sizeof *stack);
    pr_child_iter_init(&stack[depth++], parsed->module);
    while (depth > 0) {
        const pr_node *c = pr_child_iter_next(&stack[depth - 1]);
        if (!c) {
            depth--;
            continue;
        }
        if (typeable(c)) {
            nodes = pr_arena_grow_array(m->arena, nodes, &nodes_cap, nnodes, sizeof *nodes);
            pr_table_put(m->arena, &last_of_line, c->lineno, nnodes);
            nodes[nnodes++] = c;
        }
        stack = pr_arena_grow_array(m->arena, stack, &depth_cap, depth, sizeof *stack);
        pr_child_iter_init(&stack[depth++], c);
    }

    pr_type_comment *tc = pr_arena_alloc(m->arena, count * sizeof *tc);
    uint32_t n = 0;
    for (uint32_t i = 0; i < parsed->ncomments; i++) {
        const pr_comment *c = &parsed->comments[i];
        const char *end = text + c->end;
        if (!type_comment_text(text + c->start, end))
            continue;
        /* bisect_right over the lines, as pyflakes does */
        uint32_t lo = 0, hi = nnodes;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (c->lineno < nodes[mid]->lineno)
                hi = mid;
            else
                lo = mid + 1;
        }
        if (lo == 0)
            continue;
        const pr_node *owner = nodes[pr_table_get(&last_of_line, nodes[lo - 1]->lineno, 0)];
        /* the text after the comment's first colon, without blanks around */
        const char *p = (const char *)memchr(text + c->start, ':', (size_t)(end - text - c->start)) + 1;
        while (p < end && blank(*p))
            p++;
        while (end > p && blank(end[-1]))
            end--;
        uint64_t key = (uint64_t)(uintptr_t)owner;
        uint32_t first = pr_table_get(index, key, 0);
        tc[n] = (pr_type_comment){owner, first ? first - 1 : PR_SEM_NONE, c->lineno, c->col, p,
                                  (uint32_t)(end - p)};
        pr_table_put(m->arena, index, key, n + 1);
        n++;
    }
    *out = tc;
    return n;
}

/* When string s is one token whose body is its value (no escapes, no concatenation),
** the place of the body's first character. */
static bool plain_string(pr_sem *m, const pr_node *s, uint32_t *lineno, uint32_t *col)
{
    const pr_const *v = s->v.Constant.value;
    const char *text = m->src->text;
    uint32_t start = pr_sem_offset(m, s->lineno, s->col), end = pr_sem_offset(m, s->end_lineno, s->end_col);
    uint32_t p = start;
    while (p < end && text[p] != '"' && text[p] != '\'')
        p++;
    if (p >= end)
        return false;
    uint32_t quotes = end - p >= 6 && text[p + 1] == text[p] && text[p + 2] == text[p] ? 3 : 1;
    uint32_t body = p + quotes;
    if (end < body + quotes || end - quotes - body != v->len || memcmp(text + body, v->text, v->len) != 0)
        return false;
    *lineno = s->lineno;
    *col = s->col + (body - start);
    return true;
}

const pr_node *pr_sem_parse_annotation(pr_sem *m, const char *text, size_t len, pr_span at,
                                       const pr_node *string)
{
    pr_source src;
    pr_syntax_error err;
    pr_parsed parsed;
    if (!pr_source_prepare(m->arena, text, len, &src, &err) ||
        !pr_parse_file(m->arena, &src, &parsed, &err))
        return NULL;
    const pr_seq *body = parsed.module->v.Module.body;
    if (PR_SEQ_LEN(body) != 1 || PR_SEQ_NODE(body, 0)->kind != PR_Expr)
        return NULL;
    pr_node *e = PR_SEQ_NODE(body, 0)->v.Expr.value;
    uint32_t line0 = 0, col0 = 0;
    bool exact = string && plain_string(m, string, &line0, &col0);

    /* Moves every node of the expression; refuses expressions too deep to be types. */
    pr_child_iter stack[MAX_ANNOTATION_DEPTH];
    uint32_t depth = 0;
    pr_node *n = e;
    for (;;) {
        if (pr_category_has_pos(pr_kinds[n->kind].category)) {
            if (exact) {
                n->col += n->lineno == 1 ? col0 : 0;
                n->end_col += n->end_lineno == 1 ? col0 : 0;
                n->lineno += line0 - 1;
                n->end_lineno += line0 - 1;
            } else {
                n->lineno = at.lineno;
                n->col = at.col;
                n->end_lineno = at.end_lineno;
                n->end_col = at.end_col;
            }
        }
        if (depth == MAX_ANNOTATION_DEPTH)
            return NULL;
        pr_child_iter_init(&stack[depth++], n);
        n = NULL;
        while (depth > 0 && !(n = (pr_node *)pr_child_iter_next(&stack[depth - 1])))
            depth--;
        if (!n)
            return e;
    }
}
