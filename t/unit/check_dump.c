/* Unit tests for pr_ast_dump (ast/ast.h): what Python 3.13 prints for ast.dump(tree,
** include_attributes=True), for parsed snippets and for trees built by hand through the
** node constructors: fields that are None or empty lists left out, kw_defaults and
** Dict keys holding None, constants of every kind, enum fields, the product types that
** carry no positions.  Every expected string was printed by Python 3.13 (for the hand-built
** trees, from the same tree built with the ast module's classes). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast/arena.h"
#include "ast/ast.h"
#include "ast/sbuf.h"
#include "grammar/parse.h"
#include "lexer/lexer.h"

/* Every test builds or parses into this arena, set up and freed around it. */
static pr_arena arena;

static void setup(void)
{
    pr_arena_init(&arena);
}

static void teardown(void)
{
    pr_arena_free(&arena);
}

static void check_dump(const pr_node *n, const char *expected)
{
    pr_sbuf out = { 0 };
    pr_ast_dump(&out, n);
    pr_sbuf_putc(&out, '\0');
    ck_assert_str_eq(out.data, expected);
    pr_sbuf_free(&out);
}

static const pr_node *parse(const char *text)
{
    pr_source src;
    pr_parsed parsed;
    pr_syntax_error err;
    ck_assert_msg(pr_source_prepare(&arena, text, strlen(text), &src, &err) &&
                      pr_parse_file(&arena, &src, &parsed, &err),
                  "\"%s\" did not parse: %s", text, err.msg);
    return parsed.module;
}

/* ------------------------------------------------------------------------------------------
** Parsed trees
*/

typedef struct dump_case {
    const char *src;
    const char *dump;
} dump_case;

static const dump_case parsed_cases[] = {
    /* Empty lists and None fields are left out; a Constant's None value is not. */
    { "",
      "Module()" },
    { "pass\n",
      "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])" },
    { "def f(): return\n",
      "Module(body=[FunctionDef(name='f', args=arguments(), body=[Return(lineno=1, "
      "col_offset=9, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=15)])" },
    { "x = None\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=1)], value=Constant(value=None, lineno=1, col_offset=4, "
      "end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=8)])" },
    { "x = yield\n",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=1)], value=Yield(lineno=1, col_offset=4, end_lineno=1, "
      "end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])" },
    { "lambda: 0\n",
      "Module(body=[Expr(value=Lambda(args=arguments(), body=Constant(value=0, lineno=1, "
      "col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])" },
    { "x[:]\n",
      "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, "
      "col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lineno=1, col_offset=2, "
      "end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])" },
    /* kw_defaults keeps a None for each keyword-only parameter without a default; Dict.keys a
    ** None for each ** entry. */
    { "def f(*, a, b=1, **k): pass\n",
      "Module(body=[FunctionDef(name='f', args=arguments(kwonlyargs=[arg(arg='a', lineno=1, "
      "col_offset=9, end_lineno=1, end_col_offset=10), arg(arg='b', lineno=1, col_offset=12, "
      "end_lineno=1, end_col_offset=13)], kw_defaults=[None, Constant(value=1, lineno=1, "
      "col_offset=14, end_lineno=1, end_col_offset=15)], kwarg=arg(arg='k', lineno=1, "
      "col_offset=19, end_lineno=1, end_col_offset=20)), body=[Pass(lineno=1, col_offset=23, "
      "end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=27)])" },
    { "{**a, \"b\": 1}\n",
      "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b', lineno=1, col_offset=6, "
      "end_lineno=1, end_col_offset=9)], values=[Name(id='a', ctx=Load(), lineno=1, "
      "col_offset=3, end_lineno=1, end_col_offset=4), Constant(value=1, lineno=1, "
      "col_offset=11, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)])" },
    /* Constant values as repr() prints them. */
    { "True, False, ...\n",
      "Module(body=[Expr(value=Tuple(elts=[Constant(value=True, lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=4), Constant(value=False, lineno=1, col_offset=6, "
      "end_lineno=1, end_col_offset=11), Constant(value=Ellipsis, lineno=1, col_offset=13, "
      "end_lineno=1, end_col_offset=16)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])" },
    { "123456789012345678901234567890\n",
      "Module(body=[Expr(value=Constant(value=123456789012345678901234567890, lineno=1, "
      "col_offset=0, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=30)])" },
    { "0.1, 1e16, 1.0, 1e400, 2.5e-10\n",
      "Module(body=[Expr(value=Tuple(elts=[Constant(value=0.1, lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=3), Constant(value=1e+16, lineno=1, col_offset=5, "
      "end_lineno=1, end_col_offset=9), Constant(value=1.0, lineno=1, col_offset=11, "
      "end_lineno=1, end_col_offset=14), Constant(value=inf, lineno=1, col_offset=16, "
      "end_lineno=1, end_col_offset=21), Constant(value=2.5e-10, lineno=1, col_offset=23, "
      "end_lineno=1, end_col_offset=30)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)])" },
    { "1j, 0j, 1.5J, 1e16j\n",
      "Module(body=[Expr(value=Tuple(elts=[Constant(value=1j, lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=2), Constant(value=0j, lineno=1, col_offset=4, "
      "end_lineno=1, end_col_offset=6), Constant(value=1.5j, lineno=1, col_offset=8, "
      "end_lineno=1, end_col_offset=12), Constant(value=1e+16j, lineno=1, col_offset=14, "
      "end_lineno=1, end_col_offset=19)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)])" },
    { "0xff, 0o17, 0b101, 1_000\n",
      "Module(body=[Expr(value=Tuple(elts=[Constant(value=255, lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=4), Constant(value=15, lineno=1, col_offset=6, "
      "end_lineno=1, end_col_offset=10), Constant(value=5, lineno=1, col_offset=12, "
      "end_lineno=1, end_col_offset=17), Constant(value=1000, lineno=1, col_offset=19, "
      "end_lineno=1, end_col_offset=24)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)])" },
    { "'it\\'s \"q\"', \"a\\tb\\\\c\", '\\x00\\u2028'\n",
      "Module(body=[Expr(value=Tuple(elts=[Constant(value='it\\'s \"q\"', lineno=1, "
      "col_offset=0, end_lineno=1, end_col_offset=11), Constant(value='a\\tb\\\\c', lineno=1, "
      "col_offset=13, end_lineno=1, end_col_offset=22), Constant(value='\\x00\\u2028', "
      "lineno=1, col_offset=24, end_lineno=1, end_col_offset=36)], ctx=Load(), lineno=1, "
      "col_offset=0, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=36)])" },
    { "b'a\\'b\"c\\x00\\xff'\n",
      "Module(body=[Expr(value=Constant(value=b'a\\'b\"c\\x00\\xff', lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=17)])" },
    { "u'x'\n",
      "Module(body=[Expr(value=Constant(value='x', kind='u', lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=4)])" },
    { "\303\251 = \"\303\251\342\202\254\360\237\230\200\"\n",
      "Module(body=[Assign(targets=[Name(id='\303\251', ctx=Store(), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=2)], "
      "value=Constant(value='\303\251\342\202\254\360\237\230\200', lineno=1, col_offset=5, "
      "end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=16)])" },
    { "raise E from None\n",
      "Module(body=[Raise(exc=Name(id='E', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
      "end_col_offset=7), cause=Constant(value=None, lineno=1, col_offset=13, end_lineno=1, "
      "end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])" },
    /* Patterns: MatchSingleton holds a constant; MatchStar and MatchMapping leave out what is
    ** missing. */
    { "match x:\n case None | True | False: pass\n",
      "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, "
      "end_lineno=1, end_col_offset=7), "
      "cases=[match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None, lineno=2, "
      "col_offset=6, end_lineno=2, end_col_offset=10), MatchSingleton(value=True, lineno=2, "
      "col_offset=13, end_lineno=2, end_col_offset=17), MatchSingleton(value=False, lineno=2, "
      "col_offset=20, end_lineno=2, end_col_offset=25)], lineno=2, col_offset=6, end_lineno=2, "
      "end_col_offset=25), body=[Pass(lineno=2, col_offset=27, end_lineno=2, "
      "end_col_offset=31)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=31)])" },
    { "match p:\n case Point(1, y=2) if y: pass\n case {**r}: pass\n case [*_]: pass\n",
      "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, "
      "end_lineno=1, end_col_offset=7), "
      "cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load(), lineno=2, "
      "col_offset=6, end_lineno=2, end_col_offset=11), "
      "patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=12, end_lineno=2, "
      "end_col_offset=13), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], "
      "kwd_attrs=['y'], kwd_patterns=[MatchValue(value=Constant(value=2, lineno=2, "
      "col_offset=17, end_lineno=2, end_col_offset=18), lineno=2, col_offset=17, end_lineno=2, "
      "end_col_offset=18)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=19), "
      "guard=Name(id='y', ctx=Load(), lineno=2, col_offset=23, end_lineno=2, "
      "end_col_offset=24), body=[Pass(lineno=2, col_offset=26, end_lineno=2, "
      "end_col_offset=30)]), match_case(pattern=MatchMapping(rest='r', lineno=3, col_offset=6, "
      "end_lineno=3, end_col_offset=11), body=[Pass(lineno=3, col_offset=13, end_lineno=3, "
      "end_col_offset=17)]), match_case(pattern=MatchSequence(patterns=[MatchStar(lineno=4, "
      "col_offset=7, end_lineno=4, end_col_offset=9)], lineno=4, col_offset=6, end_lineno=4, "
      "end_col_offset=10), body=[Pass(lineno=4, col_offset=12, end_lineno=4, "
      "end_col_offset=16)])], lineno=1, col_offset=0, end_lineno=4, end_col_offset=16)])" },
    /* Enum fields print as calls: contexts, operators, comparison operators. */
    { "del a.b, c[0]\n",
      "Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load(), lineno=1, "
      "col_offset=4, end_lineno=1, end_col_offset=5), attr='b', ctx=Del(), lineno=1, "
      "col_offset=4, end_lineno=1, end_col_offset=7), Subscript(value=Name(id='c', ctx=Load(), "
      "lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), slice=Constant(value=0, "
      "lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), ctx=Del(), lineno=1, "
      "col_offset=9, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=13)])" },
    { "-a + b * c ** ~d\n",
      "Module(body=[Expr(value=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load(), "
      "lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=2), op=Add(), right=BinOp(left=Name(id='b', ctx=Load(), "
      "lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Mult(), "
      "right=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, "
      "end_col_offset=10), op=Pow(), right=UnaryOp(op=Invert(), operand=Name(id='d', "
      "ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, "
      "col_offset=14, end_lineno=1, end_col_offset=16), lineno=1, col_offset=9, end_lineno=1, "
      "end_col_offset=16), lineno=1, col_offset=5, end_lineno=1, end_col_offset=16), lineno=1, "
      "col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=16)])" },
    { "a and b or not c\n",
      "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', "
      "ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', "
      "ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, "
      "col_offset=0, end_lineno=1, end_col_offset=7), UnaryOp(op=Not(), operand=Name(id='c', "
      "ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, "
      "col_offset=11, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])" },
    { "a == b != c < d <= e > f >= g is h is not i in j not in k\n",
      "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=1), ops=[Eq(), NotEq(), Lt(), LtE(), Gt(), GtE(), Is(), "
      "IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, "
      "end_lineno=1, end_col_offset=6), Name(id='c', ctx=Load(), lineno=1, col_offset=10, "
      "end_lineno=1, end_col_offset=11), Name(id='d', ctx=Load(), lineno=1, col_offset=14, "
      "end_lineno=1, end_col_offset=15), Name(id='e', ctx=Load(), lineno=1, col_offset=19, "
      "end_lineno=1, end_col_offset=20), Name(id='f', ctx=Load(), lineno=1, col_offset=23, "
      "end_lineno=1, end_col_offset=24), Name(id='g', ctx=Load(), lineno=1, col_offset=28, "
      "end_lineno=1, end_col_offset=29), Name(id='h', ctx=Load(), lineno=1, col_offset=33, "
      "end_lineno=1, end_col_offset=34), Name(id='i', ctx=Load(), lineno=1, col_offset=42, "
      "end_lineno=1, end_col_offset=43), Name(id='j', ctx=Load(), lineno=1, col_offset=47, "
      "end_lineno=1, end_col_offset=48), Name(id='k', ctx=Load(), lineno=1, col_offset=56, "
      "end_lineno=1, end_col_offset=57)], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=57), lineno=1, col_offset=0, end_lineno=1, end_col_offset=57)])" },
    { "a //= b\n",
      "Module(body=[AugAssign(target=Name(id='a', ctx=Store(), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=1), op=FloorDiv(), value=Name(id='b', ctx=Load(), "
      "lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=7)])" },
    { "[*a] = b\n",
      "Module(body=[Assign(targets=[List(elts=[Starred(value=Name(id='a', ctx=Store(), "
      "lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Store(), lineno=1, "
      "col_offset=1, end_lineno=1, end_col_offset=3)], ctx=Store(), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=4)], value=Name(id='b', ctx=Load(), lineno=1, "
      "col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=8)])" },
    { "del [a, b]\n",
      "Module(body=[Delete(targets=[List(elts=[Name(id='a', ctx=Del(), lineno=1, col_offset=5, "
      "end_lineno=1, end_col_offset=6), Name(id='b', ctx=Del(), lineno=1, col_offset=8, "
      "end_lineno=1, end_col_offset=9)], ctx=Del(), lineno=1, col_offset=4, end_lineno=1, "
      "end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])" },
    /* Product types have no positions: arguments, comprehension (is_async always printed),
    ** withitem, match_case; keyword and alias have them. */
    { "[x for x in y]\n",
      "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, "
      "end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', "
      "ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', "
      "ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), is_async=0)], "
      "lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=14)])" },
    { "[x async for x in y if x if z]\n",
      "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, "
      "end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', "
      "ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), "
      "iter=Name(id='y', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, "
      "end_col_offset=19), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=23, "
      "end_lineno=1, end_col_offset=24), Name(id='z', ctx=Load(), lineno=1, col_offset=28, "
      "end_lineno=1, end_col_offset=29)], is_async=1)], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)])" },
    { "with a as b, c: pass\n",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, "
      "col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Name(id='b', ctx=Store(), "
      "lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)), "
      "withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, "
      "end_col_offset=14))], body=[Pass(lineno=1, col_offset=16, end_lineno=1, "
      "end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])" },
    { "f(*a, k=1, **b)\n",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=1), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, "
      "col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, "
      "end_lineno=1, end_col_offset=4)], keywords=[keyword(arg='k', value=Constant(value=1, "
      "lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=6, "
      "end_lineno=1, end_col_offset=9), keyword(value=Name(id='b', ctx=Load(), lineno=1, "
      "col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=11, end_lineno=1, "
      "end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), "
      "lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])" },
    { "from . import x as y\nfrom a.b import *\n",
      "Module(body=[ImportFrom(names=[alias(name='x', asname='y', lineno=1, col_offset=14, "
      "end_lineno=1, end_col_offset=20)], level=1, lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=20), ImportFrom(module='a.b', names=[alias(name='*', lineno=2, "
      "col_offset=16, end_lineno=2, end_col_offset=17)], level=0, lineno=2, col_offset=0, "
      "end_lineno=2, end_col_offset=17)])" },
    { "import a.b as c, d\n",
      "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, "
      "end_lineno=1, end_col_offset=15), alias(name='d', lineno=1, col_offset=17, "
      "end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=18)])" },
    { "global a, b\n",
      "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, "
      "end_col_offset=11)])" },
    /* Int fields (simple, conversion), nested format specs, handlers, type parameters, and
    ** positions over several lines. */
    { "x: int = 1\n(y): int\n",
      "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, "
      "col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=1, lineno=1, "
      "col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, "
      "end_lineno=1, end_col_offset=10), AnnAssign(target=Name(id='y', ctx=Store(), lineno=2, "
      "col_offset=1, end_lineno=2, end_col_offset=2), annotation=Name(id='int', ctx=Load(), "
      "lineno=2, col_offset=5, end_lineno=2, end_col_offset=8), simple=0, lineno=2, "
      "col_offset=0, end_lineno=2, end_col_offset=8)])" },
    { "f'{x!r:>{w}} {y=}'\n",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), "
      "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, "
      "format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=7, end_lineno=1, "
      "end_col_offset=8), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, "
      "col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=8, "
      "end_lineno=1, end_col_offset=11)], lineno=1, col_offset=6, end_lineno=1, "
      "end_col_offset=11), lineno=1, col_offset=2, end_lineno=1, end_col_offset=12), "
      "Constant(value=' y=', lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), "
      "FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, "
      "end_col_offset=15), conversion=114, lineno=1, col_offset=13, end_lineno=1, "
      "end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), "
      "lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)])" },
    { "try:\n    pass\nexcept* E as e:\n    pass\nfinally:\n    pass\n",
      "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, "
      "end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, "
      "col_offset=8, end_lineno=3, end_col_offset=9), name='e', body=[Pass(lineno=4, "
      "col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, "
      "end_col_offset=8)], finalbody=[Pass(lineno=6, col_offset=4, end_lineno=6, "
      "end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)])" },
    { "class C[T: int = str, *Ts, **P](B): pass\n",
      "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=1, "
      "col_offset=32, end_lineno=1, end_col_offset=33)], body=[Pass(lineno=1, col_offset=36, "
      "end_lineno=1, end_col_offset=40)], type_params=[TypeVar(name='T', bound=Name(id='int', "
      "ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=14), "
      "default_value=Name(id='str', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, "
      "end_col_offset=20), lineno=1, col_offset=8, end_lineno=1, end_col_offset=20), "
      "TypeVarTuple(name='Ts', lineno=1, col_offset=22, end_lineno=1, end_col_offset=25), "
      "ParamSpec(name='P', lineno=1, col_offset=27, end_lineno=1, end_col_offset=30)], "
      "lineno=1, col_offset=0, end_lineno=1, end_col_offset=40)])" },
    { "if x:\n    y = \"\"\"a\nb\"\"\"\n",
      "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
      "end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, "
      "col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value='a\\nb', lineno=2, "
      "col_offset=8, end_lineno=3, end_col_offset=4), lineno=2, col_offset=4, end_lineno=3, "
      "end_col_offset=4)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)])" },
};

START_TEST(parsed)
{
    check_dump(parse(parsed_cases[_i].src), parsed_cases[_i].dump);
}
END_TEST

/* The operator of each kind, as the one enum field the expression's dump holds. */
static const struct {
    const char *src;
    const char *op;
} operator_cases[] = {
    { "a + b", "op=Add()" },         { "a - b", "op=Sub()" },
    { "a * b", "op=Mult()" },        { "a @ b", "op=MatMult()" },
    { "a / b", "op=Div()" },         { "a % b", "op=Mod()" },
    { "a ** b", "op=Pow()" },        { "a << b", "op=LShift()" },
    { "a >> b", "op=RShift()" },     { "a | b", "op=BitOr()" },
    { "a ^ b", "op=BitXor()" },      { "a & b", "op=BitAnd()" },
    { "a // b", "op=FloorDiv()" },   { "~a", "op=Invert()" },
    { "not a", "op=Not()" },         { "+a", "op=UAdd()" },
    { "-a", "op=USub()" },           { "a and b", "op=And()" },
    { "a or b", "op=Or()" },
};

START_TEST(operator)
{
    const pr_node *m = parse(operator_cases[_i].src);
    pr_sbuf out = { 0 };
    pr_ast_dump(&out, PR_SEQ_NODE(m->v.Module.body, 0)->v.Expr.value);
    pr_sbuf_putc(&out, '\0');
    char needle[32];
    snprintf(needle, sizeof needle, "%s, ", operator_cases[_i].op);
    ck_assert_msg(strstr(out.data, needle) != NULL, "no %s in %s", needle, out.data);
    pr_sbuf_free(&out);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** Trees built by hand
*/

static pr_node *node_at(pr_kind kind, uint32_t lineno, uint32_t col, uint32_t end_lineno,
                        uint32_t end_col)
{
    pr_node *n = pr_node_new(&arena, kind);
    n->lineno = lineno;
    n->col = col;
    n->end_lineno = end_lineno;
    n->end_col = end_col;
    return n;
}

static pr_node *name_at(const char *id, pr_ctx ctx, uint32_t col, uint32_t end_col)
{
    pr_node *n = node_at(PR_Name, 1, col, 1, end_col);
    n->v.Name.id = id;
    n->v.Name.ctx = ctx;
    return n;
}

static pr_const *constant(pr_const value)
{
    pr_const *c = pr_arena_alloc(&arena, sizeof *c);
    *c = value;
    return c;
}

static pr_node *constant_at(pr_const value, uint32_t col, uint32_t end_col)
{
    pr_node *n = node_at(PR_Constant, 1, col, 1, end_col);
    n->v.Constant.value = constant(value);
    return n;
}

START_TEST(hand_built_name)
{
    check_dump(name_at("x", PR_LOAD, 0, 1),
               "Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)");
}
END_TEST

/* Positions are printed even when they are zero; a mod has none. */
START_TEST(hand_built_expression)
{
    pr_node *e = pr_node_new(&arena, PR_Expression);
    e->v.Expression.body = pr_node_new(&arena, PR_Constant);
    e->v.Expression.body->v.Constant.value = constant((pr_const){ .kind = PR_CONST_NONE });
    check_dump(e, "Expression(body=Constant(value=None, lineno=0, col_offset=0, end_lineno=0, "
                  "end_col_offset=0))");
}
END_TEST

START_TEST(hand_built_interactive)
{
    pr_node *i = pr_node_new(&arena, PR_Interactive);
    i->v.Interactive.body = pr_seq_push(&arena, NULL, node_at(PR_Pass, 1, 0, 1, 4));
    check_dump(i, "Interactive(body=[Pass(lineno=1, col_offset=0, end_lineno=1, "
                  "end_col_offset=4)])");
}
END_TEST

/* A NULL item of a list prints as None; the list is not empty, so it is printed. */
START_TEST(hand_built_kw_defaults)
{
    pr_node *a = node_at(PR_arg, 1, 2, 1, 3);
    a->v.arg.arg = "a";
    pr_node *args = pr_node_new(&arena, PR_arguments);
    args->v.arguments.kwonlyargs = pr_seq_push(&arena, NULL, a);
    args->v.arguments.kw_defaults = pr_seq_push(&arena, NULL, NULL);
    check_dump(args, "arguments(kwonlyargs=[arg(arg='a', lineno=1, col_offset=2, end_lineno=1, "
                     "end_col_offset=3)], kw_defaults=[None])");
}
END_TEST

/* A list of a node without positions (TypeIgnore), after an empty list left out. */
START_TEST(hand_built_type_ignores)
{
    pr_node *t = pr_node_new(&arena, PR_TypeIgnore);
    t->v.TypeIgnore.lineno = 3;
    t->v.TypeIgnore.tag = "[x]";
    pr_node *m = pr_node_new(&arena, PR_Module);
    m->v.Module.type_ignores = pr_seq_push(&arena, NULL, t);
    check_dump(m, "Module(type_ignores=[TypeIgnore(lineno=3, tag='[x]')])");
    t->v.TypeIgnore.tag = "";
    check_dump(t, "TypeIgnore(lineno=3, tag='')");
}
END_TEST

START_TEST(hand_built_singleton)
{
    pr_node *p = node_at(PR_MatchSingleton, 2, 7, 2, 12);
    p->v.MatchSingleton.value = constant((pr_const){ .kind = PR_CONST_FALSE });
    check_dump(p, "MatchSingleton(value=False, lineno=2, col_offset=7, end_lineno=2, "
                  "end_col_offset=12)");
}
END_TEST

/* An empty string is a value, not a missing one; bytes may hold NUL. */
START_TEST(hand_built_empty_and_nul)
{
    check_dump(constant_at((pr_const){ .kind = PR_CONST_STR, .text = "", .len = 0 }, 0, 2),
               "Constant(value='', lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)");
    check_dump(constant_at((pr_const){ .kind = PR_CONST_BYTES, .text = "\0", .len = 1 }, 0, 7),
               "Constant(value=b'\\x00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
}
END_TEST

/* Identifiers print with repr(), which picks its quotes. */
START_TEST(hand_built_ident_quotes)
{
    pr_node *a = node_at(PR_alias, 1, 0, 1, 3);
    a->v.alias.name = "a'b";
    check_dump(a, "alias(name=\"a'b\", lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)");
}
END_TEST

START_TEST(hand_built_compare)
{
    pr_node *c = node_at(PR_Compare, 1, 0, 1, 18);
    c->v.Compare.left = name_at("a", PR_LOAD, 0, 1);
    c->v.Compare.ops = pr_seq_push(&arena, NULL, (void *)(uintptr_t)PR_NOTIN);
    c->v.Compare.ops = pr_seq_push(&arena, c->v.Compare.ops, (void *)(uintptr_t)PR_IS);
    c->v.Compare.comparators = pr_seq_push(&arena, NULL, name_at("b", PR_LOAD, 9, 10));
    c->v.Compare.comparators = pr_seq_push(
        &arena, c->v.Compare.comparators, constant_at((pr_const){ .kind = PR_CONST_NONE }, 14, 18));
    check_dump(c, "Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
                  "end_col_offset=1), ops=[NotIn(), Is()], comparators=[Name(id='b', ctx=Load(), "
                  "lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Constant(value=None, "
                  "lineno=1, col_offset=14, end_lineno=1, end_col_offset=18)], lineno=1, "
                  "col_offset=0, end_lineno=1, end_col_offset=18)");
}
END_TEST

START_TEST(hand_built_numbers)
{
    pr_node *b = node_at(PR_BinOp, 1, 0, 1, 9);
    b->v.BinOp.left = constant_at((pr_const){ .kind = PR_CONST_INT, .text = "42", .len = 2 }, 0, 2);
    b->v.BinOp.op = PR_FLOORDIV;
    b->v.BinOp.right = constant_at((pr_const){ .kind = PR_CONST_FLOAT, .num = 0.5 }, 6, 9);
    check_dump(b, "BinOp(left=Constant(value=42, lineno=1, col_offset=0, end_lineno=1, "
                  "end_col_offset=2), op=FloorDiv(), right=Constant(value=0.5, lineno=1, "
                  "col_offset=6, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, "
                  "end_lineno=1, end_col_offset=9)");
}
END_TEST

START_TEST(hand_built_starred_store)
{
    pr_node *s = node_at(PR_Starred, 1, 0, 1, 2);
    s->v.Starred.value = name_at("a", PR_STORE, 1, 2);
    s->v.Starred.ctx = PR_STORE;
    check_dump(s, "Starred(value=Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, "
                  "end_col_offset=2), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
                  "end_col_offset=2)");
}
END_TEST

/* A list of identifiers; a keyword without its optional name (`**k`). */
START_TEST(hand_built_idents_and_keyword)
{
    pr_node *g = node_at(PR_Global, 1, 0, 1, 11);
    g->v.Global.names = pr_seq_push(&arena, NULL, (void *)"a");
    g->v.Global.names = pr_seq_push(&arena, g->v.Global.names, (void *)"b");
    check_dump(g, "Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, "
                  "end_col_offset=11)");

    pr_node *k = node_at(PR_keyword, 1, 2, 1, 5);
    k->v.keyword.value = name_at("k", PR_LOAD, 4, 5);
    check_dump(k, "keyword(value=Name(id='k', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, "
                  "end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5)");
}
END_TEST

/* The dump is appended to what the buffer holds. */
START_TEST(appends)
{
    pr_sbuf out = { 0 };
    pr_sbuf_puts(&out, "tree: ");
    pr_ast_dump(&out, node_at(PR_Pass, 2, 4, 2, 8));
    pr_sbuf_putc(&out, '\0');
    ck_assert_str_eq(out.data,
                     "tree: Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)");
    pr_sbuf_free(&out);
}
END_TEST

/* ------------------------------------------------------------------------------------------
*/

#define COUNT(a) (int)(sizeof(a) / sizeof((a)[0]))

static Suite *dump_suite(void)
{
    Suite *s = suite_create("dump");
    TCase *tc = tcase_create("parsed");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, parsed, 0, COUNT(parsed_cases));
    tcase_add_loop_test(tc, operator, 0, COUNT(operator_cases));
    suite_add_tcase(s, tc);

    tc = tcase_create("hand-built");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, hand_built_name);
    tcase_add_test(tc, hand_built_expression);
    tcase_add_test(tc, hand_built_interactive);
    tcase_add_test(tc, hand_built_kw_defaults);
    tcase_add_test(tc, hand_built_type_ignores);
    tcase_add_test(tc, hand_built_singleton);
    tcase_add_test(tc, hand_built_empty_and_nul);
    tcase_add_test(tc, hand_built_ident_quotes);
    tcase_add_test(tc, hand_built_compare);
    tcase_add_test(tc, hand_built_numbers);
    tcase_add_test(tc, hand_built_starred_store);
    tcase_add_test(tc, hand_built_idents_and_keyword);
    tcase_add_test(tc, appends);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(dump_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
