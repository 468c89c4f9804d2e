/* Baselines: the findings a project already knows, so that a run reports only new ones
** (RULES.md §3, complaints 2 and 3).  An entry is keyed by the file's path (relative to
** the baseline's directory), the rule's code, the enclosing def or class and the text of
** the finding's line with its blanks normalised, never by a line number, so that edits
** elsewhere in the file do not break it; and it carries a count, matched as a multiset: an
** entry with count 2 absorbs two such findings, and a third is new.  The file is TOML,
** written sorted, so that it diffs well in review.  Syntax errors are never baselined. */
#include "cli/cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    const char *key;           /* path \x1f code \x1f scope \x1f text */
    int64_t count;
} entry;

struct pr_cli_baseline {
    const char *dir;
    entry *items;
    uint32_t n;
};

/* The line's text without its leading and trailing blanks, runs of blanks made one space. */
static char *normalised(pr_arena *a, const char *line)
{
    if (!line)
        line = "";
    size_t n = strlen(line);
    char *out = pr_arena_alloc(a, n + 1), *o = out;
    bool blank = false;
    for (const char *p = line; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\v' || *p == '\r') {
            blank = o != out;
            continue;
        }
        if (blank)
            *o++ = ' ';
        blank = false;
        *o++ = *p;
    }
    *o = 0;
    return out;
}

static char *make_key(pr_arena *a, const char *path, const char *code, const char *scope, const char *text)
{
    size_t n = strlen(path) + strlen(code) + strlen(scope) + strlen(text) + 4;
    char *k = pr_arena_alloc(a, n);
    snprintf(k, n, "%s\x1f%s\x1f%s\x1f%s", path, code, scope, text);
    return k;
}

/* abspath relative to the directory dir (both absolute and normalised). */
static char *relative(pr_arena *a, const char *abspath, const char *dir)
{
    if (strcmp(dir, "/") == 0)
        return pr_arena_strndup(a, abspath + 1, strlen(abspath + 1));
    size_t i = 0;
    while (dir[i] && dir[i] == abspath[i])
        i++;
    size_t common = i;
    if (!(dir[i] == 0 && (abspath[i] == '/' || abspath[i] == 0)))
        while (common > 0 && dir[common] != '/')
            common--;
    size_t ups = 0;
    for (const char *p = dir + common; *p; p++)
        ups += *p == '/';
    const char *rest = abspath + common + (abspath[common] == '/');
    char *out = pr_arena_alloc(a, 3 * ups + strlen(rest) + 1), *o = out;
    for (size_t k = 0; k < ups; k++, o += 3)
        memcpy(o, "../", 3);
    strcpy(o, rest);
    return out;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

/* The canonical code of a code in a baseline (aliases accepted), or NULL. */
static const char *canonical(const char *code)
{
    pr_cli_ruleset rules;
    if (pr_cli_selector(code, strlen(code), PR_CLI_IN_SETTINGS, &rules) < 0)
        return NULL;
    int found = -1;
    for (int r = 0; r < PR_RULE_COUNT; r++)
        if (pr_cli_ruleset_has(&rules, r)) {
            if (found >= 0)
                return NULL;
            found = r;
        }
    return found >= 0 ? pr_rules[found].code : NULL;
}

pr_cli_baseline *pr_cli_baseline_load(pr_arena *a, const char *abspath)
{
    const char *shown = pr_cli_display_path(abspath);
    char *data;
    size_t len;
    char why[256];
    if (!pr_cli_read_file(a, abspath, &data, &len, why, sizeof why)) {
        pr_cli_error("baseline %s: %s", shown, why);
        return NULL;
    }
    pr_toml_error err;
    const pr_toml_value *root = pr_cli_toml_parse(a, data, len, &err);
    if (!root) {
        pr_cli_error_at(shown, err.line, err.col, err.hint, "%s", err.msg);
        return NULL;
    }
    const pr_toml_value *version = pr_cli_toml_get(root, "version");
    if (!version || version->type != PR_TOML_INTEGER || version->u.i != 1) {
        pr_cli_error_at(shown, version ? version->line : 1, version ? version->col : 1,
                        "write it again with --write-baseline", "not a pyreview baseline of version 1");
        return NULL;
    }
    const pr_toml_value *list = pr_cli_toml_get(root, "finding");
    pr_cli_baseline *b = pr_arena_alloc(a, sizeof *b);
    b->dir = pr_cli_dirname(a, abspath);
    b->n = 0;
    uint32_t n = list && list->type == PR_TOML_ARRAY ? list->u.arr.n : 0;
    b->items = pr_arena_alloc(a, (n ? n : 1) * sizeof *b->items);
    static const char *const fields[] = {"path", "code", "scope", "text"};
    for (uint32_t i = 0; i < n; i++) {
        const pr_toml_value *t = list->u.arr.items[i];
        const char *v[4];
        for (int f = 0; f < 4; f++) {
            const pr_toml_value *x = pr_cli_toml_get(t, fields[f]);
            if (!x || x->type != PR_TOML_STRING) {
                pr_cli_error_at(shown, t->line, t->col, "each [[finding]] has path, code, scope, text and count",
                                "finding %u: no string '%s'", i + 1, fields[f]);
                return NULL;
            }
            v[f] = x->u.str.s;
        }
        const pr_toml_value *count = pr_cli_toml_get(t, "count");
        if (!count || count->type != PR_TOML_INTEGER || count->u.i < 1) {
            pr_cli_error_at(shown, t->line, t->col, NULL, "finding %u: count must be a positive integer", i + 1);
            return NULL;
        }
        const char *code = canonical(v[1]);
        if (!code) {
            const pr_toml_value *x = pr_cli_toml_get(t, "code");
            pr_cli_error_at(shown, x->line, x->col, "pyreview --list-rules lists the codes",
                            "finding %u: unknown rule code '%s'", i + 1, v[1]);
            return NULL;
        }
        b->items[b->n++] = (entry){make_key(a, v[0], code, v[2], v[3]), count->u.i};
    }
    qsort(b->items, b->n, sizeof *b->items, by_key);
    /* the same key twice adds up */
    uint32_t kept = 0;
    for (uint32_t i = 0; i < b->n; i++) {
        if (kept && strcmp(b->items[kept - 1].key, b->items[i].key) == 0)
            b->items[kept - 1].count += b->items[i].count;
        else
            b->items[kept++] = b->items[i];
    }
    b->n = kept;
    return b;
}

void pr_cli_baseline_filter(pr_cli_baseline *b, pr_cli_result *r)
{
    if (r->n == 0)
        return;
    pr_arena a;
    pr_arena_init(&a);
    const char *path = relative(&a, r->file->abspath, b->dir);
    uint32_t kept = 0;
    for (uint32_t i = 0; i < r->n; i++) {
        const pr_cli_item *it = &r->items[i];
        if (it->rule != PR_RULE_E999) {
            entry probe = {make_key(&a, path, pr_rules[it->rule].code, it->scope, normalised(&a, it->line_text)), 0};
            entry *e = bsearch(&probe, b->items, b->n, sizeof *b->items, by_key);
            if (e && e->count > 0) {
                e->count--;
                continue;
            }
        }
        r->items[kept++] = *it;
    }
    r->n = kept;
    pr_arena_free(&a);
}

/* ------------------------------------------------------------------ writing */

static void toml_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\u%04X", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

bool pr_cli_baseline_write(const char *path, const pr_cli_result *results, size_t n)
{
    pr_arena a;
    pr_arena_init(&a);
    char *abspath = pr_cli_abspath(&a, path);
    char *dir = pr_cli_dirname(&a, abspath);
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += results[i].n;
    entry *items = pr_arena_alloc(&a, (total ? total : 1) * sizeof *items);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const pr_cli_result *r = &results[i];
        if (!r->n)
            continue;
        const char *rel = relative(&a, r->file->abspath, dir);
        for (uint32_t k = 0; k < r->n; k++) {
            const pr_cli_item *it = &r->items[k];
            if (it->rule != PR_RULE_E999)
                items[m++] = (entry){make_key(&a, rel, pr_rules[it->rule].code, it->scope,
                                              normalised(&a, it->line_text)), 1};
        }
    }
    qsort(items, m, sizeof *items, by_key);
    size_t tmp_len = strlen(abspath) + 8;
    char *tmp = pr_arena_alloc(&a, tmp_len);
    snprintf(tmp, tmp_len, "%s.new", abspath);
    FILE *out = fopen(tmp, "w");
    if (!out) {
        pr_cli_error("%s: %s", path, strerror(errno));
        pr_arena_free(&a);
        return false;
    }
    fputs("# pyreview baseline: findings already known, which a run with --baseline does not report.\n"
          "# An entry matches by path, rule, enclosing def or class and the line's text (never the\n"
          "# line number); count is how many such findings it absorbs.  Written by --write-baseline.\n"
          "version = 1\n",
          out);
    size_t entries = 0;
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && strcmp(items[j].key, items[i].key) == 0)
            j++;
        /* the key's four parts, cut apart in place (the run is counted already) */
        const char *f[4];
        char *k = (char *)items[i].key;
        for (int x = 0; x < 4; x++) {
            f[x] = k;
            char *sep = strchr(k, '\x1f');
            if (sep) {
                *sep = 0;
                k = sep + 1;
            }
        }
        fputs("\n[[finding]]\npath = ", out);
        toml_string(out, f[0]);
        fputs("\ncode = ", out);
        toml_string(out, f[1]);
        fputs("\nscope = ", out);
        toml_string(out, f[2]);
        fputs("\ntext = ", out);
        toml_string(out, f[3]);
        fprintf(out, "\ncount = %zu\n", j - i);
        entries++;
        i = j;
    }
    bool ok = fclose(out) == 0 && rename(tmp, abspath) == 0;
    if (!ok)
        pr_cli_error("%s: %s", path, strerror(errno));
    else
        fprintf(stderr, "pyreview: wrote %zu finding%s in %zu entr%s to %s\n", m, m == 1 ? "" : "s", entries,
                entries == 1 ? "y" : "ies", path);
    pr_arena_free(&a);
    return ok;
}
