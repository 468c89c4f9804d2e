/* `pyreview --metrics PATH...`: the metrics of each file instead of a review, one line per
** unit and one per module, as `key=value` fields that scripts split and people read.
**
**   path:line:col: KIND NAME cc=N rank=R ruff=N mccabe=N radon=N
**   path: module loc=N lloc=N sloc=N comments=N single_comments=N multi=N blank=N
**         h1=N h2=N N1=N N2=N volume=X complexity=N mi=X mi_rank=R
**
** KIND is function, method, class (rated by radon only) or graph (mccabe's unit for an
** if/for/while/try at module or class level, NAME "If 12"); cc and rank follow the
** configured complexity model, and each model's own number is there too ("-" where the
** model does not rate the unit), for teams moving thresholds from one tool to another.
** volume and mi are printed to 17 digits: the same doubles radon computes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "passes/metrics.h"
#include "passes/passes.h"

static const char *const kind_names[] = {"function", "method", "class", "graph"};

/* The 1-based character column of a 0-based byte column on a line starting at line. */
static uint32_t char_column(const char *line, uint32_t col)
{
    uint32_t chars = 0;
    for (uint32_t i = 0; i < col; i++)
        chars += ((unsigned char)line[i] & 0xC0) != 0x80;
    return chars + 1;
}

static void format_metrics(pr_sbuf *out, const char *path, const pr_lines *lines,
                           const pr_module_metrics *m, int model)
{
    for (uint32_t i = 0; i < m->blocks.n; i++) {
        const pr_cc_block *b = &m->blocks.items[i];
        const char *line = lines->src->text + lines->starts[b->lineno - 1];
        int32_t cc = b->cc[model];
        pr_sbuf_printf(out, "%s:%u:%u: %s %s cc=", path, b->lineno, char_column(line, b->col),
                       kind_names[b->kind], b->qualname);
        if (cc >= 0)
            pr_sbuf_printf(out, "%d rank=%c", cc, pr_cc_rank(cc));
        else
            pr_sbuf_puts(out, "- rank=-");
        for (int k = 0; k < PR_CC_MODELS; k++) {
            if (b->cc[k] >= 0)
                pr_sbuf_printf(out, " %s=%d", pr_cc_model_names[k], b->cc[k]);
            else
                pr_sbuf_printf(out, " %s=-", pr_cc_model_names[k]);
        }
        pr_sbuf_putc(out, '\n');
    }
    const pr_raw_metrics *r = &m->raw;
    const pr_halstead *h = &m->halstead;
    pr_sbuf_printf(out,
                   "%s: module loc=%u lloc=%u sloc=%u comments=%u single_comments=%u multi=%u "
                   "blank=%u h1=%u h2=%u N1=%u N2=%u volume=%.17g complexity=%u mi=%.17g "
                   "mi_rank=%c\n",
                   path, r->loc, r->lloc, r->sloc, r->comments, r->single_comments, r->multi,
                   r->blank, h->h1, h->h2, h->n1, h->n2, h->volume, m->blocks.radon_total, m->mi,
                   m->mi_rank);
}

/* One file: its metrics, or its syntax error.  Returns 0, 1 (syntax error) or 2. */
static int metrics_file(pr_arena *a, const pr_cli_file *f, pr_sbuf *out)
{
    jmp_buf oom;
    a->oom = &oom;
    if (setjmp(oom)) {
        a->oom = NULL;
        pr_cli_error("%s: out of memory", f->path);
        return 2;
    }
    char *data;
    size_t len;
    char why[256];
    if (!pr_cli_read_file(a, f->abspath, &data, &len, why, sizeof why)) {
        a->oom = NULL;
        pr_cli_error("%s: %s", f->path, why);
        return 2;
    }
    pr_source src;
    pr_parsed parsed;
    pr_syntax_error err;
    if (!pr_source_prepare(a, data, len, &src, &err) || !pr_parse_file(a, &src, &parsed, &err) ||
        !pr_syntax_check(a, &parsed, &src, &err)) {
        a->oom = NULL;
        pr_sbuf line = {0};
        pr_cli_format_syntax_error(&line, f->path, &err);
        pr_cli_output(line.data, line.len);
        pr_sbuf_free(&line);
        return 1;
    }
    pr_module_metrics m;
    pr_metrics_compute(a, &parsed, &src, &m);
    pr_lines lines;
    pr_lines_build(a, &src, &lines);
    int model = f->settings ? (int)f->settings->options.complexity_model : PR_COMPLEXITY_RUFF;
    format_metrics(out, f->path, &lines, &m, model);
    a->oom = NULL;
    return 0;
}

int pr_cli_metrics(pr_cli_config *c, const char *const *paths, int npaths)
{
    pr_cli_files files = {0};
    int status = pr_cli_collect(c, &files, paths, npaths, "-") ? 2 : 0;
    pr_arena a;
    pr_arena_init(&a);
    pr_sbuf out = {0};
    for (size_t i = 0; i < files.n; i++) {
        if (files.items[i].is_stdin || !files.items[i].settings)
            continue;
        int s = metrics_file(&a, &files.items[i], &out);
        if (s > status)
            status = s;
        if (out.len)
            pr_cli_output(out.data, out.len);
        out.len = 0;
        pr_arena_reset(&a);
    }
    pr_sbuf_free(&out);
    pr_arena_free(&a);
    free(files.items);
    return status;
}
