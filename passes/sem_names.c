/* What a name does where the walk meets it (sem_walk.h): a read resolves to the innermost
** binding of the name in the scopes around it, or to a builtin, or is undefined; a
** binding replaces the name's binding in its scope, taking over whether it was read, and
** is checked for being a redefinition; a `del` unbinds.  This is pyflakes' model
** (handleNodeLoad, handleNodeStore, addBinding), with the typing helpers that tell an
** annotation context and the names of __all__. */
#include "passes/sem_walk.h"

/* ------------------------------------------------------------------ typing helpers */

/* The binding a name has in the innermost scope that binds it, any kind of scope. */
static const pr_binding *binding_of(pr_walker *w, const char *text)
{
    uint32_t name = pr_walk_intern(w, text);
    for (uint32_t s = w->scope; s != PR_SEM_NONE; s = w->m->scopes[s].parent) {
        uint32_t b = pr_sem_lookup(w->m, s, name);
        if (b != PR_SEM_NONE)
            return &w->m->bindings[b];
    }
    return NULL;
}

/* Whether the first n bytes of q name typing or typing_extensions. */
static bool typing_module(const char *q, size_t n)
{
    return (n == 6 && strncmp(q, "typing", n) == 0) ||
           (n == 17 && strncmp(q, "typing_extensions", n) == 0);
}

/* The member of typing or typing_extensions that e names: a name imported from them, or
** an attribute of the module.  Only a file that imports from them has any. */
const char *pr_walk_typing_member(pr_walker *w, const pr_node *e)
{
    if (!w->typing_imported)
        return NULL;
    if (e->kind == PR_Name) {
        const pr_binding *b = binding_of(w, e->v.Name.id);
        if (!b || b->kind != PR_BIND_FROM_IMPORT || b->qualified[0] == '.')
            return NULL;
        const char *dot = strrchr(b->qualified, '.');
        return typing_module(b->qualified, (size_t)(dot - b->qualified)) ? dot + 1 : NULL;
    }
    if (e->kind == PR_Attribute && e->v.Attribute.value->kind == PR_Name) {
        const pr_binding *b = binding_of(w, e->v.Attribute.value->v.Name.id);
        return b && pr_sem_is_import(b) && b->qualified &&
                       typing_module(b->qualified, strlen(b->qualified))
                   ? e->v.Attribute.attr : NULL;
    }
    return NULL;
}

bool pr_walk_is_typing(pr_walker *w, const pr_node *e, const char *attr)
{
    const char *member = pr_walk_typing_member(w, e);
    return member && (!attr || pr_walk_is_name(member, attr));
}

bool pr_walk_name_or_attr(const pr_node *e, const char *name)
{
    return (e->kind == PR_Name && pr_walk_is_name(e->v.Name.id, name)) ||
           (e->kind == PR_Attribute && pr_walk_is_name(e->v.Attribute.attr, name));
}

/* ------------------------------------------------------------------ bindings */

static bool is_submodule_of(const pr_binding *a, const pr_binding *b)
{
    return a->qualified && b->qualified && strcmp(a->qualified, b->qualified) == 0;
}

/* pyflakes' Binding.redefines: whether new replacing existing is a redefinition. */
static bool redefines(const pr_binding *new, const pr_binding *existing)
{
    if (new->kind == PR_BIND_ANNOTATION)
        return false;
    if (new->kind == PR_BIND_SUBMODULE && pr_sem_is_import(existing))
        return is_submodule_of(new, existing);
    if (pr_sem_is_import(new) && existing->kind == PR_BIND_SUBMODULE)
        return is_submodule_of(new, existing);
    return pr_sem_is_definition(existing);
}

/* A def decorated with typing.overload. */
static bool is_overload(pr_walker *w, const pr_binding *b)
{
    const pr_node *n = b->node;
    if (n->kind != PR_FunctionDef && n->kind != PR_AsyncFunctionDef)
        return false;
    const pr_seq *decos = n->kind == PR_FunctionDef ? n->v.FunctionDef.decorator_list
                                                    : n->v.AsyncFunctionDef.decorator_list;
    for (uint32_t i = 0; i < PR_SEQ_LEN(decos); i++)
        if (pr_walk_is_typing(w, PR_SEQ_NODE(decos, i), "overload"))
            return true;
    return false;
}

/* A builtin in scope s, which binds it when it is the module (and no `del` unbound it). */
static bool module_builtin(const pr_sem *m, uint32_t s, uint32_t name)
{
    return m->scopes[s].kind == PR_SCOPE_MODULE && m->names[name].builtin >= 0 &&
           !m->names[name].builtin_deleted;
}

/* pyflakes' addBinding: reports redefinitions, takes over the used state of the binding
** it replaces, and enters the binding in its scope. */
void pr_walk_add_binding(pr_walker *w, uint32_t id)
{
    pr_sem *m = w->m;
    pr_binding *b = &m->bindings[id];
    b->fork = w->fork;
    if (w->type_checking)
        b->flags |= PR_BF_TYPE_CHECKING;
    /* the binding the name has where the new one is made, else in the nearest scope
    ** around that binds it (a builtin, bound in the module, ends the search) */
    uint32_t name = b->name, s = w->scope, here = pr_sem_lookup(m, s, name), existing = here;
    while (existing == PR_SEM_NONE && !module_builtin(m, s, name) &&
           (s = m->scopes[s].parent) != PR_SEM_NONE)
        existing = pr_sem_lookup(m, s, name);
    if (existing != PR_SEM_NONE &&
        !pr_sem_different_forks(m, b->fork, m->bindings[existing].fork)) {
        const pr_binding *e = &m->bindings[existing];
        bool loop = b->kind == PR_BIND_LOOP_VAR;
        if (pr_sem_is_import(e) && loop)
            pr_sem_redef(m, PR_REDEF_LOOP, true, id, existing);
        else if (s == w->scope) {
            if (e->used_scope == PR_SEM_NONE && redefines(b, e) &&
                (!pr_walk_is_name(m->names[name].text, "_") || pr_sem_is_import(e)) && !is_overload(w, e))
                pr_sem_redef(m, PR_REDEF_UNUSED, false, id, existing);
        } else if (pr_sem_is_import(e) && redefines(b, e)) {
            pr_sem_redef(m, PR_REDEF_IF_UNUSED, loop, id, existing);
        }
    }
    b = &m->bindings[id];
    if (here != PR_SEM_NONE) {
        b->used_scope = m->bindings[here].used_scope;
        b->used_node = m->bindings[here].used_node;
    } else if (m->scopes[w->scope].kind == PR_SCOPE_MODULE && m->names[name].builtin >= 0) {
        b->used_scope = m->names[name].builtin_used_scope;
        b->used_node = m->names[name].builtin_used_node;
    }
    if (b->kind == PR_BIND_ANNOTATION && (here != PR_SEM_NONE || module_builtin(m, w->scope, name)))
        return;
    uint32_t target = w->scope;
    /* PEP 572: a walrus in a comprehension binds in the scope around it */
    while (b->kind == PR_BIND_NAMED_EXPR && m->scopes[target].kind == PR_SCOPE_COMPREHENSION)
        target = m->scopes[target].parent;
    b->scope = target;
    b->shadowed = target == w->scope ? here : pr_sem_lookup(m, target, name);
    pr_sem_set(m, target, name, id);
}

uint32_t pr_walk_new_binding(pr_walker *w, pr_binding_kind kind, const char *name, const pr_node *node)
{
    return pr_sem_binding_new(w->m, kind, pr_walk_intern(w, name), w->scope, node);
}

/* ------------------------------------------------------------------ __all__ */

static void export_strings(pr_walker *w, const pr_node *list)
{
    const pr_seq *elts = list->kind == PR_List ? list->v.List.elts : list->v.Tuple.elts;
    for (uint32_t i = 0; i < PR_SEQ_LEN(elts); i++) {
        const pr_node *e = PR_SEQ_NODE(elts, i);
        if (e->kind == PR_Constant && e->v.Constant.value->kind == PR_CONST_STR)
            pr_sem_add_export(w->m, pr_sem_intern(w->m, e->v.Constant.value->text,
                                                  e->v.Constant.value->len), e);
    }
}

bool pr_walk_list_or_tuple(const pr_node *e)
{
    return e && (e->kind == PR_List || e->kind == PR_Tuple);
}

/* The names an assignment to __all__ exports: a list or tuple of strings, a sum of such,
** and after `+=` the names of the __all__ it extends. */
static void export_binding(pr_walker *w, uint32_t id, const pr_node *stmt)
{
    pr_sem *m = w->m;
    uint32_t first = m->nexports;
    const pr_node *value = NULL;
    if (stmt->kind == PR_AugAssign) {
        uint32_t old = pr_sem_lookup(m, w->scope, m->bindings[id].name);
        if (old != PR_SEM_NONE && m->bindings[old].kind == PR_BIND_EXPORT)
            for (uint32_t i = 0; i < m->bindings[old].nexports; i++)
                pr_sem_add_export(m, m->exports[m->bindings[old].first_export + i].name,
                                  m->exports[m->bindings[old].first_export + i].node);
        value = stmt->v.AugAssign.value;
    } else {
        value = stmt->kind == PR_Assign ? stmt->v.Assign.value : stmt->v.AnnAssign.value;
    }
    if (pr_walk_list_or_tuple(value)) {
        export_strings(w, value);
    } else if (value && value->kind == PR_BinOp) {
        const pr_node *cur = value;
        while (pr_walk_list_or_tuple(cur->v.BinOp.right)) {
            export_strings(w, cur->v.BinOp.right);
            const pr_node *left = cur->v.BinOp.left;
            if (left->kind == PR_BinOp) {
                cur = left;
            } else {
                if (pr_walk_list_or_tuple(left))
                    export_strings(w, left);
                break;
            }
        }
    }
    m->bindings[id].stmt = stmt;
    m->bindings[id].first_export = first;
    m->bindings[id].nexports = m->nexports - first;
}

/* `__all__.extend([...])` and `__all__.append('...')` at module level. */
void pr_walk_export_call(pr_walker *w, const pr_node *call)
{
    const pr_node *f = call->v.Call.func;
    if (f->kind != PR_Attribute || f->v.Attribute.value->kind != PR_Name ||
        !pr_walk_is_name(f->v.Attribute.value->v.Name.id, "__all__") || PR_SEQ_LEN(call->v.Call.args) != 1)
        return;
    bool extend = pr_walk_is_name(f->v.Attribute.attr, "extend");
    if (!extend && !pr_walk_is_name(f->v.Attribute.attr, "append"))
        return;
    pr_sem *m = w->m;
    uint32_t id = pr_sem_lookup(m, w->scope, pr_walk_intern(w, "__all__"));
    if (id == PR_SEM_NONE || m->bindings[id].kind != PR_BIND_EXPORT)
        return;
    /* the binding's names must stay contiguous: move them to the end first */
    pr_binding *b = &m->bindings[id];
    if (b->first_export + b->nexports != m->nexports) {
        uint32_t first = m->nexports;
        for (uint32_t i = 0; i < b->nexports; i++)
            pr_sem_add_export(m, m->exports[b->first_export + i].name,
                              m->exports[b->first_export + i].node);
        b = &m->bindings[id];
        b->first_export = first;
    }
    const pr_node *arg = PR_SEQ_NODE(call->v.Call.args, 0);
    if (extend && pr_walk_list_or_tuple(arg))
        export_strings(w, arg);
    else if (!extend && arg->kind == PR_Constant && arg->v.Constant.value->kind == PR_CONST_STR)
        pr_sem_add_export(m, pr_sem_intern(m, arg->v.Constant.value->text, arg->v.Constant.value->len),
                          arg);
    m->bindings[id].nexports = m->nexports - m->bindings[id].first_export;
}

/* ------------------------------------------------------------------ loads, stores, deletes */

static void mark_star_imports(pr_walker *w, uint32_t ref)
{
    pr_sem *m = w->m;
    for (uint32_t i = 0; i < w->nstars; i++) {
        m->bindings[w->stars[i]].used_scope = m->refs[ref].scope;
        m->bindings[w->stars[i]].used_node = m->refs[ref].node;
    }
}

static bool inside(const pr_node *outer, const pr_node *n)
{
    return (n->lineno > outer->lineno || (n->lineno == outer->lineno && n->col >= outer->col)) &&
           (n->lineno < outer->end_lineno || (n->lineno == outer->end_lineno && n->col < outer->end_col));
}

/* A read in a def or lambda of an except block of the name the block binds: pyflakes
** walks the def after the block has ended and finds the name unbound, but the closure
** reads the block's binding. */
static bool closure_of_handler(pr_walker *w, uint32_t ref)
{
    pr_sem *m = w->m;
    const pr_ref *r = &m->refs[ref];
    for (uint32_t i = w->nhandler_names; i-- > 0;) {
        const struct handler_name *h = &w->handler_names[i];
        if (h->name != r->name || !inside(h->handler, r->node))
            continue;
        for (uint32_t s = m->scopes[w->scope].parent; s != PR_SEM_NONE; s = m->scopes[s].parent)
            if (s == h->scope) {
                pr_sem_resolve(m, ref, h->binding);
                m->bindings[h->binding].flags &= (uint8_t)~PR_BF_HANDLER_UNUSED;
                return true;
            }
    }
    return false;
}

/* pyflakes' handleNodeLoad. */
void pr_walk_load(pr_walker *w, const pr_node *node, const char *text)
{
    pr_sem *m = w->m;
    uint32_t name = pr_walk_intern(w, text);
    uint32_t ref = pr_sem_ref_new(m, name, w->scope, node,
                                  w->annotation != PR_ANN_NONE ? PR_RF_ANNOTATION : 0);
    bool postponed = w->annotation == PR_ANN_STRING || w->future_annotations;
    bool starred = false;
    for (uint32_t s = w->scope; s != PR_SEM_NONE; s = m->scopes[s].parent) {
        const pr_sem_scope *scope = &m->scopes[s];
        if (scope->kind == PR_SCOPE_CLASS) {
            if (pr_walk_is_name(text, "__class__")) {
                m->refs[ref].flags |= PR_RF_SUPPRESSED;
                return;
            }
            if (s != w->scope)
                continue;
        }
        uint32_t b = pr_sem_lookup(m, s, name);
        if (b != PR_SEM_NONE && m->bindings[b].kind == PR_BIND_ANNOTATION && !postponed) {
            m->bindings[b].used_scope = w->scope;
            m->bindings[b].used_node = node;
            b = PR_SEM_NONE;
        } else if (b == PR_SEM_NONE && scope->kind == PR_SCOPE_MODULE && m->names[name].builtin >= 0 &&
                   !m->names[name].builtin_deleted) {
            pr_sem_resolve(m, ref, PR_SEM_BUILTIN);
            return;
        } else if (b != PR_SEM_NONE) {
            pr_sem_resolve(m, ref, b);
            /* `import a as b` read as b also uses an `import a` of the same scope */
            const pr_binding *imp = &m->bindings[b];
            if (imp->kind == PR_BIND_IMPORT && !strchr(imp->qualified, '.') &&
                !pr_walk_is_name(imp->qualified, text)) {
                uint32_t other = pr_sem_lookup(m, s, pr_walk_intern(w, imp->qualified));
                if (other != PR_SEM_NONE) {
                    m->bindings[other].used_scope = w->scope;
                    m->bindings[other].used_node = node;
                }
            }
            return;
        }
        starred |= scope->import_starred;
    }
    if (w->in_deferred && closure_of_handler(w, ref))
        return;
    if (starred) {
        mark_star_imports(w, ref);
        m->refs[ref].flags |= PR_RF_STAR;
        return;
    }
    if ((pr_walk_is_name(text, "__path__") && m->is_init) ||
        ((pr_walk_is_name(text, "__module__") || pr_walk_is_name(text, "__qualname__")) &&
         m->scopes[w->scope].kind == PR_SCOPE_CLASS) ||
        w->nameerror) {
        m->refs[ref].flags |= PR_RF_SUPPRESSED;
        return;
    }
    pr_sem_note_undefined(m, ref);
}

static bool has_elts(const pr_node *e)
{
    return e->kind == PR_Tuple || e->kind == PR_List || e->kind == PR_Set;
}

/* `a, b = 1, 2`: pyflakes reports unused names of such an assignment like plain ones. */
static bool literal_unpacking(const pr_node *stmt)
{
    if (stmt->kind != PR_Assign || !has_elts(stmt->v.Assign.value))
        return false;
    for (uint32_t i = 0; i < PR_SEQ_LEN(stmt->v.Assign.targets); i++)
        if (!has_elts(PR_SEQ_NODE(stmt->v.Assign.targets, i)))
            return false;
    return true;
}

/* pyflakes' handleNodeStore; kind is the binding's kind when the caller knows it
** (except handlers, patterns), else PR_BIND_ASSIGN to be refined from the context. */
void pr_walk_store(pr_walker *w, const pr_node *node, const char *text, pr_binding_kind kind)
{
    pr_sem *m = w->m;
    uint32_t name = pr_walk_intern(w, text);
    if (pr_sem_function_scope(&m->scopes[w->scope]) && pr_sem_lookup(m, w->scope, name) == PR_SEM_NONE &&
        !pr_sem_always_used(text)) {
        const pr_node *read = NULL;
        for (uint32_t s = m->scopes[w->scope].parent; s != PR_SEM_NONE; s = m->scopes[s].parent) {
            const pr_sem_scope *scope = &m->scopes[s];
            if (!pr_sem_function_scope(scope) && scope->kind != PR_SCOPE_MODULE)
                continue;
            uint32_t b = pr_sem_lookup(m, s, name);
            if (b != PR_SEM_NONE && m->bindings[b].used_scope == w->scope)
                read = m->bindings[b].used_node;
            else if (b == PR_SEM_NONE && scope->kind == PR_SCOPE_MODULE &&
                     m->names[name].builtin >= 0 && m->names[name].builtin_used_scope == w->scope)
                read = m->names[name].builtin_used_node;
        }
        if (read)
            pr_sem_note_before(m, name, read);
    }
    const pr_node *ps = w->stmt_parent, *dp = w->parent;
    uint8_t flags = 0;
    if (kind == PR_BIND_ASSIGN) {
        if (ps && ps->kind == PR_AnnAssign && !ps->v.AnnAssign.value) {
            kind = PR_BIND_ANNOTATION;
        } else if (ps && (ps->kind == PR_For || ps->kind == PR_AsyncFor)) {
            kind = PR_BIND_LOOP_VAR;
        } else if (ps && ps->kind == PR_comprehension) {
            kind = PR_BIND_COMP_VAR;
        } else if (ps != dp && !(ps && literal_unpacking(ps))) {
            kind = PR_BIND_UNPACKED;
            if (ps && (ps->kind == PR_Assign || ps->kind == PR_withitem))
                flags = PR_BF_UNPACKED;
        } else if (pr_walk_is_name(text, "__all__") && m->scopes[w->scope].kind == PR_SCOPE_MODULE && dp &&
                   (dp->kind == PR_Assign || dp->kind == PR_AugAssign || dp->kind == PR_AnnAssign)) {
            kind = PR_BIND_EXPORT;
        } else if (ps && ps->kind == PR_NamedExpr) {
            kind = PR_BIND_NAMED_EXPR;
        } else if (ps && ps->kind == PR_withitem) {
            kind = PR_BIND_WITH_ITEM;
        }
    }
    uint32_t id = pr_sem_binding_new(m, kind, name, w->scope, node);
    m->bindings[id].flags = flags;
    if (kind == PR_BIND_EXPORT)
        export_binding(w, id, dp);
    pr_walk_add_binding(w, id);
}

/* pyflakes' handleNodeDelete, except that a `del` counts as a read of what it deletes
** (RULES.md §2.1), also under a condition, where pyflakes ignores it. */
void pr_walk_delete(pr_walker *w, const pr_node *node, const char *text)
{
    pr_sem *m = w->m;
    uint32_t name = pr_walk_intern(w, text);
    uint32_t ref = pr_sem_ref_new(m, name, w->scope, node, PR_RF_DELETE);
    uint32_t b = pr_sem_lookup(m, w->scope, name);
    if (w->cond) {
        if (b != PR_SEM_NONE)
            pr_sem_resolve(m, ref, b);
        return;
    }
    if (b != PR_SEM_NONE) {
        pr_sem_resolve(m, ref, b);
        uint32_t d = pr_sem_binding_new(m, PR_BIND_DELETION, name, w->scope, node);
        m->bindings[d].shadowed = b;
        m->bindings[d].fork = w->fork;
        pr_sem_set(m, w->scope, name, PR_SEM_NONE);
    } else if (m->scopes[w->scope].kind == PR_SCOPE_MODULE && m->names[name].builtin >= 0 &&
               !m->names[name].builtin_deleted) {
        pr_sem_resolve(m, ref, PR_SEM_BUILTIN);
        m->names[name].builtin_deleted = true;
    } else {
        pr_sem_note_undefined(m, ref);
    }
}

void pr_walk_keep_handler_name(pr_walker *w, uint32_t name, uint32_t binding, const pr_node *handler)
{
    if (w->nhandler_names == w->handler_names_cap) {
        uint32_t cap = w->handler_names_cap ? 2 * w->handler_names_cap : 16;
        size_t size = sizeof *w->handler_names;
        w->handler_names = w->handler_names ? pr_arena_grow(w->m->arena, w->handler_names,
                                                            w->handler_names_cap * size, cap * size)
                                            : pr_arena_alloc(w->m->arena, cap * size);
        w->handler_names_cap = cap;
    }
    w->handler_names[w->nhandler_names++] = (struct handler_name){w->scope, name, binding, handler};
}

