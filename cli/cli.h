/* The command's parts: reading files, walking directories, running the front end on
** each file and printing what it found. */
#ifndef PR_CLI_H
#define PR_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ast/arena.h"
#include "lexer/lexer.h"

/* Reads a whole regular file into the arena (with room for a NUL after it).  Returns
** false with a message in errbuf when the path cannot be read as a file. */
bool pr_cli_read_file(pr_arena *a, const char *path, char **data, size_t *len, char *errbuf,
                      size_t errlen);

/* Prints one syntax error as `path:line:col: E999 Kind: message`. */
void pr_cli_print_syntax_error(FILE *out, const char *path, const pr_syntax_error *err);

/* --dump-ast / --dump-tokens of one file; returns the exit status. */
int pr_cli_dump(const char *path, bool tokens);

/* --parse-only over files and directories with jobs threads (0: one per CPU). */
int pr_cli_parse_paths(const char *const *paths, int npaths, int jobs);

/* The review of files and directories, with jobs threads; returns the exit status. */
int pr_cli_review_paths(const char *const *paths, int npaths, int jobs);

#endif
