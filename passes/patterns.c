/* The compiler's checks of a case pattern (PEP 634), in the order CPython's code generator
** meets them: which patterns may be irrefutable, the names a pattern binds (each once, the
** same in every alternative), stars in sequence patterns, literal values, and mapping keys,
** which must be literals or attribute lookups and differ in value.  A key's value is the
** one the AST optimizer folds it to (fold.c: -1, 1+2j), compared as Python compares
** numbers (1 == 1.0 == True == 1+0j) and named in messages by its repr(). */
#include "passes/check.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ast/sbuf.h"

/* ------------------------------------------------------------------ constant values */

static bool is_number(const pr_value *v)
{
    return v->type == PR_VALUE_BOOL || v->type == PR_VALUE_INT || v->type == PR_VALUE_FLOAT ||
           v->type == PR_VALUE_COMPLEX;
}

static bool is_int(const pr_value *v)
{
    return v->type == PR_VALUE_BOOL || v->type == PR_VALUE_INT;
}

/* An int's magnitude in decimal; buf has room for 40 digits. */
static const char *int_digits(const pr_value *v, char *buf, size_t *len)
{
    if (v->digits) {
        *len = v->ndigits;
        return v->digits;
    }
    unsigned __int128 m = ((unsigned __int128)v->magnitude[1] << 64) | v->magnitude[0];
    char *p = buf + 40;
    do {
        *--p = (char)('0' + (int)(m % 10));
        m /= 10;
    } while (m);
    *len = (size_t)(buf + 40 - p);
    return p;
}

static bool int_equals_double(const pr_value *v, double d)
{
    double m = d < 0 ? -d : d;
    if (!isfinite(d) || (m < 0x1p52 && d != (double)(int64_t)d))
        return false;
    char buf[400], own[40];
    size_t n;
    const char *digits = int_digits(v, own, &n);
    int len = snprintf(buf, sizeof buf, "%.0f", m);
    bool zero = n == 1 && digits[0] == '0';
    return (size_t)len == n && memcmp(buf, digits, n) == 0 && (zero || v->negative == (d < 0));
}

/* Python's ==, as a set of keys applies it: numbers of any type by value. */
static bool equal(const pr_value *a, const pr_value *b)
{
    if (is_number(a) && is_number(b)) {
        double a_re, a_im, b_re, b_im;
        if (is_int(a) && is_int(b)) {
            char abuf[40], bbuf[40];
            size_t an, bn;
            const char *ad = int_digits(a, abuf, &an), *bd = int_digits(b, bbuf, &bn);
            return a->negative == b->negative && an == bn && memcmp(ad, bd, an) == 0;
        }
        if (is_int(a))
            return b->type == PR_VALUE_FLOAT ? int_equals_double(a, b->re)
                                             : b->im == 0.0 && int_equals_double(a, b->re);
        if (is_int(b))
            return equal(b, a);
        pr_value_to_double(a, &a_re, &a_im);
        pr_value_to_double(b, &b_re, &b_im);
        return a_re == b_re && a_im == b_im;
    }
    if (a->type != b->type)
        return false;
    if (a->type == PR_VALUE_STR || a->type == PR_VALUE_BYTES)
        return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
    return a->type == PR_VALUE_NONE || a->type == PR_VALUE_ELLIPSIS;
}

/* A part of a complex number's repr: repr(float) without an added ".0", with a sign when
** asked. */
static void complex_part(pr_sbuf *out, double d, bool sign)
{
    char buf[40];
    size_t n = pr_float_repr(d, buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        n -= 2;
    if (sign && buf[0] != '-')
        pr_sbuf_putc(out, '+');
    pr_sbuf_put(out, buf, n);
}

static void value_repr(pr_sbuf *out, const pr_value *v)
{
    char buf[40];
    size_t n;
    const char *digits;
    switch (v->type) {
    case PR_VALUE_NONE:
        pr_sbuf_puts(out, "None");
        break;
    case PR_VALUE_BOOL:
        pr_sbuf_puts(out, v->magnitude[0] ? "True" : "False");
        break;
    case PR_VALUE_INT:
        digits = int_digits(v, buf, &n);
        if (v->negative)
            pr_sbuf_putc(out, '-');
        pr_sbuf_put(out, digits, n);
        break;
    case PR_VALUE_FLOAT:
        pr_sbuf_put(out, buf, pr_float_repr(v->re, buf));
        break;
    case PR_VALUE_COMPLEX:
        if (v->re == 0.0 && !signbit(v->re)) {
            complex_part(out, v->im, false);
            pr_sbuf_putc(out, 'j');
        } else {
            pr_sbuf_putc(out, '(');
            complex_part(out, v->re, false);
            complex_part(out, v->im, true);
            pr_sbuf_puts(out, "j)");
        }
        break;
    case PR_VALUE_STR:
        pr_str_repr(out, v->text, v->len);
        break;
    case PR_VALUE_BYTES:
        pr_bytes_repr(out, v->text, v->len);
        break;
    default:
        pr_sbuf_puts(out, "...");
        break;
    }
}

/* ------------------------------------------------------------------ patterns */

typedef struct matcher {
    pr_check *check;
    const char **stores;        /* the names bound so far, in order */
    uint32_t nstores, cap;
    bool allow_irrefutable;
} matcher;

static _Noreturn void fail(matcher *m, const pr_node *at, const char *msg)
{
    pr_check_fail(m->check, at->lineno, at->col, "%s", msg);
}

bool pr_is_wildcard(const pr_node *p)
{
    return p->kind == PR_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_stored(const matcher *m, const char *name)
{
    for (uint32_t i = 0; i < m->nstores; i++)
        if (strcmp(m->stores[i], name) == 0)
            return true;
    return false;
}

static void append_store(matcher *m, const char *name)
{
    if (m->nstores == m->cap) {
        uint32_t cap = m->cap ? 2 * m->cap : 8;
        const char **stores = pr_arena_alloc(m->check->arena, cap * sizeof *stores);
        if (m->nstores)
            memcpy(stores, m->stores, m->nstores * sizeof *stores);
        m->stores = stores;
        m->cap = cap;
    }
    m->stores[m->nstores++] = name;
}

static void store_name(matcher *m, const char *name, const pr_node *at)
{
    if (!name)
        return;
    if (pr_is_debug_name(name))
        fail(m, at, "cannot assign to __debug__");
    if (is_stored(m, name))
        pr_check_fail(m->check, at->lineno, at->col,
                      "multiple assignments to name '%s' in pattern", name);
    append_store(m, name);
}

static void check_pattern(matcher *m, const pr_node *p);

/* Sub-patterns may be irrefutable: [x], Point(x=x). */
static void check_subpattern(matcher *m, const pr_node *p)
{
    bool allow = m->allow_irrefutable;
    m->allow_irrefutable = true;
    check_pattern(m, p);
    m->allow_irrefutable = allow;
}

static void check_sequence(matcher *m, const pr_node *p)
{
    const pr_seq *patterns = p->v.MatchSequence.patterns;
    uint32_t n = PR_SEQ_LEN(patterns);
    int64_t star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (uint32_t i = 0; i < n; i++) {
        const pr_node *sub = PR_SEQ_NODE(patterns, i);
        if (sub->kind == PR_MatchStar) {
            if (star >= 0)
                fail(m, p, "multiple starred names in sequence pattern");
            star_wildcard = !sub->v.MatchStar.name;
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= pr_is_wildcard(sub);
    }
    if (only_wildcard)
        return;
    if (!star_wildcard && star >= 256)
        fail(m, p, "too many expressions in star-unpacking sequence pattern");
    for (uint32_t i = 0; i < n; i++) {
        const pr_node *sub = PR_SEQ_NODE(patterns, i);
        if (!star_wildcard || (!pr_is_wildcard(sub) && i != star))
            check_subpattern(m, sub);
    }
}

static void check_mapping(matcher *m, const pr_node *p)
{
    const pr_seq *keys = p->v.MatchMapping.keys;
    uint32_t n = PR_SEQ_LEN(keys);
    if (!n && !p->v.MatchMapping.rest)
        return;
    pr_value *seen = pr_arena_alloc(m->check->arena, (n ? n : 1) * sizeof *seen);
    uint32_t nseen = 0;
    for (uint32_t i = 0; i < n; i++) {
        const pr_node *key = PR_SEQ_NODE(keys, i);
        pr_value v;
        if (!pr_fold(m->check->arena, key, &v)) {
            if (key->kind != PR_Attribute)
                fail(m, p, "mapping pattern keys may only match literals and attribute lookups");
            continue;
        }
        for (uint32_t j = 0; j < nseen; j++) {
            if (!equal(&seen[j], &v))
                continue;
            pr_sbuf repr = {0};
            value_repr(&repr, &v);
            char msg[sizeof m->check->err->msg];
            snprintf(msg, sizeof msg, "mapping pattern checks duplicate key (%.*s)",
                     (int)repr.len, repr.data);
            pr_sbuf_free(&repr);
            fail(m, p, msg);
        }
        seen[nseen++] = v;
    }
    for (uint32_t i = 0; i < PR_SEQ_LEN(p->v.MatchMapping.patterns); i++)
        check_subpattern(m, PR_SEQ_NODE(p->v.MatchMapping.patterns, i));
    store_name(m, p->v.MatchMapping.rest, p);
}

static void check_class(matcher *m, const pr_node *p)
{
    const pr_seq *attrs = p->v.MatchClass.kwd_attrs;
    const pr_seq *kwd_patterns = p->v.MatchClass.kwd_patterns;
    for (uint32_t i = 0; i < PR_SEQ_LEN(attrs); i++) {
        const char *attr = attrs->items[i];
        if (pr_is_debug_name(attr))
            fail(m, PR_SEQ_NODE(kwd_patterns, i), "cannot assign to __debug__");
        for (uint32_t j = i + 1; j < PR_SEQ_LEN(attrs); j++)
            if (strcmp(attr, attrs->items[j]) == 0) {
                const pr_node *at = PR_SEQ_NODE(kwd_patterns, j);
                pr_check_fail(m->check, at->lineno, at->col,
                              "attribute name repeated in class pattern: %s", attr);
            }
    }
    for (uint32_t i = 0; i < PR_SEQ_LEN(p->v.MatchClass.patterns); i++)
        if (!pr_is_wildcard(PR_SEQ_NODE(p->v.MatchClass.patterns, i)))
            check_subpattern(m, PR_SEQ_NODE(p->v.MatchClass.patterns, i));
    for (uint32_t i = 0; i < PR_SEQ_LEN(kwd_patterns); i++)
        if (!pr_is_wildcard(PR_SEQ_NODE(kwd_patterns, i)))
            check_subpattern(m, PR_SEQ_NODE(kwd_patterns, i));
}

static void check_as(matcher *m, const pr_node *p)
{
    const char *name = p->v.MatchAs.name;
    if (p->v.MatchAs.pattern) {
        check_pattern(m, p->v.MatchAs.pattern);
    } else if (!m->allow_irrefutable) {
        if (!name)
            fail(m, p, "wildcard makes remaining patterns unreachable");
        pr_check_fail(m->check, p->lineno, p->col,
                      "name capture '%s' makes remaining patterns unreachable", name);
    }
    store_name(m, name, p);
}

/* Every alternative binds the same names (the first one's); only the last may be
** irrefutable. */
static void check_or(matcher *m, const pr_node *p)
{
    const pr_seq *alts = p->v.MatchOr.patterns;
    matcher outer = *m;
    const char **control = NULL;
    uint32_t ncontrol = 0;
    for (uint32_t i = 0; i < PR_SEQ_LEN(alts); i++) {
        *m = (matcher){.check = outer.check,
                       .allow_irrefutable = i + 1 == PR_SEQ_LEN(alts) && outer.allow_irrefutable};
        check_pattern(m, PR_SEQ_NODE(alts, i));
        if (i == 0) {
            control = m->stores;
            ncontrol = m->nstores;
            continue;
        }
        bool same = m->nstores == ncontrol;
        for (uint32_t j = 0; same && j < ncontrol; j++)
            same = is_stored(m, control[j]);
        if (!same)
            fail(m, p, "alternative patterns bind different names");
    }
    *m = outer;
    for (uint32_t i = 0; i < ncontrol; i++) {
        if (is_stored(m, control[i]))
            pr_check_fail(m->check, p->lineno, p->col,
                          "multiple assignments to name '%s' in pattern", control[i]);
        append_store(m, control[i]);
    }
}

static void check_pattern(matcher *m, const pr_node *p)
{
    pr_value v;
    switch (p->kind) {
    case PR_MatchValue:
        if (!pr_fold(m->check->arena, p->v.MatchValue.value, &v) && p->v.MatchValue.value->kind != PR_Attribute)
            fail(m, p, "patterns may only match literals and attribute lookups");
        break;
    case PR_MatchSequence:
        check_sequence(m, p);
        break;
    case PR_MatchMapping:
        check_mapping(m, p);
        break;
    case PR_MatchClass:
        check_class(m, p);
        break;
    case PR_MatchStar:
        store_name(m, p->v.MatchStar.name, p);
        break;
    case PR_MatchAs:
        check_as(m, p);
        break;
    case PR_MatchOr:
        check_or(m, p);
        break;
    default:
        break;
    }
}

void pr_pattern_check(pr_check *c, const pr_node *pattern, bool allow_irrefutable)
{
    matcher m = {.check = c, .allow_irrefutable = allow_irrefutable};
    check_pattern(&m, pattern);
}
