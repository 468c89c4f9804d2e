/* The --dump-ast printer: what Python 3.13 prints for ast.dump(tree,
** include_attributes=True).  That function omits optional fields that are None and lists
** that are empty, prints every other field as keyword=value in ASDL order, then the four
** position attributes of the kinds that have them. */
#include "ast.h"

#include <string.h>

static const char *const ctx_names[] = {"Load", "Store", "Del"};
static const char *const boolop_names[] = {"And", "Or"};
static const char *const operator_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
    "BitOr", "BitXor", "BitAnd", "FloorDiv",
};
static const char *const unaryop_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const cmpop_names[] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};

static void dump_node(pr_sbuf *out, const pr_node *n);

static void put_enum(pr_sbuf *out, const char *name)
{
    pr_sbuf_puts(out, name);
    pr_sbuf_put(out, "()", 2);
}

static void put_ident(pr_sbuf *out, const char *s)
{
    pr_str_repr(out, s, strlen(s));
}

static void put_int(pr_sbuf *out, int64_t v)
{
    pr_sbuf_printf(out, "%lld", (long long)v);
}

/* True when ast.dump leaves the field out: None or an empty list. */
static bool omitted(pr_field_type t, const void *slot)
{
    switch (t) {
    case PR_FT_NODE_OPT:
    case PR_FT_IDENT_OPT:
    case PR_FT_STR_OPT:
        return *(void *const *)slot == NULL;
    case PR_FT_LIST:
    case PR_FT_IDENTS:
    case PR_FT_CMPOPS:
        return PR_SEQ_LEN(*(pr_seq *const *)slot) == 0;
    case PR_FT_REF:
        return true;
    default:
        return false;
    }
}

static void dump_field(pr_sbuf *out, pr_field_type t, const void *slot)
{
    int64_t iv;
    memcpy(&iv, slot, sizeof iv);
    const pr_seq *seq = *(pr_seq *const *)slot;
    switch (t) {
    case PR_FT_NODE:
    case PR_FT_NODE_OPT:
        dump_node(out, *(pr_node *const *)slot);
        return;
    case PR_FT_IDENT:
    case PR_FT_IDENT_OPT:
    case PR_FT_STR_OPT:
        put_ident(out, *(const char *const *)slot);
        return;
    case PR_FT_CONST:
        pr_const_repr(out, *(pr_const *const *)slot);
        return;
    case PR_FT_INT:
        put_int(out, iv);
        return;
    case PR_FT_CTX:
        put_enum(out, ctx_names[iv]);
        return;
    case PR_FT_BOOLOP:
        put_enum(out, boolop_names[iv]);
        return;
    case PR_FT_OPERATOR:
        put_enum(out, operator_names[iv]);
        return;
    case PR_FT_UNARYOP:
        put_enum(out, unaryop_names[iv]);
        return;
    case PR_FT_LIST:
    case PR_FT_IDENTS:
    case PR_FT_CMPOPS:
        pr_sbuf_putc(out, '[');
        for (uint32_t i = 0; i < PR_SEQ_LEN(seq); i++) {
            if (i)
                pr_sbuf_put(out, ", ", 2);
            if (t == PR_FT_LIST)
                dump_node(out, seq->items[i]);
            else if (t == PR_FT_IDENTS)
                put_ident(out, seq->items[i]);
            else
                put_enum(out, cmpop_names[(uintptr_t)seq->items[i]]);
        }
        pr_sbuf_putc(out, ']');
        return;
    case PR_FT_REF:
        return;
    }
}

static void dump_node(pr_sbuf *out, const pr_node *n)
{
    if (!n) {
        pr_sbuf_put(out, "None", 4);
        return;
    }
    const pr_kind_info *k = &pr_kinds[n->kind];
    bool first = true;
    pr_sbuf_puts(out, k->name);
    pr_sbuf_putc(out, '(');
    for (unsigned i = 0; i < k->nfields; i++) {
        const pr_field *f = &k->fields[i];
        const void *slot = PR_FIELD_SLOT(n, i);
        if (omitted(f->type, slot))
            continue;
        if (!first)
            pr_sbuf_put(out, ", ", 2);
        first = false;
        pr_sbuf_puts(out, f->name);
        pr_sbuf_putc(out, '=');
        dump_field(out, f->type, slot);
    }
    if (pr_category_has_pos(k->category))
        pr_sbuf_printf(out, "%slineno=%u, col_offset=%u, end_lineno=%u, end_col_offset=%u",
                       first ? "" : ", ", n->lineno, n->col, n->end_lineno, n->end_col);
    pr_sbuf_putc(out, ')');
}

void pr_ast_dump(pr_sbuf *out, const pr_node *n)
{
    dump_node(out, n);
}
