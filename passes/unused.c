/* The rules of the semantic model (RULES.md §2.1, §2.2), with pyflakes' semantics and
** ruff's codes, messages and positions: unused imports (F401), redefinitions of unused
** names (F811) and imports shadowed by loop variables (F402), star imports (F403, F405),
** undefined names (F821), undefined exports (F822), locals read before assignment
** (F823), unused local variables (F841), annotations (F842) and unpacked names (RUF059).
** Everything is decided from the model's final state, as pyflakes reports its "dead
** scopes" once the whole file is walked. */
#include "passes/semantic.h"

#include <regex.h>
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

/* A name that may stay unused: the configured dummy-variable-rgx, by default ruff's
** ^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+?))$ */
static bool dummy(const rules *r, const char *name)
{
    if (r->options && r->options->dummy_variable_re)
        return regexec(r->options->dummy_variable_re, name, 0, NULL, 0) == 0;
    if (name[0] != '_')
        return false;
    bool underscores = true;
    size_t n = 0;
    for (const char *p = name; *p; p++, n++) {
        unsigned char c = (unsigned char)*p;
        if (c != '_' && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
        underscores &= c == '_';
    }
    return underscores || name[n - 1] != '_';
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
        if (!dummy(r, name) && !scope->uses_locals)
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
    if (!pr_sem_function_scope(scope) || scope->uses_locals || dummy(r, name) ||
        pr_sem_always_used(name))
        return;
    if (pr_sem_is_assignment(b))
        report_binding(r, PR_RULE_F841, b, name);
    else if (b->kind == PR_BIND_UNPACKED && (b->flags & PR_BF_UNPACKED))
        report_binding(r, PR_RULE_RUF059, b, name);
    else if (b->kind == PR_BIND_ANNOTATION)
        report_binding(r, PR_RULE_F842, b, name);
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
}

void pr_pass_semantic(pr_review_ctx *ctx)
{
    pr_sem *m = pr_arena_alloc(ctx->arena, sizeof *m);
    pr_sem_build(m, ctx);
    pr_sem_offset(m, 1, 0);   /* its line table now, while the passes after may not add */
    ctx->sem = m;
}
