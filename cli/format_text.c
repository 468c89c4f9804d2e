/* The text formats: concise, ruff's one line per finding (`path:line:col: CODE message`,
** the line a syntax error gets in every format), full (the same line, then the source line
** and a caret under the finding, coloured on a terminal), and --statistics (how many of each
** rule, most frequent first, as text or JSON). */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

/* path: the file's path as shown, made once for all its lines */
static void line(pr_sbuf *out, const pr_sbuf *path, const pr_cli_item *it, bool color)
{
    /* by hand, not printf: a run over a big tree prints tens of thousands of these */
    if (color)
        pr_sbuf_puts(out, "\033[1m");
    pr_sbuf_put(out, path->data, path->len);
    if (color)
        pr_sbuf_puts(out, "\033[0m");
    pr_sbuf_putc(out, ':');
    pr_sbuf_putd(out, it->row);
    pr_sbuf_putc(out, ':');
    pr_sbuf_putd(out, it->col);
    pr_sbuf_puts(out, color ? ": \033[1;31m" : ": ");
    pr_sbuf_puts(out, pr_rules[it->rule].code);
    pr_sbuf_puts(out, color ? "\033[0m " : " ");
    pr_sbuf_puts(out, it->message);
    pr_sbuf_putc(out, '\n');
}

void pr_cli_format_concise(pr_sbuf *out, const pr_cli_outcome *o, const pr_cli_style *st, bool full)
{
    pr_sbuf path = {0};
    pr_sbuf_reserve(&path, 256);   /* never NULL, even for an empty path */
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        if (!r->n)
            continue;
        path.len = 0;
        pr_cli_put_path(&path, r->file->path);
        for (uint32_t k = 0; k < r->n; k++) {
            line(out, &path, &r->items[k], st->color);
            if (full) {
                pr_cli_snippet(out, &r->items[k], st->color);
                pr_sbuf_putc(out, '\n');
            }
        }
    }
    pr_sbuf_free(&path);
    if (st->quiet)
        return;
    if (o->findings)
        pr_sbuf_printf(out, "Found %zu error%s.\n", o->findings, o->findings == 1 ? "" : "s");
    else if (!o->errors)
        pr_sbuf_puts(out, "All checks passed!\n");
}

typedef struct count {
    int rule;
    size_t n;
} count;

static int by_count(const void *a, const void *b)
{
    const count *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(pr_rules[x->rule].code, pr_rules[y->rule].code);
}

void pr_cli_format_statistics(pr_sbuf *out, const pr_cli_outcome *o, bool json)
{
    count counts[PR_RULE_COUNT];
    for (int r = 0; r < PR_RULE_COUNT; r++)
        counts[r] = (count){r, 0};
    for (size_t i = 0; i < o->n; i++)
        for (uint32_t k = 0; k < o->results[i].n; k++)
            counts[o->results[i].items[k].rule].n++;
    qsort(counts, PR_RULE_COUNT, sizeof *counts, by_count);
    int used = 0, wn = 1, wc = 1;
    for (; used < PR_RULE_COUNT && counts[used].n; used++) {
        int n = snprintf(NULL, 0, "%zu", counts[used].n);
        int c = (int)strlen(pr_rules[counts[used].rule].code);
        wn = n > wn ? n : wn;
        wc = c > wc ? c : wc;
    }
    if (json) {
        pr_sbuf_puts(out, used ? "[\n" : "[]\n");
        for (int i = 0; i < used; i++)
            pr_sbuf_printf(out,
                           "  {\n    \"code\": \"%s\",\n    \"name\": \"%s\",\n    \"count\": %zu,\n"
                           "    \"fixable\": false\n  }%s\n",
                           pr_rules[counts[i].rule].code, pr_rules[counts[i].rule].name, counts[i].n,
                           i + 1 < used ? "," : "");
        if (used)
            pr_sbuf_puts(out, "]\n");
        return;
    }
    for (int i = 0; i < used; i++)
        pr_sbuf_printf(out, "%*zu\t%-*s\t%s\n", wn, counts[i].n, wc, pr_rules[counts[i].rule].code,
                       pr_rules[counts[i].rule].name);
}
