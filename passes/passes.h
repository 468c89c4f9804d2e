/* The analyses that run over a parsed file's AST. */
#ifndef PR_PASSES_H
#define PR_PASSES_H

#include <stdbool.h>

#include "grammar/parse.h"
#include "lexer/lexer.h"
#include "passes/findings.h"
#include "passes/options.h"

/* The errors CPython raises after parsing, when it builds its symbol table and compiles
** ('return' outside function, misplaced nonlocal, late __future__ imports, duplicate
** parameters, ...): the first one CPython would report, in err.  Returns false when
** there is one. */
bool pr_syntax_check(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                     pr_syntax_error *err);

struct pr_sem;
struct pr_lines;
struct pr_resolver;
struct pr_summary;

/* What a pass of the review sees of its file, and the facts earlier passes left. */
typedef struct pr_review_ctx {
    pr_arena *arena;            /* working memory: a pass's own is released after it */
    const pr_parsed *parsed;
    const pr_source *src;
    const char *path;
    pr_findings *findings;
    struct pr_sem *sem;         /* the semantic model (semantic.h), once built; read
                                ** only after (pr_sem_find, not pr_sem_intern) */
    const pr_options *options;  /* the file's configuration (options.h); never NULL:
                                ** &pr_options_defaults when nothing is configured */
    const bool *enabled;        /* per rule (pr_rule): on for this file; a pass may skip
                                ** work for rules that are off (their findings are dropped) */
    const struct pr_lines *lines;   /* where the source's lines start (metrics.h), or NULL:
                                    ** then made when a pass first needs them */
    struct pr_resolver *resolver;   /* the names resolved (dataflow.h), made by the first
                                    ** pass that asks pr_review_resolver */
    struct pr_summary *summary; /* what the whole-project join will need (project.h), or
                                ** NULL when no join follows */
    bool test_file;             /* a test file (pr_test_file), by its path below the project */
} pr_review_ctx;

/* The passes, in the order review.c runs them. */
void pr_pass_semantic(pr_review_ctx *ctx);   /* builds ctx->sem (sem_walk.c) */
void pr_pass_unused(pr_review_ctx *ctx);     /* F401 F811 F821 F841 RVW201 ... (unused.c) */
void pr_pass_deadcode(pr_review_ctx *ctx);   /* RVW203 RVW204 (deadcode.c) */
void pr_pass_naming(pr_review_ctx *ctx);     /* N801-N818 N999 RVW101 RVW103 (naming.c) */
void pr_pass_docstrings(pr_review_ctx *ctx); /* D100-D107 D419 (docstrings.c) */
void pr_pass_complexity(pr_review_ctx *ctx); /* C901 RVW301 RVW303 (metrics.c), and on
                                             ** the same walk RVW302 (callgraph.c) and
                                             ** PLR0911-PLR0915 PLR1702 (limits.c) */
void pr_pass_security(pr_review_ctx *ctx);   /* S1xx-S7xx RVW503-RVW505 (security.c), and
                                             ** E722 BLE001 B904 TRY... RVW401-RVW403 (errors.c) */
void pr_pass_summary(pr_review_ctx *ctx);    /* the file's summary for the join (summary.c) */

/* Whether the file at path is a test file, as test runners find them (S101's exemption,
** RVW202's test functions); the caller gives the path below the project's root, so that
** the directories above the project do not count. */
bool pr_test_file(const char *path);
/* Whether rule is on for the file (its default when no selection was made). */
bool pr_review_on(const pr_review_ctx *ctx, pr_rule rule);

/* Runs the passes of the review that report a rule on for the file (ctx->enabled) on a
** file that parsed and passed pr_syntax_check. */
void pr_review(pr_review_ctx *ctx);
/* Which pass reports a rule (an index in review.c's table), or -1 for the rules the
** command itself reports (E999, the suppression rules, the project join's RVW102 and RVW202). */
int pr_review_pass_of(pr_rule rule);

#endif
