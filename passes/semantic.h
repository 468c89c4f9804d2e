/* The semantic model of one file: its scopes, the bindings each scope holds in source
** order, and the references (reads) resolved to them, built by a walk in pyflakes'
** manner (module body first, function and lambda bodies deferred to after it, string
** annotations and `# type:` comments parsed with our own parser and resolved where they
** stand).  Everything sits in growable arrays in the file's arena addressed by 32-bit
** ids: a reference knows its binding, a binding the chain of its references and the
** binding of the same name it replaced, so that a control-flow graph can later be laid
** over the same ids.  The rule passes (unused.c) read the model; the model reports
** nothing itself, it only records the facts that the walk establishes in order (a name
** read before a local assignment, a definition replaced while unused). */
#ifndef PR_SEMANTIC_H
#define PR_SEMANTIC_H

#include <stdbool.h>
#include <stdint.h>

#include "passes/check.h"
#include "passes/passes.h"

enum {
    PR_SEM_NONE = UINT32_MAX,         /* no scope, binding or reference */
    PR_SEM_BUILTIN = UINT32_MAX - 1,  /* the binding of a read that found a builtin */
    PR_SEM_MANY = UINT32_MAX - 2,     /* the home scope of a name bound in several */
};

typedef enum pr_scope_kind {
    PR_SCOPE_MODULE,
    PR_SCOPE_CLASS,
    PR_SCOPE_FUNCTION,
    PR_SCOPE_LAMBDA,
    PR_SCOPE_COMPREHENSION,   /* list, set, dict comprehensions and generator expressions */
    PR_SCOPE_TYPE_PARAMS,     /* PEP 695: the type parameters of a def, class or alias */
} pr_scope_kind;

typedef struct pr_sem_scope {
    uint8_t kind;
    bool uses_locals;         /* a function calling locals() or vars() */
    bool import_starred;      /* holds `from m import *` */
    uint32_t parent;
    const pr_node *node;      /* the Module, ClassDef, FunctionDef, Lambda, comprehension... */
} pr_sem_scope;

typedef enum pr_binding_kind {
    PR_BIND_IMPORT,           /* import a, import a.b as c */
    PR_BIND_SUBMODULE,        /* import a.b, which binds a */
    PR_BIND_FROM_IMPORT,      /* from m import a [as b] */
    PR_BIND_FUTURE,           /* from __future__ import x */
    PR_BIND_STAR,             /* from m import * */
    PR_BIND_ASSIGN,           /* x = ..., x += ..., x: T = ... */
    PR_BIND_NAMED_EXPR,       /* (x := ...) */
    PR_BIND_WITH_ITEM,        /* with ... as x */
    PR_BIND_EXCEPT,           /* except E as x */
    PR_BIND_MATCH,            /* a capture pattern */
    PR_BIND_UNPACKED,         /* a name in a tuple or list target */
    PR_BIND_LOOP_VAR,         /* a for-loop target */
    PR_BIND_COMP_VAR,         /* a comprehension target */
    PR_BIND_ANNOTATION,       /* x: T without a value */
    PR_BIND_ARGUMENT,
    PR_BIND_FUNCTION,
    PR_BIND_CLASS,
    PR_BIND_GLOBAL,           /* global x, nonlocal x */
    PR_BIND_EXPORT,           /* __all__ at module level */
    PR_BIND_DELETION,         /* del x (it leaves the name unbound) */
    PR_BIND_TYPE_PARAM,
} pr_binding_kind;

/* Binding flags. */
enum {
    PR_BF_REEXPORT = 1u << 0,        /* import a as a, from m import a as a */
    PR_BF_TYPE_CHECKING = 1u << 1,   /* under `if TYPE_CHECKING:` */
    PR_BF_UNPACKED = 1u << 2,        /* unpacked from a tuple in an assignment or with */
    PR_BF_HANDLER_UNUSED = 1u << 3,  /* an except name its block never read */
};

typedef struct pr_binding {
    uint32_t name;            /* pr_sem_name id */
    uint32_t scope;
    uint8_t kind;
    uint8_t flags;
    uint32_t fork;            /* the branch of if/try it is in (semantic.c) */
    /* pyflakes' `used`: the scope and node (used_node) of the last read that reached it;
    ** a rebinding of a name takes it over from the binding it replaces, so a read before
    ** `x += 1` keeps the new x used.  (The 32-bit fields come first, then the pointers.) */
    uint32_t used_scope;
    uint32_t first_ref, last_ref;     /* the references resolved to it */
    uint32_t shadowed;        /* the binding of the name it replaced in its scope */
    uint32_t first_export, nexports;  /* __all__: its names in pr_sem.exports */
    const pr_node *used_node; /* the node of used_scope */
    const pr_node *node;      /* Name, alias, arg, def, class, handler, pattern, Global */
    const pr_node *stmt;      /* imports: the import statement; __all__: its statement */
    const char *qualified;    /* imports: `a.b`, `m.x`, `.m.x`; others NULL */
    const pr_node *guard;     /* imports: the try whose handlers catch ImportError */
} pr_binding;

/* Reference flags. */
enum {
    PR_RF_UNDEFINED = 1u << 0,    /* resolved to nothing: F821 */
    PR_RF_STAR = 1u << 1,         /* resolved to nothing with a star import around: F405 */
    PR_RF_SUPPRESSED = 1u << 2,   /* resolved to nothing, but excused */
    PR_RF_ANNOTATION = 1u << 3,   /* in an annotation */
    PR_RF_DELETE = 1u << 4,       /* del x */
};

typedef struct pr_ref {
    uint32_t name;
    uint32_t scope;           /* where the read is */
    uint32_t binding;         /* PR_SEM_NONE, PR_SEM_BUILTIN or a binding id */
    uint32_t next;            /* the binding's next reference */
    uint32_t flags;
    const pr_node *node;      /* the Name read (or deleted) */
} pr_ref;

/* A name exported by __all__, with the string that names it. */
typedef struct pr_export {
    uint32_t name;
    const pr_node *node;
} pr_export;

/* A binding that replaced a definition of the same name (F811, F402). */
typedef enum pr_redef_kind {
    PR_REDEF_UNUSED,          /* replaced in the same scope while unused: F811 */
    PR_REDEF_LOOP,            /* an import shadowed by a loop variable: F402 */
    PR_REDEF_IF_UNUSED,       /* an import shadowed from an inner scope: F811 if the import
                              ** is still unused at the end, F402 for a loop variable */
} pr_redef_kind;

typedef struct pr_redef {
    uint8_t kind;
    bool loop;                /* the new binding is a for-loop target */
    uint32_t binding, existing;
} pr_redef;

/* A name read in a function and then bound there (F823): the read, the outer binding. */
typedef struct pr_local_before {
    uint32_t name;
    const pr_node *read;
} pr_local_before;

typedef struct pr_sem_name {
    const char *text;
    uint32_t same_hash;       /* next name with the same hash */
    int16_t builtin;          /* index in the builtins table, or -1 */
    bool builtin_deleted;     /* `del` of the builtin at module level */
    uint32_t builtin_used_scope;      /* pyflakes' `used` of the builtin binding */
    const pr_node *builtin_used_node;
    /* The one scope that binds the name and its binding there, while only one does (most
    ** names): then its lookups need no table.  PR_SEM_NONE when no scope binds it yet,
    ** PR_SEM_MANY once two do (pr_sem.current holds them all). */
    uint32_t home_scope, home_binding;
} pr_sem_name;

typedef struct pr_sem {
    pr_arena *arena;
    const pr_source *src;
    bool is_init;             /* the file is a package's __init__.py */
    pr_sem_scope *scopes;
    uint32_t nscopes, scopes_cap;
    pr_binding *bindings;
    uint32_t nbindings, bindings_cap;
    pr_ref *refs;
    uint32_t nrefs, refs_cap;
    pr_export *exports;
    uint32_t nexports, exports_cap;
    pr_redef *redefs;
    uint32_t nredefs, redefs_cap;
    pr_local_before *before;
    uint32_t nbefore, before_cap;
    pr_sem_name *names;
    uint32_t nnames, names_cap;
    uint32_t *undefined;      /* refs resolved to nothing, for `global` to excuse */
    uint32_t nundefined, undefined_cap;
    pr_table name_ids;        /* hash of a name -> first name id */
    pr_table current;         /* scope and name -> the name's binding there (or NONE), for
                              ** the names bound in more than one scope */
    /* Forks: the if/try alternatives a binding sits in, as a tree (semantic.c). */
    struct pr_fork *forks;
    uint32_t nforks, forks_cap;
    const uint32_t *line_starts;  /* byte offset of each line (line 1 at [0]): the review's
                                  ** (pr_review_ctx.lines), or made when first needed */
    uint32_t nlines;
    /* The nodes through which the module may read names of other modules, in the order
    ** walked, for the project summary (summary.c), which asks for them (pr_sem_build):
    ** attribute chains on a name (their outermost Attribute), calls that read a namespace
    ** by a member's name or whole (pr_sem_namespace_call), and strings with a colon short
    ** enough to name an entry point ("pkg.mod:func", PR_SEM_ENTRY_POINT_MAX bytes at
    ** most).  Of the code parsed from string annotations and type comments, only the
    ** chains: its strings and calls are not the module's. */
    struct pr_sem_read {
        const pr_node *node;
        uint32_t ref;           /* the first reference made below the node, which is the
                                ** root's in a chain; the others follow in the order walked */
    } *reads;
    uint32_t nreads, reads_cap;
} pr_sem;

enum { PR_SEM_ENTRY_POINT_MAX = 300 };

/* ---- semantic.c: the model's arrays and pyflakes' name operations */

void pr_sem_init(pr_sem *m, pr_arena *a, const pr_source *src, const char *path);
uint32_t pr_sem_intern(pr_sem *m, const char *s, size_t n);
/* The id of a name interned already, or PR_SEM_NONE: the lookup of the passes that run
** after the model is built, which leave it as it is. */
uint32_t pr_sem_find(const pr_sem *m, const char *s, size_t n);
uint32_t pr_sem_scope_new(pr_sem *m, pr_scope_kind kind, uint32_t parent, const pr_node *node);
/* The binding of name in scope, or PR_SEM_NONE: inline, since every read and binding
** asks it of each scope around it; only a name bound in several scopes probes a table. */
uint32_t pr_sem_lookup_shared(const pr_sem *m, uint32_t scope, uint32_t name);
static inline uint32_t pr_sem_lookup(const pr_sem *m, uint32_t scope, uint32_t name)
{
    if (name >= m->nnames)
        return PR_SEM_NONE;
    const pr_sem_name *n = &m->names[name];
    if (n->home_scope == scope)
        return n->home_binding;
    if (n->home_scope != PR_SEM_MANY)
        return PR_SEM_NONE;
    return pr_sem_lookup_shared(m, scope, name);
}
void pr_sem_set(pr_sem *m, uint32_t scope, uint32_t name, uint32_t binding);
/* Whether name is bound in scope as pyflakes sees it (the module holds the builtins). */
bool pr_sem_in_scope(const pr_sem *m, uint32_t scope, uint32_t name);
uint32_t pr_sem_binding_new(pr_sem *m, pr_binding_kind kind, uint32_t name, uint32_t scope,
                            const pr_node *node);
/* A read or deletion of name by a Name node, whose ref field it sets. */
uint32_t pr_sem_ref_new(pr_sem *m, uint32_t name, uint32_t scope, const pr_node *node,
                        uint32_t flags);
/* Resolves reference ref to binding b (or PR_SEM_BUILTIN), marking it used. */
void pr_sem_resolve(pr_sem *m, uint32_t ref, uint32_t binding);
uint32_t pr_sem_fork_new(pr_sem *m, uint32_t parent, const pr_node *node, uint32_t group);
/* pyflakes' differentForks: whether two places are in different alternatives of the
** if or try that is their nearest common ancestor. */
bool pr_sem_different_forks(const pr_sem *m, uint32_t a, uint32_t b);
void pr_sem_redef(pr_sem *m, pr_redef_kind kind, bool loop, uint32_t binding, uint32_t existing);
void pr_sem_add_export(pr_sem *m, uint32_t name, const pr_node *node);
/* Marks ref as resolving to nothing (F821), for a later `global` to excuse. */
void pr_sem_note_undefined(pr_sem *m, uint32_t ref);
/* Records a read of name that a later local binding makes a read before assignment. */
void pr_sem_note_before(pr_sem *m, uint32_t name, const pr_node *read);
/* The byte offset of (lineno, col); and the 0-based line of a byte offset (after the
** first call of pr_sem_offset, which makes the line table). */
uint32_t pr_sem_offset(pr_sem *m, uint32_t lineno, uint32_t col);
uint32_t pr_sem_line_of(const pr_sem *m, uint32_t off);
/* A byte of an identifier (a non-ASCII byte may be). */
static inline bool pr_ident_byte(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}
/* Positions of identifiers the AST does not place: the name of a def or class, of an
** except handler, the asname of an alias, a pattern's capture; the name a binding binds,
** or that the node of a binding binds. */
pr_span pr_sem_binding_span(pr_sem *m, const pr_binding *b);
pr_span pr_sem_name_span(pr_sem *m, const pr_node *n);

bool pr_sem_is_import(const pr_binding *b);
/* pyflakes' Definition: imports, functions and classes. */
bool pr_sem_is_definition(const pr_binding *b);
/* pyflakes' Assignment: a binding that F841 reports when unused. */
bool pr_sem_is_assignment(const pr_binding *b);
/* A function's or lambda's scope (pyflakes' FunctionScope). */
bool pr_sem_function_scope(const pr_sem_scope *s);
/* Names every function treats as used: pyflakes' alwaysUsed (__tracebackhide__ ...) and
** ruff's __debuggerskip__. */
bool pr_sem_always_used(const char *name);
/* A name that may stay unused or be stored and dropped: options' dummy-variable-rgx, by
** default ruff's (`_`, `__`, `_name`). */
bool pr_sem_dummy(const pr_options *options, const char *name);
/* Whether an except clause's type names exception a (or b), alone or in a tuple. */
bool pr_sem_catches(const pr_node *type, const char *a, const char *b);

/* ---- builtins.c */

/* The index of name among Python 3.14's builtins and the module-level names every module
** has (__file__, __builtins__ ...), or -1. */
int pr_sem_builtin(const char *name);

/* ---- sem_walk.c: builds the model of a parsed file */

/* With reads, the model also lists the nodes the project summary reads (pr_sem.reads). */
void pr_sem_build(pr_sem *m, const pr_review_ctx *ctx, bool reads);
/* Whether a call reads a namespace by the name of a member (getattr, hasattr, setattr)
** or whole (vars, dir, inspect.getmembers, globals). */
bool pr_sem_namespace_call(const pr_node *call);

/* ---- sem_strings.c: annotations in strings and comments */

/* A `# type:` comment and the statement pyflakes attaches it to: the last of the
** assignments, loops, withs and defs that starts at or before the comment's line. */
typedef struct pr_type_comment {
    const pr_node *node;
    uint32_t next;            /* the node's next comment, or PR_SEM_NONE */
    uint32_t lineno, col;
    const char *text;         /* after `type:`, without surrounding blanks */
    uint32_t len;
} pr_type_comment;

/* Finds the type comments of a file (none when it has no `# type:` comment); *index maps
** each statement that has some to its first comment + 1. */
uint32_t pr_sem_type_comments(pr_sem *m, const pr_parsed *parsed, pr_type_comment **out,
                              pr_table *index);

/* Parses the text of a string annotation or of a type comment as an expression with our
** parser and returns it with its positions moved into the file: when string (the
** constant the text came from) is one token without escapes, each node where it stands
** inside the string; else every node at `at`.  NULL when the text is no expression. */
const pr_node *pr_sem_parse_annotation(pr_sem *m, const char *text, size_t len, pr_span at,
                                       const pr_node *string);

#endif
