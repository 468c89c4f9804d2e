/* The state of the walk that builds the semantic model (sem_walk.c, sem_names.c),
** shared by its two files and by nothing else: the walker, the queue of what is walked
** after the module body, and the operations on names the statements call. */
#ifndef PR_SEM_WALK_H
#define PR_SEM_WALK_H

#include <string.h>

#include "passes/semantic.h"

typedef enum pr_annotation_state { PR_ANN_NONE, PR_ANN_STRING, PR_ANN_BARE } pr_annotation_state;

typedef enum pr_deferred_kind {
    PR_DEFER_FUNCTION,          /* a def's or lambda's body */
    PR_DEFER_EXPR,              /* an annotation or lazily evaluated expression */
    PR_DEFER_STRING,            /* a string in an annotation */
    PR_DEFER_TEXT,              /* a part of a type comment */
} pr_deferred_kind;

typedef struct pr_deferred {
    uint8_t kind;
    uint8_t annotation;
    uint16_t cond, type_checking;
    uint32_t scope, fork;
    const pr_node *node;
    const char *text;    /* PR_DEFER_TEXT */
    uint32_t len;
    pr_span at;
} pr_deferred;

typedef struct pr_walker {
    pr_sem *m;
    uint32_t scope, fork;
    const pr_node *parent;        /* the node whose child is being walked */
    const pr_node *stmt_parent;   /* pyflakes' getParent: the nearest non-target ancestor */
    uint16_t cond;                /* if, while and conditional expressions around */
    uint16_t type_checking;       /* `if TYPE_CHECKING:` bodies around */
    uint8_t annotation;
    bool in_deferred;
    uint16_t in_text;             /* code parsed from string annotations or type comments around */
    bool reads;                   /* the model lists the summary's reads (pr_sem.reads) */
    bool future_annotations;
    bool nameerror;               /* the innermost try body's handlers catch NameError */
    const pr_node *guard;         /* the innermost try body catching ImportError */
    pr_deferred *queue;
    uint32_t nqueue, queue_cap;
    pr_type_comment *comments;    /* `# type:` comments and their statements */
    uint32_t ncomments;
    pr_table comment_ids;         /* statement -> its first comment + 1 */
    /* Except names whose block has ended: a def or lambda in the block, walked later,
    ** still reads them (as a closure does). */
    struct handler_name {
        uint32_t scope, name, binding;
        const pr_node *handler;
    } *handler_names;
    uint32_t nhandler_names, handler_names_cap;
    bool typing_imported;         /* some import names typing or typing_extensions */
    uint32_t *stars;              /* the bindings of `from m import *` */
    uint32_t nstars, stars_cap;
    /* The ids of names by the address of their text: the parser interns identifiers, so
    ** the few addresses of a file's names find their ids without hashing the text again
    ** (every text the walk interns stays unchanged in the arena while the model lives).
    ** A slot holds the latest address that fell in it; only the addresses are cleared. */
    const char **cached_text;
    uint32_t *cached_id;
    unsigned cache_shift;         /* 64 - log2 of the slots */
} pr_walker;

/* sem_walk.c: the walk itself */
void pr_walk_visit(pr_walker *w, const pr_node *n);
/* Walks child c of p, the node being walked (c may be NULL). */
void pr_walk_child(pr_walker *w, const pr_node *p, const pr_node *c);
void pr_walk_children(pr_walker *w, const pr_node *p, const pr_seq *s);
/* Every child of n in field order. */
void pr_walk_all_children(pr_walker *w, const pr_node *n);
/* Queues node for the walk after the module body, in the present scopes. */
void pr_walk_defer(pr_walker *w, pr_deferred_kind kind, const pr_node *node, pr_annotation_state ann);
/* The id of name s, a text that stays in the arena as it is. */
static inline uint32_t pr_walk_intern(pr_walker *w, const char *s)
{
    size_t slot = ((uint64_t)(uintptr_t)s * 0x9e3779b97f4a7c15ULL) >> w->cache_shift;
    if (w->cached_text[slot] != s) {
        w->cached_text[slot] = s;
        w->cached_id[slot] = pr_sem_intern(w->m, s, strlen(s));
    }
    return w->cached_id[slot];
}
bool pr_walk_name_or_attr(const pr_node *e, const char *name);
bool pr_walk_list_or_tuple(const pr_node *e);

/* sem_names.c: what a name does where it is read, bound or deleted */
/* Whether e names member attr (any member when attr is NULL) of typing or
** typing_extensions. */
bool pr_walk_is_typing(pr_walker *w, const pr_node *e, const char *attr);
/* The member of typing or typing_extensions that e names, or NULL. */
const char *pr_walk_typing_member(pr_walker *w, const pr_node *e);
uint32_t pr_walk_new_binding(pr_walker *w, pr_binding_kind kind, const char *name, const pr_node *node);
/* pyflakes' addBinding. */
void pr_walk_add_binding(pr_walker *w, uint32_t id);
/* pyflakes' handleNodeLoad, handleNodeStore and handleNodeDelete.  The kind of a store is
** given for except names and patterns, else PR_BIND_ASSIGN, refined from the context. */
void pr_walk_load(pr_walker *w, const pr_node *node, const char *text);
void pr_walk_store(pr_walker *w, const pr_node *node, const char *text, pr_binding_kind kind);
void pr_walk_delete(pr_walker *w, const pr_node *node, const char *text);
/* `__all__.extend([...])` and `__all__.append('...')` at module level. */
void pr_walk_export_call(pr_walker *w, const pr_node *call);
/* An except name whose block has ended, for the defs of the block that read it. */
void pr_walk_keep_handler_name(pr_walker *w, uint32_t name, uint32_t binding, const pr_node *handler);

static inline bool pr_walk_is_name(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

#endif
