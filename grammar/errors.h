/* Between the parse driver and the syntax-error messages: what the driver remembers of
** the tokens it fed, so that a failed parse can be explained with CPython's words. */
#ifndef PR_ERRORS_H
#define PR_ERRORS_H

#include <stdint.h>

#include "grammar/build.h"

/* A token given to the parser, with the bracket depth before it. */
typedef struct pr_fed {
    int kind;
    int depth;
    pr_token tok;
} pr_fed;

/* The tokens of the logical line fed so far, for messages: its first few and a window
** of its last ones, so that a long line costs no more memory than a short one. */
enum { PR_LINE_HEAD = 8, PR_LINE_WINDOW = 256 };

typedef struct pr_line {
    pr_fed head[PR_LINE_HEAD];
    pr_fed window[PR_LINE_WINDOW];   /* token i at window[i % PR_LINE_WINDOW] */
} pr_line;

typedef struct pr_error_ctx {
    pr_parse *pp;
    void *parser;            /* in the state where it refused the token */
    const pr_line *line;     /* the logical line so far: tokens fed since the last one */
    uint32_t nline;          /* that ended a line (NEWLINE, INDENT, DEDENT) */
    int major;               /* the refused token */
    pr_token tok;
    int depth;               /* brackets open before it (a closer counts as inside) */
    int next;                /* the token after it (-1 after a lexical error) */
    pr_token next_tok;
} pr_error_ctx;

/* Fills pp->err with the message CPython gives where the parser refused a token. */
void pr_parse_explain(const pr_error_ctx *c);

#endif
