/* Unit tests for ast/const.h: float, complex, str and bytes reprs, integer and float
** literal values, and the escape decoding of str and bytes bodies with CPython's error
** messages.  Every expected value was printed by Python 3.13 (repr(), int(lit, 0),
** float(lit), or the value or SyntaxError message of ast.parse on the literal). */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ast/const.h"

/* A byte string and its length, for values that hold NUL bytes. */
#define BYTES(s) s, sizeof(s) - 1

static char *repr_of(const pr_const *c, size_t *len)
{
    pr_sbuf out = { 0 };
    pr_const_repr(&out, c);
    *len = out.len;
    return out.data;
}

static void check_repr(const pr_const *c, const char *expected)
{
    size_t len;
    char *got = repr_of(c, &len);
    ck_assert_msg(len == strlen(expected) && memcmp(got, expected, len) == 0,
                  "repr is \"%.*s\", expected \"%s\"", (int)len, got, expected);
    free(got);
}

/* ------------------------------------------------------------------------------------------
** repr(float) and repr(complex)
*/

static const struct {
    double value;
    const char *repr;
} float_cases[] = {
    { 0.0, "0.0" },
    { -0.0, "-0.0" },
    { 1.0, "1.0" },
    { -1.5, "-1.5" },
    { 0.1, "0.1" },
    { 0.1 + 0.2, "0.30000000000000004" },
    { 1e16, "1e+16" },
    { 1e15, "1000000000000000.0" },
    { 9999999999999998.0, "9999999999999998.0" },
    { 123456789012345680.0, "1.2345678901234568e+17" },
    { 1e22, "1e+22" },
    { 1e23, "1e+23" },
    { 0.0001, "0.0001" },
    { 0.00001, "1e-05" },
    { 0.00009999999999999999, "9.999999999999999e-05" },
    { 1e-7, "1e-07" },
    { 5e-324, "5e-324" },
    { 1.5e-323, "1.5e-323" },
    { 2.2250738585072014e-308, "2.2250738585072014e-308" },
    { 2.225073858507201e-308, "2.225073858507201e-308" },
    { 1.7976931348623157e308, "1.7976931348623157e+308" },
    { 100.0, "100.0" },
    { 3.141592653589793, "3.141592653589793" },
    { 2.0 / 3.0, "0.6666666666666666" },
    /* A power of two (2^-1017) whose shortest repr lies above it, not at the nearest
    ** 16-digit decimal below it. */
    { 7.120236347223045e-307, "7.120236347223045e-307" },
    { 9007199254740993.0, "9007199254740992.0" },
    { 0.5, "0.5" },
    { 1234.5678, "1234.5678" },
    { -2.5e-10, "-2.5e-10" },
    { INFINITY, "inf" },
    { -INFINITY, "-inf" },
    { NAN, "nan" },
    { -NAN, "nan" },
};

START_TEST(float_repr)
{
    char buf[32];
    size_t len = pr_float_repr(float_cases[_i].value, buf);
    ck_assert_str_eq(buf, float_cases[_i].repr);
    ck_assert_uint_eq(len, strlen(float_cases[_i].repr));
    pr_const c = { .kind = PR_CONST_FLOAT, .num = float_cases[_i].value };
    check_repr(&c, float_cases[_i].repr);
}
END_TEST

static const struct {
    double imag;
    const char *repr;
} complex_cases[] = {
    { 0.0, "0j" },
    { -0.0, "-0j" },
    { 1.0, "1j" },
    { 1.5, "1.5j" },
    { 1e16, "1e+16j" },
    { 1e15, "1000000000000000j" },
    { 0.1, "0.1j" },
    { 5e-324, "5e-324j" },
    { 1e-5, "1e-05j" },
    { 100.0, "100j" },
    { INFINITY, "infj" },
    { NAN, "nanj" },
};

START_TEST(complex_repr)
{
    pr_const c = { .kind = PR_CONST_COMPLEX, .num = complex_cases[_i].imag };
    check_repr(&c, complex_cases[_i].repr);
}
END_TEST

START_TEST(singleton_and_int_repr)
{
    check_repr(&(pr_const){ .kind = PR_CONST_NONE }, "None");
    check_repr(&(pr_const){ .kind = PR_CONST_TRUE }, "True");
    check_repr(&(pr_const){ .kind = PR_CONST_FALSE }, "False");
    check_repr(&(pr_const){ .kind = PR_CONST_ELLIPSIS }, "Ellipsis");
    check_repr(&(pr_const){ .kind = PR_CONST_INT, .text = "12345", .len = 5 }, "12345");
    check_repr(&(pr_const){ .kind = PR_CONST_INT, .text = "0", .len = 1 }, "0");
}
END_TEST

/* ------------------------------------------------------------------------------------------
** repr(str) and repr(bytes)
*/

static const struct {
    const char *value;
    size_t len;
    const char *repr;
} str_repr_cases[] = {
    { BYTES(""), "''" },
    { BYTES("abc"), "'abc'" },
    { BYTES("it's"), "\"it's\"" },
    { BYTES("say \"hi\""), "'say \"hi\"'" },
    { BYTES("'\""), "'\\'\"'" },
    { BYTES("'"), "\"'\"" },
    { BYTES("\""), "'\"'" },
    { BYTES("a\\b"), "'a\\\\b'" },
    { BYTES("\t\n\r\000\037\177"), "'\\t\\n\\r\\x00\\x1f\\x7f'" },
    /* U+0080, no-break space and soft hyphen are not printable; é and ÿ are. */
    { BYTES("\302\200\302\240\302\255\303\251\303\277"), "'\\x80\\xa0\\xad\303\251\303\277'" },
    /* €, then U+2028, U+FEFF and U+FFFF, which are not printable. */
    { BYTES("\342\202\254\342\200\250\357\273\277\357\277\277"), "'\342\202\254\\u2028\\ufeff\\uffff'" },
    /* Lone surrogates, as string escapes leave them. */
    { BYTES("\355\240\200\355\277\277"), "'\\ud800\\udfff'" },
    { BYTES("\360\237\230\200\363\240\200\201\364\217\277\277"),
      "'\360\237\230\200\\U000e0001\\U0010ffff'" },
    /* Unassigned. */
    { BYTES("\315\270"), "'\\u0378'" },
};

START_TEST(str_repr)
{
    pr_const c = { .kind = PR_CONST_STR, .text = str_repr_cases[_i].value,
                   .len = str_repr_cases[_i].len };
    check_repr(&c, str_repr_cases[_i].repr);
}
END_TEST

static const struct {
    const char *value;
    size_t len;
    const char *repr;
} bytes_repr_cases[] = {
    { BYTES(""), "b''" },
    { BYTES("abc"), "b'abc'" },
    { BYTES("it's"), "b\"it's\"" },
    { BYTES("say \"hi\""), "b'say \"hi\"'" },
    { BYTES("'\""), "b'\\'\"'" },
    { BYTES("\\"), "b'\\\\'" },
    { BYTES("\t\n\r\000\037\177\200\377"), "b'\\t\\n\\r\\x00\\x1f\\x7f\\x80\\xff'" },
    { BYTES(" ~"), "b' ~'" },
};

START_TEST(bytes_repr)
{
    pr_const c = { .kind = PR_CONST_BYTES, .text = bytes_repr_cases[_i].value,
                   .len = bytes_repr_cases[_i].len };
    check_repr(&c, bytes_repr_cases[_i].repr);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** Numeric literals
*/

static const struct {
    const char *literal;
    const char *digits;
} int_cases[] = {
    { "0", "0" },
    { "00", "0" },
    { "0_0", "0" },
    { "000_000", "0" },
    { "7", "7" },
    { "1_000", "1000" },
    { "12345678901234567890123456789", "12345678901234567890123456789" },
    { "0x0", "0" },
    { "0XfF", "255" },
    { "0x_ff", "255" },
    { "0o17", "15" },
    { "0O_7_7", "63" },
    { "0b1", "1" },
    { "0B_1_0", "2" },
    { "0xffffffff", "4294967295" },
    { "0x1_0000_0000", "4294967296" },
    { "0xffffffffffffffff", "18446744073709551615" },
    { "0x1_0000_0000_0000_0000", "18446744073709551616" },
    /* Octal digits straddle the 32-bit limbs. */
    { "0o1777777777777777777777", "18446744073709551615" },
    { "0o2000000000000000000000", "18446744073709551616" },
    { "0b11111111111111111111111111111111111111111111111111111111111111111",
      "36893488147419103231" },
    { "0x0000000000000000000000000000001", "1" },
    { "0x123456789abcdef0123456789abcdef", "1512366075204170929049582354406559215" },
};

START_TEST(int_literal)
{
    pr_arena a;
    pr_arena_init(&a);
    size_t len;
    const char *lit = int_cases[_i].literal;
    const char *digits = pr_int_literal(&a, lit, strlen(lit), &len);
    ck_assert_uint_eq(len, strlen(int_cases[_i].digits));
    ck_assert_mem_eq(digits, int_cases[_i].digits, len);
    pr_arena_free(&a);
}
END_TEST

/* 2^(4k) as 0x1 followed by k zeros, against decimal doubling done digit by digit. */
START_TEST(int_literal_powers_of_two)
{
    enum { ZEROS = 2500, BITS = 4 * ZEROS, MAX_DIGITS = BITS / 3 + 2 };
    char lit[ZEROS + 4] = "0x1";
    memset(lit + 3, '0', ZEROS);
    static char expected[MAX_DIGITS];  /* little-endian decimal digits, as values */
    size_t nexpected = 1;
    expected[0] = 1;
    for (int b = 0; b < BITS; b++) {
        int carry = 0;
        for (size_t k = 0; k < nexpected; k++) {
            int d = expected[k] * 2 + carry;
            expected[k] = (char)(d % 10);
            carry = d / 10;
        }
        if (carry)
            expected[nexpected++] = (char)carry;
    }
    pr_arena a;
    pr_arena_init(&a);
    size_t len;
    const char *digits = pr_int_literal(&a, lit, ZEROS + 3, &len);
    ck_assert_uint_eq(len, nexpected);
    for (size_t k = 0; k < len; k++)
        ck_assert_int_eq(digits[k] - '0', expected[len - 1 - k]);
    pr_arena_free(&a);
}
END_TEST

/* 16^100000 - 1: must finish well inside Check's timeout. */
START_TEST(int_literal_huge)
{
    enum { HEX_DIGITS = 100000 };
    char *lit = malloc(HEX_DIGITS + 2);
    ck_assert_ptr_nonnull(lit);
    memcpy(lit, "0x", 2);
    memset(lit + 2, 'f', HEX_DIGITS);
    pr_arena a;
    pr_arena_init(&a);
    size_t len;
    const char *digits = pr_int_literal(&a, lit, HEX_DIGITS + 2, &len);
    ck_assert_uint_eq(len, 120412);
    ck_assert_mem_eq(digits, "99601434299370496793", 20);
    ck_assert_mem_eq(digits + len - 20, "68859013314171109375", 20);
    pr_arena_free(&a);
    free(lit);
}
END_TEST

START_TEST(float_literal)
{
    ck_assert(pr_float_literal(BYTES("1_0.5e-3")) == 10.5e-3);
    ck_assert(pr_float_literal(BYTES("1.")) == 1.0);
    ck_assert(pr_float_literal(BYTES(".5")) == 0.5);
    ck_assert(pr_float_literal(BYTES("1e3")) == 1000.0);
    ck_assert(pr_float_literal(BYTES("1E-3")) == 1e-3);
    ck_assert(pr_float_literal(BYTES("0_0.0_0")) == 0.0);
    ck_assert(pr_float_literal(BYTES("1_000.000_1")) == 1000.0001);
    ck_assert(pr_float_literal(BYTES("9007199254740993")) == 9007199254740992.0);
    ck_assert(pr_float_literal(BYTES("2.4703282292062328e-324")) == 5e-324);
    ck_assert(pr_float_literal(BYTES("2.4703282292062327e-324")) == 0.0);
    ck_assert(isinf(pr_float_literal(BYTES("1e400"))));
    ck_assert(pr_float_literal(BYTES("1e-400")) == 0.0);
    /* Only the literal's own bytes count, not what follows it in the source. */
    ck_assert(pr_float_literal("1.5e3", 3) == 1.5);
}
END_TEST

/* Literals longer than any fixed buffer. */
START_TEST(float_literal_long)
{
    char lit[1 + 300 + 100 + 2];
    size_t n = 0;
    lit[n++] = '1';
    for (int k = 0; k < 300; k++) {
        if (k % 3 == 0)
            lit[n++] = '_';
        lit[n++] = '0';
    }
    memcpy(lit + n, ".0", 2);
    ck_assert(pr_float_literal(lit, n + 2) == 1e300);
    ck_assert(pr_float_literal(BYTES("0.0000000000000000000000000000000000000000000000000000000"
                                     "00000000000000000000000000000000000000000000000000000001"))
              == 1e-111);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** Escape decoding
*/

typedef struct decode_case {
    const char *body;
    size_t len;
    bool ok;
    const char *result;  /* the value when ok, else the message */
    size_t result_len;
} decode_case;

static const decode_case str_cases[] = {
    { BYTES("abc"), true, BYTES("abc") },
    { BYTES("\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v"), true, BYTES("\\'\"\007\010\014\n\015\t\013") },
    { BYTES("a\\\nb"), true, BYTES("ab") },
    /* Octal values past 0o377 stay; \8 and \9 are not escapes. */
    { BYTES("\\0\\7\\07\\101\\1012\\400\\777\\8\\9"), true,
      BYTES("\000\007\007AA2\304\200\307\277\\8\\9") },
    { BYTES("\\x41\\xff\\xFf"), true, BYTES("A\303\277\303\277") },
    { BYTES("\\u20ac\\u00e9\\ud800\\uDFFF"), true,
      BYTES("\342\202\254\303\251\355\240\200\355\277\277") },
    { BYTES("\\U0001F600\\U0010ffff\\U00000041"), true, BYTES("\360\237\230\200\364\217\277\277A") },
    /* Any letter case, and aliases. */
    { BYTES("\\N{LATIN SMALL LETTER A}\\N{euro sign}\\N{LF}"), true, BYTES("a\342\202\254\n") },
    { BYTES("\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GA}"), true,
      BYTES("\344\270\200\352\260\200") },
    { BYTES("\\d\\q\\ \\{"), true, BYTES("\\d\\q\\ \\{") },
    { BYTES("\\\303\251"), true, BYTES("\\\303\251") },
    /* A body that ends in a backslash, as an f-string part before a replacement field does
    ** (f"a\{x}"). */
    { BYTES("a\\"), true, BYTES("a\\") },
    { BYTES("\303\251\\"), true, BYTES("\303\251\\") },
    { BYTES("\\x"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
            "truncated \\xXX escape") },
    { BYTES("\\x4"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "truncated \\xXX escape") },
    { BYTES("\\x4g"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "truncated \\xXX escape") },
    { BYTES("\\xg"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
            "truncated \\xXX escape") },
    { BYTES("\\x4\\"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "truncated \\xXX escape") },
    { BYTES("\\u12"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: "
            "truncated \\uXXXX escape") },
    { BYTES("\\U0001234"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: "
            "truncated \\UXXXXXXXX escape") },
    { BYTES("\\U00110000"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
            "illegal Unicode character") },
    { BYTES("\\Uffffffff"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
            "illegal Unicode character") },
    { BYTES("\\N"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
            "malformed \\N character escape") },
    { BYTES("\\Nx"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
            "malformed \\N character escape") },
    { BYTES("\\N{"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "malformed \\N character escape") },
    { BYTES("\\N{}"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "malformed \\N character escape") },
    { BYTES("\\N{LATIN"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: "
            "malformed \\N character escape") },
    { BYTES("\\N{NOT A NAME}"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: "
            "unknown Unicode character name") },
    { BYTES("ab\\x4g"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: "
            "truncated \\xXX escape") },
    /* Positions count each non-ASCII character as ten, and a backslash before one as six. */
    { BYTES("\303\251\\x4g"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: "
            "truncated \\xXX escape") },
    { BYTES("\303\251\303\251\\u12"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 20-23: "
            "truncated \\uXXXX escape") },
    { BYTES("\\\303\251\\x"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: "
            "truncated \\xXX escape") },
    { BYTES("\303\244\\\\\303\244\\x"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 22-23: "
            "truncated \\xXX escape") },
    { BYTES("\\N{a\\\303\244}x"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: "
            "unknown Unicode character name") },
    { BYTES("\\N{\303\244}"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: "
            "unknown Unicode character name") },
    { BYTES("\342\202\254\360\237\230\200\\N{"), false,
      BYTES("(unicode error) 'unicodeescape' codec can't decode bytes in position 20-22: "
            "malformed \\N character escape") },
};

static const decode_case bytes_cases[] = {
    { BYTES("abc"), true, BYTES("abc") },
    { BYTES("\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v"), true, BYTES("\\'\"\007\010\014\n\015\t\013") },
    { BYTES("a\\\nb"), true, BYTES("ab") },
    /* Octal values past 0o377 keep their low eight bits. */
    { BYTES("\\0\\7\\101\\400\\777\\8"), true, BYTES("\000\007A\000\377\\8") },
    { BYTES("\\x41\\xff\\xFf"), true, BYTES("A\377\377") },
    { BYTES("\\u20ac\\N{LF}\\d"), true, BYTES("\\u20ac\\N{LF}\\d") },
    { BYTES("\\x"), false, BYTES("(value error) invalid \\x escape at position 0") },
    { BYTES("\\x4"), false, BYTES("(value error) invalid \\x escape at position 0") },
    { BYTES("ab\\x4g"), false, BYTES("(value error) invalid \\x escape at position 2") },
    { BYTES("\\xg0"), false, BYTES("(value error) invalid \\x escape at position 0") },
    /* What _PyBytes_DecodeEscape says; the lexer never hands over such a body. */
    { BYTES("a\\"), false, BYTES("(value error) Trailing \\ in string") },
};

/* The output buffer is exactly as long as the body, so sanitizers see any overrun. */
static void check_decode(const decode_case *c, bool bytes)
{
    char *out = malloc(c->len ? c->len : 1);
    ck_assert_ptr_nonnull(out);
    pr_decode_error err = { { 0 } };
    size_t len = bytes ? pr_decode_bytes(c->body, c->len, out, &err)
                       : pr_decode_str(c->body, c->len, out, &err);
    if (c->ok) {
        ck_assert_msg(len != (size_t)-1, "unexpected error: %s", err.msg);
        ck_assert_uint_eq(len, c->result_len);
        ck_assert_mem_eq(out, c->result, len);
    } else {
        ck_assert_uint_eq(len, (size_t)-1);
        ck_assert_str_eq(err.msg, c->result);
    }
    free(out);
}

START_TEST(decode_str)
{
    check_decode(&str_cases[_i], false);
}
END_TEST

START_TEST(decode_bytes)
{
    check_decode(&bytes_cases[_i], true);
}
END_TEST

/* Every backslash escape of one ASCII character decodes to at most its own length. */
START_TEST(decode_single_escapes)
{
    for (int c = 1; c < 128; c++) {
        char body[2] = { '\\', (char)c }, out[2];
        pr_decode_error err;
        size_t len = pr_decode_str(body, 2, out, &err);
        ck_assert(len == (size_t)-1 || len <= 2);
        len = pr_decode_bytes(body, 2, out, &err);
        ck_assert(len == (size_t)-1 || len <= 2);
    }
}
END_TEST

/* ------------------------------------------------------------------------------------------
*/

#define COUNT(a) (int)(sizeof(a) / sizeof((a)[0]))

static Suite *const_suite(void)
{
    Suite *s = suite_create("const");
    TCase *tc = tcase_create("repr");
    tcase_add_loop_test(tc, float_repr, 0, COUNT(float_cases));
    tcase_add_loop_test(tc, complex_repr, 0, COUNT(complex_cases));
    tcase_add_test(tc, singleton_and_int_repr);
    tcase_add_loop_test(tc, str_repr, 0, COUNT(str_repr_cases));
    tcase_add_loop_test(tc, bytes_repr, 0, COUNT(bytes_repr_cases));
    suite_add_tcase(s, tc);

    tc = tcase_create("literals");
    tcase_add_loop_test(tc, int_literal, 0, COUNT(int_cases));
    tcase_add_test(tc, int_literal_powers_of_two);
    tcase_add_test(tc, int_literal_huge);
    tcase_add_test(tc, float_literal);
    tcase_add_test(tc, float_literal_long);
    suite_add_tcase(s, tc);

    tc = tcase_create("decode");
    tcase_add_loop_test(tc, decode_str, 0, COUNT(str_cases));
    tcase_add_loop_test(tc, decode_bytes, 0, COUNT(bytes_cases));
    tcase_add_test(tc, decode_single_escapes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(const_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
