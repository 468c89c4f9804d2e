/* The review of one parsed file: every analysis pass, in order, adding findings.  A pass
** only reads the tree and the facts earlier passes left; none prints.  A pass runs only
** when one of the rules it reports is on for the file; the semantic model, which they
** all read, when any of them runs; the whole-project summary, last, whenever a join
** follows.  Only the semantic model leaves facts (complete when
** its pass returns): what any other pass allocates in the file's arena is its own working
** data, given back when it returns, so that the review of a huge file costs the model
** plus the largest pass, not all of them (findings live in an arena of their own). */
#include "passes/passes.h"
#include "passes/dataflow.h"

#include <pthread.h>
#include <string.h>

typedef struct pr_pass {
    const char *name;
    void (*run)(pr_review_ctx *ctx);
    const char *rules; /* the code prefixes of the rules it reports, space-separated */
    bool resolves;     /* it reads the resolved names (pr_review_resolver) */
    bool summarizes;   /* it adds to the whole-project summary (ctx->summary) */
} pr_pass;

static const pr_pass passes[] = {
    {"unused", pr_pass_unused, "F4 F8 RUF059 RVW201", false, false},
    {"deadcode", pr_pass_deadcode, "RVW203 RVW204", true, false},
    {"naming", pr_pass_naming, "N8 N9 RVW101 RVW103", false, true},
    {"docstrings", pr_pass_docstrings, "D1 D4", false, false},
    {"complexity", pr_pass_complexity, "C901 PLR RVW301 RVW302 RVW303", false, false},
    {"security", pr_pass_security, "S B904 BLE E722 EM F901 RVW4 RVW5 TRY", true, false},
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

/* The pass of each rule, -1 for none: matched once, not per file. */
static signed char pass_of[PR_RULE_COUNT];
static pthread_once_t pass_of_once = PTHREAD_ONCE_INIT;

static void map_rules(void)
{
    for (int r = 0; r < PR_RULE_COUNT; r++) {
        pass_of[r] = -1;
        for (int i = 0; i < NPASSES && pass_of[r] < 0; i++)
            if (reports(&passes[i], (pr_rule)r))
                pass_of[r] = (signed char)i;
    }
}

int pr_review_pass_of(pr_rule rule)
{
    pthread_once(&pass_of_once, map_rules);
    return pass_of[rule];
}

/* Test files: the names unittest's and Django's discovery take (test*.py, so test_*.py
** and tests.py) or pytest's (*_test.py), *_tests.py, pytest's conftest.py, and any file
** under a directory test/ or tests/, anywhere in path. */
bool pr_test_file(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (strncmp(base, "test", 4) == 0 || strcmp(base, "conftest.py") == 0 ||
        (n > 8 && strcmp(base + n - 8, "_test.py") == 0) || (n > 9 && strcmp(base + n - 9, "_tests.py") == 0))
        return true;
    for (const char *dir = path; dir < base;) {
        const char *slash = strchr(dir, '/');
        size_t len = (size_t)(slash - dir);
        if ((len == 4 || len == 5) && memcmp(dir, "tests", len) == 0)
            return true;
        dir = slash + 1;
    }
    return false;
}

bool pr_review_on(const pr_review_ctx *ctx, pr_rule rule)
{
    return ctx->enabled ? ctx->enabled[rule] : pr_rules[rule].default_on;
}

/* Runs pass, then gives back what it allocated in the file's arena (when the findings
** live elsewhere). */
static void run_pass(pr_review_ctx *ctx, void (*pass)(pr_review_ctx *ctx))
{
    pr_arena_mark mark = pr_arena_mark_set(ctx->arena);
    pass(ctx);
    if (ctx->findings->arena != ctx->arena)
        pr_arena_release(ctx->arena, mark);
}

void pr_review(pr_review_ctx *ctx)
{
    bool run[NPASSES] = {false}, any = ctx->summary != NULL, resolves = false;
    for (int i = 0; i < NPASSES; i++)
        run[i] = passes[i].summarizes && ctx->summary;
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
    for (int i = 0; i < NPASSES; i++)
        if (run[i])
            run_pass(ctx, passes[i].run);
    if (ctx->summary)
        run_pass(ctx, pr_pass_summary);
}
