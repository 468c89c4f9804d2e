/* The review of one parsed file: every analysis pass, in order, adding findings.  A pass
** only reads the tree and the facts earlier passes left; none prints. */
#include "passes/passes.h"

typedef struct pr_pass {
    const char *name;
    void (*run)(pr_review_ctx *ctx);
} pr_pass;

static const pr_pass passes[] = {
    {"semantic", pr_pass_semantic},
    {"unused", pr_pass_unused},
    {"deadcode", pr_pass_deadcode},
    {"naming", pr_pass_naming},
    {"docstrings", pr_pass_docstrings},
    {"complexity", pr_pass_complexity},
    {"limits", pr_pass_limits},
    {"callgraph", pr_pass_callgraph},
    {"security", pr_pass_security},
    {NULL, NULL},
};

bool pr_review_on(const pr_review_ctx *ctx, pr_rule rule)
{
    return ctx->enabled ? ctx->enabled[rule] : pr_rules[rule].default_on;
}

void pr_review(pr_review_ctx *ctx)
{
    for (const pr_pass *p = passes; p->run; p++)
        p->run(ctx);
}
