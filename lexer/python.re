/* The Python tokenizer (re2c source; re2c turns it into lexer/python.c at build time).
**
** One call of pr_lex_next gives one token.  The layout part follows CPython's tokenizer
** (Parser/lexer): indentation is measured at the start of each physical line that is not
** blank or a comment and not inside brackets, with tabs to the next multiple of 8 and a
** second measure counting a tab as 1, whose disagreement is a TabError; INDENT and DEDENT
** are handed out one per call; NEWLINE ends a logical line; newlines inside brackets are
** skipped.  The re2c block scans the start of each token; the bodies of numbers and
** strings are scanned by C helpers, as php's scanner does for its strings, so that each
** error can be worded and placed as CPython does.
**
** f-strings and t-strings (PEP 701/750) use a mode stack: FM_STRING scans literal text,
** FM_FIELD is a replacement field (ordinary tokens, with '}', ':' and '!' special at the
** field's own bracket depth), FM_SPEC scans a format spec, which may hold nested fields. */
#include "lexer/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "grammar/python.h"
#include "lexer/unicode.h"

enum { FM_STRING, FM_FIELD, FM_SPEC };
enum { TABSIZE = 8 };

typedef const unsigned char *ptr;

/* ------------------------------------------------------------------ helpers */

static uint32_t col_of(const pr_lexer *lx, ptr p)
{
    return (uint32_t)(p - lx->line_start);
}

static uint32_t offset_of(const pr_lexer *lx, ptr p)
{
    return (uint32_t)(p - (ptr)lx->src->text);
}

/* Starts a token at p on the current line. */
static void tok_begin(const pr_lexer *lx, pr_token *t, ptr p)
{
    t->start = offset_of(lx, p);
    t->lineno = lx->lineno;
    t->col = col_of(lx, p);
    t->aux = 0;
}

/* Ends a token at p (exclusive) on the current line. */
static int tok_end(pr_lexer *lx, pr_token *t, ptr p, int kind)
{
    t->end = offset_of(lx, p);
    t->end_lineno = lx->lineno;
    t->end_col = col_of(lx, p);
    lx->cur = p;
    lx->line_has_tokens = true;
    return kind;
}

/* Moves the line bookkeeping past the newline at p. */
static void newline_at(pr_lexer *lx, ptr p)
{
    lx->lineno++;
    lx->line_start = p + 1;
}

static int error_at(pr_lexer *lx, pr_error_kind kind, uint32_t lineno, uint32_t col,
                    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int error_at(pr_lexer *lx, pr_error_kind kind, uint32_t lineno, uint32_t col,
                    const char *fmt, ...)
{
    char msg[sizeof lx->err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pr_syntax_error_at(lx->err, lx->src, kind, lineno, col, "%s", msg);
    lx->done = true;
    return -1;
}

/* A SyntaxError at CPython's cursor p: CPython gives as the column the number of
** characters before its cursor, which has read past the offending character. */
static int error_here(pr_lexer *lx, ptr p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int error_here(pr_lexer *lx, ptr p, const char *fmt, ...)
{
    char msg[sizeof lx->err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    error_at(lx, PR_SYNTAX_ERROR, lx->lineno, col_of(lx, p), "%s", msg);
    if (lx->err->offset > 0)
        lx->err->offset--;
    return -1;
}

static pr_fmode *top_mode(pr_lexer *lx)
{
    return lx->fdepth ? &lx->fmodes[lx->fdepth - 1] : NULL;
}

/* The innermost f-string record (the string whose literal text or field we are in). */
static pr_fmode *current_fstring(pr_lexer *lx)
{
    for (int i = lx->fdepth - 1; i >= 0; i--)
        if (lx->fmodes[i].kind == FM_STRING)
            return &lx->fmodes[i];
    return NULL;
}

/* Replacement fields open in the innermost f-string (nested through format specs). */
static int fields_in_string(const pr_lexer *lx)
{
    int n = 0;
    for (int i = lx->fdepth - 1; i >= 0 && lx->fmodes[i].kind != FM_STRING; i--)
        n += lx->fmodes[i].kind == FM_FIELD;
    return n;
}

static char fstring_letter(const pr_fmode *s)
{
    return s && s->tstring ? 't' : 'f';
}

/* ------------------------------------------------------------------ brackets */

static int open_bracket(pr_lexer *lx, pr_token *t, ptr p, int kind)
{
    if (lx->level >= PR_MAX_BRACKETS)
        return error_here(lx, p, "too many nested parentheses");
    pr_bracket *b = &lx->brackets[lx->level++];
    b->ch = (char)p[-1];
    b->lineno = lx->lineno;
    b->col = col_of(lx, p - 1);
    return tok_end(lx, t, p, kind);
}

static int close_bracket(pr_lexer *lx, pr_token *t, ptr p, int kind)
{
    char c = (char)p[-1];
    char want = c == ')' ? '(' : c == ']' ? '[' : '{';
    pr_fmode *m = top_mode(lx);
    if (lx->level == 0)
        return error_here(lx, p, "unmatched '%c'", c);
    pr_bracket *b = &lx->brackets[lx->level - 1];
    if (m && m->kind == FM_FIELD && (uint32_t)lx->level == m->depth && c != '}')
        return error_here(lx, p, "%c-string: unmatched '%c'", fstring_letter(current_fstring(lx)), c);
    if (b->ch != want) {
        if (b->lineno != lx->lineno)
            return error_here(lx, p,
                              "closing parenthesis '%c' does not match opening parenthesis '%c' on line %u",
                              c, b->ch, b->lineno);
        return error_here(lx, p, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                          c, b->ch);
    }
    lx->level--;
    if (m && m->kind == FM_FIELD && (uint32_t)lx->level + 1 == m->depth)
        lx->fdepth--;   /* the '}' closing a replacement field */
    return tok_end(lx, t, p, kind);
}

/* ------------------------------------------------------------------ names */

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_name_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c >= 128;
}


static int invalid_code_point(pr_lexer *lx, ptr p, uint32_t cp)
{
    if (!pr_uni_is_printable(cp))
        return error_at(lx, PR_SYNTAX_ERROR, lx->lineno, col_of(lx, p),
                        "invalid non-printable character U+%04X", cp);
    char buf[5] = {0};
    pr_utf8_encode(cp, buf);
    return error_at(lx, PR_SYNTAX_ERROR, lx->lineno, col_of(lx, p),
                    "invalid character '%s' (U+%04X)", buf, cp);
}

/* A character that starts no token: non-printable ones are reported here; printable
** ASCII ones ('$', '?', '`') become an ERRORTOKEN, which the parser reports as invalid
** syntax where it stands, as CPython does. */
static int invalid_character(pr_lexer *lx, pr_token *t, ptr p)
{
    if (*p < 0x20 || *p == 0x7f)
        return invalid_code_point(lx, p, *p);
    tok_begin(lx, t, p);
    return tok_end(lx, t, p + 1, TK_ERRORTOKEN);
}

/* The rest of an identifier whose ASCII part ends at p.  As in CPython, a name runs over
** ASCII letters, digits, '_' and every byte from 0x80; then its bytes must be UTF-8 and
** its characters XID_Start/XID_Continue (PEP 3131). */
static int finish_name(pr_lexer *lx, pr_token *t, ptr start, ptr p, uint32_t soft)
{
    bool ascii = true;
    while (is_name_char(*p) && p < lx->lim) {
        ascii &= *p < 0x80;
        p++;
    }
    if (!ascii) {
        char msg[160];
        if (pr_utf8_describe_error(start, (size_t)(p - start), msg, sizeof msg))
            return error_here(lx, p, "(unicode error) %s", msg);
        for (ptr q = start; q < p;) {
            uint32_t cp;
            size_t n = pr_utf8_decode(q, (size_t)(p - q), &cp);
            bool ok = q == start ? pr_uni_is_xid_start(cp) || cp == '_' : pr_uni_is_xid_continue(cp);
            if (!ok)
                return invalid_code_point(lx, q, cp);
            q += n;
        }
    }
    tok_begin(lx, t, start);
    t->aux = ascii ? soft : PR_NAME_NON_ASCII;
    return tok_end(lx, t, p, TK_NAME);
}

/* ------------------------------------------------------------------ numbers */

/* CPython's check of what follows a number: a letter right after it is an error
** ("invalid decimal literal"), except the keywords that may follow a number in valid
** code (`1if x else y`), which CPython only warns about.  p is just past the number. */
static bool end_of_number_ok(pr_lexer *lx, ptr p, const char *kind)
{
    static const char *const allowed[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    if (!is_name_char(*p) || *p >= 128)
        return true;
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
        size_t n = strlen(allowed[i]);
        if (strncmp((const char *)p, allowed[i], n) == 0)
            return true;
    }
    if (*p < 128 && is_name_char(*p)) {
        error_here(lx, p, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Digits and single underscores after the first digit; returns the position after them,
** or NULL after reporting "invalid decimal literal". */
static ptr decimal_tail(pr_lexer *lx, ptr p)
{
    for (;;) {
        while (is_digit(*p))
            p++;
        if (*p != '_')
            return p;
        p++;
        if (!is_digit(*p)) {
            error_here(lx, p, "invalid decimal literal");
            return NULL;
        }
    }
}

/* Scans the digits of a 0x/0o/0b literal (p after the prefix). */
static ptr radix_digits(pr_lexer *lx, ptr p, int base, const char *kind)
{
    do {
        if (*p == '_')
            p++;
        bool ok = base == 16 ? is_xdigit(*p) : (*p >= '0' && *p < '0' + base);
        if (!ok) {
            if (base != 16 && is_digit(*p)) {
                error_here(lx, p + 1, "invalid digit '%c' in %s literal", *p, kind);
                return NULL;
            }
            error_here(lx, p, "invalid %s literal", kind);
            return NULL;
        }
        while (base == 16 ? is_xdigit(*p) : (*p >= '0' && *p < '0' + base))
            p++;
    } while (*p == '_');
    if (base != 16 && is_digit(*p)) {
        error_here(lx, p + 1, "invalid digit '%c' in %s literal", *p, kind);
        return NULL;
    }
    return end_of_number_ok(lx, p, kind) ? p : NULL;
}

/* Everything after the integer part of a decimal number: fraction, exponent, j. */
static ptr decimal_rest(pr_lexer *lx, ptr p, bool fraction)
{
    if (fraction || *p == '.') {
        if (!fraction)
            p++;
        if (is_digit(*p) && !(p = decimal_tail(lx, p)))
            return NULL;
    }
    if (*p == 'e' || *p == 'E') {
        ptr e = p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!is_digit(*p)) {
                error_here(lx, p, "invalid decimal literal");
                return NULL;
            }
        } else if (!is_digit(*p)) {
            /* `1e` followed by a name: the number ends before the e */
            return end_of_number_ok(lx, e, "decimal") ? e : NULL;
        }
        if (!(p = decimal_tail(lx, p)))
            return NULL;
    }
    if (*p == 'j' || *p == 'J') {
        p++;
        return end_of_number_ok(lx, p, "imaginary") ? p : NULL;
    }
    return end_of_number_ok(lx, p, "decimal") ? p : NULL;
}

static int scan_number(pr_lexer *lx, pr_token *t, ptr start)
{
    ptr p = start;
    tok_begin(lx, t, start);
    if (*p == '.') {
        p = decimal_rest(lx, p + 1, true);
    } else if (*p == '0' && (p[1] == 'x' || p[1] == 'X')) {
        p = radix_digits(lx, p + 2, 16, "hexadecimal");
    } else if (*p == '0' && (p[1] == 'o' || p[1] == 'O')) {
        p = radix_digits(lx, p + 2, 8, "octal");
    } else if (*p == '0' && (p[1] == 'b' || p[1] == 'B')) {
        p = radix_digits(lx, p + 2, 2, "binary");
    } else if (*p == '0') {
        /* zeros, maybe "old-style octal", which is an error unless a fraction,
        ** exponent or j follows */
        p++;
        for (;;) {
            if (*p == '_') {
                p++;
                if (!is_digit(*p)) {
                    error_here(lx, p, "invalid decimal literal");
                    return -1;
                }
            }
            if (*p != '0')
                break;
            p++;
        }
        ptr zeros_end = p;
        bool nonzero = false;
        if (is_digit(*p)) {
            nonzero = true;
            if (!(p = decimal_tail(lx, p)))
                return -1;
        }
        if (*p == '.' || *p == 'e' || *p == 'E' || *p == 'j' || *p == 'J') {
            p = decimal_rest(lx, p, false);
        } else if (nonzero) {
            (void)zeros_end;
            return error_at(lx, PR_SYNTAX_ERROR, lx->lineno, col_of(lx, start),
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
        } else if (!end_of_number_ok(lx, p, "decimal")) {
            return -1;
        }
    } else {
        if ((p = decimal_tail(lx, p)))
            p = decimal_rest(lx, p, false);
    }
    if (!p)
        return -1;
    return tok_end(lx, t, p, TK_NUMBER);
}

/* ------------------------------------------------------------------ strings */

/* Parses a string prefix [start, quote) into PR_STR_* flags; 'f' and 't' are reported
** through *fkind. */
static uint32_t prefix_flags(ptr start, ptr quote, char *fkind)
{
    uint32_t flags = (uint32_t)(quote - start) << PR_STR_PREFIX_SHIFT;
    *fkind = 0;
    for (ptr p = start; p < quote; p++) {
        switch (*p | 0x20) {
        case 'r': flags |= PR_STR_RAW; break;
        case 'b': flags |= PR_STR_BYTES; break;
        case 'u': flags |= PR_STR_U; break;
        case 'f': *fkind = 'f'; break;
        case 't': *fkind = 't'; break;
        }
    }
    return flags;
}

/* The line CPython names in "(detected at line N)": at the end of the input, the line
** of the last newline. */
static uint32_t detected_line(const pr_lexer *lx, ptr p)
{
    return p >= lx->lim && p > (ptr)lx->src->text && p[-1] == '\n' ? lx->lineno - 1 : lx->lineno;
}

/* A plain (not f/t) string literal from its prefix at start to its closing quote. */
static int scan_string(pr_lexer *lx, pr_token *t, ptr start, ptr q, uint32_t flags)
{
    unsigned char quote = *q;
    bool triple = q[1] == quote && q[2] == quote;
    bool escaped_quote = false;
    uint32_t start_line = lx->lineno;
    ptr start_line_start = lx->line_start;
    ptr p = q + (triple ? 3 : 1);
    tok_begin(lx, t, start);
    t->aux = flags | (triple ? PR_STR_TRIPLE : 0);
    for (;;) {
        unsigned char c = *p;
        if (p >= lx->lim || (c == '\n' && !triple)) {
            uint32_t col = (uint32_t)(start - start_line_start);
            const pr_fmode *f = current_fstring(lx);
            if (f && f->quote == quote && f->triple == triple)
                /* the f-string's own closing quote: its field was not closed */
                return error_at(lx, PR_SYNTAX_ERROR, start_line, col, "%c-string: expecting '}'",
                                fstring_letter(f));
            if (triple)
                return error_at(lx, PR_SYNTAX_ERROR, start_line, col,
                                "unterminated triple-quoted string literal (detected at line %u)",
                                detected_line(lx, p));
            return error_at(lx, PR_SYNTAX_ERROR, start_line, col,
                            "unterminated string literal (detected at line %u)%s", detected_line(lx, p),
                            escaped_quote ? "; perhaps you escaped the end quote?" : "");
        }
        if (c == quote) {
            if (!triple)
                return tok_end(lx, t, p + 1, TK_STRING);
            if (p[1] == quote && p[2] == quote)
                return tok_end(lx, t, p + 3, TK_STRING);
        } else if (c == '\n') {
            newline_at(lx, p);
        } else if (c == '\\') {
            p++;
            escaped_quote |= *p == quote;
            if (*p == '\n')
                newline_at(lx, p);
            else if (p >= lx->lim)
                continue;
        }
        p++;
    }
}

/* FSTRING_START / TSTRING_START: the prefix and the opening quote(s); pushes FM_STRING. */
static int start_fstring(pr_lexer *lx, pr_token *t, ptr start, ptr q, uint32_t flags, char fkind)
{
    unsigned char quote = *q;
    bool triple = q[1] == quote && q[2] == quote;
    int nstrings = 0;
    for (int i = 0; i < lx->fdepth; i++)
        nstrings += lx->fmodes[i].kind == FM_STRING;
    if (nstrings + 1 >= PR_MAX_FSTRING_NEST)
        return error_here(lx, q + 1, "too many nested f-strings");
    pr_fmode *m = &lx->fmodes[lx->fdepth++];
    memset(m, 0, sizeof *m);
    m->kind = FM_STRING;
    m->quote = quote;
    m->triple = triple;
    m->raw = (flags & PR_STR_RAW) != 0;
    m->tstring = fkind == 't';
    m->lineno = lx->lineno;
    m->col = col_of(lx, start);
    m->start = offset_of(lx, start);
    tok_begin(lx, t, start);
    t->aux = flags | (triple ? PR_STR_TRIPLE : 0);
    return tok_end(lx, t, q + (triple ? 3 : 1), fkind == 't' ? TK_TSTRING_START : TK_FSTRING_START);
}

/* Skips a backslash escape at p inside f-string text; returns the position after it.
** `\N{...}` is one escape (its braces are not a field); a backslash before a brace
** escapes nothing. */
static ptr skip_fstring_escape(pr_lexer *lx, ptr p, bool raw)
{
    p++;
    if (*p == '{' || *p == '}')
        return p;
    if (!raw && *p == 'N' && p[1] == '{') {
        ptr q = p + 2;
        while (q < lx->lim && *q != '}' && *q != '\n' && *q != '"' && *q != '\'')
            q++;
        if (*q == '}')
            return q + 1;
        return p;
    }
    if (*p == '\n')
        newline_at(lx, p);
    return p < lx->lim ? p + 1 : p;
}

static int unterminated_fstring(pr_lexer *lx, const pr_fmode *s, ptr p)
{
    uint32_t lineno = s->lineno, col = s->col;
    if (s->triple)
        return error_at(lx, PR_SYNTAX_ERROR, lineno, col,
                        "unterminated triple-quoted %c-string literal (detected at line %u)",
                        fstring_letter(s), detected_line(lx, p));
    return error_at(lx, PR_SYNTAX_ERROR, lineno, col,
                    "unterminated %c-string literal (detected at line %u)", fstring_letter(s),
                    detected_line(lx, p));
}

/* Literal text of an f-string (FM_STRING) or of a format spec (FM_SPEC): MIDDLE tokens,
** the '{' of a field, the '}' ending a spec, the closing quote. */
static int scan_fstring_text(pr_lexer *lx, pr_token *t)
{
    pr_fmode *m = top_mode(lx);
    pr_fmode *s = current_fstring(lx);
    bool spec = m->kind == FM_SPEC;
    int middle = s->tstring ? TK_TSTRING_MIDDLE : TK_FSTRING_MIDDLE;
    if (spec)
        middle = TK_FSTRING_MIDDLE;
    ptr start = lx->cur, p = start;
    tok_begin(lx, t, start);
    t->aux = s->raw ? PR_STR_RAW : 0;
    for (;;) {
        unsigned char c = *p;
        if (p >= lx->lim) {
            if (spec)
                return error_here(lx, p, "%c-string: expecting '}'", fstring_letter(s));
            return unterminated_fstring(lx, s, p);
        }
        if (c == s->quote && (!s->triple || (p[1] == c && p[2] == c))) {
            if (spec)
                return error_here(lx, p, "%c-string: expecting '}'", fstring_letter(s));
            if (p > start)
                return tok_end(lx, t, p, middle);
            lx->fdepth--;
            return tok_end(lx, t, p + (s->triple ? 3 : 1),
                           s->tstring ? TK_TSTRING_END : TK_FSTRING_END);
        }
        if (c == '\n' && !s->triple) {
            if (spec)
                return error_here(lx, p + 1,
                                  "%c-string: newlines are not allowed in format specifiers for single quoted %c-strings",
                                  fstring_letter(s), fstring_letter(s));
            return unterminated_fstring(lx, s, p);
        }
        if (c == '{' && !spec && p[1] == '{') {
            p += 2;
            continue;
        }
        if (c == '}' && !spec && p[1] == '}') {
            p += 2;
            continue;
        }
        if (c == '{') {
            if (p > start)
                return tok_end(lx, t, p, middle);
            if (spec && fields_in_string(lx) >= PR_MAX_SPEC_FIELDS)
                return error_here(lx, p, "%c-string: expressions nested too deeply",
                                  fstring_letter(s));
            int kind = open_bracket(lx, t, p + 1, TK_LBRACE);
            if (kind < 0)
                return kind;
            t->aux |= PR_FIELD_OPEN;
            pr_fmode *f = &lx->fmodes[lx->fdepth++];
            memset(f, 0, sizeof *f);
            f->kind = FM_FIELD;
            f->depth = (uint32_t)lx->level;
            return kind;
        }
        if (c == '}') {
            if (p > start)
                return tok_end(lx, t, p, middle);
            if (!spec)
                return error_here(lx, p + 1, "%c-string: single '}' is not allowed",
                                  fstring_letter(s));
            lx->fdepth--;   /* the spec; close_bracket pops its field */
            return close_bracket(lx, t, p + 1, TK_RBRACE);
        }
        if (c == '\\' && !s->raw) {
            p = skip_fstring_escape(lx, p, false);
            continue;
        }
        if (c == '\\') {
            /* a raw string still cannot end at an escaped quote */
            if (p[1] == s->quote || p[1] == '\\')
                p++;
            else if (p[1] == '\n') {
                p++;
                newline_at(lx, p);
            }
        } else if (c == '\n') {
            newline_at(lx, p);
        }
        p++;
    }
}

/* ------------------------------------------------------------------ layout */

/* Measures the indentation of a new physical line and queues INDENT/DEDENT tokens.
** Returns -1 on an indentation error. */
static int begin_line(pr_lexer *lx)
{
    int col = 0, altcol = 0, cont_col = 0;
    ptr p = lx->cur;
    lx->atbol = false;
    for (;;) {
        if (*p == ' ') {
            col++;
            altcol++;
        } else if (*p == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol++;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else if (*p == '\\' && p[1] == '\n') {
            /* the first backslash in the indentation decides the level */
            if (p + 2 >= lx->lim)
                return error_here(lx, p + 2, "unexpected EOF while parsing");
            cont_col = cont_col ? cont_col : col;
            p++;
            newline_at(lx, p);
        } else {
            break;
        }
        p++;
    }
    lx->cur = p;
    lx->blankline = (*p == '#' || *p == '\n') && p < lx->lim;
    if (lx->blankline || lx->level != 0)
        return 0;
    if (cont_col)
        col = altcol = cont_col;
    int top = lx->indent;
    if (col == lx->indstack[top]) {
        if (altcol != lx->altindstack[top])
            goto tab_error;
    } else if (col > lx->indstack[top]) {
        if (top + 1 >= PR_MAX_INDENT)
            return error_at(lx, PR_INDENTATION_ERROR, lx->lineno, 0, "too many levels of indentation");
        if (altcol <= lx->altindstack[top])
            goto tab_error;
        lx->pending++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            /* CPython points past the end of the line */
            ptr e = p;
            while (e < lx->lim && *e != '\n')
                e++;
            return error_at(lx, PR_INDENTATION_ERROR, lx->lineno, col_of(lx, e),
                            "unindent does not match any outer indentation level");
        }
        if (altcol != lx->altindstack[lx->indent])
            goto tab_error;
    }
    return 0;
tab_error:
    return error_at(lx, PR_TAB_ERROR, lx->lineno, 0, "inconsistent use of tabs and spaces in indentation");
}

/* The end of the input: an implicit NEWLINE, the DEDENTs, then 0. */
static int end_of_input(pr_lexer *lx, pr_token *t)
{
    if (lx->level > 0) {
        pr_bracket *b = &lx->brackets[lx->level - 1];
        return error_at(lx, PR_SYNTAX_ERROR, b->lineno, b->col, "'%c' was never closed", b->ch);
    }
    pr_fmode *s = current_fstring(lx);
    if (s)
        return unterminated_fstring(lx, s, lx->cur);
    tok_begin(lx, t, lx->cur);
    t->end = t->start;
    t->end_lineno = t->lineno;
    t->end_col = t->col;
    if (lx->line_has_tokens) {
        lx->line_has_tokens = false;
        return TK_NEWLINE;
    }
    if (lx->indent > 0) {
        lx->indent--;
        return TK_DEDENT;
    }
    lx->done = true;
    return 0;
}

/* ------------------------------------------------------------------ the scanner */

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:indent:top = 1;

    prefix = [rRuUbBfFtT] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF] | [tT][rR] | [rR][tT];
    quote = ['"];
*/

/* Scans one token that is not layout, not f-string text. */
static int scan_token(pr_lexer *lx, pr_token *t)
{
    ptr start = lx->cur;
    ptr YYCURSOR = start, YYMARKER = start;
    tok_begin(lx, t, start);
#define TOK(k) return tok_end(lx, t, YYCURSOR, TK_##k)
#define SOFT(s) return finish_name(lx, t, start, YYCURSOR, s)
#define KW(k) do { if (*YYCURSOR < 0x80) TOK(k); SOFT(PR_SOFT_NONE); } while (0)
    /*!re2c
        "("   { return open_bracket(lx, t, YYCURSOR, TK_LPAR); }
        "["   { return open_bracket(lx, t, YYCURSOR, TK_LSQB); }
        "{"   { return open_bracket(lx, t, YYCURSOR, TK_LBRACE); }
        ")"   { return close_bracket(lx, t, YYCURSOR, TK_RPAR); }
        "]"   { return close_bracket(lx, t, YYCURSOR, TK_RSQB); }
        "}"   { return close_bracket(lx, t, YYCURSOR, TK_RBRACE); }
        ":"   { TOK(COLON); }
        ","   { TOK(COMMA); }
        ";"   { TOK(SEMI); }
        "+"   { TOK(PLUS); }
        "-"   { TOK(MINUS); }
        "*"   { TOK(STAR); }
        "/"   { TOK(SLASH); }
        "|"   { TOK(VBAR); }
        "&"   { TOK(AMPER); }
        "<"   { TOK(LESS); }
        ">"   { TOK(GREATER); }
        "="   { TOK(EQUAL); }
        "."   { TOK(DOT); }
        "%"   { TOK(PERCENT); }
        "=="  { TOK(EQEQUAL); }
        "!="  { TOK(NOTEQUAL); }
        "<>"  { TOK(NOTEQUAL); }
        "<="  { TOK(LESSEQUAL); }
        ">="  { TOK(GREATEREQUAL); }
        "~"   { TOK(TILDE); }
        "^"   { TOK(CIRCUMFLEX); }
        "<<"  { TOK(LEFTSHIFT); }
        ">>"  { TOK(RIGHTSHIFT); }
        "**"  { TOK(DOUBLESTAR); }
        "+="  { TOK(PLUSEQUAL); }
        "-="  { TOK(MINEQUAL); }
        "*="  { TOK(STAREQUAL); }
        "/="  { TOK(SLASHEQUAL); }
        "%="  { TOK(PERCENTEQUAL); }
        "&="  { TOK(AMPEREQUAL); }
        "|="  { TOK(VBAREQUAL); }
        "^="  { TOK(CIRCUMFLEXEQUAL); }
        "<<=" { TOK(LEFTSHIFTEQUAL); }
        ">>=" { TOK(RIGHTSHIFTEQUAL); }
        "**=" { TOK(DOUBLESTAREQUAL); }
        "//"  { TOK(DOUBLESLASH); }
        "//=" { TOK(DOUBLESLASHEQUAL); }
        "@"   { TOK(AT); }
        "@="  { TOK(ATEQUAL); }
        "->"  { TOK(RARROW); }
        "..." { TOK(ELLIPSIS); }
        ":="  { TOK(COLONEQUAL); }
        "!"   { TOK(EXCLAMATION); }

        "False"    { KW(FALSE); }
        "None"     { KW(NONE); }
        "True"     { KW(TRUE); }
        "and"      { KW(AND); }
        "as"       { KW(AS); }
        "assert"   { KW(ASSERT); }
        "async"    { KW(ASYNC); }
        "await"    { KW(AWAIT); }
        "break"    { KW(BREAK); }
        "class"    { KW(CLASS); }
        "continue" { KW(CONTINUE); }
        "def"      { KW(DEF); }
        "del"      { KW(DEL); }
        "elif"     { KW(ELIF); }
        "else"     { KW(ELSE); }
        "except"   { KW(EXCEPT); }
        "finally"  { KW(FINALLY); }
        "for"      { KW(FOR); }
        "from"     { KW(FROM); }
        "global"   { KW(GLOBAL); }
        "if"       { KW(IF); }
        "import"   { KW(IMPORT); }
        "in"       { KW(IN); }
        "is"       { KW(IS); }
        "lambda"   { KW(LAMBDA); }
        "nonlocal" { KW(NONLOCAL); }
        "not"      { KW(NOT); }
        "or"       { KW(OR); }
        "pass"     { KW(PASS); }
        "raise"    { KW(RAISE); }
        "return"   { KW(RETURN); }
        "try"      { KW(TRY); }
        "while"    { KW(WHILE); }
        "with"     { KW(WITH); }
        "yield"    { KW(YIELD); }
        "match"    { SOFT(PR_SOFT_MATCH); }
        "case"     { SOFT(PR_SOFT_CASE); }
        "type"     { SOFT(PR_SOFT_TYPE); }
        "_"        { SOFT(PR_SOFT_UNDERSCORE); }

        prefix? quote {
            char fkind;
            uint32_t flags = prefix_flags(start, YYCURSOR - 1, &fkind);
            if (fkind)
                return start_fstring(lx, t, start, YYCURSOR - 1, flags, fkind);
            return scan_string(lx, t, start, YYCURSOR - 1, flags);
        }

        [a-zA-Z_][a-zA-Z0-9_]* { SOFT(PR_SOFT_NONE); }
        [\x80-\xff] { return finish_name(lx, t, start, start, PR_SOFT_NONE); }

        [0-9] | "." [0-9] { return scan_number(lx, t, start); }

        * { return invalid_character(lx, t, start); }
    */
#undef TOK
#undef SOFT
#undef KW
}

/* ------------------------------------------------------------------ the entry */

static void add_comment(pr_lexer *lx, ptr start, ptr end)
{
    if (lx->ncomments == lx->comments_cap) {
        uint32_t cap = lx->comments_cap ? 2 * lx->comments_cap : 64;
        lx->comments = pr_arena_grow(lx->arena, lx->comments, lx->comments_cap * sizeof *lx->comments,
                                     cap * sizeof *lx->comments);
        lx->comments_cap = cap;
    }
    pr_comment *c = &lx->comments[lx->ncomments++];
    c->start = offset_of(lx, start);
    c->end = offset_of(lx, end);
    c->lineno = lx->lineno;
    c->col = col_of(lx, start);
}

void pr_lex_init(pr_lexer *lx, pr_arena *a, const pr_source *src, pr_syntax_error *err)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->arena = a;
    lx->cur = (ptr)src->text;
    lx->lim = (ptr)src->text + src->len;
    lx->line_start = lx->cur;
    lx->lineno = 1;
    lx->atbol = true;
    lx->err = err;
}

int pr_lex_next(pr_lexer *lx, pr_token *t)
{
    if (lx->done)
        return lx->err->set ? -1 : 0;
    for (;;) {
        pr_fmode *m = top_mode(lx);
        if (m && m->kind != FM_FIELD)
            return scan_fstring_text(lx, t);
        if (lx->atbol && begin_line(lx) < 0)
            return -1;
        if (lx->pending) {
            tok_begin(lx, t, lx->cur);
            t->end = t->start;
            t->end_lineno = t->lineno;
            t->end_col = t->col;
            if (lx->pending > 0) {
                lx->pending--;
                return TK_INDENT;
            }
            lx->pending++;
            return TK_DEDENT;
        }
        ptr p = lx->cur;
        while (*p == ' ' || *p == '\t' || *p == '\f')
            p++;
        lx->cur = p;
        if (p >= lx->lim)
            return end_of_input(lx, t);
        if (*p == '#') {
            ptr e = p;
            while (*e != '\n' && e < lx->lim)
                e++;
            add_comment(lx, p, e);
            lx->cur = e;
            continue;
        }
        if (*p == '\n') {
            bool emit = !lx->blankline && lx->level == 0;
            tok_begin(lx, t, p);
            t->end = t->start + 1;
            t->end_lineno = t->lineno;
            t->end_col = t->col + 1;
            newline_at(lx, p);
            lx->cur = p + 1;
            lx->atbol = true;
            if (emit) {
                lx->line_has_tokens = false;
                return TK_NEWLINE;
            }
            continue;
        }
        if (*p == '\\') {
            if (p[1] != '\n')
                return error_here(lx, p + 2, "unexpected character after line continuation character");
            if (p + 2 >= lx->lim)
                return error_here(lx, p + 2, "unexpected EOF while parsing");
            newline_at(lx, p + 1);
            lx->cur = p + 2;
            continue;
        }
        if (m && (uint32_t)lx->level == m->depth) {
            /* at a replacement field's own depth, ':' always starts the format spec */
            if (*p == ':') {
                tok_begin(lx, t, p);
                pr_fmode *spec = &lx->fmodes[lx->fdepth++];
                memset(spec, 0, sizeof *spec);
                spec->kind = FM_SPEC;
                return tok_end(lx, t, p + 1, TK_COLON);
            }
        }
        return scan_token(lx, t);
    }
}
