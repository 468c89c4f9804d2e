/* The pyreview command: options, then each file through the front end and the review.
** Without a mode option it reviews the paths (default: the current directory) and prints
** one line per finding; --parse-only reports only syntax errors, --dump-ast prints
** CPython's ast.dump of one file, --dump-tokens its token stream. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static void usage(FILE *out)
{
    fputs("usage: pyreview [-j N] [PATH...]\n"
          "       pyreview --dump-ast FILE\n"
          "       pyreview --dump-tokens FILE\n"
          "       pyreview --parse-only [-j N] PATH...\n"
          "       pyreview --version\n",
          out);
}

int main(int argc, char **argv)
{
    enum { NONE, DUMP_AST, DUMP_TOKENS, PARSE_ONLY } mode = NONE;
    int jobs = 0;
    int first_path = argc;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--dump-ast") == 0) {
            mode = DUMP_AST;
        } else if (strcmp(a, "--dump-tokens") == 0) {
            mode = DUMP_TOKENS;
        } else if (strcmp(a, "--parse-only") == 0) {
            mode = PARSE_ONLY;
        } else if (strncmp(a, "-j", 2) == 0 || strncmp(a, "--jobs", 6) == 0) {
            /* -j N, -jN, --jobs N, --jobs=N */
            const char *v = a[1] == 'j' ? a + 2 : a + 6;
            if (*v == '=' && a[1] == '-')
                v++;
            else if (*v == 0 && ++i < argc)
                v = argv[i];
            char *end;
            errno = 0;
            long n = strtol(v, &end, 10);
            if (!*v || errno || *end || n < 1 || n > 1024) {
                fprintf(stderr, "pyreview: invalid number of jobs: %s\n", *v ? v : a);
                return 2;
            }
            jobs = (int)n;
        } else if (strcmp(a, "--version") == 0) {
            puts("pyreview " PACKAGE_VERSION);
            return 0;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "pyreview: unknown option %s\n", a);
            usage(stderr);
            return 2;
        } else {
            first_path = i;
            break;
        }
    }
    int npaths = argc - first_path;
    switch (mode) {
    case DUMP_AST:
    case DUMP_TOKENS:
        if (npaths != 1) {
            usage(stderr);
            return 2;
        }
        return pr_cli_dump(argv[first_path], mode == DUMP_TOKENS);
    case PARSE_ONLY:
        if (npaths < 1) {
            usage(stderr);
            return 2;
        }
        return pr_cli_parse_paths((const char *const *)argv + first_path, npaths, jobs);
    default: {
        static const char *const here[] = {"."};
        if (npaths == 0)
            return pr_cli_review_paths(here, 1, jobs);
        return pr_cli_review_paths((const char *const *)argv + first_path, npaths, jobs);
    }
    }
}
