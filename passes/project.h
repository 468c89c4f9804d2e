/* Whole-project analysis: while a file is reviewed, the passes leave a small summary of
** it (its module name, what it binds at module level and exports, what it reads of other
** modules, its identifiers' spellings, its classes with their bases, methods and message
** templates, the raises of classes it cannot see the template of); the
** summary is copied out of the file's arena, which is then released.  After every file,
** the join (project.c) reads the summaries together: RVW202 (public module-level names
** nothing in the tree reads), RVW102 (one identifier spelt in two styles across the tree),
** and the findings the per-file passes could only make on condition (a method name or a
** missing docstring that a base class in another file of the tree may impose or document),
** and RVW401/RVW403 for raises of a class whose message template is in another file.
** Summaries hold no AST: names as strings, places as spans, bases and imports as absolute
** dotted names. */
#ifndef PR_PROJECT_H
#define PR_PROJECT_H

#include <stdbool.h>
#include <stdint.h>

#include "passes/passes.h"

struct pr_sem;
struct pr_binding;
struct pr_class_index;
struct pr_summary_work;

/* What a module-level name is bound to. */
typedef enum pr_def_kind { PR_DEF_VARIABLE, PR_DEF_CONSTANT, PR_DEF_FUNCTION, PR_DEF_CLASS } pr_def_kind;

/* A public name the module binds at module level, never read in it nor exported, that
** only the join can tell unused (RVW202). */
typedef struct pr_sum_def {
    const char *name;
    uint8_t kind;               /* pr_def_kind */
    pr_span at;                 /* the first binding's name */
    uint32_t site;              /* the output stage's place for a finding here */
} pr_sum_def;

/* A name the module binds by importing it: a re-export when another module reads it. */
typedef struct pr_sum_import {
    const char *name;
    const char *target;         /* absolute: `a.b.c` for `from a.b import c` */
} pr_sum_import;

/* A spelling of an identifier (naming.c's kinds and styles), for RVW102.  Its place is
** in the summary's ident_at until its site is made: a tree has many identifiers. */
typedef struct pr_sum_ident {
    const char *name;
    uint8_t kind, style;        /* naming.c's */
    uint32_t key;               /* pr_identifier_key_hash of the name */
    uint32_t cond;              /* 0, or 1 + the condition that makes the name imposed */
    uint32_t site;
} pr_sum_ident;

/* A name RVW101 compares (naming.c's kinds and styles), when some of the module's names
** stand on a condition: the join counts them and reports the outliers. */
typedef struct pr_sum_style {
    const char *name;           /* NULL: the join will not report it, only count it */
    uint8_t kind, style;
    uint32_t cond;              /* 0, or 1 + the condition that makes the name imposed */
    pr_span at;
    uint32_t site;
} pr_sum_style;

/* The summary's copy of a name RVW101 counts: most are never reported, and keep no more. */
typedef struct pr_sum_count {
    uint8_t kind, style;
    uint32_t cond;              /* as the style's */
    uint32_t named;             /* its index in styles, or UINT32_MAX when it has no name */
} pr_sum_count;

/* A name a class body binds; documented: a def with a docstring. */
typedef struct pr_sum_member {
    const char *name;
    bool documented;
} pr_sum_member;

typedef struct pr_sum_class {
    const char *name;
    const char **bases;         /* absolute dotted names (`mod.Base` for the same file's) */
    uint32_t nbases;
    pr_sum_member *members;
    uint32_t nmembers;
    /* its members are listed: a class listed for its message template alone is, to the
    ** conditions on methods, as if it were not in the summary */
    bool members_known;
    /* its `msg_fmt` or `message`: the text; "" when it is no string, which hides the
    ** bases' as well; NULL when the class sets neither */
    const char *template;
} pr_sum_class;

/* A raise of a class the file cannot see the message template of (imported, or of the
** file but deriving from an imported one), with no message of its own: RVW401 when it
** gives no argument, RVW403 when its keywords miss a key of the template the join finds. */
typedef struct pr_sum_raise {
    const char *cls;            /* absolute dotted name */
    const char *written;        /* as the raise names it */
    const char **keywords;      /* the keyword arguments it gives */
    uint32_t nkeywords;
    pr_span at;                 /* the raised expression */
    uint32_t site;
} pr_sum_raise;

/* A finding made on condition: it stands unless a base class of `cls` (an index in
** classes) in another file of the tree binds `method` (PR_COND_IMPOSED) or documents it
** (PR_COND_DOCUMENTED), or (PR_COND_READ_ELSEWHERE, no class) unless another module of
** the tree reads the module's name `method`. */
typedef enum pr_cond_kind { PR_COND_IMPOSED, PR_COND_DOCUMENTED, PR_COND_READ_ELSEWHERE } pr_cond_kind;

typedef struct pr_sum_cond {
    uint32_t cls;
    uint8_t kind;
    const char *method;
} pr_sum_cond;

/* Module flags. */
enum {
    PR_MOD_PACKAGE = 1u << 0,   /* an __init__.py */
    PR_MOD_NO_UNUSED = 1u << 1, /* RVW202 reports nothing here: setup.py, __init__.py, stubs,
                                ** conftest.py, modules that read their globals dynamically */
    PR_MOD_ALL = 1u << 2,       /* __all__ is known: exports lists every public name */
};

typedef struct pr_summary {
    const char *module;         /* dotted, from the path and the __init__.py files above it */
    const char *outer;          /* the directories above the module's top package, dotted
                                ** (`src.ns` for src/ns/m.py with no __init__.py in ns): a
                                ** PEP 420 namespace package may import it as `ns.m` */
    uint32_t flags;
    /* what the join will need of it: its RVW202 candidates (the rule reports here), its
    ** identifiers (RVW102 runs), its reads of other modules (RVW202 runs somewhere), all
    ** its classes (other files may derive from them) */
    bool want_defs, want_idents, want_refs, want_classes;
    /* its classes that may hold or pass on a message template, and its raises of classes
    ** whose template it cannot see (RVW401, RVW403) */
    bool want_templates;
    pr_sum_def *defs;
    uint32_t ndefs, defs_cap;
    const char **publics;       /* every public module-level name, for `import *` */
    uint32_t npublics, publics_cap;
    pr_sum_import *imports;     /* module-level imports */
    uint32_t nimports, imports_cap;
    const char **refs;          /* absolute dotted names read through imports (`a.b.X`, `a.b.*`) */
    uint32_t nrefs, refs_cap;
    const char **attrs;         /* attribute names read of anything that is no import */
    uint32_t nattrs, attrs_cap;
    pr_sum_ident *idents;
    uint32_t nidents, idents_cap;
    pr_span *ident_at;          /* while the file is reviewed: where each ident is */
    pr_sum_style *styles;       /* RVW101's names, when the join must decide it: all of them
                                ** while the file is reviewed, in the copy those with a name */
    uint32_t nstyles;
    pr_sum_count *counts;       /* the copy's: every name of RVW101, in order */
    uint32_t ncounts;
    pr_sum_class *classes;
    uint32_t nclasses, classes_cap;
    pr_sum_cond *conds;
    uint32_t nconds, conds_cap;
    pr_sum_raise *raises;
    uint32_t nraises, raises_cap;
    /* while the file is reviewed */
    pr_arena *arena;
    struct pr_summary_work *work;   /* summary.c's indexes */
} pr_summary;

/* ---- summary.c */

/* An empty summary of the file at abspath (its module name read from the directories
** above it), in arena a. */
void pr_summary_init(pr_summary *s, pr_arena *a, const char *abspath);
/* The module-level facts: defs, imports, refs, attrs, classes (a pass, after naming and
** docstrings, which add identifiers and conditions). */
void pr_pass_summary(pr_review_ctx *ctx);
/* The class of the summary for a ClassDef of the module (added when first asked), and a
** condition on it; returns 1 + the condition's index, for pr_finding.cond. */
uint32_t pr_summary_condition(pr_summary *s, struct pr_sem *sem, const pr_node *cls, pr_cond_kind kind,
                              const char *method);
/* A condition that another module of the tree reads the module's name (for RVW201). */
uint32_t pr_summary_read_elsewhere(pr_summary *s, const char *name);
/* Whether cls, or a class of the index it derives from, has a base that names an import:
** a class of another file of the tree, perhaps. */
bool pr_summary_imported_ancestry(const struct pr_class_index *ix, struct pr_sem *sem,
                                  const pr_node *cls);
/* A raise the file leaves to the join (want_templates): of the class `written` names,
** whose head is the binding head (an import, or a class of the file), at exc; call is
** the Call raised, or NULL for `raise X`. */
void pr_summary_raise(pr_summary *s, const struct pr_binding *head, const char *written, const pr_node *exc,
                      const pr_node *call);
/* The summary of a file that does not parse: every word of its text (len bytes) counts
** as a name read of anything, so the join calls nothing it may read unused. */
void pr_summary_words(pr_summary *s, const char *text, size_t len);
/* A deep copy in arena to, sharing no memory with the file's arena. */
pr_summary *pr_summary_copy(pr_arena *to, const pr_summary *s);

/* ---- project.c: the join */

/* What the join sees of each file: its summary (NULL when it was not reviewed), whether the
** project rules are on for it, and its path as shown. */
typedef struct pr_project_file {
    const pr_summary *summary;
    const char *path;
    bool rvw101, rvw102, rvw202, rvw401, rvw403;
} pr_project_file;

/* A project finding: in file `file`, at the site of a def (RVW202), an ident (RVW102) or
** a raise (RVW401, RVW403). */
typedef struct pr_project_finding {
    uint32_t file;
    uint16_t rule;
    uint8_t confidence;
    uint32_t site;
    const char *message;
} pr_project_finding;

typedef struct pr_project {
    pr_arena *arena;
    const pr_project_file *files;
    uint32_t nfiles;
    bool tree;                  /* a directory was reviewed, not only files */
    const char **entry_points;  /* dotted names the project's packaging declares (RVW202) */
    uint32_t nentry_points;
    pr_project_finding *findings;
    uint32_t nfindings, findings_cap;
    struct pr_join *state;      /* the join's own (project.c) */
} pr_project;

/* Runs the join over files (in the output's file order, so that its findings do not
** depend on the number of threads); everything it makes is in p->arena. */
void pr_project_join(pr_project *p);
/* Whether the condition cond (1-based) of a file's summary holds: a base class in the tree
** imposes or documents the method, so the finding made on it is void. */
bool pr_project_condition_holds(pr_project *p, uint32_t file, uint32_t cond);

/* ---- message templates, shared with errors.c */

/* The message template a class body sets (`msg_fmt = "..."`, `message = _("...")`): true
** when it sets one, with *text its string, or NULL when it is no string. */
bool pr_class_template(const pr_node *cls, const pr_const **text);
/* The `%(key)s` keys of template that given(arg, key) says the raise does not pass (all,
** when given is NULL), as "`a`, `b`" into out; returns how many. */
uint32_t pr_template_missing(const char *template, bool (*given)(const void *arg, const char *key),
                             const void *arg, char *out, size_t cap);
/* RVW401's reason when the template needs keys: template, keys. */
#define PR_TEMPLATE_NEEDS ": its message template `%s` needs %s"

/* ---- shared with naming.c and imposed.c */

/* RVW102's key of a spelling: lowercase, without underscores, into buf; false when it
** does not fit. */
bool pr_identifier_key(const char *name, char *buf, size_t cap);
/* A hash of that key (never 0), or 0 when the name has none: made while the name is at
** hand, so that the join groups the tree's identifiers without reading their text. */
uint32_t pr_identifier_key_hash(const char *name);
/* Whether a standard-library base (qualified as imported) imposes a method name. */
bool pr_library_imposes(const char *qualified_base, const char *name);
/* The qualified name a base class expression stands for through the module's imports
** (imposed.c). */
bool pr_qualified_base(struct pr_sem *sem, const pr_node *base, char *buf, size_t cap);

#endif
