/* Error handling (RULES.md §2.6), with ruff's triggers, exemptions and messages: bare and
** blind handlers (E722 unless the handler re-raises with a bare `raise`, BLE001 unless it
** re-raises or logs the exception), handlers that swallow (S110 pass, S112 continue),
** raises in handlers without `from` (B904), vanilla exceptions and messages (TRY002,
** TRY003, EM101-EM103), `raise e` and handlers that only re-raise (TRY201, TRY203),
** logging in handlers (TRY400, TRY401) and `raise NotImplemented` (F901).  pyreview's
** own: a generic exception raised without a message (RVW401), one generic exception
** raised from many functions of a module (RVW402), and a raise that does not supply the
** `%(name)s` keys its class's message template needs (RVW403).  A raise of a class whose
** template is in another file (imported, or inherited from an imported base) is left in
** the file's summary for the whole-project join (project.h) to decide. */
#include "passes/dataflow.h"
#include "passes/project.h"

#include <stdio.h>
#include <string.h>

#include "lexer/unicode.h"

typedef struct generic_use {
    const char *name;            /* the class, as the raise names it */
    const pr_node *first;        /* its first raise */
    const pr_node **funcs;       /* the distinct functions raising it */
    uint32_t nfuncs, cap;
} generic_use;

typedef struct errors {
    pr_review_ctx *ctx;
    pr_findings *f;
    const pr_options *opt;
    const pr_resolver *r;
    generic_use *uses;
    uint32_t nuses, uses_cap;
    bool handlers;               /* some rule on handlers is on */
    bool raises;                 /* some rule on raises other than F901 is on */
} errors;

/* The rules each part of the pass reports, so that a run selecting none of a part's
** (F901 alone, with the F family) skips it. */
static const pr_rule handler_rules[] = {
    PR_RULE_E722, PR_RULE_BLE001, PR_RULE_S110, PR_RULE_S112, PR_RULE_B904,
    PR_RULE_TRY201, PR_RULE_TRY203, PR_RULE_TRY400, PR_RULE_TRY401,
};
static const pr_rule raise_rules[] = {
    PR_RULE_TRY002, PR_RULE_TRY003, PR_RULE_EM101, PR_RULE_EM102, PR_RULE_EM103,
    PR_RULE_RVW401, PR_RULE_RVW402, PR_RULE_RVW403,
};

static bool on(const errors *e, pr_rule rule)
{
    return e->ctx->enabled ? e->ctx->enabled[rule] : pr_rules[rule].default_on;
}

static void report(errors *e, pr_rule rule, const pr_node *n, ...)
{
    va_list ap;
    va_start(ap, n);
    pr_report_va(e->f, rule, n->lineno, n->col, n->end_lineno, n->end_col, ap);
    va_end(ap);
}

static bool is_def(const pr_node *s)
{
    return s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef || s->kind == PR_ClassDef;
}

/* The builtin a name reads (Exception, BaseException ...), directly or as an attribute
** of the builtins module (`builtins.Exception`), or NULL. */
static const char *builtin_of(const errors *e, const pr_node *x)
{
    if (x->kind == PR_Attribute) {
        char q[64];
        const char *qn = pr_resolve_qualified(e->r, x, q, sizeof q);
        return qn && strncmp(qn, "builtins.", 9) == 0 && !strchr(qn + 9, '.') ? x->v.Attribute.attr : NULL;
    }
    if (x->kind != PR_Name)
        return NULL;
    uint32_t b = pr_resolve_binding(e->r, x);
    return b == PR_SEM_BUILTIN ? x->v.Name.id : NULL;
}

/* ------------------------------------------------------------------ statement visitors */

typedef struct raises {
    const pr_node **items;
    uint32_t n, cap;
} raises;

static void add_raise(errors *e, raises *out, const pr_node *r)
{
    if (out->n == out->cap) {
        uint32_t cap = out->cap ? 2 * out->cap : 8;
        out->items = pr_arena_grow(e->ctx->arena, out->items, out->cap * sizeof *out->items,
                                   cap * sizeof *out->items);
        out->cap = cap;
    }
    out->items[out->n++] = r;
}

/* The raise statements of a handler's body for B904, as ruff's RaiseStatementVisitor finds
** them: in if/elif/else, loop bodies, with and match, not in nested defs, classes or try. */
static void collect_raises(errors *e, const pr_seq *body, raises *out)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        switch (s->kind) {
        case PR_Raise:
            add_raise(e, out, s);
            break;
        case PR_If:
            collect_raises(e, s->v.If.body, out);
            collect_raises(e, s->v.If.orelse, out);
            break;
        case PR_For:
        case PR_AsyncFor:
            collect_raises(e, s->v.For.body, out);
            break;
        case PR_While:
            collect_raises(e, s->v.While.body, out);
            break;
        case PR_With:
        case PR_AsyncWith:
            collect_raises(e, s->v.With.body, out);
            break;
        case PR_Match:
            for (uint32_t c = 0; c < PR_SEQ_LEN(s->v.Match.cases); c++)
                collect_raises(e, PR_SEQ_NODE(s->v.Match.cases, c)->v.match_case.body, out);
            break;
        default:
            break;
        }
    }
}

static void verbose_raises(errors *e, const pr_seq *body, const char *name, raises *out);

/* The raises inside the blocks of s (not s itself): every block, def and class bodies
** included, but for the handlers that bind the same name, which report their own raises
** (ruff reports those twice). */
static void verbose_raises_in(errors *e, const pr_node *s, const char *name, raises *out)
{
    if (is_def(s)) {
        verbose_raises(e, s->kind == PR_ClassDef ? s->v.ClassDef.body : s->v.FunctionDef.body, name, out);
        return;
    }
    if (s->kind == PR_Try || s->kind == PR_TryStar) {
        verbose_raises(e, s->v.Try.body, name, out);
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Try.handlers); i++) {
            const pr_node *h = PR_SEQ_NODE(s->v.Try.handlers, i);
            if (!h->v.ExceptHandler.name || strcmp(h->v.ExceptHandler.name, name) != 0)
                verbose_raises(e, h->v.ExceptHandler.body, name, out);
        }
        verbose_raises(e, s->v.Try.orelse, name, out);
        verbose_raises(e, s->v.Try.finalbody, name, out);
        return;
    }
    pr_body_iter it;
    pr_body_iter_init(&it, s);
    for (const pr_seq *part; (part = pr_body_iter_next(&it));)
        verbose_raises(e, part, name, out);
}

/* The raise statements of a handler's body for TRY201, as ruff's verbose-raise visitor
** finds them: everywhere, nested defs and classes and loops' `else` included, but in a
** try the handler holds, only inside the compound statements of its body and `finally`:
** the raises written directly there, and its handlers and `else`, are left out (measured
** on ruff 0.17.4). */
static void verbose_raises(errors *e, const pr_seq *body, const char *name, raises *out)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (s->kind == PR_Raise) {
            add_raise(e, out, s);
        } else if (s->kind == PR_Try || s->kind == PR_TryStar) {
            for (uint32_t k = 0; k < PR_SEQ_LEN(s->v.Try.body); k++)
                verbose_raises_in(e, PR_SEQ_NODE(s->v.Try.body, k), name, out);
            for (uint32_t k = 0; k < PR_SEQ_LEN(s->v.Try.finalbody); k++)
                verbose_raises_in(e, PR_SEQ_NODE(s->v.Try.finalbody, k), name, out);
        } else {
            verbose_raises_in(e, s, name, out);
        }
    }
}

/* Every statement of a body and of the bodies it holds, but for try, def and class (ruff's
** walk for BLE001's visitors); fn returns true to stop. */
static bool walk_stmts(errors *e, const pr_seq *body, bool (*fn)(errors *, const pr_node *, const void *),
                       const void *arg)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (s->kind == PR_Try || s->kind == PR_TryStar || is_def(s))
            continue;
        if (fn(e, s, arg))
            return true;
        pr_body_iter it;
        pr_body_iter_init(&it, s);
        for (const pr_seq *part; (part = pr_body_iter_next(&it));)
            if (walk_stmts(e, part, fn, arg))
                return true;
    }
    return false;
}

static bool names(const pr_node *x, const char *name)
{
    return x && name && x->kind == PR_Name && strcmp(x->v.Name.id, name) == 0;
}

/* `raise`, `raise e`, `raise X from e` for the handler's name e. */
static bool reraises(errors *e, const pr_node *s, const void *name)
{
    (void)e;
    if (s->kind != PR_Raise)
        return false;
    const pr_node *exc = s->v.Raise.exc, *cause = s->v.Raise.cause;
    return (!exc && !cause) || names(cause, name) || names(exc, name);
}

/* The logging methods that take exc_info (`fatal` is not one for ruff). */
static const char *const logger_methods[] = {"debug", "info", "warn", "warning", "error", "critical",
                                             "log", "exception", NULL};

static bool in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0)
            return true;
    return false;
}

/* The qualified name x stands for through the imports of the file (ruff's
** resolve_qualified_name), or NULL: unlike pr_resolve_qualified, a name read from nowhere
** (`sys.exc_info` without `import sys`) stands for nothing. */
static const pr_node *chain_root(const pr_node *x)
{
    while (x->kind == PR_Attribute)
        x = x->v.Attribute.value;
    return x;
}

static const char *imported_name(const errors *e, const pr_node *x, char *buf, size_t cap)
{
    const pr_node *root = chain_root(x);
    if (root->kind == PR_Name && pr_resolve_binding(e->r, root) == PR_SEM_NONE)
        return NULL;
    return pr_resolve_qualified(e->r, x, buf, cap);
}

/* Whether x is the logging module's function or class name: `logging.getLogger` for
** `from logging import getLogger as get; get`. */
static bool is_logging(const errors *e, const pr_node *x, const char *name)
{
    char buf[256];
    const char *q = imported_name(e, x, buf, sizeof buf);
    return q && strncmp(q, "logging.", 8) == 0 && strcmp(q + 8, name) == 0;
}

/* ruff's is_logger_candidate, for the owner v of a called method: a logger made on the
** spot (`logging.getLogger().error`), the logging module, a configured logger or
** flask's when v comes from an import, else an object whose name says it logs (`log`,
** `logger`, `LOG`, `self.app_logger` ...).  An undefined name comes from nowhere: its
** name decides. */
static bool logger_candidate(const errors *e, const pr_node *v)
{
    if (v->kind == PR_Call)
        return is_logging(e, v->v.Call.func, "getLogger") || is_logging(e, v->v.Call.func, "Logger");
    char buf[256];
    const char *q = imported_name(e, v, buf, sizeof buf);
    if (q) {
        if (strcmp(q, "logging") == 0 || strcmp(q, "flask.current_app.logger") == 0)
            return true;
        for (uint32_t i = 0; i < e->opt->logger_objects.n; i++)
            if (strcmp(q, e->opt->logger_objects.items[i]) == 0)
                return true;
        return false;
    }
    if (chain_root(v)->kind != PR_Name)
        return false;   /* `make().log`: no name to judge */
    const char *tail = v->kind == PR_Name ? v->v.Name.id : v->v.Attribute.attr;
    size_t n = strlen(tail);
    return strncmp(tail, "log", 3) == 0 || strncmp(tail, "LOG", 3) == 0 ||
           (n >= 6 && (strcmp(tail + n - 6, "logger") == 0 || strcmp(tail + n - 6, "LOGGER") == 0)) ||
           (n >= 7 && (strcmp(tail + n - 7, "logging") == 0 || strcmp(tail + n - 7, "LOGGING") == 0));
}

/* The logging method a call makes (`exception`, `error` ...): a logger's method, or a
** function of the logging module (`from logging import error`); NULL for other calls. */
static const char *log_method(const errors *e, const pr_node *call, char *buf, size_t cap)
{
    const pr_node *func = call->v.Call.func;
    if (func->kind == PR_Attribute)
        return logger_candidate(e, func->v.Attribute.value) && in_list(func->v.Attribute.attr, logger_methods)
                   ? func->v.Attribute.attr
                   : NULL;
    const char *q = imported_name(e, func, buf, cap);
    return q && strncmp(q, "logging.", 8) == 0 && in_list(q + 8, logger_methods) ? q + 8 : NULL;
}

/* Whether a statement logs the exception (BLE001): `exception()`, or another logging
** method given an exc_info that is not false (ruff 0.17.4: `exc_info=err`, `=1` and
** `logger.warning(..., exc_info=True)` count; `None`, `0`, `()` do not). */
static bool logs_exception(errors *e, const pr_node *s, const void *arg)
{
    (void)arg;
    if (s->kind != PR_Expr || s->v.Expr.value->kind != PR_Call)
        return false;
    const pr_node *call = s->v.Expr.value;
    char buf[256];
    const char *method = log_method(e, call, buf, sizeof buf);
    if (!method)
        return false;
    if (strcmp(method, "exception") == 0)
        return true;
    const pr_node *k = pr_call_keyword(call, "exc_info");
    return k && pr_truthiness(e->r, k->v.keyword.value) != 0;
}

/* Whether `error()` keeps the traceback for TRY400: `exc_info=True` or
** `exc_info=sys.exc_info()`, nothing else (ruff's exc_info helper). */
static bool keeps_traceback(const errors *e, const pr_node *call)
{
    const pr_node *k = pr_call_keyword(call, "exc_info");
    if (!k)
        return false;
    const pr_node *v = k->v.keyword.value;
    if (v->kind == PR_Constant)
        return v->v.Constant.value->kind == PR_CONST_TRUE;
    char buf[64];
    const char *q = v->kind == PR_Call ? imported_name(e, v->v.Call.func, buf, sizeof buf) : NULL;
    return q && strcmp(q, "sys.exc_info") == 0;
}

/* A stack of nodes in the arena. */
typedef struct nodes {
    pr_arena *a;
    const pr_node **items;
    uint32_t n, cap;
} nodes;

static void push(nodes *st, const pr_node *x)
{
    if (st->n == st->cap) {
        uint32_t cap = st->cap ? 2 * st->cap : 64;
        st->items = pr_arena_grow(st->a, st->items, st->cap * sizeof *st->items, cap * sizeof *st->items);
        st->cap = cap;
    }
    st->items[st->n++] = x;
}

/* ------------------------------------------------------------------ handlers */

/* The first Exception or BaseException a handler's type names, alone or in a tuple. */
static const pr_node *blind(const errors *e, const pr_node *type)
{
    if (!type)
        return NULL;
    if (type->kind == PR_Tuple) {
        for (uint32_t i = 0; i < PR_SEQ_LEN(type->v.Tuple.elts); i++) {
            const pr_node *x = blind(e, PR_SEQ_NODE(type->v.Tuple.elts, i));
            if (x)
                return x;
        }
        return NULL;
    }
    const char *b = builtin_of(e, type);
    if (!b) {
        char buf[64];
        const char *q = pr_resolve_qualified(e->r, type, buf, sizeof buf);
        b = q && strncmp(q, "builtins.", 9) == 0 ? q + 9 : NULL;
    }
    return b && (strcmp(b, "Exception") == 0 || strcmp(b, "BaseException") == 0) ? type : NULL;
}

/* TRY401: the names in the positional arguments of `logging.exception` that read an
** exception bound by a handler, this one's or an enclosing one's, as ruff resolves them
** where they stand: not a name rebound since (`e = str(e)`), nor one in a lambda's body,
** which ruff resolves only later, nor an attribute's owner (`e.args` says something new). */
static void verbose_log(errors *e, const pr_node *call)
{
    nodes st = {.a = e->ctx->arena};
    for (uint32_t i = 0; i < PR_SEQ_LEN(call->v.Call.args); i++)
        push(&st, PR_SEQ_NODE(call->v.Call.args, i));
    while (st.n > 0) {
        const pr_node *y = st.items[--st.n];
        if (y->kind == PR_Name) {
            uint32_t b = pr_resolve_binding(e->r, y);
            if (b != PR_SEM_NONE && b != PR_SEM_BUILTIN && e->r->m->bindings[b].kind == PR_BIND_EXCEPT)
                report(e, PR_RULE_TRY401, y);
            continue;
        }
        if (y->kind == PR_Attribute)
            continue;
        if (y->kind == PR_Lambda) {
            if (y->v.Lambda.args)
                push(&st, y->v.Lambda.args);
            continue;
        }
        pr_child_iter it;
        pr_child_iter_init(&it, y);
        for (const pr_node *c; (c = pr_child_iter_next(&it));)
            push(&st, c);
    }
}

/* The calls of a handler's body, for TRY400 and TRY401: everywhere in it, nested defs,
** lambdas and the bodies of nested try statements included, but not nested handlers,
** which are checked on their own (ruff's LoggerCandidateVisitor).  The bodies of defs
** and lambdas come last, for TRY400 alone: ruff has not resolved their names when it
** checks TRY401. */
static void handler_calls(errors *e, const pr_node *h)
{
    const pr_seq *body = h->v.ExceptHandler.body;
    nodes now = {.a = e->ctx->arena}, later = {.a = e->ctx->arena};
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++)
        push(&now, PR_SEQ_NODE(body, i));
    char buf[256];
    while (now.n > 0 || later.n > 0) {
        bool deferred = now.n == 0;
        const pr_node *x = deferred ? later.items[--later.n] : now.items[--now.n];
        nodes *into = deferred ? &later : &now;
        if (x->kind == PR_ExceptHandler)
            continue;
        const char *method = x->kind == PR_Call ? log_method(e, x, buf, sizeof buf) : NULL;
        if (method && strcmp(method, "error") == 0 && on(e, PR_RULE_TRY400) && !keeps_traceback(e, x))
            report(e, PR_RULE_TRY400, x);
        if (method && strcmp(method, "exception") == 0 && !deferred && on(e, PR_RULE_TRY401))
            verbose_log(e, x);
        bool def = x->kind == PR_FunctionDef || x->kind == PR_AsyncFunctionDef;
        pr_child_iter it;
        pr_child_iter_init(&it, x);
        for (const pr_node *c; (c = pr_child_iter_next(&it));) {
            bool in_body = (def && pr_kinds[c->kind].category == PR_CAT_STMT) ||
                           (x->kind == PR_Lambda && c == x->v.Lambda.body);
            push(in_body ? &later : into, c);
        }
    }
}

static void handler(errors *e, const pr_node *try_, const pr_node *h)
{
    const pr_node *type = h->v.ExceptHandler.type;
    const char *name = h->v.ExceptHandler.name;
    const pr_seq *body = h->v.ExceptHandler.body;
    /* ruff: not when the handler's own body (not a nested block) has a bare `raise` */
    bool bare_raise = false;
    for (uint32_t i = 0; !type && i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        bare_raise |= s->kind == PR_Raise && !s->v.Raise.exc;
    }
    if (!type && !bare_raise)
        pr_report_at(e->f, PR_RULE_E722, h->lineno, h->col, h->lineno, h->col + 6);
    const pr_node *b = blind(e, type);
    if (b && on(e, PR_RULE_BLE001) && !walk_stmts(e, body, reraises, name) &&
        !walk_stmts(e, body, logs_exception, NULL))
        report(e, PR_RULE_BLE001, b, builtin_of(e, b) ? builtin_of(e, b) : b->v.Attribute.attr);
    if (PR_SEQ_LEN(body) == 1 && (!type || b || e->opt->check_typed_exception)) {
        int k = PR_SEQ_NODE(body, 0)->kind;
        if (k == PR_Pass)
            report(e, PR_RULE_S110, h);
        else if (k == PR_Continue)
            report(e, PR_RULE_S112, h);
    }
    raises rs = {0};
    collect_raises(e, body, &rs);
    for (uint32_t i = 0; i < rs.n; i++) {
        const pr_node *r = rs.items[i], *exc = r->v.Raise.exc;
        if (exc && !r->v.Raise.cause && !names(exc, name))
            report(e, PR_RULE_B904, r, try_->kind == PR_TryStar ? "except*" : "except");
    }
    if (name && on(e, PR_RULE_TRY201)) {
        raises vs = {0};
        verbose_raises(e, body, name, &vs);
        for (uint32_t i = 0; i < vs.n; i++) {
            const pr_node *r = vs.items[i];
            if (!r->v.Raise.cause && names(r->v.Raise.exc, name))
                report(e, PR_RULE_TRY201, r->v.Raise.exc);
        }
    }
    handler_calls(e, h);
}

/* TRY203: a handler whose first statement re-raises (`raise`, `raise e` of its name). */
static bool immediate_reraise(const pr_node *h)
{
    const pr_seq *body = h->v.ExceptHandler.body;
    if (PR_SEQ_LEN(body) == 0 || PR_SEQ_NODE(body, 0)->kind != PR_Raise)
        return false;
    const pr_node *r = PR_SEQ_NODE(body, 0);
    if (r->v.Raise.cause)
        return false;
    return !r->v.Raise.exc || names(r->v.Raise.exc, h->v.ExceptHandler.name);
}

static void try_stmt(errors *e, const pr_node *t)
{
    const pr_seq *hs = t->v.Try.handlers;
    for (uint32_t i = 0; i < PR_SEQ_LEN(hs); i++)
        handler(e, t, PR_SEQ_NODE(hs, i));
    /* ruff's: only when every handler does, and then each (a handler that re-raises
    ** before a broader one that does something is not useless) */
    uint32_t useless = 0;
    while (useless < PR_SEQ_LEN(hs) && immediate_reraise(PR_SEQ_NODE(hs, useless)))
        useless++;
    for (uint32_t i = 0; useless == PR_SEQ_LEN(hs) && i < useless; i++)
        report(e, PR_RULE_TRY203, PR_SEQ_NODE(hs, i));
}

/* ------------------------------------------------------------------ raises */

/* Whether the string has whitespace as ruff tests it (Unicode's White_Space). */
static bool has_white_space(const pr_const *c)
{
    const unsigned char *p = (const unsigned char *)c->text, *end = p + c->len;
    for (size_t n; p < end; p += n ? n : 1) {
        uint32_t cp = *p;
        n = cp < 0x80 ? 1 : pr_utf8_decode_lax(p, (size_t)(end - p), &cp);
        if (n && pr_uni_is_white_space(cp))
            return true;
    }
    return false;
}

/* A string with whitespace in it, or an f-string or t-string whose literal parts have
** some (not those of a format spec, `{x: >8}`). */
static bool has_message(const pr_node *x)
{
    if (pr_is_str(x))
        return has_white_space(x->v.Constant.value);
    const pr_seq *parts = x->kind == PR_JoinedStr     ? x->v.JoinedStr.values
                          : x->kind == PR_TemplateStr ? x->v.TemplateStr.values
                                                      : NULL;
    for (uint32_t i = 0; parts && i < PR_SEQ_LEN(parts); i++)
        if (has_message(PR_SEQ_NODE(parts, i)))
            return true;
    return false;
}

static const char *const need_no_message[] = {"NotImplementedError", "StopIteration", "StopAsyncIteration",
                                              "KeyboardInterrupt", "SystemExit", "GeneratorExit", NULL};

static bool builtin_exception(const char *name)
{
    size_t n = strlen(name);
    return (n > 5 && strcmp(name + n - 5, "Error") == 0) || (n > 9 && strcmp(name + n - 9, "Exception") == 0) ||
           (n > 7 && strcmp(name + n - 7, "Warning") == 0) || strcmp(name, "KeyboardInterrupt") == 0 ||
           strcmp(name, "SystemExit") == 0 || strcmp(name, "GeneratorExit") == 0 ||
           strcmp(name, "StopIteration") == 0 || strcmp(name, "StopAsyncIteration") == 0;
}

/* A configured generic exception: its qualified name or written name ends with an entry. */
static bool configured_generic(const errors *e, const pr_node *cls)
{
    char q[256], d[256];
    const char *qn = pr_resolve_qualified(e->r, cls, q, sizeof q);
    const char *dn = pr_resolve_dotted(cls, d, sizeof d);
    for (uint32_t i = 0; i < e->opt->generic_exceptions.n; i++) {
        const char *g = e->opt->generic_exceptions.items[i];
        if ((qn && pr_name_matches(qn, g)) || (dn && pr_name_matches(dn, g)))
            return true;
    }
    return false;
}

/* The binding an import or a class names a raised class through: the head of `X`,
** `mod.X`, `pkg.mod.X`; NULL for anything else. */
static const pr_binding *class_head(const errors *e, const pr_node *cls)
{
    while (cls->kind == PR_Attribute)
        cls = cls->v.Attribute.value;
    if (cls->kind != PR_Name)
        return NULL;
    uint32_t b = pr_resolve_binding(e->r, cls);
    return b == PR_SEM_NONE || b == PR_SEM_BUILTIN ? NULL : &e->r->m->bindings[b];
}

static bool is_import(const pr_binding *b)
{
    return b && (b->kind == PR_BIND_IMPORT || b->kind == PR_BIND_FROM_IMPORT || b->kind == PR_BIND_SUBMODULE);
}

/* The message template (`msg_fmt` or `message`) a class of the file defines or inherits
** from a class of the file, or NULL; *imported is set when a class on the way derives
** from an imported one, which may hold the template instead. */
static const pr_const *template_of(const errors *e, const pr_node *cls, int depth, bool *imported)
{
    if (depth > 10)
        return NULL;
    const pr_binding *head = class_head(e, cls);
    if (is_import(head))
        *imported = true;
    if (cls->kind != PR_Name || !head || head->kind != PR_BIND_CLASS)
        return NULL;
    const pr_node *def = head->node;
    const pr_const *text = NULL;
    if (pr_class_template(def, &text))
        return text;
    for (uint32_t i = 0; i < PR_SEQ_LEN(def->v.ClassDef.bases); i++) {
        const pr_const *c = template_of(e, PR_SEQ_NODE(def->v.ClassDef.bases, i), depth + 1, imported);
        if (c)
            return c;
    }
    return NULL;
}

static bool keyword_given(const void *call, const char *key)
{
    return pr_call_keyword(call, key) != NULL;
}

/* The `%(key)s` keys of a template that the call does not give (all when call is NULL),
** as "`a`, `b`" into out; returns how many. */
static uint32_t missing_keys(const pr_const *tmpl, const pr_node *call, char *out, size_t cap)
{
    return pr_template_missing(tmpl->text, call ? keyword_given : NULL, call, out, cap);
}

static void count_generic(errors *e, const char *name, const pr_node *raise, const pr_node *func)
{
    generic_use *u = NULL;
    for (uint32_t i = 0; i < e->nuses && !u; i++)
        if (strcmp(e->uses[i].name, name) == 0)
            u = &e->uses[i];
    if (!u) {
        if (e->nuses == e->uses_cap) {
            uint32_t cap = e->uses_cap ? 2 * e->uses_cap : 8;
            e->uses = pr_arena_grow(e->ctx->arena, e->uses, e->uses_cap * sizeof *e->uses, cap * sizeof *e->uses);
            e->uses_cap = cap;
        }
        u = &e->uses[e->nuses++];
        *u = (generic_use){pr_arena_strndup(e->ctx->arena, name, strlen(name)), raise, NULL, 0, 0};
    }
    if (raise->lineno < u->first->lineno || (raise->lineno == u->first->lineno && raise->col < u->first->col))
        u->first = raise;
    for (uint32_t i = 0; i < u->nfuncs; i++)
        if (u->funcs[i] == func)
            return;
    if (u->nfuncs == u->cap) {
        uint32_t cap = u->cap ? 2 * u->cap : 4;
        u->funcs = pr_arena_grow(e->ctx->arena, u->funcs, u->cap * sizeof *u->funcs, cap * sizeof *u->funcs);
        u->cap = cap;
    }
    u->funcs[u->nfuncs++] = func;
}

static void raise_stmt(errors *e, const pr_node *r, const pr_node *func)
{
    const pr_node *exc = r->v.Raise.exc;
    if (!exc)
        return;
    const pr_node *call = exc->kind == PR_Call ? exc : NULL;
    const pr_node *cls = call ? call->v.Call.func : exc;
    const char *builtin = builtin_of(e, cls);
    if (builtin && strcmp(builtin, "NotImplemented") == 0) {
        report(e, PR_RULE_F901, cls);
        return;
    }
    if (!e->raises)
        return;
    if (builtin && (strcmp(builtin, "Exception") == 0 || strcmp(builtin, "BaseException") == 0))
        report(e, PR_RULE_TRY002, exc);
    const pr_node *first = call && PR_SEQ_LEN(call->v.Call.args) ? PR_SEQ_NODE(call->v.Call.args, 0) : NULL;
    if (first && first->kind != PR_Starred) {
        if (has_message(first) && !(builtin && strcmp(builtin, "NotImplementedError") == 0))
            report(e, PR_RULE_TRY003, exc);
        if (first->kind == PR_Constant && (first->v.Constant.value->kind == PR_CONST_STR ||
                                           first->v.Constant.value->kind == PR_CONST_BYTES))
            report(e, PR_RULE_EM101, first);
        else if (first->kind == PR_JoinedStr)
            report(e, PR_RULE_EM102, first);
        else if (first->kind == PR_Call && first->v.Call.func->kind == PR_Attribute &&
                 strcmp(first->v.Call.func->v.Attribute.attr, "format") == 0 &&
                 pr_is_str(first->v.Call.func->v.Attribute.value))
            report(e, PR_RULE_EM103, first);
    }
    bool generic = configured_generic(e, cls);
    char name[256];
    const char *written = pr_resolve_dotted(cls, name, sizeof name);
    if (written && (generic || (builtin && (strcmp(builtin, "Exception") == 0 ||
                                            strcmp(builtin, "BaseException") == 0 ||
                                            strcmp(builtin, "RuntimeError") == 0))))
        count_generic(e, written, r, func);
    bool no_args = !call || (PR_SEQ_LEN(call->v.Call.args) == 0 && PR_SEQ_LEN(call->v.Call.keywords) == 0);
    if (r->v.Raise.cause || !written)
        return;
    bool imported = false;
    const pr_const *tmpl = template_of(e, cls, 0, &imported);
    /* a message of its own, or arguments the template's keys cannot be read from */
    bool keywords_only = !call || (PR_SEQ_LEN(call->v.Call.args) == 0 && !pr_call_keyword(call, "message") &&
                                   !pr_call_spreads(call));
    char keys[256];
    if (tmpl && keywords_only) {
        uint32_t n = missing_keys(tmpl, no_args ? NULL : call, keys, sizeof keys);
        if (n && no_args) {
            char why[400];
            snprintf(why, sizeof why, PR_TEMPLATE_NEEDS, tmpl->text, keys);
            report(e, PR_RULE_RVW401, exc, written, why);
        } else if (n) {
            report(e, PR_RULE_RVW403, exc, written, keys, tmpl->text);
        }
        return;
    }
    if (no_args && ((builtin && builtin_exception(builtin) && !in_list(builtin, need_no_message)) || generic)) {
        report(e, PR_RULE_RVW401, exc, written, ": say what went wrong, and with which values");
        return;
    }
    /* the template is in another file: the join may find it */
    pr_summary *s = e->ctx->summary;
    if (!tmpl && imported && keywords_only && s && s->want_templates &&
        (no_args ? on(e, PR_RULE_RVW401) : on(e, PR_RULE_RVW403)))
        pr_summary_raise(s, class_head(e, cls), written, exc, call);
}

/* ------------------------------------------------------------------ the pass */

static void report_generic(errors *e)
{
    int threshold = e->opt->generic_raise_functions > 0 ? e->opt->generic_raise_functions : 1;
    for (uint32_t i = 0; i < e->nuses; i++) {
        const generic_use *u = &e->uses[i];
        if (u->nfuncs < (uint32_t)threshold)
            continue;
        /* the functions in source order (the walk meets them in any) */
        for (uint32_t a = 1; a < u->nfuncs; a++)
            for (uint32_t b = a; b > 0 && u->funcs[b - 1] && (!u->funcs[b] || u->funcs[b]->lineno < u->funcs[b - 1]->lineno); b--) {
                const pr_node *t = u->funcs[b];
                u->funcs[b] = u->funcs[b - 1];
                u->funcs[b - 1] = t;
            }
        char list[256];
        size_t len = 0;
        list[0] = '\0';
        for (uint32_t k = 0; k < u->nfuncs && len < sizeof list; k++) {
            const char *fn = u->funcs[k] ? u->funcs[k]->v.FunctionDef.name : "<module>";
            if (k == 5) {
                snprintf(list + len, sizeof list - len, ", ...");
                break;
            }
            len += (size_t)snprintf(list + len, sizeof list - len, "%s`%s`", k ? ", " : "", fn);
        }
        report(e, PR_RULE_RVW402, u->first, u->name, u->nfuncs, list);
    }
}

typedef struct item {
    const pr_node *node, *func;
} item;

typedef struct items {
    pr_arena *a;
    item *items;
    uint32_t n, cap;
} items;

static void push_item(items *st, const pr_node *node, const pr_node *func)
{
    if (st->n == st->cap) {
        uint32_t cap = st->cap ? 2 * st->cap : 64;
        st->items = pr_arena_grow(st->a, st->items, st->cap * sizeof *st->items, cap * sizeof *st->items);
        st->cap = cap;
    }
    st->items[st->n++] = (item){node, func};
}

/* Pushes the statements of a body that are or may hold a try or a raise: most are
** simple statements (`x = 1`), not worth a push. */
static void push_body(items *st, const pr_seq *body, const pr_node *func)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (s->kind == PR_Raise || is_def(s) || pr_holds_blocks(s))
            push_item(st, s, func);
    }
}

void pr_errors_check(pr_review_ctx *ctx, const pr_resolver *r)
{
    errors e;
    memset(&e, 0, sizeof e);
    e.ctx = ctx;
    e.f = ctx->findings;
    e.opt = ctx->options;
    e.r = r;
    for (size_t i = 0; i < sizeof handler_rules / sizeof handler_rules[0]; i++)
        e.handlers |= on(&e, handler_rules[i]);
    for (size_t i = 0; i < sizeof raise_rules / sizeof raise_rules[0]; i++)
        e.raises |= on(&e, raise_rules[i]);
    /* statements only, in any order: handlers and raises are statements or hang off them */
    items st = {.a = ctx->arena};
    push_body(&st, ctx->parsed->module->v.Module.body, NULL);
    while (st.n > 0) {
        item it = st.items[--st.n];
        const pr_node *s = it.node, *func = it.func;
        if ((s->kind == PR_Try || s->kind == PR_TryStar) && e.handlers)
            try_stmt(&e, s);
        else if (s->kind == PR_Raise)
            raise_stmt(&e, s, func);
        if (s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef) {
            push_body(&st, s->v.FunctionDef.body, s);
        } else if (s->kind == PR_ClassDef) {
            push_body(&st, s->v.ClassDef.body, func);
        } else if (pr_holds_blocks(s)) {
            pr_body_iter bi;
            pr_body_iter_init(&bi, s);
            for (const pr_seq *p; (p = pr_body_iter_next(&bi));)
                push_body(&st, p, func);
        }
    }
    report_generic(&e);
}
