/* Numeric constants: the values of int, float and imaginary literals, and Python's
** repr() of a float.  Integers stay decimal digit strings, so only literals in bases 2, 8
** and 16 need arithmetic; floats are read by the C library's strtod and printed by
** searching, with snprintf and strtod, for the shortest decimal that reads back. */
#include "const.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------------------------
** repr(float)
*/

/* A decimal candidate for repr: digits * 10^exp, with at most 17 digits. */
typedef struct decimal {
    uint64_t digits;
    int exp;
} decimal;

static double decimal_value(decimal d)
{
    char text[48];
    snprintf(text, sizeof text, "%llue%d", (unsigned long long)d.digits, d.exp);
    return strtod(text, NULL);
}

/* The decimal of `precision` significant digits nearest to v (v > 0 and finite); glibc's
** printf rounds exactly. */
static decimal nearest_decimal(double v, int precision)
{
    char text[48];
    snprintf(text, sizeof text, "%.*e", precision - 1, v);
    decimal d = { 0, 0 };
    const char *p = text;
    for (; *p != 'e'; p++)
        if (*p != '.')
            d.digits = d.digits * 10 + (uint64_t)(*p - '0');
    d.exp = atoi(p + 1) - (precision - 1);
    return d;
}

static uint64_t power_of_ten(int n)
{
    uint64_t p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

/* The shortest decimal that reads back as v (v > 0 and finite), and the one nearest to v
** when several are that short: what David Gay's dtoa mode 0 gives CPython.  The decimals
** of a given length that read back as v form a run around v, so if any does, the nearest
** one does, or else the one next to it on the far side of v; that one can be the only
** choice where the gap below v is half the gap above it, at powers of two. */
static decimal shortest_decimal(double v)
{
    for (int precision = 1;; precision++) {
        decimal d = nearest_decimal(v, precision);
        double back = decimal_value(d);
        if (back == v || precision == 17)
            return d;
        if (back < v) {
            d.digits++;
        } else if (d.digits == power_of_ten(precision - 1)) {
            d.digits = power_of_ten(precision) - 1;
            d.exp--;
        } else {
            d.digits--;
        }
        if (decimal_value(d) == v)
            return d;
    }
}

size_t pr_float_repr(double v, char *buf)
{
    char *p = buf;
    if (isnan(v))
        return (size_t)sprintf(buf, "nan");
    if (signbit(v)) {
        *p++ = '-';
        v = -v;
    }
    if (isinf(v))
        return (size_t)(p - buf) + (size_t)sprintf(p, "inf");

    char digits[24];
    int ndigits = 1, decpt = 1;
    if (v == 0) {
        digits[0] = '0';
    } else {
        decimal d = shortest_decimal(v);
        while (d.digits % 10 == 0) {
            d.digits /= 10;
            d.exp++;
        }
        ndigits = sprintf(digits, "%llu", (unsigned long long)d.digits);
        decpt = ndigits + d.exp;
    }

    /* CPython's float_repr_style 'short': exponent notation outside 1e-4 <= |v| < 1e16. */
    if (decpt <= -4 || decpt > 16) {
        *p++ = digits[0];
        if (ndigits > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)ndigits - 1);
            p += ndigits - 1;
        }
        p += sprintf(p, "e%+.2d", decpt - 1);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
        memcpy(p, digits, (size_t)ndigits);
        p += ndigits;
    } else if (decpt < ndigits) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(ndigits - decpt));
        p += ndigits - decpt;
    } else {
        memcpy(p, digits, (size_t)ndigits);
        p += ndigits;
        memset(p, '0', (size_t)(decpt - ndigits));
        p += decpt - ndigits;
        *p++ = '.';
        *p++ = '0';
    }
    *p = 0;
    return (size_t)(p - buf);
}

/* ------------------------------------------------------------------------------------------
** Integer literals
*/

static unsigned digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    return (unsigned)((c | 0x20) - 'a' + 10);
}

/* The digits of a decimal literal without underscores and leading zeros: no arithmetic. */
static const char *decimal_literal(pr_arena *a, const char *lit, size_t n, size_t *len)
{
    char *out = pr_arena_alloc(a, n + 2);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (lit[i] != '_' && (k > 0 || lit[i] != '0'))
            out[k++] = lit[i];
    if (k == 0)
        out[k++] = '0';
    out[k] = 0;
    *len = k;
    return out;
}

enum { CHUNK_DIGITS = 9 };
static const uint32_t CHUNK = 1000000000u;

/* Converts the little-endian 32-bit limbs (destroyed) to decimal, by dividing by 10^9 over
** and over: quadratic in the number of limbs, which keeps even a 100 000-digit hexadecimal
** literal (12 500 limbs) to about 0.3 s. */
static const char *limbs_to_decimal(pr_arena *a, uint32_t *limbs, size_t nlimbs, size_t *len)
{
    /* 32 bits hold at most 9.64 decimal digits; 10 per limb is an upper bound. */
    size_t cap = nlimbs * 10 + 1;
    char *out = pr_arena_alloc(a, cap + 1);
    char *p = out + cap;
    *p = 0;
    while (nlimbs > 0 && limbs[nlimbs - 1] == 0)
        nlimbs--;
    while (nlimbs > 0) {
        uint64_t rem = 0;
        for (size_t k = nlimbs; k-- > 0;) {
            uint64_t cur = rem << 32 | limbs[k];
            limbs[k] = (uint32_t)(cur / CHUNK);
            rem = cur % CHUNK;
        }
        while (nlimbs > 0 && limbs[nlimbs - 1] == 0)
            nlimbs--;
        /* Every chunk but the most significant one keeps its leading zeros. */
        for (int k = 0; k < CHUNK_DIGITS && (nlimbs > 0 || rem > 0); k++) {
            *--p = (char)('0' + rem % 10);
            rem /= 10;
        }
    }
    if (*p == 0)
        *--p = '0';
    *len = (size_t)(out + cap - p);
    return p;
}

const char *pr_int_literal(pr_arena *a, const char *lit, size_t n, size_t *len)
{
    unsigned shift = 0;
    if (n >= 2 && lit[0] == '0') {
        switch (lit[1] | 0x20) {
        case 'x': shift = 4; break;
        case 'o': shift = 3; break;
        case 'b': shift = 1; break;
        }
    }
    if (shift == 0)
        return decimal_literal(a, lit, n, len);

    size_t ndigits = 0;
    for (size_t i = 2; i < n; i++)
        ndigits += lit[i] != '_';
    size_t nlimbs = (ndigits * shift + 31) / 32;
    if (nlimbs == 0)
        nlimbs = 1;
    uint32_t *limbs = pr_arena_alloc(a, nlimbs * sizeof *limbs);
    memset(limbs, 0, nlimbs * sizeof *limbs);
    size_t bit = 0;
    for (size_t i = n; i-- > 2;) {
        if (lit[i] == '_')
            continue;
        uint32_t d = digit_value(lit[i]);
        size_t offset = bit % 32;
        limbs[bit / 32] |= d << offset;
        if (offset + shift > 32)
            limbs[bit / 32 + 1] |= d >> (32 - offset);
        bit += shift;
    }
    return limbs_to_decimal(a, limbs, nlimbs, len);
}

/* ------------------------------------------------------------------------------------------
** Float literals
*/

double pr_float_literal(const char *lit, size_t n)
{
    char small[64];
    pr_sbuf big = { 0 };
    char *text = small;
    if (n >= sizeof small) {
        pr_sbuf_reserve(&big, n + 1);
        text = big.data;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (lit[i] != '_')
            text[k++] = lit[i];
    text[k] = 0;
    /* Overflow gives inf and underflow 0, as in CPython; errno is not ours to leave set. */
    int saved_errno = errno;
    double v = strtod(text, NULL);
    errno = saved_errno;
    pr_sbuf_free(&big);
    return v;
}
