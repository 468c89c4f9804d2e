/* Builders for expressions: names and numbers, operators (flattening `a or b or c` and
** chaining `a < b < c` as CPython does, unless parentheses separate them), displays and
** comprehensions, subscripts and slices, lambdas, yields. */
#include "grammar/build.h"

#include <string.h>

static pr_node *new_node(pr_parse *pp, pr_kind kind)
{
    return pr_node_new(pp->arena, kind);
}

static pr_const *new_const(pr_parse *pp, pr_const_kind kind)
{
    pr_const *c = pr_arena_alloc(pp->arena, sizeof *c);
    memset(c, 0, sizeof *c);
    c->kind = kind;
    return c;
}

pr_node *pr_build_name(pr_parse *pp, const pr_token *t)
{
    pr_node *n = new_node(pp, PR_Name);
    n->v.Name.id = pr_build_ident(pp, t);
    n->v.Name.ctx = PR_LOAD;
    pr_build_pos_tok(n, t, t);
    return n;
}

enum { INT_MAX_STR_DIGITS = 4300 };

pr_node *pr_build_number(pr_parse *pp, const pr_token *t)
{
    const char *s = pp->src->text + t->start;
    size_t n = t->end - t->start;
    pr_node *node = new_node(pp, PR_Constant);
    pr_build_pos_tok(node, t, t);
    bool radix = n > 1 && s[0] == '0' && strchr("xXoObB", s[1]);
    pr_const *c;
    if (s[n - 1] == 'j' || s[n - 1] == 'J') {
        c = new_const(pp, PR_CONST_COMPLEX);
        c->num = pr_float_literal(s, n - 1);
    } else if (!radix && (memchr(s, '.', n) || memchr(s, 'e', n) || memchr(s, 'E', n))) {
        c = new_const(pp, PR_CONST_FLOAT);
        c->num = pr_float_literal(s, n);
    } else {
        c = new_const(pp, PR_CONST_INT);
        c->text = pr_int_literal(pp->arena, s, n, &c->len);
        if (!radix && c->len > INT_MAX_STR_DIGITS)
            pr_build_error(pp, t->lineno, t->col,
                           "Exceeds the limit (%d digits) for integer string conversion: value has "
                           "%zu digits; use sys.set_int_max_str_digits() to increase the limit - "
                           "Consider hexadecimal for huge integer literals to avoid decimal "
                           "conversion limits.",
                           INT_MAX_STR_DIGITS, c->len);
    }
    node->v.Constant.value = c;
    return node;
}

pr_node *pr_build_singleton(pr_parse *pp, const pr_token *t, pr_const_kind kind)
{
    pr_node *n = new_node(pp, PR_Constant);
    n->v.Constant.value = new_const(pp, kind);
    pr_build_pos_tok(n, t, t);
    return n;
}

/* ------------------------------------------------------------------ operators */

pr_node *pr_build_boolop(pr_parse *pp, pr_node *a, int op, pr_node *b)
{
    if (a->kind == PR_BoolOp && !a->paren && a->v.BoolOp.op == op) {
        a->v.BoolOp.values = pr_seq_push(pp->arena, a->v.BoolOp.values, b);
        pr_build_set_end(pp, a, b);
        return a;
    }
    pr_node *n = new_node(pp, PR_BoolOp);
    n->v.BoolOp.op = op;
    n->v.BoolOp.values = pr_seq_push(pp->arena, pr_seq_push(pp->arena, NULL, a), b);
    pr_build_pos(pp, n, a, b);
    return n;
}

/* CPython's operands of arithmetic and comparisons cannot start with `not` unless
** parenthesised; the precedence table lets `a + not b` through, so it is refused here. */
static void not_operand(pr_parse *pp, const pr_node *b, const char *msg)
{
    if (b->kind == PR_UnaryOp && b->v.UnaryOp.op == PR_NOT && !b->paren)
        pr_build_error_at_node(pp, b, "%s", msg);
}

pr_node *pr_build_binop(pr_parse *pp, pr_node *a, int op, pr_node *b)
{
    not_operand(pp, b, "'not' after an operator must be parenthesized");
    pr_node *n = new_node(pp, PR_BinOp);
    n->v.BinOp.left = a;
    n->v.BinOp.op = op;
    n->v.BinOp.right = b;
    pr_build_pos(pp, n, a, b);
    return n;
}

pr_node *pr_build_compare(pr_parse *pp, pr_node *a, int op, pr_node *b)
{
    not_operand(pp, b, "invalid syntax");
    pr_node *n = a;
    if (a->kind != PR_Compare || a->paren) {
        n = new_node(pp, PR_Compare);
        n->v.Compare.left = a;
        pr_build_set_start(pp, n, a);
    }
    n->v.Compare.ops = pr_seq_push(pp->arena, n->v.Compare.ops, (void *)(uintptr_t)op);
    n->v.Compare.comparators = pr_seq_push(pp->arena, n->v.Compare.comparators, b);
    pr_build_set_end(pp, n, b);
    return n;
}

/* `<>` is the NOTEQUAL token too, but only Barry-as-FLUFL mode accepts it. */
int pr_build_notequal(pr_parse *pp, const pr_token *t)
{
    if (pp->src->text[t->start] == '<')
        pr_build_error(pp, t->lineno, t->col, "invalid syntax");
    return PR_NOTEQ;
}

pr_node *pr_build_unary(pr_parse *pp, const pr_token *t, int op, pr_node *operand)
{
    if (op != PR_NOT)
        not_operand(pp, operand, "'not' after an operator must be parenthesized");
    pr_node *n = new_node(pp, PR_UnaryOp);
    n->v.UnaryOp.op = op;
    n->v.UnaryOp.operand = operand;
    n->lineno = t->lineno;
    n->col = t->col;
    pr_build_set_end(pp, n, operand);
    return n;
}

pr_node *pr_build_await(pr_parse *pp, const pr_token *t, pr_node *value)
{
    pr_node *n = new_node(pp, PR_Await);
    n->v.Await.value = value;
    n->lineno = t->lineno;
    n->col = t->col;
    pr_build_set_end(pp, n, value);
    return n;
}

pr_node *pr_build_starred(pr_parse *pp, const pr_token *t, pr_node *value)
{
    pr_node *n = new_node(pp, PR_Starred);
    n->v.Starred.value = value;
    n->v.Starred.ctx = PR_LOAD;
    n->lineno = t->lineno;
    n->col = t->col;
    pr_build_set_end(pp, n, value);
    return n;
}

pr_node *pr_build_namedexpr(pr_parse *pp, const pr_token *name, pr_node *value)
{
    pr_node *target = pr_build_name(pp, name);
    target->v.Name.ctx = PR_STORE;
    pr_node *n = new_node(pp, PR_NamedExpr);
    n->v.NamedExpr.target = target;
    n->v.NamedExpr.value = value;
    pr_build_pos(pp, n, target, value);
    return n;
}

pr_node *pr_build_ifexp(pr_parse *pp, pr_node *body, pr_node *test, pr_node *orelse)
{
    pr_node *n = new_node(pp, PR_IfExp);
    n->v.IfExp.test = test;
    n->v.IfExp.body = body;
    n->v.IfExp.orelse = orelse;
    pr_build_pos(pp, n, body, orelse);
    return n;
}

pr_node *pr_build_lambda(pr_parse *pp, const pr_token *t, pr_params *params,
                         const pr_token *colon, pr_node *body)
{
    pr_node *n = new_node(pp, PR_Lambda);
    n->v.Lambda.args = pr_build_arguments(pp, params, colon);
    n->v.Lambda.body = body;
    n->lineno = t->lineno;
    n->col = t->col;
    pr_build_set_end(pp, n, body);
    return n;
}

pr_node *pr_build_yield(pr_parse *pp, const pr_token *t, pr_node *value, bool from)
{
    pr_node *n = new_node(pp, from ? PR_YieldFrom : PR_Yield);
    if (from)
        n->v.YieldFrom.value = value;
    else
        n->v.Yield.value = value;
    pr_build_pos_tok(n, t, t);
    if (value)
        pr_build_set_end(pp, n, value);
    return n;
}

/* ------------------------------------------------------------------ trailers */

pr_node *pr_build_attribute(pr_parse *pp, pr_node *value, const pr_token *name)
{
    pr_node *n = new_node(pp, PR_Attribute);
    n->v.Attribute.value = value;
    n->v.Attribute.attr = pr_build_ident(pp, name);
    n->v.Attribute.ctx = PR_LOAD;
    pr_build_set_start(pp, n, value);
    n->end_lineno = name->end_lineno;
    n->end_col = name->end_col;
    return n;
}

pr_node *pr_build_subscript(pr_parse *pp, pr_node *value, pr_node *slice, const pr_token *rsqb)
{
    pr_node *n = new_node(pp, PR_Subscript);
    n->v.Subscript.value = value;
    n->v.Subscript.slice = slice;
    n->v.Subscript.ctx = PR_LOAD;
    pr_build_set_start(pp, n, value);
    n->end_lineno = rsqb->end_lineno;
    n->end_col = rsqb->end_col;
    return n;
}

/* A tuple of the list's items from the first item to the last one or the trailing
** comma. */
static pr_node *tuple_of_list(pr_parse *pp, pr_list *l)
{
    pr_node *n = new_node(pp, PR_Tuple);
    n->v.Tuple.elts = l->items;
    n->v.Tuple.ctx = PR_LOAD;
    pr_build_pos(pp, n, PR_SEQ_NODE(l->items, 0), PR_SEQ_NODE(l->items, l->items->n - 1));
    if (l->trailing) {
        n->end_lineno = l->end_lineno;
        n->end_col = l->end_col;
    }
    return n;
}

pr_node *pr_build_slices(pr_parse *pp, pr_list *l)
{
    /* a lone `*b` still makes a tuple (PEP 646) */
    if (!l->comma && PR_SEQ_NODE(l->items, 0)->kind != PR_Starred)
        return PR_SEQ_NODE(l->items, 0);
    return tuple_of_list(pp, l);
}

pr_node *pr_build_slice(pr_parse *pp, pr_node *lower, const pr_token *colon, pr_node *upper,
                        const pr_token *colon2, pr_node *step)
{
    pr_node *n = new_node(pp, PR_Slice);
    n->v.Slice.lower = lower;
    n->v.Slice.upper = upper;
    n->v.Slice.step = step;
    pr_build_pos_tok(n, colon, colon);
    if (lower)
        pr_build_set_start(pp, n, lower);
    if (step)
        pr_build_set_end(pp, n, step);
    else if (colon2) {
        n->end_lineno = colon2->end_lineno;
        n->end_col = colon2->end_col;
    } else if (upper)
        pr_build_set_end(pp, n, upper);
    return n;
}

/* ------------------------------------------------------------------ tuples, displays */

pr_node *pr_build_tuple_or_single(pr_parse *pp, pr_list *l)
{
    if (!l->comma)
        return PR_SEQ_NODE(l->items, 0);
    return tuple_of_list(pp, l);
}

pr_node *pr_build_target_list(pr_parse *pp, pr_list *l)
{
    return pr_build_tuple_or_single(pp, l);
}

pr_node *pr_build_display(pr_parse *pp, pr_kind kind, const pr_token *open, pr_list *l,
                          const pr_token *close)
{
    pr_node *n = new_node(pp, kind);
    pr_seq *items = l ? l->items : NULL;
    switch (kind) {
    case PR_List:
        n->v.List.elts = items;
        n->v.List.ctx = PR_LOAD;
        break;
    case PR_Tuple:
        n->v.Tuple.elts = items;
        n->v.Tuple.ctx = PR_LOAD;
        n->flags |= PR_FLAG_PAREN_TUPLE;
        break;
    default:
        n->v.Set.elts = items;
        break;
    }
    pr_build_pos_tok(n, open, close);
    return n;
}

pr_node *pr_build_paren_list(pr_parse *pp, const pr_token *lpar, pr_list *l, const pr_token *rpar)
{
    if (l->comma)
        return pr_build_display(pp, PR_Tuple, lpar, l, rpar);
    pr_node *e = PR_SEQ_NODE(l->items, 0);
    if (e->kind == PR_Starred)
        pr_build_error_at_node(pp, e, "cannot use starred expression here");
    return pr_build_group(pp, lpar, e, rpar);
}

pr_node *pr_build_dict(pr_parse *pp, const pr_token *open, pr_seq *items, const pr_token *close)
{
    pr_node *n = new_node(pp, PR_Dict);
    for (uint32_t i = 0; i < PR_SEQ_LEN(items); i++) {
        pr_pair *p = items->items[i];
        n->v.Dict.keys = pr_seq_push(pp->arena, n->v.Dict.keys, p->key);
        n->v.Dict.values = pr_seq_push(pp->arena, n->v.Dict.values, p->value);
    }
    pr_build_pos_tok(n, open, close);
    return n;
}

pr_pair *pr_build_dict_item(pr_parse *pp, pr_node *key, pr_node *value)
{
    pr_pair *p = pr_arena_alloc(pp->arena, sizeof *p);
    p->key = key;
    p->value = value;
    return p;
}

/* ------------------------------------------------------------------ comprehensions */

pr_node *pr_build_comp(pr_parse *pp, pr_kind kind, const pr_token *open, pr_node *elt,
                       pr_node *value, pr_seq *clauses, const pr_token *close)
{
    pr_node *n = new_node(pp, kind);
    switch (kind) {
    case PR_DictComp:
        n->v.DictComp.key = elt;
        n->v.DictComp.value = value;
        n->v.DictComp.generators = clauses;
        break;
    case PR_ListComp:
        n->v.ListComp.elt = elt;
        n->v.ListComp.generators = clauses;
        break;
    case PR_SetComp:
        n->v.SetComp.elt = elt;
        n->v.SetComp.generators = clauses;
        break;
    default:
        n->v.GeneratorExp.elt = elt;
        n->v.GeneratorExp.generators = clauses;
        break;
    }
    if (elt->kind == PR_Starred)
        pr_build_error_at_node(pp, elt, kind == PR_DictComp ? "invalid syntax"
                                                           : "iterable unpacking cannot be used in comprehension");
    pr_build_pos_tok(n, open, close);
    return n;
}

/* A generator written without its own parentheses (the only argument of a call); the
** caller gives it the position of the parentheses it borrows. */
pr_node *pr_build_genexp(pr_parse *pp, pr_node *elt, pr_seq *clauses)
{
    pr_node *n = new_node(pp, PR_GeneratorExp);
    n->v.GeneratorExp.elt = elt;
    n->v.GeneratorExp.generators = clauses;
    pr_build_set_start(pp, n, elt);
    pr_node *last = PR_SEQ_NODE(clauses, clauses->n - 1);
    pr_seq *ifs = last->v.comprehension.ifs;
    pr_build_set_end(pp, n, PR_SEQ_LEN(ifs) ? PR_SEQ_NODE(ifs, ifs->n - 1) : last->v.comprehension.iter);
    n->flags |= PR_FLAG_BARE_GENEXP;
    return n;
}

pr_node *pr_build_comprehension(pr_parse *pp, const pr_token *fortok, const pr_token *async,
                                pr_node *target, pr_node *iter)
{
    pr_build_set_target(pp, target, PR_TARGET_COMP);
    pr_node *n = new_node(pp, PR_comprehension);
    /* comprehension nodes have no position in CPython's AST; keeping the `for` in its
    ** fields lets messages point at it */
    pr_build_pos_tok(n, fortok, fortok);
    n->v.comprehension.target = target;
    n->v.comprehension.iter = iter;
    n->v.comprehension.is_async = async != NULL;
    return n;
}

pr_seq *pr_build_comp_if(pr_parse *pp, pr_seq *clauses, pr_node *cond)
{
    pr_node *last = PR_SEQ_NODE(clauses, clauses->n - 1);
    last->v.comprehension.ifs = pr_seq_push(pp->arena, last->v.comprehension.ifs, cond);
    return clauses;
}
