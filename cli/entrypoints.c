/* The entry points a project declares in its pyproject.toml: `[project.scripts]`,
** `[project.gui-scripts]` and each `[project.entry-points.GROUP]` name functions and
** objects (`pkg.mod:func`, `pkg.mod:Class.method`) that the packaging tools call, so that
** RVW202 counts them as read, as it counts the entry points a setup.py spells in strings.
** The files are found in the directories of the reviewed files and above them; they are
** facts about the project, not configuration, so `--isolated` reads them too.  A file that
** cannot be read or parsed declares nothing (its configuration errors, if it configures
** pyreview, are the settings' to report). */
#include <string.h>
#include <unistd.h>

#include "ast/hash.h"
#include "cli/cli.h"

typedef struct points {
    pr_arena *arena;
    const char **items;
    uint32_t n, cap;
} points;

/* `pkg.mod:attr.sub [extra]` as the dotted name `pkg.mod.attr.sub`. */
static void add_point(points *p, const pr_toml_value *v)
{
    if (v->type != PR_TOML_STRING)
        return;
    const char *s = v->u.str.s, *end = s + v->u.str.len;
    while (s < end && *s == ' ')
        s++;
    size_t n = 0;
    while (s + n < end && s[n] != ' ' && s[n] != '[')
        n++;
    char *dotted = pr_arena_strndup(p->arena, s, n);
    char *colon = memchr(dotted, ':', n);
    if (!colon || colon == dotted || colon[1] == 0)
        return;
    *colon = '.';
    if (p->n == p->cap)
        p->items = pr_cli_grow(p->arena, p->items, &p->cap, sizeof *p->items);
    p->items[p->n++] = dotted;
}

static void add_table(points *p, const pr_toml_value *t)
{
    if (!t || t->type != PR_TOML_TABLE)
        return;
    for (uint32_t i = 0; i < t->u.tab.n; i++)
        add_point(p, t->u.tab.items[i].value);
}

static void read_pyproject(points *p, const char *dir)
{
    size_t n = strlen(dir);
    char *path = pr_arena_alloc(p->arena, n + sizeof "/pyproject.toml");
    memcpy(path, dir, n);
    if (!n || dir[n - 1] != '/')
        path[n++] = '/';
    memcpy(path + n, "pyproject.toml", sizeof "pyproject.toml");
    if (access(path, R_OK) != 0)
        return;
    char *data, why[256];
    size_t len;
    if (!pr_cli_read_file(p->arena, path, &data, &len, why, sizeof why))
        return;
    pr_toml_error err;
    const pr_toml_value *root = pr_cli_toml_parse(p->arena, data, len, &err);
    const pr_toml_value *project = root ? pr_cli_toml_get(root, "project") : NULL;
    if (!project)
        return;
    add_table(p, pr_cli_toml_get(project, "scripts"));
    add_table(p, pr_cli_toml_get(project, "gui-scripts"));
    const pr_toml_value *groups = pr_cli_toml_get(project, "entry-points");
    if (groups && groups->type == PR_TOML_TABLE)
        for (uint32_t i = 0; i < groups->u.tab.n; i++)
            add_table(p, groups->u.tab.items[i].value);
}

/* A set of directories, open addressing in the arena. */
typedef struct dirset {
    const char **slots;
    uint32_t cap, n;
} dirset;

static uint32_t slot_of(const dirset *d, const char *dir)
{
    uint32_t i = (uint32_t)pr_hash_text(dir, strlen(dir)) & (d->cap - 1);
    while (d->slots[i] && strcmp(d->slots[i], dir) != 0)
        i = (i + 1) & (d->cap - 1);
    return i;
}

/* Adds dir; false when it was there already. */
static bool add_dir(pr_arena *a, dirset *d, const char *dir)
{
    if (2 * (d->n + 1) > d->cap) {
        dirset bigger = {pr_arena_alloc(a, (d->cap ? 2 * d->cap : 64) * sizeof *d->slots),
                         d->cap ? 2 * d->cap : 64, d->n};
        memset(bigger.slots, 0, bigger.cap * sizeof *bigger.slots);
        for (uint32_t i = 0; i < d->cap; i++)
            if (d->slots[i])
                bigger.slots[slot_of(&bigger, d->slots[i])] = d->slots[i];
        *d = bigger;
    }
    uint32_t i = slot_of(d, dir);
    if (d->slots[i])
        return false;
    d->slots[i] = dir;
    d->n++;
    return true;
}

const char **pr_cli_entry_points(pr_arena *a, const pr_cli_run *run, uint32_t *n)
{
    points p = {a, NULL, 0, 0};
    /* each directory once: the files of one directory share it and their ancestors */
    dirset seen = {0};
    for (size_t i = 0; i < run->nresults; i++) {
        const pr_cli_file *f = run->results[i].file;
        if (f->is_stdin)
            continue;
        for (char *dir = pr_cli_dirname(a, f->abspath); add_dir(a, &seen, dir); dir = pr_cli_dirname(a, dir)) {
            read_pyproject(&p, dir);
            if (strcmp(dir, "/") == 0)
                break;
        }
    }
    *n = p.n;
    return p.items;
}
