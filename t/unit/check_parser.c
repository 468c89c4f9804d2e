/* Unit tests for grammar/parse.h: the decisions the parse driver makes (soft keywords,
** `is not` and `not in`, parenthesised with-items), the shapes the grammar's builders give
** (chained comparisons, flattened `or`, f-string debug text) and the positions they set
** (parentheses, a trailing ';'), checked through the C API of ast/ast.h; syntax errors
** from pr_parse_file with CPython's messages and places; and pr_syntax_check, which passes
** valid code and reports the first error CPython's compiler would.  Every expected tree,
** position and message was printed by Python 3.13 (ast.dump with attributes, or the
** SyntaxError of ast.parse or compile). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "ast/arena.h"
#include "ast/ast.h"
#include "grammar/parse.h"
#include "lexer/lexer.h"
#include "passes/passes.h"

/* Every test parses into this arena, set up and freed around it. */
static pr_arena arena;

static void setup(void)
{
    pr_arena_init(&arena);
}

static void teardown(void)
{
    pr_arena_free(&arena);
}

/* Prepares and parses text; false with err filled on a syntax error. */
static bool parse_into(const char *text, pr_source *src, pr_parsed *parsed, pr_syntax_error *err)
{
    return pr_source_prepare(&arena, text, strlen(text), src, err) &&
           pr_parse_file(&arena, src, parsed, err);
}

/* The module of text, which must parse. */
static const pr_node *parse(const char *text)
{
    pr_source src;
    pr_parsed parsed;
    pr_syntax_error err;
    bool ok = parse_into(text, &src, &parsed, &err);
    ck_assert_msg(ok, "\"%s\" did not parse: %u:%d: %s", text, err.lineno, err.offset, err.msg);
    ck_assert_int_eq(parsed.module->kind, PR_Module);
    return parsed.module;
}

static const pr_node *item(const pr_seq *s, uint32_t i)
{
    ck_assert_msg(i < PR_SEQ_LEN(s), "no item %u in a sequence of %u", i, PR_SEQ_LEN(s));
    return PR_SEQ_NODE(s, i);
}

/* The i-th statement of the module of text, which must hold n statements. */
static const pr_node *stmt_of(const char *text, uint32_t n, uint32_t i)
{
    const pr_node *m = parse(text);
    ck_assert_uint_eq(PR_SEQ_LEN(m->v.Module.body), n);
    return item(m->v.Module.body, i);
}

/* The expression of the only statement of text, an expression statement. */
static const pr_node *expr_of(const char *text)
{
    const pr_node *s = stmt_of(text, 1, 0);
    ck_assert_int_eq(s->kind, PR_Expr);
    return s->v.Expr.value;
}

#define ASSERT_KIND(n, k)                                                                      \
    ck_assert_msg((n) != NULL && (n)->kind == PR_##k, "%s is %s, expected " #k, #n,            \
                  (n) ? pr_kinds[(n)->kind].name : "NULL")

#define ASSERT_POS(n, l, c, el, ec)                                                            \
    ck_assert_msg((n)->lineno == (l) && (n)->col == (c) && (n)->end_lineno == (el) &&          \
                      (n)->end_col == (ec),                                                    \
                  "%s at %u:%u-%u:%u, expected %u:%u-%u:%u", #n, (n)->lineno, (n)->col,          \
                  (n)->end_lineno, (n)->end_col, (l), (c), (el), (ec))

static void assert_name(const pr_node *n, const char *id, pr_ctx ctx)
{
    ASSERT_KIND(n, Name);
    ck_assert_str_eq(n->v.Name.id, id);
    ck_assert_int_eq(n->v.Name.ctx, ctx);
}

static pr_cmpop cmpop(const pr_node *compare, uint32_t i)
{
    ck_assert_uint_lt(i, PR_SEQ_LEN(compare->v.Compare.ops));
    return (pr_cmpop)(uintptr_t)compare->v.Compare.ops->items[i];
}

static void assert_str_constant(const pr_node *n, const char *value)
{
    ASSERT_KIND(n, Constant);
    const pr_const *c = n->v.Constant.value;
    ck_assert_int_eq(c->kind, PR_CONST_STR);
    ck_assert_uint_eq(c->len, strlen(value));
    ck_assert_mem_eq(c->text, value, c->len);
}

/* ------------------------------------------------------------------------------------------
** Soft keywords: `match`, `case`, `type` and `_` are names unless CPython's grammar takes
** them as keywords there
*/

START_TEST(match_assigned)
{
    const pr_node *s = stmt_of("match = 1\n", 1, 0);
    ASSERT_KIND(s, Assign);
    const pr_node *target = item(s->v.Assign.targets, 0);
    assert_name(target, "match", PR_STORE);
    ASSERT_POS(target, 1, 0, 1, 5);
}
END_TEST

START_TEST(match_called)
{
    const pr_node *call = expr_of("match(x)\n");
    ASSERT_KIND(call, Call);
    assert_name(call->v.Call.func, "match", PR_LOAD);
    assert_name(item(call->v.Call.args, 0), "x", PR_LOAD);
    ASSERT_POS(call, 1, 0, 1, 8);
}
END_TEST

START_TEST(match_subscript_annotated)
{
    const pr_node *s = stmt_of("match[x]: int = 1\n", 1, 0);
    ASSERT_KIND(s, AnnAssign);
    ck_assert_int_eq(s->v.AnnAssign.simple, 0);
    const pr_node *target = s->v.AnnAssign.target;
    ASSERT_KIND(target, Subscript);
    ck_assert_int_eq(target->v.Subscript.ctx, PR_STORE);
    assert_name(target->v.Subscript.value, "match", PR_LOAD);
    assert_name(target->v.Subscript.slice, "x", PR_LOAD);
    assert_name(s->v.AnnAssign.annotation, "int", PR_LOAD);
    ASSERT_POS(s, 1, 0, 1, 17);
}
END_TEST

/* `match - x` is a subtraction, `match -x:` a statement. */
START_TEST(match_minus)
{
    const pr_node *e = expr_of("match - x\n");
    ASSERT_KIND(e, BinOp);
    ck_assert_int_eq(e->v.BinOp.op, PR_SUB);
    assert_name(e->v.BinOp.left, "match", PR_LOAD);

    const pr_node *s = stmt_of("match -x:\n case 1: pass\n", 1, 0);
    ASSERT_KIND(s, Match);
    const pr_node *subject = s->v.Match.subject;
    ASSERT_KIND(subject, UnaryOp);
    ck_assert_int_eq(subject->v.UnaryOp.op, PR_USUB);
    ASSERT_POS(subject, 1, 6, 1, 8);
}
END_TEST

START_TEST(match_statement)
{
    const pr_node *s = stmt_of("match x:\n case 1: pass\n", 1, 0);
    ASSERT_KIND(s, Match);
    ASSERT_POS(s, 1, 0, 2, 13);
    assert_name(s->v.Match.subject, "x", PR_LOAD);
    const pr_node *c = item(s->v.Match.cases, 0);
    ASSERT_KIND(c, match_case);
    ck_assert_ptr_null(c->v.match_case.guard);
    const pr_node *p = c->v.match_case.pattern;
    ASSERT_KIND(p, MatchValue);
    ASSERT_POS(p, 2, 6, 2, 7);
    ASSERT_KIND(item(c->v.match_case.body, 0), Pass);
}
END_TEST

/* Subjects that would read as a call, a subscript or a starred expression otherwise. */
START_TEST(match_subjects)
{
    const pr_node *s = stmt_of("match(x):\n case 1: pass\n", 1, 0);
    ASSERT_KIND(s, Match);
    assert_name(s->v.Match.subject, "x", PR_LOAD);
    ASSERT_POS(s->v.Match.subject, 1, 6, 1, 7);

    s = stmt_of("match[x]:\n case 1: pass\n", 1, 0);
    ASSERT_KIND(s, Match);
    ASSERT_KIND(s->v.Match.subject, List);
    ASSERT_POS(s->v.Match.subject, 1, 5, 1, 8);

    s = stmt_of("match *a, b:\n case [a, *rest]: pass\n", 1, 0);
    ASSERT_KIND(s, Match);
    const pr_node *subject = s->v.Match.subject;
    ASSERT_KIND(subject, Tuple);
    ASSERT_POS(subject, 1, 6, 1, 11);
    ASSERT_KIND(item(subject->v.Tuple.elts, 0), Starred);
    const pr_node *p = item(s->v.Match.cases, 0)->v.match_case.pattern;
    ASSERT_KIND(p, MatchSequence);
    ASSERT_KIND(item(p->v.MatchSequence.patterns, 0), MatchAs);
    const pr_node *star = item(p->v.MatchSequence.patterns, 1);
    ASSERT_KIND(star, MatchStar);
    ck_assert_str_eq(star->v.MatchStar.name, "rest");
    ASSERT_POS(star, 2, 10, 2, 15);
}
END_TEST

/* Inside a match statement, `match` and `case` can still be names. */
START_TEST(match_soft_names_inside)
{
    const pr_node *s = stmt_of("match match:\n case case: pass\n", 1, 0);
    ASSERT_KIND(s, Match);
    assert_name(s->v.Match.subject, "match", PR_LOAD);
    const pr_node *p = item(s->v.Match.cases, 0)->v.match_case.pattern;
    ASSERT_KIND(p, MatchAs);
    ck_assert_ptr_null(p->v.MatchAs.pattern);
    ck_assert_str_eq(p->v.MatchAs.name, "case");
}
END_TEST

START_TEST(match_patterns)
{
    const pr_node *s = stmt_of("match x:\n case {\"a\": 1, **rest}: pass\n"
                               " case Point(x=1) | None: pass\n case _: pass\n", 1, 0);
    const pr_seq *cases = s->v.Match.cases;
    ck_assert_uint_eq(PR_SEQ_LEN(cases), 3);

    const pr_node *mapping = item(cases, 0)->v.match_case.pattern;
    ASSERT_KIND(mapping, MatchMapping);
    assert_str_constant(item(mapping->v.MatchMapping.keys, 0), "a");
    ck_assert_str_eq(mapping->v.MatchMapping.rest, "rest");
    ASSERT_POS(mapping, 2, 6, 2, 22);

    const pr_node *or = item(cases, 1)->v.match_case.pattern;
    ASSERT_KIND(or, MatchOr);
    ASSERT_POS(or, 3, 6, 3, 23);
    const pr_node *cls = item(or->v.MatchOr.patterns, 0);
    ASSERT_KIND(cls, MatchClass);
    assert_name(cls->v.MatchClass.cls, "Point", PR_LOAD);
    ck_assert_uint_eq(PR_SEQ_LEN(cls->v.MatchClass.patterns), 0);
    ck_assert_str_eq((const char *)cls->v.MatchClass.kwd_attrs->items[0], "x");
    ASSERT_KIND(item(cls->v.MatchClass.kwd_patterns, 0), MatchValue);
    const pr_node *none = item(or->v.MatchOr.patterns, 1);
    ASSERT_KIND(none, MatchSingleton);
    ck_assert_int_eq(none->v.MatchSingleton.value->kind, PR_CONST_NONE);
    ASSERT_POS(none, 3, 19, 3, 23);

    const pr_node *wildcard = item(cases, 2)->v.match_case.pattern;
    ASSERT_KIND(wildcard, MatchAs);
    ck_assert_ptr_null(wildcard->v.MatchAs.pattern);
    ck_assert_ptr_null(wildcard->v.MatchAs.name);
    ASSERT_POS(wildcard, 4, 6, 4, 7);
}
END_TEST

/* `_` is a name outside patterns and a wildcard inside them. */
START_TEST(underscore)
{
    const pr_node *m = parse("_ = 1\nmatch _:\n case [_]: pass\n");
    assert_name(item(item(m->v.Module.body, 0)->v.Assign.targets, 0), "_", PR_STORE);
    const pr_node *s = item(m->v.Module.body, 1);
    ASSERT_KIND(s, Match);
    assert_name(s->v.Match.subject, "_", PR_LOAD);
    const pr_node *seq = item(s->v.Match.cases, 0)->v.match_case.pattern;
    const pr_node *wildcard = item(seq->v.MatchSequence.patterns, 0);
    ASSERT_KIND(wildcard, MatchAs);
    ck_assert_ptr_null(wildcard->v.MatchAs.name);
    ASSERT_POS(wildcard, 3, 7, 3, 8);
}
END_TEST

START_TEST(case_as_name)
{
    const pr_node *m = parse("case = 1\nprint(case)\n");
    assert_name(item(item(m->v.Module.body, 0)->v.Assign.targets, 0), "case", PR_STORE);
    const pr_node *call = item(m->v.Module.body, 1)->v.Expr.value;
    assert_name(item(call->v.Call.args, 0), "case", PR_LOAD);
}
END_TEST

START_TEST(type_alias)
{
    const pr_node *s = stmt_of("type X = int\n", 1, 0);
    ASSERT_KIND(s, TypeAlias);
    assert_name(s->v.TypeAlias.name, "X", PR_STORE);
    assert_name(s->v.TypeAlias.value, "int", PR_LOAD);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.TypeAlias.type_params), 0);
    ASSERT_POS(s, 1, 0, 1, 12);

    s = stmt_of("type X[T: int, *Ts, **P] = list[T]\n", 1, 0);
    ASSERT_KIND(s, TypeAlias);
    const pr_seq *params = s->v.TypeAlias.type_params;
    ck_assert_uint_eq(PR_SEQ_LEN(params), 3);
    const pr_node *t = item(params, 0);
    ASSERT_KIND(t, TypeVar);
    ck_assert_str_eq(t->v.TypeVar.name, "T");
    assert_name(t->v.TypeVar.bound, "int", PR_LOAD);
    ASSERT_POS(t, 1, 7, 1, 13);
    ASSERT_KIND(item(params, 1), TypeVarTuple);
    ASSERT_POS(item(params, 1), 1, 15, 1, 18);
    ASSERT_KIND(item(params, 2), ParamSpec);
    ASSERT_POS(item(params, 2), 1, 20, 1, 23);
    ASSERT_KIND(s->v.TypeAlias.value, Subscript);
}
END_TEST

/* `type` followed by anything but a name is the builtin. */
START_TEST(type_as_name)
{
    const pr_node *s = stmt_of("type = 5\n", 1, 0);
    ASSERT_KIND(s, Assign);
    assert_name(item(s->v.Assign.targets, 0), "type", PR_STORE);

    const pr_node *call = expr_of("print(type(x))\n");
    const pr_node *inner = item(call->v.Call.args, 0);
    ASSERT_KIND(inner, Call);
    assert_name(inner->v.Call.func, "type", PR_LOAD);
    ASSERT_POS(inner, 1, 6, 1, 13);

    call = expr_of("type(x)\n");
    ASSERT_KIND(call, Call);
    assert_name(call->v.Call.func, "type", PR_LOAD);

    s = stmt_of("type.x = 1\n", 1, 0);
    const pr_node *target = item(s->v.Assign.targets, 0);
    ASSERT_KIND(target, Attribute);
    ck_assert_int_eq(target->v.Attribute.ctx, PR_STORE);
    assert_name(target->v.Attribute.value, "type", PR_LOAD);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** Comparisons and boolean operators
*/

START_TEST(is_not_and_not_in)
{
    const pr_node *e = expr_of("a is not b\n");
    ASSERT_KIND(e, Compare);
    ck_assert_uint_eq(PR_SEQ_LEN(e->v.Compare.ops), 1);
    ck_assert_int_eq(cmpop(e, 0), PR_ISNOT);
    ASSERT_POS(item(e->v.Compare.comparators, 0), 1, 9, 1, 10);

    e = expr_of("a not in b\n");
    ASSERT_KIND(e, Compare);
    ck_assert_int_eq(cmpop(e, 0), PR_NOTIN);
    ASSERT_POS(e, 1, 0, 1, 10);
}
END_TEST

/* A `not` that is not part of an operator stays a unary not. */
START_TEST(not_alone)
{
    const pr_node *e = expr_of("not a in b\n");
    ASSERT_KIND(e, UnaryOp);
    ck_assert_int_eq(e->v.UnaryOp.op, PR_NOT);
    const pr_node *in = e->v.UnaryOp.operand;
    ASSERT_KIND(in, Compare);
    ck_assert_int_eq(cmpop(in, 0), PR_IN);
    ASSERT_POS(in, 1, 4, 1, 10);

    e = expr_of("a is (not b)\n");
    ASSERT_KIND(e, Compare);
    ck_assert_int_eq(cmpop(e, 0), PR_IS);
    const pr_node *not = item(e->v.Compare.comparators, 0);
    ASSERT_KIND(not, UnaryOp);
    ASSERT_POS(not, 1, 6, 1, 11);
    ASSERT_POS(e, 1, 0, 1, 12);
}
END_TEST

START_TEST(chained_comparison)
{
    const pr_node *e = expr_of("a < b < c\n");
    ASSERT_KIND(e, Compare);
    ck_assert_uint_eq(PR_SEQ_LEN(e->v.Compare.ops), 2);
    ck_assert_int_eq(cmpop(e, 0), PR_LT);
    ck_assert_int_eq(cmpop(e, 1), PR_LT);
    assert_name(e->v.Compare.left, "a", PR_LOAD);
    assert_name(item(e->v.Compare.comparators, 1), "c", PR_LOAD);
    ASSERT_POS(e, 1, 0, 1, 9);
}
END_TEST

/* Parentheses stop the chain, on either side. */
START_TEST(parenthesised_comparison)
{
    const pr_node *e = expr_of("(a < b) < c\n");
    ck_assert_uint_eq(PR_SEQ_LEN(e->v.Compare.ops), 1);
    const pr_node *left = e->v.Compare.left;
    ASSERT_KIND(left, Compare);
    ASSERT_POS(left, 1, 1, 1, 6);
    ASSERT_POS(e, 1, 0, 1, 11);

    e = expr_of("a < (b < c)\n");
    ck_assert_uint_eq(PR_SEQ_LEN(e->v.Compare.ops), 1);
    const pr_node *right = item(e->v.Compare.comparators, 0);
    ASSERT_KIND(right, Compare);
    ASSERT_POS(right, 1, 5, 1, 10);
    ASSERT_POS(e, 1, 0, 1, 11);
}
END_TEST

START_TEST(flattened_or)
{
    const pr_node *e = expr_of("a or b or c\n");
    ASSERT_KIND(e, BoolOp);
    ck_assert_int_eq(e->v.BoolOp.op, PR_OR);
    ck_assert_uint_eq(PR_SEQ_LEN(e->v.BoolOp.values), 3);
    ASSERT_POS(item(e->v.BoolOp.values, 2), 1, 10, 1, 11);

    e = expr_of("a and b and c\n");
    ck_assert_int_eq(e->v.BoolOp.op, PR_AND);
    ck_assert_uint_eq(PR_SEQ_LEN(e->v.BoolOp.values), 3);

    e = expr_of("a or b and c or d\n");
    ck_assert_int_eq(e->v.BoolOp.op, PR_OR);
    ck_assert_uint_eq(PR_SEQ_LEN(e->v.BoolOp.values), 3);
    const pr_node *and = item(e->v.BoolOp.values, 1);
    ASSERT_KIND(and, BoolOp);
    ck_assert_int_eq(and->v.BoolOp.op, PR_AND);
    ASSERT_POS(and, 1, 5, 1, 12);
}
END_TEST

/* A parenthesised `or` is not merged into the one around it. */
START_TEST(parenthesised_or)
{
    const pr_node *e = expr_of("(a or b) or c\n");
    ck_assert_uint_eq(PR_SEQ_LEN(e->v.BoolOp.values), 2);
    const pr_node *inner = item(e->v.BoolOp.values, 0);
    ASSERT_KIND(inner, BoolOp);
    ck_assert_uint_eq(PR_SEQ_LEN(inner->v.BoolOp.values), 2);
    ASSERT_POS(inner, 1, 1, 1, 7);
    ASSERT_POS(e, 1, 0, 1, 13);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** with: parentheses that group items, and parentheses that open an expression
*/

START_TEST(with_parenthesised_items)
{
    const pr_node *s = stmt_of("with (a, b): pass\n", 1, 0);
    ASSERT_KIND(s, With);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.With.items), 2);
    const pr_node *first = item(s->v.With.items, 0);
    ASSERT_KIND(first, withitem);
    assert_name(first->v.withitem.context_expr, "a", PR_LOAD);
    ck_assert_ptr_null(first->v.withitem.optional_vars);
    assert_name(item(s->v.With.items, 1)->v.withitem.context_expr, "b", PR_LOAD);
    ASSERT_POS(s, 1, 0, 1, 17);

    s = stmt_of("with (a as b, c as d,): pass\n", 1, 0);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.With.items), 2);
    const pr_node *second = item(s->v.With.items, 1);
    assert_name(second->v.withitem.context_expr, "c", PR_LOAD);
    assert_name(second->v.withitem.optional_vars, "d", PR_STORE);
    ASSERT_POS(second->v.withitem.optional_vars, 1, 19, 1, 20);
}
END_TEST

/* `as` after the ')' makes the parentheses a tuple. */
START_TEST(with_tuple_as)
{
    const pr_node *s = stmt_of("with (a, b) as c: pass\n", 1, 0);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.With.items), 1);
    const pr_node *w = item(s->v.With.items, 0);
    const pr_node *tuple = w->v.withitem.context_expr;
    ASSERT_KIND(tuple, Tuple);
    ck_assert_uint_eq(PR_SEQ_LEN(tuple->v.Tuple.elts), 2);
    ASSERT_POS(tuple, 1, 5, 1, 11);
    assert_name(w->v.withitem.optional_vars, "c", PR_STORE);

    s = stmt_of("with () as x: pass\n", 1, 0);
    tuple = item(s->v.With.items, 0)->v.withitem.context_expr;
    ASSERT_KIND(tuple, Tuple);
    ck_assert_uint_eq(PR_SEQ_LEN(tuple->v.Tuple.elts), 0);
    ASSERT_POS(tuple, 1, 5, 1, 7);
}
END_TEST

START_TEST(with_yield)
{
    const pr_node *f = stmt_of("def f():\n    with (yield): pass\n", 1, 0);
    const pr_node *s = item(f->v.FunctionDef.body, 0);
    ASSERT_KIND(s, With);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.With.items), 1);
    const pr_node *y = item(s->v.With.items, 0)->v.withitem.context_expr;
    ASSERT_KIND(y, Yield);
    ck_assert_ptr_null(y->v.Yield.value);
    ASSERT_POS(y, 2, 10, 2, 15);
}
END_TEST

/* A walrus cannot be a with-item of its own, so the parentheses hold one tuple. */
START_TEST(with_walrus)
{
    const pr_node *s = stmt_of("with (x := f(), y): pass\n", 1, 0);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.With.items), 1);
    const pr_node *tuple = item(s->v.With.items, 0)->v.withitem.context_expr;
    ASSERT_KIND(tuple, Tuple);
    ASSERT_POS(tuple, 1, 5, 1, 18);
    const pr_node *walrus = item(tuple->v.Tuple.elts, 0);
    ASSERT_KIND(walrus, NamedExpr);
    assert_name(walrus->v.NamedExpr.target, "x", PR_STORE);
    ASSERT_POS(walrus, 1, 6, 1, 14);
}
END_TEST

/* A ')' followed by anything but ':' closes an expression. */
START_TEST(with_call)
{
    const pr_node *s = stmt_of("with (a)(b): pass\n", 1, 0);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.With.items), 1);
    const pr_node *call = item(s->v.With.items, 0)->v.withitem.context_expr;
    ASSERT_KIND(call, Call);
    ASSERT_POS(call, 1, 5, 1, 11);
    assert_name(call->v.Call.func, "a", PR_LOAD);
}
END_TEST

START_TEST(async_with)
{
    const pr_node *f = stmt_of("async def f():\n    async with a as b, c: await x\n", 1, 0);
    ASSERT_KIND(f, AsyncFunctionDef);
    const pr_node *s = item(f->v.AsyncFunctionDef.body, 0);
    ASSERT_KIND(s, AsyncWith);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.AsyncWith.items), 2);
    ASSERT_POS(s, 2, 4, 2, 33);
    const pr_node *await = item(s->v.AsyncWith.body, 0)->v.Expr.value;
    ASSERT_KIND(await, Await);
    ASSERT_POS(await, 2, 26, 2, 33);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** Positions
*/

/* A node keeps its own position inside parentheses; the node around it starts at the
** parenthesis. */
START_TEST(parenthesised_extents)
{
    const pr_node *attr = expr_of("(a).b\n");
    ASSERT_KIND(attr, Attribute);
    ASSERT_POS(attr, 1, 0, 1, 5);
    ASSERT_POS(attr->v.Attribute.value, 1, 1, 1, 2);
    ck_assert_uint_ne(attr->v.Attribute.value->paren, 0);
    ck_assert_uint_eq(attr->paren, 0);

    const pr_node *s = stmt_of("((a))\n", 1, 0);
    ASSERT_POS(s, 1, 0, 1, 5);
    ASSERT_POS(s->v.Expr.value, 1, 2, 1, 3);

    const pr_node *sub = expr_of("(a)(b)[c]\n");
    ASSERT_KIND(sub, Subscript);
    ASSERT_POS(sub, 1, 0, 1, 9);
    ASSERT_POS(sub->v.Subscript.value, 1, 0, 1, 6);
    ASSERT_POS(sub->v.Subscript.value->v.Call.func, 1, 1, 1, 2);

    s = stmt_of("x = (a) + (b)\n", 1, 0);
    const pr_node *sum = s->v.Assign.value;
    ASSERT_POS(sum, 1, 4, 1, 13);
    ASSERT_POS(sum->v.BinOp.left, 1, 5, 1, 6);
    ASSERT_POS(sum->v.BinOp.right, 1, 11, 1, 12);
    ASSERT_POS(s, 1, 0, 1, 13);
}
END_TEST

/* A ';' after a block's last statement ends the block (and the statement holding it),
** not the statement before it; at module level it ends nothing. */
START_TEST(trailing_semicolon)
{
    const pr_node *s = stmt_of("if x: pass;\n", 1, 0);
    ASSERT_POS(s, 1, 0, 1, 11);
    ASSERT_POS(item(s->v.If.body, 0), 1, 6, 1, 10);

    const pr_node *m = parse("if x:\n    a; b;\nc\n");
    s = item(m->v.Module.body, 0);
    ASSERT_POS(s, 1, 0, 2, 9);
    ck_assert_uint_eq(PR_SEQ_LEN(s->v.If.body), 2);
    ASSERT_POS(item(s->v.If.body, 1), 2, 7, 2, 8);
    ASSERT_POS(item(m->v.Module.body, 1), 3, 0, 3, 1);

    s = stmt_of("def f(): return 1;\n", 1, 0);
    ASSERT_POS(s, 1, 0, 1, 18);
    ASSERT_POS(item(s->v.FunctionDef.body, 0), 1, 9, 1, 17);

    s = stmt_of("while x: a;\nelse: b;\n", 1, 0);
    ASSERT_POS(s, 1, 0, 2, 8);
    ASSERT_POS(item(s->v.While.orelse, 0), 2, 6, 2, 7);

    s = stmt_of("x = 1;\n", 1, 0);
    ASSERT_POS(s, 1, 0, 1, 5);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** f-strings
*/

/* `{x = }` is the text "x = " and then the value with repr() unless a conversion or a
** format spec is given. */
START_TEST(fstring_debug)
{
    const pr_node *j = expr_of("f'{x = }'\n");
    ASSERT_KIND(j, JoinedStr);
    ck_assert_uint_eq(PR_SEQ_LEN(j->v.JoinedStr.values), 2);
    const pr_node *text = item(j->v.JoinedStr.values, 0);
    assert_str_constant(text, "x = ");
    ASSERT_POS(text, 1, 3, 1, 7);
    const pr_node *fv = item(j->v.JoinedStr.values, 1);
    ASSERT_KIND(fv, FormattedValue);
    ck_assert_int_eq(fv->v.FormattedValue.conversion, 'r');
    ck_assert_ptr_null(fv->v.FormattedValue.format_spec);
    ASSERT_POS(fv, 1, 2, 1, 8);
    ASSERT_POS(fv->v.FormattedValue.value, 1, 3, 1, 4);
}
END_TEST

START_TEST(fstring_debug_spec_and_conversion)
{
    const pr_node *j = expr_of("f'{x=:>10}'\n");
    assert_str_constant(item(j->v.JoinedStr.values, 0), "x=");
    const pr_node *fv = item(j->v.JoinedStr.values, 1);
    ck_assert_int_eq(fv->v.FormattedValue.conversion, -1);
    const pr_node *spec = fv->v.FormattedValue.format_spec;
    ASSERT_KIND(spec, JoinedStr);
    ASSERT_POS(spec, 1, 5, 1, 9);
    assert_str_constant(item(spec->v.JoinedStr.values, 0), ">10");

    j = expr_of("f'{x=!s}'\n");
    fv = item(j->v.JoinedStr.values, 1);
    ck_assert_int_eq(fv->v.FormattedValue.conversion, 's');
}
END_TEST

/* The debug text joins the literal text before it, with the field's own spacing. */
START_TEST(fstring_debug_joins_text)
{
    const pr_node *j = expr_of("f'a{ x + 1 = }b'\n");
    ck_assert_uint_eq(PR_SEQ_LEN(j->v.JoinedStr.values), 3);
    const pr_node *text = item(j->v.JoinedStr.values, 0);
    assert_str_constant(text, "a x + 1 = ");
    ASSERT_POS(text, 1, 2, 1, 13);
    const pr_node *fv = item(j->v.JoinedStr.values, 1);
    ASSERT_KIND(fv->v.FormattedValue.value, BinOp);
    ASSERT_POS(fv, 1, 3, 1, 14);
    assert_str_constant(item(j->v.JoinedStr.values, 2), "b");
}
END_TEST

START_TEST(fstring_doubled_braces)
{
    const pr_node *j = expr_of("f'a{{b}}c{x}'\n");
    ck_assert_uint_eq(PR_SEQ_LEN(j->v.JoinedStr.values), 2);
    const pr_node *text = item(j->v.JoinedStr.values, 0);
    assert_str_constant(text, "a{b}c");
    ASSERT_POS(text, 1, 2, 1, 9);
    const pr_node *fv = item(j->v.JoinedStr.values, 1);
    ck_assert_int_eq(fv->v.FormattedValue.conversion, -1);
    ASSERT_POS(fv, 1, 9, 1, 12);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** Definitions
*/

START_TEST(lambda_parameters)
{
    const pr_node *l = expr_of("lambda x, /, y=1, *a, z, w=2, **k: 0\n");
    ASSERT_KIND(l, Lambda);
    const pr_node *args = l->v.Lambda.args;
    ASSERT_KIND(args, arguments);
    ck_assert_uint_eq(PR_SEQ_LEN(args->v.arguments.posonlyargs), 1);
    ck_assert_str_eq(item(args->v.arguments.posonlyargs, 0)->v.arg.arg, "x");
    ck_assert_uint_eq(PR_SEQ_LEN(args->v.arguments.args), 1);
    ck_assert_str_eq(args->v.arguments.vararg->v.arg.arg, "a");
    ASSERT_POS(args->v.arguments.vararg, 1, 19, 1, 20);
    ck_assert_uint_eq(PR_SEQ_LEN(args->v.arguments.kwonlyargs), 2);
    /* kw_defaults has one slot per keyword-only parameter, NULL when it has none */
    const pr_seq *kw_defaults = args->v.arguments.kw_defaults;
    ck_assert_uint_eq(PR_SEQ_LEN(kw_defaults), 2);
    ck_assert_ptr_null(kw_defaults->items[0]);
    ASSERT_POS(item(kw_defaults, 1), 1, 27, 1, 28);
    ck_assert_str_eq(args->v.arguments.kwarg->v.arg.arg, "k");
    ck_assert_uint_eq(PR_SEQ_LEN(args->v.arguments.defaults), 1);
    ASSERT_POS(l, 1, 0, 1, 36);
}
END_TEST

START_TEST(function_and_class)
{
    const pr_node *f = stmt_of("@d\ndef f[T](a: int = 1, *, b) -> T: pass\n", 1, 0);
    ASSERT_KIND(f, FunctionDef);
    ck_assert_str_eq(f->v.FunctionDef.name, "f");
    /* A decorated definition starts at `def`. */
    ASSERT_POS(f, 2, 0, 2, 37);
    assert_name(item(f->v.FunctionDef.decorator_list, 0), "d", PR_LOAD);
    ASSERT_KIND(item(f->v.FunctionDef.type_params, 0), TypeVar);
    assert_name(f->v.FunctionDef.returns, "T", PR_LOAD);
    const pr_node *a = item(f->v.FunctionDef.args->v.arguments.args, 0);
    ASSERT_POS(a, 2, 9, 2, 15);
    assert_name(a->v.arg.annotation, "int", PR_LOAD);
    const pr_seq *kw_defaults = f->v.FunctionDef.args->v.arguments.kw_defaults;
    ck_assert_uint_eq(PR_SEQ_LEN(kw_defaults), 1);
    ck_assert_ptr_null(kw_defaults->items[0]);

    const pr_node *c = stmt_of("class C(B, metaclass=M):\n    \"\"\"doc\"\"\"\n", 1, 0);
    ASSERT_KIND(c, ClassDef);
    assert_name(item(c->v.ClassDef.bases, 0), "B", PR_LOAD);
    const pr_node *kw = item(c->v.ClassDef.keywords, 0);
    ASSERT_KIND(kw, keyword);
    ck_assert_str_eq(kw->v.keyword.arg, "metaclass");
    ASSERT_POS(kw, 1, 11, 1, 22);
    assert_str_constant(item(c->v.ClassDef.body, 0)->v.Expr.value, "doc");
}
END_TEST

/* elif is an If in the orelse of the If before it. */
START_TEST(elif_chain)
{
    const pr_node *s = stmt_of("if True:\n    x = 1\nelif y:\n    pass\nelse:\n    z\n", 1, 0);
    ASSERT_KIND(s, If);
    ASSERT_POS(s, 1, 0, 6, 5);
    const pr_node *elif = item(s->v.If.orelse, 0);
    ASSERT_KIND(elif, If);
    ASSERT_POS(elif, 3, 0, 6, 5);
    ASSERT_KIND(item(elif->v.If.orelse, 0), Expr);
}
END_TEST

/* The comments the lexer saw come out with the tree. */
START_TEST(comments_kept)
{
    pr_source src;
    pr_parsed parsed;
    pr_syntax_error err;
    ck_assert(parse_into("# one\nx = 1  # two\n", &src, &parsed, &err));
    ck_assert_uint_eq(parsed.ncomments, 2);
    ck_assert_uint_eq(parsed.comments[1].lineno, 2);
    ck_assert_uint_eq(parsed.comments[1].col, 7);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** Syntax errors
*/

static const struct {
    const char *src;
    pr_error_kind kind;
    const char *msg;
    uint32_t lineno;
    int32_t offset;
} error_cases[] = {
    { "x = 1 +\n", PR_SYNTAX_ERROR, "invalid syntax", 1, 8 },
    { "match x\n", PR_SYNTAX_ERROR, "expected ':'", 1, 8 },
    { "if x\n    pass\n", PR_SYNTAX_ERROR, "expected ':'", 1, 5 },
    { "if x:\npass\n", PR_INDENTATION_ERROR,
      "expected an indented block after 'if' statement on line 1", 2, 1 },
    { "  x = 1\n", PR_INDENTATION_ERROR, "unexpected indent", 1, 2 },
    { "print \"x\"\n", PR_SYNTAX_ERROR,
      "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1 },
    { "f(**a, *b)\n", PR_SYNTAX_ERROR,
      "iterable argument unpacking follows keyword argument unpacking", 1, 6 },
    { "a, b += 1\n", PR_SYNTAX_ERROR, "'tuple' is an illegal expression for augmented assignment",
      1, 1 },
    { "del f()\n", PR_SYNTAX_ERROR, "cannot delete function call", 1, 5 },
    { "for 1 in x: pass\n", PR_SYNTAX_ERROR, "cannot assign to literal", 1, 5 },
    { "with a as 1: pass\n", PR_SYNTAX_ERROR, "cannot assign to literal", 1, 11 },
    { "a = 1 = 2\n", PR_SYNTAX_ERROR, "cannot assign to literal", 1, 5 },
    { "x = yield = 1\n", PR_SYNTAX_ERROR, "assignment to yield expression not possible", 1, 5 },
    { "(a, b): int\n", PR_SYNTAX_ERROR, "only single target (not tuple) can be annotated", 1, 1 },
    { "f(a for a in b, c)\n", PR_SYNTAX_ERROR, "Generator expression must be parenthesized", 1, 3 },
    { "def f(*): pass\n", PR_SYNTAX_ERROR, "named arguments must follow bare *", 1, 7 },
    { "import a.b as\n", PR_SYNTAX_ERROR, "invalid syntax", 1, 14 },
    { "match x:\n case 1+1: pass\n", PR_SYNTAX_ERROR,
      "imaginary number required in complex literal", 2, 9 },
    { "x = f'{x!}'\n", PR_SYNTAX_ERROR, "f-string: missing conversion character", 1, 10 },
    { "x = f'{}'\n", PR_SYNTAX_ERROR, "f-string: valid expression required before '}'", 1, 8 },
    { "x = f'{lambda x: 1}'\n", PR_SYNTAX_ERROR,
      "f-string: lambda expressions are not allowed without parentheses", 1, 8 },
    /* Errors in literals, found when their values are built. */
    { "'\\N{DASH}'\n", PR_SYNTAX_ERROR,
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown "
      "Unicode character name", 1, 1 },
    { "x = b'caf\xc3\xa9'\n", PR_SYNTAX_ERROR, "bytes can only contain ASCII literal characters",
      1, 5 },
    { "x = 1\n# coding: latin-1\ny = \"\xe9\"\n", PR_SYNTAX_ERROR,
      "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of "
      "data", 3, 5 },
    /* The lexer's errors, and the tokenizing of the rest of the file after a parser error:
    ** an error of the lexer further on wins, and so does a bracket never closed. */
    { "x = 'abc\n", PR_SYNTAX_ERROR, "unterminated string literal (detected at line 1)", 1, 5 },
    { "x = = 1\ny = \"abc\n", PR_SYNTAX_ERROR, "unterminated string literal (detected at line 2)",
      2, 5 },
    { "x = (1,\ny = 2\n", PR_SYNTAX_ERROR, "'(' was never closed", 1, 5 },
    { "foo(\nx = 1 +\n", PR_SYNTAX_ERROR, "'(' was never closed", 1, 4 },
};

START_TEST(syntax_error)
{
    pr_source src;
    pr_parsed parsed;
    pr_syntax_error err;
    const char *text = error_cases[_i].src;
    ck_assert_msg(!parse_into(text, &src, &parsed, &err), "\"%s\" parsed", text);
    ck_assert(err.set);
    ck_assert_str_eq(err.msg, error_cases[_i].msg);
    ck_assert_int_eq(err.kind, error_cases[_i].kind);
    ck_assert_uint_eq(err.lineno, error_cases[_i].lineno);
    ck_assert_int_eq(err.offset, error_cases[_i].offset);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** pr_syntax_check
*/

/* Code CPython compiles passes the post-parse checks. */
static const char *const compiles[] = {
    "def f():\n    return 1\n",
    "def f():\n    def g():\n        nonlocal x\n    x = 1\n",
    "for x in y:\n    break\nelse:\n    continue_ = 1\n",
    "from __future__ import annotations\n\"\"\"doc\"\"\"\nx = 1\n",
    "async def f():\n    await x\n    yield 1\n",
    "def f(a, b, *c, d, **e): global g; g = a\n",
    "class A:\n    def f(self): return __class__\n",
    "match x:\n case [a, b] | [b, a]: pass\n case _: pass\n",
    "type X[T] = list[T]\n",
    "while True:\n    try:\n        continue\n    finally:\n        pass\n",
};

START_TEST(syntax_check_passes)
{
    pr_source src;
    pr_parsed parsed;
    pr_syntax_error err;
    const char *text = compiles[_i];
    ck_assert_msg(parse_into(text, &src, &parsed, &err), "\"%s\": %s", text, err.msg);
    ck_assert_msg(pr_syntax_check(&arena, &parsed, &src, &err), "\"%s\": %u:%d: %s", text,
                  err.lineno, err.offset, err.msg);
}
END_TEST

/* What CPython's symbol table and compiler reject, the first error in its order. */
static const struct {
    const char *src;
    const char *msg;
    uint32_t lineno;
    int32_t offset;
} check_error_cases[] = {
    { "return 1\n", "'return' outside function", 1, 1 },
    { "class A:\n    yield 1\n", "'yield' outside function", 2, 5 },
    { "break\n", "'break' outside loop", 1, 1 },
    { "for x in y:\n    def g():\n        break\n", "'break' outside loop", 3, 9 },
    { "continue\n", "'continue' not properly in loop", 1, 1 },
    { "def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10 },
    { "x = 1\nfrom __future__ import annotations\n",
      "from __future__ imports must occur at the beginning of the file", 2, 1 },
    { "nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1 },
    { "def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5 },
    { "match x:\n case a: pass\n case b: pass\n",
      "name capture 'a' makes remaining patterns unreachable", 2, 7 },
};

START_TEST(syntax_check_error)
{
    pr_source src;
    pr_parsed parsed;
    pr_syntax_error err;
    const char *text = check_error_cases[_i].src;
    ck_assert_msg(parse_into(text, &src, &parsed, &err), "\"%s\": %s", text, err.msg);
    ck_assert_msg(!pr_syntax_check(&arena, &parsed, &src, &err), "\"%s\" passed", text);
    ck_assert_int_eq(err.kind, PR_SYNTAX_ERROR);
    ck_assert_str_eq(err.msg, check_error_cases[_i].msg);
    ck_assert_uint_eq(err.lineno, check_error_cases[_i].lineno);
    ck_assert_int_eq(err.offset, check_error_cases[_i].offset);
}
END_TEST

/* ------------------------------------------------------------------------------------------
*/

#define COUNT(a) (int)(sizeof(a) / sizeof((a)[0]))

static Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("soft keywords");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, match_assigned);
    tcase_add_test(tc, match_called);
    tcase_add_test(tc, match_subscript_annotated);
    tcase_add_test(tc, match_minus);
    tcase_add_test(tc, match_statement);
    tcase_add_test(tc, match_subjects);
    tcase_add_test(tc, match_soft_names_inside);
    tcase_add_test(tc, match_patterns);
    tcase_add_test(tc, underscore);
    tcase_add_test(tc, case_as_name);
    tcase_add_test(tc, type_alias);
    tcase_add_test(tc, type_as_name);
    suite_add_tcase(s, tc);

    tc = tcase_create("operators");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, is_not_and_not_in);
    tcase_add_test(tc, not_alone);
    tcase_add_test(tc, chained_comparison);
    tcase_add_test(tc, parenthesised_comparison);
    tcase_add_test(tc, flattened_or);
    tcase_add_test(tc, parenthesised_or);
    suite_add_tcase(s, tc);

    tc = tcase_create("with");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, with_parenthesised_items);
    tcase_add_test(tc, with_tuple_as);
    tcase_add_test(tc, with_yield);
    tcase_add_test(tc, with_walrus);
    tcase_add_test(tc, with_call);
    tcase_add_test(tc, async_with);
    suite_add_tcase(s, tc);

    tc = tcase_create("shapes and positions");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, parenthesised_extents);
    tcase_add_test(tc, trailing_semicolon);
    tcase_add_test(tc, fstring_debug);
    tcase_add_test(tc, fstring_debug_spec_and_conversion);
    tcase_add_test(tc, fstring_debug_joins_text);
    tcase_add_test(tc, fstring_doubled_braces);
    tcase_add_test(tc, lambda_parameters);
    tcase_add_test(tc, function_and_class);
    tcase_add_test(tc, elif_chain);
    tcase_add_test(tc, comments_kept);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, syntax_error, 0, COUNT(error_cases));
    tcase_add_loop_test(tc, syntax_check_passes, 0, COUNT(compiles));
    tcase_add_loop_test(tc, syntax_check_error, 0, COUNT(check_error_cases));
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(parser_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
