/* Walking the AST without recursion: the table of child slots the iterator of ast.h reads,
** expanded from nodes.def, and the depth check that keeps every recursive pass of
** pyreview within a bounded C stack (CPython refuses such deep trees too: "maximum
** recursion depth exceeded during compilation"). */
#include "ast.h"

/* The child slots of each kind: a 2-bit code per field, field 0 in the low bits.  NODE(...)
** expands to MASK(0, code, code, ..., 0, 0, ...), which picks the first seven codes. */
#define CHILD_NODE PR_CHILD_NODE
#define CHILD_NODE_OPT PR_CHILD_NODE
#define CHILD_LIST PR_CHILD_LIST
#define CHILD_IDENT 0
#define CHILD_IDENT_OPT 0
#define CHILD_IDENTS 0
#define CHILD_STR_OPT 0
#define CHILD_CONST 0
#define CHILD_INT 0
#define CHILD_CTX 0
#define CHILD_BOOLOP 0
#define CHILD_OPERATOR 0
#define CHILD_UNARYOP 0
#define CHILD_CMPOPS 0
#define CHILD_REF 0
#define MASK(zero, a, b, c, d, e, f, g, ...) \
    (uint16_t)(a | b << 2 | c << 4 | d << 6 | e << 8 | f << 10 | g << 12)

#define F(type, name) +1
#define NODE(kind, cat, ...) \
    _Static_assert((0 __VA_ARGS__) <= 7, "the child mask of " #kind " holds seven fields");
#include "nodes.def"
#undef NODE
#undef F

#define F(type, name) , CHILD_##type
#define NODE(kind, cat, ...) [PR_##kind] = MASK(0 __VA_ARGS__, 0, 0, 0, 0, 0, 0, 0),
const uint16_t pr_child_fields[PR_KIND_COUNT] = {
#include "nodes.def"
};
#undef NODE
#undef F

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
