/* A file's metrics together (for `pyreview --metrics` and the review report), radon's rank
** letters and maintainability index, and the rules that report them: C901 on the
** configured complexity model, RVW301 (share of functions ranked C or worse) and RVW303
** (maintainability index ranked C). */
#include "passes/metrics.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "passes/cfg.h"
#include "passes/passes.h"

char pr_cc_rank(int32_t cc)
{
    if (cc <= 5)
        return 'A';
    int32_t rank = (cc + 9) / 10;   /* ceil(cc / 10): 6-10 B, 11-20 C, ... */
    return (char)('A' + (rank > 5 ? 5 : rank));
}

/* radon's mi_compute, operation for operation, so that the floating-point result is the
** same to the last bit.  radon passes LLOC where its formula names SLOC, and counts the
** comment share against SLOC; both kept. */
double pr_mi_compute(double volume, uint32_t complexity, uint32_t lloc, uint32_t comment_lines,
                     uint32_t sloc)
{
    if (volume <= 0 || lloc == 0)
        return 100.0;
    double comments = sloc ? (double)comment_lines / (double)sloc * 100 : 0;
    double sloc_scale = log((double)lloc);
    double volume_scale = log(volume);
    double comments_scale = sqrt(2.46 * (comments * (M_PI / 180.0)));
    double mi = 171 - 5.2 * volume_scale;
    mi -= 0.23 * (double)complexity;
    mi -= 16.2 * sloc_scale;
    mi += 50 * sin(comments_scale);
    mi = mi * 100 / 171.0;
    return mi < 0 ? 0.0 : mi > 100 ? 100.0 : mi;
}

char pr_mi_rank(double mi)
{
    return mi > 19 ? 'A' : mi > 9 ? 'B' : 'C';
}

/* The logical-line count (LLOC) is at least the number of `;`-separated parts of logical
** lines holding a token, each counting one or two.  Every statement starts a part of its
** own, but for the first statement of a body on its compound statement's line (`if x:
** y`), which starts in the compound statement's: LLOC is at least the statements less the
** compound ones, and at least the compound ones (each on a logical line of its own). */
static void count_statements(const pr_seq *body, uint32_t *all, uint32_t *compound)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        ++*all;
        if (s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef) {
            ++*compound;
            count_statements(s->v.FunctionDef.body, all, compound);
        } else if (s->kind == PR_ClassDef) {
            ++*compound;
            count_statements(s->v.ClassDef.body, all, compound);
        } else if (pr_holds_blocks(s)) {
            ++*compound;
            pr_body_iter it;
            pr_body_iter_init(&it, s);
            for (const pr_seq *b; (b = pr_body_iter_next(&it));)
                count_statements(b, all, compound);
        }
    }
}

/* radon's formula without its comment term (at most 50) and with a lower bound of LLOC:
** an upper bound of the index before it is scaled and clamped. */
static double mi_upper_bound(double volume, uint32_t complexity, double lloc_at_least)
{
    return 171 - 5.2 * log(volume) - 0.23 * (double)complexity - 16.2 * log(lloc_at_least) + 50;
}

/* RVW303 asks only whether the index ranks C, and reports it then.  The raw counts take a
** scan of every byte, which most of the bytes need not have: a module without operators
** (volume 0) has 100 whatever its lines, and the index of most large modules is clamped
** to 0, which a bound of the formula shows (with a margin far above rounding errors).
** Returns false when the counts are needed. */
static bool mi_without_raw(const pr_parsed *parsed, const pr_source *src, pr_module_metrics *m)
{
    double volume = m->halstead.volume;
    uint32_t complexity = m->blocks.radon_total;
    if (volume <= 0) {
        m->mi = pr_mi_compute(volume, complexity, 0, 0, 0);
        m->mi_rank = pr_mi_rank(m->mi);
        return true;
    }
    /* a part holds a byte and counts at most two: no LLOC is above twice the file's size */
    if (src->len == 0 || mi_upper_bound(volume, complexity, 2.0 * src->len) >= -1)
        return false;
    uint32_t all = 0, compound = 0;
    count_statements(parsed->module->v.Module.body, &all, &compound);
    uint32_t lloc = all - compound > compound ? all - compound : compound;
    if (lloc == 0 || mi_upper_bound(volume, complexity, (double)lloc) >= -1)
        return false;
    m->mi = 0.0;
    m->mi_rank = pr_mi_rank(m->mi);
    return true;
}

/* The metrics beyond complexity, once out->blocks and out->halstead are there. */
static void add_maintainability(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                                pr_module_metrics *out)
{
    pr_raw_metrics_compute(a, parsed, src, &out->raw);
    const pr_raw_metrics *r = &out->raw;
    out->mi = pr_mi_compute(out->halstead.volume, out->blocks.radon_total, r->lloc,
                            r->comments + r->multi, r->sloc);
    out->mi_rank = pr_mi_rank(out->mi);
}

void pr_metrics_compute(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                        pr_module_metrics *out)
{
    memset(out, 0, sizeof *out);
    pr_complexity_blocks(a, parsed->module, PR_CC_ALL, &out->halstead, &out->blocks);
    add_maintainability(a, parsed, src, out);
}

/* ------------------------------------------------------------------ the rules */

static bool enabled(const pr_review_ctx *ctx, pr_rule rule)
{
    return ctx->enabled ? ctx->enabled[rule] : pr_rules[rule].default_on;
}

/* The name C901 gives a unit: ruff names the def; flake8's mccabe the class path and the
** def ("C.m"), or the graph ("If 12"). */
static const char *unit_name(const pr_cc_block *b, pr_complexity_model model)
{
    if (model == PR_COMPLEXITY_RUFF || b->kind == PR_BLOCK_GRAPH)
        return b->name;
    return b->qualname;
}

static void report_complex(pr_review_ctx *ctx, const pr_cc_blocks *blocks, pr_complexity_model model,
                           int32_t max)
{
    pr_def_names *names = NULL;
    for (uint32_t i = 0; i < blocks->n; i++) {
        const pr_cc_block *b = &blocks->items[i];
        int32_t cc = b->cc[model];
        if (b->kind == PR_BLOCK_CLASS || cc <= max)
            continue;
        if (b->kind == PR_BLOCK_GRAPH) {
            pr_report(ctx->findings, PR_RULE_C901, b->node, unit_name(b, model), cc, max);
            continue;
        }
        if (!names)
            names = pr_def_names_new(ctx->arena, ctx->sem);
        uint32_t line, col, end;
        pr_def_name_span(names, b->node, &line, &col, &end);
        pr_report_at(ctx->findings, PR_RULE_C901, line, col, line, end, unit_name(b, model), cc, max);
    }
}

/* RVW301: the functions ranked C or worse (complexity above 10), named. */
static void report_summary(pr_review_ctx *ctx, const pr_cc_blocks *blocks, pr_complexity_model model)
{
    uint32_t rated = 0, bad = 0;
    pr_sbuf names = {0};
    for (uint32_t i = 0; i < blocks->n; i++) {
        const pr_cc_block *b = &blocks->items[i];
        if (b->kind == PR_BLOCK_CLASS || b->cc[model] < 0)
            continue;
        rated++;
        if (pr_cc_rank(b->cc[model]) < 'C')
            continue;
        pr_sbuf_printf(&names, "%s`%s` (%c, %d)", bad ? ", " : "", b->qualname,
                       pr_cc_rank(b->cc[model]), b->cc[model]);
        bad++;
    }
    if (bad)
        pr_report_at(ctx->findings, PR_RULE_RVW301, 1, 0, 1, 0, bad, rated, names.data);
    pr_sbuf_free(&names);
}

void pr_pass_complexity(pr_review_ctx *ctx)
{
    if (!enabled(ctx, PR_RULE_C901) && !enabled(ctx, PR_RULE_RVW301) && !enabled(ctx, PR_RULE_RVW303))
        return;
    pr_complexity_model model = ctx->options->complexity_model;
    int32_t max = ctx->options->max_complexity;
    bool mi = enabled(ctx, PR_RULE_RVW303);
    pr_module_metrics m = {0};
    pr_complexity_blocks(ctx->arena, ctx->parsed->module,
                         1u << model | (mi ? 1u << PR_COMPLEXITY_RADON : 0), mi ? &m.halstead : NULL,
                         &m.blocks);
    if (enabled(ctx, PR_RULE_C901))
        report_complex(ctx, &m.blocks, model, max);
    if (enabled(ctx, PR_RULE_RVW301))
        report_summary(ctx, &m.blocks, model);
    if (mi) {
        if (!mi_without_raw(ctx->parsed, ctx->src, &m))
            add_maintainability(ctx->arena, ctx->parsed, ctx->src, &m);
        if (m.mi_rank == 'C')
            pr_report_at(ctx->findings, PR_RULE_RVW303, 1, 0, 1, 0, m.mi);
    }
}
