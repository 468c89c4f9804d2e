/* The pyreview command, the one public header of cli/: the command line and configuration
** (TOML reader, settings table, discovery of configuration files), the files a run looks
** at (directory walk, excludes, .gitignore), which rules run where (selectors, aliases,
** per-file ignores), suppression comments and baselines, the run itself (a thread pool
** over files) and the output formats.  Passes never see any of it but pr_options. */
#ifndef PR_CLI_H
#define PR_CLI_H

#include <regex.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ast/arena.h"
#include "ast/sbuf.h"
#include "grammar/parse.h"
#include "lexer/lexer.h"
#include "passes/findings.h"
#include "passes/options.h"

/* ------------------------------------------------------------------ errors (util.c) */

/* Reports that memory ran out and exits with status 2. */
_Noreturn void pr_cli_out_of_memory(void);
/* An error in a configuration file: `FILE:LINE:COL: error: MESSAGE`, then the hint. */
void pr_cli_error_at(const char *file, uint32_t line, uint32_t col, const char *hint, const char *fmt,
                     ...) __attribute__((format(printf, 5, 6)));
/* Any other error: `pyreview: MESSAGE`. */
void pr_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The closest of n candidates to word (edit distance at most a third of its length), or
** NULL. */
const char *pr_cli_closest(const char *word, const char *const *candidates, size_t n);
/* Paths: the current directory (absolute, no trailing slash); path made absolute and
** normalised lexically (no ".", "..", or repeated slashes; symbolic links are not
** resolved); an absolute path shown relative to the current directory when below it. */
const char *pr_cli_cwd(void);
char *pr_cli_abspath(pr_arena *a, const char *path);
const char *pr_cli_display_path(const char *abspath);

/* Standard output: writes that remember the first failure, and the end of the run, which
** reports a failed write ("pyreview: write error: ...", quietly for a closed pipe) and
** returns 2, or 0 when everything was written. */
void pr_cli_output(const char *data, size_t len);
int pr_cli_output_finish(void);

/* A path as text formats show it: control characters (a newline in a file name) escaped,
** so that one finding stays on one line. */
void pr_cli_put_path(pr_sbuf *out, const char *path);
/* The directory part of an absolute path ("/" for a file at the root). */
char *pr_cli_dirname(pr_arena *a, const char *abspath);
/* An array in the arena (*cap items of size bytes) grown to twice its capacity (at least
** 8), moved if it must be: `if (n == cap) items = pr_cli_grow(a, items, &cap, sizeof *items);` */
void *pr_cli_grow(pr_arena *a, void *items, uint32_t *cap, size_t size);

/* ------------------------------------------------------------------ TOML (toml.c) */

typedef enum pr_toml_type {
    PR_TOML_STRING, PR_TOML_INTEGER, PR_TOML_FLOAT, PR_TOML_BOOLEAN, PR_TOML_DATETIME,
    PR_TOML_ARRAY, PR_TOML_TABLE
} pr_toml_type;

typedef struct pr_toml_value pr_toml_value;

typedef struct pr_toml_pair {
    const char *key;
    pr_toml_value *value;
    uint32_t line, col;        /* where the key is written */
} pr_toml_pair;

struct pr_toml_value {
    pr_toml_type type;
    uint8_t flags;             /* toml.c's record of how a table was defined */
    uint32_t line, col;        /* 1-based; the column counts characters */
    union {
        struct { const char *s; size_t len; } str;   /* STRING, DATETIME (its text) */
        int64_t i;
        double f;
        bool b;
        struct { pr_toml_value **items; uint32_t n, cap; } arr;
        struct { pr_toml_pair *items; uint32_t n, cap; } tab;   /* in document order */
    } u;
};

typedef struct pr_toml_error {
    uint32_t line, col;
    char msg[256];
    char hint[256];            /* "" when there is none */
} pr_toml_error;

/* The document text (len bytes) as a table allocated in a, or NULL with err filled. */
pr_toml_value *pr_cli_toml_parse(pr_arena *a, const char *text, size_t len, pr_toml_error *err);
/* The value of key in a table, or NULL. */
const pr_toml_value *pr_cli_toml_get(const pr_toml_value *table, const char *key);
/* "a string", "an integer", ... for messages. */
const char *pr_cli_toml_type_name(pr_toml_type t);

/* ------------------------------------------------------------------ globs (glob.c) */

typedef struct pr_cli_glob {
    const char *text;          /* as written */
    const char *body;          /* what is matched: without '!', the leading and trailing '/' */
    const char *base;          /* absolute directory an anchored pattern starts from */
    bool negated, dir_only, anchored;
} pr_cli_glob;

typedef struct pr_cli_globs {
    pr_cli_glob *items;
    uint32_t n, cap;
} pr_cli_globs;

/* Compiles text (git's dialect) relative to base; false for an empty pattern. */
bool pr_cli_glob_compile(pr_arena *a, pr_cli_glob *g, const char *text, const char *base);
/* Whether g matches the absolute path (of a directory when is_dir). */
bool pr_cli_glob_matches(const pr_cli_glob *g, const char *abspath, bool is_dir);
/* The same, or g matches a directory above the path. */
bool pr_cli_glob_matches_within(const pr_cli_glob *g, const char *abspath, bool is_dir);
void pr_cli_globs_add(pr_arena *a, pr_cli_globs *list, const char *text, const char *base);
/* The last pattern of the list that matches: 1 (excluded), -1 (re-included by '!'), or 0. */
int pr_cli_globs_decide(const pr_cli_globs *list, const char *abspath, bool is_dir);

/* ------------------------------------------------------------------ rule sets (select.c) */

#define PR_CLI_RULESET_WORDS ((PR_RULE_COUNT + 63) / 64)

typedef struct pr_cli_ruleset {
    uint64_t bits[PR_CLI_RULESET_WORDS];
} pr_cli_ruleset;

static inline bool pr_cli_ruleset_has(const pr_cli_ruleset *s, int rule)
{
    return s->bits[rule / 64] >> (rule % 64) & 1;
}
static inline void pr_cli_ruleset_add(pr_cli_ruleset *s, int rule)
{
    s->bits[rule / 64] |= (uint64_t)1 << (rule % 64);
}
bool pr_cli_ruleset_empty(const pr_cli_ruleset *s);

/* Where a code is read: the meaning of a few aliases depends on it. */
typedef enum pr_cli_code_context {
    PR_CLI_IN_SETTINGS,        /* select, ignore, per-file-ignores, baselines */
    PR_CLI_IN_COMMENT,         /* a suppression comment */
    PR_CLI_IN_EXCEPT_COMMENT   /* a suppression comment on an `except` line */
} pr_cli_code_context;

/* The rules a selector names: ALL, a code or code prefix ("F", "F4", "F401"), a rule name
** ("unused-import"), or an alias (RULES.md §4.3: "W0611", "B602", "unused-import" ...).
** Returns its specificity (ALL 0, a prefix its length, a whole code, name or alias 100),
** or -1 when it names nothing pyreview knows. */
int pr_cli_selector(const char *text, size_t len, pr_cli_code_context where, pr_cli_ruleset *out);
/* A known selector close to an unknown one, or NULL. */
const char *pr_cli_selector_hint(const char *text);

/* One layer of rule selection (the configuration file's, or the command line's). */
typedef struct pr_cli_select_entry {
    pr_cli_ruleset rules;
    int specificity;
    bool on;                   /* select / extend-select; else ignore */
} pr_cli_select_entry;

typedef struct pr_cli_layer {
    bool has_select;           /* `select` given: the layer starts from nothing */
    pr_cli_select_entry *items;
    uint32_t n, cap;
} pr_cli_layer;

/* The rules on after the layers, in order, over the default set; within a layer the most
** specific selector wins, and ignore wins a tie (ruff's resolution). */
void pr_cli_select_resolve(const pr_cli_layer *layers, int nlayers, pr_cli_ruleset *enabled);
/* The same over the rules in start rather than the default set (from nothing: the rules
** the selectors themselves turn on). */
void pr_cli_select_resolve_from(const pr_cli_layer *layers, int nlayers, const pr_cli_ruleset *start,
                                pr_cli_ruleset *enabled);

/* ------------------------------------------------------------------ settings (settings.c) */

typedef enum pr_cli_format {
    PR_FORMAT_CONCISE, PR_FORMAT_FULL, PR_FORMAT_REVIEW, PR_FORMAT_JSON, PR_FORMAT_JSON_LINES,
    PR_FORMAT_SARIF, PR_FORMAT_GITHUB, PR_FORMAT_JUNIT
} pr_cli_format;

extern const char *const pr_cli_format_names[];

typedef struct pr_cli_file_ignore {
    pr_cli_glob glob;          /* negated: the codes apply to files it does *not* match */
    pr_cli_ruleset rules;
    int layer;
} pr_cli_file_ignore;

/* Everything a configuration file and the command line decide, for the files one
** configuration file governs. */
typedef struct pr_cli_settings {
    const char *config_path;   /* absolute; NULL: no configuration file */
    const char *root;          /* absolute: where anchored patterns and the baseline's paths start */
    pr_cli_globs exclude, extend_exclude;
    bool respect_gitignore, force_exclude, strict_suppressions;
    bool public_api;                         /* RVW202 reports nothing */
    int min_severity, min_confidence;        /* pr_level; 0: everything */
    int output_format;                       /* pr_cli_format; -1: not set */
    const char *baseline;                    /* absolute; NULL: none */
    pr_strlist external;                     /* code prefixes that belong to other tools */
    pr_cli_layer layers[2];
    pr_cli_file_ignore *file_ignores;
    uint32_t nfile_ignores, cap_file_ignores;
    pr_options options;
    pr_command_wrapper *wrappers;            /* options.command_wrappers, growable */
    uint32_t cap_wrappers;
    regex_t dummy_re;
    bool dummy_re_compiled;
    pr_cli_ruleset enabled;                  /* resolved; before per-file ignores */
    pr_cli_ruleset chosen;                   /* the rules selectors turn on, defaults aside */
} pr_cli_settings;

/* Where a value comes from, for its error messages. */
typedef struct pr_cli_origin {
    const char *file;          /* a configuration file (as shown), or NULL: the command line */
    const char *option;        /* the command-line option */
} pr_cli_origin;

void pr_cli_settings_init(pr_arena *a, pr_cli_settings *s, const char *root);
/* Sets key (dotted for a section: "naming.ignore-names") from v in a layer (0: a
** configuration file, 1: the command line).  Returns false after reporting an error. */
bool pr_cli_settings_set(pr_arena *a, pr_cli_settings *s, int layer, const char *key,
                         const pr_toml_value *v, const pr_cli_origin *o);
/* Every key of a `[tool.pyreview]` table (table_name "tool.pyreview") or of a pyreview.toml
** (table_name ""); unknown keys are errors with a hint.  Returns the number of errors
** reported. */
int pr_cli_settings_load_table(pr_arena *a, pr_cli_settings *s, const pr_toml_value *table,
                               const char *table_name, const pr_cli_origin *o);
/* Resolves the rule selection and compiles what needs compiling; false after an error. */
bool pr_cli_settings_finish(pr_cli_settings *s, const pr_cli_origin *o);
void pr_cli_settings_free(pr_cli_settings *s);
/* The shape of the TOML value a key takes, for values made from command-line options. */
typedef enum pr_cli_value_kind {
    PR_VALUE_NONE,             /* no such key */
    PR_VALUE_BOOL, PR_VALUE_INT, PR_VALUE_STRING,
    PR_VALUE_LIST,             /* an array of strings */
    PR_VALUE_LISTS,            /* a table of arrays of strings (per-file-ignores) */
    PR_VALUE_TABLE             /* a table of tables (security.command-wrappers) */
} pr_cli_value_kind;
pr_cli_value_kind pr_cli_settings_kind(const char *key);
/* Whether key is a top-level key (an option too). */
bool pr_cli_settings_is_top_level(const char *key);
/* The top-level keys (the settings that are options), at most cap of them. */
size_t pr_cli_settings_top_keys(const char **out, size_t cap);
/* --show-settings: every key with its resolved value, as TOML. */
void pr_cli_settings_print(pr_sbuf *out, const pr_cli_settings *s);
/* --help's list of the settings that are options too. */
void pr_cli_settings_help(pr_sbuf *out);
/* The rules on for one file: enabled less its per-file ignores. */
void pr_cli_settings_rules_for(const pr_cli_settings *s, const char *abspath, pr_cli_ruleset *out);

/* ------------------------------------------------------------------ configuration files (config.c) */

typedef struct pr_cli_assignment {
    const char *key;
    const pr_toml_value *value;
    const char *option;        /* how the command line gave it */
} pr_cli_assignment;

typedef struct pr_cli_config_dir pr_cli_config_dir;

typedef struct pr_cli_config {
    pr_arena *arena;
    bool isolated;                       /* --isolated: no configuration file at all */
    const char *explicit_path;           /* --config FILE (absolute), or NULL */
    pr_cli_settings *explicit_settings;
    int explicit_state;                  /* 0: not read yet; 1: read; -1: broken */
    pr_cli_assignment *cli;              /* the command line's layer */
    uint32_t ncli, cap_cli;
    pr_cli_config_dir *dirs;             /* directories looked at, and what they hold */
    uint32_t ndirs, cap_dirs;
    pr_cli_settings *fallback;           /* no configuration file */
    pr_cli_settings **all;               /* every settings made, to free */
    uint32_t nall, cap_all;
    int errors;
} pr_cli_config;

void pr_cli_config_init(pr_cli_config *c, pr_arena *a);
void pr_cli_config_free(pr_cli_config *c);
/* Adds `key = value` given on the command line; false after an error. */
bool pr_cli_config_override(pr_cli_config *c, const char *key, const pr_toml_value *v, const char *option);
/* --config 'KEY = VALUE': parses the TOML and adds each key; false after an error. */
bool pr_cli_config_override_toml(pr_cli_config *c, const char *text);
/* Builds the settings without a configuration file, and reads --config's file: the
** command line's values are checked once, before any file.  False after an error. */
bool pr_cli_config_check(pr_cli_config *c);
/* The settings for files in directory absdir: from the closest configuration file at or
** above it (ruff's discovery), or --config's, or none.  NULL when that file is broken
** (reported once). */
pr_cli_settings *pr_cli_config_for_dir(pr_cli_config *c, const char *absdir);
/* Walking down: the settings for absdir, whose parent's are inherited, unless absdir holds
** a configuration file of its own. */
pr_cli_settings *pr_cli_config_enter(pr_cli_config *c, const char *absdir, pr_cli_settings *inherited);

/* ------------------------------------------------------------------ files (files.c) */

typedef struct pr_cli_file {
    const char *path;          /* as shown in the output */
    const char *abspath;
    pr_cli_settings *settings; /* NULL: its configuration is broken; not reviewed */
    bool is_stdin;
} pr_cli_file;

typedef struct pr_cli_files {
    pr_cli_file *items;
    size_t n, cap;
} pr_cli_files;

/* Appends the files the paths name or hold ("-": standard input, shown as stdin_name):
** each directory's Python files (*.py, *.pyi) in path order, less the excluded and
** git-ignored ones; symbolic links to directories are not followed.  Returns the number
** of errors reported. */
int pr_cli_collect(pr_cli_config *c, pr_cli_files *out, const char *const *paths, int npaths,
                   const char *stdin_name);

/* Reads a whole regular file into the arena (with room for a NUL after it).  Returns false
** with a message in errbuf when the path cannot be read as a file. */
bool pr_cli_read_file(pr_arena *a, const char *path, char **data, size_t *len, char *errbuf,
                      size_t errlen);

/* ------------------------------------------------------------------ facts of a file (facts.c) */

typedef struct pr_cli_span {
    uint32_t first, last;      /* lines */
    uint32_t extra;            /* scopes: index of the name; statements: the header's last line */
} pr_cli_span;

/* What the suppression comments and baselines need to know of a parsed file's shape. */
typedef struct pr_cli_facts {
    pr_cli_span *strings;      /* multi-line string literals */
    pr_cli_span *imports;      /* import statements over several lines */
    pr_cli_span *statements;   /* every statement, by first line (decorators included) */
    pr_cli_span *suites;       /* blocks of statements: where a pylint disable ends */
    pr_cli_span *scopes;       /* def and class bodies */
    const char **scope_names;  /* "Class.method" */
    int32_t *scope_parents;    /* the scope around each, or -1 */
    uint32_t *except_lines;    /* lines holding `except` */
    uint32_t nstrings, nimports, nstatements, nsuites, nscopes, nexcept;
    uint32_t nlines;
} pr_cli_facts;

void pr_cli_facts_build(pr_arena *a, const pr_parsed *parsed, uint32_t nlines, pr_cli_facts *f);
/* The line a `# noqa` for a finding on line goes on: the last line of a multi-line string,
** the first of a multi-line import, else the line itself. */
uint32_t pr_cli_facts_noqa_line(const pr_cli_facts *f, uint32_t line);
/* The innermost def or class holding line, dotted ("Class.method"); "" at module level. */
const char *pr_cli_facts_scope(const pr_cli_facts *f, uint32_t line);
bool pr_cli_facts_is_except_line(const pr_cli_facts *f, uint32_t line);
/* The statement starting on line, or NULL. */
const pr_cli_span *pr_cli_facts_statement_at(const pr_cli_facts *f, uint32_t line);
/* The first statement starting after line, or NULL. */
const pr_cli_span *pr_cli_facts_statement_after(const pr_cli_facts *f, uint32_t line);
/* The last line of the innermost block holding line. */
uint32_t pr_cli_facts_block_end(const pr_cli_facts *f, uint32_t line);

/* ------------------------------------------------------------------ suppressions (suppress.c) */

typedef struct pr_cli_suppressions pr_cli_suppressions;

/* Reads every suppression comment of a parsed file. */
pr_cli_suppressions *pr_cli_suppress_scan(pr_arena *a, const pr_source *src, const pr_parsed *parsed,
                                          const pr_cli_facts *facts);
/* Whether a finding is suppressed (marking what suppressed it as used). */
bool pr_cli_suppress(pr_cli_suppressions *s, const pr_finding *f);
/* Whether a finding that only the join makes or keeps is suppressed; what suppresses it is
** used only if the join does (what: 2 * the site's index for a project rule's site,
** 2 * cond + 1 for a finding on condition cond). */
bool pr_cli_suppress_pending(pr_cli_suppressions *s, const pr_finding *f, uint32_t what);

/* A directive's RUF100 finding that waits for the join: some of its unused codes (or the
** unused blanket directive) cover findings the join decides. */
enum { PR_NOQA_USED, PR_NOQA_UNUSED, PR_NOQA_PENDING };
typedef struct pr_cli_noqa_wait {
    uint32_t line, col, end_col;   /* the directive's text (byte columns) */
    const char *dialect;           /* "noqa", "nosec", ... */
    const char **codes;            /* the codes RUF100 may name, in order */
    uint8_t *state;                /* per code, then the blanket directive: PR_NOQA_* */
    uint32_t ncodes;
    const uint32_t *claims;        /* (what, index in state) pairs */
    uint32_t nclaims;
} pr_cli_noqa_wait;

/* The findings about the comments themselves: RUF100 (suppressed nothing), PGH004 (blanket
** or colon-less noqa), RVW901 (unknown code), RVW902 (flake8 file-level codes), for the
** rules in on; strict: also unused blanket noqa and unknown foreign codes.  The RUF100
** findings the join decides are left in *waits (made in a). */
void pr_cli_suppress_report(pr_cli_suppressions *s, const pr_cli_ruleset *on, bool strict,
                            const pr_strlist *external, pr_findings *out, pr_arena *a, pr_cli_noqa_wait **waits,
                            uint32_t *nwaits);
/* The message of a waiting RUF100 finding (in a), now that made(data, what) says which
** findings the join made, or NULL when every code turned out used. */
const char *pr_cli_noqa_decide(pr_arena *a, pr_cli_noqa_wait *w, bool (*made)(void *data, uint32_t what),
                               void *data);

/* ------------------------------------------------------------------ results */

/* A finding ready to print: positions as users read them. */
typedef struct pr_cli_item {
    uint16_t rule;
    uint8_t severity, confidence;
    int32_t row, col;          /* 1-based line; 1-based column in characters (E999: CPython's) */
    int32_t end_row, end_col;
    int32_t noqa_row;
    const char *message;       /* E999: "SyntaxError: message" */
    const char *line_text;     /* the source line of row, or NULL */
    const char *scope;         /* enclosing def or class ("" at module level); this and
                               ** line_text are NULL unless the run keeps them (context) */
    uint32_t cond;             /* 0, or the condition of the file's summary that voids it */
} pr_cli_item;

/* Where a project finding may go (a def or an identifier of the file's summary), made
** ready while the file was at hand: positions as items have them, and whether a
** suppression comment covers the rule the site is for. */
typedef struct pr_cli_site {
    int32_t row, col, end_row, end_col, noqa_row;
    bool suppressed;           /* here, packed with the positions: one site per identifier */
    const char *scope;
    const char *line_text;     /* kept for the few sites likely to get a finding; else NULL,
                               ** and the join reads the line again */
} pr_cli_site;

typedef struct pr_cli_result {
    const pr_cli_file *file;
    pr_cli_item *items;
    uint32_t n;
    uint32_t room;             /* the items' array holds this many: the join adds in place */
    const char *error;         /* why the file could not be reviewed, or NULL */
    bool syntax_error;
    bool security_ran;         /* a security rule was on for it */
    uint32_t security_hidden;  /* security findings below the severity or confidence floor */
    pr_cli_ruleset ran;        /* the rules on for it */
    /* module metrics, for the review format (pr_cli_run.metrics) */
    bool has_metrics, mi_ok;
    double mi;                 /* maintainability index, radon's */
    char mi_rank;
    uint32_t nfunctions;       /* functions and methods */
    uint32_t ncomplex;         /* of which rank C or worse in the configured model */
    const char *worst;         /* the most complex one ("C.m"), or NULL */
    int32_t worst_cc;
    /* for the whole-project join (join.c) */
    const struct pr_summary *summary;
    pr_cli_site *sites;
    uint32_t nsites;
    pr_cli_noqa_wait *waits;   /* RUF100 findings it decides */
    pr_cli_item *wait_items;   /* each one's item, but its message */
    uint32_t nwaits;
} pr_cli_result;

/* ------------------------------------------------------------------ the run (run.c) */

typedef enum pr_cli_mode { PR_MODE_REVIEW, PR_MODE_PARSE_ONLY } pr_cli_mode;

typedef struct pr_cli_run {
    pr_cli_mode mode;
    int jobs;                  /* 0: one per processor */
    bool metrics;              /* compute each file's module metrics too */
    bool context;              /* keep each finding's line text and scope, for the output
                               ** formats that show them and the baselines that key on them */
    const char *stdin_data;    /* standard input, read before the run */
    size_t stdin_len;
    pr_cli_result *results;    /* one per file, in file order */
    size_t nresults;
    pr_arena *keep;            /* per worker: the results' memory */
    int nkeep;
    bool tree;                 /* a directory is reviewed: the project rules join it */
    bool selected_unused;      /* a selector names RVW202 for some file */
    pr_cli_ruleset on_somewhere; /* the rules on for at least one file */
    pr_arena join;             /* the join's memory */
} pr_cli_run;

/* Reviews (or parses) every file with a pool of threads; results in file order. */
void pr_cli_run_files(pr_cli_run *run, const pr_cli_files *files);
/* The whole-project join over the results (join.c): voids the findings whose condition a
** base class in another file meets, and adds the project rules' findings (RVW102,
** RVW202), each file's items sorted as before. */
void pr_cli_run_join(pr_cli_run *run);
/* The entry points (`pkg.mod.func`) declared by the pyproject.toml files in the
** directories of the reviewed files and above them (entrypoints.c), in arena a. */
const char **pr_cli_entry_points(pr_arena *a, const pr_cli_run *run, uint32_t *n);
/* Whether a project rule reports in a file (ran: the rules on for it): when on for it, and
** RVW202, when no directory is reviewed, only if a selector names it (alone, a file's
** public names are its interface), and never under `public-api`. */
bool pr_cli_project_rule_on(const pr_cli_run *run, const pr_cli_file *file, const pr_cli_ruleset *ran,
                            pr_rule rule);
void pr_cli_run_free(pr_cli_run *run);

struct pr_lines;
/* The text of line lineno (1-based) of a file's line index, copied into keep; NULL when
** there is no such line. */
const char *pr_cli_line_text(pr_arena *keep, const struct pr_lines *ix, int32_t lineno);

/* Prints one syntax error as `path:line:col: E999 Kind: message`. */
void pr_cli_format_syntax_error(pr_sbuf *out, const char *path, const pr_syntax_error *err);
/* --dump-ast / --dump-tokens of one file; returns the exit status. */
int pr_cli_dump(const char *path, bool tokens);
/* --metrics: each file's complexity, raw and Halstead metrics (metrics.c); returns the
** exit status. */
int pr_cli_metrics(pr_cli_config *c, const char *const *paths, int npaths);

/* ------------------------------------------------------------------ baselines (baseline.c) */

typedef struct pr_cli_baseline pr_cli_baseline;

/* Reads a baseline file; NULL after reporting why. */
pr_cli_baseline *pr_cli_baseline_load(pr_arena *a, const char *abspath);
/* Drops the findings a baseline already knows, one per entry and count (in file order). */
void pr_cli_baseline_filter(pr_cli_baseline *b, pr_cli_result *r);
/* Writes the findings of the results as a baseline; false after reporting an error. */
bool pr_cli_baseline_write(const char *path, const pr_cli_result *results, size_t n);

/* ------------------------------------------------------------------ output (output.c, format_*.c, report.c) */

typedef struct pr_cli_style {
    bool color;
    bool quiet;
} pr_cli_style;

typedef struct pr_cli_outcome {
    const pr_cli_result *results;
    size_t n;
    size_t findings;           /* items in all results */
    size_t errors;             /* files and configurations that could not be read */
} pr_cli_outcome;

void pr_cli_format_concise(pr_sbuf *out, const pr_cli_outcome *o, const pr_cli_style *st, bool full);
void pr_cli_format_json(pr_sbuf *out, const pr_cli_outcome *o, bool lines);
void pr_cli_format_sarif(pr_sbuf *out, const pr_cli_outcome *o);
void pr_cli_format_github(pr_sbuf *out, const pr_cli_outcome *o);
void pr_cli_format_junit(pr_sbuf *out, const pr_cli_outcome *o);
void pr_cli_format_review(pr_sbuf *out, const pr_cli_outcome *o, const pr_cli_style *st);
void pr_cli_format_statistics(pr_sbuf *out, const pr_cli_outcome *o, bool json);

/* Output helpers: JSON string literals, XML text, the relative URI of a path. */
void pr_cli_json_string(pr_sbuf *out, const char *s);
void pr_cli_xml_text(pr_sbuf *out, const char *s);
/* The source line's text with tabs expanded, and a caret line under columns [col, end). */
void pr_cli_snippet(pr_sbuf *out, const pr_cli_item *it, bool color);

/* ------------------------------------------------------------------ the command line (args.c) */

typedef enum pr_cli_command {
    PR_CMD_REVIEW, PR_CMD_PARSE_ONLY, PR_CMD_DUMP_AST, PR_CMD_DUMP_TOKENS, PR_CMD_RULE,
    PR_CMD_LIST_RULES, PR_CMD_SHOW_SETTINGS, PR_CMD_SHOW_FILES, PR_CMD_VERSION, PR_CMD_HELP,
    PR_CMD_METRICS
} pr_cli_command;

typedef struct pr_cli_args {
    pr_cli_command command;
    const char **paths;
    int npaths;
    int jobs;                  /* 0: one per processor */
    bool quiet, exit_zero, statistics;
    int color;                 /* -1: when standard output is a terminal; 0: never; 1: always */
    const char *stdin_filename;
    const char *write_baseline;
    const char *rule;          /* pyreview rule CODE */
} pr_cli_args;

/* Reads the command line: the command's own options into args, the settings' into c.
** Returns false after reporting a usage error. */
bool pr_cli_args_parse(pr_arena *a, int argc, char **argv, pr_cli_args *args, pr_cli_config *c);
void pr_cli_args_help(FILE *out);

/* ------------------------------------------------------------------ rule texts (rules.c) */

/* doc/rules/CODE.md, made into C by rule_docs.awk (the generated cli/rule_docs.c). */
typedef struct pr_cli_rule_text {
    const char *code;
    const char *text;
} pr_cli_rule_text;

extern const pr_cli_rule_text pr_cli_rule_texts[];
extern const size_t pr_cli_nrule_texts;

/* `pyreview rule CODE`: the rule's text; returns the exit status. */
int pr_cli_rule_explain(FILE *out, const char *code);
/* --list-rules. */
void pr_cli_rule_list(FILE *out);
/* The text of a rule's section ("What it does", ...), its first paragraph, or NULL. */
const char *pr_cli_rule_doc(int rule);
bool pr_cli_rule_summary(int rule, char *buf, size_t n);

#endif
