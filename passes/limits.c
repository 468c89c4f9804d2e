/* pylint's size limits on functions, counted as ruff counts them (PLR0911 returns, PLR0912
** branches, PLR0913 arguments, PLR0914 locals, PLR0915 statements, PLR1702 nested blocks),
** with pylint's default limits (configurable: max-returns, max-branches, ...).  ruff's AST has no elif node (an if keeps a list of
** elif/else clauses) where CPython's has a nested If in orelse; the counts below walk such
** chains as clauses, telling an `elif` from an `else:` holding an `if` by its keyword. */
#include "passes/cfg.h"
#include "passes/metrics.h"
#include "passes/semantic.h"

#include <regex.h>
#include <string.h>

#include "passes/passes.h"

typedef struct limits {
    pr_review_ctx *ctx;
    const pr_options *opt;
    const regex_t *dummy;   /* dummy-variable-rgx */
    bool default_dummy;     /* it is the default pattern */
    pr_def_names *names;
    pr_table locals;        /* def node -> its locals (PLR0914), when over the limit */
    bool locals_counted;
    bool nesting;           /* PLR1702 is on */
} limits;

static bool enabled(const limits *l, pr_rule rule)
{
    return l->ctx->enabled ? l->ctx->enabled[rule] : pr_rules[rule].default_on;
}

/* The If that an if's orelse holds when it is an elif clause, else NULL. */
static const pr_node *elif_of(const limits *l, const pr_node *s)
{
    const pr_seq *orelse = s->v.If.orelse;
    if (PR_SEQ_LEN(orelse) != 1 || PR_SEQ_NODE(orelse, 0)->kind != PR_If)
        return NULL;
    const pr_node *e = PR_SEQ_NODE(orelse, 0);
    const char *at = l->ctx->src->text + pr_sem_offset(l->ctx->sem, e->lineno, e->col);
    return strncmp(at, "elif", 4) == 0 ? e : NULL;
}

/* ------------------------------------------------------------------ PLR0911 PLR0912 PLR0915 */

/* The counts of one def's body, made in the walk that finds the defs (check_defs).
** returns: return statements outside nested defs and classes.
** branches: an if and each of its elif and else clauses, a for or while and its else, a
** try's else, finally and each handler, each case of a match; nested defs and classes
** add none.
** statements: each statement but a return, and besides: an if's elif and else clauses
** one each, a try's else one, its finally two, its handlers one each and one more when
** there are several; a for counts only its bodies (ruff after pylint); a nested def
** counts one and its own statements, a nested class one. */
typedef struct tally {
    uint32_t returns, branches, statements;
} tally;

/* Where a body sits, for PLR1702 (counted in the same walk). */
typedef struct nesting {
    uint32_t depth;         /* block statements from the module down to this body */
    bool in_function;       /* the body's scope is a def */
    bool in_block;          /* the body belongs to a block statement (not a match, def, class) */
} nesting;

static void check_defs(limits *l, const pr_seq *body, bool in_class, tally *t, nesting n);

/* One statement of a body whose def's counts are t; in_class: the body is a class's; n:
** where the statement's own bodies sit. */
static void check_stmt(limits *l, const pr_node *s, bool in_class, tally *t, nesting n)
{
    switch (s->kind) {
    case PR_If:
        t->branches++;
        t->statements++;
        check_defs(l, s->v.If.body, in_class, t, n);
        for (const pr_node *e; PR_SEQ_LEN(s->v.If.orelse); s = e) {
            t->branches++;
            t->statements++;
            if (!(e = elif_of(l, s))) {
                check_defs(l, s->v.If.orelse, in_class, t, n);
                return;
            }
            check_defs(l, e->v.If.body, in_class, t, n);
        }
        return;
    case PR_For:
    case PR_AsyncFor:
    case PR_While: {
        const pr_seq *orelse = s->kind == PR_While ? s->v.While.orelse : s->v.For.orelse;
        t->branches += 1 + (PR_SEQ_LEN(orelse) > 0);
        t->statements += s->kind == PR_While;
        check_defs(l, s->kind == PR_While ? s->v.While.body : s->v.For.body, in_class, t, n);
        check_defs(l, orelse, in_class, t, n);
        return;
    }
    case PR_Match: {
        const pr_seq *cases = s->v.Match.cases;
        t->branches += PR_SEQ_LEN(cases);
        t->statements++;
        for (uint32_t i = 0; i < PR_SEQ_LEN(cases); i++)
            check_defs(l, PR_SEQ_NODE(cases, i)->v.match_case.body, in_class, t, n);
        return;
    }
    case PR_Try:
    case PR_TryStar: {
        const pr_seq *h = s->v.Try.handlers;
        bool orelse = PR_SEQ_LEN(s->v.Try.orelse) > 0, finally = PR_SEQ_LEN(s->v.Try.finalbody) > 0;
        t->branches += orelse + finally + PR_SEQ_LEN(h);
        t->statements += 1 + orelse + 2 * finally + (PR_SEQ_LEN(h) > 1) + PR_SEQ_LEN(h);
        check_defs(l, s->v.Try.body, in_class, t, n);
        for (uint32_t i = 0; i < PR_SEQ_LEN(h); i++)
            check_defs(l, PR_SEQ_NODE(h, i)->v.ExceptHandler.body, in_class, t, n);
        check_defs(l, s->v.Try.orelse, in_class, t, n);
        check_defs(l, s->v.Try.finalbody, in_class, t, n);
        return;
    }
    case PR_With:
    case PR_AsyncWith:
        t->statements++;
        check_defs(l, s->v.With.body, in_class, t, n);
        return;
    case PR_Return:
        t->returns++;
        return;
    default:
        t->statements++;
        return;
    }
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
static uint32_t count_args(const limits *l, const pr_seq *args)
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
static uint32_t arguments(const limits *l, const pr_node *def, bool in_class)
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
static void count_locals(limits *l)
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

static uint32_t local_count(limits *l, const pr_node *def)
{
    if (!l->ctx->sem)
        return 0;
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

/* Calls fn on each body a block statement holds (an if's elif and else clauses included). */
static bool each_body(const limits *l, const pr_node *s, bool (*fn)(const pr_seq *))
{
    switch (s->kind) {
    case PR_If:
        for (;;) {
            if (fn(s->v.If.body))
                return true;
            const pr_node *e = elif_of(l, s);
            if (!e)
                return fn(s->v.If.orelse);
            s = e;
        }
    case PR_For:
    case PR_AsyncFor:
        return fn(s->v.For.body) || fn(s->v.For.orelse);
    case PR_While:
        return fn(s->v.While.body) || fn(s->v.While.orelse);
    case PR_With:
    case PR_AsyncWith:
        return fn(s->v.With.body);
    case PR_Try:
    case PR_TryStar:
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Try.handlers); i++)
            if (fn(PR_SEQ_NODE(s->v.Try.handlers, i)->v.ExceptHandler.body))
                return true;
        return fn(s->v.Try.body) || fn(s->v.Try.orelse) || fn(s->v.Try.finalbody);
    default:
        return false;
    }
}

/* ruff reports the innermost block statements (holding none) that are the first block of
** their body, counting the block statements above them, those outside the def included.
** s is a block statement of a body placed at n; first: no block statement comes before it
** there. */
static void check_nesting(limits *l, const pr_node *s, nesting n, bool first)
{
    uint32_t depth = n.depth + 1;
    if (n.in_function && n.in_block && first && depth > (uint32_t)l->opt->max_nested_blocks &&
        !each_body(l, s, any_nested))
        pr_report_at(l->ctx->findings, PR_RULE_PLR1702, s->lineno, 0, s->lineno, s->col, depth,
                     l->opt->max_nested_blocks);
}

/* ------------------------------------------------------------------ the pass */

static void report_def(limits *l, pr_rule rule, const pr_node *def, uint32_t n, int max)
{
    uint32_t line, col, end;
    pr_def_name_span(l->names, def, &line, &col, &end);
    pr_report_at(l->ctx->findings, rule, line, col, line, end, n, max);
}

static void check_def(limits *l, const pr_node *def, bool in_class, const tally *t)
{
    const pr_options *o = l->opt;
    uint32_t n;
    if (enabled(l, PR_RULE_PLR0911) && t->returns > (uint32_t)o->max_returns)
        report_def(l, PR_RULE_PLR0911, def, t->returns, o->max_returns);
    if (enabled(l, PR_RULE_PLR0912) && t->branches > (uint32_t)o->max_branches)
        report_def(l, PR_RULE_PLR0912, def, t->branches, o->max_branches);
    if (enabled(l, PR_RULE_PLR0913) && (n = arguments(l, def, in_class)) > (uint32_t)o->max_args)
        report_def(l, PR_RULE_PLR0913, def, n, o->max_args);
    if (enabled(l, PR_RULE_PLR0914) && (n = local_count(l, def)) > (uint32_t)o->max_locals)
        report_def(l, PR_RULE_PLR0914, def, n, o->max_locals);
    if (enabled(l, PR_RULE_PLR0915) && t->statements > (uint32_t)o->max_statements)
        report_def(l, PR_RULE_PLR0915, def, t->statements, o->max_statements);
}

/* Every def, in class bodies and nested ones included, each checked once its body is
** counted; defs under compound statements keep the enclosing scope.  t gets the counts
** of the body's statements (at module or class level, counts nobody reads); n says where
** the body sits, for PLR1702. */
static void check_defs(limits *l, const pr_seq *body, bool in_class, tally *t, nesting n)
{
    bool first = true;
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        nesting inner = {n.depth, n.in_function, false};
        if (nested_block(s)) {
            if (l->nesting)
                check_nesting(l, s, n, first);
            first = false;
            inner = (nesting){n.depth + 1, n.in_function, true};
        }
        if (s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef) {
            tally own = {0};
            inner.in_function = true;
            check_defs(l, s->v.FunctionDef.body, false, &own, inner);
            check_def(l, s, in_class, &own);
            t->statements += 1 + own.statements;
        } else if (s->kind == PR_ClassDef) {
            tally unread = {0};
            inner.in_function = false;
            check_defs(l, s->v.ClassDef.body, true, &unread, inner);
            t->statements++;
        } else {
            check_stmt(l, s, in_class, t, inner);
        }
    }
}

void pr_pass_limits(pr_review_ctx *ctx)
{
    if (!ctx->sem)
        return;   /* the semantic model places names and counts locals */
    limits l = {.ctx = ctx, .opt = ctx->options, .dummy = ctx->options->dummy_variable_re};
    /* the default pattern is compiled where it is used, as the configured ones are by cli/ */
    regex_t dummy;
    if (!l.dummy) {
        if (regcomp(&dummy, l.opt->dummy_variable_rgx, REG_EXTENDED | REG_NOSUB) != 0)
            return;
        l.dummy = &dummy;
        l.default_dummy = true;
    }
    l.names = pr_def_names_new(ctx->arena, ctx->sem);
    const pr_seq *body = ctx->parsed->module->v.Module.body;
    l.nesting = enabled(&l, PR_RULE_PLR1702);
    tally unread = {0};
    check_defs(&l, body, false, &unread, (nesting){0, false, false});
    if (l.dummy == &dummy)
        regfree(&dummy);
}
