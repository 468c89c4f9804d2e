/* What the error-handling and security rules ask of the semantic model and of the
** control-flow graphs: the binding a name reads and the qualified name an expression
** stands for once imports and aliases are resolved (resolve.c); for each read of a local
** name, the definitions that reach it along the CFG (usedef.c, reaching definitions per
** scope); and where a value comes from: a constant, something unknown, or data from
** outside such as a parameter or `sys.argv`, with the steps that built it (taint.c). */
#ifndef PR_DATAFLOW_H
#define PR_DATAFLOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "passes/cfg.h"
#include "passes/check.h"
#include "passes/semantic.h"

/* ------------------------------------------------------------------ resolve.c */

typedef struct pr_resolver {
    const pr_sem *m;
    pr_table scope_of;        /* Module, def, lambda, class ... node -> 1 + its scope */
    uint32_t *scope_first;    /* the bindings of scope s: scope_bindings[scope_first[s] ..
                              ** scope_first[s + 1]), in the order they were made */
    uint32_t *scope_bindings;
} pr_resolver;

void pr_resolver_init(pr_resolver *r, pr_arena *a, const pr_sem *m);
/* The resolver of the file under review, made once (the semantic pass must have run). */
pr_resolver *pr_review_resolver(pr_review_ctx *ctx);

/* The scope a Module, def, lambda, class or comprehension node opens, or PR_SEM_NONE. */
uint32_t pr_resolve_scope(const pr_resolver *r, const pr_node *n);
/* The reference a Name node is (the model's, as the node keeps it), or PR_SEM_NONE. */
uint32_t pr_resolve_ref(const pr_resolver *r, const pr_node *name);
/* The binding a Name node reads: a binding id, PR_SEM_BUILTIN, or PR_SEM_NONE when the
** name is undefined or no read. */
uint32_t pr_resolve_binding(const pr_resolver *r, const pr_node *name);

/* The qualified name e stands for, written into buf (cap bytes), or NULL:
** `subprocess.Popen` for `from subprocess import Popen as P; P`, `os.path.join` for
** `import os; os.path.join`, `eval` for the builtin.  A name that is bound locally (a
** parameter, an assignment, a def) stands for nothing; an undefined name stands for
** itself, as bandit reads it.  Relative imports lose their dots. */
const char *pr_resolve_qualified(const pr_resolver *r, const pr_node *e, char *buf, size_t cap);
/* e as written (`self.log.error`), Names and Attributes only, or NULL. */
const char *pr_resolve_dotted(const pr_node *e, char *buf, size_t cap);
/* Whether e is the builtin name (not shadowed by a binding). */
bool pr_resolve_is_builtin(const pr_resolver *r, const pr_node *e, const char *name);
/* Whether name (dotted) is pattern, or ends with `.pattern`. */
bool pr_name_matches(const char *name, const char *pattern);

/* ---- small questions about expressions */

/* The keyword argument `name` of a call, or NULL. */
const pr_node *pr_call_keyword(const pr_node *call, const char *name);
/* The argument at position pos or given as keyword name (NULL: none), or NULL. */
const pr_node *pr_call_arg(const pr_node *call, uint32_t pos, const char *name);
/* Whether the call spreads arguments (`*args`, `**kwargs`). */
bool pr_call_spreads(const pr_node *call);
bool pr_is_str(const pr_node *e);
/* Python's truth value of a constant expression: 1 true, 0 false, -1 unknown (ruff's
** Truthiness: non-empty displays are true, `None` and `False` names false). */
int pr_truthiness(const pr_resolver *r, const pr_node *e);

/* ------------------------------------------------------------------ managers.c */

/* Whether some context manager of a with statement may suppress an exception of its
** body (a pr_cfg_suppresses judge; resolver is the file's pr_resolver). */
bool pr_with_may_suppress(const void *resolver, const pr_node *with);

/* ------------------------------------------------------------------ errors.c */

/* The error-handling rules (RULES.md §2.6) over a file, run by the security pass, whose
** resolver they share. */
void pr_errors_check(pr_review_ctx *ctx, const pr_resolver *r);

/* ------------------------------------------------------------------ usedef.c */

/* A definition of a local name in a scope: a binding of the semantic model. */
typedef struct pr_usedef pr_usedef;

/* The reaching definitions of scope (a FunctionDef, AsyncFunctionDef or Module node),
** computed once per scope and kept in the arena. */
pr_usedef *pr_usedef_of(pr_arena *a, const pr_resolver *r, const pr_node *scope);
/* The definitions (binding ids) of a local name that reach the read node (a Name load
** of that scope), written into out (at most cap); returns their count, or UINT32_MAX when
** the read is not of a local name of the scope (a global, a builtin, an unknown node). */
uint32_t pr_usedef_reaching(const pr_usedef *u, const pr_node *read, uint32_t *out, uint32_t cap);
/* The statement that makes a binding (an Assign, AugAssign, For, With ...), or NULL. */
const pr_node *pr_usedef_def_stmt(const pr_usedef *u, uint32_t binding);
/* The scope's statements, in the CFG's order (headers of compound statements included). */
uint32_t pr_usedef_nstmts(const pr_usedef *u);
const pr_node *pr_usedef_stmt(const pr_usedef *u, uint32_t i);
const pr_cfg *pr_usedef_cfg(const pr_usedef *u);

/* ---- use-def chains, made by pr_usedef_link (once; the questions below answer nothing
** before it).  A definition is a binding id of the scope; a read is a Name node. */
void pr_usedef_link(pr_arena *a, pr_usedef *u);
/* The reads the definition's value may reach, into out (at most cap): their count, 0 when
** it is never read ("dead"), UINT32_MAX when binding is no definition of the scope. */
uint32_t pr_usedef_reads(const pr_usedef *u, uint32_t binding, const pr_node **out, uint32_t cap);
/* The definitions that may reach a read (as pr_usedef_reaching, from the chains). */
uint32_t pr_usedef_defs(const pr_usedef *u, const pr_node *read, uint32_t *out, uint32_t cap);
/* Whether the read's name may be unbound there: read before any binding on some path, or
** after a `del`. */
bool pr_usedef_maybe_unbound(const pr_usedef *u, const pr_node *read);
/* The first definition (in statement order) that replaces the binding's value on some path
** before a read, or PR_SEM_NONE: "overwritten before read" when the binding is dead. */
uint32_t pr_usedef_replaced_by(const pr_usedef *u, uint32_t binding);
/* Whether the binding's name is read where the graph does not place the read (a nested
** def, lambda or class: a cell variable; a string annotation): any of its values may be
** read then. */
bool pr_usedef_escapes(const pr_usedef *u, uint32_t binding);
/* Whether the binding's name is read at all in the scope or by a nested one (false: every
** binding of it is "never read", F841's case). */
bool pr_usedef_name_read(const pr_usedef *u, uint32_t binding);
/* Whether the statement making the binding is reachable from the scope's entry. */
bool pr_usedef_live(const pr_usedef *u, uint32_t binding);

/* ------------------------------------------------------------------ taint.c */

typedef enum pr_origin {
    PR_ORIGIN_CONST,          /* literals, module constants, built from them */
    PR_ORIGIN_SANITIZED,      /* passed through a quoting or converting function
                              ** (shlex.quote, int ...: taint.c's sanitizers) */
    PR_ORIGIN_UNKNOWN,        /* an attribute, a call result, anything not followed */
    PR_ORIGIN_OUTSIDE,        /* a parameter, sys.argv, os.environ, input(), reads, requests */
} pr_origin;

/* Where a value comes from, and the first steps that built it (for messages). */
typedef struct pr_taint {
    pr_origin origin;
    const char *source;       /* OUTSIDE: "parameter `name`", "`sys.argv`" ...;
                              ** SANITIZED: how, "quoted with `shlex.quote`" */
    uint32_t source_line;
    const char *steps[3];     /* "concatenation", "%-formatting" ... */
    uint32_t step_lines[3];
    uint32_t nsteps;
    const char *param;        /* OUTSIDE from a parameter of the function: its name */
} pr_taint;

typedef struct pr_taint_ctx {
    pr_arena *arena;
    const pr_resolver *r;
    pr_usedef *usedef;        /* of the function (or module) the expressions are in */
    pr_usedef *module;        /* of the module, for the module constants a function reads */
} pr_taint_ctx;

/* Where the value of e (an expression of ctx's scope) comes from. */
pr_taint pr_taint_of(pr_taint_ctx *ctx, const pr_node *e);

#endif
