/* The files a run looks at: the command line's paths expanded into Python files (*.py,
** *.pyi) below each directory, in path order, each with the settings of its configuration
** file.  The walk skips what `exclude`/`extend-exclude` name and, inside a git work tree,
** what its .gitignore files and .git/info/exclude ignore (deeper files override shallower
** ones, the last matching line of a file wins, as git decides).  Symbolic links to
** directories are never followed, so a link loop cannot trap the walk; other links are
** read (and a dangling one reported).  A file named on the command line is reviewed whatever its name, and excluded only
** with force-exclude.  "-" is standard input. */
#include "cli/cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool pr_cli_read_file(pr_arena *a, const char *path, char **data, size_t *len, char *errbuf, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(errbuf, errlen, "%s", strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(errbuf, errlen, "%s", strerror(errno));
        close(fd);
        return false;
    }
    /* positions are 32-bit: such a file could only be read in part */
    if (S_ISREG(st.st_mode) && (uint64_t)st.st_size >= (uint64_t)UINT32_MAX - 16) {
        snprintf(errbuf, errlen, "file too large (4 GiB or more)");
        close(fd);
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(errbuf, errlen, "%s", S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
        close(fd);
        return false;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = pr_arena_alloc(a, cap + 1);
    for (;;) {
        if (n == cap) {
            buf = pr_arena_grow(a, buf, cap + 1, 2 * cap + 1);
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            snprintf(errbuf, errlen, "%s", strerror(errno));
            close(fd);
            return false;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = 0;
    *data = buf;
    *len = n;
    return true;
}

/* ------------------------------------------------------------------ ignore files */

typedef struct ignore_level {
    pr_cli_globs globs;        /* one directory's .gitignore (and, at the root, info/exclude) */
} ignore_level;

typedef struct walker {
    pr_cli_config *config;
    pr_cli_files *out;
    pr_arena *arena;
    ignore_level *levels;      /* from the work tree's root down to the directory walked */
    uint32_t nlevels, cap;
    bool in_repo;
    int errors;
} walker;

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

static char *join(pr_arena *a, const char *dir, const char *name)
{
    size_t n = strlen(dir);
    char *p = pr_arena_alloc(a, n + strlen(name) + 2);
    if (n == 0)
        strcpy(p, name);
    else
        sprintf(p, "%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", name);
    return p;
}

/* The lines of an ignore file as patterns relative to base. */
static void read_ignore_file(walker *W, pr_cli_globs *globs, const char *path, const char *base)
{
    char *data;
    size_t len;
    char why[128];
    if (!pr_cli_read_file(W->arena, path, &data, &len, why, sizeof why))
        return;
    for (char *line = data; line < data + len;) {
        char *nl = memchr(line, '\n', (size_t)(data + len - line));
        char *end = nl ? nl : data + len;
        if (end > line && end[-1] == '\r')
            end[-1] = 0;
        *end = 0;
        if (*line && *line != '#')
            pr_cli_globs_add(W->arena, globs, line, base);
        line = end + 1;
    }
}

static void push_level(walker *W, const char *absdir, bool repo_root)
{
    if (W->nlevels == W->cap)
        W->levels = pr_cli_grow(W->arena, W->levels, &W->cap, sizeof *W->levels);
    ignore_level *l = &W->levels[W->nlevels++];
    memset(l, 0, sizeof *l);
    /* .git/info/exclude weighs less than the root's .gitignore: it comes first */
    if (repo_root)
        read_ignore_file(W, &l->globs, join(W->arena, absdir, ".git/info/exclude"), absdir);
    read_ignore_file(W, &l->globs, join(W->arena, absdir, ".gitignore"), absdir);
}

/* Whether the settings or the ignore files exclude a path. */
static bool excluded(const walker *W, const pr_cli_settings *s, const char *abspath, bool is_dir)
{
    int d = pr_cli_globs_decide(&s->extend_exclude, abspath, is_dir);
    if (d == 0)
        d = pr_cli_globs_decide(&s->exclude, abspath, is_dir);
    if (d != 0)
        return d > 0;
    if (!s->respect_gitignore || !W->in_repo)
        return false;
    for (uint32_t i = W->nlevels; i-- > 0;) {
        d = pr_cli_globs_decide(&W->levels[i].globs, abspath, is_dir);
        if (d != 0)
            return d > 0;
    }
    return false;
}

/* With force-exclude, a path named on the command line is excluded when it, or a directory
** above it up to its configuration's root, is excluded (the ignore files read from the
** work tree's root to it). */
static bool force_excluded(walker *W, const pr_cli_settings *s, const char *abspath, bool is_dir)
{
    if (excluded(W, s, abspath, is_dir))
        return true;
    size_t root = strlen(s->root);
    char *dir = pr_arena_strndup(W->arena, abspath, strlen(abspath));
    for (char *slash; (slash = strrchr(dir, '/')) && (size_t)(slash - dir) > root;) {
        *slash = 0;
        if (strncmp(dir, s->root, root) == 0 && excluded(W, s, dir, true))
            return true;
    }
    return false;
}

/* Finds the work tree holding absdir and reads the ignore files from its root down to
** absdir (include_self), or to absdir's parent (walk() reads absdir's own). */
static void enter_tree(walker *W, const char *absdir, bool include_self)
{
    W->nlevels = 0;
    W->in_repo = false;
    size_t n = strlen(absdir);
    char *dir = pr_arena_strndup(W->arena, absdir, n);
    while (!exists(join(W->arena, dir, ".git"))) {
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir)
            return;
        *slash = 0;
    }
    size_t root_len = strlen(dir);
    if (root_len == n && !include_self)
        return;   /* walk() finds the root in absdir itself */
    W->in_repo = true;
    memcpy(dir, absdir, n + 1);
    for (size_t at = root_len; at <= n; at++) {
        if (at != root_len && at != n && dir[at] != '/')
            continue;
        if (at == n && !include_self)
            break;
        char saved = dir[at];
        dir[at] = 0;
        push_level(W, dir, at == root_len);
        dir[at] = saved;
        if (at == n)
            break;
    }
}

/* ------------------------------------------------------------------ the walk */

static bool is_python_name(const char *name)
{
    size_t n = strlen(name);
    return (n > 3 && strcmp(name + n - 3, ".py") == 0) || (n > 4 && strcmp(name + n - 4, ".pyi") == 0);
}

static void add(walker *W, const char *shown, const char *abspath, pr_cli_settings *s, bool is_stdin)
{
    pr_cli_files *l = W->out;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 256;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
        if (!l->items)
            pr_cli_out_of_memory();
    }
    l->items[l->n++] = (pr_cli_file){shown, abspath, s, is_stdin};
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void walk(walker *W, const char *shown, const char *absdir, pr_cli_settings *s)
{
    DIR *d = opendir(absdir);
    if (!d) {
        pr_cli_error("%s: %s", *shown ? shown : ".", strerror(errno));
        W->errors++;
        return;
    }
    const char **names = NULL;
    uint32_t n = 0, cap = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n == cap)
            names = pr_cli_grow(W->arena, names, &cap, sizeof *names);
        names[n++] = pr_arena_strndup(W->arena, e->d_name, strlen(e->d_name));
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, by_name);

    uint32_t depth = W->nlevels;
    bool was_in_repo = W->in_repo;
    if (!W->in_repo && exists(join(W->arena, absdir, ".git"))) {
        W->in_repo = true;
        push_level(W, absdir, true);
    } else if (W->in_repo) {
        push_level(W, absdir, false);
    }
    for (uint32_t i = 0; i < n; i++) {
        const char *abspath = join(W->arena, absdir, names[i]);
        struct stat st;
        if (lstat(abspath, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (excluded(W, s, abspath, true))
                continue;
            pr_cli_settings *inner = pr_cli_config_enter(W->config, abspath, s);
            if (inner)
                walk(W, join(W->arena, shown, names[i]), abspath, inner);
            continue;
        }
        if (!is_python_name(names[i]))
            continue;
        /* a link is read, unless it leads to a directory; one that leads nowhere (dangling,
        ** or a loop) is read too, so that the reader reports it */
        if (S_ISLNK(st.st_mode) && stat(abspath, &st) != 0)
            st.st_mode = S_IFREG;
        if (!S_ISREG(st.st_mode) || excluded(W, s, abspath, false))
            continue;
        add(W, join(W->arena, shown, names[i]), abspath, s, false);
    }
    W->nlevels = depth;
    W->in_repo = was_in_repo;
}

static int by_path(const void *a, const void *b)
{
    return strcmp(((const pr_cli_file *)a)->path, ((const pr_cli_file *)b)->path);
}

static int by_abspath(const void *a, const void *b)
{
    const pr_cli_file *x = *(const pr_cli_file *const *)a, *y = *(const pr_cli_file *const *)b;
    int c = strcmp(x->abspath, y->abspath);
    return c ? c : (x < y ? -1 : x > y);
}

/* Keeps the first of the files that share an absolute path. */
static void drop_duplicates(pr_cli_files *l)
{
    if (l->n < 2)
        return;
    pr_cli_file **order = malloc(l->n * sizeof *order);
    if (!order)
        pr_cli_out_of_memory();
    for (size_t i = 0; i < l->n; i++)
        order[i] = &l->items[i];
    qsort(order, l->n, sizeof *order, by_abspath);
    for (size_t i = 1; i < l->n; i++)
        if (strcmp(order[i]->abspath, order[i - 1]->abspath) == 0)
            order[i]->path = NULL;
    free(order);
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i].path)
            l->items[kept++] = l->items[i];
    l->n = kept;
}

int pr_cli_collect(pr_cli_config *c, pr_cli_files *out, const char *const *paths, int npaths,
                   const char *stdin_name)
{
    walker W = {.config = c, .out = out, .arena = c->arena};
    for (int i = 0; i < npaths; i++) {
        const char *arg = paths[i];
        if (strcmp(arg, "-") == 0) {
            const char *shown = stdin_name ? stdin_name : "-";
            char *abspath = pr_cli_abspath(c->arena, shown);
            add(&W, shown, abspath, pr_cli_config_for_dir(c, pr_cli_dirname(c->arena, abspath)), true);
            continue;
        }
        char *abspath = pr_cli_abspath(c->arena, arg);
        struct stat st;
        /* what is not a directory is a file to read: the reader reports what is wrong with
        ** it (missing, a loop of links, not a regular file) in its turn */
        if (stat(arg, &st) != 0 || !S_ISDIR(st.st_mode)) {
            pr_cli_settings *s = pr_cli_config_for_dir(c, pr_cli_dirname(c->arena, abspath));
            if (s && s->force_exclude) {
                enter_tree(&W, pr_cli_dirname(c->arena, abspath), true);
                if (force_excluded(&W, s, abspath, false))
                    continue;
            }
            add(&W, pr_arena_strndup(c->arena, arg, strlen(arg)), abspath, s, false);
            continue;
        }
        pr_cli_settings *s = pr_cli_config_for_dir(c, abspath);
        if (!s)
            continue;
        enter_tree(&W, abspath, false);
        if (s->force_exclude && force_excluded(&W, s, abspath, true))
            continue;
        /* "." is left out of the paths shown, as ruff does */
        const char *shown = strcmp(arg, ".") == 0 || strcmp(arg, "./") == 0 ? "" : arg;
        size_t from = out->n;
        walk(&W, shown, abspath, s);
        if (out->n - from > 1)
            qsort(out->items + from, out->n - from, sizeof *out->items, by_path);
    }
    drop_duplicates(out);
    return W.errors;
}
