/* The review format: what a senior reviewer would write, for each file with something to
** say and then for the whole run.  A file that does not parse says so with the E999 line
** and nothing else.  Otherwise: the security verdict when security rules ran ("No security
** defects detected." only when they found nothing and the floors hid nothing; the whole
** run says how many files were checked when some were not), then the concerns with
** findings, numbered, in a fixed order (security, command execution, naming consistency,
** docstrings, unused imports, unused names, complexity, error handling, suppression
** comments), each with its
** count, its evidence (the lines and messages, which carry the names and the numbers) and
** one sentence of advice, the module's metrics (maintainability index, the functions ranked
** C or worse for complexity, the most complex), and a summary line.  The whole run counts the same concerns across
** files, with the codes and the files most affected, and what only the whole tree shows
** (the project rules' findings, which the files' sections list under their concerns).  Nothing in it depends on time,
** machine or thread count. */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

enum { NCONCERNS = PR_CONCERN_META + 1, EVIDENCE = 10, TOP_FILES = 5 };

static const char *const titles[NCONCERNS] = {
    [PR_CONCERN_SYNTAX] = "Syntax",
    [PR_CONCERN_SECURITY] = "Security",
    [PR_CONCERN_COMMAND_EXECUTION] = "Command execution",
    [PR_CONCERN_NAMING] = "Naming consistency",
    [PR_CONCERN_DOCSTRINGS] = "Docstrings",
    [PR_CONCERN_UNUSED_IMPORTS] = "Unused imports",
    [PR_CONCERN_UNUSED_VARIABLES] = "Unused names",
    [PR_CONCERN_COMPLEXITY] = "Complexity",
    [PR_CONCERN_ERROR_HANDLING] = "Error handling",
    [PR_CONCERN_META] = "Suppression comments",
};

static const char *const advice[NCONCERNS] = {
    [PR_CONCERN_SYNTAX] = "Fix the syntax error first: nothing else in the file was reviewed.",
    [PR_CONCERN_SECURITY] = "Treat each as a defect until it is shown safe: keep untrusted input "
                            "away from these calls, or use the safe API.",
    [PR_CONCERN_COMMAND_EXECUTION] = "Pass commands as argument lists without a shell, and never "
                                     "build them from untrusted input.",
    [PR_CONCERN_NAMING] = "Pick one style for each kind of name and rename the outliers, so that "
                          "readers can tell the kinds apart at a glance.",
    [PR_CONCERN_DOCSTRINGS] = "Document what each public module, class and function is for, what "
                              "it takes and what it returns.",
    [PR_CONCERN_UNUSED_IMPORTS] = "Remove imports nothing uses; list deliberate re-exports in "
                                  "`__all__`.",
    [PR_CONCERN_UNUSED_VARIABLES] = "Remove names that are never read, or call them `_` where a "
                                    "value must be discarded.",
    [PR_CONCERN_COMPLEXITY] = "Split the most complex functions into smaller ones that each do one "
                              "thing.",
    [PR_CONCERN_ERROR_HANDLING] = "Catch the exceptions you expect, keep the cause with `raise ... "
                                  "from`, and never silence an error without a word.",
    [PR_CONCERN_META] = "Delete suppressions that no longer suppress anything, and name the rules a "
                        "suppression is for.",
};

typedef struct style {
    const char *bold, *reset;
} style;

static void plural(pr_sbuf *out, size_t n, const char *one, const char *many)
{
    pr_sbuf_printf(out, "%zu %s", n, n == 1 ? one : many);
}

/* ------------------------------------------------------------------ one file */

/* The security verdict: the defects found, or "No security defects detected." only when
** nothing was found, nothing was hidden by the severity or confidence floor, and (for the
** whole run, unchecked > 0) every file reviewed was checked. */
static void verdict(pr_sbuf *out, size_t found, size_t hidden, size_t checked, size_t unchecked)
{
    if (found) {
        pr_sbuf_printf(out, "  Security: %zu possible defect%s, listed below.\n", found, found == 1 ? "" : "s");
    } else if (hidden) {
        pr_sbuf_printf(out, "  Security: no security defects at or above the severity and confidence floors; ");
        plural(out, hidden, "finding below them is", "findings below them are");
        pr_sbuf_puts(out, " not shown.\n");
    } else if (unchecked) {
        pr_sbuf_printf(out, "  Security: no security defects detected in %zu of the %zu files reviewed; the others were "
                            "not checked (they do not parse, or have the security rules off).\n", checked,
                       checked + unchecked);
    } else {
        pr_sbuf_puts(out, "  Security: No security defects detected.\n");
    }
}

/* radon's rank of a complexity: A 1-5, B 6-10, C 11-20, D 21-30, E 31-40, F above. */
static char rank(int32_t cc)
{
    return cc <= 5 ? 'A' : cc <= 10 ? 'B' : cc <= 20 ? 'C' : cc <= 30 ? 'D' : cc <= 40 ? 'E' : 'F';
}

static void file_metrics(pr_sbuf *out, const pr_cli_result *r)
{
    if (!r->has_metrics)
        return;
    pr_sbuf_puts(out, "  Metrics: ");
    if (r->mi_ok)
        pr_sbuf_printf(out, "maintainability index %.1f (%c)", r->mi, r->mi_rank);
    else
        pr_sbuf_puts(out, "maintainability index not computed");
    if (r->nfunctions) {
        pr_sbuf_puts(out, "; ");
        plural(out, r->nfunctions, "function", "functions");
        pr_sbuf_printf(out, ", %u of rank C or worse; the most complex: `%s` (%d, rank %c)", r->ncomplex, r->worst,
                       r->worst_cc, rank(r->worst_cc));
    }
    pr_sbuf_puts(out, ".\n");
}

static void file_section(pr_sbuf *out, const pr_cli_result *r, const style *st)
{
    pr_sbuf_puts(out, st->bold);
    pr_cli_put_path(out, r->file->path);
    pr_sbuf_printf(out, "%s\n", st->reset);
    if (r->syntax_error) {
        const pr_cli_item *it = &r->items[0];
        pr_sbuf_puts(out, "  Does not parse: ");
        pr_cli_put_path(out, r->file->path);
        pr_sbuf_printf(out, ":%d:%d: E999 %s\n", it->row, it->col, it->message);
        pr_sbuf_printf(out, "  %s\n\n", advice[PR_CONCERN_SYNTAX]);
        return;
    }
    size_t count[NCONCERNS] = {0};
    for (uint32_t k = 0; k < r->n; k++)
        count[pr_rules[r->items[k].rule].concern]++;
    if (r->security_ran)
        verdict(out, count[PR_CONCERN_SECURITY] + count[PR_CONCERN_COMMAND_EXECUTION], r->security_hidden, 0, 0);
    int number = 0, concerns = 0;
    for (int c = PR_CONCERN_SECURITY; c < NCONCERNS; c++) {
        if (!count[c])
            continue;
        concerns++;
        pr_sbuf_printf(out, "  %s%d. %s%s (%zu)\n", st->bold, ++number, titles[c], st->reset, count[c]);
        size_t shown = 0;
        for (uint32_t k = 0; k < r->n && shown < EVIDENCE; k++) {
            const pr_cli_item *it = &r->items[k];
            if ((int)pr_rules[it->rule].concern != c)
                continue;
            pr_sbuf_printf(out, "     line %d: %s [%s]\n", it->row, it->message, pr_rules[it->rule].code);
            shown++;
        }
        if (count[c] > shown)
            pr_sbuf_printf(out, "     ... and %zu more\n", count[c] - shown);
        pr_sbuf_printf(out, "     %s\n", advice[c]);
    }
    file_metrics(out, r);
    pr_sbuf_puts(out, "  Summary: ");
    plural(out, r->n, "finding", "findings");
    pr_sbuf_puts(out, " in ");
    plural(out, (size_t)concerns, "concern", "concerns");
    pr_sbuf_puts(out, ".\n\n");
}

/* ------------------------------------------------------------------ the whole run */

typedef struct tally {
    size_t n;
    const char *key;           /* a code or a path */
} tally;

static int by_tally(const void *a, const void *b)
{
    const tally *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->key, y->key);
}

static void run_concern(pr_sbuf *out, const pr_cli_outcome *o, int c, int number, size_t total, const style *st)
{
    tally codes[PR_RULE_COUNT];
    size_t ncodes = 0;
    size_t per_rule[PR_RULE_COUNT] = {0};
    tally *files = calloc(o->n + 1, sizeof *files);
    if (!files)
        pr_cli_out_of_memory();
    size_t nfiles = 0;
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        size_t here = 0;
        for (uint32_t k = 0; k < r->n; k++)
            if ((int)pr_rules[r->items[k].rule].concern == c) {
                per_rule[r->items[k].rule]++;
                here++;
            }
        if (here)
            files[nfiles++] = (tally){here, r->file->path};
    }
    for (int r = 0; r < PR_RULE_COUNT; r++)
        if (per_rule[r])
            codes[ncodes++] = (tally){per_rule[r], pr_rules[r].code};
    qsort(codes, ncodes, sizeof *codes, by_tally);
    qsort(files, nfiles, sizeof *files, by_tally);
    pr_sbuf_printf(out, "  %s%d. %s%s: %zu in ", st->bold, number, titles[c], st->reset, total);
    plural(out, nfiles, "file", "files");
    pr_sbuf_puts(out, " (");
    for (size_t i = 0; i < ncodes; i++)
        pr_sbuf_printf(out, "%s%s x%zu", i ? ", " : "", codes[i].key, codes[i].n);
    pr_sbuf_puts(out, ")\n");
    for (size_t i = 0; i < nfiles && i < TOP_FILES; i++)
        pr_sbuf_printf(out, "     %s: %zu\n", files[i].key, files[i].n);
    if (nfiles > TOP_FILES)
        pr_sbuf_printf(out, "     ... and %zu more files\n", nfiles - TOP_FILES);
    pr_sbuf_printf(out, "     %s\n", advice[c]);
    free(files);
}

/* The maintainability ranks over the files, the lowest index, and the most complex function. */
static void run_metrics(pr_sbuf *out, const pr_cli_outcome *o)
{
    size_t ranks[3] = {0}, nfunctions = 0, ncomplex = 0;
    const pr_cli_result *lowest = NULL, *worst = NULL;
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        if (!r->has_metrics)
            continue;
        if (r->mi_ok) {
            ranks[r->mi_rank == 'A' ? 0 : r->mi_rank == 'B' ? 1 : 2]++;
            if (!lowest || r->mi < lowest->mi)
                lowest = r;
        }
        nfunctions += r->nfunctions;
        ncomplex += r->ncomplex;
        if (r->worst && (!worst || r->worst_cc > worst->worst_cc))
            worst = r;
    }
    if (!lowest && !worst)
        return;
    pr_sbuf_puts(out, "  Metrics:");
    if (lowest)
        pr_sbuf_printf(out, " maintainability index A in %zu, B in %zu, C in %zu (lowest: %s, %.1f)%s", ranks[0],
                       ranks[1], ranks[2], lowest->file->path, lowest->mi, worst ? ";" : "");
    if (worst)
        pr_sbuf_printf(out, " %zu of %zu functions rank C or worse; the most complex: `%s` in %s (%d, rank %c)",
                       ncomplex, nfunctions, worst->worst, worst->file->path, worst->worst_cc,
                       rank(worst->worst_cc));
    pr_sbuf_puts(out, ".\n");
}

/* What only the whole tree shows (the project rules), counted apart from the files. */
static void run_project(pr_sbuf *out, const pr_cli_outcome *o)
{
    size_t unused = 0, spellings = 0, modules = 0;
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        modules += r->summary != NULL;
        for (uint32_t k = 0; k < r->n; k++) {
            unused += r->items[k].rule == PR_RULE_RVW202;
            spellings += r->items[k].rule == PR_RULE_RVW102;
        }
    }
    if (!unused && !spellings)
        return;
    pr_sbuf_puts(out, "  Across modules (");
    plural(out, modules, "module joined", "modules joined");
    pr_sbuf_puts(out, "):");
    if (unused) {
        pr_sbuf_puts(out, " ");
        plural(out, unused, "public name nothing in the tree reads", "public names nothing in the tree reads");
        pr_sbuf_puts(out, " (RVW202)");
    }
    if (spellings) {
        pr_sbuf_puts(out, unused ? ";" : "");
        pr_sbuf_puts(out, " ");
        plural(out, spellings, "identifier spelt against the tree's prevailing style",
               "identifiers spelt against the tree's prevailing style");
        pr_sbuf_puts(out, " (RVW102)");
    }
    pr_sbuf_puts(out, ".\n");
}

void pr_cli_format_review(pr_sbuf *out, const pr_cli_outcome *o, const pr_cli_style *cs)
{
    style st = {cs->color ? "\033[1m" : "", cs->color ? "\033[0m" : ""};
    size_t count[NCONCERNS] = {0};
    size_t broken = 0, with_findings = 0, reviewed = 0, checked = 0, hidden = 0;
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        if (r->error || !r->file->settings)
            continue;
        reviewed++;
        checked += r->security_ran;
        hidden += r->security_hidden;
        if (r->syntax_error) {
            broken++;
            continue;
        }
        if (r->n)
            with_findings++;
        for (uint32_t k = 0; k < r->n; k++)
            count[pr_rules[r->items[k].rule].concern]++;
    }
    if (reviewed == 0) {
        pr_sbuf_puts(out, "pyreview: no Python files reviewed.\n");
        return;
    }
    pr_sbuf_printf(out, "%spyreview review of ", st.bold);
    plural(out, reviewed, "file", "files");
    pr_sbuf_printf(out, "%s\n\n", st.reset);
    for (size_t i = 0; i < o->n; i++)
        if (o->results[i].n)
            file_section(out, &o->results[i], &st);

    pr_sbuf_printf(out, "%sWhole run%s\n", st.bold, st.reset);
    size_t security = count[PR_CONCERN_SECURITY] + count[PR_CONCERN_COMMAND_EXECUTION];
    if (checked)
        verdict(out, security, hidden, checked, reviewed - checked);
    int number = 0;
    size_t findings = 0;
    for (int c = PR_CONCERN_SECURITY; c < NCONCERNS; c++) {
        findings += count[c];
        if (count[c])
            run_concern(out, o, c, ++number, count[c], &st);
    }
    run_metrics(out, o);
    run_project(out, o);
    pr_sbuf_puts(out, "  Summary: ");
    plural(out, reviewed, "file reviewed", "files reviewed");
    if (findings) {
        pr_sbuf_puts(out, ", ");
        plural(out, findings, "finding", "findings");
        pr_sbuf_puts(out, " in ");
        plural(out, with_findings, "file", "files");
        pr_sbuf_puts(out, " (");
        plural(out, (size_t)number, "concern", "concerns");
        pr_sbuf_puts(out, ")");
    } else {
        pr_sbuf_puts(out, ", no findings");
    }
    if (broken) {
        pr_sbuf_puts(out, "; ");
        plural(out, broken, "file does not parse", "files do not parse");
    }
    pr_sbuf_puts(out, ".\n");
}
