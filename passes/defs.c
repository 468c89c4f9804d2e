/* Definitions as the rule passes look them up (see defs.h): blocks walked statement by
** statement, dotted names, typing decorators, and the index of a module's classes with the
** ancestry it gives. */
#include "passes/defs.h"
#include "passes/semantic.h"

#include <string.h>

/* pr_each_statement, or with definitions only, pr_each_definition. */
static void each(const pr_seq *body, void (*fn)(void *data, const pr_node *stmt), void *data,
                 bool definitions)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (!definitions || s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef ||
            s->kind == PR_ClassDef)
            fn(data, s);
        switch (s->kind) {
        case PR_If:
            each(s->v.If.body, fn, data, definitions);
            each(s->v.If.orelse, fn, data, definitions);
            break;
        case PR_While:
            each(s->v.While.body, fn, data, definitions);
            each(s->v.While.orelse, fn, data, definitions);
            break;
        case PR_For:
        case PR_AsyncFor:
            each(s->v.For.body, fn, data, definitions);
            each(s->v.For.orelse, fn, data, definitions);
            break;
        case PR_With:
        case PR_AsyncWith:
            each(s->v.With.body, fn, data, definitions);
            break;
        case PR_Try:
        case PR_TryStar:
            each(s->v.Try.body, fn, data, definitions);
            for (uint32_t j = 0; j < PR_SEQ_LEN(s->v.Try.handlers); j++)
                each(PR_SEQ_NODE(s->v.Try.handlers, j)->v.ExceptHandler.body, fn, data,
                     definitions);
            each(s->v.Try.orelse, fn, data, definitions);
            each(s->v.Try.finalbody, fn, data, definitions);
            break;
        case PR_Match:
            for (uint32_t j = 0; j < PR_SEQ_LEN(s->v.Match.cases); j++)
                each(PR_SEQ_NODE(s->v.Match.cases, j)->v.match_case.body, fn, data, definitions);
            break;
        default:
            break;
        }
    }
}

void pr_each_statement(const pr_seq *body, void (*fn)(void *data, const pr_node *stmt), void *data)
{
    each(body, fn, data, false);
}

void pr_each_definition(const pr_seq *body, void (*fn)(void *data, const pr_node *def), void *data)
{
    each(body, fn, data, true);
}

size_t pr_expr_dotted(const pr_node *e, char *buf, size_t cap)
{
    while (e->kind == PR_Call)
        e = e->v.Call.func;
    if (e->kind == PR_Name) {
        size_t n = strlen(e->v.Name.id);
        if (n + 1 > cap)
            return 0;
        memcpy(buf, e->v.Name.id, n + 1);
        return n;
    }
    if (e->kind != PR_Attribute)
        return 0;
    size_t n = pr_expr_dotted(e->v.Attribute.value, buf, cap);
    size_t m = strlen(e->v.Attribute.attr);
    if (n == 0 || n + 1 + m + 1 > cap)
        return 0;
    buf[n] = '.';
    memcpy(buf + n + 1, e->v.Attribute.attr, m + 1);
    return n + 1 + m;
}

bool pr_has_typing_decorator(const pr_node *def, const char *name)
{
    const pr_seq *decorators = def->v.FunctionDef.decorator_list;
    for (uint32_t i = 0; i < PR_SEQ_LEN(decorators); i++) {
        const pr_node *d = PR_SEQ_NODE(decorators, i);
        if (d->kind == PR_Name && strcmp(d->v.Name.id, name) == 0)
            return true;
        if (d->kind == PR_Attribute && strcmp(d->v.Attribute.attr, name) == 0 &&
            d->v.Attribute.value->kind == PR_Name &&
            (strcmp(d->v.Attribute.value->v.Name.id, "typing") == 0 ||
             strcmp(d->v.Attribute.value->v.Name.id, "typing_extensions") == 0))
            return true;
    }
    return false;
}

/* ------------------------------------------------------------------ classes */

static void index_class(void *data, const pr_node *s)
{
    pr_class_index *ix = data;
    if (s->kind != PR_ClassDef)
        return;
    uint64_t key = (uint64_t)(uintptr_t)s->v.ClassDef.name;
    if (pr_table_get(&ix->by_name, key, UINT32_MAX) != UINT32_MAX)
        return;
    if (ix->n == ix->cap) {
        uint32_t cap = ix->cap ? 2 * ix->cap : 16;
        ix->classes = pr_arena_grow(ix->arena, ix->classes, ix->cap * sizeof *ix->classes,
                                    cap * sizeof *ix->classes);
        ix->cap = cap;
    }
    pr_table_put(ix->arena, &ix->by_name, key, ix->n);
    ix->classes[ix->n++] = s;
}

void pr_class_index_build(pr_arena *a, const pr_node *module, pr_class_index *ix)
{
    memset(ix, 0, sizeof *ix);
    ix->arena = a;
    pr_each_definition(module->v.Module.body, index_class, ix);
}

/* The class of the index a base names, or NULL. */
static const pr_node *base_class(const pr_class_index *ix, const pr_node *base)
{
    if (base->kind != PR_Name)
        return NULL;
    uint32_t i = pr_table_get(&ix->by_name, (uint64_t)(uintptr_t)base->v.Name.id, UINT32_MAX);
    return i == UINT32_MAX ? NULL : ix->classes[i];
}

uint32_t pr_class_ancestors(const pr_class_index *ix, const pr_node *cls, const pr_node **out,
                            uint32_t cap)
{
    /* breadth first over out itself: out[done] is the next class whose bases to add */
    uint32_t n = 0;
    const pr_node *from = cls;
    for (uint32_t done = 0;; from = out[done++]) {
        const pr_seq *bases = from->v.ClassDef.bases;
        for (uint32_t i = 0; i < PR_SEQ_LEN(bases); i++) {
            const pr_node *c = base_class(ix, PR_SEQ_NODE(bases, i));
            bool seen = !c || c == cls;
            for (uint32_t j = 0; j < n && !seen; j++)
                seen = out[j] == c;
            if (!seen && n < cap)
                out[n++] = c;
        }
        if (done == n)
            return n;
    }
}

typedef struct member_search {
    const char *name;
    const pr_node *found;
} member_search;

static bool binds_name(const pr_node *target, const char *name)
{
    if (target->kind == PR_Name)
        return strcmp(target->v.Name.id, name) == 0;
    if (target->kind == PR_Tuple || target->kind == PR_List)
        for (uint32_t i = 0; i < PR_SEQ_LEN(target->v.Tuple.elts); i++)
            if (binds_name(PR_SEQ_NODE(target->v.Tuple.elts, i), name))
                return true;
    if (target->kind == PR_Starred)
        return binds_name(target->v.Starred.value, name);
    return false;
}

static void find_member(void *data, const pr_node *s)
{
    member_search *m = data;
    if (m->found)
        return;
    switch (s->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        if (strcmp(s->v.FunctionDef.name, m->name) == 0)
            m->found = s;
        break;
    case PR_Assign:
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Assign.targets); i++)
            if (binds_name(PR_SEQ_NODE(s->v.Assign.targets, i), m->name))
                m->found = s;
        break;
    case PR_AnnAssign:
        if (binds_name(s->v.AnnAssign.target, m->name))
            m->found = s;
        break;
    default:
        break;
    }
}

const pr_node *pr_class_member(const pr_node *cls, const char *name)
{
    member_search m = {name, NULL};
    pr_each_statement(cls->v.ClassDef.body, find_member, &m);
    return m.found;
}

/* ------------------------------------------------------------------ __all__ */

/* A list or tuple of strings, or a sum of such. */
static bool literal_names(const pr_node *v)
{
    if (v->kind == PR_BinOp)
        return v->v.BinOp.op == PR_ADD && literal_names(v->v.BinOp.left) &&
               literal_names(v->v.BinOp.right);
    if (v->kind != PR_List && v->kind != PR_Tuple)
        return false;
    for (uint32_t i = 0; i < PR_SEQ_LEN(v->v.Tuple.elts); i++) {
        const pr_node *e = PR_SEQ_NODE(v->v.Tuple.elts, i);
        if (e->kind != PR_Constant || e->v.Constant.value->kind != PR_CONST_STR)
            return false;
    }
    return true;
}

static bool is_all(const pr_node *e)
{
    return e->kind == PR_Name && strcmp(e->v.Name.id, "__all__") == 0;
}

/* Clears *known when a module-level statement changes __all__ in a way that cannot be read
** without running the module. */
static void check_all(void *data, const pr_node *s)
{
    bool *known = data;
    const pr_node *value = NULL;
    if (s->kind == PR_Assign) {
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Assign.targets); i++)
            if (is_all(PR_SEQ_NODE(s->v.Assign.targets, i)))
                value = s->v.Assign.value;
    } else if (s->kind == PR_AugAssign && is_all(s->v.AugAssign.target)) {
        value = s->v.AugAssign.value;
    } else if (s->kind == PR_AnnAssign && is_all(s->v.AnnAssign.target)) {
        value = s->v.AnnAssign.value;
    } else if (s->kind == PR_Expr && s->v.Expr.value->kind == PR_Call) {
        const pr_node *call = s->v.Expr.value, *f = call->v.Call.func;
        if (f->kind != PR_Attribute || !is_all(f->v.Attribute.value) ||
            PR_SEQ_LEN(call->v.Call.args) != 1)
            return;
        const pr_node *arg = PR_SEQ_NODE(call->v.Call.args, 0);
        if (strcmp(f->v.Attribute.attr, "extend") == 0 && !literal_names(arg))
            *known = false;
        else if (strcmp(f->v.Attribute.attr, "append") == 0 &&
                 (arg->kind != PR_Constant || arg->v.Constant.value->kind != PR_CONST_STR))
            *known = false;
        return;
    }
    if (value && !literal_names(value))
        *known = false;
}

const pr_binding *pr_module_all(pr_sem *sem, const pr_node *module, bool *known)
{
    *known = false;
    uint32_t b = pr_sem_lookup(sem, 0, pr_sem_find(sem, "__all__", 7));
    if (b == PR_SEM_NONE || sem->bindings[b].kind != PR_BIND_EXPORT)
        return NULL;
    *known = true;
    pr_each_statement(module->v.Module.body, check_all, known);
    return &sem->bindings[b];
}
