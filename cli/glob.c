/* Path patterns, in one dialect everywhere (exclude, extend-exclude, per-file-ignores,
** .gitignore): git's.  A pattern with a slash at its start or in its middle is anchored to
** its base directory (the configuration file's, the .gitignore's, or the current directory
** for the command line); one without matches a name at any depth.  `*` and `?` stop at
** slashes; a double star spans directories, and only as a whole path segment (at the start,
** the middle or the end of a pattern); `[...]`
** is a class (`!` or `^` negates it), a trailing slash matches directories only, a leading
** `!` re-includes, and a backslash quotes the next character.  Matching a pattern against a
** directory also matches everything below it, as git does. */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

static size_t utf8_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    for (size_t i = 1; i < n; i++)
        if (!s[i])
            return i;
    return n;
}

/* [...] at p against the character at s; *pend: after the class.  Ranges compare bytes,
** which orders ASCII as git does. */
static bool match_class(const char *p, const char *s, const char **pend, size_t *slen)
{
    const char *q = p + 1;
    bool negate = *q == '!' || *q == '^';
    if (negate)
        q++;
    bool found = false;
    unsigned char c = (unsigned char)*s;
    bool first = true;
    while (*q && (first || *q != ']')) {
        first = false;
        unsigned char lo = (unsigned char)*q;
        if (*q == '\\' && q[1])
            lo = (unsigned char)*++q;
        q++;
        unsigned char hi = lo;
        if (q[0] == '-' && q[1] && q[1] != ']') {
            q++;
            if (*q == '\\' && q[1])
                q++;
            hi = (unsigned char)*q++;
        }
        if (c >= lo && c <= hi)
            found = true;
    }
    if (*q != ']') {
        /* no closing bracket: the '[' is an ordinary character */
        *pend = p + 1;
        *slen = 1;
        return *s == '[';
    }
    *pend = q + 1;
    *slen = utf8_len(s);
    return c != 0 && c != '/' && found != negate;
}

/* Whether pattern p matches the whole of s (a path relative to the pattern's base). */
static bool match_here(const char *p, const char *s, const char *pstart)
{
    while (*p) {
        if (p[0] == '*' && p[1] == '*' && (p == pstart || p[-1] == '/') && (p[2] == '/' || p[2] == 0)) {
            if (p[2] == 0)
                return true;   /* at the end: everything below */
            p += 3;            /* followed by a slash: zero or more directories */
            for (const char *t = s;;) {
                if (match_here(p, t, pstart))
                    return true;
                t = strchr(t, '/');
                if (!t)
                    return false;
                t++;
            }
        }
        if (*p == '*') {
            while (*p == '*')
                p++;
            for (const char *t = s;; t += utf8_len(t)) {
                if (match_here(p, t, pstart))
                    return true;
                if (*t == 0 || *t == '/')
                    return false;
            }
        }
        if (*p == '?') {
            if (*s == 0 || *s == '/')
                return false;
            p++;
            s += utf8_len(s);
            continue;
        }
        if (*p == '[') {
            const char *pend;
            size_t n;
            if (!match_class(p, s, &pend, &n))
                return false;
            p = pend;
            s += n;
            continue;
        }
        if (*p == '\\' && p[1])
            p++;
        if (*p != *s)
            return false;
        p++;
        s++;
    }
    return *s == 0;
}

bool pr_cli_glob_compile(pr_arena *a, pr_cli_glob *g, const char *text, const char *base)
{
    memset(g, 0, sizeof *g);
    g->text = pr_arena_strndup(a, text, strlen(text));
    const char *p = text;
    if (*p == '!') {
        g->negated = true;
        p++;
    }
    size_t n = strlen(p);
    /* trailing blanks are dropped unless quoted, as git does */
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t') && !(n >= 2 && p[n - 2] == '\\'))
        n--;
    if (n && p[n - 1] == '/') {
        g->dir_only = true;
        n--;
    }
    if (n && p[0] == '/') {
        g->anchored = true;
        p++;
        n--;
    }
    g->body = pr_arena_strndup(a, p, n);
    g->base = base ? pr_arena_strndup(a, base, strlen(base)) : NULL;
    if (memchr(g->body, '/', n))
        g->anchored = true;
    return n > 0;
}

/* The part of abspath below base ("" for base itself), or NULL when it is not below. */
static const char *below(const char *abspath, const char *base)
{
    size_t n = strlen(base);
    if (n == 1 && base[0] == '/')
        return abspath + 1;
    if (strncmp(abspath, base, n) != 0)
        return NULL;
    if (abspath[n] == 0)
        return abspath + n;
    return abspath[n] == '/' ? abspath + n + 1 : NULL;
}

bool pr_cli_glob_matches(const pr_cli_glob *g, const char *abspath, bool is_dir)
{
    if (g->dir_only && !is_dir)
        return false;
    if (!g->anchored) {
        const char *name = strrchr(abspath, '/');
        name = name ? name + 1 : abspath;
        return match_here(g->body, name, g->body);
    }
    const char *rel = g->base ? below(abspath, g->base) : abspath;
    return rel && *rel && match_here(g->body, rel, g->body);
}

bool pr_cli_glob_matches_within(const pr_cli_glob *g, const char *abspath, bool is_dir)
{
    if (pr_cli_glob_matches(g, abspath, is_dir))
        return true;
    /* every directory above it, up to the root */
    size_t n = strlen(abspath);
    char stack_buf[512];
    char *dir = n < sizeof stack_buf ? stack_buf : malloc(n + 1);
    if (!dir)
        pr_cli_out_of_memory();
    memcpy(dir, abspath, n + 1);
    bool hit = false;
    for (char *slash; !hit && (slash = strrchr(dir, '/')) && slash != dir;) {
        *slash = 0;
        hit = pr_cli_glob_matches(g, dir, true);
    }
    if (dir != stack_buf)
        free(dir);
    return hit;
}

int pr_cli_globs_decide(const pr_cli_globs *list, const char *abspath, bool is_dir)
{
    for (size_t i = list->n; i-- > 0;)
        if (pr_cli_glob_matches(&list->items[i], abspath, is_dir))
            return list->items[i].negated ? -1 : 1;
    return 0;
}

void pr_cli_globs_add(pr_arena *a, pr_cli_globs *list, const char *text, const char *base)
{
    if (list->n == list->cap)
        list->items = pr_cli_grow(a, list->items, &list->cap, sizeof *list->items);
    if (pr_cli_glob_compile(a, &list->items[list->n], text, base))
        list->n++;
}
