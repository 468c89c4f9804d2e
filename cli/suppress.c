/* Suppression comments, every form RULES.md §4.5 lists, read from the lexer's comment table:
**   # noqa, # noqa: CODES (also `NOQA:F401`, `noqa : F401`; colon-less `# noqa F401` is a
**     blanket noqa, as flake8 and ruff read it, and PGH004 says so);
**   file level, on a line of its own: # ruff: noqa[: CODES], # flake8: noqa[: CODES] (ruff's
**     meaning: only those codes; RVW902 warns that flake8 skips the file), # pyreview:
**     noqa[: CODES], # pylint: skip-file, # ruff: file-ignore[CODES];
**   # ruff: ignore[CODES] (trailing: its line; alone on a line: the next statement),
**     # ruff: disable[CODES] ... # ruff: enable[CODES];
**   # nosec, # nosec B602, B607, # nosec: test_name (bandit; a bare nosec covers security
**     rules only);
**   # pylint: disable=..., disable-next=..., enable=... (a disable alone on a line lasts to
**     the end of its block or an enable; after a def or class header, the whole body).
** Codes go through the aliases (W0611, B602, unused-import ...) and match as prefixes, as
** flake8 reads them.  A noqa after a multi-line string's closing quotes covers the string,
** one on the first line of a multi-line import covers the import.  Each code remembers
** whether it suppressed something, for RUF100.  What covers a finding only the join
** makes or keeps (a project rule's site, a finding on a condition) is not used yet: it
** holds a claim, and the RUF100 finding of a directive whose codes wait on claims is
** decided by the join (pr_cli_noqa_wait).  `# type: ignore` is not a suppression. */
#include "cli/cli.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

typedef enum dialect { NOQA, NOSEC, PYLINT, PYLINT_NEXT, RUFF_IGNORE, RUFF_DISABLE, FILE_LEVEL } dialect;

static const char *const dialect_names[] = {"noqa", "nosec", "pylint: disable", "pylint: disable-next",
                                            "ruff: ignore", "ruff: disable", "noqa"};

typedef struct code {
    const char *text;
    uint32_t len;
    pr_cli_ruleset rules;
    bool known, used;
} code;

typedef struct directive {
    dialect kind;
    bool blanket, security_only, colonless, flake8_codes, open_range;
    uint32_t line, col, end_col;     /* the directive's text, for the findings about it */
    uint32_t first, last;            /* the lines it covers */
    uint32_t first_code, ncodes;
    bool used;
} directive;

/* A finding the join decides (what: see pr_cli_suppress_pending) that a directive's code
** (or the blanket directive: code NONE) covers. */
typedef struct claim {
    uint32_t what, directive, code;
} claim;

enum { NONE = UINT32_MAX };

struct pr_cli_suppressions {
    pr_arena *arena;
    const char *text;
    const pr_cli_facts *facts;
    directive *items;
    uint32_t n, cap;
    code *codes;
    uint32_t ncodes, cap_codes;
    claim *claims;
    uint32_t nclaims, cap_claims;
};

/* ------------------------------------------------------------------ reading */

typedef struct cursor {
    const char *p, *end;
} cursor;

static void blanks(cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
}

/* The case-insensitive word w at the cursor, not followed by a letter, digit or '_';
** consumed when present. */
static bool word(cursor *c, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(c->end - c->p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)c->p[i]) != w[i])
            return false;
    if (c->p + n < c->end && (isalnum((unsigned char)c->p[n]) || c->p[n] == '_'))
        return false;
    c->p += n;
    return true;
}

static bool punct(cursor *c, char ch)
{
    blanks(c);
    if (c->p < c->end && *c->p == ch) {
        c->p++;
        return true;
    }
    return false;
}

/* The length of a code ([A-Z]+[0-9]+) at p, or 0. */
static size_t code_len(const char *p, const char *end)
{
    const char *q = p;
    while (q < end && *q >= 'A' && *q <= 'Z')
        q++;
    const char *digits = q;
    while (q < end && *q >= '0' && *q <= '9')
        q++;
    return q > digits && digits > p ? (size_t)(q - p) : 0;
}

static directive *new_directive(pr_cli_suppressions *s, dialect kind, const pr_comment *cm, const char *hash)
{
    if (s->n == s->cap)
        s->items = pr_cli_grow(s->arena, s->items, &s->cap, sizeof *s->items);
    directive *d = &s->items[s->n++];
    memset(d, 0, sizeof *d);
    d->kind = kind;
    d->line = d->first = d->last = cm->lineno;
    d->col = cm->col + (uint32_t)(hash - (s->text + cm->start));
    d->first_code = s->ncodes;
    return d;
}

static void add_code(pr_cli_suppressions *s, directive *d, const char *text, size_t len, bool except_line)
{
    if (s->ncodes == s->cap_codes)
        s->codes = pr_cli_grow(s->arena, s->codes, &s->cap_codes, sizeof *s->codes);
    code *c = &s->codes[s->ncodes++];
    memset(c, 0, sizeof *c);
    c->text = pr_arena_strndup(s->arena, text, len);
    c->len = (uint32_t)len;
    c->known = pr_cli_selector(text, len, except_line ? PR_CLI_IN_EXCEPT_COMMENT : PR_CLI_IN_COMMENT,
                               &c->rules) >= 0;
    d->ncodes++;
}

/* Codes separated by commas or blanks; what follows the last is free text. */
static void read_codes(pr_cli_suppressions *s, directive *d, cursor *c, bool except_line)
{
    for (;;) {
        const char *save = c->p;
        while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == ','))
            c->p++;
        size_t n = code_len(c->p, c->end);
        if (n == 0) {
            c->p = save;
            return;
        }
        add_code(s, d, c->p, n, except_line);
        c->p += n;
    }
}

/* Names separated by commas (pylint's and bandit's lists): letters, digits, '_' and '-'. */
static void read_names(pr_cli_suppressions *s, directive *d, cursor *c, bool except_line, bool known_only)
{
    for (;;) {
        const char *save = c->p;
        while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == ','))
            c->p++;
        const char *start = c->p;
        while (c->p < c->end && (isalnum((unsigned char)*c->p) || *c->p == '_' || *c->p == '-'))
            c->p++;
        size_t n = (size_t)(c->p - start);
        if (n == 0) {
            c->p = save;
            return;
        }
        if (n == 3 && strncmp(start, "all", 3) == 0 && d->kind != NOSEC) {
            d->blanket = true;
            continue;
        }
        pr_cli_ruleset probe;
        /* bandit's comment goes on after its tests: words that name nothing end the list */
        if (known_only && pr_cli_selector(start, n, PR_CLI_IN_COMMENT, &probe) < 0 &&
            !(n == 4 && start[0] == 'B' && isdigit((unsigned char)start[1]))) {
            c->p = save;
            return;
        }
        add_code(s, d, start, n, except_line);
    }
}

static void read_bracketed(pr_cli_suppressions *s, directive *d, cursor *c, bool except_line)
{
    read_names(s, d, c, except_line, false);
    punct(c, ']');
}

/* Closes the open ranges (pylint disable, ruff disable) of the codes an enable names; the
** enable is the last directive. */
static void enable(pr_cli_suppressions *s, const directive *en, dialect kind)
{
    for (uint32_t i = 0; i + 1 < s->n; i++) {
        directive *d = &s->items[i];
        if (d->kind != kind || !d->open_range || d->last < en->line)
            continue;
        bool match = en->blanket;
        for (uint32_t k = 0; !match && k < en->ncodes; k++)
            for (uint32_t j = 0; j < d->ncodes; j++)
                if (strcmp(s->codes[d->first_code + j].text, s->codes[en->first_code + k].text) == 0)
                    match = true;
        if (match)
            d->last = en->line > d->first ? en->line - 1 : d->first;
    }
}

/* One directive starting after a '#' at hash; returns false when there is none there. */
static bool directive_at(pr_cli_suppressions *s, const pr_comment *cm, const char *hash, cursor *c, bool own_line)
{
    const pr_cli_facts *f = s->facts;
    bool except_line = pr_cli_facts_is_except_line(f, cm->lineno);
    uint32_t nlines = f->nlines ? f->nlines : cm->lineno;
    cursor save = *c;
    if (word(c, "noqa")) {
        directive *d = new_directive(s, NOQA, cm, hash);
        cursor after = *c;
        if (punct(c, ':')) {
            read_codes(s, d, c, except_line);
        } else {
            *c = after;
            blanks(c);
            if (code_len(c->p, c->end))
                d->colonless = true;
            *c = after;
        }
        d->blanket = d->ncodes == 0;
        d->end_col = d->col + (uint32_t)(c->p - hash);
        return true;
    }
    if (word(c, "nosec")) {
        directive *d = new_directive(s, NOSEC, cm, hash);
        punct(c, ':');
        read_names(s, d, c, except_line, true);
        d->blanket = d->ncodes == 0;
        d->security_only = d->blanket;
        d->end_col = d->col + (uint32_t)(c->p - hash);
        return true;
    }
    bool ruff = word(c, "ruff"), flake8 = !ruff && word(c, "flake8"), pyreview = !ruff && !flake8 && word(c, "pyreview");
    if ((ruff || flake8 || pyreview) && punct(c, ':')) {
        blanks(c);
        if (word(c, "noqa")) {
            if (!own_line)
                return false;
            directive *d = new_directive(s, FILE_LEVEL, cm, hash);
            if (punct(c, ':'))
                read_codes(s, d, c, except_line);
            d->blanket = d->ncodes == 0;
            d->flake8_codes = flake8 && d->ncodes > 0;
            d->first = 1;
            d->last = nlines;
            d->end_col = d->col + (uint32_t)(c->p - hash);
            return true;
        }
        static const char *const forms[] = {"ignore", "disable", "enable", "file-ignore"};
        for (int i = 0; ruff && i < 4; i++) {
            cursor t = *c;
            size_t n = strlen(forms[i]);
            if ((size_t)(t.end - t.p) < n + 1 || strncmp(t.p, forms[i], n) != 0 || t.p[n] != '[')
                continue;
            t.p += n + 1;
            *c = t;
            directive *d = new_directive(s, i == 3 ? FILE_LEVEL : i == 0 ? RUFF_IGNORE : RUFF_DISABLE, cm, hash);
            read_bracketed(s, d, c, except_line);
            d->end_col = d->col + (uint32_t)(c->p - hash);
            if (i == 0 && own_line) {
                const pr_cli_span *next = pr_cli_facts_statement_after(f, cm->lineno);
                if (next) {
                    d->first = next->first;
                    d->last = next->extra;
                }
            } else if (i == 1) {
                d->open_range = true;
                d->last = nlines;
            } else if (i == 2) {
                /* an enable only ends ranges: it is dropped once it has */
                enable(s, d, RUFF_DISABLE);
                s->n--;
                s->ncodes = d->first_code;
            } else if (i == 3) {
                d->first = 1;
                d->last = nlines;
            }
            return true;
        }
        *c = save;
        return false;
    }
    *c = save;
    if (word(c, "pylint") && punct(c, ':')) {
        blanks(c);
        if (word(c, "skip-file") || word(c, "skip_file")) {
            directive *d = new_directive(s, FILE_LEVEL, cm, hash);
            d->blanket = true;
            d->first = 1;
            d->last = nlines;
            d->end_col = d->col + (uint32_t)(c->p - hash);
            return true;
        }
        static const char *const forms[] = {"disable-next", "disable", "enable"};
        for (int i = 0; i < 3; i++) {
            cursor t = *c;
            size_t n = strlen(forms[i]);
            if ((size_t)(t.end - t.p) < n || strncmp(t.p, forms[i], n) != 0)
                continue;
            t.p += n;
            if (!punct(&t, '='))
                continue;
            *c = t;
            directive *d = new_directive(s, i == 0 ? PYLINT_NEXT : PYLINT, cm, hash);
            read_names(s, d, c, except_line, false);
            d->end_col = d->col + (uint32_t)(c->p - hash);
            if (i == 2) {
                enable(s, d, PYLINT);
                s->n--;
                s->ncodes = d->first_code;
            } else if (i == 0) {
                d->first = d->last = cm->lineno + 1;
            } else if (own_line) {
                d->open_range = true;
                d->last = pr_cli_facts_block_end(f, cm->lineno);
            } else {
                const pr_cli_span *st = pr_cli_facts_statement_at(f, cm->lineno);
                if (st)
                    d->last = st->last;
            }
            return true;
        }
    }
    *c = save;
    return false;
}

pr_cli_suppressions *pr_cli_suppress_scan(pr_arena *a, const pr_source *src, const pr_parsed *parsed,
                                          const pr_cli_facts *facts)
{
    pr_cli_suppressions *s = pr_arena_alloc(a, sizeof *s);
    memset(s, 0, sizeof *s);
    s->arena = a;
    s->text = src->text;
    s->facts = facts;
    for (uint32_t i = 0; i < parsed->ncomments; i++) {
        const pr_comment *cm = &parsed->comments[i];
        const char *text = src->text;
        bool own_line = true;
        for (uint32_t k = cm->start - cm->col; k < cm->start; k++)
            own_line &= text[k] == ' ' || text[k] == '\t' || text[k] == '\f';
        cursor c = {text + cm->start, text + cm->end};
        while (c.p < c.end) {
            if (*c.p != '#') {
                c.p++;
                continue;
            }
            const char *hash = c.p++;
            blanks(&c);
            directive_at(s, cm, hash, &c, own_line);
        }
    }
    return s;
}

/* ------------------------------------------------------------------ matching */

/* What a bare `# nosec` covers: the security concerns, and bandit's own tests that
** pyreview files under error handling (S110, S112). */
static bool is_security(int rule)
{
    const char *code = pr_rules[rule].code;
    return pr_rules[rule].concern == PR_CONCERN_SECURITY || pr_rules[rule].concern == PR_CONCERN_COMMAND_EXECUTION ||
           (code[0] == 'S' && code[1] >= '0' && code[1] <= '9');
}

static bool covers(const directive *d, uint32_t line, uint32_t noqa_line)
{
    return (d->first <= line && line <= d->last) || (d->first <= noqa_line && noqa_line <= d->last);
}

/* Whether directive i's code k (NONE: the blanket directive) covers a finding: marked used,
** or, for a finding the join decides (what != NONE), claimed. */
static void cover(pr_cli_suppressions *s, uint32_t i, uint32_t k, uint32_t what)
{
    if (what == NONE) {
        s->items[i].used = true;
        if (k != NONE)
            s->codes[s->items[i].first_code + k].used = true;
        return;
    }
    if (s->nclaims == s->cap_claims)
        s->claims = pr_cli_grow(s->arena, s->claims, &s->cap_claims, sizeof *s->claims);
    s->claims[s->nclaims++] = (claim){what, i, k};
}

static bool suppress(pr_cli_suppressions *s, const pr_finding *f, uint32_t what)
{
    if (!s->n)
        return false;   /* most files have no directive, and most findings meet none */
    uint32_t noqa_line = pr_cli_facts_noqa_line(s->facts, f->lineno);
    bool hit = false;
    for (uint32_t i = 0; i < s->n; i++) {
        directive *d = &s->items[i];
        if (!covers(d, f->lineno, noqa_line))
            continue;
        if (d->blanket && !(d->security_only && !is_security(f->rule))) {
            cover(s, i, NONE, what);
            hit = true;
            continue;
        }
        for (uint32_t k = 0; k < d->ncodes; k++)
            if (pr_cli_ruleset_has(&s->codes[d->first_code + k].rules, f->rule)) {
                cover(s, i, k, what);
                hit = true;
            }
    }
    return hit;
}

bool pr_cli_suppress(pr_cli_suppressions *s, const pr_finding *f)
{
    return suppress(s, f, NONE);
}

bool pr_cli_suppress_pending(pr_cli_suppressions *s, const pr_finding *f, uint32_t what)
{
    return suppress(s, f, what);
}

/* Findings about a directive are suppressed only by file-level directives and by codes
** that name them: a blanket noqa does not hide the warning about itself. */
static bool named_elsewhere(const pr_cli_suppressions *s, int rule, uint32_t line)
{
    for (uint32_t i = 0; i < s->n; i++) {
        const directive *d = &s->items[i];
        if (!covers(d, line, line))
            continue;
        if (d->kind == FILE_LEVEL && d->blanket)
            return true;
        for (uint32_t k = 0; k < d->ncodes; k++)
            if (pr_cli_ruleset_has(&s->codes[d->first_code + k].rules, rule))
                return true;
    }
    return false;
}

static bool any_on(const pr_cli_ruleset *a, const pr_cli_ruleset *on)
{
    for (int w = 0; w < PR_CLI_RULESET_WORDS; w++)
        if (a->bits[w] & on->bits[w])
            return true;
    return false;
}

static bool external(const pr_strlist *ext, const code *c)
{
    for (uint32_t i = 0; ext && i < ext->n; i++)
        if (strncmp(c->text, ext->items[i], strlen(ext->items[i])) == 0)
            return true;
    return false;
}

/* Whether a finding of rule about directive d is to be made. */
static bool wanted(const pr_cli_suppressions *s, const pr_cli_ruleset *on, const directive *d, pr_rule rule)
{
    return pr_cli_ruleset_has(on, rule) && !named_elsewhere(s, rule, d->line);
}

#define REPORT(rule, ...) \
    do { \
        if (wanted(s, on, d, rule)) \
            pr_report_at(out, rule, d->line, d->col, d->line, d->end_col, __VA_ARGS__); \
    } while (0)

/* What RUF100 says of a directive, from the codes that stay unused (state[k] != USED;
** state[ncodes] is the blanket directive's): " (unused: `F401`, `E501`)" into detail, or
** for an unused blanket directive, "blanket " into *prefix; false when all are used. */
static bool unused_detail(char *detail, size_t cap, const char **prefix, const char *const *codes,
                          const uint8_t *state, uint32_t ncodes)
{
    char unused[256] = "";
    for (uint32_t k = 0; k < ncodes; k++)
        if (state[k] != PR_NOQA_USED)
            snprintf(unused + strlen(unused), sizeof unused - strlen(unused), "%s`%s`", *unused ? ", " : "",
                     codes[k]);
    *detail = 0;
    *prefix = "";
    if (*unused)
        snprintf(detail, cap, " (unused: %s)", unused);
    else if (state[ncodes] != PR_NOQA_USED)
        *prefix = "blanket ";
    else
        return false;
    return true;
}

/* Directive i's RUF100 finding, now or, when claims may still use its codes, left to the
** join in *wait (made in a; returns true then). */
static bool unused_codes(pr_cli_suppressions *s, const pr_cli_ruleset *on, bool report_blanket, uint32_t i,
                         pr_findings *out, pr_arena *a, pr_cli_noqa_wait *wait)
{
    const directive *d = &s->items[i];
    const code *codes = s->codes ? &s->codes[d->first_code] : NULL;
    /* the codes "(unused: ...)" may name, and the blanket directive last */
    const char **texts = pr_arena_alloc(s->arena, (d->ncodes + 1) * sizeof *texts);
    uint8_t *state = pr_arena_alloc(s->arena, d->ncodes + 1);
    uint32_t n = 0, nclaims = 0;
    uint32_t *slot = pr_arena_alloc(s->arena, (d->ncodes + 1) * sizeof *slot);
    for (uint32_t k = 0; k < d->ncodes; k++) {
        slot[k] = NONE;
        if (codes[k].known && !codes[k].used && any_on(&codes[k].rules, on)) {
            slot[k] = n;
            texts[n] = codes[k].text;
            state[n++] = PR_NOQA_UNUSED;
        }
    }
    slot[d->ncodes] = n;
    state[n] = d->blanket && !d->used && report_blanket ? PR_NOQA_UNUSED : PR_NOQA_USED;
    for (uint32_t c = 0; c < s->nclaims; c++) {
        const claim *cl = &s->claims[c];
        uint32_t k = cl->code == NONE ? d->ncodes : cl->code;
        /* every claim on a code counts: one directive may cover several sites */
        if (cl->directive == i && slot[k] != NONE && state[slot[k]] != PR_NOQA_USED) {
            state[slot[k]] = PR_NOQA_PENDING;
            nclaims++;
        }
    }
    if (!nclaims) {
        char detail[300];
        const char *prefix;
        if (unused_detail(detail, sizeof detail, &prefix, texts, state, n))
            pr_report_at(out, PR_RULE_RUF100, d->line, d->col, d->line, d->end_col, prefix, dialect_names[d->kind],
                         detail);
        return false;
    }
    *wait = (pr_cli_noqa_wait){.line = d->line, .col = d->col, .end_col = d->end_col,
                               .dialect = dialect_names[d->kind], .ncodes = n};
    wait->codes = pr_arena_alloc(a, (n + 1) * sizeof *wait->codes);
    wait->state = pr_arena_alloc(a, n + 1);
    memcpy(wait->state, state, n + 1);
    for (uint32_t k = 0; k < n; k++)
        wait->codes[k] = pr_arena_strndup(a, texts[k], strlen(texts[k]));
    uint32_t *pairs = pr_arena_alloc(a, 2 * nclaims * sizeof *pairs);
    for (uint32_t c = 0; c < s->nclaims; c++) {
        const claim *cl = &s->claims[c];
        uint32_t k = cl->code == NONE ? d->ncodes : cl->code;
        if (cl->directive == i && slot[k] != NONE && state[slot[k]] == PR_NOQA_PENDING) {
            pairs[2 * wait->nclaims] = cl->what;
            pairs[2 * wait->nclaims++ + 1] = slot[k];
        }
    }
    wait->claims = pairs;
    return true;
}

void pr_cli_suppress_report(pr_cli_suppressions *s, const pr_cli_ruleset *on, bool strict,
                            const pr_strlist *ext, pr_findings *out, pr_arena *a, pr_cli_noqa_wait **waits,
                            uint32_t *nwaits)
{
    bool security_on = false;
    for (int r = 0; r < PR_RULE_COUNT; r++)
        security_on |= pr_cli_ruleset_has(on, r) && is_security(r);
    *waits = NULL;
    *nwaits = 0;
    uint32_t cap = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        const directive *d = &s->items[i];
        const code *codes = s->codes ? &s->codes[d->first_code] : NULL;
        if (d->kind == FILE_LEVEL) {
            if (d->flake8_codes) {
                char list[256] = "";
                for (uint32_t k = 0; k < d->ncodes; k++)
                    snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", k ? ", " : "", codes[k].text);
                REPORT(PR_RULE_RVW902, list, list);
            }
            continue;
        }
        if (d->kind == NOQA && d->blanket)
            REPORT(PR_RULE_PGH004,
                   d->colonless ? "a colon when specifying `noqa` rule codes" : "specific rule codes when using `noqa`");
        bool names_ruf100 = false;
        for (uint32_t k = 0; k < d->ncodes; k++) {
            const code *c = &codes[k];
            names_ruf100 |= pr_cli_ruleset_has(&c->rules, PR_RULE_RUF100);
            if (!c->known && (strict || strncmp(c->text, "RVW", 3) == 0) && !external(ext, c))
                REPORT(PR_RULE_RVW901, c->text, dialect_names[d->kind]);
        }
        if (names_ruf100 || !wanted(s, on, d, PR_RULE_RUF100))
            continue;
        if (*nwaits == cap)
            *waits = pr_cli_grow(a, *waits, &cap, sizeof **waits);
        bool blanket = d->security_only ? security_on : strict;
        *nwaits += unused_codes(s, on, blanket, i, out, a, &(*waits)[*nwaits]);
    }
}

const char *pr_cli_noqa_decide(pr_arena *a, pr_cli_noqa_wait *w, bool (*made)(void *data, uint32_t what),
                               void *data)
{
    for (uint32_t c = 0; c < w->nclaims; c++) {
        uint8_t *state = &w->state[w->claims[2 * c + 1]];
        if (*state == PR_NOQA_PENDING && made(data, w->claims[2 * c]))
            *state = PR_NOQA_USED;
    }
    char detail[300];
    const char *prefix;
    if (!unused_detail(detail, sizeof detail, &prefix, w->codes, w->state, w->ncodes))
        return NULL;
    int len = snprintf(NULL, 0, pr_rules[PR_RULE_RUF100].message, prefix, w->dialect, detail);
    char *message = pr_arena_alloc(a, (size_t)len + 1);
    snprintf(message, (size_t)len + 1, pr_rules[PR_RULE_RUF100].message, prefix, w->dialect, detail);
    return message;
}

#undef REPORT
