/* The pyreview command: read the command line, find the files and their configuration,
** review them on a pool of threads, drop what baselines already know, and print the
** findings in the chosen format; or one of the other commands (explain a rule, list the
** rules, show the settings or the files, a file's metrics, dump a file's tree or tokens).  Exit status: 0 no
** findings, 1 findings, 2 a usage, configuration or file error (the other files are still
** reviewed). */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

/* Standard input, whole, for "-". */
static bool read_stdin(pr_cli_run *run)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        pr_cli_out_of_memory();
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf)
                pr_cli_out_of_memory();
        }
        ssize_t r = read(0, buf + n, cap - n);
        if (r < 0) {
            pr_cli_error("standard input: cannot read it");
            free(buf);
            return false;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    run->stdin_data = buf;
    run->stdin_len = n;
    return true;
}

static bool use_color(const pr_cli_args *args)
{
    if (args->color >= 0)
        return args->color;
    const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
    return isatty(1) && !(no_color && *no_color) && !(term && strcmp(term, "dumb") == 0);
}

/* The output format: the command line's, else the current directory's configuration's,
** else review on a terminal and concise elsewhere. */
static pr_cli_format output_format(pr_cli_config *c, const pr_cli_files *files)
{
    pr_cli_settings *s = pr_cli_config_for_dir(c, pr_cli_cwd());
    if ((!s || s->output_format < 0) && files->n && files->items[0].settings)
        s = files->items[0].settings;
    if (s && s->output_format >= 0)
        return (pr_cli_format)s->output_format;
    return isatty(1) ? PR_FORMAT_REVIEW : PR_FORMAT_CONCISE;
}

/* Baselines: each file's, read once each; returns the number of errors. */
static int apply_baselines(pr_arena *a, pr_cli_run *run)
{
    typedef struct loaded { const char *path; pr_cli_baseline *b; } loaded;
    loaded *seen = NULL;
    uint32_t nseen = 0, cap = 0;
    int errors = 0;
    for (size_t i = 0; i < run->nresults; i++) {
        pr_cli_result *r = &run->results[i];
        const pr_cli_settings *s = r->file->settings;
        if (!s || !s->baseline || !r->n)
            continue;
        uint32_t k = 0;
        while (k < nseen && strcmp(seen[k].path, s->baseline) != 0)
            k++;
        if (k == nseen) {
            if (nseen == cap)
                seen = pr_cli_grow(a, seen, &cap, sizeof *seen);
            seen[nseen++] = (loaded){s->baseline, pr_cli_baseline_load(a, s->baseline)};
            errors += seen[k].b == NULL;
        }
        if (seen[k].b)
            pr_cli_baseline_filter(seen[k].b, r);
    }
    return errors;
}

static int review(pr_arena *a, pr_cli_args *args, pr_cli_config *c)
{
    int errors = 0;
    static const char *const here[] = {"."};
    const char **paths = args->npaths ? args->paths : (const char **)here;
    int npaths = args->npaths ? args->npaths : 1;
    if (!args->npaths && args->stdin_filename) {
        static const char *const dash[] = {"-"};
        paths = (const char **)dash;
    }
    pr_cli_run run = {.mode = args->command == PR_CMD_PARSE_ONLY ? PR_MODE_PARSE_ONLY : PR_MODE_REVIEW,
                      .jobs = args->jobs};
    for (int i = 0; i < npaths; i++)
        if (strcmp(paths[i], "-") == 0 && !run.stdin_data && !read_stdin(&run))
            return 2;

    pr_cli_files files = {0};
    errors += pr_cli_collect(c, &files, paths, npaths, args->stdin_filename);
    errors += c->errors;
    int status = 0;
    if (args->command == PR_CMD_SHOW_FILES) {
        for (size_t i = 0; i < files.n; i++)
            printf("%s\n", files.items[i].path);
    } else if (args->command == PR_CMD_SHOW_SETTINGS) {
        pr_cli_settings *s = files.n ? files.items[0].settings
                                     : pr_cli_config_for_dir(c, pr_cli_abspath(a, paths[0]));
        if (s) {
            pr_sbuf out = {0};
            if (files.n)
                pr_sbuf_printf(&out, "# settings of %s\n", files.items[0].path);
            pr_cli_settings_print(&out, s);
            pr_cli_output(out.data, out.len);
            pr_sbuf_free(&out);
        }
    } else {
        pr_cli_format format = run.mode == PR_MODE_PARSE_ONLY ? PR_FORMAT_CONCISE : output_format(c, &files);
        run.metrics = format == PR_FORMAT_REVIEW && !args->statistics && !args->write_baseline;
        run.context = args->write_baseline ||
                      (!args->statistics && (format == PR_FORMAT_FULL || format == PR_FORMAT_SARIF));
        for (size_t i = 0; i < files.n && !run.context; i++)
            run.context = files.items[i].settings && files.items[i].settings->baseline;
        for (int i = 0; i < npaths && !run.tree; i++) {
            struct stat st;
            run.tree = strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode);
        }
        pr_cli_run_files(&run, &files);
        if (run.mode == PR_MODE_REVIEW) {
            pr_cli_run_join(&run);
            errors += apply_baselines(a, &run);
        }
        pr_cli_outcome o = {run.results, run.nresults, 0, 0};
        for (size_t i = 0; i < run.nresults; i++) {
            const pr_cli_result *r = &run.results[i];
            if (r->error) {
                pr_sbuf shown = {0};
                pr_cli_put_path(&shown, r->file->path);
                pr_cli_error("%s: %s", shown.data, r->error);
                pr_sbuf_free(&shown);
                errors++;
            }
            o.findings += r->n;
        }
        o.errors = (size_t)errors;
        if (args->write_baseline) {
            if (!pr_cli_baseline_write(args->write_baseline, run.results, run.nresults))
                errors++;
        } else {
            pr_cli_style st = {use_color(args), args->quiet || run.mode == PR_MODE_PARSE_ONLY};
            pr_sbuf out = {.sink = pr_cli_output};
            if (args->statistics)
                pr_cli_format_statistics(&out, &o, format == PR_FORMAT_JSON || format == PR_FORMAT_JSON_LINES);
            else
                switch (format) {
                case PR_FORMAT_CONCISE: pr_cli_format_concise(&out, &o, &st, false); break;
                case PR_FORMAT_FULL: pr_cli_format_concise(&out, &o, &st, true); break;
                case PR_FORMAT_REVIEW: pr_cli_format_review(&out, &o, &st); break;
                case PR_FORMAT_JSON: pr_cli_format_json(&out, &o, false); break;
                case PR_FORMAT_JSON_LINES: pr_cli_format_json(&out, &o, true); break;
                case PR_FORMAT_SARIF: pr_cli_format_sarif(&out, &o); break;
                case PR_FORMAT_GITHUB: pr_cli_format_github(&out, &o); break;
                case PR_FORMAT_JUNIT: pr_cli_format_junit(&out, &o); break;
                }
            if (out.len)
                pr_cli_output(out.data, out.len);
            pr_sbuf_free(&out);
            if (o.findings && !args->exit_zero)
                status = 1;
        }
        pr_cli_run_free(&run);
    }
    free(files.items);
    free((void *)run.stdin_data);
    return errors ? 2 : status;
}

int main(int argc, char **argv)
{
    pr_arena arena;
    pr_arena_init(&arena);
    pr_cli_config config;
    pr_cli_config_init(&config, &arena);
    pr_cli_args args;
    int status;
    pr_cli_cwd();
    if (!pr_cli_args_parse(&arena, argc, argv, &args, &config)) {
        status = 2;
    } else {
        switch (args.command) {
        case PR_CMD_HELP:
            pr_cli_args_help(stdout);
            status = 0;
            break;
        case PR_CMD_VERSION:
            puts("pyreview " PACKAGE_VERSION);
            status = 0;
            break;
        case PR_CMD_RULE:
            status = pr_cli_rule_explain(stdout, args.rule);
            break;
        case PR_CMD_LIST_RULES:
            pr_cli_rule_list(stdout);
            status = 0;
            break;
        case PR_CMD_DUMP_AST:
        case PR_CMD_DUMP_TOKENS:
            if (args.npaths != 1) {
                pr_cli_error("%s takes one FILE", args.command == PR_CMD_DUMP_AST ? "--dump-ast" : "--dump-tokens");
                status = 2;
            } else {
                status = pr_cli_dump(args.paths[0], args.command == PR_CMD_DUMP_TOKENS);
            }
            break;
        case PR_CMD_METRICS: {
            static const char *const here[] = {"."};
            status = !pr_cli_config_check(&config) ? 2
                   : args.npaths ? pr_cli_metrics(&config, args.paths, args.npaths)
                                 : pr_cli_metrics(&config, here, 1);
            break;
        }
        default:
            status = pr_cli_config_check(&config) ? review(&arena, &args, &config) : 2;
            break;
        }
    }
    if (pr_cli_output_finish() != 0)
        status = 2;
    pr_cli_config_free(&config);
    pr_arena_free(&arena);
    return status;
}
