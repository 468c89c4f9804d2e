/* What the files behind pr_syntax_check share.  CPython makes its post-parse checks in
** passes, each run to its first error: the __future__ imports, the symbol table (a walk,
** then an analysis of the scopes it built), then the compiler; here syntaxcheck.c,
** symtable.c and compile.c, in the same order, with patterns.c for the compiler's checks
** of match patterns, fold.c for the constants its AST optimizer folds first, and table.c
** for the hash tables they keep in the file's arena.  They share the state of one check
** (the arena, the error being filled, the exit taken on the first error) and the scopes
** the symbol table leaves for the compiler. */
#ifndef PR_CHECK_H
#define PR_CHECK_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "passes/passes.h"

/* An open-addressing hash table in the arena from nonzero 64-bit keys to 32-bit values. */
typedef struct pr_table {
    uint64_t *keys;
    uint32_t *values;
    uint32_t cap, count;
} pr_table;

/* The value stored under key, or `none`. */
uint32_t pr_table_get(const pr_table *t, uint64_t key, uint32_t none);
/* Stores value under key (replacing any), growing the table in arena a. */
void pr_table_put(pr_arena *a, pr_table *t, uint64_t key, uint32_t value);
/* Makes room for n more keys at once, so that putting them does not grow the table. */
void pr_table_reserve(pr_arena *a, pr_table *t, uint32_t n);

/* What the compiler pass asks of a scope. */
typedef struct pr_scope {
    bool coroutine;             /* async def, or holds await or an async comprehension */
    bool generator;             /* holds yield (a generator expression is one too) */
    bool inlined;               /* a comprehension compiled into its enclosing code */
} pr_scope;

typedef struct pr_symtable pr_symtable;

typedef struct pr_check {
    pr_arena *arena;
    pr_syntax_error *err;
    jmp_buf *fail;              /* where pr_check_fail returns to */
    bool future_annotations;    /* from __future__ import annotations */
    /* Where the leading __future__ imports end (CPython's ff_location); line 0: none. */
    uint32_t future_lineno, future_col;
    pr_symtable *symtable;
} pr_check;

/* Reports a syntax error at the 0-based byte column col of line lineno and leaves the
** check.  CPython's symbol table and compiler report byte offsets, not characters. */
_Noreturn void pr_check_fail(pr_check *c, uint32_t lineno, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Builds the scopes of module (fails with CPython's symbol-table errors). */
void pr_symtable_build(pr_check *c, const pr_node *module);
/* The scope a function, lambda or comprehension node opens. */
const pr_scope *pr_symtable_scope(const pr_check *c, const pr_node *n);

/* A constant as CPython's AST optimizer folds it, with as much of its value as the checks
** need. */
typedef enum pr_value_type {
    PR_VALUE_UNKNOWN,           /* a constant of a type not followed (an item of a tuple) */
    PR_VALUE_NONE, PR_VALUE_ELLIPSIS, PR_VALUE_BOOL, PR_VALUE_INT, PR_VALUE_FLOAT,
    PR_VALUE_COMPLEX, PR_VALUE_STR, PR_VALUE_BYTES, PR_VALUE_TUPLE,
} pr_value_type;

typedef struct pr_value {
    pr_value_type type;
    bool big;                   /* an int of 127 bits or more, known by its length only */
    bool negative;              /* an int's sign */
    uint64_t magnitude[2];      /* an int's or bool's magnitude, low word first, unless big */
    uint64_t bits;              /* a big int's int.bit_length() */
    const char *digits;         /* an int's decimal digits when known (from a literal) */
    size_t ndigits;
    double re, im;              /* a float (re) or complex */
    const char *text;           /* a str (UTF-8) or bytes literal */
    size_t len;
    size_t count;               /* a str's characters, a bytes' or tuple's items */
} pr_value;

/* Whether the optimizer folds e into a constant, and to which value (the walk's stacks
** come from a). */
bool pr_fold(pr_arena *a, const pr_node *e, pr_value *v);
/* A number's value as a double (re) and imaginary part; false for an int too large. */
bool pr_value_to_double(const pr_value *v, double *re, double *im);

/* The compiler's checks, run once the symbol table is built. */
void pr_compile_check(pr_check *c, const pr_node *module);

/* The compiler's checks of one case pattern: irrefutable patterns that are not last (unless
** allow_irrefutable), names bound twice or by some alternatives only, misplaced stars,
** keys and values that are no literals, duplicate keys and attribute names. */
void pr_pattern_check(pr_check *c, const pr_node *pattern, bool allow_irrefutable);

/* `_`, the pattern that matches anything and binds nothing. */
bool pr_is_wildcard(const pr_node *pattern);

/* True for "__debug__", the one name CPython refuses to bind or delete. */
bool pr_is_debug_name(const char *name);

#endif
