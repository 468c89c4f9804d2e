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
** LOC is SLOC + blank + multi + single comments.  The groups come from pyreview's own
** tokens, which group the lines as radon's tokenizer does for every file both accept.
** Lines broken by a form feed or another character str.splitlines() breaks at (none in
** the standard library) count as one line here. */
#include "passes/metrics.h"

#include <string.h>

#include "grammar/python.h"

/* Whether a UTF-8 sequence at p is a character str.isspace() accepts; *len gets its size. */
static bool is_space(const unsigned char *p, int *len)
{
    *len = 1;
    if (*p < 0x80)
        return *p == ' ' || (*p >= '\t' && *p <= '\r') || (*p >= 0x1c && *p <= 0x1f);
    if (p[0] == 0xC2 && (p[1] == 0x85 || p[1] == 0xA0)) {
        *len = 2;
        return true;
    }
    if (p[0] == 0xE1 && p[1] == 0x9A && p[2] == 0x80) {   /* U+1680 */
        *len = 3;
        return true;
    }
    if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF)) {
        *len = 3;
        return true;
    }
    if ((p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) || (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)) {
        *len = 3;   /* U+205F, U+3000 */
        return true;
    }
    return false;
}

static bool blank_line(const char *s, const char *end)
{
    int n;
    for (const unsigned char *p = (const unsigned char *)s; p < (const unsigned char *)end; p += n)
        if (!is_space(p, &n))
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
    uint32_t ncomments;
} group;

typedef struct counter {
    const pr_lines *lines;
    pr_raw_metrics *m;
} counter;

static void count_group(counter *c, const group *g)
{
    pr_raw_metrics *m = c->m;
    m->comments += g->ncomments;
    if (g->ntokens == 0 && g->ncomments == 1) {
        m->single_comments++;
        return;
    }
    bool doc = g->lone_string && g->ncomments == 0;
    if (doc && g->string_one_line) {
        m->single_comments++;
        return;
    }
    const pr_source *src = c->lines->src;
    for (uint32_t ln = g->first; ln <= g->last; ln++) {
        const char *s = src->text + c->lines->starts[ln - 1];
        const char *e = ln < c->lines->n ? src->text + c->lines->starts[ln] : src->text + src->len;
        if (blank_line(s, e))
            m->blank++;
        else if (doc)
            m->multi++;
        else
            m->sloc++;
    }
}

/* The lines of the source that radon sees: a final newline ends the last line. */
static uint32_t line_count(const pr_lines *lines)
{
    const pr_source *src = lines->src;
    if (src->len == 0)
        return 0;
    return src->text[src->len - 1] == '\n' ? lines->n - 1 : lines->n;
}

void pr_raw_metrics_compute(pr_arena *a, const pr_source *src, pr_raw_metrics *out)
{
    memset(out, 0, sizeof *out);
    pr_lines lines;
    pr_lines_build(a, src, &lines);
    counter c = {&lines, out};
    pr_syntax_error err = {0};
    pr_lexer *lx = pr_arena_alloc(a, sizeof *lx);
    pr_lex_init(lx, a, src, &err);

    /* Logical lines from the tokens; their comments are counted after lexing. */
    group *logical = NULL;
    uint32_t nlogical = 0, cap = 0;
    group g = {0};
    int32_t part_tokens = 0, colon = -1;
    uint32_t fdepth = 0, lloc = 0;
    pr_token t;
    int k;
    while ((k = pr_lex_next(lx, &t)) > 0) {
        if (k == TK_INDENT || k == TK_DEDENT)
            continue;
        if (k == TK_NEWLINE) {
            lloc += part_lloc(part_tokens, colon, true);
            part_tokens = 0;
            colon = -1;
            g.last = t.lineno;
            if (nlogical == cap) {
                uint32_t n = cap ? 2 * cap : 64;
                logical = pr_arena_grow(a, logical, cap * sizeof *logical, n * sizeof *logical);
                cap = n;
            }
            logical[nlogical++] = g;
            g = (group){0};
            continue;
        }
        bool fstart = k == TK_FSTRING_START || k == TK_TSTRING_START;
        bool fend = k == TK_FSTRING_END || k == TK_TSTRING_END;
        if (fdepth > 0) {
            /* inside an f-string: one token for radon, whatever it holds */
            fdepth += fstart;
            fdepth -= fend;
            if (fdepth == 0)
                g.string_one_line = g.string_one_line && t.end_lineno == g.first;
            continue;
        }
        if (g.ntokens == 0)
            g.first = t.lineno;
        g.ntokens++;
        g.lone_string = g.ntokens == 1 && (k == TK_STRING || fstart);
        g.string_one_line = t.end_lineno == t.lineno;
        if (fstart)
            fdepth = 1;
        if (k == TK_SEMI) {
            lloc += part_lloc(part_tokens, colon, false);
            part_tokens = 0;
            colon = -1;
            continue;
        }
        if (k == TK_COLON)
            colon = part_tokens;
        part_tokens++;
    }
    if (k < 0)
        return;
    out->ok = true;
    out->lloc = lloc;

    /* Every line outside the logical lines is a group of its own. */
    uint32_t nlines = line_count(&lines), ci = 0, li = 0;
    const pr_comment *comments = lx->comments;
    for (uint32_t ln = 1; ln <= nlines;) {
        group cur = {ln, ln, 0, false, false, 0};
        if (li < nlogical && logical[li].first == ln)
            cur = logical[li++];
        while (ci < lx->ncomments && comments[ci].lineno <= cur.last) {
            cur.ncomments++;
            ci++;
        }
        count_group(&c, &cur);
        ln = cur.last + 1;
    }
    out->loc = out->sloc + out->blank + out->multi + out->single_comments;
}
