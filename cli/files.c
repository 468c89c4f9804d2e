/* Files and directories: reading one file whole, and expanding the command line's paths
** into the sorted list of Python files below them (*.py, *.pyi), without following
** symbolic links into directories, so that a link loop cannot trap the walk. */
#include "cli/files.h"
#include "cli/cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool pr_cli_read_file(pr_arena *a, const char *path, char **data, size_t *len, char *errbuf,
                      size_t errlen)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(errbuf, errlen, "%s", strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
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

static bool is_python_name(const char *name)
{
    size_t n = strlen(name);
    return (n > 3 && strcmp(name + n - 3, ".py") == 0) || (n > 4 && strcmp(name + n - 4, ".pyi") == 0);
}

static void add(pr_file_list *l, char *path, bool explicit)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 256;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
        if (!l->items) {
            fputs("pyreview: out of memory\n", stderr);
            exit(2);
        }
    }
    l->items[l->n++] = (pr_file){path, explicit};
}

static int by_path(const void *a, const void *b)
{
    return strcmp(((const pr_file *)a)->path, ((const pr_file *)b)->path);
}

static char *join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    char *p = malloc(a + b + 2);
    if (!p) {
        fputs("pyreview: out of memory\n", stderr);
        exit(2);
    }
    memcpy(p, dir, a);
    size_t at = a;
    if (a && dir[a - 1] != '/')
        p[at++] = '/';
    memcpy(p + at, name, b + 1);
    return p;
}

static void walk(pr_file_list *l, const char *dir, int *errors)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "pyreview: %s: %s\n", dir, strerror(errno));
        (*errors)++;
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *path = join(dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) != 0) {
            free(path);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            walk(l, path, errors);
            free(path);
        } else if ((S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) && is_python_name(e->d_name)) {
            add(l, path, false);
        } else {
            free(path);
        }
    }
    closedir(d);
}

int pr_cli_collect(pr_file_list *l, const char *const *paths, int npaths)
{
    int errors = 0;
    memset(l, 0, sizeof *l);
    for (int i = 0; i < npaths; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            size_t from = l->n;
            walk(l, paths[i], &errors);
            qsort(l->items + from, l->n - from, sizeof *l->items, by_path);
        } else {
            char *p = strdup(paths[i]);
            if (!p) {
                fputs("pyreview: out of memory\n", stderr);
                exit(2);
            }
            add(l, p, true);
        }
    }
    return errors;
}

void pr_cli_free_list(pr_file_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i].path);
    free(l->items);
    memset(l, 0, sizeof *l);
}
