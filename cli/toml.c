/* A strict TOML 1.0 reader for pyreview's configuration files: the whole document into a
** tree of values in one arena, or the first error with its line, column and a hint.  Every
** TOML 1.0 construct is read, including those pyreview never uses (dates, arrays of
** tables), because a pyproject.toml holds other tools' tables too and must parse whole.
** Strictness follows the specification: no duplicate keys, no table defined twice, no
** extending an inline table, valid UTF-8 only, no control characters in strings or
** comments, integers that fit in 64 bits. */
#include "cli/cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
    pr_arena *arena;
    const char *text, *p, *end;
    const char *line_start;
    uint32_t line;
    pr_toml_error *err;
    pr_sbuf buf;     /* a string's value while it is read */
    jmp_buf fail;
} parser;

/* How a table came to be, for the rules on defining a table once. */
enum {
    T_HEADER = 1,     /* named by a [table] header */
    T_IMPLICIT = 2,   /* created as the parent of a header's table */
    T_DOTTED = 4,     /* created by a dotted key */
    T_INLINE = 8,     /* an inline table (or inside one): frozen */
    A_TABLES = 16,    /* an array made by [[array]] headers */
};

static uint32_t column_of(const parser *P, const char *at)
{
    uint32_t col = 1;
    for (const char *q = P->line_start; q < at; q++)
        col += ((unsigned char)*q & 0xC0) != 0x80;
    return col;
}

static _Noreturn void fail_at(parser *P, const char *at, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static _Noreturn void fail_at(parser *P, const char *at, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(P->err->msg, sizeof P->err->msg, fmt, ap);
    va_end(ap);
    snprintf(P->err->hint, sizeof P->err->hint, "%s", hint ? hint : "");
    P->err->line = P->line;
    P->err->col = column_of(P, at);
    longjmp(P->fail, 1);
}

/* ------------------------------------------------------------------ values */

static pr_toml_value *new_value(parser *P, pr_toml_type type, const char *at)
{
    pr_toml_value *v = pr_arena_alloc(P->arena, sizeof *v);
    memset(v, 0, sizeof *v);
    v->type = type;
    v->line = P->line;
    v->col = column_of(P, at);
    return v;
}

static void array_push(parser *P, pr_toml_value *arr, pr_toml_value *item)
{
    if (arr->u.arr.n == arr->u.arr.cap)
        arr->u.arr.items = pr_cli_grow(P->arena, arr->u.arr.items, &arr->u.arr.cap, sizeof *arr->u.arr.items);
    arr->u.arr.items[arr->u.arr.n++] = item;
}

static pr_toml_pair *table_find(const pr_toml_value *t, const char *key, size_t len)
{
    for (uint32_t i = 0; i < t->u.tab.n; i++)
        if (strlen(t->u.tab.items[i].key) == len && memcmp(t->u.tab.items[i].key, key, len) == 0)
            return &t->u.tab.items[i];
    return NULL;
}

static pr_toml_pair *table_add(parser *P, pr_toml_value *t, const char *key, size_t len,
                               const char *at)
{
    if (t->u.tab.n == t->u.tab.cap)
        t->u.tab.items = pr_cli_grow(P->arena, t->u.tab.items, &t->u.tab.cap, sizeof *t->u.tab.items);
    pr_toml_pair *kv = &t->u.tab.items[t->u.tab.n++];
    kv->key = pr_arena_strndup(P->arena, key, len);
    kv->value = NULL;
    kv->line = P->line;
    kv->col = column_of(P, at);
    return kv;
}

const pr_toml_value *pr_cli_toml_get(const pr_toml_value *table, const char *key)
{
    if (!table || table->type != PR_TOML_TABLE)
        return NULL;
    const pr_toml_pair *kv = table_find(table, key, strlen(key));
    return kv ? kv->value : NULL;
}

/* ------------------------------------------------------------------ characters */

static bool at_end(const parser *P)
{
    return P->p >= P->end;
}

static void skip_blanks(parser *P)
{
    while (P->p < P->end && (*P->p == ' ' || *P->p == '\t'))
        P->p++;
}

/* A newline (LF or CRLF) at p, consumed; false when there is none. */
static bool take_newline(parser *P)
{
    if (P->p < P->end && *P->p == '\n') {
        P->p++;
    } else if (P->end - P->p >= 2 && P->p[0] == '\r' && P->p[1] == '\n') {
        P->p += 2;
    } else {
        return false;
    }
    P->line++;
    P->line_start = P->p;
    return true;
}

/* Control characters other than tab are refused in comments and strings. */
static bool is_control(unsigned char c)
{
    return (c < 0x20 && c != '\t') || c == 0x7f;
}

static void skip_comment(parser *P)
{
    if (P->p >= P->end || *P->p != '#')
        return;
    for (P->p++; P->p < P->end && *P->p != '\n'; P->p++) {
        if (*P->p == '\r' && P->p + 1 < P->end && P->p[1] == '\n')
            break;
        if (is_control((unsigned char)*P->p))
            fail_at(P, P->p, "remove it or write it as an escape in a string",
                    "control character U+%04X in a comment", (unsigned char)*P->p);
    }
}

/* Blanks, comments and newlines, as allowed between array items. */
static void skip_space_and_comments(parser *P)
{
    for (;;) {
        skip_blanks(P);
        skip_comment(P);
        if (!take_newline(P))
            return;
    }
}

/* The end of a line: blanks, a comment, then a newline or the end of the document. */
static void expect_line_end(parser *P, const char *after)
{
    skip_blanks(P);
    skip_comment(P);
    if (at_end(P) || take_newline(P))
        return;
    fail_at(P, P->p, "put each key/value pair and table header on its own line",
            "expected the end of the line after %s", after);
}

/* ------------------------------------------------------------------ strings */

static void put_utf8(pr_sbuf *b, uint32_t c)
{
    if (c < 0x80) {
        pr_sbuf_putc(b, (char)c);
    } else if (c < 0x800) {
        pr_sbuf_putc(b, (char)(0xC0 | c >> 6));
        pr_sbuf_putc(b, (char)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        pr_sbuf_putc(b, (char)(0xE0 | c >> 12));
        pr_sbuf_putc(b, (char)(0x80 | (c >> 6 & 0x3F)));
        pr_sbuf_putc(b, (char)(0x80 | (c & 0x3F)));
    } else {
        pr_sbuf_putc(b, (char)(0xF0 | c >> 18));
        pr_sbuf_putc(b, (char)(0x80 | (c >> 12 & 0x3F)));
        pr_sbuf_putc(b, (char)(0x80 | (c >> 6 & 0x3F)));
        pr_sbuf_putc(b, (char)(0x80 | (c & 0x3F)));
    }
}

static void escape(parser *P, pr_sbuf *b)
{
    const char *at = P->p++;   /* the backslash */
    if (at_end(P))
        fail_at(P, at, "write a backslash as \\\\", "unterminated escape sequence");
    char c = *P->p++;
    switch (c) {
    case 'b': pr_sbuf_putc(b, '\b'); return;
    case 't': pr_sbuf_putc(b, '\t'); return;
    case 'n': pr_sbuf_putc(b, '\n'); return;
    case 'f': pr_sbuf_putc(b, '\f'); return;
    case 'r': pr_sbuf_putc(b, '\r'); return;
    case '"': pr_sbuf_putc(b, '"'); return;
    case '\\': pr_sbuf_putc(b, '\\'); return;
    case 'u':
    case 'U': {
        int digits = c == 'u' ? 4 : 8;
        uint32_t code = 0;
        for (int i = 0; i < digits; i++, P->p++) {
            char h = P->p < P->end ? *P->p : 0;
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                  : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0)
                fail_at(P, at, c == 'u' ? "\\u takes exactly 4 hexadecimal digits"
                                        : "\\U takes exactly 8 hexadecimal digits",
                        "invalid Unicode escape");
            code = code * 16 + (uint32_t)d;
        }
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            fail_at(P, at, "only Unicode scalar values may be escaped",
                    "escape \\%c names no Unicode character", c);
        put_utf8(b, code);
        return;
    }
    default:
        fail_at(P, at, "TOML's escapes are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX; "
                       "a literal string ('...') takes backslashes as they are",
                "invalid escape sequence '\\%c'", c);
    }
}

/* A string of any of the four kinds at p; its value in the arena.  multiline false: keys
** take only single-line strings. */
static const char *read_string(parser *P, size_t *len, bool allow_multiline)
{
    const char *start = P->p;
    char q = *P->p;
    bool literal = q == '\'';
    bool multi = P->end - P->p >= 3 && P->p[1] == q && P->p[2] == q;
    if (multi && !allow_multiline)
        fail_at(P, start, "quote keys with single-line strings", "a key cannot be a multi-line string");
    pr_sbuf *b = &P->buf;
    b->len = 0;
    if (multi) {
        P->p += 3;
        take_newline(P);   /* a newline right after the opening quotes is trimmed */
        for (;;) {
            if (at_end(P))
                fail_at(P, start, literal ? "close it with '''" : "close it with \"\"\"",
                        "unterminated multi-line string");
            if (*P->p == q && P->end - P->p >= 3 && P->p[1] == q && P->p[2] == q) {
                /* up to two more quotes belong to the string */
                int extra = 0;
                while (extra < 2 && P->end - P->p > 3 + extra && P->p[3 + extra] == q)
                    extra++;
                for (int i = 0; i < extra; i++)
                    pr_sbuf_putc(b, q);
                P->p += 3 + extra;
                break;
            }
            if (take_newline(P)) {
                pr_sbuf_putc(b, '\n');
            } else if (!literal && *P->p == '\\') {
                /* a backslash ending a line trims every blank and newline after it */
                const char *r = P->p + 1;
                while (r < P->end && (*r == ' ' || *r == '\t'))
                    r++;
                if (r < P->end && (*r == '\n' || (*r == '\r' && r + 1 < P->end && r[1] == '\n'))) {
                    P->p = r;
                    for (;;) {
                        if (take_newline(P))
                            continue;
                        if (P->p < P->end && (*P->p == ' ' || *P->p == '\t')) {
                            P->p++;
                            continue;
                        }
                        break;
                    }
                } else {
                    escape(P, b);
                }
            } else if (is_control((unsigned char)*P->p)) {
                fail_at(P, P->p, literal ? "use a basic string (\"\"\"...\"\"\") and an escape"
                                         : "write it as an escape (\\uXXXX)",
                        "control character U+%04X in a string", (unsigned char)*P->p);
            } else {
                pr_sbuf_putc(b, *P->p++);
            }
        }
    } else {
        P->p++;
        for (;;) {
            if (at_end(P) || *P->p == '\n' || *P->p == '\r')
                fail_at(P, start, literal ? "close it with ' on the same line"
                                          : "close it with \" on the same line, or use \"\"\" for several lines",
                        "unterminated string");
            if (*P->p == q) {
                P->p++;
                break;
            }
            if (!literal && *P->p == '\\')
                escape(P, b);
            else if (is_control((unsigned char)*P->p))
                fail_at(P, P->p, "write it as an escape (\\uXXXX) in a basic string",
                        "control character U+%04X in a string", (unsigned char)*P->p);
            else
                pr_sbuf_putc(b, *P->p++);
        }
    }
    *len = b->len;
    return pr_arena_strndup(P->arena, b->len ? b->data : "", b->len);
}

/* ------------------------------------------------------------------ keys */

enum { MAX_KEY_PARTS = 64 };

typedef struct key_part {
    const char *s;
    size_t len;
    const char *at;
} key_part;

static bool is_bare_key_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/* key = simple-key *( ws '.' ws simple-key ); returns the number of parts. */
static int read_key(parser *P, key_part *parts)
{
    int n = 0;
    for (;;) {
        skip_blanks(P);
        if (n == MAX_KEY_PARTS)
            fail_at(P, P->p, NULL, "a dotted key may have at most %d parts", MAX_KEY_PARTS);
        key_part *k = &parts[n++];
        k->at = P->p;
        if (!at_end(P) && (*P->p == '"' || *P->p == '\'')) {
            k->s = read_string(P, &k->len, false);
        } else {
            const char *s = P->p;
            while (P->p < P->end && is_bare_key_char(*P->p))
                P->p++;
            if (P->p == s) {
                if (at_end(P) || *P->p == '\n' || *P->p == '=' || *P->p == '.' || *P->p == ']')
                    fail_at(P, s, NULL, "expected a key");
                fail_at(P, s, "bare keys use only A-Z a-z 0-9 _ and -: quote any other key",
                        "invalid character '%c' in a key", *P->p);
            }
            k->s = s;
            k->len = (size_t)(P->p - s);
        }
        skip_blanks(P);
        if (at_end(P) || *P->p != '.')
            return n;
        P->p++;
    }
}

static void describe_key(char *out, size_t cap, const key_part *parts, int n)
{
    size_t at = 0;
    out[0] = 0;
    for (int i = 0; i < n && at + 1 < cap; i++) {
        int w = snprintf(out + at, cap - at, "%s%.*s", i ? "." : "", (int)parts[i].len, parts[i].s);
        if (w < 0)
            break;
        at += (size_t)w;
    }
}

/* ------------------------------------------------------------------ scalars */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_digit_in(char c, int base)
{
    switch (base) {
    case 16: return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    case 8: return c >= '0' && c <= '7';
    case 2: return c == '0' || c == '1';
    default: return is_digit(c);
    }
}

/* Digits with single underscores between them, in base (10, 16, 8 or 2), into buf. */
static const char *digits_run(parser *P, const char *s, int base, char *buf, size_t *nbuf, size_t cap)
{
    const char *p = s;
    bool last_digit = false;
    for (; p < P->end; p++) {
        char c = *p;
        if (is_digit_in(c, base)) {
            /* room is kept for the point, the exponent's letter and sign, and the NUL */
            if (*nbuf + 8 >= cap)
                fail_at(P, s, NULL, "number too long");
            buf[(*nbuf)++] = c;
            last_digit = true;
        } else if (c == '_') {
            if (!last_digit || p + 1 >= P->end || !is_digit_in(p[1], base))
                fail_at(P, p, "an underscore must stand between two digits", "misplaced underscore in a number");
            last_digit = false;
        } else {
            break;
        }
    }
    return p;
}

static bool two_digits(const char *p, const char *end, int *v)
{
    if (end - p < 2 || !is_digit(p[0]) || !is_digit(p[1]))
        return false;
    *v = (p[0] - '0') * 10 + (p[1] - '0');
    return true;
}

/* A date, time or date-time at p (RFC 3339 as TOML restricts it); its text. */
static pr_toml_value *read_datetime(parser *P)
{
    const char *s = P->p, *p = s, *e = P->end;
    static const char *const hint = "dates are YYYY-MM-DD, times HH:MM:SS[.fraction], joined by T "
                                    "or a space, with Z or +HH:MM for an offset";
    int year = 0, month, day, hour, minute, second;
    bool has_date = e - p >= 5 && is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]) &&
                    is_digit(p[3]) && p[4] == '-';
    if (has_date) {
        year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        if (!two_digits(p + 5, e, &month) || e - p < 8 || p[7] != '-' || !two_digits(p + 8, e, &day))
            fail_at(P, s, hint, "invalid date");
        static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (month < 1 || month > 12 || day < 1 || day > mdays[month - 1] ||
            (month == 2 && day == 29 && !leap))
            fail_at(P, s, NULL, "no such date: %.10s", s);
        p += 10;
        /* a time follows after T, t, or a space and two digits and ':' */
        if (p < e && (*p == 'T' || *p == 't' || (*p == ' ' && e - p >= 4 && is_digit(p[1]) &&
                                                 is_digit(p[2]) && p[3] == ':')))
            p++;
        else
            goto done;
    }
    if (!two_digits(p, e, &hour) || e - p < 8 || p[2] != ':' || !two_digits(p + 3, e, &minute) ||
        p[5] != ':' || !two_digits(p + 6, e, &second))
        fail_at(P, s, hint, "invalid time");
    if (hour > 23 || minute > 59 || second > 60)
        fail_at(P, s, NULL, "no such time: %.8s", p);
    p += 8;
    if (p < e && *p == '.') {
        p++;
        if (p >= e || !is_digit(*p))
            fail_at(P, p, hint, "expected digits after the decimal point of a time");
        while (p < e && is_digit(*p))
            p++;
    }
    if (has_date && p < e && (*p == 'Z' || *p == 'z')) {
        p++;
    } else if (has_date && p < e && (*p == '+' || *p == '-')) {
        int oh, om;
        if (!two_digits(p + 1, e, &oh) || e - p < 6 || p[3] != ':' || !two_digits(p + 4, e, &om) ||
            oh > 23 || om > 59)
            fail_at(P, p, hint, "invalid time offset");
        p += 6;
    }
done:
    P->p = p;
    pr_toml_value *v = new_value(P, PR_TOML_DATETIME, s);
    v->u.str.s = pr_arena_strndup(P->arena, s, (size_t)(p - s));
    v->u.str.len = (size_t)(p - s);
    return v;
}

static bool word_at(const parser *P, const char *p, const char *w)
{
    size_t n = strlen(w);
    return (size_t)(P->end - p) >= n && memcmp(p, w, n) == 0 &&
           (p + n >= P->end || !is_bare_key_char(p[n]));
}

static pr_toml_value *read_number(parser *P)
{
    const char *s = P->p, *p = s;
    char buf[128];
    size_t n = 0;
    bool neg = false;
    if (*p == '+' || *p == '-') {
        neg = *p == '-';
        buf[n++] = *p++;
    }
    if (word_at(P, p, "inf") || word_at(P, p, "nan")) {
        pr_toml_value *v = new_value(P, PR_TOML_FLOAT, s);
        v->u.f = p[0] == 'i' ? (neg ? -__builtin_inf() : __builtin_inf())
                             : (neg ? -__builtin_nan("") : __builtin_nan(""));
        P->p = p + 3;
        return v;
    }
    if (p >= P->end || !is_digit(*p))
        fail_at(P, s, "a value is a string, number, boolean, date, array or inline table; "
                      "strings need quotes",
                "expected a value");
    if (p[0] == '0' && p + 1 < P->end && (p[1] == 'x' || p[1] == 'o' || p[1] == 'b')) {
        int base = p[1] == 'x' ? 16 : p[1] == 'o' ? 8 : 2;
        if (n)
            fail_at(P, s, NULL, "hexadecimal, octal and binary integers take no sign");
        const char *q = digits_run(P, p + 2, base, buf, &n, sizeof buf);
        if (q == p + 2)
            fail_at(P, q, NULL, "expected digits after '%.2s'", p);
        buf[n] = 0;
        errno = 0;
        unsigned long long u = strtoull(buf, NULL, base);
        if (errno || u > INT64_MAX)
            fail_at(P, s, NULL, "integer out of range (64-bit signed)");
        if (q < P->end && is_bare_key_char(*q))
            fail_at(P, q, NULL, "invalid character '%c' in a number", *q);
        P->p = q;
        pr_toml_value *v = new_value(P, PR_TOML_INTEGER, s);
        v->u.i = (int64_t)u;
        return v;
    }
    const char *int_start = p;
    p = digits_run(P, p, 10, buf, &n, sizeof buf);
    if (p - int_start > 1 && *int_start == '0')
        fail_at(P, int_start, NULL, "leading zeros are not allowed in a number");
    bool is_float = false;
    if (p < P->end && *p == '.') {
        is_float = true;
        buf[n++] = '.';
        const char *f = ++p;
        p = digits_run(P, p, 10, buf, &n, sizeof buf);
        if (p == f)
            fail_at(P, f, "write 1.0, not 1.", "expected digits after the decimal point");
    }
    if (p < P->end && (*p == 'e' || *p == 'E')) {
        is_float = true;
        buf[n++] = 'e';
        p++;
        if (p < P->end && (*p == '+' || *p == '-'))
            buf[n++] = *p++;
        const char *x = p;
        p = digits_run(P, p, 10, buf, &n, sizeof buf);
        if (p == x)
            fail_at(P, x, NULL, "expected digits in the exponent");
    }
    if (p < P->end && (is_bare_key_char(*p) || *p == '.'))
        fail_at(P, p, NULL, "invalid character '%c' in a number", *p);
    buf[n] = 0;
    P->p = p;
    if (is_float) {
        pr_toml_value *v = new_value(P, PR_TOML_FLOAT, s);
        v->u.f = strtod(buf, NULL);
        return v;
    }
    errno = 0;
    long long i = strtoll(buf, NULL, 10);
    if (errno)
        fail_at(P, s, NULL, "integer out of range (64-bit signed)");
    pr_toml_value *v = new_value(P, PR_TOML_INTEGER, s);
    v->u.i = i;
    return v;
}

/* ------------------------------------------------------------------ compound values */

static pr_toml_value *read_value(parser *P, int depth);
static void key_value(parser *P, pr_toml_value *table, uint8_t dotted_flag, int depth);

enum { MAX_DEPTH = 100 };

static void freeze(pr_toml_value *v)
{
    if (v->type == PR_TOML_TABLE) {
        v->flags |= T_INLINE;
        for (uint32_t i = 0; i < v->u.tab.n; i++)
            freeze(v->u.tab.items[i].value);
    }
}

static pr_toml_value *read_inline_table(parser *P, int depth)
{
    pr_toml_value *t = new_value(P, PR_TOML_TABLE, P->p);
    P->p++;
    skip_blanks(P);
    if (!at_end(P) && *P->p == '}') {
        P->p++;
        freeze(t);
        return t;
    }
    for (;;) {
        if (at_end(P) || *P->p == '\n' || *P->p == '\r' || *P->p == '#')
            fail_at(P, P->p, "an inline table stays on one line; use a [table] for more",
                    "newline in an inline table");
        key_value(P, t, T_DOTTED, depth + 1);
        skip_blanks(P);
        if (at_end(P) || *P->p == '\n' || *P->p == '\r' || *P->p == '#')
            fail_at(P, P->p, "an inline table stays on one line; use a [table] for more",
                    "unterminated inline table");
        if (*P->p == '}') {
            P->p++;
            break;
        }
        if (*P->p != ',')
            fail_at(P, P->p, NULL, "expected ',' or '}' in an inline table");
        P->p++;
        skip_blanks(P);
        if (!at_end(P) && *P->p == '}')
            fail_at(P, P->p, "remove the last comma", "trailing comma in an inline table");
    }
    freeze(t);
    return t;
}

static pr_toml_value *read_array(parser *P, int depth)
{
    pr_toml_value *a = new_value(P, PR_TOML_ARRAY, P->p);
    P->p++;
    for (;;) {
        skip_space_and_comments(P);
        if (at_end(P))
            fail_at(P, P->p, "close it with ]", "unterminated array");
        if (*P->p == ']') {
            P->p++;
            return a;
        }
        array_push(P, a, read_value(P, depth + 1));
        skip_space_and_comments(P);
        if (!at_end(P) && *P->p == ',') {
            P->p++;
            continue;
        }
        skip_space_and_comments(P);
        if (!at_end(P) && *P->p == ']') {
            P->p++;
            return a;
        }
        fail_at(P, P->p, "separate an array's values with commas and close it with ]",
                "expected ',' or ']' in an array");
    }
}

static pr_toml_value *read_value(parser *P, int depth)
{
    if (depth > MAX_DEPTH)
        fail_at(P, P->p, NULL, "values nested more than %d deep", MAX_DEPTH);
    if (at_end(P) || *P->p == '\n' || *P->p == '\r' || *P->p == '#')
        fail_at(P, P->p, NULL, "expected a value");
    char c = *P->p;
    if (c == '"' || c == '\'') {
        pr_toml_value *v = new_value(P, PR_TOML_STRING, P->p);
        v->u.str.s = read_string(P, &v->u.str.len, true);
        return v;
    }
    if (c == '[')
        return read_array(P, depth);
    if (c == '{')
        return read_inline_table(P, depth);
    if (word_at(P, P->p, "true") || word_at(P, P->p, "false")) {
        pr_toml_value *v = new_value(P, PR_TOML_BOOLEAN, P->p);
        v->u.b = c == 't';
        P->p += v->u.b ? 4 : 5;
        return v;
    }
    /* dates start with four digits and '-', times with two digits and ':' */
    const char *p = P->p;
    if ((P->end - p >= 5 && is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]) && is_digit(p[3]) &&
         p[4] == '-') ||
        (P->end - p >= 3 && is_digit(p[0]) && is_digit(p[1]) && p[2] == ':'))
        return read_datetime(P);
    if (is_digit(c) || c == '+' || c == '-' || word_at(P, p, "inf") || word_at(P, p, "nan"))
        return read_number(P);
    if (is_bare_key_char(c))
        fail_at(P, p, "strings need quotes: \"...\" or '...'", "expected a value");
    fail_at(P, p, NULL, "expected a value");
}

/* ------------------------------------------------------------------ tables */

static pr_toml_value *new_table(parser *P, const char *at, uint8_t flags)
{
    pr_toml_value *t = new_value(P, PR_TOML_TABLE, at);
    t->flags = flags;
    return t;
}

/* key = value into table; dotted keys create tables marked dotted_flag. */
static void key_value(parser *P, pr_toml_value *table, uint8_t dotted_flag, int depth)
{
    key_part parts[MAX_KEY_PARTS];
    int n = read_key(P, parts);
    char name[256];
    for (int i = 0; i < n - 1; i++) {
        pr_toml_pair *kv = table_find(table, parts[i].s, parts[i].len);
        if (!kv) {
            kv = table_add(P, table, parts[i].s, parts[i].len, parts[i].at);
            kv->value = new_table(P, parts[i].at, dotted_flag);
        } else if (kv->value->type != PR_TOML_TABLE || (kv->value->flags & (T_HEADER | T_INLINE))) {
            describe_key(name, sizeof name, parts, i + 1);
            fail_at(P, parts[i].at, "a dotted key cannot add to a value or to a table defined elsewhere",
                    "key '%s' is already defined (line %u)", name, kv->line);
        }
        table = kv->value;
    }
    key_part *last = &parts[n - 1];
    pr_toml_pair *dup = table_find(table, last->s, last->len);
    if (dup) {
        describe_key(name, sizeof name, parts, n);
        fail_at(P, last->at, "each key may be defined only once", "duplicate key '%s' (first defined at line %u)",
                name, dup->line);
    }
    if (at_end(P) || *P->p != '=')
        fail_at(P, P->p, "write key = value", "expected '=' after a key");
    P->p++;
    skip_blanks(P);
    pr_toml_value *v = read_value(P, depth);
    pr_toml_pair *kv = table_add(P, table, last->s, last->len, last->at);
    kv->value = v;
}

/* [table] or [[array of tables]] at p; returns the table that takes the pairs after it. */
static pr_toml_value *header(parser *P, pr_toml_value *root)
{
    const char *start = P->p;
    bool array = P->end - P->p >= 2 && P->p[1] == '[';
    P->p += array ? 2 : 1;
    key_part parts[MAX_KEY_PARTS];
    int n = read_key(P, parts);
    if (array ? (P->end - P->p < 2 || P->p[0] != ']' || P->p[1] != ']') : (at_end(P) || *P->p != ']'))
        fail_at(P, P->p, NULL, array ? "expected ']]' to close the header" : "expected ']' to close the header");
    P->p += array ? 2 : 1;
    char name[256];
    describe_key(name, sizeof name, parts, n);
    pr_toml_value *t = root;
    for (int i = 0; i < n - 1; i++) {
        pr_toml_pair *kv = table_find(t, parts[i].s, parts[i].len);
        if (!kv) {
            kv = table_add(P, t, parts[i].s, parts[i].len, parts[i].at);
            kv->value = new_table(P, parts[i].at, T_IMPLICIT);
        }
        pr_toml_value *v = kv->value;
        if (v->type == PR_TOML_ARRAY && (v->flags & A_TABLES))
            v = v->u.arr.items[v->u.arr.n - 1];
        if (v->type != PR_TOML_TABLE || (v->flags & T_INLINE))
            fail_at(P, parts[i].at, "a table header cannot add to a value or an inline table",
                    "key '%.*s' in [%s] is already defined as a value (line %u)", (int)parts[i].len,
                    parts[i].s, name, kv->line);
        t = v;
    }
    key_part *last = &parts[n - 1];
    pr_toml_pair *kv = table_find(t, last->s, last->len);
    if (array) {
        if (!kv) {
            kv = table_add(P, t, last->s, last->len, last->at);
            kv->value = new_value(P, PR_TOML_ARRAY, start);
            kv->value->flags = A_TABLES;
        } else if (kv->value->type != PR_TOML_ARRAY || !(kv->value->flags & A_TABLES)) {
            fail_at(P, start, "[[...]] adds to arrays made by [[...]] headers only",
                    "cannot define [[%s]]: '%s' is already defined (line %u)", name, name, kv->line);
        }
        pr_toml_value *elem = new_table(P, start, T_HEADER);
        array_push(P, kv->value, elem);
        return elem;
    }
    if (!kv) {
        kv = table_add(P, t, last->s, last->len, last->at);
        kv->value = new_table(P, start, T_HEADER);
        return kv->value;
    }
    pr_toml_value *v = kv->value;
    if (v->type == PR_TOML_ARRAY && (v->flags & A_TABLES))
        fail_at(P, start, "add an element to it with [[...]]",
                "[%s] is already defined as an array of tables (line %u)", name, kv->line);
    if (v->type != PR_TOML_TABLE)
        fail_at(P, start, "a table header cannot redefine a value",
                "key '%.*s' in [%s] is already defined as a value (line %u)", (int)last->len, last->s, name,
                kv->line);
    if ((v->flags & T_IMPLICIT) && !(v->flags & (T_HEADER | T_DOTTED))) {
        v->flags |= T_HEADER;
        return v;
    }
    fail_at(P, start, "a table may be defined only once; put all its keys under one header",
            "table [%s] is already defined (line %u)", name, kv->line);
}

/* ------------------------------------------------------------------ the document */

/* The first byte of invalid UTF-8 in s, or NULL. */
static const char *invalid_utf8(const char *s, const char *end)
{
    const unsigned char *p = (const unsigned char *)s, *e = (const unsigned char *)end;
    while (p < e) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        int n = (*p & 0xE0) == 0xC0 ? 1 : (*p & 0xF0) == 0xE0 ? 2 : (*p & 0xF8) == 0xF0 ? 3 : -1;
        if (n < 0 || e - p <= n)
            return (const char *)p;
        uint32_t c = *p & (0x3F >> n);
        for (int i = 1; i <= n; i++) {
            if ((p[i] & 0xC0) != 0x80)
                return (const char *)p;
            c = c << 6 | (p[i] & 0x3F);
        }
        static const uint32_t least[] = {0, 0x80, 0x800, 0x10000};
        if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return (const char *)p;
        p += n + 1;
    }
    return NULL;
}

pr_toml_value *pr_cli_toml_parse(pr_arena *a, const char *text, size_t len, pr_toml_error *err)
{
    parser P = {.arena = a, .text = text, .p = text, .end = text + len, .line_start = text, .line = 1,
                .err = err};
    memset(err, 0, sizeof *err);
    if (setjmp(P.fail)) {
        pr_sbuf_free(&P.buf);
        return NULL;
    }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        P.p = P.line_start = text + 3;
    const char *bad = invalid_utf8(P.p, P.end);
    if (bad) {
        for (const char *q = P.p; q < bad; q++)
            if (*q == '\n') {
                P.line++;
                P.line_start = q + 1;
            }
        fail_at(&P, bad, "save the file as UTF-8", "invalid UTF-8");
    }
    pr_toml_value *root = new_table(&P, P.p, T_HEADER);
    pr_toml_value *current = root;
    while (!at_end(&P)) {
        skip_blanks(&P);
        if (at_end(&P))
            break;
        char c = *P.p;
        if (c == '#') {
            skip_comment(&P);
            expect_line_end(&P, "a comment");
        } else if (take_newline(&P)) {
            continue;
        } else if (c == '[') {
            current = header(&P, root);
            expect_line_end(&P, "a table header");
        } else if (c == '\r') {
            fail_at(&P, P.p, "end lines with LF or CRLF", "carriage return without a line feed");
        } else {
            key_value(&P, current, T_DOTTED, 0);
            expect_line_end(&P, "a value");
        }
    }
    pr_sbuf_free(&P.buf);
    return root;
}

const char *pr_cli_toml_type_name(pr_toml_type t)
{
    static const char *const names[] = {"a string", "an integer", "a float", "a boolean",
                                        "a date or time", "an array", "a table"};
    return names[t];
}
