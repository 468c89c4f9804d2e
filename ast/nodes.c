/* The node table expanded from nodes.def (names, categories, sizes, field lists), node
** and sequence allocation. */
#include "ast.h"

#include <string.h>

#define F(type, name) {#name, PR_FT_##type},
#define NODE(kind, cat, ...) static const pr_field fields_##kind[] = {__VA_ARGS__{0, 0}};
#include "nodes.def"
#undef NODE
#undef F

#define F(type, name) +1
#define NODE(kind, cat, ...)                                                          \
    _Static_assert(sizeof(((pr_node *)0)->v.kind) == 8 * (0 __VA_ARGS__),             \
                   "every field of " #kind " takes one 8-byte slot");
#include "nodes.def"
#undef NODE

#define NODE(kind, cat, ...)                                                          \
    [PR_##kind] = {#kind, PR_CAT_##cat,                                               \
                   (uint16_t)(offsetof(pr_node, v) + sizeof(((pr_node *)0)->v.kind)), \
                   (uint8_t)(0 __VA_ARGS__), fields_##kind},
const pr_kind_info pr_kinds[PR_KIND_COUNT] = {
#include "nodes.def"
};
#undef NODE
#undef F

bool pr_category_has_pos(pr_category c)
{
    return c >= PR_CAT_STMT && c <= PR_CAT_ALIAS;
}

pr_node *pr_node_new(pr_arena *a, pr_kind kind)
{
    size_t size = pr_kinds[kind].size;
    pr_node *n = pr_arena_alloc(a, size);
    memset(n, 0, size);
    n->kind = (uint16_t)kind;
    return n;
}

pr_seq *pr_seq_new(pr_arena *a, uint32_t cap)
{
    pr_seq *s = pr_arena_alloc(a, sizeof *s + cap * sizeof s->items[0]);
    s->n = 0;
    s->cap = cap;
    return s;
}

pr_seq *pr_seq_push(pr_arena *a, pr_seq *s, void *item)
{
    if (!s) {
        s = pr_seq_new(a, 1);
    } else if (s->n == s->cap) {
        size_t old = sizeof *s + s->cap * sizeof s->items[0];
        s = pr_arena_grow(a, s, old, old + s->cap * sizeof s->items[0]);
        s->cap *= 2;
    }
    s->items[s->n++] = item;
    return s;
}
