/* Builders for match statements and their patterns (PEP 634): sequences with and
** without brackets, or/as/capture/wildcard/value/literal patterns, mappings with
** `**rest`, class patterns with keyword patterns, and complex-number literals. */
#include "grammar/build.h"

#include <string.h>

static bool is_underscore(pr_parse *pp, const pr_token *t)
{
    return t->end - t->start == 1 && pp->src->text[t->start] == '_';
}

pr_node *pr_build_match(pr_parse *pp, const pr_token *t, pr_node *subject, pr_seq *cases)
{
    pr_node *n = pr_node_new(pp->arena, PR_Match);
    n->v.Match.subject = subject;
    n->v.Match.cases = cases;
    pr_build_pos_tok(n, t, t);
    pr_node *last = PR_SEQ_NODE(cases, cases->n - 1);
    pr_seq *body = last->v.match_case.body;
    pr_build_set_end(pp, n, PR_SEQ_NODE(body, body->n - 1));
    return n;
}

pr_node *pr_build_subject(pr_parse *pp, pr_list *l, const pr_token *comma)
{
    if (comma)
        l = pr_build_list_trailing(pp, l, comma);
    if (!l->comma) {
        pr_node *e = PR_SEQ_NODE(l->items, 0);
        if (e->kind == PR_Starred)
            pr_build_error_at_node(pp, e, "invalid syntax");
        return e;
    }
    return pr_build_tuple_or_single(pp, l);
}

pr_node *pr_build_match_case(pr_parse *pp, pr_node *pattern, pr_node *guard, pr_seq *body)
{
    pr_node *n = pr_node_new(pp->arena, PR_match_case);
    n->v.match_case.pattern = pattern;
    n->v.match_case.guard = guard;
    n->v.match_case.body = body;
    return n;
}

pr_node *pr_build_pattern_seq(pr_parse *pp, const pr_token *open, pr_seq *items,
                              const pr_token *comma, const pr_token *close)
{
    pr_node *n = pr_node_new(pp->arena, PR_MatchSequence);
    n->v.MatchSequence.patterns = items;
    if (open) {
        pr_build_pos_tok(n, open, close);
    } else {
        pr_build_pos(pp, n, PR_SEQ_NODE(items, 0), PR_SEQ_NODE(items, items->n - 1));
        if (comma) {
            n->end_lineno = comma->end_lineno;
            n->end_col = comma->end_col;
        }
    }
    return n;
}

pr_node *pr_build_match_star(pr_parse *pp, const pr_token *star, const pr_token *name)
{
    pr_node *n = pr_node_new(pp->arena, PR_MatchStar);
    if (!is_underscore(pp, name))
        n->v.MatchStar.name = pr_build_ident(pp, name);
    pr_build_pos_tok(n, star, name);
    return n;
}

pr_node *pr_build_or_pattern(pr_parse *pp, pr_seq *alternatives)
{
    if (alternatives->n == 1)
        return PR_SEQ_NODE(alternatives, 0);
    pr_node *n = pr_node_new(pp->arena, PR_MatchOr);
    n->v.MatchOr.patterns = alternatives;
    pr_build_pos(pp, n, PR_SEQ_NODE(alternatives, 0),
                 PR_SEQ_NODE(alternatives, alternatives->n - 1));
    return n;
}

pr_node *pr_build_as_pattern(pr_parse *pp, pr_node *pattern, const pr_token *name)
{
    if (is_underscore(pp, name))
        pr_build_error(pp, name->lineno, name->col, "cannot use '_' as a target");
    pr_node *n = pr_node_new(pp->arena, PR_MatchAs);
    n->v.MatchAs.pattern = pattern;
    n->v.MatchAs.name = pr_build_ident(pp, name);
    pr_build_set_start(pp, n, pattern);
    n->end_lineno = name->end_lineno;
    n->end_col = name->end_col;
    return n;
}

pr_node *pr_build_literal_pattern(pr_parse *pp, pr_node *e)
{
    if (e->kind == PR_JoinedStr || e->kind == PR_TemplateStr) {
        pr_build_error_at_node(pp, e, "patterns may only match literals and attribute lookups");
        return e;
    }
    bool singleton = e->kind == PR_Constant && e->v.Constant.value->kind <= PR_CONST_FALSE;
    pr_node *n = pr_node_new(pp->arena, singleton ? PR_MatchSingleton : PR_MatchValue);
    if (singleton)
        n->v.MatchSingleton.value = e->v.Constant.value;
    else
        n->v.MatchValue.value = e;
    pr_build_pos(pp, n, e, e);
    return n;
}

pr_node *pr_build_capture_pattern(pr_parse *pp, const pr_token *name)
{
    pr_node *n = pr_node_new(pp->arena, PR_MatchAs);
    if (!is_underscore(pp, name))
        n->v.MatchAs.name = pr_build_ident(pp, name);
    pr_build_pos_tok(n, name, name);
    return n;
}

pr_node *pr_build_value_pattern(pr_parse *pp, pr_node *e)
{
    pr_node *n = pr_node_new(pp->arena, PR_MatchValue);
    n->v.MatchValue.value = e;
    pr_build_pos(pp, n, e, e);
    return n;
}

/* f-string keys parse; CPython's compiler rejects them (passes/patterns.c). */
pr_pair *pr_build_key_pattern(pr_parse *pp, pr_node *key, pr_node *pattern)
{
    pr_pair *p = pr_arena_alloc(pp->arena, sizeof *p);
    p->key = key;
    p->value = pattern;
    return p;
}

pr_node *pr_build_mapping_pattern(pr_parse *pp, const pr_token *open, pr_seq *items,
                                  const pr_token *rest, const pr_token *close)
{
    pr_node *n = pr_node_new(pp->arena, PR_MatchMapping);
    for (uint32_t i = 0; i < PR_SEQ_LEN(items); i++) {
        pr_pair *p = items->items[i];
        n->v.MatchMapping.keys = pr_seq_push(pp->arena, n->v.MatchMapping.keys, p->key);
        n->v.MatchMapping.patterns = pr_seq_push(pp->arena, n->v.MatchMapping.patterns, p->value);
    }
    if (rest && is_underscore(pp, rest))
        pr_build_error(pp, rest->lineno, rest->col, "invalid syntax");
    if (rest)
        n->v.MatchMapping.rest = pr_build_ident(pp, rest);
    pr_build_pos_tok(n, open, close);
    return n;
}

pr_node *pr_build_keyword_pattern(pr_parse *pp, const pr_token *name, pr_node *pattern)
{
    pr_node *n = pr_node_new(pp->arena, PR_keyword);
    n->v.keyword.arg = pr_build_ident(pp, name);
    n->v.keyword.value = pattern;
    pr_build_pos_tok(n, name, name);
    pr_build_set_end(pp, n, pattern);
    return n;
}

pr_node *pr_build_class_pattern(pr_parse *pp, pr_node *cls, pr_seq *patterns,
                                const pr_token *rpar)
{
    pr_node *n = pr_node_new(pp->arena, PR_MatchClass);
    n->v.MatchClass.cls = cls;
    for (uint32_t i = 0; i < PR_SEQ_LEN(patterns); i++) {
        pr_node *p = PR_SEQ_NODE(patterns, i);
        if (p->kind == PR_keyword) {
            n->v.MatchClass.kwd_attrs = pr_seq_push(pp->arena, n->v.MatchClass.kwd_attrs,
                                                    (void *)p->v.keyword.arg);
            n->v.MatchClass.kwd_patterns = pr_seq_push(pp->arena, n->v.MatchClass.kwd_patterns,
                                                       p->v.keyword.value);
        } else if (n->v.MatchClass.kwd_attrs) {
            pr_build_error_at_node(pp, p, "positional patterns follow keyword patterns");
        } else {
            n->v.MatchClass.patterns = pr_seq_push(pp->arena, n->v.MatchClass.patterns, p);
        }
    }
    pr_build_set_start(pp, n, cls);
    n->end_lineno = rpar->end_lineno;
    n->end_col = rpar->end_col;
    return n;
}

pr_node *pr_build_complex_literal(pr_parse *pp, pr_node *real, int op, const pr_token *imag)
{
    pr_node *im = pr_build_number(pp, imag);
    const pr_node *r = real->kind == PR_UnaryOp ? real->v.UnaryOp.operand : real;
    if (r->v.Constant.value->kind == PR_CONST_COMPLEX)
        pr_build_error_at_node(pp, real, "real number required in complex literal");
    else if (im->v.Constant.value->kind != PR_CONST_COMPLEX)
        pr_build_error_at_node(pp, im, "imaginary number required in complex literal");
    return pr_build_binop(pp, real, op, im);
}
