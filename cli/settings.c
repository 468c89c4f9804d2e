/* Settings: the table of settings.def expanded, their defaults, setting one from a TOML
** value (read from a configuration file, or made from a command-line option), loading a
** whole `[tool.pyreview]` table with unknown keys reported and a hint, and printing the
** resolved settings for --show-settings.  A setting's field is found by its offset, so
** a new setting is one line in settings.def. */
#include "cli/cli.h"

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum setting_type {
    BOOL, INT, LEVEL, FORMAT, TARGET, ENUM, STRING, REGEX, PATH, STRLIST, GLOBS, GLOBS_EXTEND,
    SELECT, EXTEND_SELECT, IGNORE, PER_FILE, PER_FILE_EXTEND, WRAPPERS
} setting_type;

typedef struct setting {
    const char *key;
    setting_type type;
    size_t offset;
    const char *values;
    const char *help;
} setting;

static const setting settings[] = {
#define SETTING(key, type, field, values, help) {key, type, offsetof(pr_cli_settings, field), values, help},
#include "cli/settings.def"
#undef SETTING
};
enum { NSETTINGS = sizeof settings / sizeof settings[0] };

static const char *const sections[] = {"naming", "docstrings", "security"};

const char *const pr_cli_format_names[] = {"concise", "full", "review", "json", "json-lines",
                                           "sarif", "github", "junit", NULL};
static const char *const level_names[] = {"low", "medium", "high", NULL};

/* ruff's default excludes (RULES.md §1b). */
static const char *const default_excludes[] = {
    ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache",
    ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox",
    ".venv", ".vscode", "__pypackages__", "_build", "buck-out", "dist", "node_modules",
    "site-packages", "venv",
};

static const char *const wrapper_kinds[] = {"subprocess", "shell", "no-shell", NULL};
static const char *const wrapper_argv[] = {"first", "varargs", NULL};

#define FIELD(s, st, type) ((type *)((char *)(s) + (st)->offset))
#define CFIELD(s, st, type) ((const type *)((const char *)(s) + (st)->offset))

static const setting *find(const char *key)
{
    for (int i = 0; i < NSETTINGS; i++)
        if (strcmp(settings[i].key, key) == 0)
            return &settings[i];
    return NULL;
}

pr_cli_value_kind pr_cli_settings_kind(const char *key)
{
    const setting *st = find(key);
    if (!st)
        return PR_VALUE_NONE;
    switch (st->type) {
    case BOOL: return PR_VALUE_BOOL;
    case INT: return PR_VALUE_INT;
    case STRLIST: case GLOBS: case GLOBS_EXTEND: case SELECT: case EXTEND_SELECT: case IGNORE:
        return PR_VALUE_LIST;
    case PER_FILE: case PER_FILE_EXTEND: return PR_VALUE_LISTS;
    case WRAPPERS: return PR_VALUE_TABLE;
    default: return PR_VALUE_STRING;
    }
}

bool pr_cli_settings_is_top_level(const char *key)
{
    const setting *st = find(key);
    return st && !strchr(key, '.');
}

size_t pr_cli_settings_top_keys(const char **out, size_t cap)
{
    size_t n = 0;
    for (int i = 0; i < NSETTINGS && n < cap; i++)
        if (!strchr(settings[i].key, '.'))
            out[n++] = settings[i].key;
    return n;
}

/* ------------------------------------------------------------------ defaults */

void pr_cli_settings_init(pr_arena *a, pr_cli_settings *s, const char *root)
{
    memset(s, 0, sizeof *s);
    s->root = pr_arena_strndup(a, root, strlen(root));
    for (size_t i = 0; i < sizeof default_excludes / sizeof default_excludes[0]; i++)
        pr_cli_globs_add(a, &s->exclude, default_excludes[i], s->root);
    s->respect_gitignore = true;
    s->output_format = -1;
    s->options = pr_options_defaults;
    /* the wrappers grow as configuration adds some: a copy of the defaults */
    s->cap_wrappers = s->options.ncommand_wrappers + 4;
    s->wrappers = pr_arena_alloc(a, s->cap_wrappers * sizeof *s->wrappers);
    memcpy(s->wrappers, s->options.command_wrappers, s->options.ncommand_wrappers * sizeof *s->wrappers);
    s->options.command_wrappers = s->wrappers;
}

/* ------------------------------------------------------------------ errors */

static void bad(const pr_cli_origin *o, const char *key, const pr_toml_value *v, const char *hint,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void bad(const pr_cli_origin *o, const char *key, const pr_toml_value *v, const char *hint,
                const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (o->file && v && v->line)
        pr_cli_error_at(o->file, v->line, v->col, hint, "%s: %s", key, msg);
    else if (o->option && strcmp(o->option, "--config") == 0) {
        pr_cli_error("--config: %s: %s", key, msg);
        if (hint && *hint)
            fprintf(stderr, "    hint: %s\n", hint);
    } else {
        pr_cli_error("%s: %s", o->option ? o->option : key, msg);
        if (hint && *hint)
            fprintf(stderr, "    hint: %s\n", hint);
    }
}

static bool expect_type(const pr_cli_origin *o, const char *key, const pr_toml_value *v, pr_toml_type t,
                        const char *example)
{
    if (v->type == t)
        return true;
    char hint[128];
    snprintf(hint, sizeof hint, "for example: %s = %s", key, example);
    bad(o, key, v, hint, "expected %s, not %s", pr_cli_toml_type_name(t), pr_cli_toml_type_name(v->type));
    return false;
}

/* The index of v (a string) in a NULL-terminated list of names, or -1 after an error. */
static int one_of(const pr_cli_origin *o, const char *key, const pr_toml_value *v, const char *const *names)
{
    if (!expect_type(o, key, v, PR_TOML_STRING, "\"...\""))
        return -1;
    for (int i = 0; names[i]; i++)
        if (strcasecmp(v->u.str.s, names[i]) == 0)
            return i;
    char hint[256] = "one of:";
    for (int i = 0; names[i]; i++)
        snprintf(hint + strlen(hint), sizeof hint - strlen(hint), " %s", names[i]);
    bad(o, key, v, hint, "unknown value '%s'", v->u.str.s);
    return -1;
}

/* "a b c" as a list of names, in a static buffer of pointers for one_of. */
static int one_of_words(const pr_cli_origin *o, const char *key, const pr_toml_value *v, const char *words)
{
    char buf[256], *save;
    const char *names[16];
    snprintf(buf, sizeof buf, "%s", words);
    int n = 0;
    for (char *w = strtok_r(buf, " ", &save); w && n < 15; w = strtok_r(NULL, " ", &save))
        names[n++] = w;
    names[n] = NULL;
    return one_of(o, key, v, names);
}

static bool strings(const pr_cli_origin *o, const char *key, const pr_toml_value *v)
{
    if (!expect_type(o, key, v, PR_TOML_ARRAY, "[\"...\", \"...\"]"))
        return false;
    for (uint32_t i = 0; i < v->u.arr.n; i++)
        if (v->u.arr.items[i]->type != PR_TOML_STRING) {
            bad(o, key, v->u.arr.items[i], NULL, "expected an array of strings; item %u is %s", i + 1,
                pr_cli_toml_type_name(v->u.arr.items[i]->type));
            return false;
        }
    return true;
}

/* ------------------------------------------------------------------ setting one key */

static void layer_add(pr_arena *a, pr_cli_layer *l, const pr_cli_ruleset *rules, int spec, bool on)
{
    if (l->n == l->cap)
        l->items = pr_cli_grow(a, l->items, &l->cap, sizeof *l->items);
    l->items[l->n++] = (pr_cli_select_entry){*rules, spec, on};
}

static bool selector(const pr_cli_origin *o, const char *key, const pr_toml_value *v, pr_cli_ruleset *rules,
                     int *spec)
{
    *spec = pr_cli_selector(v->u.str.s, v->u.str.len, PR_CLI_IN_SETTINGS, rules);
    if (*spec >= 0)
        return true;
    const char *near = pr_cli_selector_hint(v->u.str.s);
    char hint[160];
    if (near)
        snprintf(hint, sizeof hint, "did you mean '%s'? (pyreview --list-rules lists every rule)", near);
    else
        snprintf(hint, sizeof hint, "pyreview --list-rules lists every rule");
    bad(o, key, v, hint, "unknown rule selector '%s'", v->u.str.s);
    return false;
}

static bool set_selectors(pr_arena *a, pr_cli_settings *s, int layer, const setting *st, const pr_toml_value *v,
                          const pr_cli_origin *o)
{
    if (!strings(o, st->key, v))
        return false;
    pr_cli_layer *l = &s->layers[layer];
    if (st->type == SELECT)
        l->has_select = true;
    bool ok = true;
    for (uint32_t i = 0; i < v->u.arr.n; i++) {
        pr_cli_ruleset rules;
        int spec;
        if (selector(o, st->key, v->u.arr.items[i], &rules, &spec))
            layer_add(a, l, &rules, spec, st->type != IGNORE);
        else
            ok = false;
    }
    return ok;
}

static bool set_file_ignores(pr_arena *a, pr_cli_settings *s, int layer, const setting *st,
                             const pr_toml_value *v, const pr_cli_origin *o)
{
    if (!expect_type(o, st->key, v, PR_TOML_TABLE, "{ \"tests/*.py\" = [\"S101\"] }"))
        return false;
    if (st->type == PER_FILE) {
        /* per-file-ignores replaces what an earlier layer gave, not its own extensions */
        uint32_t kept = 0;
        for (uint32_t i = 0; i < s->nfile_ignores; i++)
            if (s->file_ignores[i].layer >= layer)
                s->file_ignores[kept++] = s->file_ignores[i];
        s->nfile_ignores = kept;
    }
    const char *base = layer == 0 ? s->root : pr_cli_cwd();
    bool ok = true;
    for (uint32_t i = 0; i < v->u.tab.n; i++) {
        const pr_toml_pair *kv = &v->u.tab.items[i];
        if (kv->value->type != PR_TOML_ARRAY) {
            char hint[160];
            snprintf(hint, sizeof hint, "for example: \"%s\" = [\"F401\"]", kv->key);
            bad(o, st->key, kv->value, hint, "pattern '%s': expected an array of rules, not %s", kv->key,
                pr_cli_toml_type_name(kv->value->type));
            ok = false;
            continue;
        }
        if (!strings(o, st->key, kv->value)) {
            ok = false;
            continue;
        }
        pr_cli_file_ignore fi;
        memset(&fi, 0, sizeof fi);
        fi.layer = layer;
        if (!pr_cli_glob_compile(a, &fi.glob, kv->key, base)) {
            bad(o, st->key, kv->value, NULL, "empty pattern");
            ok = false;
            continue;
        }
        for (uint32_t j = 0; j < kv->value->u.arr.n; j++) {
            pr_cli_ruleset rules;
            int spec;
            if (!selector(o, st->key, kv->value->u.arr.items[j], &rules, &spec)) {
                ok = false;
                continue;
            }
            for (int w = 0; w < PR_CLI_RULESET_WORDS; w++)
                fi.rules.bits[w] |= rules.bits[w];
        }
        if (s->nfile_ignores == s->cap_file_ignores)
            s->file_ignores = pr_cli_grow(a, s->file_ignores, &s->cap_file_ignores, sizeof *s->file_ignores);
        s->file_ignores[s->nfile_ignores++] = fi;
    }
    return ok;
}

static pr_strlist strlist(pr_arena *a, const pr_toml_value *v)
{
    const char **items = pr_arena_alloc(a, (v->u.arr.n + 1) * sizeof *items);
    for (uint32_t i = 0; i < v->u.arr.n; i++)
        items[i] = v->u.arr.items[i]->u.str.s;
    return (pr_strlist){items, v->u.arr.n};
}

static bool set_wrappers(pr_arena *a, pr_cli_settings *s, const setting *st, const pr_toml_value *v,
                         const pr_cli_origin *o)
{
    static const char *const fields[] = {"kind", "argv", "shell-kw", "privilege-kw"};
    if (!expect_type(o, st->key, v, PR_TOML_TABLE,
                     "{ \"pkg.utils.execute\" = { kind = \"subprocess\", argv = \"varargs\" } }"))
        return false;
    bool ok = true;
    for (uint32_t i = 0; i < v->u.tab.n; i++) {
        const pr_toml_pair *kv = &v->u.tab.items[i];
        if (!expect_type(o, st->key, kv->value, PR_TOML_TABLE, "{ \"name\" = { kind = \"subprocess\" } }")) {
            ok = false;
            continue;
        }
        /* shell-kw is "shell" unless given ("" for none): a declared wrapper asked for a
        ** shell gets S602, as subprocess.run does, not nothing */
        pr_command_wrapper w = {kv->key, PR_WRAPPER_SUBPROCESS, PR_ARGV_FIRST, "shell", {NULL, 0}};
        for (uint32_t j = 0; j < kv->value->u.tab.n; j++) {
            const pr_toml_pair *f = &kv->value->u.tab.items[j];
            int k;
            if (strcmp(f->key, "kind") == 0) {
                if ((k = one_of(o, "kind", f->value, wrapper_kinds)) < 0)
                    ok = false;
                else
                    w.kind = (pr_wrapper_kind)k;
            } else if (strcmp(f->key, "argv") == 0) {
                if ((k = one_of(o, "argv", f->value, wrapper_argv)) < 0)
                    ok = false;
                else
                    w.argv = (pr_wrapper_argv)k;
            } else if (strcmp(f->key, "shell-kw") == 0) {
                if (expect_type(o, "shell-kw", f->value, PR_TOML_STRING, "\"shell\""))
                    w.shell_kw = f->value->u.str.s[0] ? f->value->u.str.s : NULL;
                else
                    ok = false;
            } else if (strcmp(f->key, "privilege-kw") == 0) {
                if (strings(o, "privilege-kw", f->value))
                    w.privilege_kw = strlist(a, f->value);
                else
                    ok = false;
            } else {
                const char *near = pr_cli_closest(f->key, fields, 4);
                char hint[160];
                snprintf(hint, sizeof hint, near ? "did you mean '%s'?" : "a wrapper takes %s",
                         near ? near : "kind, argv, shell-kw and privilege-kw");
                pr_toml_value at = {.line = f->line, .col = f->col};
                bad(o, st->key, &at, hint, "unknown key '%s' in command wrapper '%s'", f->key, kv->key);
                ok = false;
            }
        }
        /* a wrapper named again replaces the earlier one (the default included) */
        uint32_t at = 0;
        while (at < s->options.ncommand_wrappers && strcmp(s->wrappers[at].name, w.name) != 0)
            at++;
        if (at == s->cap_wrappers) {
            s->wrappers = pr_arena_grow(a, s->wrappers, s->cap_wrappers * sizeof *s->wrappers,
                                        2 * s->cap_wrappers * sizeof *s->wrappers);
            s->cap_wrappers *= 2;
        }
        s->wrappers[at] = w;
        if (at == s->options.ncommand_wrappers)
            s->options.ncommand_wrappers++;
    }
    return ok;
}

bool pr_cli_settings_set(pr_arena *a, pr_cli_settings *s, int layer, const char *key, const pr_toml_value *v,
                         const pr_cli_origin *o)
{
    const setting *st = find(key);
    if (!st) {
        const char *names[NSETTINGS];
        for (int i = 0; i < NSETTINGS; i++)
            names[i] = settings[i].key;
        const char *near = pr_cli_closest(key, names, NSETTINGS);
        char hint[128];
        snprintf(hint, sizeof hint, near ? "did you mean '%s'?" : "pyreview --show-settings lists every key",
                 near);
        bad(o, key, v, hint, "unknown key");
        return false;
    }
    const char *base = layer == 0 ? s->root : pr_cli_cwd();
    int k;
    switch (st->type) {
    case BOOL:
        if (!expect_type(o, key, v, PR_TOML_BOOLEAN, "true"))
            return false;
        *FIELD(s, st, bool) = v->u.b;
        return true;
    case INT:
        if (!expect_type(o, key, v, PR_TOML_INTEGER, "10"))
            return false;
        if (v->u.i < 0 || v->u.i > INT_MAX) {
            bad(o, key, v, NULL, "%lld is out of range (0 or more)", (long long)v->u.i);
            return false;
        }
        *FIELD(s, st, int) = (int)v->u.i;
        return true;
    case LEVEL:
        if ((k = one_of(o, key, v, level_names)) < 0)
            return false;
        *FIELD(s, st, int) = k + PR_LOW;
        return true;
    case FORMAT:
        if ((k = one_of(o, key, v, pr_cli_format_names)) < 0)
            return false;
        *FIELD(s, st, int) = k;
        return true;
    case TARGET: {
        if (!expect_type(o, key, v, PR_TOML_STRING, "\"py311\""))
            return false;
        const char *t = v->u.str.s;
        char *end;
        long minor = strncmp(t, "py3", 3) == 0 && t[3] ? strtol(t + 3, &end, 10) : -1;
        if (minor < 7 || minor > 14 || *end) {
            bad(o, key, v, "py37, py38, ... py314", "unknown Python version '%s'", t);
            return false;
        }
        *FIELD(s, st, int) = (int)minor;
        return true;
    }
    case ENUM:
        if ((k = one_of_words(o, key, v, st->values)) < 0)
            return false;
        *FIELD(s, st, int) = k;
        return true;
    case REGEX: {
        if (!expect_type(o, key, v, PR_TOML_STRING, "\"^_\""))
            return false;
        regex_t re;
        int rc = regcomp(&re, v->u.str.s, REG_EXTENDED | REG_NOSUB);
        if (rc != 0) {
            char why[128];
            regerror(rc, &re, why, sizeof why);
            bad(o, key, v, "a POSIX extended regular expression", "invalid regular expression: %s", why);
            return false;
        }
        regfree(&re);
        *FIELD(s, st, const char *) = v->u.str.s;
        return true;
    }
    case STRING:
        if (!expect_type(o, key, v, PR_TOML_STRING, "\"...\""))
            return false;
        *FIELD(s, st, const char *) = v->u.str.s;
        return true;
    case PATH: {
        if (!expect_type(o, key, v, PR_TOML_STRING, "\"pyreview-baseline.toml\""))
            return false;
        const char *p = v->u.str.s;
        if (p[0] != '/') {
            size_t n = strlen(base) + strlen(p) + 2;
            char *joined = pr_arena_alloc(a, n);
            snprintf(joined, n, "%s/%s", base, p);
            p = joined;
        }
        *FIELD(s, st, const char *) = pr_cli_abspath(a, p);
        return true;
    }
    case STRLIST:
        if (!strings(o, key, v))
            return false;
        *FIELD(s, st, pr_strlist) = strlist(a, v);
        return true;
    case GLOBS:
    case GLOBS_EXTEND: {
        if (!strings(o, key, v))
            return false;
        pr_cli_globs *g = FIELD(s, st, pr_cli_globs);
        if (st->type == GLOBS)
            g->n = 0;
        for (uint32_t i = 0; i < v->u.arr.n; i++)
            pr_cli_globs_add(a, g, v->u.arr.items[i]->u.str.s, base);
        return true;
    }
    case SELECT:
    case EXTEND_SELECT:
    case IGNORE:
        return set_selectors(a, s, layer, st, v, o);
    case PER_FILE:
    case PER_FILE_EXTEND:
        return set_file_ignores(a, s, layer, st, v, o);
    case WRAPPERS:
        return set_wrappers(a, s, st, v, o);
    }
    return false;
}

/* ------------------------------------------------------------------ whole tables */

static bool is_section(const char *key)
{
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
        if (strcmp(sections[i], key) == 0)
            return true;
    return false;
}

/* An unknown key: the closest key of the same table, or the table it belongs in. */
static void unknown_key(const pr_cli_origin *o, const pr_toml_pair *kv, const char *section,
                        const char *table_name)
{
    const char *names[NSETTINGS + 4];
    size_t n = 0;
    size_t plen = section ? strlen(section) : 0;
    char hint[256] = "";
    for (int i = 0; i < NSETTINGS; i++) {
        const char *k = settings[i].key;
        const char *dot = strchr(k, '.');
        if (section ? (dot && (size_t)(dot - k) == plen && strncmp(k, section, plen) == 0) : !dot)
            names[n++] = section ? dot + 1 : k;
        if (dot && strcmp(dot + 1, kv->key) == 0)
            snprintf(hint, sizeof hint, "'%s' belongs in the [%.*s] table: %s", kv->key, (int)(dot - k), k, k);
        else if (section && !dot && strcmp(k, kv->key) == 0)
            snprintf(hint, sizeof hint, "'%s' belongs at the top level, not in [%s]", k, section);
    }
    if (!section)
        for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
            names[n++] = sections[i];
    const char *near = pr_cli_closest(kv->key, names, n);
    if (!*hint && near)
        snprintf(hint, sizeof hint, "did you mean '%s'?", near);
    if (!*hint)
        snprintf(hint, sizeof hint, "pyreview --help lists the settings; man pyreview explains them");
    if (o->file && (*table_name || section))
        pr_cli_error_at(o->file, kv->line, kv->col, hint, "unknown key '%s' in [%s%s%s]", kv->key, table_name,
                        *table_name && section ? "." : "", section ? section : "");
    else if (o->file)
        pr_cli_error_at(o->file, kv->line, kv->col, hint, "unknown key '%s'", kv->key);
    else {
        pr_cli_error("%s: unknown key '%s%s%s'", o->option, section ? section : "", section ? "." : "",
                     kv->key);
        fprintf(stderr, "    hint: %s\n", hint);
    }
}

int pr_cli_settings_load_table(pr_arena *a, pr_cli_settings *s, const pr_toml_value *table,
                               const char *table_name, const pr_cli_origin *o)
{
    int errors = 0;
    for (uint32_t i = 0; i < table->u.tab.n; i++) {
        const pr_toml_pair *kv = &table->u.tab.items[i];
        if (is_section(kv->key) && kv->value->type == PR_TOML_TABLE) {
            const pr_toml_value *sub = kv->value;
            for (uint32_t j = 0; j < sub->u.tab.n; j++) {
                const pr_toml_pair *skv = &sub->u.tab.items[j];
                char full[128];
                snprintf(full, sizeof full, "%s.%s", kv->key, skv->key);
                if (!find(full)) {
                    unknown_key(o, skv, kv->key, table_name);
                    errors++;
                } else if (!pr_cli_settings_set(a, s, 0, full, skv->value, o)) {
                    errors++;
                }
            }
        } else if (is_section(kv->key)) {
            bad(o, kv->key, kv->value, NULL, "expected a table, not %s", pr_cli_toml_type_name(kv->value->type));
            errors++;
        } else if (!find(kv->key) || strchr(kv->key, '.')) {
            unknown_key(o, kv, NULL, table_name);
            errors++;
        } else if (!pr_cli_settings_set(a, s, 0, kv->key, kv->value, o)) {
            errors++;
        }
    }
    return errors;
}

bool pr_cli_settings_finish(pr_cli_settings *s, const pr_cli_origin *o)
{
    pr_cli_select_resolve(s->layers, 2, &s->enabled);
    pr_cli_ruleset none;
    memset(&none, 0, sizeof none);
    pr_cli_select_resolve_from(s->layers, 2, &none, &s->chosen);
    s->options.command_wrappers = s->wrappers;
    int rc = regcomp(&s->dummy_re, s->options.dummy_variable_rgx, REG_EXTENDED | REG_NOSUB);
    if (rc != 0) {
        pr_cli_error("%s: dummy-variable-rgx is not a valid regular expression", o->file ? o->file : "command line");
        return false;
    }
    s->dummy_re_compiled = true;
    s->options.dummy_variable_re = &s->dummy_re;
    return true;
}

void pr_cli_settings_free(pr_cli_settings *s)
{
    if (s->dummy_re_compiled)
        regfree(&s->dummy_re);
    s->dummy_re_compiled = false;
}

void pr_cli_settings_rules_for(const pr_cli_settings *s, const char *abspath, pr_cli_ruleset *out)
{
    *out = s->enabled;
    for (uint32_t i = 0; i < s->nfile_ignores; i++) {
        const pr_cli_file_ignore *fi = &s->file_ignores[i];
        if (pr_cli_glob_matches_within(&fi->glob, abspath, false) != fi->glob.negated)
            for (int w = 0; w < PR_CLI_RULESET_WORDS; w++)
                out->bits[w] &= ~fi->rules.bits[w];
    }
    pr_cli_ruleset_add(out, PR_RULE_E999);
}

/* ------------------------------------------------------------------ printing */

static void print_toml_string(pr_sbuf *out, const char *s)
{
    pr_sbuf_putc(out, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            pr_sbuf_printf(out, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            pr_sbuf_printf(out, "\\u%04x", c);
        else
            pr_sbuf_putc(out, (char)c);
    }
    pr_sbuf_putc(out, '"');
}

static void print_strlist(pr_sbuf *out, const pr_strlist *l)
{
    pr_sbuf_putc(out, '[');
    for (uint32_t i = 0; i < l->n; i++) {
        if (i)
            pr_sbuf_puts(out, ", ");
        print_toml_string(out, l->items[i]);
    }
    pr_sbuf_putc(out, ']');
}

static void print_ruleset(pr_sbuf *out, const pr_cli_ruleset *r)
{
    pr_sbuf_putc(out, '[');
    bool first = true;
    for (int i = 0; i < PR_RULE_COUNT; i++)
        if (pr_cli_ruleset_has(r, i)) {
            pr_sbuf_printf(out, "%s\"%s\"", first ? "" : ", ", pr_rules[i].code);
            first = false;
        }
    pr_sbuf_putc(out, ']');
}

static void print_value(pr_sbuf *out, const pr_cli_settings *s, const setting *st)
{
    switch (st->type) {
    case BOOL:
        pr_sbuf_puts(out, *CFIELD(s, st, bool) ? "true" : "false");
        break;
    case INT:
        pr_sbuf_printf(out, "%d", *CFIELD(s, st, int));
        break;
    case LEVEL: {
        int l = *CFIELD(s, st, int);
        pr_sbuf_printf(out, "\"%s\"", l ? level_names[l - PR_LOW] : "low");
        break;
    }
    case FORMAT: {
        int f = *CFIELD(s, st, int);
        pr_sbuf_printf(out, "\"%s\"", pr_cli_format_names[f]);
        break;
    }
    case TARGET:
        pr_sbuf_printf(out, "\"py3%d\"", *CFIELD(s, st, int));
        break;
    case ENUM: {
        int k = *CFIELD(s, st, int);
        const char *w = st->values;
        for (int i = 0; i < k && w; i++) {
            w = strchr(w, ' ');
            w = w ? w + 1 : NULL;
        }
        pr_sbuf_printf(out, "\"%.*s\"", w ? (int)strcspn(w, " ") : 0, w ? w : "");
        break;
    }
    case STRING:
    case REGEX:
    case PATH: {
        const char *v = *CFIELD(s, st, char *);
        print_toml_string(out, v ? (st->type == PATH ? pr_cli_display_path(v) : v) : "");
        break;
    }
    case STRLIST:
        print_strlist(out, CFIELD(s, st, pr_strlist));
        break;
    case GLOBS:
    case GLOBS_EXTEND: {
        const pr_cli_globs *g = CFIELD(s, st, pr_cli_globs);
        pr_sbuf_putc(out, '[');
        for (uint32_t i = 0; i < g->n; i++) {
            if (i)
                pr_sbuf_puts(out, ", ");
            print_toml_string(out, g->items[i].text);
        }
        pr_sbuf_putc(out, ']');
        break;
    }
    case PER_FILE: {
        pr_sbuf_putc(out, '{');
        for (uint32_t i = 0; i < s->nfile_ignores; i++) {
            pr_sbuf_puts(out, i ? ", " : " ");
            print_toml_string(out, s->file_ignores[i].glob.text);
            pr_sbuf_puts(out, " = ");
            print_ruleset(out, &s->file_ignores[i].rules);
        }
        pr_sbuf_puts(out, s->nfile_ignores ? " }" : "}");
        break;
    }
    default:
        break;
    }
}

void pr_cli_settings_print(pr_sbuf *out, const pr_cli_settings *s)
{
    pr_sbuf_printf(out, "# configuration file: %s\n",
                   s->config_path ? pr_cli_display_path(s->config_path) : "none (defaults)");
    pr_sbuf_printf(out, "# patterns are relative to: %s\n", pr_cli_display_path(s->root));
    pr_sbuf_puts(out, "# rules on: ");
    print_ruleset(out, &s->enabled);
    pr_sbuf_putc(out, '\n');
    const char *section = NULL;
    for (int i = 0; i < NSETTINGS; i++) {
        const setting *st = &settings[i];
        /* selection is shown resolved, above; per-file ignores once */
        if (st->type == SELECT || st->type == EXTEND_SELECT || st->type == IGNORE || st->type == PER_FILE_EXTEND)
            continue;
        const char *dot = strchr(st->key, '.');
        if (dot && (!section || strncmp(section, st->key, (size_t)(dot - st->key) + 1) != 0)) {
            section = st->key;
            pr_sbuf_printf(out, "\n[%.*s]\n", (int)(dot - st->key), st->key);
        }
        /* a setting without a value is said in a comment: TOML has no null */
        if (st->type == PATH && !*CFIELD(s, st, char *)) {
            pr_sbuf_printf(out, "# %s is not set\n", st->key);
            continue;
        }
        if (st->type == FORMAT && *CFIELD(s, st, int) < 0) {
            pr_sbuf_printf(out, "# %s is not set: review on a terminal, else concise\n", st->key);
            continue;
        }
        pr_sbuf_printf(out, "%s = ", dot ? dot + 1 : st->key);
        if (st->type == WRAPPERS) {
            pr_sbuf_putc(out, '{');
            for (uint32_t w = 0; w < s->options.ncommand_wrappers; w++) {
                const pr_command_wrapper *cw = &s->wrappers[w];
                pr_sbuf_puts(out, w ? ", " : " ");
                print_toml_string(out, cw->name);
                pr_sbuf_printf(out, " = { kind = \"%s\", argv = \"%s\"", wrapper_kinds[cw->kind],
                               wrapper_argv[cw->argv]);
                if (cw->shell_kw) {
                    pr_sbuf_puts(out, ", shell-kw = ");
                    print_toml_string(out, cw->shell_kw);
                }
                pr_sbuf_puts(out, ", privilege-kw = ");
                print_strlist(out, &cw->privilege_kw);
                pr_sbuf_puts(out, " }");
            }
            pr_sbuf_puts(out, s->options.ncommand_wrappers ? " }" : "}");
        } else {
            print_value(out, s, st);
        }
        pr_sbuf_putc(out, '\n');
    }
}

void pr_cli_settings_help(pr_sbuf *out)
{
    for (int i = 0; i < NSETTINGS; i++) {
        const setting *st = &settings[i];
        if (strchr(st->key, '.'))
            continue;
        char flag[64];
        static const char *const metavar[] = {
            [INT] = " N", [LEVEL] = " LEVEL", [FORMAT] = " FORMAT", [TARGET] = " VERSION",
            [ENUM] = " NAME", [STRING] = " TEXT", [REGEX] = " REGEX", [PATH] = " FILE",
            [STRLIST] = " A,B,...", [GLOBS] = " PATTERN,...", [GLOBS_EXTEND] = " PATTERN,...",
            [SELECT] = " RULE,...", [EXTEND_SELECT] = " RULE,...", [IGNORE] = " RULE,...",
            [PER_FILE] = " PATTERN:RULE,...", [PER_FILE_EXTEND] = " PATTERN:RULE,...",
        };
        if (st->type == BOOL)
            snprintf(flag, sizeof flag, "--[no-]%s", st->key);
        else
            snprintf(flag, sizeof flag, "--%s%s", st->key, metavar[st->type] ? metavar[st->type] : "");
        if (strlen(flag) > 30)
            pr_sbuf_printf(out, "  %s\n  %-30s  %s\n", flag, "", st->help);
        else
            pr_sbuf_printf(out, "  %-30s  %s\n", flag, st->help);
    }
}
