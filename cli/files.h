/* The list of files a run looks at, from the paths on the command line. */
#ifndef PR_FILES_H
#define PR_FILES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pr_file {
    char *path;
    bool explicit;   /* named on the command line rather than found in a directory */
} pr_file;

typedef struct pr_file_list {
    pr_file *items;
    size_t n, cap;
} pr_file_list;

/* Appends the files the paths name or hold, each directory's files sorted by path.
** Returns the number of paths that could not be read (each reported on stderr). */
int pr_cli_collect(pr_file_list *l, const char *const *paths, int npaths);
void pr_cli_free_list(pr_file_list *l);

#endif
