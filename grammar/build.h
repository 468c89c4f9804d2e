/* The AST builders the grammar's actions call, the parse context they share, and the
** small values that travel on the parser's stack between rules (expression lists,
** parameter lists, call arguments, f-string parts).  The builders set positions as
** CPython does and reject, with CPython's messages, what the wide cover rules let
** through: invalid targets, misplaced starred expressions, badly ordered parameters and
** arguments, invalid patterns. */
#ifndef PR_BUILD_H
#define PR_BUILD_H

#include <stdbool.h>
#include <stdint.h>

#include "ast/ast.h"
#include "grammar/parse.h"
#include "lexer/lexer.h"

/* A source range built from tokens (dotted names). */
typedef pr_token pr_span;

/* Where a parenthesised expression's parentheses are: node->paren indexes this. */
typedef struct pr_paren_span {
    uint32_t lineno, col, end_lineno, end_col;
} pr_paren_span;

typedef struct pr_parse {
    pr_arena *arena;
    const pr_source *src;
    pr_syntax_error *err;
    const pr_lexer *lx;          /* for the comments seen so far */
    pr_node *module;
    bool failed;                 /* an error has been reported: stop feeding tokens */
    int refused;                 /* the token the parser could not take (when failed and */
    pr_token refused_tok;        /* no builder reported an error first) */
    pr_paren_span *parens;       /* [0] unused, so that 0 means "not parenthesised" */
    uint32_t nparens, parens_cap;
    struct interned *names;      /* the interned identifiers (build.c) */
    uint32_t nnames, names_cap;
    struct pr_params *spare;     /* a parameter list done with, to reuse (build_args.c) */
} pr_parse;

/* A comma-separated list of expressions on its way to becoming a tuple or not. */
typedef struct pr_list {
    pr_seq *items;
    bool comma;                  /* a comma was seen (between items or after the last) */
    bool trailing;               /* the list ends with a comma */
    uint32_t end_lineno, end_col;/* end of the trailing comma */
} pr_list;

typedef struct pr_pair {
    pr_node *key, *value;
} pr_pair;

enum pr_param_kind {
    PR_PARAM_PLAIN, PR_PARAM_BARE_STAR, PR_PARAM_STAR, PR_PARAM_DOUBLESTAR, PR_PARAM_SLASH
};

typedef struct pr_param {
    int kind;
    pr_token tok;                /* the name, or the '*', '**', '/' */
    pr_node *arg;                /* an arg node, or NULL for '*' and '/' */
    pr_node *dflt;
} pr_param;

typedef struct pr_params {
    uint32_t n, cap;
    bool trailing;
    pr_param items[];
} pr_params;

typedef struct pr_callargs {
    pr_seq *items;               /* expressions and keyword nodes, in source order */
    bool trailing;
} pr_callargs;

typedef struct pr_fconv {
    pr_token bang, name;
} pr_fconv;

typedef struct pr_fspec {
    pr_token colon;
    pr_seq *parts;
} pr_fspec;

/* Errors and the parse's end, called from the grammar's directives. */
void pr_parse_module(pr_parse *pp, pr_seq *body);
void pr_parse_syntax_error(pr_parse *pp, int major, const pr_token *tok);
void pr_parse_stack_overflow(pr_parse *pp);

/* Reports a SyntaxError at a byte position, unless one was reported already. */
void pr_build_error(pr_parse *pp, uint32_t lineno, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void pr_build_error_at_node(pr_parse *pp, const pr_node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Positions. */
void pr_build_pos_tok(pr_node *n, const pr_token *first, const pr_token *last);
void pr_build_pos(pr_parse *pp, pr_node *n, const pr_node *first, const pr_node *last);
/* The node's extent including any parentheses around it. */
void pr_build_outer_start(const pr_parse *pp, const pr_node *n, uint32_t *lineno, uint32_t *col);
void pr_build_outer_end(const pr_parse *pp, const pr_node *n, uint32_t *lineno, uint32_t *col);
void pr_build_set_start(pr_parse *pp, pr_node *n, const pr_node *from);
void pr_build_set_end(pr_parse *pp, pr_node *n, const pr_node *to);
/* The byte offset in the source of a (line, column) position. */
uint32_t pr_build_offset(const pr_parse *pp, uint32_t lineno, uint32_t col);

/* A block's last statement followed by ';' (the block ends after it). */
pr_seq *pr_build_trailing_semicolon(pr_parse *pp, pr_seq *stmts, const pr_token *semi);

/* Where the one-character token before n stands (the '=' of a default, the ':' of an
** annotation), found by stepping back over blanks in the source. */
void pr_build_char_before(const pr_parse *pp, const pr_node *n, uint32_t *lineno, uint32_t *col);

/* Sequences and lists. */
pr_seq *pr_build_seq_push(pr_parse *pp, pr_seq *s, void *item);
pr_seq *pr_build_seq_concat(pr_parse *pp, pr_seq *a, pr_seq *b);
pr_list *pr_build_names(pr_parse *pp, pr_list *l, const pr_token *name);
pr_list *pr_build_list(pr_parse *pp, pr_list *l, pr_node *item);
pr_list *pr_build_list_trailing(pr_parse *pp, pr_list *l, const pr_token *comma);
pr_token *pr_build_token_copy(pr_parse *pp, const pr_token *t);
pr_span pr_build_span(const pr_token *first, const pr_token *last);
/* The identifier of a NAME token, NFKC-normalised and interned: within a file, equal
** names are equal pointers. */
const char *pr_build_ident(pr_parse *pp, const pr_token *name);

/* Statements (build_stmt.c). */
pr_node *pr_build_keyword_stmt(pr_parse *pp, pr_kind kind, const pr_token *t);
pr_node *pr_build_return(pr_parse *pp, const pr_token *t, pr_node *value);
pr_node *pr_build_raise(pr_parse *pp, const pr_token *t, pr_node *exc, pr_node *cause);
pr_node *pr_build_names_stmt(pr_parse *pp, pr_kind kind, const pr_token *t, pr_list *names);
pr_node *pr_build_delete(pr_parse *pp, const pr_token *t, pr_list *targets);
pr_node *pr_build_assert(pr_parse *pp, const pr_token *t, pr_node *test, pr_node *msg);
pr_node *pr_build_type_alias(pr_parse *pp, const pr_token *t, const pr_token *name,
                             pr_seq *tparams, pr_node *value);
pr_node *pr_build_expr_stmt(pr_parse *pp, pr_node *e);
pr_node *pr_build_assign(pr_parse *pp, pr_seq *chain);
pr_node *pr_build_annassign(pr_parse *pp, pr_node *target, pr_node *ann, pr_node *value);
pr_node *pr_build_augassign(pr_parse *pp, pr_node *target, int op, pr_node *value);
pr_node *pr_build_import(pr_parse *pp, const pr_token *t, pr_seq *names);
pr_node *pr_build_import_from(pr_parse *pp, const pr_token *t, int level, const pr_span *module,
                              pr_list *names);
pr_list *pr_build_import_targets(pr_parse *pp, pr_seq *names, const pr_token *rpar);
pr_node *pr_build_alias(pr_parse *pp, const pr_span *name, const pr_token *asname);
pr_list *pr_build_import_star(pr_parse *pp, const pr_token *star);
void pr_build_import_trailing_comma(pr_parse *pp, const pr_token *comma, const pr_token *next);
pr_node *pr_build_decorated(pr_parse *pp, pr_seq *decorators, pr_node *def);
pr_node *pr_build_if_clause(pr_parse *pp, const pr_token *t, pr_node *test, pr_seq *body);
pr_node *pr_build_if(pr_parse *pp, pr_node *first, pr_seq *elifs, pr_seq *orelse);
pr_node *pr_build_while(pr_parse *pp, const pr_token *t, pr_node *test, pr_seq *body,
                        pr_seq *orelse);
pr_node *pr_build_for(pr_parse *pp, const pr_token *t, const pr_token *async, pr_node *target,
                      pr_node *iter, pr_seq *body, pr_seq *orelse);
pr_node *pr_build_try(pr_parse *pp, const pr_token *t, pr_seq *body, pr_seq *handlers,
                      pr_seq *orelse, pr_seq *finalbody);
pr_node *pr_build_handler(pr_parse *pp, const pr_token *t, const pr_token *star, pr_list *types,
                          const pr_token *name, pr_seq *body);
pr_node *pr_build_with(pr_parse *pp, const pr_token *t, const pr_token *async, pr_seq *items,
                       pr_seq *body);
pr_seq *pr_build_with_parenthesized(pr_parse *pp, const pr_token *lpar, pr_list *items,
                                    const pr_token *rpar);
pr_node *pr_build_withitem(pr_parse *pp, pr_node *expr, pr_node *vars);
pr_node *pr_build_funcdef(pr_parse *pp, const pr_token *def, const pr_token *async,
                          const pr_token *name, pr_seq *tparams, pr_params *params,
                          const pr_token *rpar, pr_node *returns, pr_seq *body);
pr_node *pr_build_classdef(pr_parse *pp, const pr_token *t, const pr_token *name,
                           pr_seq *tparams, const pr_token *lpar, pr_callargs *args,
                           const pr_token *rpar, pr_seq *body);
pr_seq *pr_build_type_params(pr_parse *pp, const pr_token *lsqb, pr_seq *params);
pr_node *pr_build_type_param(pr_parse *pp, pr_kind kind, const pr_token *start,
                             const pr_token *name, pr_node *bound, pr_node *dflt);

/* Parameters and arguments (build_args.c). */
pr_param pr_build_param(pr_parse *pp, int kind, const pr_token *start, const pr_token *name,
                        pr_node *annotation, pr_node *dflt);
pr_params *pr_build_params_add(pr_parse *pp, pr_params *l, pr_param p);
pr_params *pr_build_params_trailing(pr_parse *pp, pr_params *l, const pr_token *comma);
pr_node *pr_build_arguments(pr_parse *pp, pr_params *l, const pr_token *close);
pr_callargs *pr_build_args(pr_parse *pp, pr_seq *items, const pr_token *trailing);
pr_node *pr_build_keyword(pr_parse *pp, pr_node *key, const pr_token *dstar, pr_node *value);
pr_node *pr_build_call(pr_parse *pp, pr_node *func, const pr_token *lpar, pr_callargs *args,
                       const pr_token *rpar);
/* Splits call arguments into positional and keyword lists, with CPython's checks. */
void pr_build_split_args(pr_parse *pp, pr_callargs *args, const pr_token *lpar,
                         const pr_token *rpar, pr_seq **positional, pr_seq **keywords);

/* Expressions (build_expr.c). */
pr_node *pr_build_name(pr_parse *pp, const pr_token *t);
pr_node *pr_build_number(pr_parse *pp, const pr_token *t);
pr_node *pr_build_singleton(pr_parse *pp, const pr_token *t, pr_const_kind kind);
pr_node *pr_build_boolop(pr_parse *pp, pr_node *a, int op, pr_node *b);
pr_node *pr_build_binop(pr_parse *pp, pr_node *a, int op, pr_node *b);
pr_node *pr_build_compare(pr_parse *pp, pr_node *a, int op, pr_node *b);
int pr_build_notequal(pr_parse *pp, const pr_token *t);
pr_node *pr_build_unary(pr_parse *pp, const pr_token *t, int op, pr_node *operand);
pr_node *pr_build_await(pr_parse *pp, const pr_token *t, pr_node *value);
pr_node *pr_build_starred(pr_parse *pp, const pr_token *t, pr_node *value);
pr_node *pr_build_namedexpr(pr_parse *pp, const pr_token *name, pr_node *value);
pr_node *pr_build_ifexp(pr_parse *pp, pr_node *body, pr_node *test, pr_node *orelse);
pr_node *pr_build_lambda(pr_parse *pp, const pr_token *t, pr_params *params,
                         const pr_token *colon, pr_node *body);
pr_node *pr_build_attribute(pr_parse *pp, pr_node *value, const pr_token *name);
pr_node *pr_build_subscript(pr_parse *pp, pr_node *value, pr_node *slice, const pr_token *rsqb);
pr_node *pr_build_slices(pr_parse *pp, pr_list *l);
pr_node *pr_build_slice(pr_parse *pp, pr_node *lower, const pr_token *colon, pr_node *upper,
                        const pr_token *colon2, pr_node *step);
pr_node *pr_build_tuple_or_single(pr_parse *pp, pr_list *l);
pr_node *pr_build_target_list(pr_parse *pp, pr_list *l);
pr_node *pr_build_display(pr_parse *pp, pr_kind kind, const pr_token *open, pr_list *l,
                          const pr_token *close);
pr_node *pr_build_group(pr_parse *pp, const pr_token *lpar, pr_node *e, const pr_token *rpar);
pr_node *pr_build_paren_list(pr_parse *pp, const pr_token *lpar, pr_list *l,
                             const pr_token *rpar);
pr_node *pr_build_dict(pr_parse *pp, const pr_token *open, pr_seq *items, const pr_token *close);
pr_pair *pr_build_dict_item(pr_parse *pp, pr_node *key, pr_node *value);
pr_node *pr_build_comp(pr_parse *pp, pr_kind kind, const pr_token *open, pr_node *elt,
                       pr_node *value, pr_seq *clauses, const pr_token *close);
pr_node *pr_build_genexp(pr_parse *pp, pr_node *elt, pr_seq *clauses);
pr_node *pr_build_comprehension(pr_parse *pp, const pr_token *fortok, const pr_token *async,
                                pr_node *target, pr_node *iter);
pr_seq *pr_build_comp_if(pr_parse *pp, pr_seq *clauses, pr_node *cond);
pr_node *pr_build_yield(pr_parse *pp, const pr_token *t, pr_node *value, bool from);

/* Targets (targets.c): turn parsed expressions into Store/Del targets or report why not. */
enum pr_target_use { PR_TARGET_ASSIGN, PR_TARGET_FOR, PR_TARGET_DEL, PR_TARGET_WITH,
                     PR_TARGET_AUG, PR_TARGET_ANN, PR_TARGET_COMP };
bool pr_build_set_target(pr_parse *pp, pr_node *e, int use);
/* CPython's name for an expression in messages ("function call", "literal"...). */
const char *pr_build_expr_name(const pr_node *e);

/* Strings (build_str.c). */
pr_node *pr_build_string_token(pr_parse *pp, const pr_token *t);
pr_node *pr_build_fstring(pr_parse *pp, const pr_token *start, pr_seq *parts,
                          const pr_token *end, bool tstring);
pr_node *pr_build_fstring_middle(pr_parse *pp, const pr_token *t);
pr_node *pr_build_fspec_middle(pr_parse *pp, const pr_token *t);
pr_node *pr_build_ffield(pr_parse *pp, const pr_token *lbrace, pr_node *expr,
                         const pr_token *debug, pr_fconv *conv, pr_fspec *spec,
                         const pr_token *rbrace);
pr_fconv *pr_build_fconv(pr_parse *pp, const pr_token *bang, const pr_token *name);
pr_fspec *pr_build_fspec(pr_parse *pp, const pr_token *colon, pr_seq *parts);
pr_node *pr_build_strings(pr_parse *pp, pr_seq *parts, const pr_token *next);

/* match statements (build_pattern.c). */
pr_node *pr_build_match(pr_parse *pp, const pr_token *t, pr_node *subject, pr_seq *cases);
pr_node *pr_build_subject(pr_parse *pp, pr_list *l, const pr_token *comma);
pr_node *pr_build_match_case(pr_parse *pp, pr_node *pattern, pr_node *guard, pr_seq *body);
pr_node *pr_build_pattern_seq(pr_parse *pp, const pr_token *open, pr_seq *items,
                              const pr_token *comma, const pr_token *close);
pr_node *pr_build_match_star(pr_parse *pp, const pr_token *star, const pr_token *name);
pr_node *pr_build_or_pattern(pr_parse *pp, pr_seq *alternatives);
pr_node *pr_build_as_pattern(pr_parse *pp, pr_node *pattern, const pr_token *name);
pr_node *pr_build_literal_pattern(pr_parse *pp, pr_node *e);
pr_node *pr_build_capture_pattern(pr_parse *pp, const pr_token *name);
pr_node *pr_build_value_pattern(pr_parse *pp, pr_node *e);
pr_node *pr_build_mapping_pattern(pr_parse *pp, const pr_token *open, pr_seq *items,
                                  const pr_token *rest, const pr_token *close);
pr_pair *pr_build_key_pattern(pr_parse *pp, pr_node *key, pr_node *pattern);
pr_node *pr_build_class_pattern(pr_parse *pp, pr_node *cls, pr_seq *patterns,
                                const pr_token *rpar);
pr_node *pr_build_keyword_pattern(pr_parse *pp, const pr_token *name, pr_node *pattern);
pr_node *pr_build_complex_literal(pr_parse *pp, pr_node *real, int op, const pr_token *imag);

#endif
