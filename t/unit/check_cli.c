/* Unit tests for the command's readers (cli/cli.h): the TOML 1.0 reader on every kind of
** value and table, and on the documents the specification declares invalid (each with
** the line, column and words of its error); and the git-style path patterns of exclude,
** per-file-ignores and .gitignore.  Every expected value follows the TOML 1.0
** specification's text and git's documentation of gitignore. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast/arena.h"
#include "ast/sbuf.h"
#include "cli/cli.h"
#include "passes/passes.h"

static pr_arena arena;

static void setup(void)
{
    pr_arena_init(&arena);
}

static void teardown(void)
{
    pr_arena_free(&arena);
}

#define COUNT(a) (int)(sizeof(a) / sizeof((a)[0]))

/* A parsed document, written compactly: tables {k=v,...} in document order, arrays
** [...], strings "..." (non-printable bytes as \xNN), floats f(...), dates d(...). */
static void show(pr_sbuf *out, const pr_toml_value *v)
{
    switch (v->type) {
    case PR_TOML_STRING:
        pr_sbuf_putc(out, '"');
        for (size_t i = 0; i < v->u.str.len; i++) {
            unsigned char c = (unsigned char)v->u.str.s[i];
            if (c < 0x20 || c == '"' || c == '\\')
                pr_sbuf_printf(out, "\\x%02x", c);
            else
                pr_sbuf_putc(out, (char)c);
        }
        pr_sbuf_putc(out, '"');
        break;
    case PR_TOML_INTEGER:
        pr_sbuf_printf(out, "%lld", (long long)v->u.i);
        break;
    case PR_TOML_FLOAT:
        pr_sbuf_printf(out, "f(%g)", v->u.f);
        break;
    case PR_TOML_BOOLEAN:
        pr_sbuf_puts(out, v->u.b ? "true" : "false");
        break;
    case PR_TOML_DATETIME:
        pr_sbuf_printf(out, "d(%s)", v->u.str.s);
        break;
    case PR_TOML_ARRAY:
        pr_sbuf_putc(out, '[');
        for (uint32_t i = 0; i < v->u.arr.n; i++) {
            if (i)
                pr_sbuf_putc(out, ',');
            show(out, v->u.arr.items[i]);
        }
        pr_sbuf_putc(out, ']');
        break;
    case PR_TOML_TABLE:
        pr_sbuf_putc(out, '{');
        for (uint32_t i = 0; i < v->u.tab.n; i++) {
            if (i)
                pr_sbuf_putc(out, ',');
            pr_sbuf_printf(out, "%s=", v->u.tab.items[i].key);
            show(out, v->u.tab.items[i].value);
        }
        pr_sbuf_putc(out, '}');
        break;
    }
}

/* ------------------------------------------------------------------ valid documents */

static const struct {
    const char *toml, *expected;
} valid_cases[] = {
    {"", "{}"},
    {"# only a comment\n\n", "{}"},
    {"a = 1\r\nb = 2\r\n", "{a=1,b=2}"},
    {"key = \"value\"", "{key=\"value\"}"},
    {"bare_key-1 = 1\n\"quoted key\" = 2\n'literal key' = 3\n\"\" = 4", "{bare_key-1=1,quoted key=2,literal key=3,=4}"},
    {"1234 = \"digits are bare keys\"", "{1234=\"digits are bare keys\"}"},
    {"a.b.c = 1\na . d = 2\n\"x.y\".z = 3", "{a={b={c=1},d=2},x.y={z=3}}"},
    {"s = \"tab\\there \\\"q\\\" \\\\ \\u00e9 \\U0001F600\"", "{s=\"tab\\x09here \\x22q\\x22 \\x5c \xc3\xa9 \xf0\x9f\x98\x80\"}"},
    {"s = \"\"\"\nRoses\nViolets\"\"\"", "{s=\"Roses\\x0aViolets\"}"},
    {"s = \"\"\"\\\n   The quick \\\n\n   fox.\"\"\"", "{s=\"The quick fox.\"}"},
    {"s = \"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\"",
     "{s=\"Here are two quotation marks: \\x22\\x22. Simple enough.\"}"},
    {"s = \"\"\"\"This,\" she said, \"is just a pointless statement.\"\"\"\"",
     "{s=\"\\x22This,\\x22 she said, \\x22is just a pointless statement.\\x22\"}"},
    {"p = 'C:\\Users\\nodejs'", "{p=\"C:\\x5cUsers\\x5cnodejs\"}"},
    {"re = '''I [dw]on't need \\d{2} apples'''", "{re=\"I [dw]on't need \\x5cd{2} apples\"}"},
    {"s = '''\nThe first newline is\ntrimmed.\n'''", "{s=\"The first newline is\\x0atrimmed.\\x0a\"}"},
    {"s = ''''That,' she said, 'is still pointless.''''", "{s=\"'That,' she said, 'is still pointless.'\"}"},
    {"a = +99\nb = 42\nc = 0\nd = -17\ne = 1_000\nf = 5_349_221\ng = -0", "{a=99,b=42,c=0,d=-17,e=1000,f=5349221,g=0}"},
    {"h = 0xDEADBEEF\no = 0o755\nb = 0b1101_0110\nx = 0xdead_beef", "{h=3735928559,o=493,b=214,x=3735928559}"},
    {"max = 9223372036854775807\nmin = -9223372036854775808", "{max=9223372036854775807,min=-9223372036854775808}"},
    {"a = +1.0\nb = 3.1415\nc = -0.01\nd = 5e+22\ne = 1e06\nf = -2E-2\ng = 6.626e-34\nh = 224_617.445_991",
     "{a=f(1),b=f(3.1415),c=f(-0.01),d=f(5e+22),e=f(1e+06),f=f(-0.02),g=f(6.626e-34),h=f(224617)}"},
    {"a = inf\nb = +inf\nc = -inf\nd = nan", "{a=f(inf),b=f(inf),c=f(-inf),d=f(nan)}"},
    {"t = true\nf = false", "{t=true,f=false}"},
    {"a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00-07:00\nc = 1979-05-27 07:32:00.999999\nd = 1979-05-27\n"
     "e = 00:32:00.5\nf = 2000-02-29t10:00:00z",
     "{a=d(1979-05-27T07:32:00Z),b=d(1979-05-27T00:32:00-07:00),c=d(1979-05-27 07:32:00.999999),d=d(1979-05-27),"
     "e=d(00:32:00.5),f=d(2000-02-29t10:00:00z)}"},
    {"d = 1979-05-27 # a date and a comment", "{d=d(1979-05-27)}"},
    {"a = [1, 2, 3]\nb = [\"x\", 'y']\nc = [[1, 2], [\"a\"]]\nd = [0.1, \"mixed\", true]",
     "{a=[1,2,3],b=[\"x\",\"y\"],c=[[1,2],[\"a\"]],d=[f(0.1),\"mixed\",true]}"},
    {"a = [\n  1,\n  2, # two\n]\nb = []\nc = [ ]", "{a=[1,2],b=[],c=[]}"},
    {"name = { first = \"Tom\", last = \"Preston-Werner\" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = \"pug\" }\ne = {}",
     "{name={first=\"Tom\",last=\"Preston-Werner\"},point={x=1,y=2},animal={type={name=\"pug\"}},e={}}"},
    {"t = { a = [1,\n 2] }", "{t={a=[1,2]}}"},
    {"[table-1]\nkey1 = \"some string\"\n[table-2]\nkey1 = 456", "{table-1={key1=\"some string\"},table-2={key1=456}}"},
    {"[dog.\"tater.man\"]\ntype.name = \"pug\"", "{dog={tater.man={type={name=\"pug\"}}}}"},
    {"[ a . b ]\nc = 1", "{a={b={c=1}}}"},
    {"[x.y.z.w]\n[x]\na = 1", "{x={y={z={w={}}},a=1}}"},
    {"[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true",
     "{fruit={apple={color=\"red\",taste={sweet=true},texture={smooth=true}}}}"},
    {"[[products]]\nname = \"Hammer\"\n[[products]]\n[[products]]\nname = \"Nail\"",
     "{products=[{name=\"Hammer\"},{},{name=\"Nail\"}]}"},
    {"[[fruits]]\nname = \"apple\"\n[fruits.physical]\ncolor = \"red\"\n[[fruits.varieties]]\nname = \"red delicious\"\n"
     "[[fruits]]\nname = \"banana\"",
     "{fruits=[{name=\"apple\",physical={color=\"red\"},varieties=[{name=\"red delicious\"}]},{name=\"banana\"}]}"},
    {"\xEF\xBB\xBF" "a = 1", "{a=1}"},
    {"[tool.pyreview]\nselect = [\"F\"]\n[tool.other]\nx = 1", "{tool={pyreview={select=[\"F\"]},other={x=1}}}"},
};

START_TEST(valid)
{
    pr_toml_error err;
    const char *text = valid_cases[_i].toml;
    pr_toml_value *v = pr_cli_toml_parse(&arena, text, strlen(text), &err);
    ck_assert_msg(v != NULL, "case %d: %u:%u: %s", _i, err.line, err.col, err.msg);
    pr_sbuf out = {0};
    show(&out, v);
    pr_sbuf_putc(&out, 0);
    ck_assert_str_eq(out.data, valid_cases[_i].expected);
    pr_sbuf_free(&out);
}
END_TEST

START_TEST(positions)
{
    pr_toml_error err;
    const char *text = "a = 1\n  [t]\n  é = \"x\"\n  key = [ 1,\n   2 ]";
    pr_toml_value *root = pr_cli_toml_parse(&arena, text, strlen(text), &err);
    ck_assert_ptr_null(root);   /* é is not a bare key */
    ck_assert_uint_eq(err.line, 3);
    ck_assert_uint_eq(err.col, 3);
    text = "a = 1\n  [t]\n  \"é\" = \"x\"\n  key = [ 1,\n   2 ]";
    root = pr_cli_toml_parse(&arena, text, strlen(text), &err);
    ck_assert_ptr_nonnull(root);
    const pr_toml_value *t = pr_cli_toml_get(root, "t");
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_eq(t->u.tab.items[0].line, 3);
    ck_assert_uint_eq(t->u.tab.items[0].col, 3);
    const pr_toml_value *x = pr_cli_toml_get(t, "é");
    ck_assert_uint_eq(x->line, 3);
    ck_assert_uint_eq(x->col, 9);   /* characters, not bytes */
    const pr_toml_value *key = pr_cli_toml_get(t, "key");
    ck_assert_uint_eq(key->u.arr.items[1]->line, 5);
    ck_assert_uint_eq(key->u.arr.items[1]->col, 4);
}
END_TEST

/* ------------------------------------------------------------------ invalid documents */

static const struct {
    const char *toml, *expected;   /* "line:col: message" */
} invalid_cases[] = {
    {"key = # no value", "1:7: expected a value"},
    {"key = value", "1:7: expected a value"},
    {"first = \"Tom\" last = \"Preston-Werner\"", "1:15: expected the end of the line after a value"},
    {"= \"no key\"", "1:1: expected a key"},
    {"k.=1", "1:3: expected a key"},
    {"name = \"Tom\"\nname = \"Pradyun\"", "2:1: duplicate key 'name' (first defined at line 1)"},
    {"spelling = \"favorite\"\n\"spelling\" = \"favourite\"", "2:1: duplicate key 'spelling' (first defined at line 1)"},
    {"fruit.apple = 1\nfruit.apple.smooth = true", "2:7: key 'fruit.apple' is already defined (line 1)"},
    {"[fruit]\napple = \"red\"\n[fruit]\norange = \"orange\"", "3:1: table [fruit] is already defined (line 1)"},
    {"[fruit]\napple = \"red\"\n[fruit.apple]\ntexture = \"smooth\"", "3:1: key 'apple' in [fruit.apple] is already defined as a value (line 2)"},
    {"[fruit]\napple.color = \"red\"\n[fruit.apple]", "3:1: table [fruit.apple] is already defined (line 2)"},
    {"[a.b.c]\nz = 9\n[a]\nb.c.t = 1", "4:3: key 'b.c' is already defined (line 1)"},
    {"[product]\ntype = { name = \"Nail\" }\ntype.edible = false", "3:1: key 'type' is already defined (line 2)"},
    {"[product]\ntype.name = \"Nail\"\ntype = { edible = false }", "3:1: duplicate key 'type' (first defined at line 2)"},
    {"a = { b = 1 }\n[a.c]", "2:2: key 'a' in [a.c] is already defined as a value (line 1)"},
    {"fruits = []\n[[fruits]]", "2:1: cannot define [[fruits]]: 'fruits' is already defined (line 1)"},
    {"[[fruits]]\n[fruits]", "2:1: [fruits] is already defined as an array of tables (line 1)"},
    {"a = { b = 1, }", "1:14: trailing comma in an inline table"},
    {"a = { b = 1\n}", "1:12: unterminated inline table"},
    {"a = [1 2]", "1:8: expected ',' or ']' in an array"},
    {"a = [1,", "1:8: unterminated array"},
    {"s = \"abc", "1:5: unterminated string"},
    {"s = \"\"\"abc", "1:5: unterminated multi-line string"},
    {"s = '''abc", "1:5: unterminated multi-line string"},
    {"s = \"a\\qb\"", "1:7: invalid escape sequence '\\q'"},
    {"s = \"\\uD800\"", "1:6: escape \\u names no Unicode character"},
    {"s = \"\\u12\"", "1:6: invalid Unicode escape"},
    {"s = \"a\x01" "b\"", "1:7: control character U+0001 in a string"},
    {"# a\x7f comment", "1:4: control character U+007F in a comment"},
    {"a = 1\rb = 2", "1:6: expected the end of the line after a value"},
    {"a = 01", "1:5: leading zeros are not allowed in a number"},
    {"a = 1__2", "1:6: misplaced underscore in a number"},
    {"a = _1", "1:5: expected a value"},
    {"a = 1_", "1:6: misplaced underscore in a number"},
    {"a = +0x10", "1:5: hexadecimal, octal and binary integers take no sign"},
    {"a = 0o8", "1:7: expected digits after '0o'"},
    {"a = 9223372036854775808", "1:5: integer out of range (64-bit signed)"},
    {"a = 1.", "1:7: expected digits after the decimal point"},
    {"a = .7", "1:5: expected a value"},
    {"a = 3.e+20", "1:7: expected digits after the decimal point"},
    {"a = 1e", "1:7: expected digits in the exponent"},
    {"a = infinity", "1:5: expected a value"},
    {"a = True", "1:5: expected a value"},
    {"d = 1979-13-01", "1:5: no such date: 1979-13-01"},
    {"d = 2001-02-29", "1:5: no such date: 2001-02-29"},
    {"d = 1979-05-27T25:00:00", "1:5: no such time: 25:00:00"},
    {"d = 1979-05-27T07:32", "1:5: invalid time"},
    {"d = 1979-05-27T07:32:00+7:00", "1:24: invalid time offset"},
    {"[a]b = 1", "1:4: expected the end of the line after a table header"},
    {"[a", "1:3: expected ']' to close the header"},
    {"[[a]", "1:4: expected ']]' to close the header"},
    {"[]", "1:2: expected a key"},
    {"a\"b\" = 1", "1:2: expected '=' after a key"},
    {"k\xc3\xa9 = 1", "1:2: expected '=' after a key"},
    {"a = \xff", "1:5: invalid UTF-8"},
    {"a = \"\xed\xa0\x80\"", "1:6: invalid UTF-8"},
    {"a = \"\"\"x\"\"\"\"\"\"", "1:14: expected the end of the line after a value"},
};

START_TEST(invalid)
{
    pr_toml_error err;
    const char *text = invalid_cases[_i].toml;
    pr_toml_value *v = pr_cli_toml_parse(&arena, text, strlen(text), &err);
    ck_assert_msg(v == NULL, "case %d accepted: %s", _i, text);
    char got[400];
    snprintf(got, sizeof got, "%u:%u: %s", err.line, err.col, err.msg);
    ck_assert_str_eq(got, invalid_cases[_i].expected);
}
END_TEST

START_TEST(deep_nesting)
{
    /* arrays nested deeper than the reader's bound are refused, not a stack overflow */
    pr_sbuf doc = {0};
    pr_sbuf_puts(&doc, "a = ");
    for (int i = 0; i < 100000; i++)
        pr_sbuf_putc(&doc, '[');
    pr_toml_error err;
    ck_assert_ptr_null(pr_cli_toml_parse(&arena, doc.data, doc.len, &err));
    ck_assert_str_eq(err.msg, "values nested more than 100 deep");
    pr_sbuf_free(&doc);
}
END_TEST

/* ------------------------------------------------------------------ patterns */

static const struct {
    const char *pattern, *path;
    bool is_dir, matches, within;
} glob_cases[] = {
    /* no slash: a name at any depth */
    {"*.py", "/r/a.py", false, true, true},
    {"*.py", "/r/x/y/a.py", false, true, true},
    {"*.py", "/r/a.pyi", false, false, false},
    {"test_*", "/r/tests/test_a.py", false, true, true},
    {"venv", "/r/x/venv", true, true, true},
    {"venv", "/r/x/venv/lib/a.py", false, false, true},
    /* a slash: anchored to the base */
    {"src/*.py", "/r/src/a.py", false, true, true},
    {"src/*.py", "/r/src/sub/a.py", false, false, false},
    {"src/*.py", "/r/x/src/a.py", false, false, false},
    {"/a.py", "/r/a.py", false, true, true},
    {"/a.py", "/r/x/a.py", false, false, false},
    {"src/", "/r/src", true, true, true},
    {"src/", "/r/src", false, false, false},
    {"src/", "/r/src/m.py", false, false, true},
    /* double stars */
    {"**/foo", "/r/foo", false, true, true},
    {"**/foo", "/r/a/b/foo", false, true, true},
    {"**/foo/bar", "/r/x/foo/bar", false, true, true},
    {"abc/**", "/r/abc/x/y.py", false, true, true},
    {"abc/**", "/r/abc", true, false, false},
    {"a/**/b", "/r/a/b", false, true, true},
    {"a/**/b", "/r/a/x/y/b", false, true, true},
    {"a/**/b", "/r/a/xb", false, false, false},
    {"a**b", "/r/axyb", false, true, true},
    /* one character, classes, escapes */
    {"?.py", "/r/a.py", false, true, true},
    {"?.py", "/r/ab.py", false, false, false},
    {"?.py", "/r/\xc3\xa9.py", false, true, true},
    {"[ab].py", "/r/b.py", false, true, true},
    {"[!ab].py", "/r/b.py", false, false, false},
    {"[^ab].py", "/r/c.py", false, true, true},
    {"[a-c]x", "/r/bx", false, true, true},
    {"[a-c]x", "/r/dx", false, false, false},
    {"\\*.py", "/r/*.py", false, true, true},
    {"\\*.py", "/r/a.py", false, false, false},
    {"[.py", "/r/[.py", false, true, true},
    /* not below the base */
    {"src/a.py", "/elsewhere/src/a.py", false, false, false},
};

START_TEST(globs)
{
    pr_cli_glob g;
    ck_assert(pr_cli_glob_compile(&arena, &g, glob_cases[_i].pattern, "/r"));
    ck_assert_msg(pr_cli_glob_matches(&g, glob_cases[_i].path, glob_cases[_i].is_dir) == glob_cases[_i].matches,
                  "%s against %s", glob_cases[_i].pattern, glob_cases[_i].path);
    ck_assert_msg(pr_cli_glob_matches_within(&g, glob_cases[_i].path, glob_cases[_i].is_dir) == glob_cases[_i].within,
                  "%s against %s and the directories above it", glob_cases[_i].pattern, glob_cases[_i].path);
}
END_TEST

START_TEST(glob_lists)
{
    pr_cli_globs list = {0};
    pr_cli_globs_add(&arena, &list, "*.log", "/r");
    pr_cli_globs_add(&arena, &list, "!keep.log", "/r");
    pr_cli_globs_add(&arena, &list, "", "/r");
    pr_cli_globs_add(&arena, &list, "trailing.log   ", "/r");
    ck_assert_uint_eq(list.n, 3);
    ck_assert_int_eq(pr_cli_globs_decide(&list, "/r/a.log", false), 1);
    ck_assert_int_eq(pr_cli_globs_decide(&list, "/r/x/keep.log", false), -1);
    ck_assert_int_eq(pr_cli_globs_decide(&list, "/r/a.py", false), 0);
    ck_assert_str_eq(list.items[2].body, "trailing.log");
}
END_TEST

/* Every rule is reported by a pass of the review, or by the command itself (the
** suppression rules, and the whole-project join: RVW102, RVW202): a rule no pass
** claims would never run when selected alone (passes/review.c runs only the passes of the
** rules that are on). */
START_TEST(every_rule_has_its_pass)
{
    static const char *const command_rules[] = {"E999", "PGH004", "RUF100", "RVW901", "RVW902",
                                                "RVW102", "RVW202"};
    for (int r = 0; r < PR_RULE_COUNT; r++) {
        bool by_command = false;
        for (int i = 0; i < COUNT(command_rules); i++)
            by_command |= strcmp(pr_rules[r].code, command_rules[i]) == 0;
        if (by_command)
            ck_assert_msg(pr_review_pass_of((pr_rule)r) < 0, "%s is the command's", pr_rules[r].code);
        else
            ck_assert_msg(pr_review_pass_of((pr_rule)r) >= 0, "no pass reports %s (passes/review.c)",
                          pr_rules[r].code);
    }
}
END_TEST

static Suite *cli_suite(void)
{
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("toml");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, valid, 0, COUNT(valid_cases));
    tcase_add_test(tc, positions);
    tcase_add_loop_test(tc, invalid, 0, COUNT(invalid_cases));
    tcase_add_test(tc, deep_nesting);
    suite_add_tcase(s, tc);
    tc = tcase_create("globs");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, globs, 0, COUNT(glob_cases));
    tcase_add_test(tc, glob_lists);
    suite_add_tcase(s, tc);
    tc = tcase_create("rules");
    tcase_add_test(tc, every_rule_has_its_pass);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(cli_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
