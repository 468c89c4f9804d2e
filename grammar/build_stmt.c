/* Builders for statements.  A statement starts at its first token (for def and class,
** the `def`/`class` or `async`, not the decorators) and ends where its last child ends:
** compound statements end with the last statement of their last block. */
#include "grammar/build.h"

#include <string.h>

#include "lexer/unicode.h"

static pr_node *stmt_at(pr_parse *pp, pr_kind kind, const pr_token *t)
{
    pr_node *n = pr_node_new(pp->arena, kind);
    pr_build_pos_tok(n, t, t);
    return n;
}

/* Ends n where the last statement of the last non-empty block ends. */
static void end_with_blocks(pr_parse *pp, pr_node *n, pr_seq *const *blocks, int nblocks)
{
    for (int i = nblocks - 1; i >= 0; i--) {
        if (PR_SEQ_LEN(blocks[i])) {
            pr_build_set_end(pp, n, PR_SEQ_NODE(blocks[i], blocks[i]->n - 1));
            return;
        }
    }
}

pr_node *pr_build_keyword_stmt(pr_parse *pp, pr_kind kind, const pr_token *t)
{
    return stmt_at(pp, kind, t);
}

pr_node *pr_build_return(pr_parse *pp, const pr_token *t, pr_node *value)
{
    pr_node *n = stmt_at(pp, PR_Return, t);
    n->v.Return.value = value;
    if (value)
        pr_build_set_end(pp, n, value);
    return n;
}

pr_node *pr_build_raise(pr_parse *pp, const pr_token *t, pr_node *exc, pr_node *cause)
{
    pr_node *n = stmt_at(pp, PR_Raise, t);
    n->v.Raise.exc = exc;
    n->v.Raise.cause = cause;
    if (cause)
        pr_build_set_end(pp, n, cause);
    else if (exc)
        pr_build_set_end(pp, n, exc);
    return n;
}

pr_node *pr_build_names_stmt(pr_parse *pp, pr_kind kind, const pr_token *t, pr_list *names)
{
    pr_node *n = stmt_at(pp, kind, t);
    n->v.Global.names = names->items;
    n->end_lineno = names->end_lineno;
    n->end_col = names->end_col;
    return n;
}

pr_node *pr_build_delete(pr_parse *pp, const pr_token *t, pr_list *targets)
{
    pr_node *n = stmt_at(pp, PR_Delete, t);
    n->v.Delete.targets = targets->items;
    for (uint32_t i = 0; i < targets->items->n; i++)
        pr_build_set_target(pp, PR_SEQ_NODE(targets->items, i), PR_TARGET_DEL);
    pr_build_set_end(pp, n, PR_SEQ_NODE(targets->items, targets->items->n - 1));
    if (targets->trailing) {
        n->end_lineno = targets->end_lineno;
        n->end_col = targets->end_col;
    }
    return n;
}

pr_node *pr_build_assert(pr_parse *pp, const pr_token *t, pr_node *test, pr_node *msg)
{
    pr_node *n = stmt_at(pp, PR_Assert, t);
    n->v.Assert.test = test;
    n->v.Assert.msg = msg;
    pr_build_set_end(pp, n, msg ? msg : test);
    return n;
}

pr_node *pr_build_type_alias(pr_parse *pp, const pr_token *t, const pr_token *name,
                             pr_seq *tparams, pr_node *value)
{
    pr_node *n = stmt_at(pp, PR_TypeAlias, t);
    pr_node *target = pr_build_name(pp, name);
    target->v.Name.ctx = PR_STORE;
    n->v.TypeAlias.name = target;
    n->v.TypeAlias.type_params = tparams;
    n->v.TypeAlias.value = value;
    pr_build_set_end(pp, n, value);
    return n;
}

/* ------------------------------------------------------------------ expressions, assignment */

pr_node *pr_build_expr_stmt(pr_parse *pp, pr_node *e)
{
    pr_node *n = pr_node_new(pp->arena, PR_Expr);
    n->v.Expr.value = e;
    pr_build_pos(pp, n, e, e);
    return n;
}

/* Whether CPython's invalid_named_expression rule would take e as its `bitwise_or`
** operand: parenthesised forms are atoms; `not`, comparisons, boolean operators,
** conditionals, lambdas, walruses, starred items and yields are not. */
static bool is_bitwise_or(const pr_node *e)
{
    if (e->paren)
        return true;
    switch (e->kind) {
    case PR_Compare: case PR_BoolOp: case PR_IfExp: case PR_Lambda: case PR_NamedExpr:
    case PR_Starred: case PR_Yield: case PR_YieldFrom:
        return false;
    case PR_UnaryOp:
        return e->v.UnaryOp.op != PR_NOT;
    default:
        return true;
    }
}

/* The leftmost operand an expression starts with. */
static const pr_node *leftmost(const pr_node *e)
{
    for (;;) {
        if (e->paren)
            return e;
        switch (e->kind) {
        case PR_BinOp: e = e->v.BinOp.left; break;
        case PR_Compare: e = e->v.Compare.left; break;
        case PR_BoolOp: e = PR_SEQ_NODE(e->v.BoolOp.values, 0); break;
        case PR_IfExp: e = e->v.IfExp.body; break;
        case PR_Tuple:
            if (e->flags & PR_FLAG_PAREN_TUPLE)
                return e;
            e = PR_SEQ_NODE(e->v.Tuple.elts, 0);
            break;
        default:
            return e;
        }
    }
}

/* `f() = 1`: CPython's "cannot assign to function call here. Maybe you meant '==' instead
** of '='?" applies to the expression just before a lone '=', when it is an operand-level
** expression other than a display, a tuple, a generator or True/None/False, and the value
** after the '=' starts with one. */
static const pr_node *double_equal_hint(const pr_node *target, const pr_node *value)
{
    const pr_node *last = target;
    if (target->kind == PR_Tuple && !target->paren && !(target->flags & PR_FLAG_PAREN_TUPLE))
        last = PR_SEQ_NODE(target->v.Tuple.elts, target->v.Tuple.elts->n - 1);
    if (last->kind == PR_List || last->kind == PR_Tuple || last->kind == PR_GeneratorExp)
        return NULL;
    if (last->kind == PR_Constant && !last->paren && last->v.Constant.value->kind <= PR_CONST_FALSE)
        return NULL;
    if (last->kind == PR_Name || last->kind == PR_Attribute || last->kind == PR_Subscript ||
        last->kind == PR_Starred)
        return NULL;
    if (!is_bitwise_or(last) || !is_bitwise_or(leftmost(value)))
        return NULL;
    return last;
}

pr_node *pr_build_assign(pr_parse *pp, pr_seq *chain)
{
    pr_node *n = pr_node_new(pp->arena, PR_Assign);
    uint32_t last = chain->n - 1;
    pr_node *value = PR_SEQ_NODE(chain, last);
    for (uint32_t i = 0; i < last; i++) {
        pr_node *t = PR_SEQ_NODE(chain, i);
        const pr_node *hint = last == 1 ? double_equal_hint(t, value) : NULL;
        if (hint) {
            pr_build_error_at_node(pp, hint, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                   pr_build_expr_name(hint));
            break;
        }
        if ((t->kind == PR_Yield || t->kind == PR_YieldFrom) && !t->paren) {
            pr_build_error_at_node(pp, t, "assignment to yield expression not possible");
            break;
        }
        if (!pr_build_set_target(pp, t, PR_TARGET_ASSIGN))
            break;
        n->v.Assign.targets = pr_seq_push(pp->arena, n->v.Assign.targets, t);
    }
    n->v.Assign.value = value;
    pr_build_pos(pp, n, PR_SEQ_NODE(chain, 0), value);
    return n;
}

pr_node *pr_build_annassign(pr_parse *pp, pr_node *target, pr_node *ann, pr_node *value)
{
    pr_node *n = pr_node_new(pp->arena, PR_AnnAssign);
    if (target->kind == PR_Tuple && !(target->flags & PR_FLAG_PAREN_TUPLE) && !target->paren) {
        pr_build_error_at_node(pp, PR_SEQ_NODE(target->v.Tuple.elts, 0),
                               "only single target (not tuple) can be annotated");
    } else if (target->kind == PR_Tuple || target->kind == PR_List) {
        pr_build_error_at_node(pp, target, "only single target (not %s) can be annotated",
                               pr_build_expr_name(target));
    } else if (target->kind != PR_Name && target->kind != PR_Attribute &&
               target->kind != PR_Subscript) {
        pr_build_error_at_node(pp, target, "illegal target for annotation");
    } else {
        pr_build_set_target(pp, target, PR_TARGET_ANN);
    }
    n->v.AnnAssign.target = target;
    n->v.AnnAssign.annotation = ann;
    n->v.AnnAssign.value = value;
    n->v.AnnAssign.simple = target->kind == PR_Name && !target->paren;
    pr_build_pos(pp, n, target, value ? value : ann);
    return n;
}

pr_node *pr_build_augassign(pr_parse *pp, pr_node *target, int op, pr_node *value)
{
    pr_node *n = pr_node_new(pp->arena, PR_AugAssign);
    if (target->kind != PR_Name && target->kind != PR_Attribute && target->kind != PR_Subscript)
        pr_build_error_at_node(pp, target, "'%s' is an illegal expression for augmented assignment",
                               pr_build_expr_name(target));
    else
        pr_build_set_target(pp, target, PR_TARGET_AUG);
    n->v.AugAssign.target = target;
    n->v.AugAssign.op = op;
    n->v.AugAssign.value = value;
    pr_build_pos(pp, n, target, value);
    return n;
}

/* ------------------------------------------------------------------ imports */

/* A dotted name as CPython stores it: its NAME parts joined by '.', whatever spaces or
** line continuations stood between them. */
static const char *dotted_text(pr_parse *pp, const pr_span *s)
{
    const char *src = pp->src->text;
    char *out = pr_arena_alloc(pp->arena, s->end - s->start + 1);
    size_t n = 0;
    for (uint32_t i = s->start; i < s->end; i++) {
        char c = src[i];
        if (c != ' ' && c != '\t' && c != '\f' && c != '\\' && c != '\n')
            out[n++] = c;
    }
    out[n] = 0;
    if (pr_uni_nfkc_is_stable(out, n))
        return out;
    /* each non-ASCII part is NFKC-normalised on its own, as each NAME token is */
    char *joined = NULL;
    size_t len = 0;
    for (size_t i = 0, b = 0; i <= n; i++) {
        if (i < n && out[i] != '.')
            continue;
        size_t cap = 4 * (i - b) + 16;
        char *norm = pr_arena_alloc(pp->arena, cap);
        size_t nl = pr_uni_nfkc(out + b, i - b, norm, cap);
        joined = pr_arena_grow(pp->arena, joined, len, len + nl + 2);
        if (len)
            joined[len++] = '.';
        memcpy(joined + len, norm, nl);
        len += nl;
        b = i + 1;
    }
    joined[len] = 0;
    return joined;
}

pr_node *pr_build_alias(pr_parse *pp, const pr_span *name, const pr_token *asname)
{
    pr_node *n = pr_node_new(pp->arena, PR_alias);
    n->v.alias.name = dotted_text(pp, name);
    pr_build_pos_tok(n, name, asname ? asname : name);
    if (asname)
        n->v.alias.asname = pr_build_ident(pp, asname);
    return n;
}

pr_node *pr_build_import(pr_parse *pp, const pr_token *t, pr_seq *names)
{
    pr_node *n = stmt_at(pp, PR_Import, t);
    n->v.Import.names = names;
    pr_build_set_end(pp, n, PR_SEQ_NODE(names, names->n - 1));
    return n;
}

pr_list *pr_build_import_targets(pr_parse *pp, pr_seq *names, const pr_token *rpar)
{
    pr_list *l = pr_arena_alloc(pp->arena, sizeof *l);
    memset(l, 0, sizeof *l);
    l->items = names;
    const pr_node *last = PR_SEQ_NODE(names, names->n - 1);
    l->end_lineno = rpar ? rpar->end_lineno : last->end_lineno;
    l->end_col = rpar ? rpar->end_col : last->end_col;
    return l;
}

pr_list *pr_build_import_star(pr_parse *pp, const pr_token *star)
{
    pr_node *a = pr_node_new(pp->arena, PR_alias);
    a->v.alias.name = "*";
    pr_build_pos_tok(a, star, star);
    return pr_build_import_targets(pp, pr_seq_push(pp->arena, NULL, a), NULL);
}

void pr_build_import_trailing_comma(pr_parse *pp, const pr_token *comma, const pr_token *next)
{
    (void)comma;
    /* before anything but the statement's end, the parser's own error comes first */
    char c = pp->src->text[next->start];
    if (next->end > next->start && c != '\n' && c != ';')
        pr_build_error(pp, next->lineno, next->col, "invalid syntax");
    else
        pr_build_error(pp, next->lineno, next->col,
                       "trailing comma not allowed without surrounding parentheses");
}

pr_node *pr_build_import_from(pr_parse *pp, const pr_token *t, int level, const pr_span *module,
                              pr_list *names)
{
    pr_node *n = stmt_at(pp, PR_ImportFrom, t);
    n->v.ImportFrom.module = module ? dotted_text(pp, module) : NULL;
    n->v.ImportFrom.names = names->items;
    n->v.ImportFrom.level = level;
    n->end_lineno = names->end_lineno;
    n->end_col = names->end_col;
    return n;
}

/* ------------------------------------------------------------------ compound statements */

pr_node *pr_build_decorated(pr_parse *pp, pr_seq *decorators, pr_node *def)
{
    (void)pp;
    if (def->kind == PR_ClassDef)
        def->v.ClassDef.decorator_list = decorators;
    else
        def->v.FunctionDef.decorator_list = decorators;
    return def;
}

pr_node *pr_build_if_clause(pr_parse *pp, const pr_token *t, pr_node *test, pr_seq *body)
{
    pr_node *n = stmt_at(pp, PR_If, t);
    n->v.If.test = test;
    n->v.If.body = body;
    end_with_blocks(pp, n, &body, 1);
    return n;
}

/* Nests the elif clauses: each is the single statement of the previous one's orelse;
** ends are set from the innermost out, as each clause ends where its orelse ends. */
pr_node *pr_build_if(pr_parse *pp, pr_node *first, pr_seq *elifs, pr_seq *orelse)
{
    pr_seq *tail = orelse;
    for (uint32_t i = PR_SEQ_LEN(elifs); i-- > 0;) {
        pr_node *clause = PR_SEQ_NODE(elifs, i);
        clause->v.If.orelse = tail;
        pr_seq *blocks[2] = {clause->v.If.body, tail};
        end_with_blocks(pp, clause, blocks, 2);
        tail = pr_seq_push(pp->arena, NULL, clause);
    }
    first->v.If.orelse = tail;
    pr_seq *blocks[2] = {first->v.If.body, tail};
    end_with_blocks(pp, first, blocks, 2);
    return first;
}

pr_node *pr_build_while(pr_parse *pp, const pr_token *t, pr_node *test, pr_seq *body,
                        pr_seq *orelse)
{
    pr_node *n = stmt_at(pp, PR_While, t);
    n->v.While.test = test;
    n->v.While.body = body;
    n->v.While.orelse = orelse;
    pr_seq *blocks[2] = {body, orelse};
    end_with_blocks(pp, n, blocks, 2);
    return n;
}

pr_node *pr_build_for(pr_parse *pp, const pr_token *t, const pr_token *async, pr_node *target,
                      pr_node *iter, pr_seq *body, pr_seq *orelse)
{
    pr_node *n = stmt_at(pp, async ? PR_AsyncFor : PR_For, async ? async : t);
    pr_build_set_target(pp, target, PR_TARGET_FOR);
    n->v.For.target = target;
    n->v.For.iter = iter;
    n->v.For.body = body;
    n->v.For.orelse = orelse;
    pr_seq *blocks[2] = {body, orelse};
    end_with_blocks(pp, n, blocks, 2);
    return n;
}

pr_node *pr_build_handler(pr_parse *pp, const pr_token *t, const pr_token *star, pr_list *types,
                          const pr_token *name, pr_seq *body)
{
    pr_node *n = stmt_at(pp, PR_ExceptHandler, t);
    n->flags = star != NULL;
    if (types) {
        if (types->comma && name)
            pr_build_error_at_node(pp, PR_SEQ_NODE(types->items, 0),
                                   "multiple exception types must be parenthesized when using 'as'");
        n->v.ExceptHandler.type = pr_build_tuple_or_single(pp, types);
    }
    if (name)
        n->v.ExceptHandler.name = pr_build_ident(pp, name);
    n->v.ExceptHandler.body = body;
    end_with_blocks(pp, n, &body, 1);
    return n;
}

pr_node *pr_build_try(pr_parse *pp, const pr_token *t, pr_seq *body, pr_seq *handlers,
                      pr_seq *orelse, pr_seq *finalbody)
{
    bool star = PR_SEQ_LEN(handlers) && PR_SEQ_NODE(handlers, 0)->flags;
    for (uint32_t i = 1; i < PR_SEQ_LEN(handlers); i++) {
        pr_node *h = PR_SEQ_NODE(handlers, i);
        if ((h->flags != 0) != star) {
            pr_build_error_at_node(pp, h, "cannot have both 'except' and 'except*' on the same 'try'");
            break;
        }
    }
    for (uint32_t i = 0; i < PR_SEQ_LEN(handlers); i++)
        PR_SEQ_NODE(handlers, i)->flags = 0;
    pr_node *n = stmt_at(pp, star ? PR_TryStar : PR_Try, t);
    n->v.Try.body = body;
    n->v.Try.handlers = handlers;
    n->v.Try.orelse = orelse;
    n->v.Try.finalbody = finalbody;
    pr_seq *blocks[4] = {body, handlers, orelse, finalbody};
    end_with_blocks(pp, n, blocks, 4);
    return n;
}

/* ------------------------------------------------------------------ with */

pr_node *pr_build_withitem(pr_parse *pp, pr_node *expr, pr_node *vars)
{
    pr_node *n = pr_node_new(pp->arena, PR_withitem);
    n->v.withitem.context_expr = expr;
    n->v.withitem.optional_vars = vars;
    if (vars)
        pr_build_set_target(pp, vars, PR_TARGET_WITH);
    return n;
}

/* `with ( ... ):` holds with-items only when every item is an expression with an optional
** target; a walrus, a starred item or a yield makes CPython read the parentheses as one
** expression instead (a tuple when there are commas). */
pr_seq *pr_build_with_parenthesized(pr_parse *pp, const pr_token *lpar, pr_list *items,
                                    const pr_token *rpar)
{
    bool atom = false, targets = false;
    for (uint32_t i = 0; i < items->items->n; i++) {
        pr_node *it = PR_SEQ_NODE(items->items, i);
        pr_node *e = it->v.withitem.context_expr;
        targets |= it->v.withitem.optional_vars != NULL;
        atom |= !e->paren && (e->kind == PR_NamedExpr || e->kind == PR_Starred ||
                              e->kind == PR_Yield || e->kind == PR_YieldFrom ||
                              (e->kind == PR_GeneratorExp && (e->flags & PR_FLAG_BARE_GENEXP)));
    }
    if (!atom || targets)
        return items->items;
    pr_node *e;
    if (items->comma) {
        pr_list elts = *items;
        elts.items = NULL;
        for (uint32_t i = 0; i < items->items->n; i++)
            elts.items = pr_seq_push(pp->arena, elts.items,
                                     PR_SEQ_NODE(items->items, i)->v.withitem.context_expr);
        e = pr_build_display(pp, PR_Tuple, lpar, &elts, rpar);
    } else {
        e = PR_SEQ_NODE(items->items, 0)->v.withitem.context_expr;
        if (e->kind == PR_GeneratorExp)
            pr_build_pos_tok(e, lpar, rpar);
        else
            pr_build_group(pp, lpar, e, rpar);
    }
    return pr_seq_push(pp->arena, NULL, pr_build_withitem(pp, e, NULL));
}

pr_node *pr_build_with(pr_parse *pp, const pr_token *t, const pr_token *async, pr_seq *items,
                       pr_seq *body)
{
    pr_node *n = stmt_at(pp, async ? PR_AsyncWith : PR_With, async ? async : t);
    n->v.With.items = items;
    n->v.With.body = body;
    end_with_blocks(pp, n, &body, 1);
    return n;
}

/* ------------------------------------------------------------------ def, class */

/* The distance from a def's or class's first token to its name, as pr_node keeps it. */
static uint8_t name_skip(const pr_token *first, const pr_token *name)
{
    uint32_t d = name->start - first->start;
    return name->lineno == first->lineno && d <= UINT8_MAX ? (uint8_t)d : 0;
}

pr_node *pr_build_funcdef(pr_parse *pp, const pr_token *def, const pr_token *async,
                          const pr_token *name, pr_seq *tparams, pr_params *params,
                          const pr_token *rpar, pr_node *returns, pr_seq *body)
{
    pr_node *n = stmt_at(pp, async ? PR_AsyncFunctionDef : PR_FunctionDef, async ? async : def);
    n->v.FunctionDef.name = pr_build_ident(pp, name);
    n->name_skip = name_skip(async ? async : def, name);
    n->v.FunctionDef.args = pr_build_arguments(pp, params, rpar);
    n->v.FunctionDef.body = body;
    n->v.FunctionDef.returns = returns;
    n->v.FunctionDef.type_params = tparams;
    end_with_blocks(pp, n, &body, 1);
    return n;
}

pr_node *pr_build_classdef(pr_parse *pp, const pr_token *t, const pr_token *name,
                           pr_seq *tparams, const pr_token *lpar, pr_callargs *args,
                           const pr_token *rpar, pr_seq *body)
{
    pr_node *n = stmt_at(pp, PR_ClassDef, t);
    n->v.ClassDef.name = pr_build_ident(pp, name);
    n->name_skip = name_skip(t, name);
    n->v.ClassDef.type_params = tparams;
    if (lpar) {
        for (uint32_t i = 0; args && i < PR_SEQ_LEN(args->items); i++) {
            pr_node *e = PR_SEQ_NODE(args->items, i);
            if (e->kind == PR_GeneratorExp && (e->flags & PR_FLAG_BARE_GENEXP)) {
                /* class bases are not call arguments: no bare generator (at its `for`) */
                pr_node *gen = PR_SEQ_NODE(e->v.GeneratorExp.generators, 0);
                pr_build_error(pp, gen->lineno, gen->col, "invalid syntax");
            }
        }
        pr_build_split_args(pp, args, lpar, rpar, &n->v.ClassDef.bases, &n->v.ClassDef.keywords);
    }
    n->v.ClassDef.body = body;
    end_with_blocks(pp, n, &body, 1);
    return n;
}

pr_seq *pr_build_type_params(pr_parse *pp, const pr_token *lsqb, pr_seq *params)
{
    (void)pp;
    (void)lsqb;
    return params;
}

pr_node *pr_build_type_param(pr_parse *pp, pr_kind kind, const pr_token *start,
                             const pr_token *name, pr_node *bound, pr_node *dflt)
{
    pr_node *n = pr_node_new(pp->arena, kind);
    pr_build_pos_tok(n, start, name);
    if (bound && kind != PR_TypeVar) {
        uint32_t l, c;
        pr_build_char_before(pp, bound, &l, &c);
        bool constraints = bound->kind == PR_Tuple && (bound->flags & PR_FLAG_PAREN_TUPLE);
        pr_build_error(pp, l, c, "cannot use %s with %s", constraints ? "constraints" : "bound",
                       kind == PR_TypeVarTuple ? "TypeVarTuple" : "ParamSpec");
    }
    n->v.TypeVar.name = pr_build_ident(pp, name);
    if (kind == PR_TypeVar) {
        n->v.TypeVar.bound = bound;
        n->v.TypeVar.default_value = dflt;
    } else {
        n->v.ParamSpec.default_value = dflt;
    }
    if (dflt)
        pr_build_set_end(pp, n, dflt);
    else if (bound)
        pr_build_set_end(pp, n, bound);
    return n;
}
