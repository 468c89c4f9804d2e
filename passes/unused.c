/* The rules of the semantic model (RULES.md §2.1, §2.2), with pyflakes' semantics and
** ruff's codes, messages and positions: unused imports (F401), redefinitions of unused
** names (F811) and imports shadowed by loop variables (F402), star imports (F403, F405),
** undefined names (F821), undefined exports (F822), locals read before assignment
** (F823), unused local variables (F841), annotations (F842) and unpacked names (RUF059);
** and module-private names never read in their module (RVW201).
** Everything is decided from the model's final state, as pyflakes reports its "dead
** scopes" once the whole file is walked. */
#include "passes/project.h"
#include "passes/semantic.h"

#include <string.h>

typedef struct rules {
    pr_sem *m;
    pr_findings *f;
    const pr_options *options;
} rules;

static const char *name_of(const rules *r, uint32_t name)
{
    return r->m->names[name].text;
}

static void report_binding(rules *r, pr_rule rule, const pr_binding *b, ...)
{
    pr_span s = pr_sem_binding_span(r->m, b);
    va_list ap;
    va_start(ap, b);
    pr_report_va(r->f, rule, s.lineno, s.col, s.end_lineno, s.end_col, ap);
    va_end(ap);
}

static bool current(const pr_sem *m, uint32_t id)
{
    return pr_sem_lookup(m, m->bindings[id].scope, m->bindings[id].name) == id;
}

/* ------------------------------------------------------------------ imports */

/* Whether statements raise somewhere (not counting nested defs and classes). */
static bool raises(const pr_seq *body)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        switch (s->kind) {
        case PR_Raise:
            return true;
        case PR_If:
            if (raises(s->v.If.body) || raises(s->v.If.orelse))
                return true;
            break;
        case PR_With:
            if (raises(s->v.With.body))
                return true;
            break;
        case PR_Try:
            if (raises(s->v.Try.body) || raises(s->v.Try.orelse) || raises(s->v.Try.finalbody))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* An import in a try whose ImportError handler raises only tests that the module is
** there: an availability probe (RULES.md §2.1), not an unused import. */
static bool probe(const pr_node *guard)
{
    const pr_seq *handlers = guard->v.Try.handlers;
    for (uint32_t i = 0; i < PR_SEQ_LEN(handlers); i++) {
        const pr_node *h = PR_SEQ_NODE(handlers, i);
        if (pr_sem_catches(h->v.ExceptHandler.type, "ImportError", "ModuleNotFoundError") &&
            raises(h->v.ExceptHandler.body))
            return true;
    }
    return false;
}

static bool exported(const pr_sem *m, const pr_binding *all, uint32_t name)
{
    for (uint32_t i = 0; all && i < all->nexports; i++)
        if (m->exports[all->first_export + i].name == name)
            return true;
    return false;
}

/* An import configured as having side effects (allowed-unused-imports: a module and
** its submodules). */
static bool allowed(const rules *r, const pr_binding *b)
{
    if (!r->options)
        return false;
    const pr_strlist *list = &r->options->allowed_unused_imports;
    for (uint32_t i = 0; i < list->n; i++) {
        size_t n = strlen(list->items[i]);
        if (strncmp(b->qualified, list->items[i], n) == 0 &&
            (b->qualified[n] == '\0' || b->qualified[n] == '.'))
            return true;
    }
    return false;
}

static void unused_import(rules *r, const pr_binding *b)
{
    if (allowed(r, b))
        return;
    const char *suffix = "";
    if (b->guard) {
        if (probe(b->guard))
            return;
        suffix = "; consider using `importlib.util.find_spec` to test for availability";
    } else if (r->m->is_init && r->m->scopes[b->scope].kind == PR_SCOPE_MODULE) {
        suffix = "; consider removing, adding to `__all__`, or using a redundant alias";
    }
    report_binding(r, PR_RULE_F401, b, b->qualified, suffix);
    if (r->m->is_init && !b->guard)
        r->f->items[r->f->n - 1].severity = PR_LOW;
}

/* ------------------------------------------------------------------ the report */

static void report_exports(rules *r, const pr_binding *all)
{
    pr_sem *m = r->m;
    for (uint32_t i = 0; i < all->nexports; i++) {
        const pr_export *e = &m->exports[all->first_export + i];
        if (pr_sem_in_scope(m, all->scope, e->name))
            continue;
        if (m->scopes[all->scope].import_starred)
            pr_report(r->f, PR_RULE_F405, e->node, name_of(r, e->name));
        else if (!m->is_init)
            pr_report(r->f, PR_RULE_F822, e->node, name_of(r, e->name));
    }
}

static void report_redefinitions(rules *r, const pr_binding *all)
{
    pr_sem *m = r->m;
    for (uint32_t i = 0; i < m->nredefs; i++) {
        const pr_redef *d = &m->redefs[i];
        const pr_binding *b = &m->bindings[d->binding], *e = &m->bindings[d->existing];
        uint32_t line = pr_sem_binding_span(m, e).lineno;
        bool loop = d->kind == PR_REDEF_LOOP;
        if (d->kind == PR_REDEF_IF_UNUSED) {
            if (!current(m, d->existing) || m->scopes[e->scope].kind == PR_SCOPE_CLASS)
                continue;
            bool used = e->used_scope != PR_SEM_NONE || (e->scope == 0 && exported(m, all, e->name));
            if (!d->loop && used)
                continue;
            loop = d->loop;
        }
        report_binding(r, loop ? PR_RULE_F402 : PR_RULE_F811, b, name_of(r, b->name), line);
    }
}

static void report_binding_state(rules *r, uint32_t id, const pr_binding *all)
{
    pr_sem *m = r->m;
    const pr_binding *b = &m->bindings[id];
    const pr_sem_scope *scope = &m->scopes[b->scope];
    const char *name = name_of(r, b->name);
    if (b->kind == PR_BIND_STAR) {
        pr_report(r->f, PR_RULE_F403, b->stmt, b->qualified);
        return;
    }
    if (b->flags & PR_BF_HANDLER_UNUSED) {
        if (!pr_sem_dummy(r->options, name) && !scope->uses_locals)
            report_binding(r, PR_RULE_F841, b, name);
        return;
    }
    if (!current(m, id) || scope->kind == PR_SCOPE_CLASS || b->used_scope != PR_SEM_NONE)
        return;
    switch (b->kind) {
    case PR_BIND_IMPORT:
    case PR_BIND_SUBMODULE:
    case PR_BIND_FROM_IMPORT:
        if (!(b->flags & PR_BF_REEXPORT) && !(b->scope == 0 && exported(m, all, b->name)))
            unused_import(r, b);
        return;
    default:
        break;
    }
    if (!pr_sem_function_scope(scope) || scope->uses_locals || pr_sem_dummy(r->options, name) ||
        pr_sem_always_used(name))
        return;
    if (pr_sem_is_assignment(b))
        report_binding(r, PR_RULE_F841, b, name);
    else if (b->kind == PR_BIND_UNPACKED && (b->flags & PR_BF_UNPACKED))
        report_binding(r, PR_RULE_RUF059, b, name);
    else if (b->kind == PR_BIND_ANNOTATION)
        report_binding(r, PR_RULE_F842, b, name);
}

/* ------------------------------------------------------------------ RVW201 */

/* `_x` and `__x`, not `_` and not dunders. */
static bool private_name(const char *name)
{
    size_t n = strlen(name);
    if (n < 2 || name[0] != '_' || strspn(name, "_") == n)
        return false;
    return !(n > 4 && name[1] == '_' && name[n - 1] == '_' && name[n - 2] == '_');
}

static bool decorated(const pr_node *n)
{
    if (n->kind == PR_FunctionDef || n->kind == PR_AsyncFunctionDef)
        return PR_SEQ_LEN(n->v.FunctionDef.decorator_list) > 0;
    return n->kind == PR_ClassDef && PR_SEQ_LEN(n->v.ClassDef.decorator_list) > 0;
}

/* The module-level bindings RVW201 judges: assignments, defs and classes (imports are
** F401's; loop, unpacked and with names are often bound only to be dropped; a decorated
** def may be registered by its decorator). */
static bool private_candidate(const pr_binding *b)
{
    switch (b->kind) {
    case PR_BIND_ASSIGN:
        return true;
    case PR_BIND_FUNCTION:
    case PR_BIND_CLASS:
        return !decorated(b->node);
    default:
        return false;
    }
}

/* Whether a string constant of the file spells one of the names in `names` (n of them):
** `globals()["_x"]`, `getattr(mod, "_x")`, a `__all__` built some other way. */
static void strings_read(pr_arena *a, const pr_node *module, const char **names, uint8_t *read, uint32_t n)
{
    uint32_t cap = 256, top = 0;
    const pr_node **stack = pr_arena_alloc(a, cap * sizeof *stack);
    stack[top++] = module;
    while (top > 0) {
        const pr_node *e = stack[--top];
        if (e->kind == PR_Constant && e->v.Constant.value->kind == PR_CONST_STR) {
            const pr_const *c = e->v.Constant.value;
            for (uint32_t i = 0; i < n; i++)
                if (!read[i] && strlen(names[i]) == c->len && memcmp(names[i], c->text, c->len) == 0)
                    read[i] = 1;
            continue;
        }
        pr_child_iter it;
        pr_child_iter_init(&it, e);
        for (const pr_node *c; (c = pr_child_iter_next(&it));) {
            if (top == cap) {
                stack = pr_arena_grow(a, stack, cap * sizeof *stack, 2 * cap * sizeof *stack);
                cap *= 2;
            }
            stack[top++] = c;
        }
    }
}

static void report_private(rules *r, pr_review_ctx *ctx, const pr_binding *all)
{
    pr_sem *m = r->m;
    size_t plen = ctx->path ? strlen(ctx->path) : 0;
    if (plen > 4 && strcmp(ctx->path + plen - 4, ".pyi") == 0)
        return;               /* stubs: their private names serve other stubs */
    uint32_t globals = pr_sem_find(m, "globals", 7), vars = pr_sem_find(m, "vars", 4),
             locals = pr_sem_find(m, "locals", 6);
    /* the first module-level binding of each private name, unless the name is imported */
    uint32_t *first = pr_arena_alloc(ctx->arena, ((size_t)m->nnames + 1) * sizeof *first);
    for (uint32_t i = 0; i < m->nnames; i++)
        first[i] = PR_SEM_NONE;
    uint8_t *skip = pr_arena_alloc(ctx->arena, (size_t)m->nnames + 1);
    memset(skip, 0, (size_t)m->nnames + 1);
    uint32_t ncand = 0;
    for (uint32_t i = 0; i < m->nbindings; i++) {
        const pr_binding *b = &m->bindings[i];
        if (b->scope != 0 || skip[b->name])
            continue;
        const char *name = name_of(r, b->name);
        if (pr_sem_is_import(b) || b->kind == PR_BIND_FUTURE) {
            skip[b->name] = 1;
        } else if (b->kind == PR_BIND_FUNCTION &&
                   (strcmp(name, "__getattr__") == 0 || strcmp(name, "__dir__") == 0)) {
            return;           /* PEP 562: the module answers names it does not bind */
        } else if (first[b->name] == PR_SEM_NONE && private_name(name) && private_candidate(b)) {
            first[b->name] = i;
            ncand++;
        }
    }
    if (ncand == 0)
        return;
    /* reads: any reference to a module binding of the name, or through `global` */
    for (uint32_t i = 0; i < m->nrefs; i++) {
        const pr_ref *ref = &m->refs[i];
        if (ref->binding == PR_SEM_BUILTIN) {
            if (ref->name == globals || ((ref->name == vars || ref->name == locals) && ref->scope == 0))
                return;       /* the module's names are read by string */
            continue;
        }
        if (first[ref->name] == PR_SEM_NONE)
            continue;
        const pr_binding *b = ref->binding == PR_SEM_NONE ? NULL : &m->bindings[ref->binding];
        if (!b || b->scope == 0 || b->kind == PR_BIND_GLOBAL)
            skip[ref->name] = 1;
    }
    const char **names = pr_arena_alloc(ctx->arena, ((size_t)ncand + 1) * sizeof *names);
    uint32_t *ids = pr_arena_alloc(ctx->arena, ((size_t)ncand + 1) * sizeof *ids);
    uint8_t *read = pr_arena_alloc(ctx->arena, (size_t)ncand + 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < m->nnames; i++)
        if (first[i] != PR_SEM_NONE && !skip[i] && !exported(m, all, i)) {
            names[n] = name_of(r, i);
            ids[n] = first[i];
            read[n++] = 0;
        }
    if (n == 0)
        return;
    strings_read(ctx->arena, ctx->parsed->module, names, read, n);
    for (uint32_t i = 0; i < n; i++) {
        const pr_binding *b = &m->bindings[ids[i]];
        if (read[i])
            continue;
        report_binding(r, PR_RULE_RVW201, b, names[i], pr_sem_binding_span(m, b).lineno);
        /* void when another module reads it: private, but not unused */
        if (ctx->summary && ctx->summary->want_refs)
            pr_finding_condition(r->f, pr_summary_read_elsewhere(ctx->summary, names[i]));
    }
}

void pr_pass_unused(pr_review_ctx *ctx)
{
    rules r = {ctx->sem, ctx->findings, ctx->options};
    pr_sem *m = r.m;
    for (uint32_t i = 0; i < m->nrefs; i++) {
        const pr_ref *ref = &m->refs[i];
        if (ref->flags & PR_RF_UNDEFINED)
            pr_report(r.f, PR_RULE_F821, ref->node, name_of(&r, ref->name), "");
        else if (ref->flags & PR_RF_STAR)
            pr_report(r.f, PR_RULE_F405, ref->node, name_of(&r, ref->name));
    }
    for (uint32_t i = 0; i < m->nbefore; i++)
        pr_report(r.f, PR_RULE_F823, m->before[i].read, name_of(&r, m->before[i].name));
    uint32_t all_id = pr_sem_lookup(m, 0, pr_sem_find(m, "__all__", 7));
    const pr_binding *all = all_id != PR_SEM_NONE && m->bindings[all_id].kind == PR_BIND_EXPORT
                                ? &m->bindings[all_id] : NULL;
    if (all)
        report_exports(&r, all);
    report_redefinitions(&r, all);
    for (uint32_t i = 0; i < m->nbindings; i++)
        report_binding_state(&r, i, all);
    if (pr_review_on(ctx, PR_RULE_RVW201))
        report_private(&r, ctx, all);
}

void pr_pass_semantic(pr_review_ctx *ctx)
{
    pr_sem *m = pr_arena_alloc(ctx->arena, sizeof *m);
    pr_sem_build(m, ctx, ctx->summary && (ctx->summary->want_refs || ctx->summary->want_defs));
    pr_sem_offset(m, 1, 0);   /* its line table now, while the passes after may not add */
    ctx->sem = m;
}
