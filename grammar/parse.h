/* The parser's entry point: tokens from the lexer, soft keywords and look-ahead tokens
** decided by the driver, the lemon parser building the AST, syntax errors worded and
** placed as CPython does. */
#ifndef PR_PARSE_H
#define PR_PARSE_H

#include <stdbool.h>

#include "ast/ast.h"
#include "lexer/lexer.h"

struct pr_parse;

typedef struct pr_parsed {
    pr_node *module;
    const pr_comment *comments;
    uint32_t ncomments;
} pr_parsed;

/* Parses the prepared source of one file.  Everything lives in arena a.  Returns false
** with err set when the source has a syntax error. */
bool pr_parse_file(pr_arena *a, const pr_source *src, pr_parsed *out, pr_syntax_error *err);

/* From the generated parser (python.y). */
void *pr_parserAlloc(void *(*malloc_fn)(size_t), struct pr_parse *pp);
void pr_parserFree(void *p, void (*free_fn)(void *));
void pr_parser(void *p, int major, pr_token minor);
int pr_parser_simulate(void *parser, const int *majors, int n);

#endif
