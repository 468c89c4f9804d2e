/* Suppression comments: `# noqa`, `# noqa: CODES` on a finding's line, and the
** file-level `# ruff: noqa`, `# flake8: noqa`, `# pyreview: noqa` (each with optional
** codes), read from the comment table the lexer keeps.  Codes match exactly or as a
** prefix (`F4` covers F401), as flake8 reads them. */
#ifndef PR_NOQA_H
#define PR_NOQA_H

#include <stdbool.h>
#include <stdint.h>

#include "grammar/parse.h"
#include "passes/findings.h"

typedef struct pr_noqa_entry {
    uint32_t lineno;
    uint32_t first_code, ncodes;   /* into codes; ncodes 0: every code */
} pr_noqa_entry;

typedef struct pr_code_ref {
    uint32_t start, len;           /* in the source text */
} pr_code_ref;

typedef struct pr_noqa {
    const char *text;
    pr_noqa_entry *lines;          /* sorted by line */
    uint32_t nlines;
    pr_noqa_entry file;            /* lineno 0: no file-level suppression */
    pr_code_ref *codes;
    uint32_t ncodes;
} pr_noqa;

void pr_noqa_scan(pr_arena *a, const pr_source *src, const pr_parsed *parsed, pr_noqa *out);
bool pr_noqa_suppresses(const pr_noqa *q, const pr_finding *f);

#endif
