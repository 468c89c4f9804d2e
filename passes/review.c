/* The review of one parsed file: every analysis pass, in order, adding findings.  A pass
** only reads the tree and the facts earlier passes left; none prints.  A pass runs only
** when one of the rules it reports is on for the file; the semantic model, which they
** all read, when any of them runs.  Only the semantic model leaves facts (complete when
** its pass returns): what any other pass allocates in the file's arena is its own working
** data, given back when it returns, so that the review of a huge file costs the model
** plus the largest pass, not all of them (findings live in an arena of their own). */
#include "passes/passes.h"

#include <string.h>

typedef struct pr_pass {
    const char *name;
    void (*run)(pr_review_ctx *ctx);
    const char *rules; /* the code prefixes of the rules it reports, space-separated */
} pr_pass;

static const pr_pass passes[] = {
    {"unused", pr_pass_unused, "F4 F8 RUF059"},
    {"naming", pr_pass_naming, "N8 N9 RVW101 RVW103"},
    {"docstrings", pr_pass_docstrings, "D1 D4"},
    {"complexity", pr_pass_complexity, "C901 RVW301 RVW303"},
    {"limits", pr_pass_limits, "PLR"},
    {"callgraph", pr_pass_callgraph, "RVW302"},
    {"security", pr_pass_security, "S B904 BLE E722 EM F901 RVW4 RVW5 TRY"},
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

void pr_review(pr_review_ctx *ctx)
{
    bool run[NPASSES] = {false}, any = false;
    for (int r = 0; r < PR_RULE_COUNT; r++) {
        int p = ctx->enabled[r] ? pr_review_pass_of((pr_rule)r) : -1;
        if (p >= 0)
            run[p] = any = true;
    }
    if (!any)
        return;
    pr_pass_semantic(ctx);
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
