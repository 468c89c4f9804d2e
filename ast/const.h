/* Literal values as CPython holds them, and their repr() as ast.dump prints it: integers
** of any size (kept as decimal digits), floats and imaginary numbers (IEEE doubles printed
** with Python's shortest round-trip repr), str (UTF-8, possibly holding encoded surrogates
** from escapes) and bytes, with the escape decoding of string literals and the errors
** CPython raises for bad escapes. */
#ifndef PR_CONST_H
#define PR_CONST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "sbuf.h"

typedef enum pr_const_kind {
    PR_CONST_NONE,
    PR_CONST_TRUE,
    PR_CONST_FALSE,
    PR_CONST_ELLIPSIS,
    PR_CONST_INT,      /* text: decimal digits, no sign, no leading zeros ("0" for zero) */
    PR_CONST_FLOAT,    /* num */
    PR_CONST_COMPLEX,  /* num: the imaginary part; the real part is 0 */
    PR_CONST_STR,      /* text, len: UTF-8 (surrogates encoded as 3 bytes) */
    PR_CONST_BYTES,    /* text, len: the bytes */
} pr_const_kind;

typedef struct pr_const {
    pr_const_kind kind;
    size_t len;
    const char *text;
    double num;
} pr_const;

/* Appends repr(value) as Python 3.13 prints it. */
void pr_const_repr(pr_sbuf *out, const pr_const *c);

/* Python's repr(float): the shortest string that reads back as v ("1e+16", "0.1", "inf",
** "nan", "-0.0").  buf needs 32 bytes; returns the length. */
size_t pr_float_repr(double v, char *buf);

/* Python's repr(str) and repr(bytes) of the given values. */
void pr_str_repr(pr_sbuf *out, const char *s, size_t n);
void pr_bytes_repr(pr_sbuf *out, const char *s, size_t n);

/* Numeric literals, given their source text (underscores allowed, as the lexer checked). */
/* Integer literal in any base ("0x_ff", "0o17", "0b1", "1_000", "00") to decimal digits
** allocated in a; *len receives their count. */
const char *pr_int_literal(pr_arena *a, const char *lit, size_t n, size_t *len);
/* Float literal ("1_0.5e-3", "1.", ".5") and imaginary literal without its j ("1e3"). */
double pr_float_literal(const char *lit, size_t n);

/* An error in a literal, worded as CPython words it. */
typedef struct pr_decode_error {
    char msg[200];
} pr_decode_error;

/* Decodes the body of a non-raw string literal (the text between the quotes, UTF-8) into
** out, which has room for n bytes (a decoded body is never longer than its source).
** Returns the decoded length, or (size_t)-1 with err filled, e.g. "(unicode error)
** 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape" or for
** bytes "(value error) invalid \x escape at position 0".  Invalid escapes such as "\d" are
** kept as they are (CPython only warns). */
size_t pr_decode_str(const char *body, size_t n, char *out, pr_decode_error *err);
size_t pr_decode_bytes(const char *body, size_t n, char *out, pr_decode_error *err);

#endif
