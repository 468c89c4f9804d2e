/* The whole-project step of a review, after every file's own: the summaries the files
** left (passes/project.h) are joined, in file order, so nothing depends on the number of
** threads.  A finding made on condition (a method name or docstring a base class in
** another file may decide) is dropped when the condition holds; the project findings
** (RVW102, RVW202, RVW101 of a module whose names such bases may impose, and RVW401 and
** RVW403 of a raise whose class's template is in another file) join their files' items
** at the sites the review made ready, unless a suppression comment covered the site or
** the floors drop them, and each file's items are sorted again as the review sorted
** them.  The RUF100 findings of directives that covered only such findings are decided
** here too, once it is known which of them were made.  The source line a finding shows is read again from the file, unless its site
** kept it (RVW101's). */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "passes/metrics.h"
#include "passes/project.h"

/* What the join made of a file: the sites its project findings went to, the conditions. */
typedef struct made_ctx {
    pr_project *p;
    uint32_t file;
    const bool *reported;
} made_ctx;

static bool made(void *data, uint32_t what)
{
    const made_ctx *m = data;
    return what & 1 ? !pr_project_condition_holds(m->p, m->file, what >> 1) : m->reported[what >> 1];
}

static int by_place(const void *pa, const void *pb)
{
    const pr_cli_item *a = pa, *b = pb;
    if (a->row != b->row)
        return a->row < b->row ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    int c = strcmp(pr_rules[a->rule].code, pr_rules[b->rule].code);
    return c ? c : strcmp(a->message, b->message);
}

/* Sorts a file's n items as qsort by place would, when the first kept ones are in order
** already (the review sorted them) and the join added the rest: those are sorted apart and
** merged in from the back, after the kept ones of the same place, as the sort (a stable
** merge sort) places them. */
static void sort_added(pr_arena *a, pr_cli_item *items, uint32_t kept, uint32_t n)
{
    bool in_order = true;
    for (uint32_t k = 1; k < kept && in_order; k++)
        in_order = by_place(&items[k - 1], &items[k]) <= 0;
    if (!in_order) {
        qsort(items, n, sizeof *items, by_place);
        return;
    }
    uint32_t m = n - kept, i = kept, to = n;
    pr_cli_item *added = pr_arena_alloc(a, (m + 1) * sizeof *added);
    memcpy(added, items + kept, m * sizeof *added);
    qsort(added, m, sizeof *added, by_place);
    while (m > 0)
        items[--to] = i > 0 && by_place(&items[i - 1], &added[m - 1]) > 0 ? items[--i] : added[--m];
}

/* The file's lines again, decoded as the review decoded them; false when it cannot be
** read any more. */
static bool reread(pr_arena *a, const pr_cli_run *run, const pr_cli_file *file, pr_lines *ix)
{
    char *data;
    size_t len;
    char why[256];
    if (file->is_stdin) {
        len = run->stdin_len;
        data = pr_arena_alloc(a, len + 1);
        memcpy(data, run->stdin_data, len);
        data[len] = 0;
    } else if (!pr_cli_read_file(a, file->abspath, &data, &len, why, sizeof why)) {
        return false;
    }
    pr_source *src = pr_arena_alloc(a, sizeof *src);
    pr_syntax_error err;
    if (!pr_source_prepare(a, data, len, src, &err))
        return false;
    pr_lines_build(a, src, ix);
    return true;
}

bool pr_cli_project_rule_on(const pr_cli_run *run, const pr_cli_file *file, const pr_cli_ruleset *ran,
                            pr_rule rule)
{
    const pr_cli_settings *s = file->settings;
    if (!s || !pr_cli_ruleset_has(ran, rule) || (rule == PR_RULE_RVW202 && s->public_api))
        return false;
    return run->tree || rule != PR_RULE_RVW202 || pr_cli_ruleset_has(&s->chosen, rule);
}

void pr_cli_run_join(pr_cli_run *run)
{
    pr_arena *a = &run->join;
    pr_project p = {.arena = a, .nfiles = (uint32_t)run->nresults, .tree = run->tree};
    pr_project_file *files = pr_arena_alloc(a, (run->nresults + 1) * sizeof *files);
    for (size_t i = 0; i < run->nresults; i++) {
        const pr_cli_result *r = &run->results[i];
        files[i] = (pr_project_file){r->summary,
                                     r->file->path,
                                     pr_cli_project_rule_on(run, r->file, &r->ran, PR_RULE_RVW101),
                                     pr_cli_project_rule_on(run, r->file, &r->ran, PR_RULE_RVW102),
                                     pr_cli_project_rule_on(run, r->file, &r->ran, PR_RULE_RVW202),
                                     pr_cli_project_rule_on(run, r->file, &r->ran, PR_RULE_RVW401),
                                     pr_cli_project_rule_on(run, r->file, &r->ran, PR_RULE_RVW403)};
    }
    p.files = files;
    bool rvw202 = false;
    for (size_t i = 0; i < run->nresults; i++)
        rvw202 |= files[i].rvw202;
    if (rvw202)
        p.entry_points = pr_cli_entry_points(a, run, &p.nentry_points);
    pr_project_join(&p);

    /* the findings grouped by file, in their order: file i's are order[start[i] .. start[i + 1]) */
    uint32_t *start = calloc(run->nresults + 2, sizeof *start);
    uint32_t *order = malloc((p.nfindings + 1) * sizeof *order);
    if (!start || !order)
        pr_cli_out_of_memory();
    for (uint32_t k = 0; k < p.nfindings; k++)
        start[p.findings[k].file + 2]++;
    for (size_t i = 2; i < run->nresults + 2; i++)
        start[i] += start[i - 1];
    /* start[f + 1] is where file f's next finding goes, so it ends at the start of f + 1 */
    for (uint32_t k = 0; k < p.nfindings; k++)
        order[start[p.findings[k].file + 1]++] = k;
    for (size_t i = 0; i < run->nresults; i++) {
        pr_cli_result *r = &run->results[i];
        const uint32_t *mine = order + start[i], nmine = start[i + 1] - start[i];
        bool voided = false;
        for (uint32_t k = 0; k < r->n && !voided; k++)
            voided = r->items[k].cond != 0;
        if (!nmine && !voided && !r->nwaits)
            continue;
        const pr_cli_settings *s = r->file->settings;
        /* the items are filtered, and added to, in place when the review left room */
        bool adds = nmine || r->nwaits;
        pr_cli_item *items = r->n + nmine + r->nwaits <= r->room
                                 ? r->items
                                 : pr_arena_alloc(a, (r->n + nmine + r->nwaits + 1) * sizeof *items);
        uint32_t n = 0;
        for (uint32_t k = 0; k < r->n; k++)
            if (!r->items[k].cond || !pr_project_condition_holds(&p, (uint32_t)i, r->items[k].cond))
                items[n++] = r->items[k];
        uint32_t kept = n;
        bool want_lines = false;
        for (uint32_t k = 0; k < nmine && run->context && !want_lines; k++)
            want_lines = !r->sites[p.findings[mine[k]].site].line_text;
        pr_arena source;
        pr_arena_init(&source);
        pr_lines ix;
        bool lines = want_lines && reread(&source, run, r->file, &ix);
        bool *reported = pr_arena_alloc(&source, r->nsites + 1);
        memset(reported, 0, r->nsites + 1);
        for (uint32_t k = 0; k < nmine; k++) {
            const pr_project_finding *f = &p.findings[mine[k]];
            const pr_cli_site *site = &r->sites[f->site];
            reported[f->site] = true;
            int severity = pr_rules[f->rule].severity;
            if (site->suppressed || severity < s->min_severity || f->confidence < s->min_confidence)
                continue;
            items[n++] = (pr_cli_item){f->rule, (uint8_t)severity, f->confidence, site->row, site->col,
                                       site->end_row, site->end_col, site->noqa_row, f->message,
                                       site->line_text ? site->line_text
                                       : lines          ? pr_cli_line_text(a, &ix, site->row)
                                                        : NULL,
                                       site->scope, 0};
        }
        made_ctx m = {&p, (uint32_t)i, reported};
        for (uint32_t k = 0; k < r->nwaits; k++) {
            const char *message = pr_cli_noqa_decide(a, &r->waits[k], made, &m);
            if (message) {
                items[n] = r->wait_items[k];
                items[n++].message = message;
            }
        }
        if (adds)
            sort_added(&source, items, kept, n);
        pr_arena_free(&source);
        r->items = items;
        r->n = n;
    }
    free(start);
    free(order);
}
