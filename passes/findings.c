/* The rule table and the finding list (see findings.h). */
#include "passes/findings.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ON = 1, OFF = 0 };

const pr_rule_info pr_rules[PR_RULE_COUNT] = {
#define RULE(code, name, concern, dflt, sev, conf, msg) \
    [PR_RULE_##code] = {#code, name, PR_CONCERN_##concern, dflt, PR_##sev, PR_##conf, msg},
#include "passes/rules.def"
#undef RULE
};

int pr_rule_by_code(const char *code, size_t len)
{
    for (int i = 0; i < PR_RULE_COUNT; i++)
        if (strlen(pr_rules[i].code) == len && memcmp(pr_rules[i].code, code, len) == 0)
            return i;
    return -1;
}

void pr_findings_init(pr_findings *f, pr_arena *a)
{
    memset(f, 0, sizeof *f);
    f->arena = a;
}

/* The message of a finding from its rule's template: the template itself when it takes no
** arguments, lasting as long as the rule table (a missing docstring is tens of thousands of
** findings on a big tree), else a copy in arena a. */
static const char *message(pr_arena *a, const char *template, va_list ap)
{
    if (!strchr(template, '%'))
        return template;
    char buf[512];
    va_list aq;
    va_copy(aq, ap);
    int len = vsnprintf(buf, sizeof buf, template, aq);
    va_end(aq);
    if (len < (int)sizeof buf)
        return pr_arena_strndup(a, buf, len > 0 ? (size_t)len : 0);
    char *msg = pr_arena_alloc(a, (size_t)len + 1);
    vsnprintf(msg, (size_t)len + 1, template, ap);
    return msg;
}

static void add(pr_findings *f, pr_rule rule, uint32_t lineno, uint32_t col, uint32_t end_lineno,
                uint32_t end_col, va_list ap)
{
    if (f->n == f->cap) {
        uint32_t cap = f->cap ? 2 * f->cap : 16;
        f->items = pr_arena_grow(f->arena, f->items, f->cap * sizeof *f->items, cap * sizeof *f->items);
        f->cap = cap;
    }
    const char *msg = message(f->arena, pr_rules[rule].message, ap);
    f->items[f->n++] = (pr_finding){(uint16_t)rule, (uint8_t)pr_rules[rule].severity,
                                    (uint8_t)pr_rules[rule].confidence, lineno, col, end_lineno,
                                    end_col, msg, 0};
}

void pr_report(pr_findings *f, pr_rule rule, const pr_node *n, ...)
{
    va_list ap;
    va_start(ap, n);
    add(f, rule, n->lineno, n->col, n->end_lineno, n->end_col, ap);
    va_end(ap);
}

void pr_report_at(pr_findings *f, pr_rule rule, uint32_t lineno, uint32_t col, uint32_t end_lineno,
                  uint32_t end_col, ...)
{
    va_list ap;
    va_start(ap, end_col);
    add(f, rule, lineno, col, end_lineno, end_col, ap);
    va_end(ap);
}

void pr_report_va(pr_findings *f, pr_rule rule, uint32_t lineno, uint32_t col, uint32_t end_lineno,
                  uint32_t end_col, va_list ap)
{
    add(f, rule, lineno, col, end_lineno, end_col, ap);
}

void pr_finding_condition(pr_findings *f, uint32_t cond)
{
    if (f->n)
        f->items[f->n - 1].cond = cond;
}

static int by_place(const void *pa, const void *pb)
{
    const pr_finding *a = pa, *b = pb;
    if (a->lineno != b->lineno)
        return a->lineno < b->lineno ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    int c = strcmp(pr_rules[a->rule].code, pr_rules[b->rule].code);
    return c ? c : strcmp(a->message, b->message);
}

void pr_findings_sort(pr_findings *f)
{
    if (f->n > 1)
        qsort(f->items, f->n, sizeof *f->items, by_place);
}
