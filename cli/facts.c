/* The shape of a parsed file as suppression comments and baselines see it, from one walk
** of its AST: where multi-line strings and imports are (a `# noqa` after a string's closing
** quotes, or on an import's first line, covers all of it), where statements start and
** their headers end (`# ruff: ignore[...]` on its own line covers the next one), which
** block holds a line (a pylint disable on its own line lasts to the block's end), the
** def or class around a line (a baseline's key), and the `except` lines (where B901 and
** B902 mean flake8-blind-except's rules). */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct builder {
    pr_arena *arena;
    pr_cli_facts *f;
    uint32_t cap_strings, cap_imports, cap_statements, cap_suites, cap_scopes, cap_except;
} builder;

static void push_span(builder *B, pr_cli_span **items, uint32_t *n, uint32_t *cap, pr_cli_span s)
{
    if (*n == *cap)
        *items = pr_cli_grow(B->arena, *items, cap, sizeof **items);
    (*items)[(*n)++] = s;
}

static bool is_def(const pr_node *n)
{
    return n->kind == PR_FunctionDef || n->kind == PR_AsyncFunctionDef || n->kind == PR_ClassDef;
}

/* The statements a compound statement's header introduces; NULL for the others (a match
** has cases, no body). */
static const pr_seq *first_body(const pr_node *n)
{
    switch (n->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        return n->v.FunctionDef.body;
    case PR_ClassDef:
        return n->v.ClassDef.body;
    case PR_For:
    case PR_AsyncFor:
        return n->v.For.body;
    case PR_While:
        return n->v.While.body;
    case PR_If:
        return n->v.If.body;
    case PR_With:
    case PR_AsyncWith:
        return n->v.With.body;
    case PR_Try:
    case PR_TryStar:
        return n->v.Try.body;
    default:
        return NULL;
    }
}

/* Whether nodes of a category with positions only occur inside expressions. */
static bool in_expression(pr_category cat)
{
    return cat == PR_CAT_EXPR || cat == PR_CAT_PATTERN || cat == PR_CAT_TPARAM || cat == PR_CAT_ARG ||
           cat == PR_CAT_KEYWORD || cat == PR_CAT_ALIAS;
}

/* The last line of a statement's header: the line before its body, or its own line. */
static uint32_t header_end(const pr_node *n)
{
    const pr_seq *body = first_body(n);
    if (PR_SEQ_LEN(body) == 0)
        return n->end_lineno;
    uint32_t first = PR_SEQ_NODE(body, 0)->lineno;
    return first > n->lineno ? first - 1 : n->lineno;
}

/* The statement lists of a node, as blocks running from the line after what precedes them. */
static void add_suites(builder *B, const pr_node *n, uint32_t start_after)
{
    const pr_kind_info *k = &pr_kinds[n->kind];
    uint32_t prev = start_after;
    for (unsigned i = 0; i < k->nfields; i++) {
        if (k->fields[i].type != PR_FT_LIST)
            continue;
        const pr_seq *list = *(pr_seq *const *)PR_FIELD_SLOT(n, i);
        uint32_t len = PR_SEQ_LEN(list);
        if (len == 0)
            continue;
        const pr_node *first = PR_SEQ_NODE(list, 0), *last = PR_SEQ_NODE(list, len - 1);
        if (!pr_category_has_pos(pr_kinds[first->kind].category))
            continue;
        if (pr_kinds[first->kind].category == PR_CAT_STMT) {
            uint32_t from = prev + 1 <= first->lineno ? prev + 1 : first->lineno;
            push_span(B, &B->f->suites, &B->f->nsuites, &B->cap_suites,
                      (pr_cli_span){from, last->end_lineno, 0});
        }
        prev = last->end_lineno;
    }
}

static const char *qualified(builder *B, int parent, const char *name)
{
    if (parent < 0)
        return name;
    const char *outer = B->f->scope_names[parent];
    size_t m = strlen(outer), n = strlen(name);
    char *q = pr_arena_alloc(B->arena, m + n + 2);
    memcpy(q, outer, m);
    q[m] = '.';
    memcpy(q + m + 1, name, n + 1);
    return q;
}

typedef struct frame {
    const pr_node *node;
    int scope;
} frame;

static int by_first(const void *a, const void *b)
{
    const pr_cli_span *x = a, *y = b;
    return x->first != y->first ? (x->first < y->first ? -1 : 1) : 0;
}

static bool sorted_by_first(const pr_cli_span *s, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++)
        if (s[i - 1].first > s[i].first)
            return false;
    return true;
}

static int by_line(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

void pr_cli_facts_build(pr_arena *a, const pr_parsed *parsed, uint32_t nlines, pr_cli_facts *f)
{
    memset(f, 0, sizeof *f);
    f->nlines = nlines;
    builder B = {.arena = a, .f = f};
    uint32_t cap_names = 0;
    frame *stack = NULL;
    uint32_t depth = 0, cap = 0;
    const pr_node *module = parsed->module;
    push_span(&B, &f->suites, &f->nsuites, &B.cap_suites, (pr_cli_span){1, nlines ? nlines : 1, 0});
    #define PUSH(n_, s_) do { \
        if (depth == cap) \
            stack = pr_cli_grow(a, stack, &cap, sizeof *stack); \
        stack[depth++] = (frame){(n_), (s_)}; \
    } while (0)
    PUSH(module, -1);
    while (depth) {
        frame fr = stack[--depth];
        const pr_node *n = fr.node;
        int scope = fr.scope;
        pr_category cat = pr_kinds[n->kind].category;
        if (cat == PR_CAT_STMT) {
            uint32_t first = n->lineno;
            if (is_def(n)) {
                const pr_seq *decos = n->kind == PR_ClassDef ? n->v.ClassDef.decorator_list
                                    : n->kind == PR_FunctionDef ? n->v.FunctionDef.decorator_list
                                                                : n->v.AsyncFunctionDef.decorator_list;
                for (uint32_t i = 0; i < PR_SEQ_LEN(decos); i++)
                    if (PR_SEQ_NODE(decos, i)->lineno < first)
                        first = PR_SEQ_NODE(decos, i)->lineno;
            }
            uint32_t head = header_end(n);
            push_span(&B, &f->statements, &f->nstatements, &B.cap_statements,
                      (pr_cli_span){first, n->end_lineno, head});
            add_suites(&B, n, head);
            if ((n->kind == PR_Import || n->kind == PR_ImportFrom) && n->end_lineno > n->lineno)
                push_span(&B, &f->imports, &f->nimports, &B.cap_imports,
                          (pr_cli_span){n->lineno, n->end_lineno, 0});
            if (is_def(n)) {
                const char *name = n->kind == PR_ClassDef ? n->v.ClassDef.name
                                 : n->kind == PR_FunctionDef ? n->v.FunctionDef.name
                                                             : n->v.AsyncFunctionDef.name;
                const char *q = qualified(&B, scope, name);
                if (f->nscopes == cap_names) {
                    uint32_t cap_parents = cap_names;
                    f->scope_names = pr_cli_grow(a, f->scope_names, &cap_names, sizeof *f->scope_names);
                    f->scope_parents = pr_cli_grow(a, f->scope_parents, &cap_parents, sizeof *f->scope_parents);
                }
                f->scope_names[f->nscopes] = q;
                f->scope_parents[f->nscopes] = scope;
                scope = (int)f->nscopes;
                push_span(&B, &f->scopes, &f->nscopes, &B.cap_scopes,
                          (pr_cli_span){n->lineno, n->end_lineno, (uint32_t)scope});
            }
        } else if (cat == PR_CAT_HANDLER) {
            if (f->nexcept == B.cap_except)
                f->except_lines = pr_cli_grow(a, f->except_lines, &B.cap_except, sizeof *f->except_lines);
            f->except_lines[f->nexcept++] = n->lineno;
            add_suites(&B, n, n->lineno);
        } else if (cat == PR_CAT_CASE) {
            const pr_node *pattern = n->v.match_case.pattern;
            add_suites(&B, n, pattern->end_lineno);
        } else if (n->kind == PR_Constant || n->kind == PR_JoinedStr || n->kind == PR_TemplateStr) {
            if (n->end_lineno > n->lineno)
                push_span(&B, &f->strings, &f->nstrings, &B.cap_strings,
                          (pr_cli_span){n->lineno, n->end_lineno, 0});
            continue;   /* nothing inside a string matters here */
        } else if (n->end_lineno == n->lineno && in_expression(cat)) {
            continue;   /* no statement is below, and no string of several lines */
        }
        /* children, pushed in reverse so that they are visited in order */
        uint32_t from = depth;
        pr_child_iter it;
        pr_child_iter_init(&it, n);
        for (const pr_node *c; (c = pr_child_iter_next(&it));)
            PUSH(c, scope);
        for (uint32_t i = from, j = depth; i + 1 < j; i++, j--) {
            frame t = stack[i];
            stack[i] = stack[j - 1];
            stack[j - 1] = t;
        }
    }
    #undef PUSH
    /* the walk meets statements in source order: the sort is a safeguard, skipped when
    ** there is nothing to do */
    if (!sorted_by_first(f->statements, f->nstatements))
        qsort(f->statements, f->nstatements, sizeof *f->statements, by_first);
    if (f->nexcept > 1)
        qsort(f->except_lines, f->nexcept, sizeof *f->except_lines, by_line);
}

/* ------------------------------------------------------------------ questions */

/* The last of n spans sorted by their first line that starts at or before line, or -1. */
static int last_from(const pr_cli_span *spans, uint32_t n, uint32_t line)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (spans[mid].first <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (int)lo - 1;
}

/* Strings and multi-line imports are recorded in source order and never overlap. */
uint32_t pr_cli_facts_noqa_line(const pr_cli_facts *f, uint32_t line)
{
    int i = last_from(f->strings, f->nstrings, line);
    if (i >= 0 && line <= f->strings[i].last)
        return f->strings[i].last;
    i = last_from(f->imports, f->nimports, line);
    if (i >= 0 && line <= f->imports[i].last)
        return f->imports[i].first;
    return line;
}

/* Scopes are recorded in source order, each after the one around it: the innermost holding
** line is the last that starts at or before it, or one around that. */
const char *pr_cli_facts_scope(const pr_cli_facts *f, uint32_t line)
{
    int i = last_from(f->scopes, f->nscopes, line);
    while (i >= 0 && f->scopes[i].last < line)
        i = f->scope_parents[i];
    return i < 0 ? "" : f->scope_names[f->scopes[i].extra];
}

bool pr_cli_facts_is_except_line(const pr_cli_facts *f, uint32_t line)
{
    return f->nexcept && bsearch(&line, f->except_lines, f->nexcept, sizeof *f->except_lines, by_line) != NULL;
}

/* The first statement starting at or after line. */
static uint32_t first_from(const pr_cli_facts *f, uint32_t line)
{
    uint32_t lo = 0, hi = f->nstatements;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (f->statements[mid].first < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const pr_cli_span *pr_cli_facts_statement_at(const pr_cli_facts *f, uint32_t line)
{
    uint32_t i = first_from(f, line);
    return i < f->nstatements && f->statements[i].first == line ? &f->statements[i] : NULL;
}

const pr_cli_span *pr_cli_facts_statement_after(const pr_cli_facts *f, uint32_t line)
{
    uint32_t i = first_from(f, line + 1);
    return i < f->nstatements ? &f->statements[i] : NULL;
}

uint32_t pr_cli_facts_block_end(const pr_cli_facts *f, uint32_t line)
{
    const pr_cli_span *best = NULL;
    for (uint32_t i = 0; i < f->nsuites; i++) {
        const pr_cli_span *s = &f->suites[i];
        if (s->first <= line && line <= s->last && (!best || s->last - s->first <= best->last - best->first))
            best = s;
    }
    return best ? best->last : f->nlines;
}
