/* The state the security pass (security.c) shares with the files that hold its checks:
** calls to suspicious functions (security_calls.c), strings and defaults
** (security_strings.c), and the commands that run processes, with their wrappers
** (security_shell.c).  One walk over the file visits every node once and hands each to
** the checks that want it. */
#ifndef PR_SECURITY_H
#define PR_SECURITY_H

#include "passes/dataflow.h"

/* A function of the file that runs a command with its own parameters (RVW505). */
typedef struct pr_inferred_wrapper {
    const pr_node *def;        /* the FunctionDef */
    const char *sink;          /* the sink it forwards to (`subprocess.call`) */
    bool shell;                /* the command runs through a shell */
    bool varargs;              /* the command is the *args it receives */
    uint32_t param;            /* else: the position of the parameter that is the command */
    const char *param_name;
} pr_inferred_wrapper;

/* What the checks know of a qualified name some of them look for (`os.system`): the
** entries of the tables of security_calls.c and security_shell.c, gathered once for the
** run so that a call costs one hash probe, not a binary search of each table. */
typedef struct pr_sec_callee {
    const char *name;
    uint32_t hash;
    uint8_t blacklisted;       /* 1 + its entry in security_calls.c's blacklist, or 0 */
    uint8_t special;           /* 1 + the check security_calls.c makes of its arguments, or 0 */
    uint8_t runner;            /* the kind of command runner of security_shell.c, or 0 */
} pr_sec_callee;

/* A call to a function of the file, checked once the wrappers are known. */
typedef struct pr_local_call {
    const pr_node *call, *callee, *func;
} pr_local_call;

typedef struct pr_sec {
    pr_review_ctx *ctx;
    pr_findings *f;
    const pr_options *opt;
    const bool *enabled;       /* per rule: on for the file */
    pr_resolver r;
    const pr_node *module;
    pr_table usedefs;          /* scope node -> 1 + index in usedef */
    pr_usedef **usedef;
    uint32_t nusedef, usedef_cap;
    bool test_file;
    bool seen_tarfile, seen_flask, seen_paramiko;
    uint64_t tmp_first[4];      /* a bit per first byte of the temporary directories (all
                                ** bits when one is empty, a prefix of every string) */
    const char **wrapper_last;  /* the last part of each command wrapper's name */
    uint64_t wrapper_first[4];  /* a bit per first byte of those */
    pr_inferred_wrapper *wrappers;
    uint32_t nwrappers, wrappers_cap;
    pr_local_call *local_calls;
    uint32_t nlocal_calls, local_calls_cap;
} pr_sec;

/* security.c */
static inline bool pr_sec_on(const pr_sec *s, pr_rule rule)
{
    return s->enabled[rule];
}
/* The entry of name, made on its first mention: for the tables, while they are gathered. */
pr_sec_callee *pr_sec_callee_add(const char *name);
/* The entry of q, a qualified name, or NULL when no table names it. */
const pr_sec_callee *pr_sec_callee_of(const char *q);
/* Gives the finding just reported its own severity and confidence. */
void pr_sec_level(pr_sec *s, pr_level severity, pr_level confidence);
/* Where the value of e, an expression in function func (NULL: the module), comes from. */
pr_taint pr_sec_taint(pr_sec *s, const pr_node *func, const pr_node *e);
/* The reaching definitions of a function (NULL: the module), made once. */
pr_usedef *pr_sec_usedef(pr_sec *s, const pr_node *func);

/* security_calls.c: S102 S103 S113 S201 S202 S301-S324 S501-S509 S601 S610-S612 S701-S704 */
/* q: the qualified name of the callee (pr_resolve_qualified), or NULL; c: its entry. */
void pr_sec_call(pr_sec *s, const pr_node *call, const pr_node *func, const char *q,
                 const pr_sec_callee *c);
/* Adds the names the checks of security_calls.c look for to the entries. */
void pr_sec_call_names(void);
/* The insecure TLS protocol a name or attribute names (S502, S503), or NULL. */
const char *pr_sec_bad_protocol(const pr_node *e);

/* security_strings.c: S104 S105 S106 S107 S108 S503 S608 */
void pr_sec_string(pr_sec *s, const pr_node *str, const pr_node *parent);
void pr_sec_assign(pr_sec *s, const pr_node *stmt);
void pr_sec_compare(pr_sec *s, const pr_node *cmp);
void pr_sec_keywords(pr_sec *s, const pr_node *call);
void pr_sec_defaults(pr_sec *s, const pr_node *def);
void pr_sec_sql(pr_sec *s, const pr_node *e, const pr_node *parent, const pr_node *func);

/* security_shell.c: S602-S607 S609 RVW503 RVW504 RVW505, and RVW504 for the other sinks */
void pr_sec_shell(pr_sec *s, const pr_node *call, const pr_node *func, const char *q,
                  const pr_sec_callee *c);
/* Adds the command runners' names to the entries. */
void pr_sec_shell_names(void);
/* After the walk: the calls to the functions inferred as wrappers. */
void pr_sec_shell_finish(pr_sec *s);
/* RVW504 for an argument of a sink that is not a command (eval, SQL, deserialisation). */
void pr_sec_tainted_arg(pr_sec *s, const pr_node *arg, const pr_node *func, const char *what,
                        pr_level severity);

#endif
