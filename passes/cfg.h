/* The control-flow graph of one scope (a function's body, a class body or a module):
** basic blocks of statements joined by labelled edges, for the passes that follow paths
** (complexity now; reachability and use-def later).  Blocks and edges are arrays in the
** file's arena addressed by 32-bit ids; a block's successors are a contiguous run of the
** edge array, so a dataflow pass walks them without pointers.
**
** What a block holds: the statements that run one after the other, in order.  Compound
** statements appear where their header is evaluated (an If where its test runs, a For in
** the loop's head, a With where its items are entered, a Match where its subject is
** matched); handlers and cases start their blocks with the ExceptHandler or match_case
** node.  Nested def and class statements are plain statements: their bodies are scopes of
** their own.  Unreachable statements still get blocks (with no predecessors), so a pass
** can see them.  A with statement's body is a run of blocks of its own, each with a
** SWALLOW edge past the statement (contextlib.suppress, assertRaises), unless the pass
** that builds the graph knows its context managers suppress nothing. */
#ifndef PR_CFG_H
#define PR_CFG_H

#include <stdbool.h>
#include <stdint.h>

#include "ast/ast.h"

/* How a block ends. */
typedef enum pr_cfg_block_kind {
    PR_CFG_PLAIN,     /* falls through, jumps, returns or raises */
    PR_CFG_EXIT,      /* the one exit of the scope: returns, the end of the body, escaping raises */
    PR_CFG_IF,        /* an if or elif test: TRUE and FALSE edges */
    PR_CFG_LOOP,      /* a for or while head: BODY, and LOOP_EXIT unless `while` on a true constant */
    PR_CFG_MATCH,     /* a match subject: a CASE edge per case, NO_MATCH unless the last is irrefutable */
    PR_CFG_DISPATCH,  /* an exception entering a try's handlers: HANDLER edges, RAISE if none may catch */
} pr_cfg_block_kind;

typedef enum pr_cfg_edge_kind {
    PR_EDGE_NEXT,       /* falling through */
    PR_EDGE_TRUE, PR_EDGE_FALSE,
    PR_EDGE_BODY,       /* loop head to the loop body */
    PR_EDGE_LOOP_EXIT,  /* loop head when the iterator or the test is exhausted (to else or after) */
    PR_EDGE_BACK,       /* end of a loop body back to its head */
    PR_EDGE_BREAK, PR_EDGE_CONTINUE, PR_EDGE_RETURN,
    PR_EDGE_CASE, PR_EDGE_NO_MATCH,
    PR_EDGE_RAISE,      /* an exception leaving a block (explicit raise, or any statement in a try) */
    PR_EDGE_HANDLER,    /* dispatch to an except clause */
    PR_EDGE_TRY_ELSE,   /* end of a try body without exception, to its else */
    PR_EDGE_SWALLOW,    /* an exception a with statement's context manager may suppress:
                        ** from each block of its body to the statement after it */
} pr_cfg_edge_kind;

typedef struct pr_cfg_block {
    uint32_t first_stmt, nstmts;   /* a run of pr_cfg.stmts */
    uint32_t first_succ, nsucc;    /* a run of pr_cfg.edges */
    uint32_t npred;
    uint8_t kind;                  /* pr_cfg_block_kind */
    const pr_node *node;           /* IF, LOOP, MATCH: the statement; DISPATCH: the Try */
} pr_cfg_block;

typedef struct pr_cfg_edge {
    uint32_t from, to;
    uint8_t kind;                  /* pr_cfg_edge_kind */
} pr_cfg_edge;

typedef struct pr_cfg {
    const pr_node *scope;          /* FunctionDef, AsyncFunctionDef, ClassDef or Module */
    pr_cfg_block *blocks;
    uint32_t nblocks;
    const pr_node **stmts;
    uint32_t nstmts;
    pr_cfg_edge *edges;            /* ordered by from */
    uint32_t nedges;
    uint32_t entry, exit;
} pr_cfg;

/* The graph of a scope's body, allocated in a. */
pr_cfg *pr_cfg_build(pr_arena *a, const pr_node *scope);
/* Whether the context managers of a with statement may suppress an exception of its body. */
typedef bool pr_cfg_suppresses(const void *data, const pr_node *with);
/* The graph, with SWALLOW edges only out of the with statements where suppresses(data,
** with) says so. */
pr_cfg *pr_cfg_build_judged(pr_arena *a, const pr_node *scope, pr_cfg_suppresses *suppresses, const void *data);

/* Whether a `while` test is a constant that is true (`True`, `1`, a non-empty string):
** such a loop ends only by break, return or raise. */
bool pr_cfg_always_true(const pr_node *test);

/* Per block: 1 when a path from the entry reaches it (allocated in a). */
uint8_t *pr_cfg_reachable(pr_arena *a, const pr_cfg *g);

/* Whether a match case catches every subject (PEP 634's irrefutable patterns: a capture,
** the wildcard, an or-pattern holding one, each possibly under `as`). */
bool pr_pattern_irrefutable(const pr_node *pattern);

/* The statement lists a compound statement holds, in source order (body, orelse, each
** handler's or case's body, finalbody), empty ones skipped; none for def, class and
** simple statements. */
typedef struct pr_body_iter {
    const pr_node *stmt;
    uint32_t part;
} pr_body_iter;

void pr_body_iter_init(pr_body_iter *it, const pr_node *stmt);
/* Whether stmt is a compound statement with such lists (def and class aside). */
bool pr_holds_blocks(const pr_node *stmt);
const pr_seq *pr_body_iter_next(pr_body_iter *it);

#endif
