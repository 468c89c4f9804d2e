/* A file's metrics together (for `pyreview --metrics` and the review report), radon's rank
** letters and maintainability index, and the rules that report them: C901 on the
** configured complexity model, RVW301 (share of functions ranked C or worse) and RVW303
** (maintainability index ranked C); and RVW302, whose calls the same walk finds, and
** the size limits (PLR, limits.c), whose counts it makes. */
#include "passes/metrics.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "passes/cfg.h"
#include "passes/passes.h"
#include "passes/semantic.h"

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

/* What the statements tell of radon's line counts, as bounds.  The logical-line count
** (LLOC) adds one or two for each `;`-separated part of a logical line holding a token.
** The parts are the statements, the decorators and the clauses (else, except, finally,
** case; an elif is the If statement it starts), but for the first statement of a body on
** its compound statement's line (`if x: y`), which is in the compound statement's part;
** that part then counts two, as its `:` does not end it.  Counted as a part of its own,
** such a body stands for that second count: LLOC is at least the parts so counted.  A
** part counts two only when a `:` in it does not end it: one of a dict, slice, lambda,
** annotation or mapping pattern (which the walk counts), or one in what the walk does not
** look into (an assert, a decorator, a def's parameters, a class's bases), counted here
** where it may be: LLOC is at most the parts and one more for each such `:`.  A line
** where a statement other than a lone string starts is a source line (SLOC); the lines of
** lone strings are all the docstring lines (multi) there can be. */

static bool lone_string(const pr_node *s)
{
    if (s->kind != PR_Expr)
        return false;
    uint16_t kind = s->v.Expr.value->kind;
    return kind == PR_Constant || kind == PR_JoinedStr || kind == PR_TemplateStr;
}

/* An If's orelse that is an elif: the If alone there, where the compound statement's
** first clause is (a nested if is indented further). */
static bool elif(const pr_node *s)
{
    const pr_seq *orelse = s->v.If.orelse;
    return PR_SEQ_LEN(orelse) == 1 && PR_SEQ_NODE(orelse, 0)->kind == PR_If &&
           PR_SEQ_NODE(orelse, 0)->col == s->col;
}

/* The clauses of a compound statement, beside its first. */
static uint32_t clauses(const pr_node *s)
{
    switch (s->kind) {
    case PR_If:
        return PR_SEQ_LEN(s->v.If.orelse) > 0 && !elif(s);
    case PR_For:
    case PR_AsyncFor:
        return PR_SEQ_LEN(s->v.For.orelse) > 0;
    case PR_While:
        return PR_SEQ_LEN(s->v.While.orelse) > 0;
    case PR_Try:
    case PR_TryStar:
        return PR_SEQ_LEN(s->v.Try.handlers) + (PR_SEQ_LEN(s->v.Try.orelse) > 0) +
               (PR_SEQ_LEN(s->v.Try.finalbody) > 0);
    case PR_Match:
        return PR_SEQ_LEN(s->v.Match.cases);
    default:
        return 0;
    }
}

/* Whether a def's parameters, return annotation or type parameters may hold a `:`. */
static bool def_colon(const pr_node *s)
{
    const pr_node *a = s->v.FunctionDef.args;
    if (s->v.FunctionDef.returns || PR_SEQ_LEN(s->v.FunctionDef.type_params) ||
        PR_SEQ_LEN(a->v.arguments.defaults) || PR_SEQ_LEN(a->v.arguments.kwonlyargs) ||
        (a->v.arguments.vararg && a->v.arguments.vararg->v.arg.annotation) ||
        (a->v.arguments.kwarg && a->v.arguments.kwarg->v.arg.annotation))
        return true;
    const pr_seq *lists[] = {a->v.arguments.posonlyargs, a->v.arguments.args};
    for (int k = 0; k < 2; k++)
        for (uint32_t i = 0; i < PR_SEQ_LEN(lists[k]); i++)
            if (PR_SEQ_NODE(lists[k], i)->v.arg.annotation)
                return true;
    return false;
}

void pr_line_bounds_add(pr_line_bounds *lb, const pr_node *s)
{
    lb->parts++;
    if (lone_string(s)) {
        lb->string_lines += s->end_lineno - s->lineno + 1;
    } else if (s->lineno != lb->last_code_line) {
        /* statements come in source order: their lines do not decrease */
        lb->code_lines++;
        lb->last_code_line = s->lineno;
    }
    if (s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef) {
        uint32_t decorators = PR_SEQ_LEN(s->v.FunctionDef.decorator_list);
        lb->parts += decorators;
        lb->colons += decorators + def_colon(s);
    } else if (s->kind == PR_ClassDef) {
        uint32_t decorators = PR_SEQ_LEN(s->v.ClassDef.decorator_list);
        lb->parts += decorators;
        lb->colons += decorators + (PR_SEQ_LEN(s->v.ClassDef.bases) || PR_SEQ_LEN(s->v.ClassDef.keywords) ||
                                    PR_SEQ_LEN(s->v.ClassDef.type_params));
    } else if (s->kind == PR_Assert) {
        lb->colons++;
    } else if (pr_holds_blocks(s)) {
        lb->parts += clauses(s);
    }
}

/* radon's formula before the index is scaled and clamped, with a bound of LLOC and of the
** comment term. */
static double mi_bound(double volume, uint32_t complexity, double lloc, double comment_term)
{
    return 171 - 5.2 * log(volume) - 0.23 * (double)complexity - 16.2 * log(lloc) + comment_term;
}

/* The comment term of radon's formula for a share (in %) of comment lines in SLOC.  It
** rises with the share up to 57.47% (sin() at pi/2), then falls, and stays at 0 or more
** up to 229% (sin() at pi). */
static double comment_term(double share)
{
    return 50 * sin(sqrt(2.46 * (share * (M_PI / 180.0))));
}

/* The lines of a source as radon splits it: a last line without a newline counts.  The
** semantic model's line table, when a pass has made it, has a start after each newline
** and one for the first line. */
static uint32_t count_lines(const pr_source *src, const pr_sem *sem)
{
    if (sem && sem->line_starts)
        return sem->nlines - 1 + (src->len > 0 && src->text[src->len - 1] != '\n');
    const char *p = src->text, *end = src->text + src->len;
    uint32_t n = 0;
    for (const char *nl; (nl = memchr(p, '\n', (size_t)(end - p))); p = nl + 1)
        n++;
    return n + (p < end);
}

/* RVW303 asks only whether the index ranks C, and reports it then.  The raw counts take a
** scan of every byte, which most of the bytes need not have: a module without operators
** (volume 0) has 100 whatever its lines; the index of most large modules is clamped to 0,
** which the formula shows with the least LLOC and the largest comment term; the index of
** most small modules ranks A or B, which it shows with the most LLOC and the least
** comment term.  The share of comment lines (comments and multi) in SLOC is at most the
** comments (each comment token: the parser's list) and the lone strings' lines over
** the lines where statements start, and at least the comments over all the lines (counted
** only when needed).  The bounds are checked with a margin of 1, far above rounding
** errors.  Returns false when the counts are needed; else *rank_c says whether the index
** ranks C, and it is 0 when it does.  lb: the complexity walk's line bounds. */
static bool mi_rank_without_raw(const pr_parsed *parsed, const pr_source *src, const pr_sem *sem,
                                const pr_line_bounds *bounds, pr_module_metrics *m, bool *rank_c)
{
    double volume = m->halstead.volume;
    uint32_t complexity = m->blocks.radon_total;
    if (volume <= 0) {
        *rank_c = pr_mi_rank(pr_mi_compute(volume, complexity, 0, 0, 0)) == 'C';
        return true;
    }
    const pr_line_bounds lb = *bounds;
    double most = lb.code_lines ? ((double)parsed->ncomments + lb.string_lines) * 100 / lb.code_lines : INFINITY;
    if (lb.parts > 0 && mi_bound(volume, complexity, lb.parts, most < 57 ? comment_term(most) : 50) < -1) {
        *rank_c = true;
        m->mi = 0.0;
        m->mi_rank = 'C';
        return true;
    }
    double rank_b = 9 * 171 / 100.0 + 1, lloc_most = lb.parts + fmin(lb.parts, lb.colons);
    if (lb.parts == 0)
        return false;
    double term_least = -50;
    if (most <= 225) {
        term_least = 0;
        uint32_t lines;
        if (mi_bound(volume, complexity, lloc_most, 0) <= rank_b && (lines = count_lines(src, sem)) > 0)
            term_least = fmin(comment_term((double)parsed->ncomments * 100 / lines), comment_term(most));
    }
    if (mi_bound(volume, complexity, lloc_most, term_least) > rank_b) {
        *rank_c = false;
        return true;
    }
    return false;
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
    pr_complexity_blocks(a, parsed->module, PR_CC_ALL, &out->halstead, &out->blocks, NULL, NULL, NULL);
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
    for (uint32_t i = 0; i < blocks->n; i++) {
        const pr_cc_block *b = &blocks->items[i];
        int32_t cc = b->cc[model];
        if (b->kind == PR_BLOCK_CLASS || cc <= max)
            continue;
        if (b->kind == PR_BLOCK_GRAPH) {
            pr_report(ctx->findings, PR_RULE_C901, b->node, unit_name(b, model), cc, max);
            continue;
        }
        uint32_t line, col, end;
        pr_def_name_span(ctx->sem, b->node, &line, &col, &end);
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

/* The rules of complexity, of the call graph and of the size limits share one walk: with
** only RVW302 or the limits on, it computes no model. */
void pr_pass_complexity(pr_review_ctx *ctx)
{
    bool cc = enabled(ctx, PR_RULE_C901) || enabled(ctx, PR_RULE_RVW301) || enabled(ctx, PR_RULE_RVW303);
    bool graph = enabled(ctx, PR_RULE_RVW302);
    pr_limits *limits = pr_limits_start(ctx);
    if (!cc && !graph && !limits)
        return;
    pr_complexity_model model = ctx->options->complexity_model;
    int32_t max = ctx->options->max_complexity;
    bool mi = enabled(ctx, PR_RULE_RVW303);
    pr_module_metrics m = {0};
    pr_calls calls = {0};
    pr_line_bounds lines = {0};
    unsigned models = cc ? 1u << model | (mi ? 1u << PR_COMPLEXITY_RADON : 0) : 0;
    pr_complexity_blocks(ctx->arena, ctx->parsed->module, models, mi ? &m.halstead : NULL, &m.blocks,
                         graph ? &calls : NULL, mi ? &lines : NULL, limits);
    pr_limits_finish(limits);
    if (graph)
        pr_callgraph_report(ctx, &calls);
    if (enabled(ctx, PR_RULE_C901))
        report_complex(ctx, &m.blocks, model, max);
    if (enabled(ctx, PR_RULE_RVW301))
        report_summary(ctx, &m.blocks, model);
    bool rank_c;
    if (mi && !mi_rank_without_raw(ctx->parsed, ctx->src, ctx->sem, &lines, &m, &rank_c)) {
        add_maintainability(ctx->arena, ctx->parsed, ctx->src, &m);
        rank_c = m.mi_rank == 'C';
    }
    if (mi && rank_c)
        pr_report_at(ctx->findings, PR_RULE_RVW303, 1, 0, 1, 0, m.mi);
}
