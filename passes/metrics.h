/* Code metrics of one file, as the complexity rules and `pyreview --metrics` use them:
** cyclomatic complexity per function in the three models users meet (ruff's C901,
** mccabe's as flake8 runs it, radon's `cc`), radon's raw line counts, Halstead volume and
** maintainability index.  Each model reproduces its tool's numbers, quirks included
** (RULES.md §2.3); the comments at each model say which quirks and why they are kept.
**
** complexity.c   the three cyclomatic models (ruff's on the CFG of cfg.c)
** rawmetrics.c   radon's LOC, LLOC, SLOC, comments, multi, blank
** halstead.c     radon's Halstead counts and the maintainability index
** metrics.c      everything for one file together, and the rank letters
** position.c     where names and lines are in the source */
#ifndef PR_METRICS_H
#define PR_METRICS_H

#include <stdbool.h>
#include <stdint.h>

#include "grammar/parse.h"
#include "lexer/lexer.h"
#include "passes/options.h"

/* The models are options.h's pr_complexity_model; their names, as the setting spells them. */
enum { PR_CC_MODELS = PR_COMPLEXITY_RADON + 1 };
extern const char *const pr_cc_model_names[PR_CC_MODELS];

typedef enum pr_block_kind {
    PR_BLOCK_FUNCTION,
    PR_BLOCK_METHOD,   /* a def directly in a class body (possibly under if/try/with) */
    PR_BLOCK_CLASS,    /* rated by radon only */
    PR_BLOCK_GRAPH,    /* mccabe's graph of a module- or class-level if/for/while/try */
} pr_block_kind;

/* A unit that at least one model rates. */
typedef struct pr_cc_block {
    const pr_node *node;    /* the def, the class, or the graph's statement */
    const char *name;       /* the def's or class's own name; for a graph "If 12" */
    const char *qualname;   /* with the enclosing classes and functions: "C.m", "f.g" */
    uint32_t lineno, col;   /* of the statement */
    uint8_t kind;           /* pr_block_kind */
    int32_t cc[PR_CC_MODELS];   /* -1 where that model does not rate the unit */
} pr_cc_block;

typedef struct pr_cc_blocks {
    pr_cc_block *items;     /* in source order */
    uint32_t n;
    uint32_t radon_total;   /* radon's total complexity of the module (for the MI) */
} pr_cc_blocks;

/* "prefix.name" in a, or name when prefix is NULL: the qualified names of units. */
const char *pr_dotted_name(pr_arena *a, const char *prefix, const char *name);

/* radon's Halstead counts of the whole module (h_visit(...).total). */
typedef struct pr_halstead {
    uint32_t h1, h2, n1, n2;    /* distinct operators, distinct operands, totals */
    double volume;
} pr_halstead;

/* What the call graph (RVW302) takes from the walk over every node: the defs and classes
** in source order (pre-order), each with the one around it, and the calls that may lead
** to one of them (the callee a name, or an attribute of a name), each with the def it runs
** in.  A call in a lambda, or in a class nested in a def, runs in that def; calls outside
** defs are not kept. */
enum { PR_CALLS_NONE = UINT32_MAX };

typedef struct pr_call_scope {
    const pr_node *node;    /* a def or a class */
    uint32_t parent;        /* index of the def or class around it, PR_CALLS_NONE at module level */
    const char *self;       /* of a def: pr_callgraph_self's name */
} pr_call_scope;

/* The walk has the call at hand: the report reads no node of it. */
typedef struct pr_call_site {
    uint32_t caller;        /* index of the def in scopes */
    bool method;            /* the callee is `self.name` (self: the caller's), else `name` */
    const char *name;
} pr_call_site;

typedef struct pr_calls {
    pr_call_scope *scopes;
    uint32_t nscopes, scopes_cap;
    pr_call_site *sites;    /* in source order */
    uint32_t nsites, sites_cap;
} pr_calls;

/* What the statements tell of radon's line counts, for bounds of the maintainability
** index (metrics.c): pr_line_bounds_add is given every statement in source order, and
** the walk counts in colons the nodes below statements that hold a `:` token. */
typedef struct pr_line_bounds {
    uint32_t parts;             /* the parts there are (metrics.c) */
    uint32_t colons;            /* at least the parts holding a `:` that does not end them */
    uint32_t code_lines;        /* at most the source lines */
    uint32_t last_code_line;
    uint32_t string_lines;      /* at least the docstring lines */
} pr_line_bounds;

void pr_line_bounds_add(pr_line_bounds *lb, const pr_node *stmt);

/* pylint's size limits (PLR0911-PLR0915, PLR1702: limits.c), counted in the complexity
** walk, which gives pr_limits_stmt every statement of every body, in source order, with
** where the body sits and the counts of the def around it (a tally of the module's or a
** class's own for statements outside defs), and pr_limits_def each def once its body is
** walked.  pr_limits_stmt sets *inner to where the statement's own bodies sit, when it
** has bodies. */
typedef struct pr_limits pr_limits;

typedef struct pr_limits_tally {
    uint32_t returns, branches, statements;
} pr_limits_tally;

typedef struct pr_limits_at {
    uint32_t depth;         /* block statements from the module down to the body */
    bool in_function;       /* the body's scope is a def */
    bool in_block;          /* the body belongs to a block statement (not a match, def, class) */
    bool block_seen;        /* a block statement came before in the body (set by the walk) */
    const pr_node *elif;    /* the If that is an elif clause of the if holding the body */
} pr_limits_at;

struct pr_review_ctx;
/* NULL when no PLR rule is on or the file has no semantic model. */
pr_limits *pr_limits_start(struct pr_review_ctx *ctx);
void pr_limits_stmt(pr_limits *l, const pr_node *s, pr_limits_at *at, pr_limits_tally *t,
                    pr_limits_at *inner);
/* def's counts are t; outer gets its statements. in_class: def is in a class body. */
void pr_limits_def(pr_limits *l, const pr_node *def, bool in_class, const pr_limits_tally *t,
                   pr_limits_tally *outer);
void pr_limits_finish(pr_limits *l);

/* Every unit of the module and its complexity in the models asked for (a bit
** 1u << model each; PR_CC_ALL: all three); the others' numbers stay -1.  With halstead
** (radon's model asked for), the Halstead counts too, with calls the call graph's calls,
** with lines the line bounds, with limits the size limits: the walk gathers them on the
** way. */
enum { PR_CC_ALL = (1u << PR_CC_MODELS) - 1 };
void pr_complexity_blocks(pr_arena *a, const pr_node *module, unsigned models, pr_halstead *halstead,
                          pr_cc_blocks *out, pr_calls *calls, pr_line_bounds *lines, pr_limits *limits);

/* The name a def's calls of `self.m()` go through (callgraph.c): a method's first
** parameter (none for a staticmethod), in a def nested in another def the outer one's
** (outer_self), none at module level.  in_class: the def is in a class body. */
const char *pr_callgraph_self(const pr_node *def, bool in_class, const char *outer_self);

/* RVW302 on the calls pr_complexity_blocks found (callgraph.c). */
struct pr_review_ctx;
void pr_callgraph_report(struct pr_review_ctx *ctx, const pr_calls *calls);

/* radon's raw metrics of a file that parsed.  ok says whether radon's line tokenizer
** takes the file: it takes every file that CPython parses, as pyreview's metrics are made
** of files that parsed, ok is always true; the field is kept for the report's sake. */
typedef struct pr_raw_metrics {
    bool ok;
    uint32_t loc, lloc, sloc, comments, multi, blank, single_comments;
} pr_raw_metrics;

void pr_raw_metrics_compute(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                            pr_raw_metrics *out);

/* The Halstead counts gathered over complexity.c's walk: each node radon's walk meets
** goes to pr_halstead_node (its own operators and operands), each subtree it skips that
** Halstead counts to pr_halstead_tree; a def's body is in the context of the def's name. */
typedef struct pr_halstead_counter pr_halstead_counter;

pr_halstead_counter *pr_halstead_start(pr_arena *a);
void pr_halstead_node(pr_halstead_counter *h, const char *context, const pr_node *n);
void pr_halstead_tree(pr_halstead_counter *h, const char *context, const pr_node *n);
void pr_halstead_finish(pr_halstead_counter *h, pr_halstead *out);

/* radon's maintainability index (0-100) from the volume, total complexity, LLOC and the
** comment lines (comments + multi) of a module, and its rank A, B or C. */
double pr_mi_compute(double volume, uint32_t complexity, uint32_t lloc, uint32_t comment_lines,
                     uint32_t sloc);
char pr_mi_rank(double mi);

/* radon's rank of a complexity: A 1-5, B 6-10, C 11-20, D 21-30, E 31-40, F 41 and up. */
char pr_cc_rank(int32_t cc);

/* All of a file's metrics. */
typedef struct pr_module_metrics {
    pr_cc_blocks blocks;
    pr_raw_metrics raw;
    pr_halstead halstead;
    double mi;              /* meaningful when raw.ok */
    char mi_rank;
} pr_module_metrics;

void pr_metrics_compute(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                        pr_module_metrics *out);

/* Where each line of a source starts (byte offsets), for positions given as line and
** column. */
typedef struct pr_lines {
    const pr_source *src;
    uint32_t *starts;
    uint32_t n;
} pr_lines;

void pr_lines_build(pr_arena *a, const pr_source *src, pr_lines *out);

/* Where a def's or class's name is (ruff reports the rules about a function at its name),
** as the semantic model sem places it: 1-based line, 0-based byte columns; without a
** model, the statement's start. */
struct pr_sem;
void pr_def_name_span(struct pr_sem *sem, const pr_node *def, uint32_t *lineno, uint32_t *col,
                      uint32_t *end_col);

#endif
