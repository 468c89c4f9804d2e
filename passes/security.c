/* The security pass (RULES.md §2.7), which runs the error-handling rules (errors.c) too:
** one walk over the file that hands each node to the
** checks that want it (security_calls.c, security_strings.c, security_shell.c), keeping
** the innermost function so that the checks can follow values through its reaching
** definitions.  S101 is here: an `assert`, except in test files (ruff#714). */
#include "passes/security.h"

#include <assert.h>
#include <pthread.h>
#include <string.h>

/* ------------------------------------------------------------------ the names looked for */

/* The entries of the names the checks look for, by hash: a power of two, some three times
** as many slots as there are names, so that most probes for a name no check looks for
** stop at an empty slot. */
enum { CALLEE_SLOTS = 512 };

static pr_sec_callee callees[CALLEE_SLOTS];
static uint32_t ncallees;
/* A bit per hash of the first part of an entry's name (`os` of `os.system`), so that
** most qualified names (`len`, `re.compile`) are passed over before they are hashed whole. */
static uint64_t first_parts[4];
/* Whether each rule is on by default, for the files that enable no rules of their own. */
static bool default_on[PR_RULE_COUNT];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* FNV-1a, from h on, of the bytes at *p up to a NUL or stop (where *p is left). */
static uint32_t fnv(uint32_t h, const char **p, char stop)
{
    for (; **p && **p != stop; (*p)++)
        h = (h ^ (unsigned char)**p) * 16777619u;
    return h;
}

/* The bit of first_parts of the hash of a first part. */
static unsigned first_bit(uint32_t h)
{
    return (h ^ h >> 8) & 255;
}

pr_sec_callee *pr_sec_callee_add(const char *name)
{
    const char *p = name;
    uint32_t h = fnv(2166136261u, &p, '.');
    first_parts[first_bit(h) / 64] |= 1ull << (first_bit(h) % 64);
    h = fnv(h, &p, '\0');
    for (uint32_t i = h & (CALLEE_SLOTS - 1);; i = (i + 1) & (CALLEE_SLOTS - 1)) {
        pr_sec_callee *c = &callees[i];
        if (!c->name) {
            ncallees++;
            assert(ncallees < CALLEE_SLOTS / 2);
            *c = (pr_sec_callee){.name = name, .hash = h};
            return c;
        }
        if (c->hash == h && strcmp(c->name, name) == 0)
            return c;
    }
}

const pr_sec_callee *pr_sec_callee_of(const char *q)
{
    const char *p = q;
    uint32_t h = fnv(2166136261u, &p, '.');
    if (!(first_parts[first_bit(h) / 64] >> (first_bit(h) % 64) & 1))
        return NULL;
    h = fnv(h, &p, '\0');
    for (uint32_t i = h & (CALLEE_SLOTS - 1);; i = (i + 1) & (CALLEE_SLOTS - 1)) {
        const pr_sec_callee *c = &callees[i];
        if (!c->name)
            return NULL;
        if (c->hash == h && strcmp(c->name, q) == 0)
            return c;
    }
}

/* The tables never change: gathered once for the whole run. */
static void gather_tables(void)
{
    pr_sec_call_names();
    pr_sec_shell_names();
    for (int i = 0; i < PR_RULE_COUNT; i++)
        default_on[i] = pr_rules[i].default_on;
}

void pr_sec_level(pr_sec *s, pr_level severity, pr_level confidence)
{
    pr_finding *f = &s->f->items[s->f->n - 1];
    f->severity = (uint8_t)severity;
    f->confidence = (uint8_t)confidence;
}

pr_usedef *pr_sec_usedef(pr_sec *s, const pr_node *func)
{
    const pr_node *scope = func ? func : s->module;
    uint32_t i = pr_table_get(&s->usedefs, (uint64_t)(uintptr_t)scope, 0);
    if (i)
        return s->usedef[i - 1];
    if (s->nusedef == s->usedef_cap) {
        uint32_t cap = s->usedef_cap ? 2 * s->usedef_cap : 8;
        s->usedef = pr_arena_grow(s->ctx->arena, s->usedef, s->usedef_cap * sizeof *s->usedef,
                                  cap * sizeof *s->usedef);
        s->usedef_cap = cap;
    }
    pr_usedef *u = pr_usedef_of(s->ctx->arena, &s->r, scope);
    s->usedef[s->nusedef++] = u;
    pr_table_put(s->ctx->arena, &s->usedefs, (uint64_t)(uintptr_t)scope, s->nusedef);
    return u;
}

/* Whether e holds a Name (down to a depth past which it is assumed to): taint.c follows a
** value through reaching definitions from its names only. */
static bool reads_name(const pr_node *e, int depth)
{
    if (e->kind == PR_Name || depth == 32)
        return true;
    pr_child_iter it;
    pr_child_iter_init(&it, e);
    for (const pr_node *c; (c = pr_child_iter_next(&it));)
        if (reads_name(c, depth + 1))
            return true;
    return false;
}

pr_taint pr_sec_taint(pr_sec *s, const pr_node *func, const pr_node *e)
{
    /* a value that reads no name (`["ls", "-l"]`) needs no reaching definitions, which
    ** cost more than the rest */
    bool reads = reads_name(e, 0);
    pr_taint_ctx c = {s->ctx->arena, &s->r, reads ? pr_sec_usedef(s, func) : NULL,
                      reads ? pr_sec_usedef(s, NULL) : NULL};
    return pr_taint_of(&c, e);
}

/* Whether qualified names module or one of its submodules. */
static bool of_module(const char *qualified, const char *module)
{
    size_t n = strlen(module);
    return strncmp(qualified, module, n) == 0 && (qualified[n] == '\0' || qualified[n] == '.');
}

/* The modules the file imports, anywhere, that some checks ask for: ruff's seen_module. */
static void imports(pr_sec *s)
{
    const pr_sem *m = s->ctx->sem;
    for (uint32_t i = 0; i < m->nbindings; i++) {
        const pr_binding *b = &m->bindings[i];
        if (!pr_sem_is_import(b) || !b->qualified)
            continue;
        s->seen_tarfile |= of_module(b->qualified, "tarfile");
        s->seen_flask |= of_module(b->qualified, "flask");
        s->seen_paramiko |= of_module(b->qualified, "paramiko");
    }
}

/* Whether a node can hold nothing any check looks at: a chain of attributes on a name
** (`self.x`, `os.path.sep`), the most common node after names and constants. */
static bool inert(const pr_node *n)
{
    if (n->kind != PR_Attribute)
        return false;
    while (n->kind == PR_Attribute)
        n = n->v.Attribute.value;
    return n->kind == PR_Name;
}

/* ------------------------------------------------------------------ the walk */

typedef struct frame {
    const pr_node *node, *parent, *func;
} frame;

typedef struct stack {
    pr_arena *a;
    frame *items;
    uint32_t n, cap;
} stack;

static void grow(stack *st)
{
    uint32_t cap = st->cap ? 2 * st->cap : 256;
    st->items = pr_arena_grow(st->a, st->items, st->cap * sizeof *st->items, cap * sizeof *st->items);
    st->cap = cap;
}

static inline void push(stack *st, const pr_node *node, const pr_node *parent, const pr_node *func)
{
    if (st->n == st->cap)
        grow(st);
    st->items[st->n++] = (frame){node, parent, func};
}

/* Hands a child of parent to the checks: a string is checked where it stands, a node that
** may hold something is pushed; names and attribute chains hold nothing to check. */
static inline void hand(pr_sec *s, stack *st, const pr_node *c, const pr_node *parent, const pr_node *func)
{
    if (c->kind == PR_Constant) {
        if (c->v.Constant.value->kind == PR_CONST_STR)
            pr_sec_string(s, c, parent);
    } else if (c->kind != PR_Name && !inert(c)) {
        push(st, c, parent, func);
    }
}

static void call(pr_sec *s, const pr_node *n, const pr_node *parent, const pr_node *func)
{
    char buf[256];
    const pr_node *callee = n->v.Call.func;
    const char *q = pr_resolve_qualified(&s->r, callee, buf, sizeof buf);
    const pr_sec_callee *c = q ? pr_sec_callee_of(q) : NULL;
    pr_sec_call(s, n, func, q, c);
    if (PR_SEQ_LEN(n->v.Call.keywords))
        pr_sec_keywords(s, n);
    pr_sec_shell(s, n, func, q, c);
    if (callee->kind == PR_Attribute && callee->v.Attribute.attr[0] == 'f' &&
        strcmp(callee->v.Attribute.attr, "format") == 0)
        pr_sec_sql(s, n, parent, func);   /* "...".format(...) */
}

/* The checks of a node that is no Name, attribute chain or constant. */
static void visit(pr_sec *s, const frame *fr)
{
    const pr_node *n = fr->node;
    switch (n->kind) {
    case PR_Assert:
        if (!s->test_file || s->opt->assert_in_tests)
            pr_report_at(s->f, PR_RULE_S101, n->lineno, n->col, n->lineno, n->col + 6);
        break;
    case PR_Call:
        call(s, n, fr->parent, fr->func);
        break;
    case PR_BinOp:
    case PR_JoinedStr:
        pr_sec_sql(s, n, fr->parent, fr->func);
        break;
    case PR_Assign:
    case PR_AnnAssign:
        pr_sec_assign(s, n);
        break;
    case PR_Compare:
        pr_sec_compare(s, n);
        break;
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
    case PR_Lambda:
        pr_sec_defaults(s, n);
        break;
    default:
        break;
    }
}

/* Whether a rule of one of the two concerns is on for the file. */
static bool any_on(const bool *enabled, pr_concern a, pr_concern b)
{
    for (int i = 0; i < PR_RULE_COUNT; i++)
        if ((pr_rules[i].concern == a || pr_rules[i].concern == b) && enabled[i])
            return true;
    return false;
}

void pr_pass_security(pr_review_ctx *ctx)
{
    if (!ctx->sem)
        return;
    pthread_once(&tables_once, gather_tables);
    const bool *enabled = ctx->enabled ? ctx->enabled : default_on;
    /* the error-handling rules (S110 and S112 among them) and the walk of the security
    ** rules run only when some of their rules are on: a run that selects neither pays
    ** nothing here */
    bool errors = any_on(enabled, PR_CONCERN_ERROR_HANDLING, PR_CONCERN_ERROR_HANDLING);
    bool security = any_on(enabled, PR_CONCERN_SECURITY, PR_CONCERN_COMMAND_EXECUTION);
    if (!errors && !security)
        return;
    pr_sec s;
    memset(&s, 0, sizeof s);
    s.ctx = ctx;
    s.f = ctx->findings;
    s.opt = ctx->options;
    s.enabled = enabled;
    s.module = ctx->parsed->module;
    s.r = *pr_review_resolver(ctx);
    if (errors)
        pr_errors_check(ctx, &s.r);
    if (!security)
        return;
    s.test_file = ctx->test_file;
    imports(&s);
    /* the last part of each wrapper's name, to test calls against it cheaply */
    s.wrapper_last = pr_arena_alloc(ctx->arena, (ctx->options->ncommand_wrappers + 1) * sizeof *s.wrapper_last);
    for (uint32_t i = 0; i < ctx->options->ncommand_wrappers; i++) {
        const char *name = ctx->options->command_wrappers[i].name, *dot = strrchr(name, '.');
        s.wrapper_last[i] = dot ? dot + 1 : name;
        unsigned char first = (unsigned char)s.wrapper_last[i][0];
        s.wrapper_first[first / 64] |= 1ull << (first % 64);
    }
    for (uint32_t i = 0; i < ctx->options->tmp_directories.n; i++) {
        unsigned char first = (unsigned char)ctx->options->tmp_directories.items[i][0];
        if (first)
            s.tmp_first[first / 64] |= 1ull << (first % 64);
        else
            memset(s.tmp_first, 0xff, sizeof s.tmp_first);
    }
    stack st = {.a = ctx->arena};
    push(&st, s.module, NULL, NULL);
    while (st.n > 0) {
        frame fr = st.items[--st.n];
        visit(&s, &fr);
        const pr_node *func = fr.func;
        if (fr.node->kind == PR_FunctionDef || fr.node->kind == PR_AsyncFunctionDef)
            func = fr.node;
        /* in any order: the findings are sorted in the end.  The slots of the children
        ** are read in one loop, not through pr_child_iter, whose state costs more for a
        ** walk of every node of every file. */
        const pr_node *n = fr.node;
        for (unsigned fields = pr_child_fields[n->kind], slot = 0; fields; fields >>= 2, slot++) {
            const void *field = PR_FIELD_SLOT(n, slot);
            if (fields & PR_CHILD_LIST) {
                const pr_seq *seq = *(pr_seq *const *)field;
                uint32_t len = PR_SEQ_LEN(seq);
                for (uint32_t i = 0; i < len; i++)
                    if (seq->items[i])
                        hand(&s, &st, seq->items[i], n, func);
            } else if ((fields & PR_CHILD_NODE) && *(pr_node *const *)field) {
                hand(&s, &st, *(pr_node *const *)field, n, func);
            }
        }
    }
    pr_sec_shell_finish(&s);
}
