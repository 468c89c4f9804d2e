/* Configuration files and how a file finds its own, as ruff does: the closest directory at
** or above it that holds `.pyreview.toml`, `pyreview.toml` (keys at the top) or a
** `pyproject.toml` with a `[tool.pyreview]` table (one without is passed over) decides; its
** settings are the defaults, then that file, then the command line.  --config FILE uses
** one file for every path and --isolated none.  Each directory is looked at once and
** each file read once; a broken file is reported once, with its line and column, and the
** files it governs are not reviewed. */
#include "cli/cli.h"
#include "ast/hash.h"

#include <string.h>
#include <sys/stat.h>

struct pr_cli_config_dir {
    const char *dir;
    pr_cli_settings *settings;   /* the settings of the file it holds */
    bool has_config, broken;
};

static const char *const config_names[] = {".pyreview.toml", "pyreview.toml", "pyproject.toml"};

void pr_cli_config_init(pr_cli_config *c, pr_arena *a)
{
    memset(c, 0, sizeof *c);
    c->arena = a;
}

void pr_cli_config_free(pr_cli_config *c)
{
    for (uint32_t i = 0; i < c->nall; i++)
        pr_cli_settings_free(c->all[i]);
}

bool pr_cli_config_override(pr_cli_config *c, const char *key, const pr_toml_value *v, const char *option)
{
    if (c->ncli == c->cap_cli)
        c->cli = pr_cli_grow(c->arena, c->cli, &c->cap_cli, sizeof *c->cli);
    c->cli[c->ncli++] = (pr_cli_assignment){key, v, option};
    return true;
}

/* Each key of a table as a dotted path, for the overrides of --config 'KEY = VALUE'. */
static bool override_table(pr_cli_config *c, const pr_toml_value *t, const char *prefix)
{
    for (uint32_t i = 0; i < t->u.tab.n; i++) {
        const pr_toml_pair *kv = &t->u.tab.items[i];
        size_t n = strlen(prefix) + strlen(kv->key) + 2;
        char *key = pr_arena_alloc(c->arena, n);
        snprintf(key, n, "%s%s%s", prefix, *prefix ? "." : "", kv->key);
        /* a section's table is walked; a setting whose value is a table is not */
        pr_cli_value_kind kind = pr_cli_settings_kind(key);
        if (kv->value->type == PR_TOML_TABLE && kind != PR_VALUE_LISTS && kind != PR_VALUE_TABLE && !*prefix) {
            if (!override_table(c, kv->value, key))
                return false;
            continue;
        }
        pr_cli_settings probe;
        pr_cli_settings_init(c->arena, &probe, pr_cli_cwd());
        pr_cli_origin o = {NULL, "--config"};
        if (!pr_cli_settings_set(c->arena, &probe, 1, key, kv->value, &o))
            return false;
        pr_cli_config_override(c, key, kv->value, "--config");
    }
    return true;
}

bool pr_cli_config_override_toml(pr_cli_config *c, const char *text)
{
    pr_toml_error err;
    pr_toml_value *t = pr_cli_toml_parse(c->arena, text, strlen(text), &err);
    if (!t) {
        pr_cli_error("--config '%s': %s (column %u)", text, err.msg, err.col);
        fprintf(stderr, "    hint: %s\n", *err.hint ? err.hint : "write KEY = VALUE in TOML, e.g. --config 'max-complexity = 12'");
        return false;
    }
    return override_table(c, t, "");
}

/* ------------------------------------------------------------------ making settings */

static pr_cli_settings *new_settings(pr_cli_config *c, const char *root)
{
    pr_cli_settings *s = pr_arena_alloc(c->arena, sizeof *s);
    pr_cli_settings_init(c->arena, s, root);
    if (c->nall == c->cap_all)
        c->all = pr_cli_grow(c->arena, c->all, &c->cap_all, sizeof *c->all);
    c->all[c->nall++] = s;
    return s;
}

/* The command line's layer, then the resolution; false after an error. */
static bool finish(pr_cli_config *c, pr_cli_settings *s, const pr_cli_origin *file_origin)
{
    bool ok = true;
    for (uint32_t i = 0; i < c->ncli; i++) {
        pr_cli_origin o = {NULL, c->cli[i].option};
        ok &= pr_cli_settings_set(c->arena, s, 1, c->cli[i].key, c->cli[i].value, &o);
    }
    return pr_cli_settings_finish(s, file_origin) && ok;
}

/* The oldest Python of `requires-python = ">=3.N"` in a pyproject.toml, or -1. */
static int requires_python(const pr_toml_value *root)
{
    const pr_toml_value *v = pr_cli_toml_get(pr_cli_toml_get(root, "project"), "requires-python");
    if (!v || v->type != PR_TOML_STRING)
        return -1;
    const char *ge = strstr(v->u.str.s, ">=");
    if (!ge)
        ge = strstr(v->u.str.s, "~=");
    if (!ge)
        return -1;
    const char *p = ge + 2;
    while (*p == ' ')
        p++;
    int minor = 0;
    if (strncmp(p, "3.", 2) != 0 || !(p[2] >= '0' && p[2] <= '9'))
        return -1;
    for (p += 2; *p >= '0' && *p <= '9'; p++)
        minor = minor * 10 + (*p - '0');
    return minor >= 7 && minor <= 14 ? minor : -1;
}

/* Reads a configuration file.  Returns 1 with *out set, 0 when it is a pyproject.toml
** without [tool.pyreview] (or, required, reports that), -1 after reporting an error. */
static int load_file(pr_cli_config *c, const char *path, bool required, pr_cli_settings **out)
{
    const char *shown = pr_cli_display_path(path);
    char *data;
    size_t len;
    char why[256];
    if (!pr_cli_read_file(c->arena, path, &data, &len, why, sizeof why)) {
        pr_cli_error("%s: %s", shown, why);
        return -1;
    }
    pr_toml_error err;
    const pr_toml_value *root = pr_cli_toml_parse(c->arena, data, len, &err);
    if (!root) {
        pr_cli_error_at(shown, err.line, err.col, err.hint, "%s", err.msg);
        return -1;
    }
    const char *base = strrchr(path, '/');
    bool pyproject = strcmp(base ? base + 1 : path, "pyproject.toml") == 0;
    const pr_toml_value *table = root;
    const char *table_name = "";
    if (pyproject) {
        table = pr_cli_toml_get(pr_cli_toml_get(root, "tool"), "pyreview");
        table_name = "tool.pyreview";
        if (!table) {
            if (required)
                pr_cli_error("%s: no [tool.pyreview] table", shown);
            return required ? -1 : 0;
        }
        if (table->type != PR_TOML_TABLE) {
            pr_cli_error_at(shown, table->line, table->col, "write [tool.pyreview] as a table",
                            "tool.pyreview must be a table, not %s", pr_cli_toml_type_name(table->type));
            return -1;
        }
    }
    pr_cli_settings *s = new_settings(c, pr_cli_dirname(c->arena, path));
    s->config_path = pr_arena_strndup(c->arena, path, strlen(path));
    int minor = pyproject && !pr_cli_toml_get(table, "target-version") ? requires_python(root) : -1;
    if (minor > 0)
        s->options.target_minor = minor;
    pr_cli_origin o = {shown, NULL};
    if (pr_cli_settings_load_table(c->arena, s, table, table_name, &o) != 0 || !finish(c, s, &o))
        return -1;
    *out = s;
    return 1;
}

/* ------------------------------------------------------------------ directories */

static uint64_t hash(const char *s)
{
    return pr_hash_text(s, strlen(s));
}

/* The record of directory dir: looked up in an open-addressing table of ndirs slots (kept
** at most half full), looked at and added when new. */
static pr_cli_config_dir *dir_entry(pr_cli_config *c, const char *dir)
{
    if (2 * (c->ndirs + 1) > c->cap_dirs) {
        uint32_t cap = c->cap_dirs ? 2 * c->cap_dirs : 256;
        pr_cli_config_dir *slots = pr_arena_alloc(c->arena, cap * sizeof *slots);
        memset(slots, 0, cap * sizeof *slots);
        for (uint32_t i = 0; i < c->cap_dirs; i++) {
            if (!c->dirs[i].dir)
                continue;
            uint32_t j = (uint32_t)hash(c->dirs[i].dir) & (cap - 1);
            while (slots[j].dir)
                j = (j + 1) & (cap - 1);
            slots[j] = c->dirs[i];
        }
        c->dirs = slots;
        c->cap_dirs = cap;
    }
    uint32_t j = (uint32_t)hash(dir) & (c->cap_dirs - 1);
    while (c->dirs[j].dir) {
        if (strcmp(c->dirs[j].dir, dir) == 0)
            return &c->dirs[j];
        j = (j + 1) & (c->cap_dirs - 1);
    }
    pr_cli_config_dir *e = &c->dirs[j];
    e->dir = pr_arena_strndup(c->arena, dir, strlen(dir));
    c->ndirs++;
    size_t n = strlen(dir);
    for (size_t i = 0; i < sizeof config_names / sizeof config_names[0]; i++) {
        char *path = pr_arena_alloc(c->arena, n + strlen(config_names[i]) + 2);
        sprintf(path, "%s%s%s", dir, n > 1 ? "/" : "", config_names[i]);
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        pr_cli_settings *s = NULL;
        int found = load_file(c, path, false, &s);
        if (found == 0)
            continue;
        e->has_config = true;
        e->broken = found < 0;
        e->settings = s;
        if (e->broken)
            c->errors++;
        break;
    }
    return e;
}

/* The settings without a configuration file; built on first use, which also checks the
** command line's values once. */
static pr_cli_settings *fallback(pr_cli_config *c)
{
    if (!c->fallback) {
        pr_cli_settings *s = new_settings(c, pr_cli_cwd());
        pr_cli_origin o = {NULL, NULL};
        if (!finish(c, s, &o))
            c->errors++;
        c->fallback = s;
    }
    return c->fallback;
}

static pr_cli_settings *explicit_settings(pr_cli_config *c)
{
    if (c->explicit_state == 0) {
        c->explicit_state = load_file(c, c->explicit_path, true, &c->explicit_settings) > 0 ? 1 : -1;
        if (c->explicit_state < 0)
            c->errors++;
    }
    return c->explicit_state > 0 ? c->explicit_settings : NULL;
}

bool pr_cli_config_check(pr_cli_config *c)
{
    fallback(c);
    if (c->explicit_path)
        explicit_settings(c);
    return c->errors == 0;
}

pr_cli_settings *pr_cli_config_for_dir(pr_cli_config *c, const char *absdir)
{
    if (c->isolated)
        return fallback(c);
    if (c->explicit_path)
        return explicit_settings(c);
    char *dir = pr_arena_strndup(c->arena, absdir, strlen(absdir));
    for (;;) {
        pr_cli_config_dir *e = dir_entry(c, dir);
        if (e->has_config)
            return e->broken ? NULL : e->settings;
        char *slash = strrchr(dir, '/');
        if (!slash || dir[1] == 0)
            return fallback(c);
        if (slash == dir)
            slash[1] = 0;
        else
            *slash = 0;
    }
}

pr_cli_settings *pr_cli_config_enter(pr_cli_config *c, const char *absdir, pr_cli_settings *inherited)
{
    if (c->isolated || c->explicit_path)
        return inherited;
    pr_cli_config_dir *e = dir_entry(c, absdir);
    if (!e->has_config)
        return inherited;
    return e->broken ? NULL : e->settings;
}
