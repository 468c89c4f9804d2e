/* What the rule passes ask of a file's definitions: the statements of a block and of the
** blocks nested in it, the dotted name an expression spells, the decorators of the typing
** module a def carries, the classes the file defines, so that a base written as a bare
** name leads to its definition (naming.c and docstrings.c exempt what a base class of the
** same file decides), and the method names bases impose (imposed.c). */
#ifndef PR_DEFS_H
#define PR_DEFS_H

#include <stdbool.h>
#include <stddef.h>

#include "passes/check.h"

/* Calls fn on each statement of body and of the blocks of its compound statements (if,
** for, while, with, try, match), depth first in source order, but not on the statements of
** a def's or a class's body, which belong to another scope. */
void pr_each_statement(const pr_seq *body, void (*fn)(void *data, const pr_node *stmt), void *data);
/* The same, but only on the defs and classes among those statements. */
void pr_each_definition(const pr_seq *body, void (*fn)(void *data, const pr_node *def), void *data);

/* Writes the dotted name an expression spells (`a.b.c` for a chain of attributes on a
** name; a call stands for its callee) to buf, NUL-terminated, and returns its length; 0 when
** the expression is no such chain or the name does not fit in cap bytes. */
size_t pr_expr_dotted(const pr_node *e, char *buf, size_t cap);

/* Whether a def carries the typing decorator `name` (`@overload`, `@typing.overload`,
** `@typing_extensions.overload`, and the same with `override`). */
bool pr_has_typing_decorator(const pr_node *def, const char *name);

/* The classes a module defines at its top level (in compound statements too), by name;
** the first definition of a name wins. */
typedef struct pr_class_index {
    pr_table by_name;             /* interned name -> index in classes */
    const pr_node **classes;
    uint32_t n, cap;
    pr_arena *arena;
} pr_class_index;

void pr_class_index_build(pr_arena *a, const pr_node *module, pr_class_index *ix);

/* How many ancestors the passes follow: more than any real class has. */
enum { PR_MAX_ANCESTORS = 64 };

/* The classes of the index cls derives from, directly or through one another, each once and
** nearest first (bases written as the bare name of a class of the index; the others lead
** nowhere).  Fills out, which has room for cap, and returns the count. */
uint32_t pr_class_ancestors(const pr_class_index *ix, const pr_node *cls, const pr_node **out,
                            uint32_t cap);

/* The def or the assignment that first binds name in the body of cls (compound
** statements included), or NULL. */
const pr_node *pr_class_member(const pr_node *cls, const char *name);

struct pr_sem;

/* Whether a base class imposes the name of a method of cls: a class of the index that cls
** derives from binds it, or a standard-library base cls or such a class derives from
** defines it or dispatches to it by name (imposed.c).  A subclass overriding it has no
** say in the name, and the naming rules report it only where it is chosen. */
bool pr_class_imposes(const pr_class_index *ix, struct pr_sem *sem, const pr_node *cls,
                      const char *name);

/* The module's __all__ binding, or NULL; *known tells whether every statement that makes
** it is a literal list of names (or a sum, `+=`, `.extend`, `.append` of such), so that
** the semantic model's exports are all of it. */
const struct pr_binding *pr_module_all(struct pr_sem *sem, const pr_node *module, bool *known);

/* Whether a def's body opens with a docstring that is not blank (docstrings.c). */
bool pr_documented(const pr_node *def);

#endif
