/* Targets: the grammar parses the left side of `=`, `for ... in`, `del`, `with ... as`
** and augmented or annotated assignments as ordinary expressions; this file turns them
** into targets (Store or Del context, recursively through tuples, lists and starred
** items) or reports, in CPython's words, the first part that cannot be one. */
#include "grammar/build.h"

#include <string.h>

const char *pr_build_expr_name(const pr_node *e)
{
    switch (e->kind) {
    case PR_Attribute: return "attribute";
    case PR_Subscript: return "subscript";
    case PR_Starred: return "starred";
    case PR_Name: return "name";
    case PR_List: return "list";
    case PR_Tuple: return "tuple";
    case PR_Lambda: return "lambda";
    case PR_Call: return "function call";
    case PR_BoolOp:
    case PR_BinOp:
    case PR_UnaryOp: return "expression";
    case PR_GeneratorExp: return "generator expression";
    case PR_Yield:
    case PR_YieldFrom: return "yield expression";
    case PR_Await: return "await expression";
    case PR_ListComp: return "list comprehension";
    case PR_SetComp: return "set comprehension";
    case PR_DictComp: return "dict comprehension";
    case PR_Dict: return "dict literal";
    case PR_Set: return "set display";
    case PR_JoinedStr:
    case PR_FormattedValue: return "f-string expression";
    case PR_TemplateStr:
    case PR_Interpolation: return "t-string expression";
    case PR_Constant:
        switch (e->v.Constant.value->kind) {
        case PR_CONST_NONE: return "None";
        case PR_CONST_TRUE: return "True";
        case PR_CONST_FALSE: return "False";
        case PR_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case PR_Compare: return "comparison";
    case PR_IfExp: return "conditional expression";
    case PR_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* The first part of e that cannot be a target (CPython's _PyPegen_get_invalid_target). */
static pr_node *invalid_target(pr_node *e, int use)
{
    switch (e->kind) {
    case PR_List:
    case PR_Tuple: {
        pr_seq *elts = e->kind == PR_List ? e->v.List.elts : e->v.Tuple.elts;
        for (uint32_t i = 0; i < PR_SEQ_LEN(elts); i++) {
            pr_node *bad = invalid_target(PR_SEQ_NODE(elts, i), use);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case PR_Starred:
        if (use == PR_TARGET_DEL)
            return e;
        return invalid_target(e->v.Starred.value, use);
    case PR_Compare:
        if (use == PR_TARGET_FOR && e->v.Compare.ops->items[0] == (void *)(uintptr_t)PR_IN)
            return invalid_target(e->v.Compare.left, use);
        return use == PR_TARGET_FOR ? NULL : e;
    case PR_Name:
    case PR_Subscript:
    case PR_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(pr_node *e, pr_ctx ctx)
{
    switch (e->kind) {
    case PR_Name: e->v.Name.ctx = ctx; break;
    case PR_Attribute: e->v.Attribute.ctx = ctx; break;
    case PR_Subscript: e->v.Subscript.ctx = ctx; break;
    case PR_Starred:
        e->v.Starred.ctx = ctx;
        set_ctx(e->v.Starred.value, ctx);
        break;
    case PR_List:
    case PR_Tuple: {
        pr_seq *elts = e->kind == PR_List ? e->v.List.elts : e->v.Tuple.elts;
        if (e->kind == PR_List)
            e->v.List.ctx = ctx;
        else
            e->v.Tuple.ctx = ctx;
        for (uint32_t i = 0; i < PR_SEQ_LEN(elts); i++)
            set_ctx(PR_SEQ_NODE(elts, i), ctx);
        break;
    }
    default:
        break;
    }
}

bool pr_build_set_target(pr_parse *pp, pr_node *e, int use)
{
    pr_node *bad = invalid_target(e, use);
    if (bad) {
        pr_build_error_at_node(pp, bad, use == PR_TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                               pr_build_expr_name(bad));
        return false;
    }
    set_ctx(e, use == PR_TARGET_DEL ? PR_DEL : PR_STORE);
    return true;
}
