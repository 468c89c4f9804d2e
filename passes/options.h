/* What configuration tells the rules: thresholds, name lists, conventions, declared command
** wrappers, the target Python version.  The command stage (cli/) fills one pr_options per
** configuration file from `[tool.pyreview]` and the command line (each field mirrors a key
** of cli/settings.def) and hands it to every pass through pr_review_ctx; passes only read it.
** A new rule option is a field here plus a line in cli/settings.def. */
#ifndef PR_OPTIONS_H
#define PR_OPTIONS_H

#include <regex.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct pr_strlist {
    const char *const *items;
    uint32_t n;
} pr_strlist;

/* How cyclomatic complexity is counted (RULES.md §2.3). */
typedef enum pr_complexity_model {
    PR_COMPLEXITY_RUFF, PR_COMPLEXITY_MCCABE, PR_COMPLEXITY_RADON
} pr_complexity_model;

typedef enum pr_docstring_convention {
    PR_CONVENTION_NONE, PR_CONVENTION_PEP257, PR_CONVENTION_NUMPY, PR_CONVENTION_GOOGLE
} pr_docstring_convention;

/* A function that runs commands the way a known sink does (RULES.md §2.7). */
typedef enum pr_wrapper_kind { PR_WRAPPER_SUBPROCESS, PR_WRAPPER_SHELL, PR_WRAPPER_NO_SHELL } pr_wrapper_kind;
typedef enum pr_wrapper_argv {
    PR_ARGV_FIRST,     /* the command is the first argument (a string or a list) */
    PR_ARGV_VARARGS    /* the command is spread over the positional arguments */
} pr_wrapper_argv;

typedef struct pr_command_wrapper {
    const char *name;            /* qualified name, e.g. "nova.utils.execute" */
    pr_wrapper_kind kind;
    pr_wrapper_argv argv;
    const char *shell_kw;        /* keyword that asks for a shell, or NULL */
    pr_strlist privilege_kw;     /* keywords that ask for privileges (RVW503) */
} pr_command_wrapper;

typedef struct pr_options {
    int target_minor;                    /* the oldest Python 3.N the code must run on */

    int max_complexity;                  /* C901 */
    pr_complexity_model complexity_model;
    int max_branches, max_returns, max_args, max_positional_args;   /* PLR0912 PLR0911 PLR0913 PLR0917 */
    int max_statements, max_locals, max_nested_blocks, max_bool_expr; /* PLR0915 PLR0914 PLR1702 PLR0916 */

    pr_strlist naming_ignore_names;      /* glob patterns of names N8xx never report */
    pr_strlist classmethod_decorators, staticmethod_decorators;

    pr_docstring_convention convention;
    pr_strlist docstring_ignore_decorators;

    const char *dummy_variable_rgx;      /* names that may stay unused */
    const regex_t *dummy_variable_re;    /* the same, compiled (POSIX extended), or NULL */
    pr_strlist allowed_unused_imports;   /* module prefixes whose imports have side effects */

    pr_strlist generic_exceptions;       /* RVW401, RVW402 */
    int generic_raise_functions;         /* RVW402: functions raising one generic exception */
    pr_strlist logger_objects;           /* BLE001 TRY400 TRY401: loggers by qualified name */
    bool check_typed_exception;          /* S110 S112: typed handlers too */

    bool assert_in_tests;                /* S101 in test files too */
    bool report_constant_commands;       /* S603 for commands proved constant too */
    pr_strlist tmp_directories;          /* S108: prefixes of shared temporary directories */

    const pr_command_wrapper *command_wrappers;
    uint32_t ncommand_wrappers;
} pr_options;

/* Every option's default (dummy_variable_re is NULL there: compiled only by the command). */
extern const pr_options pr_options_defaults;

#endif
