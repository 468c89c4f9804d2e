/* The review of one parsed file: every analysis pass, in order, adding findings.  A pass
** only reads the tree and the facts earlier passes left; none prints.  Only the first
** pass leaves facts (the semantic model, complete when it returns): what any other pass
** allocates in the file's arena is its own working data, given back when it returns, so
** that the review of a huge file costs the model plus the largest pass, not all of them
** (findings live in an arena of their own). */
#include "passes/passes.h"

typedef struct pr_pass {
    const char *name;
    void (*run)(pr_review_ctx *ctx);
} pr_pass;

static const pr_pass passes[] = {
    {"semantic", pr_pass_semantic},
    {"unused", pr_pass_unused},
    {"naming", pr_pass_naming},
    {"docstrings", pr_pass_docstrings},
    {"complexity", pr_pass_complexity},
    {"limits", pr_pass_limits},
    {"callgraph", pr_pass_callgraph},
    {"security", pr_pass_security},
    {NULL, NULL},
};

void pr_review(pr_review_ctx *ctx)
{
    bool apart = ctx->findings->arena != ctx->arena;
    for (const pr_pass *p = passes; p->run; p++) {
        pr_arena_mark mark = pr_arena_mark_set(ctx->arena);
        p->run(ctx);
        if (p != passes && apart)
            pr_arena_release(ctx->arena, mark);
    }
}
