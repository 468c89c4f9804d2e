/* Unit tests for the control-flow graph (passes/cfg.h): the blocks and labelled edges of
** if/else, loops with break, continue and else, `while True`, try with handlers, else and
** finally (a return inside routed through the finally), match with and without a
** catch-all case, with statements that may swallow exceptions, a finally entered only by a
** return, and the blocks of unreachable code.  A graph is written as text, one
** item per block: its number, its kind (P plain, X exit, I if, L loop, M match, D
** dispatch), the first lines of its statements in brackets (0: a match case, which has no
** position), then `>` and its edges as target and label. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "grammar/parse.h"
#include "passes/cfg.h"

static pr_arena arena;

static void setup(void)
{
    pr_arena_init(&arena);
}

static void teardown(void)
{
    pr_arena_free(&arena);
}

static void render(const pr_cfg *g, char *buf, size_t cap)
{
    static const char kinds[] = "PXILMD";
    static const char *const labels[] = {"n", "t", "f", "body", "exit", "back", "break", "continue",
                                         "return", "case", "nomatch", "raise", "handler", "else", "swallow"};
    size_t len = 0;
    for (uint32_t i = 0; i < g->nblocks && len < cap; i++) {
        const pr_cfg_block *b = &g->blocks[i];
        len += (size_t)snprintf(buf + len, cap - len, "%s%u%c", i ? " " : "", i, kinds[b->kind]);
        for (uint32_t k = 0; k < b->nstmts && len < cap; k++)
            len += (size_t)snprintf(buf + len, cap - len, "%c%u", k ? ',' : '[',
                                    g->stmts[b->first_stmt + k]->lineno);
        if (b->nstmts && len < cap)
            len += (size_t)snprintf(buf + len, cap - len, "]");
        for (uint32_t k = 0; k < b->nsucc && len < cap; k++) {
            const pr_cfg_edge *e = &g->edges[b->first_succ + k];
            len += (size_t)snprintf(buf + len, cap - len, "%s%u%s", k ? "," : ">", e->to, labels[e->kind]);
        }
    }
}

/* The graph of the first statement of text, a def. */
static void check_graph(const char *text, const char *expected)
{
    pr_source src;
    pr_parsed parsed;
    pr_syntax_error err;
    ck_assert_msg(pr_source_prepare(&arena, text, strlen(text), &src, &err) &&
                      pr_parse_file(&arena, &src, &parsed, &err),
                  "\"%s\" did not parse: %s", text, err.msg);
    char buf[2048];
    render(pr_cfg_build(&arena, PR_SEQ_NODE(parsed.module->v.Module.body, 0)), buf, sizeof buf);
    ck_assert_str_eq(buf, expected);
}

START_TEST(if_else)
{
    check_graph("def f(a):\n    if a:\n        x = 1\n    else:\n        x = 2\n    return x\n",
                "0I[2]>2t,3f 1X 2P[3]>4n 3P[5]>4n 4P[6]>1return");
}
END_TEST

START_TEST(while_true)
{
    /* no way out of the loop but break; the call after the return is unreachable */
    check_graph("def f(a):\n    while True:\n        if a:\n            break\n    return 1\n    a()\n",
                "0P>2n 1X 2L[2]>4body 3P[5]>1return 4I[3]>5t,6f 5P[4]>3break 6P>2back 7P[6]>1n");
}
END_TEST

START_TEST(for_else)
{
    /* break skips the else, continue goes back to the head, exhaustion to the else */
    check_graph("def f(a):\n    for x in a:\n        if x:\n            continue\n        break\n"
                "    else:\n        g()\n    h()\n",
                "0P>2n 1X 2L[2]>4body,7exit 3P[8]>1n 4I[3]>5t,6f 5P[4]>2continue 6P[5]>3break 7P[7]>3n");
}
END_TEST

START_TEST(try_finally)
{
    /* the return goes through the finally, which goes on to the exit; the else is
    ** unreachable; every block of the try body may raise to the dispatch, the handler and
    ** the else to the finally, and the finally on out */
    check_graph("def f(a):\n    try:\n        return g()\n    except E:\n        h()\n    else:\n"
                "        i()\n    finally:\n        j()\n    k()\n",
                "0P>4n 1X 2P[9]>7n,1raise,1return 3D>6handler,2raise 4P[3]>2return,3raise "
                "5P[7]>2n,2raise 6P[4,5]>2n,2raise 7P[10]>1n");
}
END_TEST

START_TEST(match)
{
    /* a last `case _` catches everything: no edge past the cases */
    check_graph("def f(a):\n    match a:\n        case 1:\n            pass\n        case _:\n"
                "            pass\n    match a:\n        case 1:\n            pass\n",
                "0M[2]>3case,4case 1X 2M[7]>6case,5nomatch 3P[0,4]>2n 4P[0,6]>2n 5P>1n 6P[0,9]>5n");
}
END_TEST

START_TEST(with_swallows)
{
    /* the body is a run of blocks of its own, each with a SWALLOW edge past the with: the
    ** call after the raise stays reachable */
    check_graph("def f(a):\n    with a:\n        if a:\n            raise E\n        g()\n    h()\n",
                "0P[2]>2n 1X 2I[3]>3t,4f,5swallow 3P[4]>1raise,5swallow 4P[5]>5n,5swallow 5P[6]>1n");
}
END_TEST

START_TEST(finally_after_return)
{
    /* entered only by the return, the finally goes on to the exit, not past the try */
    check_graph("def f(a):\n    try:\n        return a\n    finally:\n        g()\n    h()\n",
                "0P>3n 1X 2P[5]>1raise,1return 3P[3]>2return,2raise 4P[6]>1n");
}
END_TEST

static Suite *cfg_suite(void)
{
    Suite *s = suite_create("cfg");
    TCase *tc = tcase_create("graphs");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, if_else);
    tcase_add_test(tc, while_true);
    tcase_add_test(tc, for_else);
    tcase_add_test(tc, try_finally);
    tcase_add_test(tc, match);
    tcase_add_test(tc, with_swallows);
    tcase_add_test(tc, finally_after_return);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(cfg_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
