/* Output formats (see output.h). */
#include "cli/output.h"

#include <string.h>

void pr_line_index_build(pr_arena *a, const pr_source *src, pr_line_index *ix)
{
    uint32_t n = 1;
    for (const char *p = src->text, *end = p + src->len; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        n++;
    ix->src = src;
    ix->starts = pr_arena_alloc(a, (size_t)n * sizeof *ix->starts);
    ix->nlines = 0;
    ix->starts[ix->nlines++] = 0;
    for (const char *p = src->text, *end = p + src->len; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        ix->starts[ix->nlines++] = (uint32_t)(p + 1 - src->text);
}

uint32_t pr_line_index_column(const pr_line_index *ix, uint32_t lineno, uint32_t col)
{
    if (lineno == 0 || lineno > ix->nlines)
        return col + 1;
    const char *line = ix->src->text + ix->starts[lineno - 1];
    uint32_t chars = 0;
    for (uint32_t i = 0; i < col; i++)
        chars += ((unsigned char)line[i] & 0xC0) != 0x80;
    return chars + 1;
}

void pr_output_concise(pr_sbuf *out, const char *path, const pr_line_index *ix, const pr_finding *f)
{
    pr_sbuf_printf(out, "%s:%u:%u: %s %s\n", path, f->lineno, pr_line_index_column(ix, f->lineno, f->col),
                   pr_rules[f->rule].code, f->message);
}
