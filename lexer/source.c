/* From the bytes of a file to the text the tokenizer reads, as CPython prepares source
** given as bytes (compile(), ast.parse): newlines translated to '\n' and a final one
** added, a UTF-8 byte order mark or a PEP 263 coding declaration on line 1 or 2 obeyed,
** the text converted to UTF-8 (Latin-1 here, other encodings through iconv), NUL bytes
** and undecodable bytes rejected with CPython's messages.  Also the conversion from a
** byte column to CPython's 1-based character offset, used by every error message. */
#include "lexer/lexer.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lexer/unicode.h"

void pr_syntax_error_at(pr_syntax_error *err, const pr_source *src, pr_error_kind kind,
                        uint32_t lineno, uint32_t col, const char *fmt, ...)
{
    if (err->set)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->set = true;
    err->kind = kind;
    err->lineno = lineno;
    err->offset = (int32_t)(src ? pr_source_char_offset(src, lineno, col) : col + 1);
}

/* An error CPython raises before tokenizing, with no position (lineno None, offset -1). */
static void unplaced_error(pr_syntax_error *err, int32_t offset, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void unplaced_error(pr_syntax_error *err, int32_t offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->set = true;
    err->kind = PR_SYNTAX_ERROR;
    err->lineno = 0;
    err->offset = offset;
}

/* How long the valid prefix of a UTF-8 sequence starting with lead may be, by CPython's
** decoder: 0 for a byte that cannot start a sequence. */
static size_t utf8_length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xC2)
        return 0;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    if (lead < 0xF5)
        return 4;
    return 0;
}

/* Whether the k-th byte (k >= 1) of a sequence led by lead may be c. */
static bool utf8_continues(unsigned char lead, size_t k, unsigned char c)
{
    if (k == 1) {
        if (lead == 0xE0)
            return c >= 0xA0 && c <= 0xBF;
        if (lead == 0xED)
            return c >= 0x80 && c <= 0x9F;
        if (lead == 0xF0)
            return c >= 0x90 && c <= 0xBF;
        if (lead == 0xF4)
            return c >= 0x80 && c <= 0x8F;
    }
    return (c & 0xC0) == 0x80;
}

bool pr_utf8_describe_error(const unsigned char *s, size_t n, char *msg, size_t cap)
{
    for (size_t i = 0; i < n;) {
        size_t len = utf8_length(s[i]), k = 1;
        const char *why;
        if (len == 1) {
            i++;
            continue;
        }
        if (len == 0) {
            why = "invalid start byte";
        } else {
            while (k < len && i + k < n && utf8_continues(s[i], k, s[i + k]))
                k++;
            if (k == len) {
                i += len;
                continue;
            }
            why = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
        }
        if (k == 1)
            snprintf(msg, cap, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", s[i], i, why);
        else
            snprintf(msg, cap, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", i, i + k - 1, why);
        return true;
    }
    return false;
}

uint32_t pr_source_char_offset(const pr_source *src, uint32_t lineno, uint32_t col)
{
    const char *p = src->text, *end = src->text + src->len;
    for (uint32_t l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        p = nl + 1;
    }
    uint32_t chars = 0;
    for (uint32_t i = 0; i < col && p + i < end; i++)
        chars += ((unsigned char)p[i] & 0xC0) != 0x80;
    return chars + 1;
}

/* Copies the bytes with "\r\n" and "\r" turned into "\n", adds a final newline when the
** text does not end with one, and a NUL sentinel.  Returns the new length. */
static uint32_t translate_newlines(char *dst, const char *src, size_t n)
{
    size_t i = 0, j = 0;
    while (i < n) {
        const char *cr = memchr(src + i, '\r', n - i);
        size_t run = cr ? (size_t)(cr - (src + i)) : n - i;
        memcpy(dst + j, src + i, run);
        i += run;
        j += run;
        if (!cr)
            break;
        dst[j++] = '\n';
        i += i + 1 < n && src[i + 1] == '\n' ? 2 : 1;
    }
    if (j > 0 && dst[j - 1] != '\n')
        dst[j++] = '\n';
    dst[j] = 0;
    return (uint32_t)j;
}

/* CPython's folding of a declared encoding name: utf-8 and latin-1 spellings. */
static const char *normal_encoding_name(const char *name)
{
    char buf[13];
    size_t i;
    for (i = 0; i < 12 && name[i]; i++)
        buf[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    buf[i] = 0;
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0)
        return "utf-8";
    if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 ||
        strcmp(buf, "iso-latin-1") == 0 || strncmp(buf, "latin-1-", 8) == 0 ||
        strncmp(buf, "iso-8859-1-", 11) == 0 || strncmp(buf, "iso-latin-1-", 12) == 0)
        return "iso-8859-1";
    return name;
}

/* The coding declaration of one line: `coding[:=]\s*name` in a line that holds only a
** comment.  Returns false when the line holds code (so line 2 is not looked at). */
static bool coding_spec(const char *line, size_t size, char *name, size_t cap, bool *found)
{
    *found = false;
    size_t i = 0;
    while (i < size && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        i++;
    if (i >= size || line[i] != '#')
        return i >= size || line[i] == '\n';
    for (; i + 6 < size; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '='))
            continue;
        size_t b = i + 7;
        while (b < size && (line[b] == ' ' || line[b] == '\t'))
            b++;
        size_t e = b;
        while (e < size && (isalnum((unsigned char)line[e]) || line[e] == '-' || line[e] == '_' ||
                            line[e] == '.'))
            e++;
        if (e > b) {
            size_t len = e - b < cap - 1 ? e - b : cap - 1;
            memcpy(name, line + b, len);
            name[len] = 0;
            *found = true;
            return true;
        }
    }
    return true;
}

/* Converts text from a declared encoding other than UTF-8 and Latin-1 with iconv(3). */
static char *convert_iconv(pr_arena *a, const char *name, const char *text, size_t n,
                           size_t *out_len, bool *unknown)
{
    char iname[64];
    size_t i;
    for (i = 0; name[i] && i < sizeof iname - 1; i++)
        iname[i] = name[i] == '_' ? '-' : name[i];
    iname[i] = 0;
    iconv_t cd = iconv_open("UTF-8", iname);
    *unknown = cd == (iconv_t)-1;
    if (*unknown)
        return NULL;
    size_t cap = 4 * n + 16;
    char *out = pr_arena_alloc(a, cap);
    char *in = (char *)text, *o = out;
    size_t inleft = n, outleft = cap - 1;
    size_t r = iconv(cd, &in, &inleft, &o, &outleft);
    iconv_close(cd);
    if (r == (size_t)-1)
        return NULL;
    *out_len = (size_t)(o - out);
    return out;
}

bool pr_source_prepare(pr_arena *a, const char *bytes, size_t n, pr_source *src,
                       pr_syntax_error *err)
{
    memset(src, 0, sizeof *src);
    memset(err, 0, sizeof *err);
    if (n >= UINT32_MAX - 16) {
        /* positions and lengths are 32-bit; callers refuse such files before this */
        unplaced_error(err, 0, "source too large (4 GiB or more)");
        return false;
    }
    if (memchr(bytes, 0, n)) {
        unplaced_error(err, 0, "source code string cannot contain null bytes");
        return false;
    }
    char *text = pr_arena_alloc(a, n + 2);
    uint32_t len = translate_newlines(text, bytes, n);
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        src->bom = true;
        text += 3;
        len -= 3;
    }

    char declared[64] = "";
    bool found = false;
    const char *nl1 = memchr(text, '\n', len);
    if (nl1) {
        bool only_comment = coding_spec(text, (size_t)(nl1 - text + 1), declared, sizeof declared, &found);
        const char *nl2 = memchr(nl1 + 1, '\n', len - (size_t)(nl1 + 1 - text));
        if (!found && only_comment && nl2)
            coding_spec(nl1 + 1, (size_t)(nl2 - nl1), declared, sizeof declared, &found);
    }
    const char *enc = found ? normal_encoding_name(declared) : "utf-8";
    if (src->bom && strcmp(enc, "utf-8") != 0) {
        unplaced_error(err, -1, "encoding problem: %s with BOM", enc);
        return false;
    }

    if (strcmp(enc, "ascii") == 0 || strcmp(enc, "us-ascii") == 0) {
        for (uint32_t i = 0; i < len; i++) {
            if ((unsigned char)text[i] >= 0x80) {
                unplaced_error(err, -1,
                               "'ascii' codec can't decode byte 0x%02x in position %u: ordinal not in range(128)",
                               (unsigned char)text[i], i);
                return false;
            }
        }
    } else if (strcmp(enc, "iso-8859-1") == 0) {
        size_t wide = 0;
        for (uint32_t i = 0; i < len; i++)
            wide += (unsigned char)text[i] >= 0x80;
        char *u = pr_arena_alloc(a, len + wide + 1);
        size_t j = 0;
        for (uint32_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)text[i];
            if (c < 0x80) {
                u[j++] = (char)c;
            } else {
                u[j++] = (char)(0xC0 | (c >> 6));
                u[j++] = (char)(0x80 | (c & 0x3F));
            }
        }
        u[j] = 0;
        text = u;
        len = (uint32_t)j;
    } else if (strcmp(enc, "utf-8") != 0) {
        size_t out_len = 0;
        bool unknown = false;
        char *u = convert_iconv(a, enc, text, len, &out_len, &unknown);
        if (!u) {
            unplaced_error(err, -1, unknown ? "unknown encoding: %s" : "encoding problem: %s", enc);
            return false;
        }
        u[out_len] = 0;
        text = u;
        len = (uint32_t)out_len;
    }

    /* Undecodable UTF-8 is reported where CPython meets it: in a name or a string
    ** literal (comments may hold anything). */
    src->text = text;
    src->len = len;
    return true;
}
