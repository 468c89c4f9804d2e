/* Running pyreview on files: one file for --dump-ast and --dump-tokens; many for the
** review and --parse-only, spread over worker threads.  Each worker owns one arena, reset
** between files; each file's output goes to its own slot and is printed in path order at
** the end, so the output does not depend on the number of threads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast/ast.h"
#include "ast/sbuf.h"
#include "cli/cli.h"
#include "cli/files.h"
#include "cli/noqa.h"
#include "cli/output.h"
#include "grammar/parse.h"
#include "passes/passes.h"

static const char *const kind_names[] = {"SyntaxError", "IndentationError", "TabError",
                                         "MemoryError", "RecursionError"};

/* CPython's ast.parse refuses trees with more nodes from root to leaf (measured on
** Python 3.13; its compile() allows two more, which pr_syntax_check enforces). */
enum { DUMP_MAX_DEPTH = 9997 };

void pr_cli_print_syntax_error(FILE *out, const char *path, const pr_syntax_error *err)
{
    fprintf(out, "%s:%d:%d: E999 %s: %s\n", path, err->lineno, err->offset, kind_names[err->kind],
            err->msg);
}

static void format_syntax_error(pr_sbuf *out, const char *path, const pr_syntax_error *err)
{
    pr_sbuf_printf(out, "%s:%d:%d: E999 %s: %s\n", path, err->lineno, err->offset,
                   kind_names[err->kind], err->msg);
}

/* The dump's recursion relies on this bound. */
static bool too_deep(pr_arena *a, const pr_parsed *parsed, pr_syntax_error *err)
{
    if (!pr_ast_deeper_than(a, parsed->module, DUMP_MAX_DEPTH))
        return false;
    memset(err, 0, sizeof *err);
    err->set = true;
    err->kind = PR_RECURSION_ERROR;
    snprintf(err->msg, sizeof err->msg, "maximum recursion depth exceeded during ast construction");
    return true;
}

/* Parses one file into the arena, and with check, makes CPython's post-parse checks.
** Returns 0 when it parsed, 1 for a syntax error (written to out), 2 when the file could
** not be read or memory ran out (reported on stderr). */
static int parse_file(pr_arena *a, const char *path, pr_parsed *parsed, pr_source *src,
                      bool check, pr_sbuf *out)
{
    jmp_buf oom;
    a->oom = &oom;
    if (setjmp(oom)) {
        a->oom = NULL;
        fprintf(stderr, "pyreview: %s: out of memory\n", path);
        return 2;
    }
    char *data;
    size_t len;
    char why[256];
    if (!pr_cli_read_file(a, path, &data, &len, why, sizeof why)) {
        a->oom = NULL;
        fprintf(stderr, "pyreview: %s: %s\n", path, why);
        return 2;
    }
    pr_syntax_error err;
    int status = 0;
    if (!pr_source_prepare(a, data, len, src, &err) || !pr_parse_file(a, src, parsed, &err) ||
        (check ? !pr_syntax_check(a, parsed, src, &err) : too_deep(a, parsed, &err))) {
        format_syntax_error(out, path, &err);
        status = 1;
    }
    a->oom = NULL;
    return status;
}

static int dump_tokens(pr_arena *a, const pr_source *src, pr_sbuf *out, pr_syntax_error *err)
{
    pr_lexer lx;
    pr_token t;
    pr_lex_init(&lx, a, src, err);
    for (;;) {
        int k = pr_lex_next(&lx, &t);
        if (k < 0)
            return 1;
        pr_sbuf_printf(out, "%u,%u-%u,%u:\t%-16s '%.*s'\n", t.lineno, t.col, t.end_lineno,
                       t.end_col, pr_token_name(k), (int)(t.end - t.start), src->text + t.start);
        if (k == 0)
            return 0;
    }
}

int pr_cli_dump(const char *path, bool tokens)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_sbuf out = {0};
    pr_parsed parsed;
    pr_source src;
    int status;
    if (tokens) {
        char *data;
        size_t len;
        char why[256];
        pr_syntax_error err;
        if (!pr_cli_read_file(&a, path, &data, &len, why, sizeof why)) {
            fprintf(stderr, "pyreview: %s: %s\n", path, why);
            status = 2;
        } else if (!pr_source_prepare(&a, data, len, &src, &err) ||
                   dump_tokens(&a, &src, &out, &err) != 0) {
            format_syntax_error(&out, path, &err);
            status = 1;
        } else {
            status = 0;
        }
    } else {
        status = parse_file(&a, path, &parsed, &src, false, &out);
        if (status == 0) {
            pr_ast_dump(&out, parsed.module);
            pr_sbuf_putc(&out, '\n');
        }
    }
    if (out.len)
        fwrite(out.data, 1, out.len, stdout);
    pr_sbuf_free(&out);
    pr_arena_free(&a);
    return status;
}

/* ------------------------------------------------------------------ one file of many */

/* --parse-only: the syntax error, if any. */
static int check_file(pr_arena *a, const char *path, pr_sbuf *out)
{
    pr_parsed parsed;
    pr_source src;
    return parse_file(a, path, &parsed, &src, true, out);
}

/* The review: the findings of every pass, less the suppressed ones, sorted.  Returns 1
** when something is reported. */
static int review_file(pr_arena *a, const char *path, pr_sbuf *out)
{
    pr_parsed parsed;
    pr_source src;
    int status = parse_file(a, path, &parsed, &src, true, out);
    if (status != 0)
        return status;
    jmp_buf oom;
    a->oom = &oom;
    if (setjmp(oom)) {
        a->oom = NULL;
        fprintf(stderr, "pyreview: %s: out of memory\n", path);
        return 2;
    }
    pr_findings findings;
    pr_findings_init(&findings, a);
    pr_review_ctx ctx = {a, &parsed, &src, path, &findings};
    pr_review(&ctx);
    if (findings.n) {
        pr_findings_sort(&findings);
        pr_noqa noqa;
        pr_noqa_scan(a, &src, &parsed, &noqa);
        pr_line_index ix;
        pr_line_index_build(a, &src, &ix);
        for (uint32_t i = 0; i < findings.n; i++) {
            if (pr_noqa_suppresses(&noqa, &findings.items[i]))
                continue;
            pr_output_concise(out, path, &ix, &findings.items[i]);
            status = 1;
        }
    }
    a->oom = NULL;
    return status;
}

/* ------------------------------------------------------------------ many files */

typedef int (*file_fn)(pr_arena *a, const char *path, pr_sbuf *out);

typedef struct pool {
    pr_file_list files;
    pr_sbuf *outputs;
    int *status;
    file_fn fn;
    atomic_size_t next;
} pool;

static void *worker(void *arg)
{
    pool *p = arg;
    pr_arena a;
    pr_arena_init(&a);
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->files.n)
            break;
        p->status[i] = p->fn(&a, p->files.items[i].path, &p->outputs[i]);
        pr_arena_reset(&a);
    }
    pr_arena_free(&a);
    return NULL;
}

/* Runs fn on every file under the paths with jobs threads, prints the outputs in path
** order, and returns the worst status. */
static int run_files(const char *const *paths, int npaths, int jobs, file_fn fn)
{
    pool p;
    memset(&p, 0, sizeof p);
    p.fn = fn;
    int errors = pr_cli_collect(&p.files, paths, npaths);
    p.outputs = calloc(p.files.n + 1, sizeof *p.outputs);
    p.status = calloc(p.files.n + 1, sizeof *p.status);
    if (!p.outputs || !p.status) {
        fputs("pyreview: out of memory\n", stderr);
        return 2;
    }
    if (jobs <= 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = cpus > 0 ? (int)cpus : 1;
    }
    if ((size_t)jobs > p.files.n)
        jobs = p.files.n ? (int)p.files.n : 1;
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    int started = 0;
    for (int i = 1; threads && i < jobs; i++)
        if (pthread_create(&threads[started], NULL, worker, &p) == 0)
            started++;
    worker(&p);
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);

    int status = errors ? 2 : 0;
    for (size_t i = 0; i < p.files.n; i++) {
        if (p.outputs[i].len)
            fwrite(p.outputs[i].data, 1, p.outputs[i].len, stdout);
        pr_sbuf_free(&p.outputs[i]);
        if (p.status[i] == 2)
            status = 2;
        else if (p.status[i] == 1 && status == 0)
            status = 1;
    }
    free(p.outputs);
    free(p.status);
    pr_cli_free_list(&p.files);
    return status;
}

int pr_cli_parse_paths(const char *const *paths, int npaths, int jobs)
{
    return run_files(paths, npaths, jobs, check_file);
}

int pr_cli_review_paths(const char *const *paths, int npaths, int jobs)
{
    return run_files(paths, npaths, jobs, review_file);
}
