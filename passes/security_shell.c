/* The calls that run commands (RULES.md §2.7): bandit's shell family under ruff's codes
** (S602 subprocess with a shell, S603 without, S604 any other call asking for a shell,
** S605 os.system and kin, S606 exec and spawn, S607 a command found through $PATH, S609
** wildcards), the command wrappers of the configuration (OpenStack's utils.execute by
** default) checked as subprocess.run is, with commands given as varargs or as `*cmd`
** spread from a list built in the function; privileged execution (RVW503); commands built
** from data from outside (RVW504, by the reaching definitions of taint.c), where a command
** that is constant (literals, module constants, what is built from them) is S603-free and
** of low severity, and a shell command whose other parts all went through a sanitiser
** (`shlex.quote`) of medium; and the functions of the file that forward their parameters
** to such a call, inferred as wrappers whose callers are checked in turn (RVW505). */
#include "passes/security.h"

#include <stdio.h>
#include <string.h>

typedef enum kind { K_NONE, K_SUBPROCESS, K_SHELL, K_NO_SHELL } kind;

/* A call that runs a command, as its callee makes it. */
typedef struct sink {
    kind k;
    bool varargs;                   /* the command is spread over the positional arguments */
    uint32_t pos;                   /* else the argument that is the command */
    const char *shell_kw;           /* the keyword that asks for a shell */
    const pr_strlist *privilege_kw;
    const char *name;               /* for messages */
} sink;

/* bandit's shell_injection lists (and ruff's additions). */
typedef struct runner {
    const char *name;
    kind k;
} runner;

static const runner runners[] = {
    {"commands.getoutput", K_SHELL}, {"commands.getstatusoutput", K_SHELL},
    {"os.execl", K_NO_SHELL}, {"os.execle", K_NO_SHELL}, {"os.execlp", K_NO_SHELL},
    {"os.execlpe", K_NO_SHELL}, {"os.execv", K_NO_SHELL}, {"os.execve", K_NO_SHELL},
    {"os.execvp", K_NO_SHELL}, {"os.execvpe", K_NO_SHELL}, {"os.popen", K_SHELL},
    {"os.popen2", K_SHELL}, {"os.popen3", K_SHELL}, {"os.popen4", K_SHELL},
    {"os.spawnl", K_NO_SHELL}, {"os.spawnle", K_NO_SHELL}, {"os.spawnlp", K_NO_SHELL},
    {"os.spawnlpe", K_NO_SHELL}, {"os.spawnv", K_NO_SHELL}, {"os.spawnve", K_NO_SHELL},
    {"os.spawnvp", K_NO_SHELL}, {"os.spawnvpe", K_NO_SHELL}, {"os.startfile", K_NO_SHELL},
    {"os.system", K_SHELL}, {"popen2.Popen3", K_SHELL}, {"popen2.Popen4", K_SHELL},
    {"popen2.popen2", K_SHELL}, {"popen2.popen3", K_SHELL}, {"popen2.popen4", K_SHELL},
    {"subprocess.Popen", K_SUBPROCESS}, {"subprocess.call", K_SUBPROCESS},
    {"subprocess.check_call", K_SUBPROCESS}, {"subprocess.check_output", K_SUBPROCESS},
    {"subprocess.getoutput", K_SHELL}, {"subprocess.getstatusoutput", K_SHELL},
    {"subprocess.run", K_SUBPROCESS},
};

static void report(pr_sec *s, pr_rule rule, const pr_node *n, ...)
{
    va_list ap;
    va_start(ap, n);
    pr_report_va(s->f, rule, n->lineno, n->col, n->end_lineno, n->end_col, ap);
    va_end(ap);
}

static const pr_inferred_wrapper *inferred_of(const pr_sec *s, const pr_node *def)
{
    for (uint32_t i = 0; i < s->nwrappers; i++)
        if (s->wrappers[i].def == def)
            return &s->wrappers[i];
    return NULL;
}

static inline bool is_self(const pr_node *e)
{
    const char *id = e->kind == PR_Name ? e->v.Name.id : "";
    return id[0] == 's' && id[1] == 'e' && id[2] == 'l' && id[3] == 'f' && !id[4];   /* no call */
}

/* The def a call names when it calls a function of the file: `f(...)` for a def f, or
** `self.f(...)` in a method of the class that defines f. */
static const pr_node *local_callee(pr_sec *s, const pr_node *callee, const pr_node *func)
{
    const pr_sem *m = s->r.m;
    if (callee->kind == PR_Name) {
        uint32_t b = pr_resolve_binding(&s->r, callee);
        if (b == PR_SEM_NONE || b == PR_SEM_BUILTIN || m->bindings[b].kind != PR_BIND_FUNCTION)
            return NULL;
        return m->bindings[b].node;
    }
    if (!func || callee->kind != PR_Attribute || !is_self(callee->v.Attribute.value))
        return NULL;
    uint32_t sc = pr_resolve_scope(&s->r, func);
    if (sc == PR_SEM_NONE || m->scopes[sc].parent == PR_SEM_NONE ||
        m->scopes[m->scopes[sc].parent].kind != PR_SCOPE_CLASS)
        return NULL;
    uint32_t cls = m->scopes[sc].parent;
    const char *attr = callee->v.Attribute.attr;
    uint32_t name = pr_sem_find(m, attr, strlen(attr));   /* a name no binding has: none */
    for (uint32_t i = s->r.scope_first[cls]; name != PR_SEM_NONE && i < s->r.scope_first[cls + 1]; i++) {
        const pr_binding *b = &m->bindings[s->r.scope_bindings[i]];
        if (b->kind == PR_BIND_FUNCTION && b->name == name)
            return b->node;
    }
    return NULL;
}

/* What kind of command runner a call's callee is. */
static sink sink_of(pr_sec *s, const pr_node *call, const char *q, const pr_sec_callee *c)
{
    sink k = {.k = K_NONE, .shell_kw = "shell"};
    const pr_node *callee = call->v.Call.func;
    char dotted[256];
    if (c && c->runner) {
        k.name = q;
        k.k = (kind)c->runner;
        return k;
    }
    /* a wrapper's name ends as the callee's does: test that before spelling the callee */
    const char *last = callee->kind == PR_Name ? callee->v.Name.id
                       : callee->kind == PR_Attribute ? callee->v.Attribute.attr : NULL;
    const char *written = NULL;
    if (last && !(s->wrapper_first[(unsigned char)last[0] / 64] >> ((unsigned char)last[0] % 64) & 1))
        last = NULL;   /* no wrapper's name ends so */
    for (uint32_t i = 0; last && i < s->opt->ncommand_wrappers; i++) {
        const pr_command_wrapper *w = &s->opt->command_wrappers[i];
        const char *wl = s->wrapper_last[i];
        if (wl[0] != last[0] || strcmp(wl, last) != 0)
            continue;
        if (!written)
            written = q ? q : pr_resolve_dotted(callee, dotted, sizeof dotted);
        if (!written || !pr_name_matches(written, w->name))
            continue;
        k.k = w->kind == PR_WRAPPER_SHELL ? K_SHELL : w->kind == PR_WRAPPER_NO_SHELL ? K_NO_SHELL : K_SUBPROCESS;
        k.varargs = w->argv == PR_ARGV_VARARGS;
        k.shell_kw = w->shell_kw;
        k.privilege_kw = &w->privilege_kw;
        k.name = w->name;
        return k;
    }
    return k;
}

void pr_sec_shell_names(void)
{
    for (size_t i = 0; i < sizeof runners / sizeof runners[0]; i++)
        pr_sec_callee_add(runners[i].name)->runner = (uint8_t)runners[i].k;
}

/* ------------------------------------------------------------------ the command */

/* The list a `*name` spreads, when the one definition of name reaching it is a list or
** tuple display (or one added to something: `['mount'] + opts`), or such a list that
** `+=` extended. */
static const pr_node *spread_list(pr_sec *s, const pr_node *e, const pr_node *func)
{
    const pr_node *v = e->kind == PR_Starred ? e->v.Starred.value : e;
    if (v->kind != PR_Name)
        return v;
    pr_usedef *u = pr_sec_usedef(s, func);
    const pr_node *read = v;
    for (int hops = 0; hops < 8; hops++) {
        uint32_t defs[2];
        if (pr_usedef_reaching(u, read, defs, 2) != 1)
            return v;
        const pr_node *stmt = pr_usedef_def_stmt(u, defs[0]);
        const pr_node *target = s->r.m->bindings[defs[0]].node;
        if (stmt && stmt->kind == PR_AugAssign && stmt->v.AugAssign.op == PR_ADD &&
            stmt->v.AugAssign.target == target) {
            read = target;   /* `cmd += [...]`: the list it extends */
            continue;
        }
        if (!stmt || stmt->kind != PR_Assign)
            return v;
        /* the name itself is the target: `a, b = 'ls', x` gives a an item, not the tuple */
        bool direct = false;
        for (uint32_t i = 0; i < PR_SEQ_LEN(stmt->v.Assign.targets); i++)
            direct |= PR_SEQ_NODE(stmt->v.Assign.targets, i) == target;
        if (!direct)
            return v;
        const pr_node *value = stmt->v.Assign.value;
        while (value->kind == PR_BinOp && value->v.BinOp.op == PR_ADD)
            value = value->v.BinOp.left;
        return value->kind == PR_List || value->kind == PR_Tuple ? value : v;
    }
    return v;
}

/* The first word of the command: a string, or the first item of a list (ruff's S607). */
static const pr_node *first_word(pr_sec *s, const sink *k, const pr_node *call, const pr_node *func)
{
    const pr_seq *args = call->v.Call.args;
    uint32_t pos = k->varargs ? 0 : k->pos;
    if (pos >= PR_SEQ_LEN(args))
        return NULL;
    const pr_node *a = spread_list(s, PR_SEQ_NODE(args, pos), func);
    if (a->kind == PR_List || (a->kind == PR_Tuple && PR_SEQ_NODE(args, pos)->kind != PR_Tuple)) {
        if (PR_SEQ_LEN(a->v.List.elts) == 0)
            return NULL;
        a = PR_SEQ_NODE(a->v.List.elts, 0);
    }
    return pr_is_str(a) ? a : NULL;
}

/* /bin/ls, ./ls, \ls, C:ls: not looked up in $PATH. */
static bool full_path(const pr_const *c)
{
    if (c->len == 0)
        return false;
    char f = c->text[0];
    if (f == '/' || f == '\\' || f == '.')
        return true;
    return c->len > 1 && c->text[1] == ':' && ((f >= 'a' && f <= 'z') || (f >= 'A' && f <= 'Z'));
}

/* S609: `*` and chown, chmod, tar or rsync in a literal command. */
static bool wildcard_text(const pr_const *c, bool *star, bool *command)
{
    *star |= memchr(c->text, '*', c->len) != NULL;
    *command |= strstr(c->text, "chown") || strstr(c->text, "chmod") || strstr(c->text, "tar") ||
                strstr(c->text, "rsync");
    return *star && *command;
}

static bool wildcard(const pr_node *a)
{
    bool star = false, command = false;
    if (a->kind == PR_List) {
        for (uint32_t i = 0; i < PR_SEQ_LEN(a->v.List.elts); i++) {
            const pr_node *e = PR_SEQ_NODE(a->v.List.elts, i);
            if (pr_is_str(e) && wildcard_text(e->v.Constant.value, &star, &command))
                return true;
        }
        return false;
    }
    return pr_is_str(a) && wildcard_text(a->v.Constant.value, &star, &command);
}

/* Where the command comes from: the command argument, or the worst of the positional
** arguments (which *at is set to: the place to report). */
static pr_taint command_taint(pr_sec *s, const sink *k, const pr_node *call, const pr_node *func,
                              const pr_node **at)
{
    const pr_seq *args = call->v.Call.args;
    *at = PR_SEQ_NODE(args, k->varargs ? 0 : k->pos);
    if (!k->varargs)
        return pr_sec_taint(s, func, *at);
    pr_taint t = pr_sec_taint(s, func, *at);
    for (uint32_t i = 1; i < PR_SEQ_LEN(args); i++) {
        pr_taint u = pr_sec_taint(s, func, PR_SEQ_NODE(args, i));
        if (u.origin > t.origin) {
            t = u;
            *at = PR_SEQ_NODE(args, i);
        }
    }
    return t;
}

/* "shell command built from parameter `dev` (line 80) by concatenation (line 82)" */
static void report_taint(pr_sec *s, const pr_node *at, const char *what, const pr_taint *t, pr_level sev)
{
    char head[256], path[256];
    snprintf(head, sizeof head, "%s %s %s (line %u)", what, t->nsteps ? "built from" : "comes from",
             t->source, t->source_line);
    size_t n = 0;
    path[0] = '\0';
    for (uint32_t i = 0; i < t->nsteps && n < sizeof path; i++)
        n += (size_t)snprintf(path + n, sizeof path - n, "%s%s (line %u)", i ? ", then " : " by ",
                              t->steps[i], t->step_lines[i]);
    report(s, PR_RULE_RVW504, at, head, path);
    pr_sec_level(s, sev, PR_MEDIUM);
}

void pr_sec_tainted_arg(pr_sec *s, const pr_node *arg, const pr_node *func, const char *what, pr_level severity)
{
    if (!pr_sec_on(s, PR_RULE_RVW504))
        return;
    pr_taint t = pr_sec_taint(s, func, arg);
    if (t.origin == PR_ORIGIN_OUTSIDE)
        report_taint(s, arg, what, &t, severity);
}

/* ------------------------------------------------------------------ RVW505 */

/* The parameter a function forwards as the command: `p` or `*p`, read where the one
** definition reaching it is the parameter itself. */
static bool forwarded(pr_sec *s, const pr_node *func, const pr_node *e, pr_inferred_wrapper *w)
{
    bool starred = e->kind == PR_Starred;
    const pr_node *v = starred ? e->v.Starred.value : e;
    if (!func || v->kind != PR_Name)
        return false;
    uint32_t defs[2];
    pr_usedef *u = pr_sec_usedef(s, func);
    if (pr_usedef_reaching(u, v, defs, 2) != 1 || s->r.m->bindings[defs[0]].kind != PR_BIND_ARGUMENT)
        return false;
    const pr_node *a = func->v.FunctionDef.args;
    const pr_node *vararg = a->v.arguments.vararg;
    w->param_name = v->v.Name.id;
    if (vararg && strcmp(vararg->v.arg.arg, v->v.Name.id) == 0) {
        w->varargs = true;
        return true;
    }
    if (starred)
        return false;
    const pr_seq *pos[2] = {a->v.arguments.posonlyargs, a->v.arguments.args};
    uint32_t index = 0;
    for (int p = 0; p < 2; p++)
        for (uint32_t i = 0; i < PR_SEQ_LEN(pos[p]); i++, index++)
            if (strcmp(PR_SEQ_NODE(pos[p], i)->v.arg.arg, v->v.Name.id) == 0) {
                /* a method is called as self.f(...): the caller's arguments start after self */
                uint32_t sc = pr_resolve_scope(&s->r, func);
                const pr_sem *m = s->r.m;
                bool method = sc != PR_SEM_NONE && m->scopes[sc].parent != PR_SEM_NONE &&
                              m->scopes[m->scopes[sc].parent].kind == PR_SCOPE_CLASS;
                if (method && index == 0)
                    return false;
                w->param = method ? index - 1 : index;
                return true;
            }
    return false;
}

/* The name of a def as the source writes it: after `def ` or `async def `. */
static pr_span def_name_span(pr_sec *s, const pr_node *def)
{
    const char *src = s->ctx->src->text + pr_sem_offset(s->ctx->sem, def->lineno, def->col);
    const char *p = src;
    if (strncmp(p, "async", 5) == 0)
        for (p += 5; *p == ' ' || *p == '\t' || *p == '\\' || *p == '\n' || *p == '\r'; p++)
            ;
    p += 3;
    while (*p == ' ' || *p == '\t')
        p++;
    uint32_t col = def->col + (uint32_t)(p - src);
    if (memchr(src, '\n', (size_t)(p - src)))
        col = def->col;   /* a header broken over lines: point at the def */
    return (pr_span){def->lineno, col, def->lineno, col + (uint32_t)strlen(def->v.FunctionDef.name)};
}

/* Whether the call's command is a parameter of func passed on as it came; records func
** as a wrapper of the sink the first time (RVW505). */
static bool infer(pr_sec *s, const sink *k, const pr_node *call, const pr_node *func, bool shell)
{
    if (!func || func->kind == PR_Lambda)
        return false;
    const pr_seq *args = call->v.Call.args;
    pr_inferred_wrapper w = {.def = func, .sink = k->name, .shell = shell};
    if (k->varargs) {
        if (PR_SEQ_LEN(args) != 1 || PR_SEQ_NODE(args, 0)->kind != PR_Starred ||
            !forwarded(s, func, PR_SEQ_NODE(args, 0), &w) || !w.varargs)
            return false;
    } else if (!forwarded(s, func, PR_SEQ_NODE(args, k->pos), &w)) {
        return false;
    }
    for (uint32_t i = 0; i < s->nwrappers; i++)
        if (s->wrappers[i].def == func) {
            /* reported once; a function that runs its command through a shell anywhere
            ** is a shell runner for its callers, whichever sink the walk met first */
            s->wrappers[i].shell |= shell;
            return true;
        }
    if (s->nwrappers == s->wrappers_cap) {
        uint32_t cap = s->wrappers_cap ? 2 * s->wrappers_cap : 8;
        s->wrappers = pr_arena_grow(s->ctx->arena, s->wrappers, s->wrappers_cap * sizeof *s->wrappers,
                                    cap * sizeof *s->wrappers);
        s->wrappers_cap = cap;
    }
    s->wrappers[s->nwrappers++] = w;
    if (pr_sec_on(s, PR_RULE_RVW505)) {
        char what[160];
        snprintf(what, sizeof what, w.varargs ? "arguments `*%s`" : "parameter `%s`", w.param_name);
        pr_span at = def_name_span(s, func);
        pr_report_at(s->f, PR_RULE_RVW505, at.lineno, at.col, at.end_lineno, at.end_col,
                     func->v.FunctionDef.name, what, k->name);
    }
    return true;
}

/* ------------------------------------------------------------------ the checks */

static void privileged(pr_sec *s, const sink *k, const pr_node *call)
{
    for (uint32_t i = 0; k->privilege_kw && i < k->privilege_kw->n; i++) {
        const pr_node *kw = pr_call_keyword(call, k->privilege_kw->items[i]);
        if (kw && pr_truthiness(&s->r, kw->v.keyword.value) != 0) {
            bool exact = pr_truthiness(&s->r, kw->v.keyword.value) == 1;
            report(s, PR_RULE_RVW503, kw, k->name, k->privilege_kw->items[i],
                   exact ? "" : " when the keyword's value is true");
        }
    }
}

/* How a command run through a shell reads (the three cases): constant, "seems
** safe" (low); built from parts each passed through a sanitiser, which the verdict names
** (medium: the quoting is right only if the shell parses the command as the author
** expects); anything else, an injection (high, bandit's severity). */
static const char *shell_verdict(pr_sec *s, bool constant, const pr_taint *t, const char *safe,
                                 const char *unsafe, const char *sanitised)
{
    if (constant)
        return safe;
    if (t->origin != PR_ORIGIN_SANITIZED)
        return unsafe;
    char buf[256];
    snprintf(buf, sizeof buf, "%sthe command's variable parts are %s (line %u)", sanitised, t->source,
             t->source_line);
    return pr_arena_strndup(s->ctx->arena, buf, strlen(buf));
}

static void shell_level(pr_sec *s, bool constant, const pr_taint *t)
{
    if (constant)
        pr_sec_level(s, PR_LOW, PR_HIGH);
    else if (t->origin == PR_ORIGIN_SANITIZED)
        pr_sec_level(s, PR_MEDIUM, PR_HIGH);
}

static void check(pr_sec *s, const sink *k, const pr_node *call, const pr_node *func)
{
    const pr_seq *args = call->v.Call.args;
    const pr_node *callee = call->v.Call.func;
    bool has_command = PR_SEQ_LEN(args) > (k->varargs ? 0 : k->pos);
    const pr_node *kw = k->shell_kw ? pr_call_keyword(call, k->shell_kw) : NULL;
    int shell = kw ? pr_truthiness(&s->r, kw->v.keyword.value) : 0;
    bool exact = kw && kw->v.keyword.value->kind == PR_Constant &&
                 kw->v.keyword.value->v.Constant.value->kind == PR_CONST_TRUE;
    bool via_shell = k->k == K_SHELL || (k->k == K_SUBPROCESS && shell != 0);
    privileged(s, k, call);
    if (k->k == K_NO_SHELL)
        report(s, PR_RULE_S606, callee);
    if (!has_command)
        return;
    const pr_node *command = PR_SEQ_NODE(args, k->varargs ? 0 : k->pos);
    /* a literal command: the string, or (varargs) every word a string */
    bool literal = pr_is_str(command);
    for (uint32_t i = 1; k->varargs && literal && i < PR_SEQ_LEN(args); i++)
        literal = pr_is_str(PR_SEQ_NODE(args, i));
    const pr_node *tainted;
    pr_taint t = command_taint(s, k, call, func, &tainted);
    bool constant = literal || t.origin == PR_ORIGIN_CONST;
    bool forwards = t.origin == PR_ORIGIN_OUTSIDE && t.param && infer(s, k, call, func, via_shell);
    if (k->k == K_SUBPROCESS && shell != 0) {
        report(s, PR_RULE_S602, callee, exact ? "`shell=True`" : "truthy `shell`",
               shell_verdict(s, constant, &t, "seems safe, but may be changed in the future; "
                                              "consider rewriting without `shell`",
                             "identified, security issue", "identified; "));
        shell_level(s, constant, &t);
    } else if (k->k == K_SUBPROCESS && (!constant || s->opt->report_constant_commands)) {
        report(s, PR_RULE_S603, callee);
    } else if (k->k == K_SHELL) {
        report(s, PR_RULE_S605, callee,
               shell_verdict(s, constant, &t, ": seems safe, but may be changed in the future; "
                                              "consider rewriting without `shell`",
                             ", possible injection detected", ": "));
        shell_level(s, constant, &t);
    }
    const pr_node *word = first_word(s, k, call, func);
    if (word && !full_path(word->v.Constant.value))
        report(s, PR_RULE_S607, word);
    if (via_shell && wildcard(command))
        report(s, PR_RULE_S609, command);
    if (t.origin == PR_ORIGIN_OUTSIDE && !forwards && pr_sec_on(s, PR_RULE_RVW504))
        report_taint(s, tainted, via_shell ? "shell command" : "command", &t, via_shell ? PR_HIGH : PR_MEDIUM);
}

static void remember_local_call(pr_sec *s, const pr_node *call, const pr_node *callee, const pr_node *func)
{
    if (s->nlocal_calls == s->local_calls_cap) {
        uint32_t cap = s->local_calls_cap ? 2 * s->local_calls_cap : 16;
        s->local_calls = pr_arena_grow(s->ctx->arena, s->local_calls, s->local_calls_cap * sizeof *s->local_calls,
                                       cap * sizeof *s->local_calls);
        s->local_calls_cap = cap;
    }
    s->local_calls[s->nlocal_calls++] = (pr_local_call){call, callee, func};
}

/* S604: a call that is no known runner asking for a shell (bandit's way of catching
** wrappers). */
static void other_shell(pr_sec *s, const pr_node *call)
{
    if (!PR_SEQ_LEN(call->v.Call.keywords))
        return;
    const pr_node *kw = pr_call_keyword(call, "shell");
    int shell = kw ? pr_truthiness(&s->r, kw->v.keyword.value) : 0;
    if (shell != 0)
        report(s, PR_RULE_S604, call->v.Call.func,
               kw->v.keyword.value->kind == PR_Constant &&
                       kw->v.keyword.value->v.Constant.value->kind == PR_CONST_TRUE
                   ? "`shell=True`"
                   : "truthy `shell`");
}

void pr_sec_shell(pr_sec *s, const pr_node *call, const pr_node *func, const char *q, const pr_sec_callee *c)
{
    sink k = sink_of(s, call, q, c);
    if (k.k != K_NONE) {
        check(s, &k, call, func);
        return;
    }
    /* a call that may be of a function of the file: decided once the wrappers are known (a
    ** name that resolves is an import's, a builtin's or an undefined one: none is) */
    const pr_node *callee = call->v.Call.func;
    if ((callee->kind == PR_Name && !q) ||
        (func && callee->kind == PR_Attribute && is_self(callee->v.Attribute.value)))
        remember_local_call(s, call, NULL, func);
    else
        other_shell(s, call);
}

void pr_sec_shell_finish(pr_sec *s)
{
    /* the callees, when some function is a wrapper */
    for (uint32_t i = 0; s->nwrappers && i < s->nlocal_calls; i++) {
        pr_local_call *lc = &s->local_calls[i];
        lc->callee = local_callee(s, lc->call->v.Call.func, lc->func);
    }
    /* each call is checked once its callee is known to run commands; checking it may make
    ** its own function a wrapper, whose calls are then checked in a later round */
    bool *done = s->nlocal_calls ? pr_arena_alloc(s->ctx->arena, s->nlocal_calls * sizeof *done) : NULL;
    if (done)
        memset(done, 0, s->nlocal_calls * sizeof *done);
    for (bool again = s->nwrappers > 0; again;) {   /* no wrappers: no call to check */
        again = false;
        for (uint32_t i = 0; i < s->nlocal_calls; i++) {
            pr_local_call *lc = &s->local_calls[i];
            if (!lc->callee && s->nwrappers && !done[i])
                lc->callee = local_callee(s, lc->call->v.Call.func, lc->func);
            const pr_inferred_wrapper *w = done[i] || !lc->callee ? NULL : inferred_of(s, lc->callee);
            if (!w)
                continue;
            done[i] = true;
            uint32_t before = s->nwrappers;
            sink k = {.k = w->shell ? K_SHELL : K_SUBPROCESS, .varargs = w->varargs, .pos = w->param,
                      .shell_kw = "shell", .name = lc->callee->v.FunctionDef.name};
            check(s, &k, lc->call, lc->func);
            again |= s->nwrappers != before;
        }
    }
    for (uint32_t i = 0; i < s->nlocal_calls; i++)
        if (!done[i])
            other_shell(s, s->local_calls[i].call);
}
