/* Positions in the source that the AST does not keep: where lines start, and where a
** def's or class's name is (the AST places the statement at its keyword; the semantic
** model, which binds the name, knows where the name is). */
#include "passes/metrics.h"

#include <string.h>

#include "passes/semantic.h"

void pr_lines_build(pr_arena *a, const pr_source *src, pr_lines *out)
{
    const char *text = src->text, *end = text + src->len;
    uint32_t n = 1;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        n++;
    out->src = src;
    out->starts = pr_arena_alloc(a, (size_t)n * sizeof *out->starts);
    out->n = 0;
    out->starts[out->n++] = 0;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        out->starts[out->n++] = (uint32_t)(p + 1 - text);
}

void pr_def_name_span(pr_sem *sem, const pr_node *def, uint32_t *lineno, uint32_t *col, uint32_t *end_col)
{
    bool def_or_class = def->kind == PR_FunctionDef || def->kind == PR_AsyncFunctionDef || def->kind == PR_ClassDef;
    if (!sem || !def_or_class) {
        *lineno = def->lineno;
        *col = *end_col = def->col;
        return;
    }
    pr_span s = pr_sem_name_span(sem, def);
    *lineno = s.lineno;
    *col = s.col;
    *end_col = s.end_col;
}
