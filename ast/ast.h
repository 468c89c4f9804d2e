/* pyreview's owned AST: node kinds and structs expanded from nodes.def, the sequences
** that hold children, the ASDL enums (contexts and operators), and the constructors.
** Every node lives in the arena of the file it was parsed from; positions are CPython's
** (1-based line, 0-based UTF-8 byte column, end line, end column).  Identifiers (IDENT
** fields, Name.id, alias names but for dotted ones) are interned per file by the parser:
** equal names are equal pointers. */
#ifndef PR_AST_H
#define PR_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "const.h"
#include "sbuf.h"

typedef struct pr_node pr_node;

/* A sequence of children.  `cap` lets builders append in place; consumers read n only. */
typedef struct pr_seq {
    uint32_t n, cap;
    void *items[];
} pr_seq;

#define PR_SEQ_LEN(s) ((s) ? (s)->n : 0u)
#define PR_SEQ_NODE(s, i) ((pr_node *)(s)->items[i])

typedef enum pr_ctx { PR_LOAD, PR_STORE, PR_DEL } pr_ctx;
typedef enum pr_boolop { PR_AND, PR_OR } pr_boolop;
typedef enum pr_operator {
    PR_ADD, PR_SUB, PR_MULT, PR_MATMULT, PR_DIV, PR_MOD, PR_POW, PR_LSHIFT, PR_RSHIFT,
    PR_BITOR, PR_BITXOR, PR_BITAND, PR_FLOORDIV
} pr_operator;
typedef enum pr_unaryop { PR_INVERT, PR_NOT, PR_UADD, PR_USUB } pr_unaryop;
typedef enum pr_cmpop {
    PR_EQ, PR_NOTEQ, PR_LT, PR_LTE, PR_GT, PR_GTE, PR_IS, PR_ISNOT, PR_IN, PR_NOTIN
} pr_cmpop;

/* Field types of nodes.def, as C types.  Every field takes one 8-byte slot, so field i
** of any kind sits at a fixed offset and the walker and the dumper need no offset table. */
typedef pr_node *pr_ft_NODE;
typedef pr_node *pr_ft_NODE_OPT;
typedef pr_seq *pr_ft_LIST;
typedef const char *pr_ft_IDENT;
typedef const char *pr_ft_IDENT_OPT;
typedef pr_seq *pr_ft_IDENTS;     /* items are const char * */
typedef const char *pr_ft_STR_OPT;
typedef pr_const *pr_ft_CONST;
typedef int64_t pr_ft_INT;
typedef int64_t pr_ft_CTX;
typedef int64_t pr_ft_BOOLOP;
typedef int64_t pr_ft_OPERATOR;
typedef int64_t pr_ft_UNARYOP;
typedef pr_seq *pr_ft_CMPOPS;     /* items are pr_cmpop values cast to pointers */
/* The one field a pass writes, once, after the parse: the semantic model numbers each
** Name it reads there (Name.ref), so that later passes find a name's reference without a
** table of every name. */
typedef uint64_t pr_ft_REF;

typedef enum pr_field_type {
    PR_FT_NODE, PR_FT_NODE_OPT, PR_FT_LIST, PR_FT_IDENT, PR_FT_IDENT_OPT, PR_FT_IDENTS,
    PR_FT_STR_OPT, PR_FT_CONST, PR_FT_INT, PR_FT_CTX, PR_FT_BOOLOP, PR_FT_OPERATOR,
    PR_FT_UNARYOP, PR_FT_CMPOPS, PR_FT_REF
} pr_field_type;

typedef enum pr_category {
    PR_CAT_MOD, PR_CAT_STMT, PR_CAT_EXPR, PR_CAT_HANDLER, PR_CAT_PATTERN, PR_CAT_TPARAM,
    PR_CAT_ARG, PR_CAT_KEYWORD, PR_CAT_ALIAS, PR_CAT_ARGUMENTS, PR_CAT_COMPREHENSION,
    PR_CAT_WITHITEM, PR_CAT_CASE, PR_CAT_IGNORE
} pr_category;

typedef enum pr_kind {
#define NODE(kind, cat, ...) PR_##kind,
#include "nodes.def"
#undef NODE
    PR_KIND_COUNT
} pr_kind;

/* Node flags. */
enum {
    PR_FLAG_BARE_GENEXP = 1u << 0,  /* a generator without parentheses of its own */
    PR_FLAG_PAREN_TUPLE = 1u << 1,  /* a tuple written with its parentheses */
};

struct pr_node {
    uint16_t kind;
    uint8_t flags;
    uint8_t name_skip;      /* a def or class: the bytes from its start to its name, when the
                            ** name is on its first line and that near; else 0 (semantic.c) */
    uint32_t lineno, col, end_lineno, end_col;
    uint32_t paren;         /* index of an outer extent (parentheses, a trailing ';'), or 0 */
    union {
#define F(type, name) pr_ft_##type name;
#define NODE(kind, cat, ...) struct { __VA_ARGS__ } kind;
#include "nodes.def"
#undef NODE
#undef F
    } v;
};

typedef struct pr_field {
    const char *name;
    pr_field_type type;
} pr_field;

/* The address of field i's slot, whatever the kind. */
#define PR_FIELD_SLOT(n, i) ((const char *)&(n)->v + 8 * (i))

typedef struct pr_kind_info {
    const char *name;
    pr_category category;
    uint16_t size;          /* bytes to allocate for a node of this kind */
    uint8_t nfields;
    const pr_field *fields;
} pr_kind_info;

extern const pr_kind_info pr_kinds[PR_KIND_COUNT];

/* True for the categories that carry positions. */
bool pr_category_has_pos(pr_category c);

/* A zeroed node of the given kind with no position yet. */
pr_node *pr_node_new(pr_arena *a, pr_kind kind);

/* Sequences: pr_seq_push appends (growing in the arena) and returns the sequence, which
** may have moved; a NULL sequence is empty. */
pr_seq *pr_seq_push(pr_arena *a, pr_seq *s, void *item);
pr_seq *pr_seq_new(pr_arena *a, uint32_t cap);

/* The children of a node, one at a time, in field order (NULL entries skipped).  Every
** pass walks whole trees with it, so it is inline and reads a per-kind mask of the slots
** that hold children (pr_child_fields, from nodes.def): identifiers, constants and enums
** cost nothing. */
enum { PR_CHILD_NODE = 1, PR_CHILD_LIST = 2 };  /* 2 bits per slot; 0: not a child */
extern const uint16_t pr_child_fields[PR_KIND_COUNT];

typedef struct pr_child_iter {
    const pr_node *node;
    uint16_t fields;        /* the codes of slot `slot` and after, not yet walked */
    uint16_t slot;
    uint32_t item;          /* the next item of the LIST at `slot` */
} pr_child_iter;

static inline void pr_child_iter_init(pr_child_iter *it, const pr_node *n)
{
    *it = (pr_child_iter){n, pr_child_fields[n->kind], 0, 0};
}

static inline const pr_node *pr_child_iter_next(pr_child_iter *it)
{
    while (it->fields) {
        unsigned skip = (unsigned)__builtin_ctz(it->fields) / 2;
        it->slot = (uint16_t)(it->slot + skip);
        it->fields = (uint16_t)(it->fields >> 2 * skip);
        const void *slot = PR_FIELD_SLOT(it->node, it->slot);
        if (it->fields & PR_CHILD_LIST) {
            const pr_seq *s = *(pr_seq *const *)slot;
            while (it->item < PR_SEQ_LEN(s)) {
                const pr_node *c = s->items[it->item++];
                if (c)
                    return c;
            }
            it->item = 0;
            it->slot++;
            it->fields = (uint16_t)(it->fields >> 2);
            continue;
        }
        const pr_node *c = *(pr_node *const *)slot;
        it->slot++;
        it->fields = (uint16_t)(it->fields >> 2);
        if (c)
            return c;
    }
    return NULL;
}

/* Whether a path from root to a leaf holds more than limit nodes (checked without
** recursion; the walk's stack comes from a). */
bool pr_ast_deeper_than(pr_arena *a, const pr_node *root, uint32_t limit);

/* The deepest tree every pass of pyreview accepts; CPython refuses deeper ones too. */
enum { PR_MAX_AST_DEPTH = 10000 };

/* Appends what ast.dump(tree, include_attributes=True) prints in Python 3.13. */
void pr_ast_dump(pr_sbuf *out, const pr_node *n);

#endif
