/* What every part of the command shares: how errors are reported (a configuration file's
** errors at their line and column with a hint, others after "pyreview: "), the closest
** known word to a misspelt one, paths made absolute and shown relative to the current
** directory, and the growth of the arrays kept in arenas. */
#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

_Noreturn void pr_cli_out_of_memory(void)
{
    fputs("pyreview: out of memory\n", stderr);
    exit(2);
}

void pr_cli_error_at(const char *file, uint32_t line, uint32_t col, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%u:%u: error: ", file, line, col);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (hint && *hint)
        fprintf(stderr, "    hint: %s\n", hint);
}

void pr_cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("pyreview: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void *pr_cli_grow(pr_arena *a, void *items, uint32_t *cap, size_t size)
{
    uint32_t n = *cap ? 2 * *cap : 8;
    items = pr_arena_grow(a, items, (size_t)*cap * size, (size_t)n * size);
    *cap = n;
    return items;
}

/* Levenshtein distance, case-insensitive, of words up to 63 bytes. */
static size_t distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 63 || m > 63)
        return (size_t)-1;
    size_t row[64];
    for (size_t j = 0; j <= m; j++)
        row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t up = row[j];
            char x = a[i - 1], y = b[j - 1];
            if (x >= 'A' && x <= 'Z')
                x = (char)(x - 'A' + 'a');
            if (y >= 'A' && y <= 'Z')
                y = (char)(y - 'A' + 'a');
            size_t best = diag + (x != y);
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            if (up + 1 < best)
                best = up + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[m];
}

const char *pr_cli_closest(const char *word, const char *const *candidates, size_t n)
{
    const char *best = NULL;
    size_t best_d = strlen(word) / 3 + 1;
    for (size_t i = 0; i < n; i++) {
        size_t d = distance(word, candidates[i]);
        if (d < best_d) {
            best_d = d;
            best = candidates[i];
        }
    }
    return best;
}

/* The current directory, read once (before any thread starts). */
const char *pr_cli_cwd(void)
{
    static char *cwd;
    if (!cwd) {
        size_t cap = 256;
        for (;;) {
            char *buf = malloc(cap);
            if (!buf)
                pr_cli_out_of_memory();
            if (getcwd(buf, cap)) {
                cwd = buf;
                break;
            }
            free(buf);
            if (errno != ERANGE) {
                static char root[] = "/";
                cwd = root;
                break;
            }
            cap *= 2;
        }
    }
    return cwd;
}

char *pr_cli_abspath(pr_arena *a, const char *path)
{
    const char *cwd = path[0] == '/' ? "" : pr_cli_cwd();
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *buf = pr_arena_alloc(a, n + 1);
    snprintf(buf, n + 1, "%s/%s", cwd, path);
    /* components, in place: "." dropped, ".." removes the one before */
    char *out = buf;
    const char *p = buf;
    while (*p) {
        while (*p == '/')
            p++;
        const char *seg = p;
        while (*p && *p != '/')
            p++;
        size_t len = (size_t)(p - seg);
        if (len == 0 || (len == 1 && seg[0] == '.'))
            continue;
        if (len == 2 && seg[0] == '.' && seg[1] == '.') {
            while (out > buf && *--out != '/')
                ;
            continue;
        }
        *out++ = '/';
        memmove(out, seg, len);
        out += len;
    }
    if (out == buf)
        *out++ = '/';
    *out = 0;
    return buf;
}

const char *pr_cli_display_path(const char *abspath)
{
    const char *cwd = pr_cli_cwd();
    size_t n = strlen(cwd);
    if (n == 1)
        return abspath[1] ? abspath + 1 : abspath;
    if (strncmp(abspath, cwd, n) == 0 && abspath[n] == '/')
        return abspath + n + 1;
    if (strcmp(abspath, cwd) == 0)
        return ".";
    return abspath;
}

char *pr_cli_dirname(pr_arena *a, const char *abspath)
{
    const char *slash = strrchr(abspath, '/');
    if (!slash || slash == abspath)
        return pr_arena_strndup(a, "/", 1);
    return pr_arena_strndup(a, abspath, (size_t)(slash - abspath));
}

/* ------------------------------------------------------------------ standard output */

static int output_errno;   /* the first failed write's errno; output is written by one thread */

void pr_cli_output(const char *data, size_t len)
{
    if (!len || output_errno)
        return;
    errno = 0;
    if (fwrite(data, 1, len, stdout) != len)
        output_errno = errno ? errno : EIO;
}

int pr_cli_output_finish(void)
{
    errno = 0;
    if (fflush(stdout) != 0 && !output_errno)
        output_errno = errno ? errno : EIO;
    if (!output_errno && ferror(stdout))
        output_errno = EIO;
    if (!output_errno)
        return 0;
    /* a reader that stopped early wants no message */
    if (output_errno != EPIPE)
        fprintf(stderr, "pyreview: write error: %s\n", strerror(output_errno));
    return 2;
}

void pr_cli_put_path(pr_sbuf *out, const char *path)
{
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        /* the plain run up to the next control character at once */
        size_t plain = 0;
        while (p[plain] >= 0x20 && p[plain] != 0x7f)
            plain++;
        if (plain) {
            pr_sbuf_put(out, (const char *)p, plain);
            p += plain - 1;
            continue;
        }
        if (*p == '\n')
            pr_sbuf_put(out, "\\n", 2);
        else if (*p == '\t')
            pr_sbuf_put(out, "\\t", 2);
        else if (*p == '\r')
            pr_sbuf_put(out, "\\r", 2);
        else if (*p < 0x20 || *p == 0x7f)
            pr_sbuf_printf(out, "\\x%02x", *p);
        else
            pr_sbuf_putc(out, (char)*p);
    }
}
