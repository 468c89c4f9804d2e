/* pylint's size limits on functions, counted as ruff counts them (PLR0911 returns, PLR0912
** branches, PLR0913 arguments, PLR0914 locals, PLR0915 statements, PLR1702 nested blocks),
** with pylint's default limits (configurable: max-returns, max-branches, ...).  The counts
** are made in the complexity walk (complexity.c), which gives each statement of each body
** to pr_limits_stmt and each def, once its body is walked, to pr_limits_def: one walk over
** the bodies serves both passes.  ruff's AST has no elif node (an if keeps a list of
** elif/else clauses) where CPython's has a nested If in orelse; the counts below take such
** an If for a clause of the if above it, telling an `elif` from an `else:` holding an `if`
** by its keyword. */
#include "passes/metrics.h"
#include "passes/semantic.h"

#include <regex.h>
#include <string.h>

#include "passes/passes.h"

struct pr_limits {
    pr_review_ctx *ctx;
    const pr_options *opt;
    const regex_t *dummy;   /* dummy-variable-rgx */
    regex_t default_re;     /* the default pattern, compiled here (cli/ compiles configured ones) */
    bool default_dummy;     /* dummy is default_re */
    pr_table locals;        /* def node -> its locals (PLR0914), when over the limit */
    bool locals_counted;
    bool nesting;           /* PLR1702 is on */
};

static bool enabled(const pr_review_ctx *ctx, pr_rule rule)
{
    return ctx->enabled ? ctx->enabled[rule] : pr_rules[rule].default_on;
}

/* The If that an if's orelse holds when it is an elif clause, else NULL. */
static const pr_node *elif_of(const pr_limits *l, const pr_node *s)
{
    const pr_seq *orelse = s->v.If.orelse;
    if (PR_SEQ_LEN(orelse) != 1 || PR_SEQ_NODE(orelse, 0)->kind != PR_If)
        return NULL;
    const pr_node *e = PR_SEQ_NODE(orelse, 0);
    const char *at = l->ctx->src->text + pr_sem_offset(l->ctx->sem, e->lineno, e->col);
    return strncmp(at, "elif", 4) == 0 ? e : NULL;
}

/* ------------------------------------------------------------------ PLR0913 */

/* Whether a decorator is `name` or `something.name`. */
static bool decorated(const pr_node *def, const char *name)
{
    const pr_seq *d = def->v.FunctionDef.decorator_list;
    for (uint32_t i = 0; i < PR_SEQ_LEN(d); i++) {
        const pr_node *e = PR_SEQ_NODE(d, i);
        if ((e->kind == PR_Name && strcmp(e->v.Name.id, name) == 0) ||
            (e->kind == PR_Attribute && strcmp(e->v.Attribute.attr, name) == 0))
            return true;
    }
    return false;
}

/* Parameters that are not dummies (dummy-variable-rgx).  The default pattern needs a
** leading underscore: other names skip the regular expression. */
static uint32_t count_args(const pr_limits *l, const pr_seq *args)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < PR_SEQ_LEN(args); i++) {
        const char *name = PR_SEQ_NODE(args, i)->v.arg.arg;
        n += (l->default_dummy && name[0] != '_') || regexec(l->dummy, name, 0, NULL, 0) != 0;
    }
    return n;
}

/* Parameters but *args and **kwargs, less the dummies; a method's self or cls is not
** counted; overrides and overloads are exempt (their signature is not theirs to choose). */
static uint32_t arguments(const pr_limits *l, const pr_node *def, bool in_class)
{
    const pr_node *a = def->v.FunctionDef.args;
    const pr_seq *pos = a->v.arguments.posonlyargs, *args = a->v.arguments.args;
    const pr_seq *kw = a->v.arguments.kwonlyargs;
    uint32_t max = (uint32_t)l->opt->max_args;
    if (PR_SEQ_LEN(pos) + PR_SEQ_LEN(args) + PR_SEQ_LEN(kw) <= max)
        return 0;
    uint32_t n = count_args(l, pos) + count_args(l, args) + count_args(l, kw);
    if (n <= max || decorated(def, "override") || decorated(def, "overload"))
        return 0;
    if (in_class && !decorated(def, "staticmethod"))
        n--;
    return n;
}

/* ------------------------------------------------------------------ PLR0914 */

/* Locals as ruff counts them: the names of a function scope whose last binding there is an
** assignment (plain, augmented, annotated with a value, unpacked, a match capture); not
** arguments, loop or with targets, imports, walrus targets, names declared global or
** nonlocal.  pylint also counts arguments.
** The semantic model has the bindings; the counts are made once per file, by scope, and
** only the defs over the limit are kept by node (the others count as none). */
static void count_locals(pr_limits *l)
{
    const pr_sem *m = l->ctx->sem;
    uint32_t *count = pr_arena_alloc(l->ctx->arena, m->nscopes * sizeof *count + 1);
    memset(count, 0, m->nscopes * sizeof *count);
    for (uint32_t i = 0; i < m->nbindings; i++) {
        const pr_binding *b = &m->bindings[i];
        const pr_sem_scope *sc = &m->scopes[b->scope];
        if (sc->kind != PR_SCOPE_FUNCTION ||
            (b->kind != PR_BIND_ASSIGN && b->kind != PR_BIND_UNPACKED && b->kind != PR_BIND_MATCH) ||
            pr_sem_lookup(m, b->scope, b->name) != i)
            continue;
        bool declared = false;   /* global or nonlocal: the name is not a local */
        for (uint32_t k = b->shadowed; k != PR_SEM_NONE && !declared; k = m->bindings[k].shadowed)
            declared = m->bindings[k].kind == PR_BIND_GLOBAL;
        if (!declared)
            count[b->scope]++;
    }
    for (uint32_t s = 0; s < m->nscopes; s++)
        if (count[s] > (uint32_t)l->opt->max_locals)
            pr_table_put(l->ctx->arena, &l->locals, (uint64_t)(uintptr_t)m->scopes[s].node, count[s]);
}

static uint32_t local_count(pr_limits *l, const pr_node *def)
{
    if (!l->locals_counted) {
        count_locals(l);
        l->locals_counted = true;
    }
    return pr_table_get(&l->locals, (uint64_t)(uintptr_t)def, 0);
}

/* ------------------------------------------------------------------ PLR1702 */

static bool nested_block(const pr_node *s)
{
    switch (s->kind) {
    case PR_If:
    case PR_While:
    case PR_For:
    case PR_AsyncFor:
    case PR_Try:
    case PR_TryStar:
    case PR_With:
    case PR_AsyncWith:
        return true;
    default:
        return false;
    }
}

static bool any_nested(const pr_seq *body)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++)
        if (nested_block(PR_SEQ_NODE(body, i)))
            return true;
    return false;
}

/* Whether a body of a block statement (an if's elif and else clauses included) holds a
** block statement. */
static bool holds_nested(const pr_limits *l, const pr_node *s)
{
    switch (s->kind) {
    case PR_If:
        for (;;) {
            if (any_nested(s->v.If.body))
                return true;
            const pr_node *e = elif_of(l, s);
            if (!e)
                return any_nested(s->v.If.orelse);
            s = e;
        }
    case PR_For:
    case PR_AsyncFor:
        return any_nested(s->v.For.body) || any_nested(s->v.For.orelse);
    case PR_While:
        return any_nested(s->v.While.body) || any_nested(s->v.While.orelse);
    case PR_With:
    case PR_AsyncWith:
        return any_nested(s->v.With.body);
    case PR_Try:
    case PR_TryStar:
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Try.handlers); i++)
            if (any_nested(PR_SEQ_NODE(s->v.Try.handlers, i)->v.ExceptHandler.body))
                return true;
        return any_nested(s->v.Try.body) || any_nested(s->v.Try.orelse) || any_nested(s->v.Try.finalbody);
    default:
        return false;
    }
}

/* ruff reports the innermost block statements (holding none) that are the first block of
** their body, counting the block statements above them, those outside the def included.
** s is a block statement of a body placed at at. */
static void check_nesting(const pr_limits *l, const pr_node *s, const pr_limits_at *at)
{
    uint32_t depth = at->depth + 1;
    if (at->in_function && at->in_block && !at->block_seen && depth > (uint32_t)l->opt->max_nested_blocks &&
        !holds_nested(l, s))
        pr_report_at(l->ctx->findings, PR_RULE_PLR1702, s->lineno, 0, s->lineno, s->col, depth,
                     l->opt->max_nested_blocks);
}

/* ------------------------------------------------------------------ the counts */

/* What one statement adds to the counts of the def it is in (complexity.c keeps them per
** def; at module or class level, counts nobody reads).
** returns: return statements outside nested defs and classes.
** branches: an if and each of its elif and else clauses, a for or while and its else, a
** try's else, finally and each handler, each case of a match; nested defs and classes
** add none.
** statements: each statement but a return, and besides: an if's elif and else clauses
** one each, a try's else one, its finally two, its handlers one each and one more when
** there are several; a for counts only its bodies (ruff after pylint); a nested def
** counts one and its own statements (pr_limits_def), a nested class one.
** An elif clause counts as the clause the if above it counted, its else as one more. */
static void count(const pr_node *s, bool elif, pr_limits_tally *t)
{
    switch (s->kind) {
    case PR_If: {
        uint32_t n = !elif + (PR_SEQ_LEN(s->v.If.orelse) > 0);
        t->branches += n;
        t->statements += n;
        return;
    }
    case PR_For:
    case PR_AsyncFor:
        t->branches += 1 + (PR_SEQ_LEN(s->v.For.orelse) > 0);
        return;
    case PR_While:
        t->branches += 1 + (PR_SEQ_LEN(s->v.While.orelse) > 0);
        t->statements++;
        return;
    case PR_Match:
        t->branches += PR_SEQ_LEN(s->v.Match.cases);
        t->statements++;
        return;
    case PR_Try:
    case PR_TryStar: {
        uint32_t h = PR_SEQ_LEN(s->v.Try.handlers);
        bool orelse = PR_SEQ_LEN(s->v.Try.orelse) > 0, finally = PR_SEQ_LEN(s->v.Try.finalbody) > 0;
        t->branches += orelse + finally + h;
        t->statements += 1 + orelse + 2 * finally + (h > 1) + h;
        return;
    }
    default:
        t->statements++;
        return;
    }
}

/* The statements that hold bodies or count other than one statement; most do neither and
** take the short way. */
static const bool special[PR_KIND_COUNT] = {
    [PR_If] = true, [PR_For] = true, [PR_AsyncFor] = true, [PR_While] = true, [PR_Match] = true,
    [PR_Try] = true, [PR_TryStar] = true, [PR_With] = true, [PR_AsyncWith] = true,
    [PR_FunctionDef] = true, [PR_AsyncFunctionDef] = true, [PR_ClassDef] = true, [PR_Return] = true,
};

/* A statement with bodies; kept out of line so that the common way through
** pr_limits_stmt, taken for most statements, saves no registers. */
static __attribute__((noinline)) void compound(pr_limits *l, const pr_node *s, pr_limits_at *at, pr_limits_tally *t,
                     pr_limits_at *inner)
{
    /* an elif's bodies sit where its if's do; it is no block of the body holding it */
    bool elif = s == at->elif;
    count(s, elif, t);
    *inner = (pr_limits_at){at->depth, at->in_function, false, false, NULL};
    if (s->kind == PR_If)
        inner->elif = PR_SEQ_LEN(s->v.If.orelse) ? elif_of(l, s) : NULL;
    if (elif) {
        inner->in_block = true;
    } else if (nested_block(s)) {
        if (l->nesting)
            check_nesting(l, s, at);
        at->block_seen = true;
        inner->depth++;
        inner->in_block = true;
    } else if (s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef) {
        inner->in_function = true;
    } else if (s->kind == PR_ClassDef) {
        inner->in_function = false;
    }
}

void pr_limits_stmt(pr_limits *l, const pr_node *s, pr_limits_at *at, pr_limits_tally *t,
                    pr_limits_at *inner)
{
    if (!special[s->kind])
        t->statements++;
    else if (s->kind == PR_Return)
        t->returns++;
    else
        compound(l, s, at, t, inner);
}

/* ------------------------------------------------------------------ the rules */

static void report_def(pr_limits *l, pr_rule rule, const pr_node *def, uint32_t n, int max)
{
    uint32_t line, col, end;
    pr_def_name_span(l->ctx->sem, def, &line, &col, &end);
    pr_report_at(l->ctx->findings, rule, line, col, line, end, n, max);
}

void pr_limits_def(pr_limits *l, const pr_node *def, bool in_class, const pr_limits_tally *t,
                   pr_limits_tally *outer)
{
    const pr_review_ctx *ctx = l->ctx;
    const pr_options *o = l->opt;
    uint32_t n;
    outer->statements += t->statements;
    if (enabled(ctx, PR_RULE_PLR0911) && t->returns > (uint32_t)o->max_returns)
        report_def(l, PR_RULE_PLR0911, def, t->returns, o->max_returns);
    if (enabled(ctx, PR_RULE_PLR0912) && t->branches > (uint32_t)o->max_branches)
        report_def(l, PR_RULE_PLR0912, def, t->branches, o->max_branches);
    if (enabled(ctx, PR_RULE_PLR0913) && (n = arguments(l, def, in_class)) > (uint32_t)o->max_args)
        report_def(l, PR_RULE_PLR0913, def, n, o->max_args);
    if (enabled(ctx, PR_RULE_PLR0914) && (n = local_count(l, def)) > (uint32_t)o->max_locals)
        report_def(l, PR_RULE_PLR0914, def, n, o->max_locals);
    if (enabled(ctx, PR_RULE_PLR0915) && t->statements > (uint32_t)o->max_statements)
        report_def(l, PR_RULE_PLR0915, def, t->statements, o->max_statements);
}

static const pr_rule rules[] = {PR_RULE_PLR0911, PR_RULE_PLR0912, PR_RULE_PLR0913,
                                PR_RULE_PLR0914, PR_RULE_PLR0915, PR_RULE_PLR1702};

pr_limits *pr_limits_start(pr_review_ctx *ctx)
{
    bool any = false;
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
        any |= enabled(ctx, rules[i]);
    if (!any || !ctx->sem)
        return NULL;   /* the semantic model places names and counts locals */
    pr_limits *l = pr_arena_alloc(ctx->arena, sizeof *l);
    *l = (pr_limits){.ctx = ctx, .opt = ctx->options, .dummy = ctx->options->dummy_variable_re,
                     .nesting = enabled(ctx, PR_RULE_PLR1702)};
    if (!l->dummy) {
        if (regcomp(&l->default_re, l->opt->dummy_variable_rgx, REG_EXTENDED | REG_NOSUB) != 0)
            return NULL;
        l->dummy = &l->default_re;
        l->default_dummy = true;
    }
    return l;
}

void pr_limits_finish(pr_limits *l)
{
    if (l && l->default_dummy)
        regfree(&l->default_re);
}
