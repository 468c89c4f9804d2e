/* Parameters of def and lambda, and arguments of calls and class definitions.  Both
** are parsed as flat lists of items; here they are sorted into CPython's nodes and
** checked in order, with CPython's messages: where '/' and '*' may stand, which
** parameters need defaults, keyword names, the order of positional, keyword and unpacked
** arguments, and generators that need their own parentheses. */
#include "grammar/build.h"

#include <string.h>

pr_param pr_build_param(pr_parse *pp, int kind, const pr_token *start, const pr_token *name,
                        pr_node *annotation, pr_node *dflt)
{
    pr_param p = {kind, *start, NULL, dflt};
    if (name) {
        pr_node *a = pr_node_new(pp->arena, PR_arg);
        a->v.arg.arg = pr_build_ident(pp, name);
        a->v.arg.annotation = annotation;
        pr_build_pos_tok(a, name, name);
        if (annotation)
            pr_build_set_end(pp, a, annotation);
        p.arg = a;
    }
    return p;
}

pr_params *pr_build_params_add(pr_parse *pp, pr_params *l, pr_param p)
{
    if (!l && pp->spare) {
        l = pp->spare;
        pp->spare = NULL;
        l->n = 0;
        l->trailing = false;
    }
    if (!l || l->n == l->cap) {
        uint32_t cap = l ? 2 * l->cap : 8;
        size_t old = l ? sizeof *l + l->cap * sizeof l->items[0] : 0;
        l = pr_arena_grow(pp->arena, l, old, sizeof *l + cap * sizeof l->items[0]);
        if (!old) {
            l->n = 0;
            l->trailing = false;
        }
        l->cap = cap;
    }
    l->items[l->n++] = p;
    return l;
}

pr_params *pr_build_params_trailing(pr_parse *pp, pr_params *l, const pr_token *comma)
{
    (void)pp;
    (void)comma;
    l->trailing = true;
    return l;
}

static void param_error(pr_parse *pp, const pr_param *p, const char *msg)
{
    pr_build_error(pp, p->tok.lineno, p->tok.col, "%s", msg);
}

/* Errors CPython places at the '=' of a default. */
static void default_error(pr_parse *pp, const pr_param *p, const char *msg)
{
    uint32_t l, c;
    pr_build_char_before(pp, p->dflt, &l, &c);
    pr_build_error(pp, l, c, "%s", msg);
}

/* close is the token after the parameters: ')' of a def, ':' of a lambda. */
pr_node *pr_build_arguments(pr_parse *pp, pr_params *l, const pr_token *close)
{
    bool lambda = pp->src->text[close->start] == ':';
    pr_node *n = pr_node_new(pp->arena, PR_arguments);
    enum { POS, KWONLY, DONE } section = POS;
    bool slash = false, star = false, seen_default = false;
    pr_param *bare_star = NULL;
    pr_seq *plain = NULL;
    for (uint32_t i = 0; l && i < l->n; i++) {
        pr_param *p = &l->items[i];
        if (section == DONE) {
            param_error(pp, p, "arguments cannot follow var-keyword argument");
            break;
        }
        switch (p->kind) {
        case PR_PARAM_PLAIN:
            bare_star = NULL;
            if (section == POS) {
                if (p->dflt) {
                    seen_default = true;
                    n->v.arguments.defaults = pr_seq_push(pp->arena, n->v.arguments.defaults, p->dflt);
                } else if (seen_default) {
                    param_error(pp, p, "parameter without a default follows parameter with a default");
                }
                plain = pr_seq_push(pp->arena, plain, p->arg);
            } else {
                n->v.arguments.kwonlyargs = pr_seq_push(pp->arena, n->v.arguments.kwonlyargs, p->arg);
                n->v.arguments.kw_defaults = pr_seq_push(pp->arena, n->v.arguments.kw_defaults, p->dflt);
            }
            break;
        case PR_PARAM_SLASH:
            if (slash)
                param_error(pp, p, "/ may appear only once");
            else if (star)
                param_error(pp, p, "/ must be ahead of *");
            else if (!plain && lambda && i + 1 == l->n)
                param_error(pp, p, "invalid syntax");
            else if (!plain)
                param_error(pp, p, "at least one argument must precede /");
            slash = true;
            n->v.arguments.posonlyargs = plain;
            plain = NULL;
            break;
        case PR_PARAM_BARE_STAR:
        case PR_PARAM_STAR:
            if (star) {
                param_error(pp, p, "* argument may appear only once");
                break;
            }
            star = true;
            section = KWONLY;
            if (p->kind == PR_PARAM_STAR) {
                if (p->dflt)
                    default_error(pp, p, "var-positional argument cannot have default value");
                n->v.arguments.vararg = p->arg;
            } else {
                bare_star = p;
            }
            break;
        case PR_PARAM_DOUBLESTAR:
            if (bare_star)
                param_error(pp, lambda ? p : bare_star, "named arguments must follow bare *");
            bare_star = NULL;
            if (p->dflt)
                default_error(pp, p, "var-keyword argument cannot have default value");
            n->v.arguments.kwarg = p->arg;
            section = DONE;
            break;
        }
    }
    if (bare_star) {
        const pr_token *at = lambda ? close : &bare_star->tok;
        pr_build_error(pp, at->lineno, at->col, "named arguments must follow bare *");
    }
    n->v.arguments.args = plain;
    /* the list is done with: the next one reuses it, so that a file's parameter lists
    ** take the room of its longest, not of all of them */
    if (l && (!pp->spare || pp->spare->cap < l->cap))
        pp->spare = l;
    return n;
}

/* ------------------------------------------------------------------ calls */

pr_callargs *pr_build_args(pr_parse *pp, pr_seq *items, const pr_token *trailing)
{
    pr_callargs *a = pr_arena_alloc(pp->arena, sizeof *a);
    a->items = items;
    a->trailing = trailing != NULL;
    return a;
}

pr_node *pr_build_keyword(pr_parse *pp, pr_node *key, const pr_token *dstar, pr_node *value)
{
    pr_node *n = pr_node_new(pp->arena, PR_keyword);
    n->v.keyword.value = value;
    if (dstar) {
        pr_build_pos_tok(n, dstar, dstar);
    } else {
        if (key->kind != PR_Name || key->paren) {
            if (key->kind == PR_Constant && !key->paren &&
                key->v.Constant.value->kind <= PR_CONST_FALSE)
                pr_build_error_at_node(pp, key, "cannot assign to %s", pr_build_expr_name(key));
            else
                pr_build_error_at_node(pp, key,
                                       "expression cannot contain assignment, perhaps you meant \"==\"?");
        } else {
            n->v.keyword.arg = key->v.Name.id;
        }
        pr_build_set_start(pp, n, key);
    }
    pr_build_set_end(pp, n, value);
    return n;
}

/* Argument-order errors: CPython reports most where its parser stands, at the ')'. */
void pr_build_split_args(pr_parse *pp, pr_callargs *args, const pr_token *lpar,
                         const pr_token *rpar, pr_seq **positional, pr_seq **keywords)
{
    *positional = *keywords = NULL;
    if (!args)
        return;
    uint32_t n = PR_SEQ_LEN(args->items);
    bool keyword = false, unpacking = false;
    for (uint32_t i = 0; i < n; i++) {
        pr_node *e = PR_SEQ_NODE(args->items, i);
        if (e->kind == PR_keyword) {
            if (e->v.keyword.arg)
                keyword = true;
            else
                unpacking = true;
            *keywords = pr_seq_push(pp->arena, *keywords, e);
            continue;
        }
        if (e->kind == PR_GeneratorExp && (e->flags & PR_FLAG_BARE_GENEXP)) {
            if (n > 1 || args->trailing) {
                pr_build_error_at_node(pp, e, "Generator expression must be parenthesized");
                return;
            }
            pr_build_pos_tok(e, lpar, rpar);
        }
        if (e->kind == PR_Starred) {
            if (unpacking) {
                /* at the comma before the '*' */
                const pr_node *prev = PR_SEQ_NODE(args->items, i - 1);
                pr_build_error(pp, prev->end_lineno, prev->end_col,
                               "iterable argument unpacking follows keyword argument unpacking");
                return;
            }
        } else if (unpacking) {
            pr_build_error(pp, rpar->lineno, rpar->col,
                           "positional argument follows keyword argument unpacking");
            return;
        } else if (keyword) {
            pr_build_error(pp, rpar->lineno, rpar->col, "positional argument follows keyword argument");
            return;
        }
        *positional = pr_seq_push(pp->arena, *positional, e);
    }
}

pr_node *pr_build_call(pr_parse *pp, pr_node *func, const pr_token *lpar, pr_callargs *args,
                       const pr_token *rpar)
{
    pr_node *n = pr_node_new(pp->arena, PR_Call);
    n->v.Call.func = func;
    pr_build_split_args(pp, args, lpar, rpar, &n->v.Call.args, &n->v.Call.keywords);
    pr_build_set_start(pp, n, func);
    n->end_lineno = rpar->end_lineno;
    n->end_col = rpar->end_col;
    return n;
}
