/* The errors CPython's compiler raises (Python/compile.c), met in the order its code
** generator meets them: it compiles a function's body where the def stands, a class body
** before the class's bases, a generator expression's body before its outermost iterable,
** an assignment's value before its targets.  Each code unit (module, class body, function,
** lambda, comprehension, type parameters) keeps CPython's stack of frame blocks (loops,
** try, with, handlers), whose depth is limited and through which break, continue and
** return unwind, compiling the finally bodies they leave on the way, as CPython does. */
#include "passes/check.h"

#include <string.h>

/* CO_MAXBLOCKS: how deep frame blocks nest in one code unit. */
enum { MAX_BLOCKS = 21 };

typedef enum fblock_type {
    WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
    HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
    ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION,
} fblock_type;

typedef struct fblock {
    fblock_type type;
    const pr_seq *finalbody;        /* FINALLY_TRY: compiled again when unwound */
} fblock;

/* CPython's COMPILER_SCOPE_* */
typedef enum scope_type {
    SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA,
    SCOPE_COMPREHENSION, SCOPE_TYPE_PARAMS,
} scope_type;

typedef struct unit {
    scope_type type;
    bool function_like;             /* its symbol table block is a function's */
    bool coroutine, generator;
    uint32_t nfblocks;
    fblock fblocks[MAX_BLOCKS];
} unit;

/* A source position; line 0 is CPython's NO_LOCATION, which unwinding a with or a finally
** gives the statement that unwinds. */
typedef struct loc {
    uint32_t lineno, col;
} loc;

typedef struct compiler {
    pr_check *check;
    unit *u;
    pr_table finally_depth;         /* finally body -> 1 + deepest block depth compiled at */
} compiler;

static loc loc_of(const pr_node *n)
{
    return (loc){n->lineno, n->col};
}

static _Noreturn void fail_at(compiler *c, loc at, const char *msg)
{
    pr_check_fail(c->check, at.lineno, at.col, "%s", msg);
}

bool pr_is_debug_name(const char *name)
{
    return strcmp(name, "__debug__") == 0;
}

/* forbidden_name(): binding or deleting __debug__. */
static void check_store(compiler *c, const char *name, pr_ctx ctx, loc at)
{
    if (pr_is_debug_name(name))
        fail_at(c, at, ctx == PR_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
}

static void push_fblock(compiler *c, fblock_type type, loc at, const pr_seq *finalbody)
{
    if (c->u->nfblocks >= MAX_BLOCKS)
        fail_at(c, at, "too many statically nested blocks");
    c->u->fblocks[c->u->nfblocks++] = (fblock){type, finalbody};
}

static void pop_fblock(compiler *c)
{
    c->u->nfblocks--;
}

static void enter_unit(compiler *c, unit *u, scope_type type, const pr_scope *sc)
{
    *u = (unit){.type = type, .function_like = type != SCOPE_MODULE && type != SCOPE_CLASS};
    if (sc) {
        u->coroutine = sc->coroutine;
        u->generator = sc->generator;
    }
    c->u = u;
}

static void compile_expr(compiler *c, const pr_node *e);
static void compile_stmts(compiler *c, const pr_seq *body);

static void compile_exprs(compiler *c, const pr_seq *exprs)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(exprs); i++)
        if (PR_SEQ_NODE(exprs, i))
            compile_expr(c, PR_SEQ_NODE(exprs, i));
}

/* ------------------------------------------------------------------ unwinding */

/* A finally body is compiled where the try ends, again as the exceptional path, and once
** more by each break, continue and return that leaves it.  Each time the blocks around it
** are the same but for those on top that unwinding passes through, so only a deeper
** compilation than the deepest so far can meet a new error (too many nested blocks). */
static void compile_finally_body(compiler *c, const pr_seq *body)
{
    uint64_t key = (uint64_t)(uintptr_t)body;
    uint32_t depth = c->u->nfblocks;
    if (pr_table_get(&c->finally_depth, key, 0) > depth)
        return;
    compile_stmts(c, body);
    pr_table_put(c->check->arena, &c->finally_depth, key, depth + 1);
}

static void unwind_fblock(compiler *c, loc *at, const fblock *info, bool preserve_tos)
{
    switch (info->type) {
    case FINALLY_TRY:
        if (preserve_tos)
            push_fblock(c, POP_VALUE, *at, NULL);
        compile_finally_body(c, info->finalbody);
        if (preserve_tos)
            pop_fblock(c);
        *at = (loc){0, 0};
        break;
    case WITH:
    case ASYNC_WITH:
        *at = (loc){0, 0};
        break;
    default:
        break;
    }
}

/* Unwinds the blocks of the unit from the top; with want_loop, stops at the innermost
** loop and returns its index (else -1).  An except* handler stops every exit. */
static int unwind_fblock_stack(compiler *c, loc *at, loc origin, bool preserve_tos,
                               bool want_loop)
{
    unit *u = c->u;
    if (u->nfblocks == 0)
        return -1;
    fblock top = u->fblocks[u->nfblocks - 1];
    if (top.type == EXCEPTION_GROUP_HANDLER)
        fail_at(c, at->lineno ? *at : origin,
                "'break', 'continue' and 'return' cannot appear in an except* block");
    if (want_loop && (top.type == WHILE_LOOP || top.type == FOR_LOOP))
        return (int)u->nfblocks - 1;
    u->nfblocks--;
    unwind_fblock(c, at, &top, preserve_tos);
    int loop = unwind_fblock_stack(c, at, origin, preserve_tos, want_loop);
    u->fblocks[u->nfblocks++] = top;
    return loop;
}

static void compile_return(compiler *c, const pr_node *s)
{
    const pr_node *value = s->v.Return.value;
    if (!c->u->function_like)
        fail_at(c, loc_of(s), "'return' outside function");
    if (value && c->u->coroutine && c->u->generator)
        fail_at(c, loc_of(s), "'return' with value in async generator");
    pr_value folded;
    /* only whether the value folds matters here, not the value */
    pr_arena_mark mark = pr_arena_mark_set(c->check->arena);
    bool preserve_tos = value && !pr_fold(c->check->arena, value, &folded);
    pr_arena_release(c->check->arena, mark);
    loc at = loc_of(s);
    if (preserve_tos)
        compile_expr(c, value);
    else if (value)
        at = loc_of(value);
    if (!value || value->lineno != s->lineno)
        at = loc_of(s);
    unwind_fblock_stack(c, &at, loc_of(s), preserve_tos, false);
}

static void compile_break(compiler *c, const pr_node *s, const char *outside)
{
    loc at = loc_of(s);
    if (unwind_fblock_stack(c, &at, loc_of(s), false, true) < 0)
        fail_at(c, loc_of(s), outside);
}

/* ------------------------------------------------------------------ definitions */

static void check_debug_arg(compiler *c, const pr_node *arg)
{
    if (arg)
        check_store(c, arg->v.arg.arg, PR_STORE, loc_of(arg));
}

static void check_debug_args(compiler *c, const pr_node *a)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(a->v.arguments.posonlyargs); i++)
        check_debug_arg(c, PR_SEQ_NODE(a->v.arguments.posonlyargs, i));
    for (uint32_t i = 0; i < PR_SEQ_LEN(a->v.arguments.args); i++)
        check_debug_arg(c, PR_SEQ_NODE(a->v.arguments.args, i));
    check_debug_arg(c, a->v.arguments.vararg);
    for (uint32_t i = 0; i < PR_SEQ_LEN(a->v.arguments.kwonlyargs); i++)
        check_debug_arg(c, PR_SEQ_NODE(a->v.arguments.kwonlyargs, i));
    check_debug_arg(c, a->v.arguments.kwarg);
}

static void compile_defaults(compiler *c, const pr_node *a)
{
    compile_exprs(c, a->v.arguments.defaults);
    compile_exprs(c, a->v.arguments.kw_defaults);
}

/* `*args: *Ts` evaluates Ts, not a starred expression. */
static void compile_annotation(compiler *c, const pr_node *annotation)
{
    if (!annotation || c->check->future_annotations)
        return;
    compile_expr(c, annotation->kind == PR_Starred ? annotation->v.Starred.value : annotation);
}

static void compile_arg_annotations(compiler *c, const pr_seq *args)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(args); i++)
        compile_annotation(c, PR_SEQ_NODE(args, i)->v.arg.annotation);
}

/* The compiler's order, which is not the symbol table's. */
static void compile_annotations(compiler *c, const pr_node *a, const pr_node *returns)
{
    compile_arg_annotations(c, a->v.arguments.args);
    compile_arg_annotations(c, a->v.arguments.posonlyargs);
    if (a->v.arguments.vararg)
        compile_annotation(c, a->v.arguments.vararg->v.arg.annotation);
    compile_arg_annotations(c, a->v.arguments.kwonlyargs);
    if (a->v.arguments.kwarg)
        compile_annotation(c, a->v.arguments.kwarg->v.arg.annotation);
    compile_annotation(c, returns);
}

/* A bound, a default or an alias's value: a function of its own. */
static void compile_in_own_unit(compiler *c, const pr_node *e, scope_type type)
{
    unit *outer = c->u, u;
    enter_unit(c, &u, type, NULL);
    compile_expr(c, e);
    c->u = outer;
}

static void compile_type_params(compiler *c, const pr_seq *type_params)
{
    bool seen_default = false;
    for (uint32_t i = 0; i < PR_SEQ_LEN(type_params); i++) {
        const pr_node *tp = PR_SEQ_NODE(type_params, i);
        const char *name;
        const pr_node *default_value;
        if (tp->kind == PR_TypeVar) {
            name = tp->v.TypeVar.name;
            default_value = tp->v.TypeVar.default_value;
            if (tp->v.TypeVar.bound)
                compile_in_own_unit(c, tp->v.TypeVar.bound, SCOPE_TYPE_PARAMS);
        } else if (tp->kind == PR_TypeVarTuple) {
            name = tp->v.TypeVarTuple.name;
            default_value = tp->v.TypeVarTuple.default_value;
            if (default_value && default_value->kind == PR_Starred)
                default_value = default_value->v.Starred.value;
        } else {
            name = tp->v.ParamSpec.name;
            default_value = tp->v.ParamSpec.default_value;
        }
        if (default_value) {
            seen_default = true;
            compile_in_own_unit(c, default_value, SCOPE_TYPE_PARAMS);
        } else if (seen_default) {
            pr_check_fail(c->check, tp->lineno, tp->col,
                          "non-default type parameter '%s' follows default type parameter",
                          name);
        }
        check_store(c, name, PR_STORE, loc_of(tp));
    }
}

static void compile_function(compiler *c, const pr_node *s)
{
    bool is_async = s->kind == PR_AsyncFunctionDef;
    const pr_node *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    const pr_seq *type_params =
        is_async ? s->v.AsyncFunctionDef.type_params : s->v.FunctionDef.type_params;
    unit *outer = c->u, params, body;
    check_debug_args(c, args);
    compile_exprs(c, is_async ? s->v.AsyncFunctionDef.decorator_list
                              : s->v.FunctionDef.decorator_list);
    compile_defaults(c, args);
    if (PR_SEQ_LEN(type_params)) {
        enter_unit(c, &params, SCOPE_TYPE_PARAMS, NULL);
        compile_type_params(c, type_params);
    }
    compile_annotations(c, args,
                        is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns);
    enter_unit(c, &body, is_async ? SCOPE_ASYNC_FUNCTION : SCOPE_FUNCTION,
               pr_symtable_scope(c->check, s));
    if (body.coroutine || body.generator)
        push_fblock(c, STOP_ITERATION, loc_of(s), NULL);
    compile_stmts(c, is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body);
    c->u = outer;
    check_store(c, is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name, PR_STORE,
                loc_of(s));
}

/* validate_keywords(): a keyword argument named __debug__ or given twice. */
static void check_keywords(compiler *c, const pr_seq *keywords)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(keywords); i++) {
        const pr_node *kw = PR_SEQ_NODE(keywords, i);
        if (!kw->v.keyword.arg)
            continue;
        check_store(c, kw->v.keyword.arg, PR_STORE, loc_of(kw));
        for (uint32_t j = i + 1; j < PR_SEQ_LEN(keywords); j++) {
            const pr_node *other = PR_SEQ_NODE(keywords, j);
            if (other->v.keyword.arg && strcmp(kw->v.keyword.arg, other->v.keyword.arg) == 0)
                pr_check_fail(c->check, other->lineno, other->col,
                              "keyword argument repeated: %s", kw->v.keyword.arg);
        }
    }
}

static void compile_call_args(compiler *c, const pr_seq *args, const pr_seq *keywords)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(args); i++) {
        const pr_node *arg = PR_SEQ_NODE(args, i);
        compile_expr(c, arg->kind == PR_Starred ? arg->v.Starred.value : arg);
    }
    for (uint32_t i = 0; i < PR_SEQ_LEN(keywords); i++)
        compile_expr(c, PR_SEQ_NODE(keywords, i)->v.keyword.value);
}

static void compile_class(compiler *c, const pr_node *s)
{
    unit *outer = c->u, params, body;
    compile_exprs(c, s->v.ClassDef.decorator_list);
    if (PR_SEQ_LEN(s->v.ClassDef.type_params)) {
        enter_unit(c, &params, SCOPE_TYPE_PARAMS, NULL);
        compile_type_params(c, s->v.ClassDef.type_params);
    }
    enter_unit(c, &body, SCOPE_CLASS, NULL);
    compile_stmts(c, s->v.ClassDef.body);
    c->u = PR_SEQ_LEN(s->v.ClassDef.type_params) ? &params : outer;
    check_keywords(c, s->v.ClassDef.keywords);
    compile_call_args(c, s->v.ClassDef.bases, s->v.ClassDef.keywords);
    c->u = outer;
    check_store(c, s->v.ClassDef.name, PR_STORE, loc_of(s));
}

static void compile_type_alias(compiler *c, const pr_node *s)
{
    unit *outer = c->u, params;
    if (PR_SEQ_LEN(s->v.TypeAlias.type_params)) {
        enter_unit(c, &params, SCOPE_TYPE_PARAMS, NULL);
        compile_type_params(c, s->v.TypeAlias.type_params);
    }
    compile_in_own_unit(c, s->v.TypeAlias.value, SCOPE_FUNCTION);
    c->u = outer;
    check_store(c, s->v.TypeAlias.name->v.Name.id, PR_STORE, loc_of(s));
}

static void compile_lambda(compiler *c, const pr_node *e)
{
    unit *outer = c->u, body;
    check_debug_args(c, e->v.Lambda.args);
    compile_defaults(c, e->v.Lambda.args);
    enter_unit(c, &body, SCOPE_LAMBDA, pr_symtable_scope(c->check, e));
    compile_expr(c, e->v.Lambda.body);
    c->u = outer;
}

/* ------------------------------------------------------------------ comprehensions */

static void compile_generators(compiler *c, const pr_node *e, const pr_seq *generators,
                               uint32_t i, const pr_node *elt, const pr_node *value)
{
    const pr_node *gen = PR_SEQ_NODE(generators, i);
    if (i > 0)
        compile_expr(c, gen->v.comprehension.iter);
    if (gen->v.comprehension.is_async)
        push_fblock(c, ASYNC_COMPREHENSION_GENERATOR, loc_of(e), NULL);
    compile_expr(c, gen->v.comprehension.target);
    compile_exprs(c, gen->v.comprehension.ifs);
    if (i + 1 < PR_SEQ_LEN(generators)) {
        compile_generators(c, e, generators, i + 1, elt, value);
    } else {
        compile_expr(c, elt);
        if (value)
            compile_expr(c, value);
    }
    if (gen->v.comprehension.is_async)
        pop_fblock(c);
}

/* List, set and dict comprehensions are compiled into the code around them, after their
** outermost iterable; a generator expression is a function, called with it. */
static void compile_comprehension(compiler *c, const pr_node *e, const pr_seq *generators,
                                  const pr_node *elt, const pr_node *value)
{
    const pr_scope *sc = pr_symtable_scope(c->check, e);
    const pr_node *outermost_iter = PR_SEQ_NODE(generators, 0)->v.comprehension.iter;
    unit *outer = c->u, body;
    scope_type around = outer->type;
    if (sc->inlined)
        compile_expr(c, outermost_iter);
    else
        enter_unit(c, &body, SCOPE_COMPREHENSION, sc);
    if (sc->coroutine && e->kind != PR_GeneratorExp && around != SCOPE_ASYNC_FUNCTION &&
        around != SCOPE_COMPREHENSION)
        fail_at(c, loc_of(e), "asynchronous comprehension outside of an asynchronous function");
    compile_generators(c, e, generators, 0, elt, value);
    if (!sc->inlined) {
        c->u = outer;
        compile_expr(c, outermost_iter);
    }
}

/* ------------------------------------------------------------------ expressions */

/* An attribute spanning lines is placed at its name. */
static loc attribute_loc(const pr_node *e)
{
    size_t len = strlen(e->v.Attribute.attr);
    if (e->lineno == e->end_lineno || len > e->end_col)
        return loc_of(e);
    return (loc){e->end_lineno, e->end_col - (uint32_t)len};
}

/* Assigning to a list or tuple unpacks: one starred target at most, with fewer than 256
** targets before it. */
static void compile_unpack(compiler *c, const pr_node *e, const pr_seq *elts)
{
    bool seen_star = false;
    for (uint32_t i = 0; i < PR_SEQ_LEN(elts); i++) {
        if (PR_SEQ_NODE(elts, i)->kind != PR_Starred)
            continue;
        if (seen_star)
            fail_at(c, loc_of(e), "multiple starred expressions in assignment");
        if (i >= 256)
            fail_at(c, loc_of(e), "too many expressions in star-unpacking assignment");
        seen_star = true;
    }
}

static void compile_elements(compiler *c, const pr_node *e, const pr_seq *elts, pr_ctx ctx)
{
    if (ctx == PR_STORE)
        compile_unpack(c, e, elts);
    for (uint32_t i = 0; i < PR_SEQ_LEN(elts); i++) {
        const pr_node *elt = PR_SEQ_NODE(elts, i);
        compile_expr(c, elt->kind == PR_Starred && ctx != PR_DEL ? elt->v.Starred.value : elt);
    }
}

static void compile_children(compiler *c, const pr_node *n)
{
    const pr_kind_info *info = &pr_kinds[n->kind];
    for (int i = 0; i < info->nfields; i++) {
        const char *slot = PR_FIELD_SLOT(n, i);
        if (info->fields[i].type == PR_FT_NODE || info->fields[i].type == PR_FT_NODE_OPT) {
            if (*(pr_node *const *)slot)
                compile_expr(c, *(pr_node *const *)slot);
        } else if (info->fields[i].type == PR_FT_LIST) {
            compile_exprs(c, *(pr_seq *const *)slot);
        }
    }
}

static void compile_expr(compiler *c, const pr_node *e)
{
    unit *u = c->u;
    switch (e->kind) {
    case PR_NamedExpr:
        compile_expr(c, e->v.NamedExpr.value);
        compile_expr(c, e->v.NamedExpr.target);
        break;
    case PR_Lambda:
        compile_lambda(c, e);
        break;
    case PR_GeneratorExp:
        compile_comprehension(c, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL);
        break;
    case PR_ListComp:
        compile_comprehension(c, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case PR_SetComp:
        compile_comprehension(c, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case PR_DictComp:
        compile_comprehension(c, e, e->v.DictComp.generators, e->v.DictComp.key,
                              e->v.DictComp.value);
        break;
    case PR_Yield:
        if (!u->function_like)
            fail_at(c, loc_of(e), "'yield' outside function");
        compile_children(c, e);
        break;
    case PR_YieldFrom:
        if (!u->function_like)
            fail_at(c, loc_of(e), "'yield from' outside function");
        if (u->type == SCOPE_ASYNC_FUNCTION)
            fail_at(c, loc_of(e), "'yield from' inside async function");
        compile_children(c, e);
        break;
    case PR_Await:
        if (!u->function_like)
            fail_at(c, loc_of(e), "'await' outside function");
        if (u->type != SCOPE_ASYNC_FUNCTION && u->type != SCOPE_COMPREHENSION)
            fail_at(c, loc_of(e), "'await' outside async function");
        compile_children(c, e);
        break;
    case PR_Call:
        check_keywords(c, e->v.Call.keywords);
        compile_expr(c, e->v.Call.func);
        compile_call_args(c, e->v.Call.args, e->v.Call.keywords);
        break;
    case PR_Dict:
        for (uint32_t i = 0; i < PR_SEQ_LEN(e->v.Dict.values); i++) {
            if (PR_SEQ_NODE(e->v.Dict.keys, i))
                compile_expr(c, PR_SEQ_NODE(e->v.Dict.keys, i));
            compile_expr(c, PR_SEQ_NODE(e->v.Dict.values, i));
        }
        break;
    case PR_Set:
        compile_elements(c, e, e->v.Set.elts, PR_LOAD);
        break;
    case PR_List:
        compile_elements(c, e, e->v.List.elts, (pr_ctx)e->v.List.ctx);
        break;
    case PR_Tuple:
        compile_elements(c, e, e->v.Tuple.elts, (pr_ctx)e->v.Tuple.ctx);
        break;
    case PR_Attribute:
        compile_expr(c, e->v.Attribute.value);
        if (e->v.Attribute.ctx == PR_STORE)
            check_store(c, e->v.Attribute.attr, PR_STORE, attribute_loc(e));
        break;
    case PR_Starred:
        fail_at(c, loc_of(e), e->v.Starred.ctx == PR_STORE
                                  ? "starred assignment target must be in a list or tuple"
                                  : "can't use starred expression here");
    case PR_Name:
        if (e->v.Name.ctx != PR_LOAD)
            check_store(c, e->v.Name.id, (pr_ctx)e->v.Name.ctx, loc_of(e));
        break;
    default:
        compile_children(c, e);
        break;
    }
}

/* ------------------------------------------------------------------ statements */

static void compile_aug_assign(compiler *c, const pr_node *s)
{
    const pr_node *target = s->v.AugAssign.target;
    if (target->kind == PR_Attribute)
        compile_expr(c, target->v.Attribute.value);
    else if (target->kind == PR_Subscript)
        compile_children(c, target);
    compile_expr(c, s->v.AugAssign.value);
    if (target->kind == PR_Name)
        check_store(c, target->v.Name.id, PR_STORE, loc_of(target));
}

/* An annotated subscript target without a value evaluates its parts (check_ann_subscr). */
static void compile_annotated_subscript(compiler *c, const pr_node *slice)
{
    if (slice->kind == PR_Slice) {
        compile_children(c, slice);
    } else if (slice->kind == PR_Tuple) {
        for (uint32_t i = 0; i < PR_SEQ_LEN(slice->v.Tuple.elts); i++)
            compile_annotated_subscript(c, PR_SEQ_NODE(slice->v.Tuple.elts, i));
    } else {
        compile_expr(c, slice);
    }
}

/* Annotations are evaluated only in modules and classes, and not at all under
** `from __future__ import annotations`. */
static void compile_ann_assign(compiler *c, const pr_node *s)
{
    const pr_node *target = s->v.AnnAssign.target;
    bool evaluated = c->u->type == SCOPE_MODULE || c->u->type == SCOPE_CLASS;
    if (s->v.AnnAssign.value) {
        compile_expr(c, s->v.AnnAssign.value);
        compile_expr(c, target);
    }
    switch (target->kind) {
    case PR_Name:
        check_store(c, target->v.Name.id, PR_STORE, loc_of(s));
        if (s->v.AnnAssign.simple && evaluated)
            compile_annotation(c, s->v.AnnAssign.annotation);
        break;
    case PR_Attribute:
        check_store(c, target->v.Attribute.attr, PR_STORE, loc_of(s));
        if (!s->v.AnnAssign.value)
            compile_expr(c, target->v.Attribute.value);
        break;
    case PR_Subscript:
        if (!s->v.AnnAssign.value) {
            compile_expr(c, target->v.Subscript.value);
            compile_annotated_subscript(c, target->v.Subscript.slice);
        }
        break;
    default:
        break;
    }
    if (!s->v.AnnAssign.simple && evaluated)
        compile_annotation(c, s->v.AnnAssign.annotation);
}

static void compile_handlers(compiler *c, const pr_seq *handlers, bool star)
{
    uint32_t n = PR_SEQ_LEN(handlers);
    for (uint32_t i = 0; i < n; i++) {
        const pr_node *h = PR_SEQ_NODE(handlers, i);
        if (!h->v.ExceptHandler.type && i + 1 < n && !star)
            fail_at(c, loc_of(h), "default 'except:' must be last");
        if (h->v.ExceptHandler.type)
            compile_expr(c, h->v.ExceptHandler.type);
        if (h->v.ExceptHandler.name)
            check_store(c, h->v.ExceptHandler.name, PR_STORE, loc_of(h));
        push_fblock(c, HANDLER_CLEANUP, loc_of(h), NULL);
        compile_stmts(c, h->v.ExceptHandler.body);
        pop_fblock(c);
    }
}

/* try: the body, else and handlers; try*: the body, handlers and else. */
static void compile_try_except(compiler *c, const pr_node *s, bool star)
{
    const pr_seq *body = star ? s->v.TryStar.body : s->v.Try.body;
    const pr_seq *handlers = star ? s->v.TryStar.handlers : s->v.Try.handlers;
    const pr_seq *orelse = star ? s->v.TryStar.orelse : s->v.Try.orelse;
    push_fblock(c, TRY_EXCEPT, loc_of(s), NULL);
    compile_stmts(c, body);
    pop_fblock(c);
    if (!star)
        compile_stmts(c, orelse);
    push_fblock(c, star ? EXCEPTION_GROUP_HANDLER : EXCEPTION_HANDLER, loc_of(s), NULL);
    compile_handlers(c, handlers, star);
    pop_fblock(c);
    if (star)
        compile_stmts(c, orelse);
}

static void compile_try(compiler *c, const pr_node *s)
{
    bool star = s->kind == PR_TryStar;
    const pr_seq *finalbody = star ? s->v.TryStar.finalbody : s->v.Try.finalbody;
    if (!PR_SEQ_LEN(finalbody)) {
        compile_try_except(c, s, star);
        return;
    }
    push_fblock(c, FINALLY_TRY, loc_of(s), finalbody);
    if (PR_SEQ_LEN(star ? s->v.TryStar.handlers : s->v.Try.handlers))
        compile_try_except(c, s, star);
    else
        compile_stmts(c, star ? s->v.TryStar.body : s->v.Try.body);
    pop_fblock(c);
    compile_finally_body(c, finalbody);
    push_fblock(c, FINALLY_END, loc_of(s), NULL);
    compile_finally_body(c, finalbody);
    pop_fblock(c);
}

/* Each item of a with statement is a block of its own. */
static void compile_with(compiler *c, const pr_node *s, uint32_t pos)
{
    bool is_async = s->kind == PR_AsyncWith;
    const pr_seq *items = is_async ? s->v.AsyncWith.items : s->v.With.items;
    const pr_node *item = PR_SEQ_NODE(items, pos);
    if (is_async && c->u->type != SCOPE_ASYNC_FUNCTION)
        fail_at(c, loc_of(s), "'async with' outside async function");
    compile_expr(c, item->v.withitem.context_expr);
    push_fblock(c, is_async ? ASYNC_WITH : WITH, loc_of(item->v.withitem.context_expr), NULL);
    if (item->v.withitem.optional_vars)
        compile_expr(c, item->v.withitem.optional_vars);
    if (pos + 1 < PR_SEQ_LEN(items))
        compile_with(c, s, pos + 1);
    else
        compile_stmts(c, is_async ? s->v.AsyncWith.body : s->v.With.body);
    pop_fblock(c);
}

static void compile_for(compiler *c, const pr_node *s)
{
    push_fblock(c, FOR_LOOP, loc_of(s), NULL);
    compile_expr(c, s->v.For.iter);
    compile_expr(c, s->v.For.target);
    compile_stmts(c, s->v.For.body);
    pop_fblock(c);
    compile_stmts(c, s->v.For.orelse);
}

static void compile_async_for(compiler *c, const pr_node *s)
{
    if (c->u->type != SCOPE_ASYNC_FUNCTION)
        fail_at(c, loc_of(s), "'async for' outside async function");
    compile_expr(c, s->v.AsyncFor.iter);
    push_fblock(c, FOR_LOOP, loc_of(s), NULL);
    compile_expr(c, s->v.AsyncFor.target);
    compile_stmts(c, s->v.AsyncFor.body);
    pop_fblock(c);
    compile_stmts(c, s->v.AsyncFor.orelse);
}

static void compile_while(compiler *c, const pr_node *s)
{
    push_fblock(c, WHILE_LOOP, loc_of(s), NULL);
    compile_expr(c, s->v.While.test);
    compile_stmts(c, s->v.While.body);
    pop_fblock(c);
    compile_stmts(c, s->v.While.orelse);
}

/* Only the last case may be irrefutable, unless it is guarded; a final `case _:` is
** compiled apart. */
static void compile_match(compiler *c, const pr_node *s)
{
    const pr_seq *cases = s->v.Match.cases;
    uint32_t n = PR_SEQ_LEN(cases);
    bool has_default = n > 1 && pr_is_wildcard(PR_SEQ_NODE(cases, n - 1)->v.match_case.pattern);
    compile_expr(c, s->v.Match.subject);
    for (uint32_t i = 0; i < n; i++) {
        const pr_node *m = PR_SEQ_NODE(cases, i);
        if (i + 1 < n || !has_default)
            pr_pattern_check(c->check, m->v.match_case.pattern,
                             m->v.match_case.guard || i + 1 == n);
        if (m->v.match_case.guard)
            compile_expr(c, m->v.match_case.guard);
        compile_stmts(c, m->v.match_case.body);
    }
}

/* `import a.b` binds a. */
static void compile_import(compiler *c, const pr_node *s)
{
    const pr_seq *names = s->v.Import.names;
    for (uint32_t i = 0; i < PR_SEQ_LEN(names); i++) {
        const pr_node *a = PR_SEQ_NODE(names, i);
        const char *name = a->v.alias.name;
        if (a->v.alias.asname)
            name = a->v.alias.asname;
        else if (strchr(name, '.'))
            name = pr_arena_strndup(c->check->arena, name, strcspn(name, "."));
        check_store(c, name, PR_STORE, loc_of(s));
    }
}

static void compile_import_from(compiler *c, const pr_node *s)
{
    const pr_check *check = c->check;
    const pr_seq *names = s->v.ImportFrom.names;
    bool after_future = s->lineno > check->future_lineno ||
                        (s->lineno == check->future_lineno && s->col > check->future_col);
    if (after_future && s->v.ImportFrom.module && s->v.ImportFrom.level == 0 &&
        strcmp(s->v.ImportFrom.module, "__future__") == 0)
        fail_at(c, loc_of(s), "from __future__ imports must occur at the beginning of the file");
    for (uint32_t i = 0; i < PR_SEQ_LEN(names); i++) {
        const pr_node *a = PR_SEQ_NODE(names, i);
        if (a->v.alias.name[0] == '*')
            return;
        check_store(c, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name, PR_STORE,
                    loc_of(s));
    }
}

static void compile_stmt(compiler *c, const pr_node *s)
{
    switch (s->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        compile_function(c, s);
        break;
    case PR_ClassDef:
        compile_class(c, s);
        break;
    case PR_TypeAlias:
        compile_type_alias(c, s);
        break;
    case PR_Return:
        compile_return(c, s);
        break;
    case PR_Assign:
        compile_expr(c, s->v.Assign.value);
        compile_exprs(c, s->v.Assign.targets);
        break;
    case PR_AugAssign:
        compile_aug_assign(c, s);
        break;
    case PR_AnnAssign:
        compile_ann_assign(c, s);
        break;
    case PR_For:
        compile_for(c, s);
        break;
    case PR_AsyncFor:
        compile_async_for(c, s);
        break;
    case PR_While:
        compile_while(c, s);
        break;
    case PR_Match:
        compile_match(c, s);
        break;
    case PR_Try:
    case PR_TryStar:
        compile_try(c, s);
        break;
    case PR_With:
    case PR_AsyncWith:
        compile_with(c, s, 0);
        break;
    case PR_Import:
        compile_import(c, s);
        break;
    case PR_ImportFrom:
        compile_import_from(c, s);
        break;
    case PR_Break:
        compile_break(c, s, "'break' outside loop");
        break;
    case PR_Continue:
        compile_break(c, s, "'continue' not properly in loop");
        break;
    case PR_If:
        compile_expr(c, s->v.If.test);
        compile_stmts(c, s->v.If.body);
        compile_stmts(c, s->v.If.orelse);
        break;
    default:
        compile_children(c, s);
        break;
    }
}

static void compile_stmts(compiler *c, const pr_seq *body)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++)
        compile_stmt(c, PR_SEQ_NODE(body, i));
}

void pr_compile_check(pr_check *check, const pr_node *module)
{
    compiler c = {.check = check};
    unit u;
    enter_unit(&c, &u, SCOPE_MODULE, NULL);
    compile_stmts(&c, module->v.Module.body);
}
