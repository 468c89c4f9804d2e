/* The walk that builds the semantic model (semantic.h), in pyflakes' order: the module
** body first, statement by statement, with the value of an assignment before its
** targets, a loop's iterable before its target and a comprehension's generators before
** its element (its first iterable outside its scope).  Function and lambda bodies,
** string annotations, type comments and (under `from __future__ import annotations`)
** all annotations are queued and walked after the module body, each in the scopes it
** was found in, so that a function may read a global bound below it.  What a read, a
** binding or a `del` does to the model is sem_names.c's. */
#include "passes/sem_walk.h"

#include "passes/metrics.h"

/* Every child of n in field order. */
void pr_walk_all_children(pr_walker *w, const pr_node *n)
{
    pr_child_iter it;
    pr_child_iter_init(&it, n);
    for (const pr_node *c; (c = pr_child_iter_next(&it));)
        pr_walk_child(w, n, c);
}

void pr_walk_defer(pr_walker *w, pr_deferred_kind kind, const pr_node *node, pr_annotation_state ann)
{
    if (w->nqueue == w->queue_cap) {
        uint32_t cap = w->queue_cap ? 2 * w->queue_cap : 64;
        w->queue = w->queue ? pr_arena_grow(w->m->arena, w->queue, w->queue_cap * sizeof *w->queue,
                                            cap * sizeof *w->queue)
                            : pr_arena_alloc(w->m->arena, cap * sizeof *w->queue);
        w->queue_cap = cap;
    }
    w->queue[w->nqueue++] = (pr_deferred){(uint8_t)kind, (uint8_t)ann, w->cond, w->type_checking,
                                       w->scope, w->fork, node, NULL, 0, {0, 0, 0, 0}};
}

/* ------------------------------------------------------------------ what the summary reads */

static void note_read(pr_walker *w, const pr_node *n)
{
    pr_sem *m = w->m;
    if (m->nreads == m->reads_cap)
        m->reads = pr_arena_grow_array(m->arena, m->reads, &m->reads_cap, m->nreads, sizeof *m->reads);
    m->reads[m->nreads++] = (struct pr_sem_read){n, m->nrefs};
}

/* The outermost Attribute of a chain: noted when the chain starts from a name, in the
** code or in an annotation written as a string or a type comment (which reads it too). */
static void note_chain(pr_walker *w, const pr_node *top)
{
    const pr_node *root = top->v.Attribute.value;
    while (root->kind == PR_Attribute)
        root = root->v.Attribute.value;
    if (root->kind == PR_Name)
        note_read(w, top);
}

static void note_string(pr_walker *w, const pr_node *n)
{
    const pr_const *v = n->v.Constant.value;
    /* an entry point is short: no need to search a docstring */
    if (!w->in_text && v->kind == PR_CONST_STR && v->len <= PR_SEM_ENTRY_POINT_MAX &&
        memchr(v->text, ':', v->len))
        note_read(w, n);
}

bool pr_sem_namespace_call(const pr_node *call)
{
    static const char *const readers[] = {"dir", "getattr", "getmembers", "globals", "hasattr",
                                          "setattr", "vars"};
    const pr_node *f = call->v.Call.func;
    const char *id = f->kind == PR_Name ? f->v.Name.id : f->kind == PR_Attribute ? f->v.Attribute.attr : NULL;
    /* every reader starts with one of these letters */
    if (!id || (*id != 'd' && *id != 'g' && *id != 'h' && *id != 's' && *id != 'v'))
        return false;
    for (size_t i = 0; i < sizeof readers / sizeof readers[0]; i++)
        if (strcmp(id, readers[i]) == 0)
            return true;
    return false;
}

/* ------------------------------------------------------------------ annotations */

/* pyflakes' handleAnnotation: a string is parsed later, everything is postponed under
** `from __future__ import annotations`, else walked now as an annotation. */
static void annotation(pr_walker *w, const pr_node *parent, const pr_node *a)
{
    if (!a)
        return;
    if (a->kind == PR_Constant && a->v.Constant.value->kind == PR_CONST_STR) {
        note_string(w, a);
        pr_walk_defer(w, PR_DEFER_STRING, a, PR_ANN_STRING);
        return;
    }
    if (w->future_annotations) {
        pr_walk_defer(w, PR_DEFER_EXPR, a, PR_ANN_BARE);
        return;
    }
    uint8_t saved = w->annotation;
    w->annotation = PR_ANN_BARE;
    pr_walk_child(w, parent, a);
    w->annotation = saved;
}

static void string_annotation(pr_walker *w, const pr_node *s)
{
    const pr_const *v = s->v.Constant.value;
    pr_span at = {s->lineno, s->col, s->end_lineno, s->end_col};
    const pr_node *e = pr_sem_parse_annotation(w->m, v->text, v->len, at, s);
    if (!e)
        return;
    uint8_t saved = w->annotation;
    w->annotation = PR_ANN_STRING;
    w->in_text++;
    pr_walk_child(w, s, e);
    w->in_text--;
    w->annotation = saved;
}

/* The type comments of a statement: each part (the comment, or the argument list and the
** return type of a function's `(...) -> ...`) is parsed and resolved later. */
static void type_comments(pr_walker *w, const pr_node *stmt)
{
    if (!w->ncomments)
        return;
    uint32_t i = pr_table_get(&w->comment_ids, (uint64_t)(uintptr_t)stmt, 0);
    for (i = i ? i - 1 : PR_SEM_NONE; i != PR_SEM_NONE; i = w->comments[i].next) {
        const pr_type_comment *c = &w->comments[i];
        const char *t = c->text, *end = t + c->len;
        const char *parts[2] = {t, NULL}, *ends[2] = {end, NULL};
        if (*t == '(') {
            for (const char *close = t; (close = memchr(close, ')', (size_t)(end - close))); close++) {
                const char *p = close + 1;
                while (p < end && (*p == ' ' || *p == '\t'))
                    p++;
                if (p + 1 < end && p[0] == '-' && p[1] == '>') {
                    /* the arguments without their stars, then the return type */
                    size_t n = (size_t)(close + 1 - t);
                    char *args = pr_arena_alloc(w->m->arena, n + 1);
                    size_t k = 0;
                    for (size_t j = 0; j < n; j++)
                        if (t[j] != '*')
                            args[k++] = t[j];
                    args[k] = '\0';
                    parts[0] = args;
                    ends[0] = args + k;
                    p += 2;
                    while (p < end && (*p == ' ' || *p == '\t'))
                        p++;
                    parts[1] = p;
                    ends[1] = end;
                    break;
                }
            }
        }
        for (int k = 0; k < 2 && parts[k]; k++) {
            pr_walk_defer(w, PR_DEFER_TEXT, stmt, PR_ANN_STRING);
            pr_deferred *d = &w->queue[w->nqueue - 1];
            d->text = parts[k];
            d->len = (uint32_t)(ends[k] - parts[k]);
            d->at = (pr_span){c->lineno, c->col, c->lineno, c->col};
        }
    }
}

/* ------------------------------------------------------------------ defs and classes */

/* Opens the scope of a def's, class's or alias's type parameters and binds them; their
** bounds and defaults are evaluated lazily, so later. */
static uint32_t type_params(pr_walker *w, const pr_node *owner, const pr_seq *params)
{
    uint32_t outer = w->scope;
    if (!PR_SEQ_LEN(params))
        return outer;
    w->scope = pr_sem_scope_new(w->m, PR_SCOPE_TYPE_PARAMS, outer, owner);
    for (uint32_t i = 0; i < PR_SEQ_LEN(params); i++) {
        const pr_node *p = PR_SEQ_NODE(params, i);
        const char *name = p->kind == PR_TypeVar ? p->v.TypeVar.name
                           : p->kind == PR_ParamSpec ? p->v.ParamSpec.name : p->v.TypeVarTuple.name;
        pr_walk_add_binding(w, pr_walk_new_binding(w, PR_BIND_TYPE_PARAM, name, p));
        const pr_node *bound = p->kind == PR_TypeVar ? p->v.TypeVar.bound : NULL;
        const pr_node *dflt = p->kind == PR_TypeVar ? p->v.TypeVar.default_value
                              : p->kind == PR_ParamSpec ? p->v.ParamSpec.default_value
                                                        : p->v.TypeVarTuple.default_value;
        if (bound)
            pr_walk_defer(w, PR_DEFER_EXPR, bound, PR_ANN_BARE);
        if (dflt)
            pr_walk_defer(w, PR_DEFER_EXPR, dflt, PR_ANN_BARE);
    }
    return outer;
}

static void visit_function(pr_walker *w, const pr_node *n)
{
    bool lambda = n->kind == PR_Lambda;
    const pr_node *args = lambda ? n->v.Lambda.args
                          : n->kind == PR_FunctionDef ? n->v.FunctionDef.args : n->v.AsyncFunctionDef.args;
    uint32_t outer = w->scope;
    if (!lambda) {
        bool async = n->kind == PR_AsyncFunctionDef;
        pr_walk_children(w, n, async ? n->v.AsyncFunctionDef.decorator_list
                                     : n->v.FunctionDef.decorator_list);
        type_params(w, n, async ? n->v.AsyncFunctionDef.type_params : n->v.FunctionDef.type_params);
        const pr_seq *lists[3] = {args->v.arguments.posonlyargs, args->v.arguments.args,
                                  args->v.arguments.kwonlyargs};
        for (int k = 0; k < 3; k++)
            for (uint32_t i = 0; i < PR_SEQ_LEN(lists[k]); i++)
                annotation(w, n, PR_SEQ_NODE(lists[k], i)->v.arg.annotation);
        if (args->v.arguments.vararg)
            annotation(w, n, args->v.arguments.vararg->v.arg.annotation);
        if (args->v.arguments.kwarg)
            annotation(w, n, args->v.arguments.kwarg->v.arg.annotation);
        annotation(w, n, async ? n->v.AsyncFunctionDef.returns : n->v.FunctionDef.returns);
    }
    /* defaults are evaluated where the def stands, outside its type parameters */
    uint32_t inner = w->scope;
    w->scope = outer;
    pr_walk_children(w, n, args->v.arguments.defaults);
    pr_walk_children(w, n, args->v.arguments.kw_defaults);
    w->scope = inner;
    pr_walk_defer(w, PR_DEFER_FUNCTION, n, PR_ANN_NONE);
    w->scope = outer;
    if (!lambda)
        pr_walk_add_binding(w, pr_walk_new_binding(w, PR_BIND_FUNCTION,
                                   n->kind == PR_FunctionDef ? n->v.FunctionDef.name
                                                             : n->v.AsyncFunctionDef.name, n));
}

static void bind_argument(pr_walker *w, const pr_node *arg)
{
    if (arg)
        pr_walk_add_binding(w, pr_walk_new_binding(w, PR_BIND_ARGUMENT, arg->v.arg.arg, arg));
}

/* The deferred body of a def or lambda, in a scope of its own. */
static void run_function(pr_walker *w, const pr_node *n)
{
    bool lambda = n->kind == PR_Lambda;
    w->scope = pr_sem_scope_new(w->m, lambda ? PR_SCOPE_LAMBDA : PR_SCOPE_FUNCTION, w->scope, n);
    if (!lambda)
        type_comments(w, n);
    const pr_node *args = lambda ? n->v.Lambda.args
                          : n->kind == PR_FunctionDef ? n->v.FunctionDef.args : n->v.AsyncFunctionDef.args;
    const pr_seq *posonly = args->v.arguments.posonlyargs, *plain = args->v.arguments.args,
                 *kwonly = args->v.arguments.kwonlyargs;
    for (uint32_t i = 0; i < PR_SEQ_LEN(posonly); i++)
        bind_argument(w, PR_SEQ_NODE(posonly, i));
    for (uint32_t i = 0; i < PR_SEQ_LEN(plain); i++)
        bind_argument(w, PR_SEQ_NODE(plain, i));
    bind_argument(w, args->v.arguments.vararg);
    for (uint32_t i = 0; i < PR_SEQ_LEN(kwonly); i++)
        bind_argument(w, PR_SEQ_NODE(kwonly, i));
    bind_argument(w, args->v.arguments.kwarg);
    if (lambda)
        pr_walk_child(w, n, n->v.Lambda.body);
    else
        pr_walk_children(w, n, n->kind == PR_FunctionDef ? n->v.FunctionDef.body
                                                         : n->v.AsyncFunctionDef.body);
}

static void visit_class(pr_walker *w, const pr_node *n)
{
    uint32_t outer = w->scope;
    pr_walk_children(w, n, n->v.ClassDef.decorator_list);
    type_params(w, n, n->v.ClassDef.type_params);
    pr_walk_children(w, n, n->v.ClassDef.bases);
    pr_walk_children(w, n, n->v.ClassDef.keywords);
    w->scope = pr_sem_scope_new(w->m, PR_SCOPE_CLASS, w->scope, n);
    pr_walk_children(w, n, n->v.ClassDef.body);
    w->scope = outer;
    pr_walk_add_binding(w, pr_walk_new_binding(w, PR_BIND_CLASS, n->v.ClassDef.name, n));
}

/* `type X[T] = value`: the name now, the value (evaluated lazily) later. */
static void visit_type_alias(pr_walker *w, const pr_node *n)
{
    pr_walk_child(w, n, n->v.TypeAlias.name);
    uint32_t outer = type_params(w, n, n->v.TypeAlias.type_params);
    pr_walk_defer(w, PR_DEFER_EXPR, n->v.TypeAlias.value, PR_ANN_BARE);
    w->scope = outer;
}

/* ------------------------------------------------------------------ statements */

static char *join_module(pr_walker *w, const pr_node *n)
{
    const char *module = n->v.ImportFrom.module ? n->v.ImportFrom.module : "";
    size_t level = (size_t)n->v.ImportFrom.level, len = strlen(module);
    char *s = pr_arena_alloc(w->m->arena, level + len + 1);
    memset(s, '.', level);
    memcpy(s + level, module, len + 1);
    return s;
}

static void import_binding(pr_walker *w, pr_binding_kind kind, const char *bound, const pr_node *alias,
                           const pr_node *stmt, const char *qualified)
{
    uint32_t id = pr_walk_new_binding(w, kind, bound, alias);
    pr_binding *b = &w->m->bindings[id];
    b->stmt = stmt;
    b->qualified = qualified;
    b->guard = w->guard;
    if (strncmp(qualified, "typing", 6) == 0)
        w->typing_imported = true;
    const char *asname = alias->v.alias.asname;
    if (asname && pr_walk_is_name(asname, alias->v.alias.name))
        b->flags |= PR_BF_REEXPORT;
    if (kind == PR_BIND_FUTURE) {
        b->used_scope = w->scope;
        b->used_node = stmt;
    }
    pr_walk_add_binding(w, id);
}

static void visit_import(pr_walker *w, const pr_node *n)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(n->v.Import.names); i++) {
        const pr_node *a = PR_SEQ_NODE(n->v.Import.names, i);
        const char *name = a->v.alias.name, *dot = strchr(name, '.');
        if (dot && !a->v.alias.asname) {
            char *package = pr_arena_strndup(w->m->arena, name, (size_t)(dot - name));
            import_binding(w, PR_BIND_SUBMODULE, package, a, n, name);
        } else {
            import_binding(w, PR_BIND_IMPORT, a->v.alias.asname ? a->v.alias.asname : name, a, n, name);
        }
    }
}

static void visit_import_from(pr_walker *w, const pr_node *n)
{
    bool future = n->v.ImportFrom.module && pr_walk_is_name(n->v.ImportFrom.module, "__future__");
    const char *module = join_module(w, n);
    size_t mlen = strlen(module);
    for (uint32_t i = 0; i < PR_SEQ_LEN(n->v.ImportFrom.names); i++) {
        const pr_node *a = PR_SEQ_NODE(n->v.ImportFrom.names, i);
        const char *name = a->v.alias.name;
        if (pr_walk_is_name(name, "*")) {
            w->m->scopes[w->scope].import_starred = true;
            uint32_t id = pr_walk_new_binding(w, PR_BIND_STAR, "*", n);
            w->stars = pr_arena_grow_array(w->m->arena, w->stars, &w->stars_cap, w->nstars,
                                           sizeof *w->stars);
            w->stars[w->nstars++] = id;
            w->m->bindings[id].stmt = n;
            w->m->bindings[id].qualified = module;
            w->m->bindings[id].fork = w->fork;
            continue;
        }
        size_t nlen = strlen(name);
        char *q = pr_arena_alloc(w->m->arena, mlen + 1 + nlen + 1);
        memcpy(q, module, mlen);
        size_t k = mlen;
        if (mlen && module[mlen - 1] != '.')
            q[k++] = '.';
        memcpy(q + k, name, nlen + 1);
        if (future && pr_walk_is_name(name, "annotations"))
            w->future_annotations = true;
        import_binding(w, future ? PR_BIND_FUTURE : PR_BIND_FROM_IMPORT,
                       a->v.alias.asname ? a->v.alias.asname : name, a, n, q);
    }
}

/* pyflakes' GLOBAL (and NONLOCAL): the name is bound, as used, in every scope from the
** module's to this one, and the undefined-name reports made so far for it are dropped. */
static void visit_global(pr_walker *w, const pr_node *n, const pr_seq *names)
{
    pr_sem *m = w->m;
    if (m->scopes[w->scope].kind == PR_SCOPE_MODULE)
        return;
    for (uint32_t i = 0; i < PR_SEQ_LEN(names); i++) {
        const char *text = names->items[i];
        uint32_t id = pr_walk_new_binding(w, PR_BIND_GLOBAL, text, n);
        pr_binding *b = &m->bindings[id];
        b->used_scope = 0;
        b->used_node = n;
        b->fork = w->fork;
        for (uint32_t k = 0; k < m->nundefined; k++) {
            pr_ref *r = &m->refs[m->undefined[k]];
            if (r->name == b->name && (r->flags & PR_RF_UNDEFINED))
                r->flags = (r->flags & ~PR_RF_UNDEFINED) | PR_RF_SUPPRESSED;
        }
        if (!pr_sem_in_scope(m, 0, b->name))
            pr_sem_set(m, 0, b->name, id);
        m->bindings[id].shadowed = pr_sem_lookup(m, w->scope, b->name);
        for (uint32_t s = w->scope; s != 0 && s != PR_SEM_NONE; s = m->scopes[s].parent)
            pr_sem_set(m, s, b->name, id);
    }
}

/* pyflakes' EXCEPTHANDLER: the name is bound for the block only; unread there, it is
** reported (F841), and the binding it hid comes back. */
static void visit_handler(pr_walker *w, const pr_node *h)
{
    const char *text = h->v.ExceptHandler.name;
    if (!text) {
        pr_walk_all_children(w, h);
        return;
    }
    pr_sem *m = w->m;
    uint32_t name = pr_walk_intern(w, text);
    if (pr_sem_in_scope(m, w->scope, name))
        pr_walk_store(w, h, text, PR_BIND_EXCEPT);
    uint32_t prev = pr_sem_lookup(m, w->scope, name);
    if (prev != PR_SEM_NONE)
        pr_sem_set(m, w->scope, name, PR_SEM_NONE);
    pr_walk_store(w, h, text, PR_BIND_EXCEPT);
    pr_walk_all_children(w, h);
    uint32_t b = pr_sem_lookup(m, w->scope, name);
    if (b != PR_SEM_NONE) {
        pr_sem_set(m, w->scope, name, PR_SEM_NONE);
        if (m->bindings[b].used_scope == PR_SEM_NONE)
            m->bindings[b].flags |= PR_BF_HANDLER_UNUSED;
        pr_walk_keep_handler_name(w, name, b, h);
    }
    if (prev != PR_SEM_NONE)
        pr_sem_set(m, w->scope, name, prev);
}

/* Walks a list of statements as alternative `group` of fork statement n. */
static void alternative(pr_walker *w, const pr_node *n, const pr_seq *body, uint32_t group)
{
    uint32_t fork = w->fork;
    w->fork = pr_sem_fork_new(w->m, fork, n, group);
    pr_walk_children(w, n, body);
    w->fork = fork;
}

static void visit_try(pr_walker *w, const pr_node *n)
{
    const pr_seq *body = n->v.Try.body, *handlers = n->v.Try.handlers;
    bool nameerror = false, importerror = false;
    for (uint32_t i = 0; i < PR_SEQ_LEN(handlers); i++) {
        const pr_node *type = PR_SEQ_NODE(handlers, i)->v.ExceptHandler.type;
        nameerror |= pr_sem_catches(type, "NameError", NULL);
        importerror |= pr_sem_catches(type, "ImportError", "ModuleNotFoundError");
    }
    bool saved_nameerror = w->nameerror;
    const pr_node *saved_guard = w->guard;
    w->nameerror = nameerror;
    if (importerror)
        w->guard = n;
    alternative(w, n, body, 1);
    w->nameerror = saved_nameerror;
    w->guard = saved_guard;
    uint32_t fork = w->fork;
    for (uint32_t i = 0; i < PR_SEQ_LEN(handlers); i++) {
        w->fork = pr_sem_fork_new(w->m, fork, n, 2 + i);
        pr_walk_child(w, n, PR_SEQ_NODE(handlers, i));
    }
    w->fork = fork;
    alternative(w, n, n->v.Try.orelse, 1);
    alternative(w, n, n->v.Try.finalbody, 0);
}

static bool is_type_checking(const pr_node *test)
{
    return pr_walk_name_or_attr(test, "TYPE_CHECKING");
}

static void visit_if(pr_walker *w, const pr_node *n)
{
    w->cond++;
    uint32_t fork = w->fork;
    w->fork = pr_sem_fork_new(w->m, fork, n, 0);
    pr_walk_child(w, n, n->v.If.test);
    w->fork = fork;
    bool tc = is_type_checking(n->v.If.test);
    w->type_checking += tc;
    alternative(w, n, n->v.If.body, 1);
    w->type_checking -= tc;
    alternative(w, n, n->v.If.orelse, 0);
    w->cond--;
}

/* ------------------------------------------------------------------ expressions */

static void visit_subscript(pr_walker *w, const pr_node *n)
{
    const pr_node *value = n->v.Subscript.value, *slice = n->v.Subscript.slice;
    uint8_t saved = w->annotation;
    if (pr_walk_name_or_attr(value, "Literal")) {
        w->annotation = PR_ANN_NONE;
        pr_walk_child(w, n, value);
        pr_walk_child(w, n, slice);
    } else if (pr_walk_name_or_attr(value, "Annotated")) {
        pr_walk_child(w, n, value);
        if (slice->kind == PR_Tuple && PR_SEQ_LEN(slice->v.Tuple.elts) >= 2) {
            pr_walk_child(w, n, PR_SEQ_NODE(slice->v.Tuple.elts, 0));
            w->annotation = PR_ANN_NONE;
            for (uint32_t i = 1; i < PR_SEQ_LEN(slice->v.Tuple.elts); i++)
                pr_walk_child(w, n, PR_SEQ_NODE(slice->v.Tuple.elts, i));
        } else {
            pr_walk_child(w, n, slice);
        }
    } else {
        if (pr_walk_is_typing(w, value, NULL))
            w->annotation = PR_ANN_BARE;
        pr_walk_child(w, n, value);
        pr_walk_child(w, n, slice);
    }
    w->annotation = saved;
}

/* The keyword values of a call, those that are types (all, or only `bound`) as
** annotations. */
static void typed_keywords(pr_walker *w, const pr_node *n, bool all)
{
    const pr_seq *kws = n->v.Call.keywords;
    for (uint32_t i = 0; i < PR_SEQ_LEN(kws); i++) {
        const pr_node *k = PR_SEQ_NODE(kws, i);
        bool typed = all || (k->v.keyword.arg && pr_walk_is_name(k->v.keyword.arg, "bound"));
        w->annotation = typed ? PR_ANN_BARE : PR_ANN_NONE;
        pr_walk_child(w, k, k->v.keyword.value);
    }
}

/* pyflakes' CALL: the types given to cast, TypeVar, TypedDict and NamedTuple are
** annotations (strings in them are parsed), the names beside them are not. */
static void visit_call(pr_walker *w, const pr_node *n)
{
    if (w->reads && !w->in_text && pr_sem_namespace_call(n))
        note_read(w, n);
    const pr_node *f = n->v.Call.func;
    const pr_seq *args = n->v.Call.args;
    uint32_t nargs = PR_SEQ_LEN(args);
    pr_sem_scope *scope = &w->m->scopes[w->scope];
    if (f->kind == PR_Name && pr_sem_function_scope(scope) &&
        (pr_walk_is_name(f->v.Name.id, "locals") ||
         (pr_walk_is_name(f->v.Name.id, "vars") && nargs == 0 && !PR_SEQ_LEN(n->v.Call.keywords))))
        scope->uses_locals = true;
    uint8_t saved = w->annotation;
    const char *member = pr_walk_typing_member(w, f);
    if (member && nargs >= 1 && pr_walk_is_name(member, "cast")) {
        pr_walk_child(w, n, f);
        w->annotation = PR_ANN_BARE;
        pr_walk_child(w, n, PR_SEQ_NODE(args, 0));
        w->annotation = saved;
        for (uint32_t i = 1; i < nargs; i++)
            pr_walk_child(w, n, PR_SEQ_NODE(args, i));
        pr_walk_children(w, n, n->v.Call.keywords);
    } else if (member && pr_walk_is_name(member, "TypeVar")) {
        w->annotation = PR_ANN_NONE;
        pr_walk_child(w, n, f);
        for (uint32_t i = 0; i < nargs; i++) {
            w->annotation = i ? PR_ANN_BARE : PR_ANN_NONE;
            pr_walk_child(w, n, PR_SEQ_NODE(args, i));
        }
        typed_keywords(w, n, false);
    } else if (member && pr_walk_is_name(member, "TypedDict")) {
        w->annotation = PR_ANN_NONE;
        pr_walk_child(w, n, f);
        for (uint32_t i = 0; i < nargs; i++) {
            const pr_node *a = PR_SEQ_NODE(args, i);
            if (i == 1 && a->kind == PR_Dict) {
                pr_walk_children(w, a, a->v.Dict.keys);
                w->annotation = PR_ANN_BARE;
                pr_walk_children(w, a, a->v.Dict.values);
                w->annotation = PR_ANN_NONE;
            } else {
                pr_walk_child(w, n, a);
            }
        }
        typed_keywords(w, n, true);
    } else if (member && pr_walk_is_name(member, "NamedTuple")) {
        w->annotation = PR_ANN_NONE;
        pr_walk_child(w, n, f);
        for (uint32_t i = 0; i < nargs; i++) {
            const pr_node *a = PR_SEQ_NODE(args, i);
            const pr_seq *fields = i == 1 && pr_walk_list_or_tuple(a)
                                       ? (a->kind == PR_List ? a->v.List.elts : a->v.Tuple.elts) : NULL;
            bool pairs = fields != NULL;
            for (uint32_t k = 0; pairs && k < PR_SEQ_LEN(fields); k++) {
                const pr_node *p = PR_SEQ_NODE(fields, k);
                pairs = pr_walk_list_or_tuple(p) &&
                        PR_SEQ_LEN(p->kind == PR_List ? p->v.List.elts : p->v.Tuple.elts) == 2;
            }
            if (!pairs) {
                pr_walk_child(w, n, a);
                continue;
            }
            for (uint32_t k = 0; k < PR_SEQ_LEN(fields); k++) {
                const pr_node *p = PR_SEQ_NODE(fields, k);
                const pr_seq *pe = p->kind == PR_List ? p->v.List.elts : p->v.Tuple.elts;
                w->annotation = PR_ANN_NONE;
                pr_walk_child(w, p, PR_SEQ_NODE(pe, 0));
                w->annotation = PR_ANN_BARE;
                pr_walk_child(w, p, PR_SEQ_NODE(pe, 1));
            }
            w->annotation = PR_ANN_NONE;
        }
        typed_keywords(w, n, true);
    } else {
        pr_walk_child(w, n, f);
        pr_walk_children(w, n, args);
        pr_walk_children(w, n, n->v.Call.keywords);
    }
    w->annotation = saved;
}

/* A comprehension: its first iterable is evaluated where the comprehension stands (so a
** class body's names are seen there and only there, as Python and ruff have it), the
** rest in a scope of its own. */
static void visit_comprehension(pr_walker *w, const pr_node *n)
{
    const pr_seq *gens = n->kind == PR_ListComp ? n->v.ListComp.generators
                         : n->kind == PR_SetComp ? n->v.SetComp.generators
                         : n->kind == PR_GeneratorExp ? n->v.GeneratorExp.generators
                                                      : n->v.DictComp.generators;
    const pr_node *first = PR_SEQ_NODE(gens, 0);
    pr_walk_child(w, first, first->v.comprehension.iter);
    uint32_t outer = w->scope;
    w->scope = pr_sem_scope_new(w->m, PR_SCOPE_COMPREHENSION, outer, n);
    for (uint32_t i = 0; i < PR_SEQ_LEN(gens); i++) {
        const pr_node *g = PR_SEQ_NODE(gens, i);
        if (i)
            pr_walk_child(w, g, g->v.comprehension.iter);
        pr_walk_child(w, g, g->v.comprehension.target);
        pr_walk_children(w, g, g->v.comprehension.ifs);
    }
    switch (n->kind) {
    case PR_ListComp:
        pr_walk_child(w, n, n->v.ListComp.elt);
        break;
    case PR_SetComp:
        pr_walk_child(w, n, n->v.SetComp.elt);
        break;
    case PR_GeneratorExp:
        pr_walk_child(w, n, n->v.GeneratorExp.elt);
        break;
    default:
        pr_walk_child(w, n, n->v.DictComp.key);
        pr_walk_child(w, n, n->v.DictComp.value);
        break;
    }
    w->scope = outer;
}

static void visit_name(pr_walker *w, const pr_node *n)
{
    switch (n->v.Name.ctx) {
    case PR_LOAD:
        pr_walk_load(w, n, n->v.Name.id);
        break;
    case PR_STORE:
        pr_walk_store(w, n, n->v.Name.id, PR_BIND_ASSIGN);
        break;
    default:
        pr_walk_delete(w, n, n->v.Name.id);
        break;
    }
}

static void visit_constant(pr_walker *w, const pr_node *n)
{
    if (w->reads)
        note_string(w, n);
    if (w->annotation == PR_ANN_NONE || n->v.Constant.value->kind != PR_CONST_STR)
        return;
    if (w->in_deferred)
        string_annotation(w, n);
    else
        pr_walk_defer(w, PR_DEFER_STRING, n, PR_ANN_STRING);
}

/* ------------------------------------------------------------------ dispatch */

/* The expressions a target sits in that are not pyflakes' parents of it. */
static bool target_like(uint16_t kind)
{
    switch (kind) {
    case PR_Tuple:
    case PR_List:
    case PR_Starred:
    case PR_Attribute:
    case PR_Subscript:
        return true;
    default:
        return false;
    }
}

/* Walks child c of p, the node being walked.  Names, constants and attributes, most of
** the nodes, are handled here, without the frame of the full dispatch. */
void pr_walk_child(pr_walker *w, const pr_node *p, const pr_node *c)
{
    if (!c)
        return;
    const pr_node *parent = w->parent, *stmt_parent = w->stmt_parent;
    if (!target_like(p->kind))
        w->stmt_parent = p;
    w->parent = p;
    switch (c->kind) {
    case PR_Name:
        visit_name(w, c);
        break;
    case PR_Constant:
        visit_constant(w, c);
        break;
    case PR_Attribute:
        if (w->reads && p->kind != PR_Attribute)
            note_chain(w, c);
        pr_walk_child(w, c, c->v.Attribute.value);
        break;
    default:
        pr_walk_visit(w, c);
        break;
    }
    w->parent = parent;
    w->stmt_parent = stmt_parent;
}

void pr_walk_children(pr_walker *w, const pr_node *p, const pr_seq *s)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(s); i++)
        pr_walk_child(w, p, PR_SEQ_NODE(s, i));
}

void pr_walk_visit(pr_walker *w, const pr_node *n)
{
    switch (n->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
    case PR_Lambda:
        visit_function(w, n);
        break;
    case PR_ClassDef:
        visit_class(w, n);
        break;
    case PR_Assign:
        type_comments(w, n);
        pr_walk_child(w, n, n->v.Assign.value);
        pr_walk_children(w, n, n->v.Assign.targets);
        break;
    case PR_TypeAlias:
        visit_type_alias(w, n);
        break;
    case PR_AugAssign:
        if (n->v.AugAssign.target->kind == PR_Name)
            pr_walk_load(w, n->v.AugAssign.target, n->v.AugAssign.target->v.Name.id);
        pr_walk_child(w, n, n->v.AugAssign.value);
        pr_walk_child(w, n, n->v.AugAssign.target);
        break;
    case PR_AnnAssign:
        pr_walk_child(w, n, n->v.AnnAssign.target);
        annotation(w, n, n->v.AnnAssign.annotation);
        if (n->v.AnnAssign.value) {
            if (pr_walk_is_typing(w, n->v.AnnAssign.annotation, "TypeAlias"))
                annotation(w, n, n->v.AnnAssign.value);
            else
                pr_walk_child(w, n, n->v.AnnAssign.value);
        }
        break;
    case PR_For:
    case PR_AsyncFor:
        type_comments(w, n);
        pr_walk_child(w, n, n->kind == PR_For ? n->v.For.iter : n->v.AsyncFor.iter);
        pr_walk_child(w, n, n->kind == PR_For ? n->v.For.target : n->v.AsyncFor.target);
        pr_walk_children(w, n, n->kind == PR_For ? n->v.For.body : n->v.AsyncFor.body);
        pr_walk_children(w, n, n->kind == PR_For ? n->v.For.orelse : n->v.AsyncFor.orelse);
        break;
    case PR_While:
        w->cond++;
        pr_walk_all_children(w, n);
        w->cond--;
        break;
    case PR_If:
        visit_if(w, n);
        break;
    case PR_With:
    case PR_AsyncWith:
        type_comments(w, n);
        pr_walk_all_children(w, n);
        break;
    case PR_Try:
    case PR_TryStar:
        visit_try(w, n);
        break;
    case PR_ExceptHandler:
        visit_handler(w, n);
        break;
    case PR_Import:
        visit_import(w, n);
        break;
    case PR_ImportFrom:
        visit_import_from(w, n);
        break;
    case PR_Global:
        visit_global(w, n, n->v.Global.names);
        break;
    case PR_Nonlocal:
        visit_global(w, n, n->v.Nonlocal.names);
        break;
    case PR_Expr:
        pr_walk_child(w, n, n->v.Expr.value);
        if (n->v.Expr.value->kind == PR_Call && w->m->scopes[w->scope].kind == PR_SCOPE_MODULE)
            pr_walk_export_call(w, n->v.Expr.value);
        break;
    case PR_NamedExpr:
        pr_walk_child(w, n, n->v.NamedExpr.value);
        pr_walk_child(w, n, n->v.NamedExpr.target);
        break;
    case PR_IfExp:
        w->cond++;
        pr_walk_all_children(w, n);
        w->cond--;
        break;
    case PR_ListComp:
    case PR_SetComp:
    case PR_GeneratorExp:
    case PR_DictComp:
        visit_comprehension(w, n);
        break;
    case PR_Subscript:
        visit_subscript(w, n);
        break;
    case PR_Call:
        visit_call(w, n);
        break;
    case PR_Constant:
        visit_constant(w, n);
        break;
    case PR_Name:
        visit_name(w, n);
        break;
    case PR_Attribute:
        if (w->reads)
            note_chain(w, n);
        pr_walk_child(w, n, n->v.Attribute.value);
        break;
    case PR_MatchAs:
        if (n->v.MatchAs.name)
            pr_walk_store(w, n, n->v.MatchAs.name, PR_BIND_MATCH);
        pr_walk_all_children(w, n);
        break;
    case PR_MatchStar:
        if (n->v.MatchStar.name)
            pr_walk_store(w, n, n->v.MatchStar.name, PR_BIND_MATCH);
        break;
    case PR_MatchMapping:
        if (n->v.MatchMapping.rest)
            pr_walk_store(w, n, n->v.MatchMapping.rest, PR_BIND_MATCH);
        pr_walk_all_children(w, n);
        break;
    case PR_Pass:
    case PR_Break:
    case PR_Continue:
        break;
    default:
        pr_walk_all_children(w, n);
        break;
    }
}

/* ------------------------------------------------------------------ the walk */

static void run_deferred(pr_walker *w, const pr_deferred *d)
{
    w->scope = d->scope;
    w->fork = d->fork;
    w->cond = d->cond;
    w->type_checking = d->type_checking;
    w->annotation = d->annotation;
    w->nameerror = false;
    w->guard = NULL;
    w->parent = w->stmt_parent = NULL;
    switch (d->kind) {
    case PR_DEFER_FUNCTION:
        run_function(w, d->node);
        break;
    case PR_DEFER_EXPR:
        pr_walk_visit(w, d->node);
        break;
    case PR_DEFER_STRING:
        string_annotation(w, d->node);
        break;
    case PR_DEFER_TEXT: {
        const pr_node *e = pr_sem_parse_annotation(w->m, d->text, d->len, d->at, NULL);
        w->in_text++;
        if (e)
            pr_walk_child(w, d->node, e);
        w->in_text--;
        break;
    }
    }
}

void pr_sem_build(pr_sem *m, const pr_review_ctx *ctx, bool reads)
{
    pr_sem_init(m, ctx->arena, ctx->src, ctx->path);
    if (ctx->lines) {
        m->line_starts = ctx->lines->starts;
        m->nlines = ctx->lines->n;
    }
    pr_walker w;
    memset(&w, 0, sizeof w);
    w.m = m;
    w.reads = reads;
    /* about one slot for each 64 bytes of source: most files name fewer things */
    unsigned bits = 6;
    while (bits < 14 && (1u << bits) * 64 < ctx->src->len)
        bits++;
    w.cache_shift = 64 - bits;
    w.cached_text = pr_arena_alloc(m->arena, (sizeof *w.cached_text) << bits);
    w.cached_id = pr_arena_alloc(m->arena, (sizeof *w.cached_id) << bits);
    memset(w.cached_text, 0, (sizeof *w.cached_text) << bits);
    w.ncomments = pr_sem_type_comments(m, ctx->parsed, &w.comments, &w.comment_ids);
    const pr_node *module = ctx->parsed->module;
    w.scope = pr_sem_scope_new(m, PR_SCOPE_MODULE, PR_SEM_NONE, module);
    pr_walk_children(&w, module, module->v.Module.body);
    w.in_deferred = true;
    for (uint32_t i = 0; i < w.nqueue; i++) {
        pr_deferred d = w.queue[i];
        run_deferred(&w, &d);
    }
}
