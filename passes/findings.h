/* Findings: what the passes report, as plain data (rule, place, message, severity and
** confidence), collected per file in the file's arena; and the rule table expanded from
** rules.def.  Formatting and filtering are the output stage's job (cli/). */
#ifndef PR_FINDINGS_H
#define PR_FINDINGS_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "ast/arena.h"
#include "ast/ast.h"

typedef enum pr_rule {
#define RULE(code, name, concern, dflt, sev, conf, msg) PR_RULE_##code,
#include "passes/rules.def"
#undef RULE
    PR_RULE_COUNT
} pr_rule;

/* The reviewer's concerns, in the order the review report presents them: command execution
** is a part of security, so it follows it. */
typedef enum pr_concern {
    PR_CONCERN_SYNTAX, PR_CONCERN_SECURITY, PR_CONCERN_COMMAND_EXECUTION, PR_CONCERN_NAMING,
    PR_CONCERN_DOCSTRINGS, PR_CONCERN_UNUSED_IMPORTS, PR_CONCERN_UNUSED_VARIABLES,
    PR_CONCERN_COMPLEXITY, PR_CONCERN_ERROR_HANDLING, PR_CONCERN_META
} pr_concern;

typedef enum pr_level { PR_LOW = 1, PR_MEDIUM, PR_HIGH } pr_level;

typedef struct pr_rule_info {
    const char *code;
    const char *name;
    pr_concern concern;
    bool default_on;
    pr_level severity, confidence;
    const char *message;
} pr_rule_info;

extern const pr_rule_info pr_rules[PR_RULE_COUNT];

/* The rule of a code ("F401"), or -1. */
int pr_rule_by_code(const char *code, size_t len);

/* A place in the file: 1-based lines, 0-based UTF-8 byte columns. */
typedef struct pr_span {
    uint32_t lineno, col, end_lineno, end_col;
} pr_span;

typedef struct pr_finding {
    uint16_t rule;
    uint8_t severity, confidence;
    uint32_t lineno, col;            /* 1-based line, 0-based UTF-8 byte column */
    uint32_t end_lineno, end_col;
    const char *message;
    uint32_t cond;                   /* 0, or 1 + the condition of the file's summary that
                                     ** voids it (project.h): a finding made on condition */
} pr_finding;

typedef struct pr_findings {
    pr_arena *arena;
    pr_finding *items;
    uint32_t n, cap;
} pr_findings;

void pr_findings_init(pr_findings *f, pr_arena *a);

/* Adds a finding of rule at n's position, its message made from the rule's template and
** the arguments: the template itself (pr_rules[rule].message) when it takes none. */
void pr_report(pr_findings *f, pr_rule rule, const pr_node *n, ...);
/* The same at an explicit position. */
void pr_report_at(pr_findings *f, pr_rule rule, uint32_t lineno, uint32_t col, uint32_t end_lineno,
                  uint32_t end_col, ...);

/* pr_report_at with the template's arguments as a va_list. */
void pr_report_va(pr_findings *f, pr_rule rule, uint32_t lineno, uint32_t col, uint32_t end_lineno,
                  uint32_t end_col, va_list ap);

/* Makes the last finding added stand on condition cond (project.h). */
void pr_finding_condition(pr_findings *f, uint32_t cond);

/* Sorts by position, then code, then message: the order of every output. */
void pr_findings_sort(pr_findings *f);

#endif
