/* The analyses that run over a parsed file's AST. */
#ifndef PR_PASSES_H
#define PR_PASSES_H

#include <stdbool.h>

#include "grammar/parse.h"
#include "lexer/lexer.h"
#include "passes/findings.h"

/* The errors CPython raises after parsing, when it builds its symbol table and compiles
** ('return' outside function, misplaced nonlocal, late __future__ imports, duplicate
** parameters, ...): the first one CPython would report, in err.  Returns false when
** there is one. */
bool pr_syntax_check(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                     pr_syntax_error *err);

/* What a pass of the review sees of its file. */
typedef struct pr_review_ctx {
    pr_arena *arena;
    const pr_parsed *parsed;
    const pr_source *src;
    const char *path;
    pr_findings *findings;
} pr_review_ctx;

/* Runs every pass of the review on a file that parsed and passed pr_syntax_check. */
void pr_review(pr_review_ctx *ctx);

#endif
