/* Suppression comments (see noqa.h). */
#include "cli/noqa.h"

#include <ctype.h>
#include <string.h>

static void push_code(pr_arena *a, pr_noqa *q, uint32_t start, uint32_t len, uint32_t *cap)
{
    if (q->ncodes == *cap) {
        uint32_t n = *cap ? 2 * *cap : 16;
        q->codes = pr_arena_grow(a, q->codes, *cap * sizeof *q->codes, n * sizeof *q->codes);
        *cap = n;
    }
    q->codes[q->ncodes++] = (pr_code_ref){start, len};
}

/* Reads `[:] CODE[, CODE]...` at p (codes are [A-Z]+[0-9]+); what follows the last code is
** free text.  Returns how many codes it added. */
static uint32_t read_codes(pr_arena *a, pr_noqa *q, const char *text, const char *p, const char *end,
                           uint32_t *cap)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end || *p != ':')
        return 0;
    p++;
    uint32_t n = 0;
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == ','))
            p++;
        const char *c = p;
        while (p < end && *p >= 'A' && *p <= 'Z')
            p++;
        const char *digits = p;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
        if (digits == c || p == digits)
            return n;
        push_code(a, q, (uint32_t)(c - text), (uint32_t)(p - c), cap);
        n++;
    }
}

static bool word_at(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)p[i]) != word[i])
            return false;
    return true;
}

/* A file-level directive: `# ruff: noqa`, `# flake8: noqa`, `# pyreview: noqa`. */
static bool file_directive(const char *p, const char *end, const char **after)
{
    static const char *const tools[] = {"ruff", "flake8", "pyreview"};
    for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++) {
        if (!word_at(p, end, tools[i]))
            continue;
        const char *q = p + strlen(tools[i]);
        while (q < end && *q == ' ')
            q++;
        if (q < end && *q == ':') {
            q++;
            while (q < end && *q == ' ')
                q++;
            if (word_at(q, end, "noqa")) {
                *after = q + 4;
                return true;
            }
        }
    }
    return false;
}

void pr_noqa_scan(pr_arena *a, const pr_source *src, const pr_parsed *parsed, pr_noqa *out)
{
    memset(out, 0, sizeof *out);
    out->text = src->text;
    uint32_t code_cap = 0, line_cap = 0;
    for (uint32_t i = 0; i < parsed->ncomments; i++) {
        const pr_comment *c = &parsed->comments[i];
        const char *text = src->text, *end = text + c->end;
        bool own_line = true;
        for (uint32_t k = c->start - c->col; k < c->start; k++)
            own_line &= text[k] == ' ' || text[k] == '\t' || text[k] == '\f';
        for (const char *p = text + c->start; p < end; p++) {
            if (*p != '#')
                continue;
            const char *q = p + 1, *after;
            while (q < end && (*q == ' ' || *q == '\t'))
                q++;
            if (own_line && !out->file.lineno && file_directive(q, end, &after)) {
                out->file.lineno = c->lineno;
                out->file.first_code = out->ncodes;
                out->file.ncodes = read_codes(a, out, text, after, end, &code_cap);
                break;
            }
            if (word_at(q, end, "noqa") && (q + 4 >= end || !isalnum((unsigned char)q[4]))) {
                if (out->nlines == line_cap) {
                    uint32_t n = line_cap ? 2 * line_cap : 16;
                    out->lines = pr_arena_grow(a, out->lines, line_cap * sizeof *out->lines,
                                               n * sizeof *out->lines);
                    line_cap = n;
                }
                pr_noqa_entry *e = &out->lines[out->nlines++];
                e->lineno = c->lineno;
                e->first_code = out->ncodes;
                e->ncodes = read_codes(a, out, text, q + 4, end, &code_cap);
                break;
            }
        }
    }
}

static bool covers(const pr_noqa *q, const pr_noqa_entry *e, const char *code)
{
    if (e->ncodes == 0)
        return true;
    for (uint32_t i = 0; i < e->ncodes; i++) {
        const pr_code_ref *r = &q->codes[e->first_code + i];
        if (strncmp(code, q->text + r->start, r->len) == 0)
            return true;
    }
    return false;
}

bool pr_noqa_suppresses(const pr_noqa *q, const pr_finding *f)
{
    const char *code = pr_rules[f->rule].code;
    if (q->file.lineno && covers(q, &q->file, code))
        return true;
    uint32_t lo = 0, hi = q->nlines;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (q->lines[mid].lineno < f->lineno)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < q->nlines && q->lines[lo].lineno == f->lineno; lo++)
        if (covers(q, &q->lines[lo], code))
            return true;
    return false;
}
