/* The review of one parsed file: every analysis pass, in order, adding findings.  A pass
** only reads the tree and the facts earlier passes left; none prints.  A pass runs only
** when one of the rules it reports is on for the file; the semantic model, which they
** all read, when any of them runs.  Only the semantic model leaves facts (complete when
** its pass returns): what any other pass allocates in the file's arena is its own working
** data, given back when it returns, so that the review of a huge file costs the model
** plus the largest pass, not all of them (findings live in an arena of their own). */
#include "passes/passes.h"
#include "passes/dataflow.h"

#include <string.h>

typedef struct pr_pass {
    const char *name;
    void (*run)(pr_review_ctx *ctx);
    const char *rules; /* the code prefixes of the rules it reports, space-separated */
    bool resolves;     /* it reads the resolved names (pr_review_resolver) */
} pr_pass;

static const pr_pass passes[] = {
    {"unused", pr_pass_unused, "F4 F8 RUF059 RVW201", false},
    {"deadcode", pr_pass_deadcode, "RVW203 RVW204", true},
    {"naming", pr_pass_naming, "N8 N9 RVW101 RVW103", false},
    {"docstrings", pr_pass_docstrings, "D1 D4", false},
    {"complexity", pr_pass_complexity, "C901 RVW301 RVW303", false},
    {"limits", pr_pass_limits, "PLR", false},
    {"callgraph", pr_pass_callgraph, "RVW302", false},
    {"security", pr_pass_security, "S B904 BLE E722 EM F901 RVW4 RVW5 TRY", true},
};
enum { NPASSES = sizeof passes / sizeof passes[0] };

static bool reports(const pr_pass *p, pr_rule rule)
{
    const char *code = pr_rules[rule].code;
    for (const char *s = p->rules; *s;) {
        size_t n = strcspn(s, " ");
        if (strncmp(code, s, n) == 0)
            return true;
        s += n + (s[n] == ' ');
    }
    return false;
}

int pr_review_pass_of(pr_rule rule)
{
    for (int i = 0; i < NPASSES; i++)
        if (reports(&passes[i], rule))
            return i;
    return -1;
}

bool pr_review_on(const pr_review_ctx *ctx, pr_rule rule)
{
    return ctx->enabled ? ctx->enabled[rule] : pr_rules[rule].default_on;
}

void pr_review(pr_review_ctx *ctx)
{
    bool run[NPASSES] = {false}, any = false, resolves = false;
    for (int r = 0; r < PR_RULE_COUNT; r++) {
        int p = pr_review_on(ctx, (pr_rule)r) ? pr_review_pass_of((pr_rule)r) : -1;
        if (p >= 0) {
            run[p] = any = true;
            resolves |= passes[p].resolves;
        }
    }
    if (!any)
        return;
    pr_pass_semantic(ctx);
    /* shared facts are made before the first pass, whose working memory is released */
    if (resolves)
        pr_review_resolver(ctx);
    bool apart = ctx->findings->arena != ctx->arena;
    for (int i = 0; i < NPASSES; i++) {
        if (!run[i])
            continue;
        pr_arena_mark mark = pr_arena_mark_set(ctx->arena);
        passes[i].run(ctx);
        if (apart)
            pr_arena_release(ctx->arena, mark);
    }
}
