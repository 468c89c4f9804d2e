/* radon's raw metrics (`radon raw`), with its definitions.  radon splits the source into
** lines, strips each, and tokenizes them a group at a time: a group is one line, or as
** many lines as it takes to close the brackets, strings and backslash continuations that
** a line opens, which is a logical line or a line holding only a comment or nothing.
** Each group is then counted as a whole:
**   - a lone comment: one single comment;
**   - a lone string literal (an f-string is one token too): one single comment when it
**     fits on one line, else its lines are multi (its empty lines blank);
**   - anything else: each line SLOC, or blank when empty;
**   - comments: every comment token; LLOC: one per `;`-separated part holding a token,
**     two when the part has a `:` that does not end it (`if x: y`, but also `{1: 2}` and
**     `a[1:]`); in a part that a `;` ends, a `:` ends it when one token follows it.
** LOC is SLOC + blank + multi + single comments.  The groups come from one scan of the
** source, which cuts it into tokens as pyreview's lexer does (and radon's tokenizer, for
** every file both accept) but only as far as the counts need: the file has parsed, so the
** scan looks for where tokens, strings, brackets and logical lines end, and checks
** nothing; an f-string is skipped whole, its replacement fields only for where they end.
** The scan notes where lines start as it passes them and counts each group as soon as it
** ends, with the lines before it that belong to no logical line.
** Lines broken by a form feed or another character str.splitlines() breaks at (none in
** the standard library) count as one line here. */
#include "passes/metrics.h"

#include <string.h>

#include "lexer/unicode.h"

/* Whether a UTF-8 sequence at p is a character str.isspace() accepts; *len gets its size. */
static bool is_space(const unsigned char *p, const unsigned char *end, int *len)
{
    uint32_t cp = *p;
    size_t n = cp < 0x80 ? 1 : pr_utf8_decode_lax(p, (size_t)(end - p), &cp);
    *len = n ? (int)n : 1;
    return n && pr_uni_is_py_space(cp);
}

/* Where the indentation of the line at p ends, four spaces at a time. */
static const char *skip_indent(const char *p, const char *end)
{
    uint32_t four;
    while (end - p >= 4 && (memcpy(&four, p, 4), four == 0x20202020u))
        p += 4;
    return p;
}

static bool blank_line(const char *s, const char *end)
{
    int n;
    s = skip_indent(s, end);
    while (s < end && *s == ' ')
        s++;
    for (const unsigned char *p = (const unsigned char *)s; p < (const unsigned char *)end; p += n)
        if (!is_space(p, (const unsigned char *)end, &n))
            return false;
    return true;
}

/* LLOC of one `;`-separated part: ntok tokens, the last `:` at index colon (or -1). */
static uint32_t part_lloc(int32_t ntok, int32_t colon, bool last)
{
    if (colon < 0)
        return ntok > 0;
    return colon == ntok - (last ? 1 : 2) ? 1 : 2;
}

/* The counts of one group of lines [first, last]. */
typedef struct group {
    uint32_t first, last;
    uint32_t ntokens;           /* all tokens, an f-string counting as one */
    bool lone_string;           /* exactly one token, a string */
    bool string_one_line;
} group;

/* The lines of the source as the scan finds them, and the counts so far. */
typedef struct counter {
    const pr_source *src;
    uint32_t *starts;           /* of each line the scan has reached (line 1 at index 0) */
    uint32_t nstarts, cap;
    uint32_t next_line;         /* the first line not counted yet */
    const pr_comment *comments; /* the file's, by line; those before ci are counted */
    uint32_t ncomments, ci;
    pr_raw_metrics *m;
} counter;

/* A group and the comments on its lines. */
static void count_group(counter *c, const group *g, uint32_t ncomments)
{
    pr_raw_metrics *m = c->m;
    m->comments += ncomments;
    if (g->ntokens == 0 && ncomments == 1) {
        m->single_comments++;
        return;
    }
    bool doc = g->lone_string && ncomments == 0;
    if (doc && g->string_one_line) {
        m->single_comments++;
        return;
    }
    uint32_t ln = g->first;
    if (g->ntokens) {
        /* the first line holds the first token: not blank */
        if (doc)
            m->multi++;
        else
            m->sloc++;
        ln++;
    }
    const char *text = c->src->text;
    for (; ln <= g->last; ln++) {
        const char *s = text + c->starts[ln - 1];
        const char *e = ln < c->nstarts ? text + c->starts[ln] : text + c->src->len;
        if (blank_line(s, e))
            m->blank++;
        else if (doc)
            m->multi++;
        else
            m->sloc++;
    }
}

/* The comments not counted yet on the lines up to last. */
static uint32_t comments_upto(counter *c, uint32_t last)
{
    uint32_t n = 0;
    for (; c->ci < c->ncomments && c->comments[c->ci].lineno <= last; c->ci++)
        n++;
    return n;
}

/* Counts g after the lines before it, each a group of its own; a g without lines
** (first past last) only counts those. */
static void count_upto(counter *c, const group *g)
{
    if (g->first == c->next_line && g->first == g->last && g->ntokens && !g->lone_string &&
        (c->ci == c->ncomments || c->comments[c->ci].lineno > g->last)) {
        /* most lines: code on one line right after the last group, without a comment */
        c->m->sloc++;
        c->next_line++;
        return;
    }
    for (uint32_t ln = c->next_line; ln < g->first; ln++) {
        group line = {ln, ln, 0, false, false};
        count_group(c, &line, comments_upto(c, ln));
    }
    if (g->first > g->last)
        return;
    count_group(c, g, comments_upto(c, g->last));
    c->next_line = g->last + 1;
}

/* ------------------------------------------------------------------ the scan */

/* The scan of a source: where it is, and the logical line being read. */
typedef struct scanner {
    const char *p, *end;
    uint32_t lineno;
    uint32_t depth;             /* open brackets */
    group g;                    /* the logical line so far */
    uint32_t part_start;        /* the index of the first token of its current `;`-separated
                                ** part (tokens count from 0 in the logical line) */
    int32_t colon;              /* the index of the part's last `:`, -1 if none */
    uint32_t lloc;
    counter c;
    pr_arena *a;
} scanner;

/* The scan passes a newline: the next line starts at next. */
static void newline(scanner *s, const char *next)
{
    counter *c = &s->c;
    if (c->nstarts == c->cap) {
        uint32_t n = 2 * c->cap;
        c->starts = pr_arena_grow(s->a, c->starts, c->cap * sizeof *c->starts, n * sizeof *c->starts);
        c->cap = n;
    }
    c->starts[c->nstarts++] = (uint32_t)(next - c->src->text);
    s->lineno++;
}

enum { TOKEN_OTHER, TOKEN_STRING, TOKEN_COLON, TOKEN_SEMI };

/* Character classes, a table lookup each as the scan asks about every byte. */
enum {
    C_NAME_START = 1, C_DIGIT = 2,
    C_STOP = 4,             /* ends a run of string characters: backslash, newline, NUL */
    C_QUOTE1 = 8, C_QUOTE2 = 16, C_BRACE = 32,  /* ' " { }: end one for some strings */
};
static const uint8_t char_class[256] = {
    ['a' ... 'z'] = C_NAME_START, ['A' ... 'Z'] = C_NAME_START, ['_'] = C_NAME_START,
    [0x80 ... 0xff] = C_NAME_START, ['0' ... '9'] = C_DIGIT,
    ['\\'] = C_STOP, ['\n'] = C_STOP, ['\0'] = C_STOP,
    ['\''] = C_QUOTE1, ['"'] = C_QUOTE2, ['{'] = C_BRACE, ['}'] = C_BRACE,
};

static bool is_digit(unsigned char c)
{
    return char_class[c] & C_DIGIT;
}

static bool name_start(unsigned char c)
{
    return char_class[c] & C_NAME_START;
}

static bool name_char(unsigned char c)
{
    return char_class[c] & (C_NAME_START | C_DIGIT);
}

static const char *skip_string(scanner *s, const char *p, const char *prefix_end);

/* Where a name starting at p ends; a string when a quote follows it (a prefix). */
static const char *skip_name(scanner *s, const char *p, bool *string)
{
    const char *q = p;
    while (name_char((unsigned char)*q))
        q++;
    *string = *q == '\'' || *q == '"';
    return *string ? skip_string(s, p, q) : q;
}

static const char *skip_field(scanner *s, const char *p);

/* A format spec after a replacement field's `:`, to the end of the field; it may hold
** fields of its own. */
static const char *skip_spec(scanner *s, const char *p)
{
    for (;; p++) {
        switch (*p) {
        case '\0':
            return p;
        case '\n':
            newline(s, p + 1);
            break;
        case '{':
            p = skip_field(s, p + 1) - 1;
            break;
        case '}':
            return p + 1;
        }
    }
}

/* A replacement field of an f-string, from after its `{` to after its `}`. */
static const char *skip_field(scanner *s, const char *p)
{
    uint32_t depth = 0;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        bool string;
        switch (c) {
        case '\0':
            return p;
        case '\n':
            newline(s, ++p);
            break;
        case '#':
            while (*p && *p != '\n')
                p++;
            break;
        case '\'':
        case '"':
            p = skip_string(s, p, p);
            break;
        case '(':
        case '[':
        case '{':
            depth++;
            p++;
            break;
        case ')':
        case ']':
            depth -= depth > 0;
            p++;
            break;
        case '}':
            if (depth == 0)
                return p + 1;
            depth--;
            p++;
            break;
        case ':':
            if (depth == 0)
                return skip_spec(s, p + 1);
            p++;
            break;
        default:
            p = name_start(c) ? skip_name(s, p, &string) : p + 1;
            break;
        }
    }
}

/* A string literal from its prefix (at p) and its first quote (at quote) to after its
** closing quotes; an f- or t-string with its replacement fields. */
static const char *skip_string(scanner *s, const char *p, const char *quote)
{
    bool fmt = false, raw = false;
    for (; p < quote; p++) {
        fmt |= (*p | 0x20) == 'f' || (*p | 0x20) == 't';
        raw |= (*p | 0x20) == 'r';
    }
    char q = *p;
    bool triple = p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    uint8_t stop = C_STOP | (q == '"' ? C_QUOTE2 : C_QUOTE1) | (fmt ? C_BRACE : 0);
    /* the same stops as a set: triple-quoted strings, docstrings mostly, run long enough
    ** for strcspn, which reads many bytes a step, to pay off */
    const char stops[] = {'\\', '\n', q, fmt ? '{' : '\0', '}', '\0'};
    for (;;) {
        if (triple) {
            p += strcspn(p, stops);
        } else {
            while (!(char_class[(unsigned char)*p] & stop))
                p++;
        }
        char c = *p;
        if (c == '\0')
            return p;
        if (c == q && (!triple || (p[1] == q && p[2] == q)))
            return p + (triple ? 3 : 1);
        if (c == '\n') {
            newline(s, p + 1);
        } else if (c == '\\') {
            if (fmt && (p[1] == '{' || p[1] == '}')) {
                p++;
                continue;   /* the brace is still a field's or an escaped one */
            }
            if (fmt && !raw && p[1] == 'N' && p[2] == '{') {
                p = strchr(p, '}');   /* \N{NAME}: no field */
                if (!p)
                    return quote + strlen(quote);
            } else if (p[1] == '\0') {
                return p + 1;
            } else {
                if (p[1] == '\n')
                    newline(s, p + 2);
                p++;
            }
        } else if (fmt && c == '{') {
            if (p[1] != '{') {
                p = skip_field(s, p + 1);
                continue;
            }
            p++;
        } else if (fmt && c == '}') {
            p += p[1] == '}';
        }
        p++;
    }
}

/* Where a number starting at p ends (an exponent's sign included). */
static const char *skip_number(const char *p)
{
    bool hex = p[0] == '0' && (p[1] | 0x20) == 'x';
    for (;; p++) {
        unsigned char c = (unsigned char)*p;
        if (name_char(c) || c == '.')
            continue;
        if ((c == '+' || c == '-') && !hex && (p[-1] | 0x20) == 'e')
            continue;
        return p;
    }
}

/* The length of the operator or delimiter at p. */
static int operator_length(const char *p)
{
    bool doubled = p[0] == p[1] && (p[0] == '*' || p[0] == '/' || p[0] == '<' || p[0] == '>');
    if (doubled)
        return p[2] == '=' ? 3 : 2;
    if (p[1] == '=' && p[0] && strchr("+-*/%&|^@<>=!:", p[0]))
        return 2;
    if (p[0] == '-' && p[1] == '>')
        return 2;
    return p[0] == '.' && p[1] == '.' && p[2] == '.' ? 3 : 1;
}

/* The LLOC of the part of the logical line that ends before token end. */
static uint32_t end_part(scanner *s, uint32_t end, bool last)
{
    uint32_t n = part_lloc((int32_t)(end - s->part_start), s->colon < 0 ? -1 : s->colon - (int32_t)s->part_start,
                           last);
    s->part_start = end + 1;
    s->colon = -1;
    return n;
}

static void token(scanner *s, int kind, uint32_t lineno)
{
    group *g = &s->g;
    uint32_t index = g->ntokens++;
    if (index == 0) {
        /* lone_string holds for the first token until a second one comes (end_logical) */
        g->first = lineno;
        g->lone_string = kind == TOKEN_STRING;
        g->string_one_line = s->lineno == lineno;
    }
    if (kind == TOKEN_SEMI)
        s->lloc += end_part(s, index, false);
    else if (kind == TOKEN_COLON)
        s->colon = (int32_t)index;
}

/* The NEWLINE token: the logical line ends on line last. */
static void end_logical(scanner *s, uint32_t last)
{
    s->lloc += end_part(s, s->g.ntokens, true);
    s->part_start = 0;
    s->g.last = last;
    s->g.lone_string &= s->g.ntokens == 1;
    count_upto(&s->c, &s->g);
    s->g = (group){0};
}

/* What a byte is to simple_line; most are part of a token. */
enum { L_TOKEN, L_SPACE, L_COLON, L_QUOTE, L_OPEN, L_CLOSE, L_HASH, L_NEWLINE, L_OTHER };
static const uint8_t line_class[256] = {
    [' '] = L_SPACE, ['\t'] = L_SPACE, ['\f'] = L_SPACE, ['\r'] = L_SPACE,
    [':'] = L_COLON, ['\''] = L_QUOTE, ['"'] = L_QUOTE,
    ['('] = L_OPEN, ['['] = L_OPEN, ['{'] = L_OPEN, [')'] = L_CLOSE, [']'] = L_CLOSE, ['}'] = L_CLOSE,
    ['#'] = L_HASH, ['\n'] = L_NEWLINE, ['\\'] = L_OTHER, [';'] = L_OTHER, ['\0'] = L_OTHER,
};

/* What simple_line has seen of its line. */
typedef struct line_seen {
    bool any;               /* a token */
    bool first_string;      /* the first token is a string */
    bool after_first;       /* a token after the first */
    bool colon;             /* a colon */
    bool after_colon;       /* a token after the last colon */
} line_seen;

static void saw_token(line_seen *t)
{
    t->after_first |= t->any;
    t->any = t->after_colon = true;
}

/* Most logical lines are one physical line without a semicolon, a backslash or a string
** other than a plain one-line one: such a line, at p at depth 0, is counted in one pass over
** its bytes, which needs no token boundaries: the counts only ask whether a token follows
** the first one (when that is a string) and the last colon.  Returns false, having changed
** nothing, for any other line. */
static bool simple_line(scanner *s, const char **at)
{
    const char *p = *at;
    uint32_t depth = 0;
    line_seen t = {0};
    for (;;) {
        const char *run = p;
        while (line_class[(unsigned char)*p] == L_TOKEN)
            p++;
        if (p != run)
            saw_token(&t);
        switch (line_class[(unsigned char)*p]) {
        case L_SPACE:
            p++;
            break;
        case L_COLON:
            if (p[1] == '=') {
                saw_token(&t);
                p += 2;   /* := */
                break;
            }
            t.after_first |= t.any;
            t.any = t.colon = true;
            t.after_colon = false;
            p++;
            break;
        case L_QUOTE: {
            char q = *p;
            if (name_char((unsigned char)p[-1]) || (p[1] == q && p[2] == q))
                return false;   /* a prefix, or triple quotes */
            const char *e = p + 1;
            for (; *e != q; e++)
                if (*e == '\\' || *e == '\n' || *e == '\0')
                    return false;
            t.first_string |= !t.any;
            saw_token(&t);
            p = e + 1;
            break;
        }
        case L_OPEN:
            depth++;
            saw_token(&t);
            p++;
            break;
        case L_CLOSE:
            if (depth == 0)
                return false;
            depth--;
            saw_token(&t);
            p++;
            break;
        case L_HASH:
            /* the comment runs to the line's end */
            p = memchr(p, '\n', (size_t)(s->end - p));
            if (!p)
                return false;
            break;
        case L_NEWLINE: {
            if (depth || !t.any)
                return false;
            /* token counts stop at two: only "one" and "more" matter */
            group g = {s->lineno, s->lineno, t.after_first ? 2 : 1, t.first_string && !t.after_first, true};
            s->lloc += t.colon && t.after_colon ? 2 : 1;
            newline(s, p + 1);
            count_upto(&s->c, &g);
            *at = skip_indent(p + 1, s->end);
            return true;
        }
        default:
            return false;
        }
    }
}

/* The next token (or blank, comment, line end) at s->p. */
static void scan_step(scanner *s)
{
    const char *p = s->p;
    while (*p == ' ')
        p++;
    unsigned char c = (unsigned char)*p;
    uint32_t line = s->lineno;
    int kind = TOKEN_OTHER;
    switch (c) {
    case '\0':   /* the end, after trailing blanks */
        s->p = p + 1;
        return;
    case '\n':
        /* the line's end is known before the group is counted */
        newline(s, p + 1);
        if (s->depth == 0 && s->g.ntokens)
            end_logical(s, s->lineno - 1);
        p = skip_indent(p + 1, s->end);
        while (s->depth == 0 && simple_line(s, &p))
            continue;
        s->p = p;
        return;
    case ' ':
    case '\t':
    case '\f':
    case '\r':
        s->p = p + 1;
        return;
    case '#':
        p = memchr(p, '\n', (size_t)(s->end - p));
        s->p = p ? p : s->end;
        return;
    case '\\':   /* a continuation: the line goes on */
        if (p[1] == '\n')
            newline(s, p + 2);
        s->p = p + 1 + (p[1] == '\n');
        return;
    case '\'':
    case '"':
        p = skip_string(s, p, p);
        kind = TOKEN_STRING;
        break;
    case '(':
    case '[':
    case '{':
        s->depth++;
        p++;
        break;
    case ')':
    case ']':
    case '}':
        s->depth -= s->depth > 0;
        p++;
        break;
    case ';':
        kind = TOKEN_SEMI;
        p++;
        break;
    default:
        if (name_start(c)) {
            bool string;
            p = skip_name(s, p, &string);
            kind = string ? TOKEN_STRING : TOKEN_OTHER;
        } else if (is_digit(c) || (c == '.' && is_digit((unsigned char)p[1]))) {
            p = skip_number(p);
        } else {
            int n = operator_length(p);
            kind = c == ':' && n == 1 ? TOKEN_COLON : TOKEN_OTHER;
            p += n;
        }
        break;
    }
    s->p = p;
    token(s, kind, line);
}

void pr_raw_metrics_compute(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                            pr_raw_metrics *out)
{
    memset(out, 0, sizeof *out);
    scanner s = {.p = src->text, .end = src->text + src->len, .lineno = 1, .colon = -1, .a = a};
    counter *c = &s.c;
    *c = (counter){.src = src, .cap = src->len / 32 + 64, .next_line = 1, .comments = parsed->comments,
                   .ncomments = parsed->ncomments, .m = out};
    c->starts = pr_arena_alloc(a, c->cap * sizeof *c->starts);
    c->starts[c->nstarts++] = 0;
    while (s.p < s.end)
        scan_step(&s);
    if (s.g.ntokens)
        end_logical(&s, s.lineno);
    out->ok = true;
    out->lloc = s.lloc;
    /* the lines after the last logical line; radon sees no line after a final newline */
    uint32_t nlines = src->len == 0 ? 0 : src->text[src->len - 1] == '\n' ? c->nstarts - 1 : c->nstarts;
    count_upto(c, &(group){.first = nlines + 1, .last = nlines});
    out->loc = out->sloc + out->blank + out->multi + out->single_comments;
}
