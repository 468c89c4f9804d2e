/* CPython's symbol table (Python/symtable.c) as far as its errors go.  A walk over the
** module opens a scope per module, class, function, lambda, comprehension and per type
** parameter, bound or alias, and records how each scope uses each name (bound, used,
** declared global or nonlocal, a parameter); it refuses conflicting uses on the way.  An
** analysis of the scopes, in the order they were opened, then resolves the nonlocal
** declarations.  Names are mangled in classes as CPython mangles them, so that errors name
** the same symbols.  The scopes stay for the compiler pass (check.h). */
#include "passes/check.h"

#include <string.h>

/* How a scope uses a name (CPython's DEF_* flags). */
enum {
    DEF_GLOBAL = 1u << 0,
    DEF_LOCAL = 1u << 1,
    DEF_PARAM = 1u << 2,
    DEF_NONLOCAL = 1u << 3,
    USE = 1u << 4,
    DEF_IMPORT = 1u << 7,
    DEF_ANNOT = 1u << 8,
    DEF_COMP_ITER = 1u << 9,
    DEF_TYPE_PARAM = 1u << 10,
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

/* CPython's block types (Include/internal/pycore_symtable.h). */
typedef enum block_type {
    BLOCK_MODULE,
    BLOCK_CLASS,
    BLOCK_FUNCTION,          /* also lambdas and comprehensions */
    BLOCK_ANNOTATION,        /* an annotation under `from __future__ import annotations` */
    BLOCK_TYPE_VARIABLE,     /* a TypeVar bound or a type parameter's default */
    BLOCK_TYPE_ALIAS,        /* the value of a `type` statement */
    BLOCK_TYPE_PARAMETERS,   /* the type parameters of a generic def, class or alias */
} block_type;

enum { NONE = UINT32_MAX };

typedef struct symbol {
    uint32_t name;                  /* interned, mangled */
    uint32_t next;                  /* the scope's next symbol, in the order first met */
    uint32_t flags;
    uint32_t directive_lineno;      /* the first global, nonlocal or walrus naming it here */
    uint32_t directive_col;
} symbol;

typedef struct name_entry {
    const char *text;
    uint32_t same_hash;             /* the next name id with the same hash, or NONE */
} name_entry;

typedef struct scope {
    pr_scope pub;
    block_type block;
    uint32_t parent;
    uint32_t first, last;           /* symbols */
    uint32_t comp_iter_expr;        /* > 0 inside a comprehension's iterable */
    uint32_t mangled;               /* the list of type parameters to mangle, or NONE */
    uint16_t comprehension;         /* the comprehension's node kind, or 0 */
    bool comp_iter_target;          /* visiting a comprehension's loop target */
    bool can_see_class_scope;
    bool unanalyzed;                /* in an annotation block: CPython never analyzes it */
    const char *scope_info;         /* what a TypeVariable block holds: "a TypeVar bound" */
} scope;

struct pr_symtable {
    pr_check *check;
    scope *scopes;
    uint32_t nscopes, scopes_cap;
    symbol *symbols;
    uint32_t nsymbols, symbols_cap;
    name_entry *names;              /* interned names by id */
    uint32_t nnames, names_cap;
    uint32_t nmangled;              /* lists of type parameters to mangle */
    pr_table name_ids;              /* string hash -> first name id */
    pr_table symbol_ids;            /* scope and name -> symbol */
    pr_table scope_ids;             /* node -> scope */
    pr_table mangled_names;         /* list and name -> 1 */
    uint32_t cur;                   /* the scope being walked */
    const char *private_name;       /* the class whose private names are mangled */
};

/* ------------------------------------------------------------------ names and symbols */

static uint64_t hash_string(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return h | 1;
}

static uint32_t intern(pr_symtable *st, const char *s, size_t n)
{
    uint64_t h = hash_string(s, n);
    uint32_t first = pr_table_get(&st->name_ids, h, NONE);
    for (uint32_t id = first; id != NONE; id = st->names[id].same_hash)
        if (strncmp(st->names[id].text, s, n) == 0 && st->names[id].text[n] == '\0')
            return id;
    st->names = pr_arena_grow_array(st->check->arena, st->names, &st->names_cap, st->nnames, sizeof *st->names);
    uint32_t id = st->nnames++;
    st->names[id] = (name_entry){pr_arena_strndup(st->check->arena, s, n), first};
    pr_table_put(st->check->arena, &st->name_ids, h, id);
    return id;
}

static uint32_t intern_name(pr_symtable *st, const char *s)
{
    return intern(st, s, strlen(s));
}

/* _Py_Mangle: __spam in class _Ham becomes _Ham__spam, unless it ends in __ or is dotted. */
static uint32_t mangle(pr_symtable *st, uint32_t scope_id, const char *name)
{
    size_t n = strlen(name);
    const char *private_name = st->private_name;
    uint32_t list = st->scopes[scope_id].mangled;
    if (list != NONE &&
        !pr_table_get(&st->mangled_names, ((uint64_t)(list + 1) << 32) | intern(st, name, n), 0))
        return intern(st, name, n);
    if (!private_name || n < 2 || name[0] != '_' || name[1] != '_' ||
        (name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return intern(st, name, n);
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return intern(st, name, n);
    size_t p = strlen(private_name);
    char *buf = pr_arena_alloc(st->check->arena, 1 + p + n + 1);
    buf[0] = '_';
    memcpy(buf + 1, private_name, p);
    memcpy(buf + 1 + p, name, n + 1);
    return intern(st, buf, 1 + p + n);
}

static uint64_t symbol_key(uint32_t scope_id, uint32_t name)
{
    return ((uint64_t)(scope_id + 1) << 32) | name;
}

static symbol *find_symbol(pr_symtable *st, uint32_t scope_id, uint32_t name)
{
    uint32_t i = pr_table_get(&st->symbol_ids, symbol_key(scope_id, name), NONE);
    return i == NONE ? NULL : &st->symbols[i];
}

static symbol *symbol_of(pr_symtable *st, uint32_t scope_id, uint32_t name)
{
    symbol *sym = find_symbol(st, scope_id, name);
    if (sym)
        return sym;
    st->symbols = pr_arena_grow_array(st->check->arena, st->symbols, &st->symbols_cap, st->nsymbols,
                       sizeof *st->symbols);
    uint32_t i = st->nsymbols++;
    st->symbols[i] = (symbol){.name = name, .next = NONE};
    scope *sc = &st->scopes[scope_id];
    if (sc->last == NONE)
        sc->first = i;
    else
        st->symbols[sc->last].next = i;
    sc->last = i;
    pr_table_put(st->check->arena, &st->symbol_ids, symbol_key(scope_id, name), i);
    return &st->symbols[i];
}

static uint32_t flags_of(pr_symtable *st, uint32_t scope_id, uint32_t name)
{
    const symbol *sym = find_symbol(st, scope_id, name);
    return sym ? sym->flags : 0;
}

/* Records a use of name in scope scope_id (symtable_add_def_helper). */
static void add_def_to(pr_symtable *st, uint32_t scope_id, const char *name, uint32_t flag,
                       uint32_t lineno, uint32_t col)
{
    pr_check *c = st->check;
    uint32_t id = mangle(st, st->cur, name);
    symbol *sym = symbol_of(st, scope_id, id);
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
        pr_check_fail(c, lineno, col, "duplicate argument '%s' in function definition", name);
    if ((flag & DEF_TYPE_PARAM) && (sym->flags & DEF_TYPE_PARAM))
        pr_check_fail(c, lineno, col, "duplicate type parameter '%s'", name);
    uint32_t flags = sym->flags | flag;
    if (st->scopes[scope_id].comp_iter_target) {
        if (flags & (DEF_GLOBAL | DEF_NONLOCAL))
            pr_check_fail(c, lineno, col,
                          "comprehension inner loop cannot rebind assignment expression "
                          "target '%s'", name);
        flags |= DEF_COMP_ITER;
    }
    sym->flags = flags;
    if (flag & DEF_GLOBAL)
        symbol_of(st, 0, id)->flags |= DEF_GLOBAL;
}

static void add_def(pr_symtable *st, const char *name, uint32_t flag, const pr_node *at)
{
    if ((flag & DEF_TYPE_PARAM) && st->scopes[st->cur].mangled != NONE)
        pr_table_put(st->check->arena, &st->mangled_names,
                     ((uint64_t)(st->scopes[st->cur].mangled + 1) << 32) | intern_name(st, name),
                     1);
    add_def_to(st, st->cur, name, flag, at->lineno, at->col);
}

static void record_directive(pr_symtable *st, const char *name, const pr_node *at)
{
    symbol *sym = symbol_of(st, st->cur, mangle(st, st->cur, name));
    if (sym->directive_lineno == 0) {
        sym->directive_lineno = at->lineno;
        sym->directive_col = at->col;
    }
}

/* ------------------------------------------------------------------ scopes */

static scope *cur(pr_symtable *st)
{
    return &st->scopes[st->cur];
}

static bool is_function_like(block_type b)
{
    return b != BLOCK_MODULE && b != BLOCK_CLASS;
}

static void enter_block(pr_symtable *st, block_type block, const pr_node *key)
{
    st->scopes = pr_arena_grow_array(st->check->arena, st->scopes, &st->scopes_cap, st->nscopes,
                      sizeof *st->scopes);
    uint32_t id = st->nscopes++;
    scope *sc = &st->scopes[id];
    *sc = (scope){.block = block, .parent = NONE, .first = NONE, .last = NONE,
                  .mangled = NONE, .unanalyzed = block == BLOCK_ANNOTATION};
    if (id > 0) {
        const scope *prev = cur(st);
        sc->parent = st->cur;
        sc->comp_iter_expr = prev->comp_iter_expr;
        sc->unanalyzed |= prev->unanalyzed;
        if (block != BLOCK_CLASS)
            sc->mangled = prev->mangled;
    }
    if (key)
        pr_table_put(st->check->arena, &st->scope_ids, (uint64_t)(uintptr_t)key, id);
    st->cur = id;
}

static void exit_block(pr_symtable *st)
{
    st->cur = cur(st)->parent;
}

/* ------------------------------------------------------------------ the walk */

static void visit_node(pr_symtable *st, const pr_node *n);
static void visit_expr(pr_symtable *st, const pr_node *e);

static void visit_seq(pr_symtable *st, const pr_seq *seq)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(seq); i++)
        if (PR_SEQ_NODE(seq, i))
            visit_node(st, PR_SEQ_NODE(seq, i));
}

/* Visits the children of n in the order of its fields, which is CPython's order for the
** nodes that need no special treatment. */
static void visit_children(pr_symtable *st, const pr_node *n)
{
    const pr_kind_info *info = &pr_kinds[n->kind];
    for (int i = 0; i < info->nfields; i++) {
        const char *slot = PR_FIELD_SLOT(n, i);
        switch (info->fields[i].type) {
        case PR_FT_NODE:
        case PR_FT_NODE_OPT:
            if (*(pr_node *const *)slot)
                visit_node(st, *(pr_node *const *)slot);
            break;
        case PR_FT_LIST:
            visit_seq(st, *(pr_seq *const *)slot);
            break;
        default:
            break;
        }
    }
}

/* Yield, await and walrus may not appear in annotation and type-parameter blocks. */
static void refuse_in_annotation(pr_symtable *st, const char *what, const pr_node *e)
{
    const scope *sc = cur(st);
    switch (sc->block) {
    case BLOCK_ANNOTATION:
        pr_check_fail(st->check, e->lineno, e->col, "%s cannot be used within an annotation",
                      what);
    case BLOCK_TYPE_VARIABLE:
        pr_check_fail(st->check, e->lineno, e->col, "%s cannot be used within %s", what,
                      sc->scope_info);
    case BLOCK_TYPE_ALIAS:
        pr_check_fail(st->check, e->lineno, e->col, "%s cannot be used within a type alias",
                      what);
    case BLOCK_TYPE_PARAMETERS:
        pr_check_fail(st->check, e->lineno, e->col,
                      "%s cannot be used within the definition of a generic", what);
    default:
        break;
    }
}

static void visit_params(pr_symtable *st, const pr_seq *args)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(args); i++) {
        const pr_node *arg = PR_SEQ_NODE(args, i);
        add_def(st, arg->v.arg.arg, DEF_PARAM, arg);
    }
}

static void visit_arguments(pr_symtable *st, const pr_node *a)
{
    visit_params(st, a->v.arguments.posonlyargs);
    visit_params(st, a->v.arguments.args);
    visit_params(st, a->v.arguments.kwonlyargs);
    if (a->v.arguments.vararg)
        add_def(st, a->v.arguments.vararg->v.arg.arg, DEF_PARAM, a->v.arguments.vararg);
    if (a->v.arguments.kwarg)
        add_def(st, a->v.arguments.kwarg->v.arg.arg, DEF_PARAM, a->v.arguments.kwarg);
}

static void visit_defaults(pr_symtable *st, const pr_node *a)
{
    visit_seq(st, a->v.arguments.defaults);
    visit_seq(st, a->v.arguments.kw_defaults);
}

/* With `from __future__ import annotations` an annotation gets a block of its own, which
** refuses yield, await and walrus and is never analyzed. */
static void visit_annotation(pr_symtable *st, const pr_node *annotation)
{
    if (st->check->future_annotations)
        enter_block(st, BLOCK_ANNOTATION, NULL);
    visit_expr(st, annotation);
    if (st->check->future_annotations)
        exit_block(st);
}

static void visit_arg_annotations(pr_symtable *st, const pr_seq *args)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(args); i++)
        if (PR_SEQ_NODE(args, i)->v.arg.annotation)
            visit_expr(st, PR_SEQ_NODE(args, i)->v.arg.annotation);
}

/* A function's annotations belong to the scope around it, in this order. */
static void visit_annotations(pr_symtable *st, const pr_node *a, const pr_node *returns)
{
    if (st->check->future_annotations)
        enter_block(st, BLOCK_ANNOTATION, NULL);
    visit_arg_annotations(st, a->v.arguments.posonlyargs);
    visit_arg_annotations(st, a->v.arguments.args);
    if (a->v.arguments.vararg && a->v.arguments.vararg->v.arg.annotation)
        visit_expr(st, a->v.arguments.vararg->v.arg.annotation);
    if (a->v.arguments.kwarg && a->v.arguments.kwarg->v.arg.annotation)
        visit_expr(st, a->v.arguments.kwarg->v.arg.annotation);
    visit_arg_annotations(st, a->v.arguments.kwonlyargs);
    if (st->check->future_annotations)
        exit_block(st);
    if (returns)
        visit_annotation(st, returns);
}

static void enter_type_param_block(pr_symtable *st)
{
    bool in_class = cur(st)->block == BLOCK_CLASS;
    enter_block(st, BLOCK_TYPE_PARAMETERS, NULL);
    cur(st)->can_see_class_scope = in_class;
}

static void visit_bound_or_default(pr_symtable *st, const pr_node *e, const char *info)
{
    if (!e)
        return;
    bool in_class = cur(st)->can_see_class_scope;
    enter_block(st, BLOCK_TYPE_VARIABLE, NULL);
    cur(st)->can_see_class_scope = in_class;
    cur(st)->scope_info = info;
    visit_expr(st, e);
    exit_block(st);
}

static void visit_type_param(pr_symtable *st, const pr_node *tp)
{
    switch (tp->kind) {
    case PR_TypeVar: {
        const pr_node *bound = tp->v.TypeVar.bound;
        add_def(st, tp->v.TypeVar.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
        visit_bound_or_default(st, bound,
                               bound && bound->kind == PR_Tuple ? "a TypeVar constraint"
                                                                : "a TypeVar bound");
        visit_bound_or_default(st, tp->v.TypeVar.default_value, "a TypeVar default");
        break;
    }
    case PR_TypeVarTuple:
        add_def(st, tp->v.TypeVarTuple.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
        visit_bound_or_default(st, tp->v.TypeVarTuple.default_value, "a TypeVarTuple default");
        break;
    case PR_ParamSpec:
        add_def(st, tp->v.ParamSpec.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
        visit_bound_or_default(st, tp->v.ParamSpec.default_value, "a ParamSpec default");
        break;
    default:
        break;
    }
}

static void visit_function(pr_symtable *st, const pr_node *s)
{
    bool is_async = s->kind == PR_AsyncFunctionDef;
    const pr_node *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    const pr_seq *type_params =
        is_async ? s->v.AsyncFunctionDef.type_params : s->v.FunctionDef.type_params;
    add_def(st, is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name, DEF_LOCAL, s);
    visit_defaults(st, args);
    visit_seq(st, is_async ? s->v.AsyncFunctionDef.decorator_list
                           : s->v.FunctionDef.decorator_list);
    if (PR_SEQ_LEN(type_params)) {
        enter_type_param_block(st);
        visit_seq(st, type_params);
    }
    visit_annotations(st, args, is_async ? s->v.AsyncFunctionDef.returns
                                         : s->v.FunctionDef.returns);
    enter_block(st, BLOCK_FUNCTION, s);
    cur(st)->pub.coroutine = is_async;
    visit_arguments(st, args);
    visit_seq(st, is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body);
    exit_block(st);
    if (PR_SEQ_LEN(type_params))
        exit_block(st);
}

static void visit_class(pr_symtable *st, const pr_node *s)
{
    const char *outer_private = st->private_name;
    bool generic = PR_SEQ_LEN(s->v.ClassDef.type_params) > 0;
    add_def(st, s->v.ClassDef.name, DEF_LOCAL, s);
    visit_seq(st, s->v.ClassDef.decorator_list);
    if (generic) {
        enter_type_param_block(st);
        st->private_name = s->v.ClassDef.name;
        cur(st)->mangled = st->nmangled++;
        visit_seq(st, s->v.ClassDef.type_params);
    }
    visit_seq(st, s->v.ClassDef.bases);
    visit_seq(st, s->v.ClassDef.keywords);
    enter_block(st, BLOCK_CLASS, s);
    st->private_name = s->v.ClassDef.name;
    if (generic)
        add_def(st, "__type_params__", DEF_LOCAL, s);
    visit_seq(st, s->v.ClassDef.body);
    exit_block(st);
    if (generic)
        exit_block(st);
    st->private_name = outer_private;
}

static void visit_type_alias(pr_symtable *st, const pr_node *s)
{
    bool in_class = cur(st)->block == BLOCK_CLASS;
    bool generic = PR_SEQ_LEN(s->v.TypeAlias.type_params) > 0;
    visit_expr(st, s->v.TypeAlias.name);
    if (generic) {
        enter_type_param_block(st);
        visit_seq(st, s->v.TypeAlias.type_params);
    }
    enter_block(st, BLOCK_TYPE_ALIAS, NULL);
    cur(st)->can_see_class_scope = in_class;
    visit_expr(st, s->v.TypeAlias.value);
    exit_block(st);
    if (generic)
        exit_block(st);
}

static void visit_ann_assign(pr_symtable *st, const pr_node *s)
{
    const pr_node *target = s->v.AnnAssign.target;
    bool simple = s->v.AnnAssign.simple;
    if (target->kind == PR_Name) {
        const char *name = target->v.Name.id;
        uint32_t flags = flags_of(st, st->cur, mangle(st, st->cur, name));
        if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != 0 && simple)
            pr_check_fail(st->check, s->lineno, s->col, "annotated name '%s' can't be %s", name,
                          flags & DEF_GLOBAL ? "global" : "nonlocal");
        if (simple)
            add_def(st, name, DEF_ANNOT | DEF_LOCAL, target);
        if (s->v.AnnAssign.value)
            add_def(st, name, DEF_LOCAL, target);
    } else {
        visit_expr(st, target);
    }
    visit_annotation(st, s->v.AnnAssign.annotation);
    if (s->v.AnnAssign.value)
        visit_expr(st, s->v.AnnAssign.value);
}

/* global and nonlocal must come before any other use of their names in the scope. */
static void visit_declaration(pr_symtable *st, const pr_node *s)
{
    bool global = s->kind == PR_Global;
    const char *what = global ? "global" : "nonlocal";
    const pr_seq *names = global ? s->v.Global.names : s->v.Nonlocal.names;
    for (uint32_t i = 0; i < PR_SEQ_LEN(names); i++) {
        const char *name = names->items[i];
        uint32_t flags = flags_of(st, st->cur, mangle(st, st->cur, name));
        if (flags & DEF_PARAM)
            pr_check_fail(st->check, s->lineno, s->col, "name '%s' is parameter and %s", name,
                          what);
        if (flags & USE)
            pr_check_fail(st->check, s->lineno, s->col,
                          "name '%s' is used prior to %s declaration", name, what);
        if (flags & DEF_ANNOT)
            pr_check_fail(st->check, s->lineno, s->col, "annotated name '%s' can't be %s", name,
                          what);
        if (flags & DEF_LOCAL)
            pr_check_fail(st->check, s->lineno, s->col,
                          "name '%s' is assigned to before %s declaration", name, what);
        add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
        record_directive(st, name, s);
    }
}

static void visit_alias(pr_symtable *st, const pr_node *a)
{
    const char *name = a->v.alias.asname ? a->v.alias.asname : a->v.alias.name;
    if (strcmp(name, "*") == 0) {
        if (cur(st)->block != BLOCK_MODULE)
            pr_check_fail(st->check, a->lineno, a->col, "import * only allowed at module level");
        return;
    }
    const char *dot = strchr(name, '.');
    if (dot)
        name = pr_arena_strndup(st->check->arena, name, (size_t)(dot - name));
    add_def(st, name, DEF_IMPORT, a);
}

static void visit_stmt(pr_symtable *st, const pr_node *s)
{
    switch (s->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        visit_function(st, s);
        break;
    case PR_ClassDef:
        visit_class(st, s);
        break;
    case PR_TypeAlias:
        visit_type_alias(st, s);
        break;
    case PR_AnnAssign:
        visit_ann_assign(st, s);
        break;
    case PR_Global:
    case PR_Nonlocal:
        visit_declaration(st, s);
        break;
    default:
        visit_children(st, s);
        break;
    }
}

/* The scope an assignment expression in a comprehension binds in: the nearest enclosing
** function or the module; a class or type-parameter scope refuses it. */
static void extend_named_expr_scope(pr_symtable *st, const pr_node *target)
{
    const char *name = target->v.Name.id;
    pr_check *c = st->check;
    for (uint32_t id = st->cur; id != NONE; id = st->scopes[id].parent) {
        const scope *sc = &st->scopes[id];
        uint32_t flags = flags_of(st, id, mangle(st, id, name));
        if (sc->comprehension) {
            if (flags & DEF_COMP_ITER)
                pr_check_fail(c, target->lineno, target->col,
                              "assignment expression cannot rebind comprehension iteration "
                              "variable '%s'", name);
            continue;
        }
        switch (sc->block) {
        case BLOCK_FUNCTION:
            add_def(st, name, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
            record_directive(st, name, target);
            add_def_to(st, id, name, DEF_LOCAL, target->lineno, target->col);
            return;
        case BLOCK_MODULE:
            add_def(st, name, DEF_GLOBAL, target);
            record_directive(st, name, target);
            add_def_to(st, id, name, DEF_GLOBAL, target->lineno, target->col);
            return;
        case BLOCK_CLASS:
            pr_check_fail(c, target->lineno, target->col,
                          "assignment expression within a comprehension cannot be used in a "
                          "class body");
        case BLOCK_TYPE_PARAMETERS:
            pr_check_fail(c, target->lineno, target->col,
                          "assignment expression within a comprehension cannot be used within "
                          "the definition of a generic");
        case BLOCK_TYPE_ALIAS:
            pr_check_fail(c, target->lineno, target->col,
                          "assignment expression within a comprehension cannot be used in a "
                          "type alias");
        case BLOCK_TYPE_VARIABLE:
            pr_check_fail(c, target->lineno, target->col,
                          "assignment expression within a comprehension cannot be used in a "
                          "TypeVar bound");
        default:
            break;
        }
    }
}

static void visit_named_expr(pr_symtable *st, const pr_node *e)
{
    refuse_in_annotation(st, "named expression", e);
    if (cur(st)->comp_iter_expr > 0)
        pr_check_fail(st->check, e->lineno, e->col,
                      "assignment expression cannot be used in a comprehension iterable "
                      "expression");
    if (cur(st)->comprehension)
        extend_named_expr_scope(st, e->v.NamedExpr.target);
    visit_expr(st, e->v.NamedExpr.value);
    visit_expr(st, e->v.NamedExpr.target);
}

static void visit_lambda(pr_symtable *st, const pr_node *e)
{
    visit_defaults(st, e->v.Lambda.args);
    enter_block(st, BLOCK_FUNCTION, e);
    visit_arguments(st, e->v.Lambda.args);
    visit_expr(st, e->v.Lambda.body);
    exit_block(st);
}

static void visit_comp_target(pr_symtable *st, const pr_node *target)
{
    cur(st)->comp_iter_target = true;
    visit_expr(st, target);
    cur(st)->comp_iter_target = false;
}

static void visit_comp_iter(pr_symtable *st, const pr_node *iter)
{
    cur(st)->comp_iter_expr++;
    visit_expr(st, iter);
    cur(st)->comp_iter_expr--;
}

/* The outermost iterable is evaluated in the enclosing scope; the rest in the
** comprehension's own, a function's. */
static void visit_comprehension(pr_symtable *st, const pr_node *e, const pr_seq *generators,
                                const pr_node *elt, const pr_node *value)
{
    const pr_node *outermost = PR_SEQ_NODE(generators, 0);
    bool genexp = e->kind == PR_GeneratorExp;
    bool in_class_view = cur(st)->can_see_class_scope;
    visit_comp_iter(st, outermost->v.comprehension.iter);
    enter_block(st, BLOCK_FUNCTION, e);
    scope *sc = cur(st);
    sc->comprehension = e->kind;
    sc->pub.inlined = !genexp && !in_class_view;
    sc->pub.coroutine = outermost->v.comprehension.is_async != 0;
    visit_comp_target(st, outermost->v.comprehension.target);
    visit_seq(st, outermost->v.comprehension.ifs);
    for (uint32_t i = 1; i < PR_SEQ_LEN(generators); i++) {
        const pr_node *gen = PR_SEQ_NODE(generators, i);
        visit_comp_target(st, gen->v.comprehension.target);
        visit_comp_iter(st, gen->v.comprehension.iter);
        visit_seq(st, gen->v.comprehension.ifs);
        if (gen->v.comprehension.is_async)
            cur(st)->pub.coroutine = true;
    }
    if (value)
        visit_expr(st, value);
    visit_expr(st, elt);
    sc = cur(st);
    sc->pub.generator = genexp;
    bool is_async = sc->pub.coroutine && !genexp;
    exit_block(st);
    if (is_async)
        cur(st)->pub.coroutine = true;
}

static void visit_yield(pr_symtable *st, const pr_node *e)
{
    static const char *const where[] = {
        [PR_ListComp] = "list comprehension", [PR_SetComp] = "set comprehension",
        [PR_DictComp] = "dict comprehension", [PR_GeneratorExp] = "generator expression",
    };
    refuse_in_annotation(st, "yield expression", e);
    visit_children(st, e);
    cur(st)->pub.generator = true;
    if (cur(st)->comprehension)
        pr_check_fail(st->check, e->lineno, e->col, "'yield' inside %s",
                      where[cur(st)->comprehension]);
}

static void visit_expr(pr_symtable *st, const pr_node *e)
{
    switch (e->kind) {
    case PR_NamedExpr:
        visit_named_expr(st, e);
        break;
    case PR_Lambda:
        visit_lambda(st, e);
        break;
    case PR_GeneratorExp:
        visit_comprehension(st, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case PR_ListComp:
        visit_comprehension(st, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case PR_SetComp:
        visit_comprehension(st, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case PR_DictComp:
        visit_comprehension(st, e, e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value);
        break;
    case PR_Yield:
    case PR_YieldFrom:
        visit_yield(st, e);
        break;
    case PR_Await:
        refuse_in_annotation(st, "await expression", e);
        visit_children(st, e);
        cur(st)->pub.coroutine = true;
        break;
    case PR_Name:
        add_def(st, e->v.Name.id, e->v.Name.ctx == PR_LOAD ? USE : DEF_LOCAL, e);
        if (e->v.Name.ctx == PR_LOAD && is_function_like(cur(st)->block) &&
            strcmp(e->v.Name.id, "super") == 0)
            add_def(st, "__class__", USE, e);
        break;
    default:
        visit_children(st, e);
        break;
    }
}

static void visit_pattern(pr_symtable *st, const pr_node *p)
{
    visit_children(st, p);
    const char *name = p->kind == PR_MatchStar      ? p->v.MatchStar.name
                       : p->kind == PR_MatchMapping ? p->v.MatchMapping.rest
                       : p->kind == PR_MatchAs      ? p->v.MatchAs.name
                                                    : NULL;
    if (name)
        add_def(st, name, DEF_LOCAL, p);
}

static void visit_node(pr_symtable *st, const pr_node *n)
{
    switch (pr_kinds[n->kind].category) {
    case PR_CAT_STMT:
        visit_stmt(st, n);
        break;
    case PR_CAT_EXPR:
        visit_expr(st, n);
        break;
    case PR_CAT_PATTERN:
        visit_pattern(st, n);
        break;
    case PR_CAT_TPARAM:
        visit_type_param(st, n);
        break;
    case PR_CAT_ALIAS:
        visit_alias(st, n);
        break;
    case PR_CAT_HANDLER:
        if (n->v.ExceptHandler.type)
            visit_expr(st, n->v.ExceptHandler.type);
        if (n->v.ExceptHandler.name)
            add_def(st, n->v.ExceptHandler.name, DEF_LOCAL, n);
        visit_seq(st, n->v.ExceptHandler.body);
        break;
    default:
        visit_children(st, n);
        break;
    }
}

/* ------------------------------------------------------------------ the analysis */

/* Whether name is bound in a function scope around scope_id that its children see
** (analyze_block's `bound`): a class adds __class__ and __classdict__, a function its
** local names, a global declaration hides the name; the module binds nothing for them. */
static bool is_bound_around(pr_symtable *st, uint32_t scope_id, uint32_t name)
{
    for (uint32_t id = st->scopes[scope_id].parent; id != 0; id = st->scopes[id].parent) {
        if (st->scopes[id].block == BLOCK_CLASS) {
            const char *s = st->names[name].text;
            if (strcmp(s, "__class__") == 0 || strcmp(s, "__classdict__") == 0)
                return true;
            continue;
        }
        uint32_t flags = flags_of(st, id, name);
        if (flags & DEF_GLOBAL)
            return false;
        if ((flags & DEF_BOUND) && !(flags & DEF_NONLOCAL))
            return true;
    }
    return false;
}

/* Whether the nearest scope around scope_id that binds name binds it as a type parameter. */
static bool is_type_param_around(pr_symtable *st, uint32_t scope_id, uint32_t name)
{
    for (uint32_t id = st->scopes[scope_id].parent; id != NONE; id = st->scopes[id].parent) {
        uint32_t flags = flags_of(st, id, name);
        if ((flags & DEF_BOUND) && !(flags & (DEF_GLOBAL | DEF_NONLOCAL)))
            return (flags & DEF_TYPE_PARAM) != 0;
    }
    return false;
}

static void analyze(pr_symtable *st)
{
    pr_check *c = st->check;
    for (uint32_t id = 0; id < st->nscopes; id++) {
        if (st->scopes[id].unanalyzed)
            continue;
        for (uint32_t i = st->scopes[id].first; i != NONE; i = st->symbols[i].next) {
            const symbol *sym = &st->symbols[i];
            const char *name = st->names[sym->name].text;
            uint32_t line = sym->directive_lineno, col = sym->directive_col;
            if (sym->flags & DEF_GLOBAL) {
                if (sym->flags & DEF_NONLOCAL)
                    pr_check_fail(c, line, col, "name '%s' is nonlocal and global", name);
                continue;
            }
            if (!(sym->flags & DEF_NONLOCAL))
                continue;
            if (id == 0)
                pr_check_fail(c, line, col, "nonlocal declaration not allowed at module level");
            if (!is_bound_around(st, id, sym->name))
                pr_check_fail(c, line, col, "no binding for nonlocal '%s' found", name);
            if (is_type_param_around(st, id, sym->name))
                pr_check_fail(c, line, col,
                              "nonlocal binding not allowed for type parameter '%s'", name);
        }
    }
}

void pr_symtable_build(pr_check *c, const pr_node *module)
{
    pr_symtable *st = pr_arena_alloc(c->arena, sizeof *st);
    *st = (pr_symtable){.check = c};
    c->symtable = st;
    enter_block(st, BLOCK_MODULE, module);
    visit_seq(st, module->v.Module.body);
    analyze(st);
}

const pr_scope *pr_symtable_scope(const pr_check *c, const pr_node *n)
{
    pr_symtable *st = c->symtable;
    uint32_t id = pr_table_get(&st->scope_ids, (uint64_t)(uintptr_t)n, NONE);
    return id == NONE ? NULL : &st->scopes[id].pub;
}
