/* Printing findings.  Positions are shown as users of ruff and flake8 expect them:
** 1-based line, 1-based column counted in characters. */
#ifndef PR_OUTPUT_H
#define PR_OUTPUT_H

#include "ast/sbuf.h"
#include "lexer/lexer.h"
#include "passes/findings.h"

/* Where each line of a source starts, for turning byte columns into character columns. */
typedef struct pr_line_index {
    const pr_source *src;
    uint32_t *starts;
    uint32_t nlines;
} pr_line_index;

void pr_line_index_build(pr_arena *a, const pr_source *src, pr_line_index *ix);
/* The 1-based character column of a 0-based byte column. */
uint32_t pr_line_index_column(const pr_line_index *ix, uint32_t lineno, uint32_t col);

/* `path:line:col: CODE message`, one line per finding (ruff's concise format). */
void pr_output_concise(pr_sbuf *out, const char *path, const pr_line_index *ix, const pr_finding *f);

#endif
