/* The letter case of identifiers, and their styles (namecase.c). */
#ifndef PR_NAMECASE_H
#define PR_NAMECASE_H

#include <stdbool.h>
#include <stdint.h>

/* How a name is spelt, its leading and trailing underscores aside (RVW101, RVW102). */
enum {
    PR_STYLE_AMBIGUOUS, PR_STYLE_SNAKE, PR_STYLE_CAMEL, PR_STYLE_PASCAL, PR_STYLE_UPPER,
    PR_STYLE_MIXED, PR_NSTYLES
};

/* What RVW101 tells apart: what a name names (its kind), beside its style. */
enum {
    PR_KIND_FUNCTION, PR_KIND_METHOD, PR_KIND_ARGUMENT, PR_KIND_LOCAL, PR_KIND_ATTRIBUTE,
    PR_KIND_CLASS_ATTR, PR_KIND_MODULE_VAR, PR_KIND_CLASS, PR_NKINDS
};

/* A name of a module RVW101 compares: its kind and style, and whether a base class
** imposes it (then it is not the module's choice, and neither counts nor is reported). */
typedef struct pr_style_use {
    uint8_t kind, style;
    bool imposed;
} pr_style_use;

/* A name whose style is not the one that prevails in its group, with what RVW101's
** message says of it: "`name` <is>; <count> of <total> <noun> here <are>". */
typedef struct pr_style_outlier {
    uint32_t use;                /* its index in the uses */
    const char *is, *noun, *are;
    unsigned count, total;
} pr_style_outlier;

/* Which uses pr_style_outliers may report however the ones marked imposed turn out (each
** may be or not): all but those of a style that prevails in their group in any case. */
void pr_style_candidates(const pr_style_use *uses, uint32_t n, bool *candidate);
/* RVW101 over one module's names: calls report for each outlier, in the uses' order. */
void pr_style_outliers(const pr_style_use *uses, uint32_t n,
                       void (*report)(void *arg, const pr_style_outlier *o), void *arg);

/* What the naming rules ask of an identifier. */
typedef struct pr_name_case {
    bool lowercase;              /* s.lower() == s */
    bool mixed;                  /* pep8-naming's mixedCase: not lowercase, and lowercase
                                 ** after the leading underscores */
    bool dunder;
    uint8_t style;               /* PR_STYLE_* */
} pr_name_case;

void pr_name_case_learn(const char *name, pr_name_case *out);

/* The case flags (lexer/unicode.h's PR_UNI_UPPER, PR_UNI_LOWER, PR_UNI_CHANGES_LOWER) of
** the character at *p, moving *p past it; of the first character of s. */
unsigned pr_next_case(const char **p);
unsigned pr_first_case(const char *s);
/* s.lower() == s; s.isupper(); s.islower() */
bool pr_is_lowercase(const char *s);
bool pr_py_isupper(const char *s);
bool pr_py_islower(const char *s);

#endif
