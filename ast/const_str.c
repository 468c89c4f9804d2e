/* String constants: the escape decoding of str and bytes literal bodies, with the errors
** CPython 3.13 raises for bad escapes, and repr() of str and bytes values.  The decoders
** follow CPython's unicode-escape codec and _PyBytes_DecodeEscape, including the quirk that
** error positions in str bodies count in the text CPython hands its codec, where every
** non-ASCII character has been rewritten as a ten-character \UXXXXXXXX escape. */
#include "const.h"

#include <stdio.h>

#include "lexer/unicode.h"

/* ------------------------------------------------------------------------------------------
** Decoding escapes
*/

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool is_octal(char c)
{
    return c >= '0' && c <= '7';
}

/* The character a one-letter escape such as \n stands for, or -1; shared by str and bytes. */
static int simple_escape(char c)
{
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
    }
}

/* Up to three octal digits after the first one at *s; CPython lets the value pass 0o377. */
static unsigned octal_escape(const char **s, const char *end)
{
    unsigned value = (unsigned)(*(*s)++ - '0');
    for (int k = 1; k < 3 && *s < end && is_octal(**s); k++)
        value = value * 8 + (unsigned)(*(*s)++ - '0');
    return value;
}

static bool is_ascii(char c)
{
    return !((unsigned char)c & 0x80);
}

/* Where byte offset off of a str body lands in the text CPython's parser gives the
** unicode-escape codec (decode_unicode_with_escapes): each non-ASCII character becomes
** "\UXXXXXXXX", a backslash followed by a non-ASCII character or by nothing becomes
** "\u005c", and a backslash followed by ASCII is copied with that character. */
static size_t codec_offset(const char *body, size_t n, size_t off)
{
    size_t i = 0, pos = 0;
    while (i < off) {
        if (body[i] == '\\' && (i + 1 == n || !is_ascii(body[i + 1]))) {
            pos += 6;
            i++;
        } else if (body[i] == '\\') {
            pos += 2;
            i += 2;
        } else if (!is_ascii(body[i])) {
            uint32_t cp;
            size_t len = pr_utf8_decode_lax((const unsigned char *)body + i, n - i, &cp);
            pos += 10;
            i += len ? len : 1;
        } else {
            pos++;
            i++;
        }
    }
    /* off can only fall inside a backslash pair right after its backslash. */
    return i > off ? pos - 1 : pos;
}

/* Fills err for the escape from start up to (not including) stop, as the str() of
** CPython's UnicodeDecodeError, prefixed the way the parser reports it. */
static size_t str_error(pr_decode_error *err, const char *body, size_t n, const char *start,
                        const char *stop, const char *reason)
{
    snprintf(err->msg, sizeof err->msg,
             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
             codec_offset(body, n, (size_t)(start - body)),
             codec_offset(body, n, (size_t)(stop - body)) - 1, reason);
    return (size_t)-1;
}

size_t pr_decode_str(const char *body, size_t n, char *out, pr_decode_error *err)
{
    const char *s = body, *end = body + n;
    char *o = out;
    while (s < end) {
        if (*s != '\\') {
            *o++ = *s++;
            continue;
        }
        const char *start = s++;
        /* CPython turns this backslash into "\u005c", a backslash that escapes nothing. */
        if (s == end || !is_ascii(*s)) {
            *o++ = '\\';
            continue;
        }
        int simple = simple_escape(*s);
        if (simple >= 0) {
            *o++ = (char)simple;
            s++;
            continue;
        }
        int count = 0;
        const char *truncated = NULL;
        switch (*s) {
        case '\n':
            s++;
            continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            o += pr_utf8_encode(octal_escape(&s, end), o);
            continue;
        case 'x':
            count = 2;
            truncated = "truncated \\xXX escape";
            break;
        case 'u':
            count = 4;
            truncated = "truncated \\uXXXX escape";
            break;
        case 'U':
            count = 8;
            truncated = "truncated \\UXXXXXXXX escape";
            break;
        case 'N': {
            const char *malformed = "malformed \\N character escape";
            if (++s == end || *s != '{')
                return str_error(err, body, n, start, s, malformed);
            const char *name = ++s;
            bool ascii = true;
            while (s < end && *s != '}')
                ascii &= is_ascii(*s++);
            if (s == end || s == name)
                return str_error(err, body, n, start, s, malformed);
            /* A non-ASCII name reaches CPython's lookup as \U escapes, never a name. */
            int32_t cp = ascii ? pr_uni_lookup(name, (size_t)(s - name)) : -1;
            s++;
            if (cp < 0)
                return str_error(err, body, n, start, s, "unknown Unicode character name");
            o += pr_utf8_encode((uint32_t)cp, o);
            continue;
        }
        default:
            /* An unknown escape stays as written (CPython warns). */
            *o++ = '\\';
            *o++ = *s++;
            continue;
        }
        /* Only \x, \u and \U leave the switch: count hex digits must follow. */
        uint32_t cp = 0;
        for (s++; count > 0; count--, s++) {
            int digit = s < end ? hex_value(*s) : -1;
            if (digit < 0)
                return str_error(err, body, n, start, s, truncated);
            cp = cp << 4 | (uint32_t)digit;
        }
        if (cp > 0x10FFFF)
            return str_error(err, body, n, start, s, "illegal Unicode character");
        o += pr_utf8_encode(cp, o);
    }
    return (size_t)(o - out);
}

size_t pr_decode_bytes(const char *body, size_t n, char *out, pr_decode_error *err)
{
    const char *s = body, *end = body + n;
    char *o = out;
    while (s < end) {
        if (*s != '\\') {
            *o++ = *s++;
            continue;
        }
        const char *start = s++;
        if (s == end) {
            snprintf(err->msg, sizeof err->msg, "(value error) Trailing \\ in string");
            return (size_t)-1;
        }
        int simple = simple_escape(*s);
        if (simple >= 0) {
            *o++ = (char)simple;
            s++;
        } else if (*s == '\n') {
            s++;
        } else if (is_octal(*s)) {
            /* Values past 0o377 keep their low eight bits, as CPython's store to a char. */
            *o++ = (char)(octal_escape(&s, end) & 0xFF);
        } else if (*s == 'x') {
            if (end - s < 3 || hex_value(s[1]) < 0 || hex_value(s[2]) < 0) {
                snprintf(err->msg, sizeof err->msg,
                         "(value error) invalid \\x escape at position %zu",
                         (size_t)(start - body));
                return (size_t)-1;
            }
            *o++ = (char)(hex_value(s[1]) << 4 | hex_value(s[2]));
            s += 3;
        } else {
            *o++ = '\\';
            *o++ = *s++;
        }
    }
    return (size_t)(o - out);
}

/* ------------------------------------------------------------------------------------------
** repr() of str and bytes
*/

/* Python's choice: single quotes unless the value holds ' and no ". */
static char repr_quote(const char *s, size_t n)
{
    bool single = false, dbl = false;
    for (size_t i = 0; i < n; i++) {
        single |= s[i] == '\'';
        dbl |= s[i] == '"';
    }
    return single && !dbl ? '"' : '\'';
}

static void put_hex_escape(pr_sbuf *out, char letter, uint32_t value, int width)
{
    static const char hex[] = "0123456789abcdef";
    char text[10];
    text[0] = '\\';
    text[1] = letter;
    for (int k = 0; k < width; k++)
        text[2 + k] = hex[(value >> (4 * (width - 1 - k))) & 0xF];
    pr_sbuf_put(out, text, (size_t)width + 2);
}

/* One byte below 0x80 in a str, or any byte in a bytes value: the escapes both share. */
static void put_byte(pr_sbuf *out, unsigned char c, char quote)
{
    switch (c) {
    case '\t': pr_sbuf_put(out, "\\t", 2); return;
    case '\n': pr_sbuf_put(out, "\\n", 2); return;
    case '\r': pr_sbuf_put(out, "\\r", 2); return;
    }
    if (c == (unsigned char)quote || c == '\\') {
        pr_sbuf_putc(out, '\\');
        pr_sbuf_putc(out, (char)c);
    } else if (c < ' ' || c >= 0x7F) {
        put_hex_escape(out, 'x', c, 2);
    } else {
        pr_sbuf_putc(out, (char)c);
    }
}

void pr_str_repr(pr_sbuf *out, const char *s, size_t n)
{
    char quote = repr_quote(s, n);
    pr_sbuf_putc(out, quote);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = pr_utf8_decode_lax((const unsigned char *)s + i, n - i, &cp);
        if (len == 0) {
            /* Not reachable from decoded literals; show the stray byte rather than stop. */
            cp = (unsigned char)s[i];
            len = 1;
        }
        if (cp < 0x80)
            put_byte(out, (unsigned char)cp, quote);
        else if (pr_uni_is_printable(cp))
            pr_sbuf_put(out, s + i, len);
        else if (cp <= 0xFF)
            put_hex_escape(out, 'x', cp, 2);
        else if (cp <= 0xFFFF)
            put_hex_escape(out, 'u', cp, 4);
        else
            put_hex_escape(out, 'U', cp, 8);
        i += len;
    }
    /* pr_sbuf_put, unlike pr_sbuf_putc, leaves the text NUL-terminated. */
    pr_sbuf_put(out, &quote, 1);
}

void pr_bytes_repr(pr_sbuf *out, const char *s, size_t n)
{
    char quote = repr_quote(s, n);
    pr_sbuf_putc(out, 'b');
    pr_sbuf_putc(out, quote);
    for (size_t i = 0; i < n; i++)
        put_byte(out, (unsigned char)s[i], quote);
    pr_sbuf_put(out, &quote, 1);
}
