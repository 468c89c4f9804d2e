/* Walking the AST without recursion: an iterator over a node's children, driven by the
** field table of nodes.def, and the depth check that keeps every recursive pass of
** pyreview within a bounded C stack (CPython refuses such deep trees too: "maximum
** recursion depth exceeded during compilation"). */
#include "ast.h"

#include <string.h>

void pr_child_iter_init(pr_child_iter *it, const pr_node *n)
{
    it->node = n;
    it->field = 0;
    it->item = 0;
}

const pr_node *pr_child_iter_next(pr_child_iter *it)
{
    const pr_kind_info *k = &pr_kinds[it->node->kind];
    while (it->field < k->nfields) {
        const void *slot = PR_FIELD_SLOT(it->node, it->field);
        switch (k->fields[it->field].type) {
        case PR_FT_NODE:
        case PR_FT_NODE_OPT: {
            const pr_node *c = *(pr_node *const *)slot;
            it->field++;
            if (c)
                return c;
            break;
        }
        case PR_FT_LIST: {
            const pr_seq *s = *(pr_seq *const *)slot;
            while (it->item < PR_SEQ_LEN(s)) {
                const pr_node *c = s->items[it->item++];
                if (c)
                    return c;
            }
            it->field++;
            it->item = 0;
            break;
        }
        default:
            it->field++;
            break;
        }
    }
    return NULL;
}

bool pr_ast_deeper_than(pr_arena *a, const pr_node *root, uint32_t limit)
{
    pr_child_iter *stack = pr_arena_alloc(a, (size_t)limit * sizeof *stack);
    uint32_t depth = 1;
    pr_child_iter_init(&stack[0], root);
    while (depth > 0) {
        const pr_node *c = pr_child_iter_next(&stack[depth - 1]);
        if (!c) {
            depth--;
            continue;
        }
        if (depth == limit)
            return true;
        pr_child_iter_init(&stack[depth++], c);
    }
    return false;
}
