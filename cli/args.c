/* The command line: the command's own options (what to do, how many threads, how to print),
** `pyreview rule CODE`, and an option for each top-level setting of settings.def
** (`--max-complexity 12`, `--select F,E999`, `--no-respect-gitignore`), which go to the
** command line's layer of the configuration, as does `--config 'KEY = VALUE'`.  Options
** and paths may come in any order; `--` ends the options. */
#include "cli/cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef enum opt_id {
    O_HELP, O_VERSION, O_DUMP_AST, O_DUMP_TOKENS, O_PARSE_ONLY, O_JOBS, O_QUIET, O_EXIT_ZERO,
    O_STATISTICS, O_STDIN_FILENAME, O_CONFIG, O_ISOLATED, O_WRITE_BASELINE, O_LIST_RULES,
    O_SHOW_SETTINGS, O_SHOW_FILES, O_COLOR, O_METRICS
} opt_id;

typedef struct option {
    const char *name;
    char short_name;
    opt_id id;
    const char *metavar;       /* NULL: takes no value */
    const char *help;
} option;

static const option options[] = {
    {"help", 'h', O_HELP, NULL, "print this help and exit"},
    {"version", 0, O_VERSION, NULL, "print the version and exit"},
    {"jobs", 'j', O_JOBS, "N", "review with N threads (default: one per processor); the output is the same"},
    {"quiet", 'q', O_QUIET, NULL, "print findings only: no summary line"},
    {"exit-zero", 0, O_EXIT_ZERO, NULL, "exit with 0 even when there are findings"},
    {"statistics", 0, O_STATISTICS, NULL, "print how many findings of each rule instead of the findings"},
    {"stdin-filename", 0, O_STDIN_FILENAME, "NAME", "the name of standard input's code (with '-', or alone)"},
    {"config", 0, O_CONFIG, "FILE|KEY=VALUE", "use this configuration file only, or set one key"},
    {"isolated", 0, O_ISOLATED, NULL, "read no configuration file"},
    {"write-baseline", 0, O_WRITE_BASELINE, "FILE", "write the findings as a baseline file, print nothing else"},
    {"color", 0, O_COLOR, "WHEN", "colour: auto (on a terminal, unless NO_COLOR is set), always, never"},
    {"list-rules", 0, O_LIST_RULES, NULL, "list every rule and exit"},
    {"show-settings", 0, O_SHOW_SETTINGS, NULL, "print the settings the first path gets and exit"},
    {"show-files", 0, O_SHOW_FILES, NULL, "print the files a run would review and exit"},
    {"parse-only", 0, O_PARSE_ONLY, NULL, "report syntax errors only"},
    {"metrics", 0, O_METRICS, NULL, "print each file's complexity and size metrics instead of a review"},
    {"dump-ast", 0, O_DUMP_AST, NULL, "print CPython's ast.dump(..., include_attributes=True) of FILE"},
    {"dump-tokens", 0, O_DUMP_TOKENS, NULL, "print the tokens of FILE"},
};
enum { NOPTIONS = sizeof options / sizeof options[0] };

void pr_cli_args_help(FILE *out)
{
    pr_sbuf b = {0};
    pr_sbuf_puts(&b, "usage: pyreview [OPTION...] [PATH...]     review files and directories (default: .; -: stdin)\n"
                     "       pyreview rule CODE                 explain a rule\n"
                     "       pyreview --dump-ast FILE | --dump-tokens FILE\n\nOptions:\n");
    for (int i = 0; i < NOPTIONS; i++) {
        char flag[64];
        if (options[i].short_name)
            snprintf(flag, sizeof flag, "-%c, --%s%s%s", options[i].short_name, options[i].name,
                     options[i].metavar ? " " : "", options[i].metavar ? options[i].metavar : "");
        else
            snprintf(flag, sizeof flag, "--%s%s%s", options[i].name, options[i].metavar ? " " : "",
                     options[i].metavar ? options[i].metavar : "");
        pr_sbuf_printf(&b, "  %-30s  %s\n", flag, options[i].help);
    }
    pr_sbuf_puts(&b, "\nSettings (also keys of [tool.pyreview] in pyproject.toml, or of pyreview.toml):\n");
    pr_cli_settings_help(&b);
    pr_sbuf_puts(&b, "\nEvery key, those of the [naming], [docstrings] and [security] tables too, can be set\n"
                     "with --config 'KEY = VALUE' (TOML).  Exit status: 0 no findings, 1 findings, 2 a usage,\n"
                     "configuration or file error.  man pyreview tells more.\n");
    fwrite(b.data, 1, b.len, out);
    pr_sbuf_free(&b);
}

static bool usage_error(const char *fmt, const char *arg, const char *hint)
{
    fputs("pyreview: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    if (hint)
        fprintf(stderr, "    hint: %s\n", hint);
    fputs("    usage: pyreview [OPTION...] [PATH...]; pyreview --help tells more\n", stderr);
    return false;
}

static const option *find_long(const char *name, size_t len)
{
    for (int i = 0; i < NOPTIONS; i++)
        if (strlen(options[i].name) == len && strncmp(options[i].name, name, len) == 0)
            return &options[i];
    return NULL;
}

static bool set_jobs(pr_cli_args *args, const char *v)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (!*v || errno || *end || n < 1 || n > 1024)
        return usage_error("invalid number of jobs: %s", v, "a number from 1 to 1024");
    args->jobs = (int)n;
    return true;
}

/* --config FILE or --config 'KEY = VALUE' (ruff's rule: an existing file, or no '='). */
static bool config_option(pr_arena *a, pr_cli_config *c, const char *v)
{
    struct stat st;
    if (stat(v, &st) == 0 || !strchr(v, '=')) {
        c->explicit_path = pr_cli_abspath(a, v);
        return true;
    }
    return pr_cli_config_override_toml(c, v);
}

static bool own_option(pr_arena *a, const option *o, const char *value, pr_cli_args *args, pr_cli_config *c)
{
    switch (o->id) {
    case O_HELP: args->command = PR_CMD_HELP; return true;
    case O_VERSION: args->command = PR_CMD_VERSION; return true;
    case O_DUMP_AST: args->command = PR_CMD_DUMP_AST; return true;
    case O_DUMP_TOKENS: args->command = PR_CMD_DUMP_TOKENS; return true;
    case O_PARSE_ONLY: args->command = PR_CMD_PARSE_ONLY; return true;
    case O_LIST_RULES: args->command = PR_CMD_LIST_RULES; return true;
    case O_SHOW_SETTINGS: args->command = PR_CMD_SHOW_SETTINGS; return true;
    case O_SHOW_FILES: args->command = PR_CMD_SHOW_FILES; return true;
    case O_METRICS: args->command = PR_CMD_METRICS; return true;
    case O_JOBS: return set_jobs(args, value);
    case O_QUIET: args->quiet = true; return true;
    case O_EXIT_ZERO: args->exit_zero = true; return true;
    case O_STATISTICS: args->statistics = true; return true;
    case O_STDIN_FILENAME: args->stdin_filename = value; return true;
    case O_CONFIG: return config_option(a, c, value);
    case O_ISOLATED: c->isolated = true; return true;
    case O_WRITE_BASELINE: args->write_baseline = value; return true;
    case O_COLOR:
        if (strcmp(value, "auto") == 0)
            args->color = -1;
        else if (strcmp(value, "always") == 0)
            args->color = 1;
        else if (strcmp(value, "never") == 0)
            args->color = 0;
        else
            return usage_error("--color: expected auto, always or never, not '%s'", value, NULL);
        return true;
    }
    return false;
}

/* ------------------------------------------------------------------ settings given as options */

static pr_toml_value *arg_value(pr_arena *a, pr_toml_type t)
{
    pr_toml_value *v = pr_arena_alloc(a, sizeof *v);
    memset(v, 0, sizeof *v);
    v->type = t;
    return v;
}

static pr_toml_value *arg_string(pr_arena *a, const char *s, size_t n)
{
    pr_toml_value *v = arg_value(a, PR_TOML_STRING);
    v->u.str.s = pr_arena_strndup(a, s, n);
    v->u.str.len = n;
    return v;
}

static void arg_push(pr_arena *a, pr_toml_value *arr, pr_toml_value *item)
{
    if (arr->u.arr.n == arr->u.arr.cap)
        arr->u.arr.items = pr_cli_grow(a, arr->u.arr.items, &arr->u.arr.cap, sizeof *arr->u.arr.items);
    arr->u.arr.items[arr->u.arr.n++] = item;
}

/* "a, b,c" as an array of strings; empty items are dropped. */
static pr_toml_value *arg_list(pr_arena *a, const char *s, const char *seps)
{
    pr_toml_value *arr = arg_value(a, PR_TOML_ARRAY);
    while (*s) {
        s += strspn(s, seps);
        size_t n = strcspn(s, seps);
        if (n)
            arg_push(a, arr, arg_string(a, s, n));
        s += n;
    }
    return arr;
}

/* The value an option gives, as the TOML value its key takes: lists split at commas,
** numbers read, flake8's "PATTERN:CODES PATTERN:CODES" for per-file ignores.  NULL after an
** error. */
static const pr_toml_value *value_from_arg(pr_arena *a, const char *key, const char *arg, const char *option)
{
    switch (pr_cli_settings_kind(key)) {
    case PR_VALUE_BOOL: {
        pr_toml_value *v = arg_value(a, PR_TOML_BOOLEAN);
        if (strcmp(arg, "true") == 0 || strcmp(arg, "false") == 0) {
            v->u.b = arg[0] == 't';
            return v;
        }
        pr_cli_error("%s: expected true or false, not '%s'", option, arg);
        return NULL;
    }
    case PR_VALUE_INT: {
        char *end;
        long long n = strtoll(arg, &end, 10);
        if (!*arg || *end) {
            pr_cli_error("%s: expected a whole number, not '%s'", option, arg);
            return NULL;
        }
        pr_toml_value *v = arg_value(a, PR_TOML_INTEGER);
        v->u.i = n;
        return v;
    }
    case PR_VALUE_LIST:
        return arg_list(a, arg, ", ");
    case PR_VALUE_LISTS: {
        pr_toml_value *t = arg_value(a, PR_TOML_TABLE);
        const pr_toml_value *pairs = arg_list(a, arg, " \t\n");
        for (uint32_t i = 0; i < pairs->u.arr.n; i++) {
            const char *item = pairs->u.arr.items[i]->u.str.s;
            const char *colon = strrchr(item, ':');
            if (!colon || colon == item) {
                pr_cli_error("%s: expected PATTERN:CODES, not '%s'", option, item);
                fprintf(stderr, "    hint: for example: %s 'tests/*.py:S101,S105'\n", option);
                return NULL;
            }
            if (t->u.tab.n == t->u.tab.cap)
                t->u.tab.items = pr_cli_grow(a, t->u.tab.items, &t->u.tab.cap, sizeof *t->u.tab.items);
            pr_toml_pair *kv = &t->u.tab.items[t->u.tab.n++];
            memset(kv, 0, sizeof *kv);
            kv->key = pr_arena_strndup(a, item, (size_t)(colon - item));
            kv->value = arg_list(a, colon + 1, ",");
        }
        return t;
    }
    default:
        return arg_string(a, arg, strlen(arg));
    }
}

/* The closest option name to an unknown one, for the hint. */
static void unknown_option(const char *arg)
{
    const char *names[NOPTIONS + 128];
    size_t n = 0;
    for (int i = 0; i < NOPTIONS; i++)
        names[n++] = options[i].name;
    n += pr_cli_settings_top_keys(names + n, 128);
    const char *name = arg + strspn(arg, "-");
    const char *near = pr_cli_closest(name, names, n);
    char hint[128];
    snprintf(hint, sizeof hint, "did you mean --%s?", near ? near : "");
    usage_error("unknown option %s", arg, near ? hint : NULL);
}

bool pr_cli_args_parse(pr_arena *a, int argc, char **argv, pr_cli_args *args, pr_cli_config *c)
{
    memset(args, 0, sizeof *args);
    args->color = -1;
    args->paths = pr_arena_alloc(a, (size_t)(argc + 1) * sizeof *args->paths);
    int i = 1;
    if (argc > 1 && strcmp(argv[1], "rule") == 0) {
        if (argc != 3)
            return usage_error("%s", "usage: pyreview rule CODE", NULL);
        args->command = PR_CMD_RULE;
        args->rule = argv[2];
        return true;
    }
    bool options_done = false;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (options_done || arg[0] != '-' || arg[1] == 0) {
            args->paths[args->npaths++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options_done = true;
            continue;
        }
        const option *o = NULL;
        const char *value = NULL;
        if (arg[1] != '-') {
            /* -h, -q, -j N, -jN */
            for (int k = 0; k < NOPTIONS && !o; k++)
                if (options[k].short_name == arg[1])
                    o = &options[k];
            if (!o || (!o->metavar && arg[2])) {
                unknown_option(arg);
                return false;
            }
            if (o->metavar)
                value = arg[2] ? arg + 2 : NULL;
        } else {
            const char *name = arg + 2, *eq = strchr(name, '=');
            size_t len = eq ? (size_t)(eq - name) : strlen(name);
            o = find_long(name, len);
            value = eq ? eq + 1 : NULL;
            if (!o) {
                /* a setting: --KEY VALUE, --KEY=VALUE, --KEY / --no-KEY for booleans */
                char key[64];
                bool negated = len > 3 && strncmp(name, "no-", 3) == 0;
                snprintf(key, sizeof key, "%.*s", (int)(negated ? len - 3 : len), negated ? name + 3 : name);
                bool is_bool = pr_cli_settings_kind(key) == PR_VALUE_BOOL;
                if (!pr_cli_settings_is_top_level(key) || (negated && !is_bool)) {
                    unknown_option(arg);
                    return false;
                }
                if (is_bool && !value)
                    value = negated ? "false" : "true";
                else if (negated)
                    return usage_error("%s takes no value", arg, NULL);
                if (!value) {
                    if (i + 1 >= argc)
                        return usage_error("%s needs a value", arg, NULL);
                    value = argv[++i];
                }
                const char *k = pr_arena_strndup(a, key, strlen(key));
                const pr_toml_value *v = value_from_arg(a, k, value, arg);
                if (!v)
                    return false;
                pr_cli_origin origin = {NULL, pr_arena_strndup(a, arg, eq ? (size_t)(eq - arg) : strlen(arg))};
                pr_cli_settings probe;
                pr_cli_settings_init(a, &probe, pr_cli_cwd());
                if (!pr_cli_settings_set(a, &probe, 1, k, v, &origin))
                    return false;
                pr_cli_config_override(c, k, v, origin.option);
                continue;
            }
            if (!o->metavar && value)
                return usage_error("%s takes no value", arg, NULL);
        }
        if (o->metavar && !value) {
            if (i + 1 >= argc)
                return usage_error("%s needs a value", arg, NULL);
            value = argv[++i];
        }
        if (!own_option(a, o, value, args, c))
            return false;
    }
    return true;
}
