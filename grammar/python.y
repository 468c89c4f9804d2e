/*
** The grammar of Python 3.13 (plus 3.14's t-strings and unparenthesised except lists) for
** the lemon LALR(1) parser generator.  This file is the source; lemon turns it into
** grammar/python.c and grammar/python.h at build time.  Edit this file, never those.
**
** CPython's grammar is PEG; it becomes LALR(1) by moving four jobs elsewhere
** (design/PARSER-NOTES.md): the layout lexer (NEWLINE, INDENT, DEDENT, bracket joining),
** lexer modes for f-strings, the driver's soft-keyword and look-ahead decisions (MATCH,
** CASE, TYPE, WITH_LPAR, ISNOT, NOTIN are tokens the driver makes), and cover rules that
** parse a wider language (targets, keyword arguments, parameters) which the builders in
** build*.c then validate with CPython's messages.  Every action is one call into a
** builder, so this file says only what the language looks like.
*/

// The parser functions are pr_parser, pr_parserAlloc, pr_parserFree...
%name pr_parser
// Token codes are TK_NAME, TK_LPAR... (grammar/python.h).
%token_prefix TK_
// Every terminal carries its place in the source.
%token_type {pr_token}
// Nonterminals are AST nodes unless declared otherwise.
%default_type {pr_node *}
// The parse context: arena, source, first error, the resulting module.
%extra_context {pr_parse *pp}
// A fixed stack, as deep as CPython's parser lets `-` nest (5966 times); deeper
// input is "too complex to parse" for both.
%stack_size 5970

%include {
#include <assert.h>
#include <stdlib.h>
#include "grammar/build.h"
/* No error recovery: the first syntax error ends the parse, as in CPython. */
#define YYNOERRORRECOVERY 1
#define YYMALLOCARGTYPE size_t
#define NDEBUG 1
/* lemon's template declares what some configurations leave unused */
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-variable"
}

%syntax_error {
    pr_parse_syntax_error(pp, yymajor, &TOKEN);
}
%stack_overflow {
    pr_parse_stack_overflow(pp);
}

/* Operator precedence, lowest first (CPython: disjunction ... power).  Conditional
** expressions and lambdas are separate rules (test), and `await` binds to a primary.
** STARRED is the level of `*e` and `**e` operands: CPython takes a bitwise_or there, so
** `*a | b` extends the operand and `*a < b` ends it. */
%left OR.
%left AND.
%right NOT.
%left IN NOTIN IS ISNOT LESS GREATER EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL.
%left STARRED.
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DOUBLESLASH AT.
%right UNARY.
%right DOUBLESTAR.

/* Tokens that appear in no rule but that the lexer produces, so that they get codes. */
%token NEWLINE INDENT DEDENT ERRORTOKEN.

%start_symbol file

///////////////////////////// Module and statements ///////////////////////////////

file ::= stmts_opt(A).                       { pr_parse_module(pp, A); }

%type stmts_opt {pr_seq *}
%type stmts {pr_seq *}
stmts_opt(A) ::= .                           { A = NULL; }
stmts_opt(A) ::= stmts(B).                   { A = B; }
stmts(A) ::= simple_stmts(B).                { A = pr_build_seq_concat(pp, NULL, B); }
stmts(A) ::= compound_stmt(B).               { A = pr_build_seq_push(pp, NULL, B); }
stmts(A) ::= stmts(B) simple_stmts(C).       { A = pr_build_seq_concat(pp, B, C); }
stmts(A) ::= stmts(B) compound_stmt(C).      { A = pr_build_seq_push(pp, B, C); }

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
%type simple_stmts {pr_seq *}
%type small_stmts {pr_seq *}
simple_stmts(A) ::= small_stmts(B) NEWLINE.      { A = B; }
simple_stmts(A) ::= small_stmts(B) SEMI(S) NEWLINE. { A = pr_build_trailing_semicolon(pp, B, &S); }
small_stmts(A) ::= small_stmt(B).                { A = pr_build_seq_push(pp, NULL, B); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(C). { A = pr_build_seq_push(pp, B, C); }

// block: NEWLINE INDENT statements DEDENT | simple_stmts
%type block {pr_seq *}
block(A) ::= simple_stmts(B).                { A = B; }
block(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

///////////////////////////// Simple statements ////////////////////////////////////

small_stmt(A) ::= expr_stmt(B).              { A = B; }
small_stmt(A) ::= PASS(T).                   { A = pr_build_keyword_stmt(pp, PR_Pass, &T); }
small_stmt(A) ::= BREAK(T).                  { A = pr_build_keyword_stmt(pp, PR_Break, &T); }
small_stmt(A) ::= CONTINUE(T).               { A = pr_build_keyword_stmt(pp, PR_Continue, &T); }
small_stmt(A) ::= RETURN(T).                 { A = pr_build_return(pp, &T, NULL); }
small_stmt(A) ::= RETURN(T) star_exprs(B).   { A = pr_build_return(pp, &T, B); }
small_stmt(A) ::= RAISE(T).                  { A = pr_build_raise(pp, &T, NULL, NULL); }
small_stmt(A) ::= RAISE(T) test(B).          { A = pr_build_raise(pp, &T, B, NULL); }
small_stmt(A) ::= RAISE(T) test(B) FROM test(C). { A = pr_build_raise(pp, &T, B, C); }
small_stmt(A) ::= GLOBAL(T) names(B).        { A = pr_build_names_stmt(pp, PR_Global, &T, B); }
small_stmt(A) ::= NONLOCAL(T) names(B).      { A = pr_build_names_stmt(pp, PR_Nonlocal, &T, B); }
small_stmt(A) ::= DEL(T) del_targets(B).     { A = pr_build_delete(pp, &T, B); }
small_stmt(A) ::= ASSERT(T) test(B).         { A = pr_build_assert(pp, &T, B, NULL); }
small_stmt(A) ::= ASSERT(T) test(B) COMMA test(C). { A = pr_build_assert(pp, &T, B, C); }
small_stmt(A) ::= import_stmt(B).            { A = B; }
small_stmt(A) ::= TYPE(T) NAME(N) tparams_opt(P) EQUAL test(V).
                                             { A = pr_build_type_alias(pp, &T, &N, P, V); }

%type names {pr_list *}
names(A) ::= NAME(N).                        { A = pr_build_names(pp, NULL, &N); }
names(A) ::= names(B) COMMA NAME(N).         { A = pr_build_names(pp, B, &N); }

// del_stmt: 'del' del_targets; parsed as expressions, then checked (cannot delete ...)
%type del_targets {pr_list *}
del_targets(A) ::= expr_list(B).             { A = B; }
del_targets(A) ::= expr_list(B) COMMA(C).    { A = pr_build_list_trailing(pp, B, &C); }

/* Expression statements and assignments: the left sides are parsed as expressions and
** turned into targets (Store context) by the builder, which rejects what CPython
** rejects ("cannot assign to function call here...").
**   assignment: target (= target)* = (yield_expr | star_expressions)
**             | target ':' expression ['=' annotated_rhs]
**             | target augassign (yield_expr | star_expressions) */
expr_stmt(A) ::= star_exprs(B).              { A = pr_build_expr_stmt(pp, B); }
expr_stmt(A) ::= yield_expr(B).              { A = pr_build_expr_stmt(pp, B); }
expr_stmt(A) ::= assign_chain(B).            { A = pr_build_assign(pp, B); }
expr_stmt(A) ::= star_exprs(B) COLON test(C).
                                             { A = pr_build_annassign(pp, B, C, NULL); }
expr_stmt(A) ::= star_exprs(B) COLON test(C) EQUAL rhs(D).
                                             { A = pr_build_annassign(pp, B, C, D); }
expr_stmt(A) ::= star_exprs(B) augop(O) rhs(C).
                                             { A = pr_build_augassign(pp, B, O, C); }

%type assign_chain {pr_seq *}
assign_chain(A) ::= star_exprs(B) EQUAL rhs(C).
                                             { A = pr_build_seq_push(pp, pr_build_seq_push(pp, NULL, B), C); }
assign_chain(A) ::= assign_chain(B) EQUAL rhs(C). { A = pr_build_seq_push(pp, B, C); }
assign_chain(A) ::= yield_expr(B) EQUAL rhs(C).
                                             { A = pr_build_seq_push(pp, pr_build_seq_push(pp, NULL, B), C); }

rhs(A) ::= star_exprs(B).                    { A = B; }
rhs(A) ::= yield_expr(B).                    { A = B; }

%type augop {int}
augop(A) ::= PLUSEQUAL.                      { A = PR_ADD; }
augop(A) ::= MINEQUAL.                       { A = PR_SUB; }
augop(A) ::= STAREQUAL.                      { A = PR_MULT; }
augop(A) ::= ATEQUAL.                        { A = PR_MATMULT; }
augop(A) ::= SLASHEQUAL.                     { A = PR_DIV; }
augop(A) ::= PERCENTEQUAL.                   { A = PR_MOD; }
augop(A) ::= AMPEREQUAL.                     { A = PR_BITAND; }
augop(A) ::= VBAREQUAL.                      { A = PR_BITOR; }
augop(A) ::= CIRCUMFLEXEQUAL.                { A = PR_BITXOR; }
augop(A) ::= LEFTSHIFTEQUAL.                 { A = PR_LSHIFT; }
augop(A) ::= RIGHTSHIFTEQUAL.                { A = PR_RSHIFT; }
augop(A) ::= DOUBLESTAREQUAL.                { A = PR_POW; }
augop(A) ::= DOUBLESLASHEQUAL.               { A = PR_FLOORDIV; }

/* import_name: 'import' dotted_as_names
** import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
**            | 'from' ('.' | '...')+ 'import' import_from_targets */
import_stmt(A) ::= IMPORT(T) dotted_as_names(B).
                                             { A = pr_build_import(pp, &T, B); }
import_stmt(A) ::= FROM(T) dots_opt(D) dotted_name(M) IMPORT import_targets(N).
                                             { A = pr_build_import_from(pp, &T, D, &M, N); }
import_stmt(A) ::= FROM(T) dots(D) IMPORT import_targets(N).
                                             { A = pr_build_import_from(pp, &T, D, NULL, N); }

%type dots_opt {int}
%type dots {int}
dots_opt(A) ::= .                            { A = 0; }
dots_opt(A) ::= dots(B).                     { A = B; }
dots(A) ::= DOT.                             { A = 1; }
dots(A) ::= ELLIPSIS.                        { A = 3; }
dots(A) ::= dots(B) DOT.                     { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS.                { A = B + 3; }

%type dotted_name {pr_span}
dotted_name(A) ::= NAME(N).                  { A = pr_build_span(&N, &N); }
dotted_name(A) ::= dotted_name(B) DOT NAME(N). { A = pr_build_span(&B, &N); }

%type dotted_as_names {pr_seq *}
dotted_as_names(A) ::= dotted_as_name(B).    { A = pr_build_seq_push(pp, NULL, B); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(C).
                                             { A = pr_build_seq_push(pp, B, C); }
dotted_as_name(A) ::= dotted_name(N).        { A = pr_build_alias(pp, &N, NULL); }
dotted_as_name(A) ::= dotted_name(N) AS NAME(S). { A = pr_build_alias(pp, &N, &S); }

%type import_targets {pr_list *}
%type import_as_names {pr_seq *}
import_targets(A) ::= STAR(T).               { A = pr_build_import_star(pp, &T); }
import_targets(A) ::= import_as_names(B).    { A = pr_build_import_targets(pp, B, NULL); }
import_targets(A) ::= import_as_names(B) COMMA(C).
                                             { A = pr_build_import_targets(pp, B, NULL); pr_build_import_trailing_comma(pp, &C, &yyLookaheadToken); }
import_targets(A) ::= LPAR import_as_names(B) RPAR(R).       { A = pr_build_import_targets(pp, B, &R); }
import_targets(A) ::= LPAR import_as_names(B) COMMA RPAR(R). { A = pr_build_import_targets(pp, B, &R); }
import_as_names(A) ::= import_as_name(B).    { A = pr_build_seq_push(pp, NULL, B); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(C).
                                             { A = pr_build_seq_push(pp, B, C); }
import_as_name(A) ::= NAME(N).               { pr_span s = pr_build_span(&N, &N); A = pr_build_alias(pp, &s, NULL); }
import_as_name(A) ::= NAME(N) AS NAME(S).    { pr_span s = pr_build_span(&N, &N); A = pr_build_alias(pp, &s, &S); }

///////////////////////////// Compound statements //////////////////////////////////

compound_stmt(A) ::= if_stmt(B).             { A = B; }
compound_stmt(A) ::= while_stmt(B).          { A = B; }
compound_stmt(A) ::= for_stmt(B).            { A = B; }
compound_stmt(A) ::= try_stmt(B).            { A = B; }
compound_stmt(A) ::= with_stmt(B).           { A = B; }
compound_stmt(A) ::= funcdef(B).             { A = B; }
compound_stmt(A) ::= classdef(B).            { A = B; }
compound_stmt(A) ::= decorators(D) funcdef(B). { A = pr_build_decorated(pp, D, B); }
compound_stmt(A) ::= decorators(D) classdef(B). { A = pr_build_decorated(pp, D, B); }
compound_stmt(A) ::= match_stmt(B).          { A = B; }

%type decorators {pr_seq *}
decorators(A) ::= AT namedexpr(B) NEWLINE.   { A = pr_build_seq_push(pp, NULL, B); }
decorators(A) ::= decorators(D) AT namedexpr(B) NEWLINE. { A = pr_build_seq_push(pp, D, B); }

/* if_stmt: 'if' named_expression ':' block elif_stmt | ... else_block
** The elif clauses are collected flat and nested into orelse by the builder. */
if_stmt(A) ::= if_head(B) elifs_opt(E) else_opt(F). { A = pr_build_if(pp, B, E, F); }
if_head(A) ::= IF(T) namedexpr(C) COLON block(B). { A = pr_build_if_clause(pp, &T, C, B); }
%type elifs_opt {pr_seq *}
elifs_opt(A) ::= .                           { A = NULL; }
elifs_opt(A) ::= elifs_opt(L) ELIF(T) namedexpr(C) COLON block(B).
                                             { A = pr_build_seq_push(pp, L, pr_build_if_clause(pp, &T, C, B)); }
%type else_opt {pr_seq *}
else_opt(A) ::= .                            { A = NULL; }
else_opt(A) ::= ELSE COLON block(B).         { A = B; }

while_stmt(A) ::= WHILE(T) namedexpr(C) COLON block(B) else_opt(E).
                                             { A = pr_build_while(pp, &T, C, B, E); }

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
for_stmt(A) ::= FOR(T) for_targets(X) IN star_exprs(I) COLON block(B) else_opt(E).
                                             { A = pr_build_for(pp, &T, NULL, X, I, B, E); }
for_stmt(A) ::= ASYNC(S) FOR(T) for_targets(X) IN star_exprs(I) COLON block(B) else_opt(E).
                                             { A = pr_build_for(pp, &T, &S, X, I, B, E); }

/* Targets of for loops and comprehensions stop before 'in', so they are primaries
** (star_targets in CPython), not general expressions. */
%type target_list {pr_list *}
for_targets(A) ::= target_list(L).           { A = pr_build_target_list(pp, L); }
for_targets(A) ::= target_list(L) COMMA(C).  { A = pr_build_target_list(pp, pr_build_list_trailing(pp, L, &C)); }
target_list(A) ::= target_item(B).           { A = pr_build_list(pp, NULL, B); }
target_list(A) ::= target_list(L) COMMA target_item(B). { A = pr_build_list(pp, L, B); }
target_item(A) ::= primary(B).               { A = B; }
target_item(A) ::= STAR(T) primary(B).       { A = pr_build_starred(pp, &T, B); }

/* try_stmt: 'try' ':' block finally_block
**         | 'try' ':' block except_block+ [else_block] [finally_block]
**         | 'try' ':' block except_star_block+ [else_block] [finally_block] */
try_stmt(A) ::= TRY(T) COLON block(B) FINALLY COLON block(F).
                                             { A = pr_build_try(pp, &T, B, NULL, NULL, F); }
try_stmt(A) ::= TRY(T) COLON block(B) handlers(H) else_opt(E).
                                             { A = pr_build_try(pp, &T, B, H, E, NULL); }
try_stmt(A) ::= TRY(T) COLON block(B) handlers(H) else_opt(E) FINALLY COLON block(F).
                                             { A = pr_build_try(pp, &T, B, H, E, F); }
%type handlers {pr_seq *}
handlers(A) ::= handler(B).                  { A = pr_build_seq_push(pp, NULL, B); }
handlers(A) ::= handlers(L) handler(B).      { A = pr_build_seq_push(pp, L, B); }
handler(A) ::= EXCEPT(T) COLON block(B).     { A = pr_build_handler(pp, &T, NULL, NULL, NULL, B); }
handler(A) ::= EXCEPT(T) test_list(E) COLON block(B).
                                             { A = pr_build_handler(pp, &T, NULL, E, NULL, B); }
handler(A) ::= EXCEPT(T) test_list(E) COMMA(C) COLON block(B).
                                             { A = pr_build_handler(pp, &T, NULL, pr_build_list_trailing(pp, E, &C), NULL, B); }
handler(A) ::= EXCEPT(T) test_list(E) AS NAME(N) COLON block(B).
                                             { A = pr_build_handler(pp, &T, NULL, E, &N, B); }
handler(A) ::= EXCEPT(T) STAR(S) test_list(E) COLON block(B).
                                             { A = pr_build_handler(pp, &T, &S, E, NULL, B); }
handler(A) ::= EXCEPT(T) STAR(S) test_list(E) COMMA(C) COLON block(B).
                                             { A = pr_build_handler(pp, &T, &S, pr_build_list_trailing(pp, E, &C), NULL, B); }
handler(A) ::= EXCEPT(T) STAR(S) test_list(E) AS NAME(N) COLON block(B).
                                             { A = pr_build_handler(pp, &T, &S, E, &N, B); }

/* with_stmt: 'with' ','.with_item+ ':' block
**          | 'with' '(' ','.with_item+ ','? ')' ':' block
** The driver turns the '(' into WITH_LPAR when its ')' is followed by ':', the only case
** where parentheses group the items rather than start an expression. */
with_stmt(A) ::= WITH(T) with_items(I) COLON block(B).
                                             { A = pr_build_with(pp, &T, NULL, I, B); }
with_stmt(A) ::= ASYNC(S) WITH(T) with_items(I) COLON block(B).
                                             { A = pr_build_with(pp, &T, &S, I, B); }
with_stmt(A) ::= WITH(T) WITH_LPAR(P) with_pitems(I) RPAR(R) COLON block(B).
                                             { A = pr_build_with(pp, &T, NULL, pr_build_with_parenthesized(pp, &P, I, &R), B); }
with_stmt(A) ::= ASYNC(S) WITH(T) WITH_LPAR(P) with_pitems(I) RPAR(R) COLON block(B).
                                             { A = pr_build_with(pp, &T, &S, pr_build_with_parenthesized(pp, &P, I, &R), B); }
%type with_items {pr_seq *}
with_items(A) ::= with_item(B).              { A = pr_build_seq_push(pp, NULL, B); }
with_items(A) ::= with_items(L) COMMA with_item(B). { A = pr_build_seq_push(pp, L, B); }
with_item(A) ::= test(E).                    { A = pr_build_withitem(pp, E, NULL); }
with_item(A) ::= test(E) AS expr(V).         { A = pr_build_withitem(pp, E, V); }
with_item(A) ::= test(E) AS star_expr(V).    { A = pr_build_withitem(pp, E, V); }
/* Inside WITH_LPAR anything an atom could hold is accepted (a walrus, a starred item, a
** yield, a generator); the builder falls back to CPython's reading of those. */
%type with_pitems {pr_list *}
with_pitems(A) ::= with_pitem_list(L).       { A = L; }
with_pitems(A) ::= with_pitem_list(L) COMMA(C). { A = pr_build_list_trailing(pp, L, &C); }
with_pitems(A) ::= namedexpr(E) comp_clauses(C). { A = pr_build_list(pp, NULL, pr_build_withitem(pp, pr_build_genexp(pp, E, C), NULL)); }
with_pitems(A) ::= yield_expr(E).            { A = pr_build_list(pp, NULL, pr_build_withitem(pp, E, NULL)); }
%type with_pitem_list {pr_list *}
with_pitem_list(A) ::= with_pitem(B).        { A = pr_build_list(pp, NULL, B); }
with_pitem_list(A) ::= with_pitem_list(L) COMMA with_pitem(B). { A = pr_build_list(pp, L, B); }
with_pitem(A) ::= namedexpr(E).              { A = pr_build_withitem(pp, E, NULL); }
with_pitem(A) ::= star_expr(E).              { A = pr_build_withitem(pp, E, NULL); }
with_pitem(A) ::= test(E) AS expr(V).        { A = pr_build_withitem(pp, E, V); }
with_pitem(A) ::= test(E) AS star_expr(V).   { A = pr_build_withitem(pp, E, V); }

/* function_def: decorators? ['async'] 'def' NAME [type_params] '(' [params] ')'
**               ['->' expression] ':' block */
funcdef(A) ::= DEF(T) NAME(N) tparams_opt(P) LPAR params(G) RPAR(Z) returns_opt(R) COLON block(B).
                                             { A = pr_build_funcdef(pp, &T, NULL, &N, P, G, &Z, R, B); }
funcdef(A) ::= ASYNC(S) DEF(T) NAME(N) tparams_opt(P) LPAR params(G) RPAR(Z) returns_opt(R) COLON block(B).
                                             { A = pr_build_funcdef(pp, &T, &S, &N, P, G, &Z, R, B); }
returns_opt(A) ::= .                         { A = NULL; }
returns_opt(A) ::= RARROW test(E).           { A = E; }

/* Parameters are parsed as a flat list of items; the builder checks their order with
** CPython's messages and sorts them into an `arguments` node. */
%type params {pr_params *}
%type param_list {pr_params *}
params(A) ::= .                              { A = NULL; }
params(A) ::= param_list(L).                 { A = L; }
params(A) ::= param_list(L) COMMA(C).        { A = pr_build_params_trailing(pp, L, &C); }
param_list(A) ::= param(B).                  { A = pr_build_params_add(pp, NULL, B); }
param_list(A) ::= param_list(L) COMMA param(B). { A = pr_build_params_add(pp, L, B); }
%type param {pr_param}
param(A) ::= NAME(N) annot_opt(T) default_opt(D). { A = pr_build_param(pp, PR_PARAM_PLAIN, &N, &N, T, D); }
param(A) ::= STAR(S).                        { A = pr_build_param(pp, PR_PARAM_BARE_STAR, &S, NULL, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) annot_opt(T) default_opt(D). { A = pr_build_param(pp, PR_PARAM_STAR, &S, &N, T, D); }
param(A) ::= STAR(S) NAME(N) COLON star_expr(T) default_opt(D). { A = pr_build_param(pp, PR_PARAM_STAR, &S, &N, T, D); }
param(A) ::= DOUBLESTAR(S) NAME(N) annot_opt(T) default_opt(D). { A = pr_build_param(pp, PR_PARAM_DOUBLESTAR, &S, &N, T, D); }
param(A) ::= SLASH(S).                       { A = pr_build_param(pp, PR_PARAM_SLASH, &S, NULL, NULL, NULL); }
annot_opt(A) ::= .                           { A = NULL; }
annot_opt(A) ::= COLON test(E).              { A = E; }
default_opt(A) ::= .                         { A = NULL; }
default_opt(A) ::= EQUAL test(E).            { A = E; }

// class_def: decorators? 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
classdef(A) ::= CLASS(T) NAME(N) tparams_opt(P) COLON block(B).
                                             { A = pr_build_classdef(pp, &T, &N, P, NULL, NULL, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) tparams_opt(P) LPAR(L) arglist_opt(G) RPAR(R) COLON block(B).
                                             { A = pr_build_classdef(pp, &T, &N, P, &L, G, &R, B); }

/* type_params: '[' type_param (',' type_param)* [','] ']'
** type_param: NAME [':' expression] ['=' expression] | '*' NAME ['=' star_expression]
**           | '**' NAME ['=' expression] */
%type tparams_opt {pr_seq *}
%type tparam_list {pr_seq *}
tparams_opt(A) ::= .                         { A = NULL; }
tparams_opt(A) ::= LSQB(L) tparam_list(B) RSQB. { A = pr_build_type_params(pp, &L, B); }
tparams_opt(A) ::= LSQB(L) tparam_list(B) COMMA RSQB. { A = pr_build_type_params(pp, &L, B); }
tparam_list(A) ::= tparam(B).                { A = pr_build_seq_push(pp, NULL, B); }
tparam_list(A) ::= tparam_list(L) COMMA tparam(B). { A = pr_build_seq_push(pp, L, B); }
tparam(A) ::= NAME(N) annot_opt(B) default_opt(D).  { A = pr_build_type_param(pp, PR_TypeVar, &N, &N, B, D); }
tparam(A) ::= STAR(S) NAME(N) annot_opt(B) tstar_default_opt(D).
                                             { A = pr_build_type_param(pp, PR_TypeVarTuple, &S, &N, B, D); }
tparam(A) ::= DOUBLESTAR(S) NAME(N) annot_opt(B) default_opt(D).
                                             { A = pr_build_type_param(pp, PR_ParamSpec, &S, &N, B, D); }
tstar_default_opt(A) ::= default_opt(D).     { A = D; }
tstar_default_opt(A) ::= EQUAL star_expr(E). { A = E; }

/////////////////////////////////// match //////////////////////////////////////////

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
match_stmt(A) ::= MATCH(T) subject(S) COLON NEWLINE INDENT cases(C) DEDENT.
                                             { A = pr_build_match(pp, &T, S, C); }
subject(A) ::= named_list(L) comma_opt(C).   { A = pr_build_subject(pp, L, C); }

%type cases {pr_seq *}
cases(A) ::= case_block(B).                  { A = pr_build_seq_push(pp, NULL, B); }
cases(A) ::= cases(L) case_block(B).         { A = pr_build_seq_push(pp, L, B); }
case_block(A) ::= CASE patterns(P) COLON block(B).  { A = pr_build_match_case(pp, P, NULL, B); }
case_block(A) ::= CASE patterns(P) IF namedexpr(G) COLON block(B).
                                             { A = pr_build_match_case(pp, P, G, B); }

/* patterns: open_sequence_pattern | pattern
** A pattern list is written in one rule family for the bare, parenthesised and
** bracketed forms; a single pattern without a comma is not a sequence. */
patterns(A) ::= pattern(P).                  { A = P; }
patterns(A) ::= pat_first(L) COMMA(C).       { A = pr_build_pattern_seq(pp, NULL, L, &C, NULL); }
patterns(A) ::= pat_first(L) COMMA pat_items(M) comma_opt(C).
                                             { A = pr_build_pattern_seq(pp, NULL, pr_build_seq_concat(pp, L, M), C, NULL); }
%type pat_first {pr_seq *}
%type pat_items {pr_seq *}
pat_first(A) ::= pattern(P).                 { A = pr_build_seq_push(pp, NULL, P); }
pat_first(A) ::= star_pattern(P).            { A = pr_build_seq_push(pp, NULL, P); }
pat_items(A) ::= pat_item(P).                { A = pr_build_seq_push(pp, NULL, P); }
pat_items(A) ::= pat_items(L) COMMA pat_item(P). { A = pr_build_seq_push(pp, L, P); }
pat_item(A) ::= pattern(P).                  { A = P; }
pat_item(A) ::= star_pattern(P).             { A = P; }
star_pattern(A) ::= STAR(T) NAME(N).         { A = pr_build_match_star(pp, &T, &N); }

%type comma_opt {pr_token *}
comma_opt(A) ::= .                           { A = NULL; }
comma_opt(A) ::= COMMA(C).                   { A = pr_build_token_copy(pp, &C); }

// as_pattern: or_pattern 'as' pattern_capture_target
pattern(A) ::= or_pattern(P).                { A = pr_build_or_pattern(pp, P); }
pattern(A) ::= or_pattern(P) AS NAME(N).     { A = pr_build_as_pattern(pp, pr_build_or_pattern(pp, P), &N); }
%type or_pattern {pr_seq *}
or_pattern(A) ::= closed_pattern(P).         { A = pr_build_seq_push(pp, NULL, P); }
or_pattern(A) ::= or_pattern(L) VBAR closed_pattern(P). { A = pr_build_seq_push(pp, L, P); }

closed_pattern(A) ::= literal_expr(E).       { A = pr_build_literal_pattern(pp, E); }
closed_pattern(A) ::= NAME(N).               { A = pr_build_capture_pattern(pp, &N); }
closed_pattern(A) ::= attr(E).               { A = pr_build_value_pattern(pp, E); }
closed_pattern(A) ::= LPAR(L) pattern(P) RPAR(R). { A = pr_build_group(pp, &L, P, &R); }
closed_pattern(A) ::= LPAR(L) RPAR(R).       { A = pr_build_pattern_seq(pp, &L, NULL, NULL, &R); }
closed_pattern(A) ::= LPAR(L) pat_first(F) COMMA(C) RPAR(R).
                                             { A = pr_build_pattern_seq(pp, &L, F, &C, &R); }
closed_pattern(A) ::= LPAR(L) pat_first(F) COMMA pat_items(M) comma_opt(C) RPAR(R).
                                             { A = pr_build_pattern_seq(pp, &L, pr_build_seq_concat(pp, F, M), C, &R); }
closed_pattern(A) ::= LSQB(L) RSQB(R).       { A = pr_build_pattern_seq(pp, &L, NULL, NULL, &R); }
closed_pattern(A) ::= LSQB(L) pat_items(M) comma_opt(C) RSQB(R).
                                             { A = pr_build_pattern_seq(pp, &L, M, C, &R); }
closed_pattern(A) ::= LBRACE(L) RBRACE(R).   { A = pr_build_mapping_pattern(pp, &L, NULL, NULL, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(M) comma_opt RBRACE(R).
                                             { A = pr_build_mapping_pattern(pp, &L, M, NULL, &R); }
closed_pattern(A) ::= LBRACE(L) DOUBLESTAR NAME(N) comma_opt RBRACE(R).
                                             { A = pr_build_mapping_pattern(pp, &L, NULL, &N, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(M) COMMA DOUBLESTAR NAME(N) comma_opt RBRACE(R).
                                             { A = pr_build_mapping_pattern(pp, &L, M, &N, &R); }
closed_pattern(A) ::= name_or_attr(C) LPAR RPAR(R).
                                             { A = pr_build_class_pattern(pp, C, NULL, &R); }
closed_pattern(A) ::= name_or_attr(C) LPAR cls_pats(P) comma_opt RPAR(R).
                                             { A = pr_build_class_pattern(pp, C, P, &R); }

// Literal patterns: signed numbers, complex literals, strings, None, True, False.
literal_expr(A) ::= signed_number(E).        { A = E; }
literal_expr(A) ::= signed_number(E) PLUS NUMBER(N). { A = pr_build_complex_literal(pp, E, PR_ADD, &N); }
literal_expr(A) ::= signed_number(E) MINUS NUMBER(N). { A = pr_build_complex_literal(pp, E, PR_SUB, &N); }
literal_expr(A) ::= strings(S).              { A = pr_build_strings(pp, S, &yyLookaheadToken); }
literal_expr(A) ::= NONE(T).                 { A = pr_build_singleton(pp, &T, PR_CONST_NONE); }
literal_expr(A) ::= TRUE(T).                 { A = pr_build_singleton(pp, &T, PR_CONST_TRUE); }
literal_expr(A) ::= FALSE(T).                { A = pr_build_singleton(pp, &T, PR_CONST_FALSE); }
signed_number(A) ::= NUMBER(N).              { A = pr_build_number(pp, &N); }
signed_number(A) ::= MINUS(T) NUMBER(N).     { A = pr_build_unary(pp, &T, PR_USUB, pr_build_number(pp, &N)); }

attr(A) ::= NAME(N) DOT NAME(M).             { A = pr_build_attribute(pp, pr_build_name(pp, &N), &M); }
attr(A) ::= attr(B) DOT NAME(M).             { A = pr_build_attribute(pp, B, &M); }
name_or_attr(A) ::= NAME(N).                 { A = pr_build_name(pp, &N); }
name_or_attr(A) ::= attr(B).                 { A = B; }

%type map_items {pr_seq *}
%type map_item {pr_pair *}
map_items(A) ::= map_item(B).                { A = pr_build_seq_push(pp, NULL, B); }
map_items(A) ::= map_items(L) COMMA map_item(B). { A = pr_build_seq_push(pp, L, B); }
map_item(A) ::= literal_expr(K) COLON pattern(P). { A = pr_build_key_pattern(pp, K, P); }
map_item(A) ::= attr(K) COLON pattern(P).    { A = pr_build_key_pattern(pp, K, P); }

%type cls_pats {pr_seq *}
cls_pats(A) ::= cls_pat(B).                  { A = pr_build_seq_push(pp, NULL, B); }
cls_pats(A) ::= cls_pats(L) COMMA cls_pat(B). { A = pr_build_seq_push(pp, L, B); }
cls_pat(A) ::= pattern(P).                   { A = P; }
cls_pat(A) ::= NAME(N) EQUAL pattern(P).     { A = pr_build_keyword_pattern(pp, &N, P); }

//////////////////////////////// Expressions ///////////////////////////////////////

/* Lists of expressions.  pr_list keeps the items and whether a comma was seen, so that
** `x,` is a tuple and `(x)` is not. */
%type star_list {pr_list *}
%type expr_list {pr_list *}
%type named_list {pr_list *}
%type test_list {pr_list *}

// star_expressions: star_expression (',' star_expression)* [',']
star_exprs(A) ::= star_list(L).              { A = pr_build_tuple_or_single(pp, L); }
star_exprs(A) ::= star_list(L) COMMA(C).     { A = pr_build_tuple_or_single(pp, pr_build_list_trailing(pp, L, &C)); }
star_list(A) ::= star_item(B).               { A = pr_build_list(pp, NULL, B); }
star_list(A) ::= star_list(L) COMMA star_item(B). { A = pr_build_list(pp, L, B); }
star_item(A) ::= test(B).                    { A = B; }
star_item(A) ::= star_expr(B).               { A = B; }

expr_list(A) ::= star_item(B).               { A = pr_build_list(pp, NULL, B); }
expr_list(A) ::= expr_list(L) COMMA star_item(B). { A = pr_build_list(pp, L, B); }

// star_named_expressions, in displays and parenthesised tuples
named_list(A) ::= named_item(B).             { A = pr_build_list(pp, NULL, B); }
named_list(A) ::= named_list(L) COMMA named_item(B). { A = pr_build_list(pp, L, B); }
named_item(A) ::= namedexpr(B).              { A = B; }
named_item(A) ::= star_expr(B).              { A = B; }

// except clauses: one expression, or (3.14, PEP 758) several without parentheses
test_list(A) ::= test(B).                    { A = pr_build_list(pp, NULL, B); }
test_list(A) ::= test_list(L) COMMA test(B). { A = pr_build_list(pp, L, B); }

star_expr(A) ::= STAR(T) expr(B). [STARRED]  { A = pr_build_starred(pp, &T, B); }

// named_expression: NAME ':=' expression | expression
namedexpr(A) ::= test(B).                    { A = B; }
namedexpr(A) ::= NAME(N) COLONEQUAL test(B). { A = pr_build_namedexpr(pp, &N, B); }

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
test(A) ::= expr(B).                         { A = B; }
test(A) ::= expr(B) IF expr(C) ELSE test(D). { A = pr_build_ifexp(pp, B, C, D); }
test(A) ::= LAMBDA(T) lparams(P) COLON(C) test(B). { A = pr_build_lambda(pp, &T, P, &C, B); }

%type lparams {pr_params *}
%type lparam_list {pr_params *}
lparams(A) ::= .                             { A = NULL; }
lparams(A) ::= lparam_list(L).               { A = L; }
lparams(A) ::= lparam_list(L) COMMA(C).      { A = pr_build_params_trailing(pp, L, &C); }
lparam_list(A) ::= lparam(B).                { A = pr_build_params_add(pp, NULL, B); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(B). { A = pr_build_params_add(pp, L, B); }
%type lparam {pr_param}
lparam(A) ::= NAME(N) default_opt(D).        { A = pr_build_param(pp, PR_PARAM_PLAIN, &N, &N, NULL, D); }
lparam(A) ::= STAR(S).                       { A = pr_build_param(pp, PR_PARAM_BARE_STAR, &S, NULL, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N) default_opt(D). { A = pr_build_param(pp, PR_PARAM_STAR, &S, &N, NULL, D); }
lparam(A) ::= DOUBLESTAR(S) NAME(N) default_opt(D). { A = pr_build_param(pp, PR_PARAM_DOUBLESTAR, &S, &N, NULL, D); }
lparam(A) ::= SLASH(S).                      { A = pr_build_param(pp, PR_PARAM_SLASH, &S, NULL, NULL, NULL); }

/* The operators, from `or` down to `**`, by the precedence table above. */
expr(A) ::= expr(B) OR expr(C).              { A = pr_build_boolop(pp, B, PR_OR, C); }
expr(A) ::= expr(B) AND expr(C).             { A = pr_build_boolop(pp, B, PR_AND, C); }
expr(A) ::= NOT(T) expr(B).                  { A = pr_build_unary(pp, &T, PR_NOT, B); }
expr(A) ::= expr(B) EQEQUAL expr(C).         { A = pr_build_compare(pp, B, PR_EQ, C); }
expr(A) ::= expr(B) NOTEQUAL(T) expr(C).     { A = pr_build_compare(pp, B, pr_build_notequal(pp, &T), C); }
expr(A) ::= expr(B) LESS expr(C).            { A = pr_build_compare(pp, B, PR_LT, C); }
expr(A) ::= expr(B) LESSEQUAL expr(C).       { A = pr_build_compare(pp, B, PR_LTE, C); }
expr(A) ::= expr(B) GREATER expr(C).         { A = pr_build_compare(pp, B, PR_GT, C); }
expr(A) ::= expr(B) GREATEREQUAL expr(C).    { A = pr_build_compare(pp, B, PR_GTE, C); }
expr(A) ::= expr(B) IS expr(C).              { A = pr_build_compare(pp, B, PR_IS, C); }
expr(A) ::= expr(B) ISNOT expr(C).           { A = pr_build_compare(pp, B, PR_ISNOT, C); }
expr(A) ::= expr(B) IN expr(C).              { A = pr_build_compare(pp, B, PR_IN, C); }
expr(A) ::= expr(B) NOTIN expr(C).           { A = pr_build_compare(pp, B, PR_NOTIN, C); }
expr(A) ::= expr(B) VBAR expr(C).            { A = pr_build_binop(pp, B, PR_BITOR, C); }
expr(A) ::= expr(B) CIRCUMFLEX expr(C).      { A = pr_build_binop(pp, B, PR_BITXOR, C); }
expr(A) ::= expr(B) AMPER expr(C).           { A = pr_build_binop(pp, B, PR_BITAND, C); }
expr(A) ::= expr(B) LEFTSHIFT expr(C).       { A = pr_build_binop(pp, B, PR_LSHIFT, C); }
expr(A) ::= expr(B) RIGHTSHIFT expr(C).      { A = pr_build_binop(pp, B, PR_RSHIFT, C); }
expr(A) ::= expr(B) PLUS expr(C).            { A = pr_build_binop(pp, B, PR_ADD, C); }
expr(A) ::= expr(B) MINUS expr(C).           { A = pr_build_binop(pp, B, PR_SUB, C); }
expr(A) ::= expr(B) STAR expr(C).            { A = pr_build_binop(pp, B, PR_MULT, C); }
expr(A) ::= expr(B) SLASH expr(C).           { A = pr_build_binop(pp, B, PR_DIV, C); }
expr(A) ::= expr(B) PERCENT expr(C).         { A = pr_build_binop(pp, B, PR_MOD, C); }
expr(A) ::= expr(B) DOUBLESLASH expr(C).     { A = pr_build_binop(pp, B, PR_FLOORDIV, C); }
expr(A) ::= expr(B) AT expr(C).              { A = pr_build_binop(pp, B, PR_MATMULT, C); }
expr(A) ::= MINUS(T) expr(B). [UNARY]        { A = pr_build_unary(pp, &T, PR_USUB, B); }
expr(A) ::= PLUS(T) expr(B). [UNARY]         { A = pr_build_unary(pp, &T, PR_UADD, B); }
expr(A) ::= TILDE(T) expr(B). [UNARY]        { A = pr_build_unary(pp, &T, PR_INVERT, B); }
expr(A) ::= expr(B) DOUBLESTAR expr(C).      { A = pr_build_binop(pp, B, PR_POW, C); }
expr(A) ::= AWAIT(T) primary(B).             { A = pr_build_await(pp, &T, B); }
expr(A) ::= primary(B).                      { A = B; }

// primary: an atom and its trailers (attribute, call, subscription).  The atoms are
// written as primaries below: a rule `primary ::= atom` would cost a reduction per atom.
primary(A) ::= primary(B) DOT NAME(N).       { A = pr_build_attribute(pp, B, &N); }
primary(A) ::= primary(B) LPAR(L) arglist_opt(G) RPAR(R).
                                             { A = pr_build_call(pp, B, &L, G, &R); }
primary(A) ::= primary(B) LSQB slices(S) RSQB(R). { A = pr_build_subscript(pp, B, S, &R); }

/* Arguments of calls and class definitions, parsed wide (any expression before '=')
** and checked by the builder: keyword names, argument order, bare generators. */
%type arglist_opt {pr_callargs *}
%type arglist {pr_seq *}
arglist_opt(A) ::= .                         { A = NULL; }
arglist_opt(A) ::= arglist(L).               { A = pr_build_args(pp, L, NULL); }
arglist_opt(A) ::= arglist(L) COMMA(C).      { A = pr_build_args(pp, L, &C); }
arglist(A) ::= argument(B).                  { A = pr_build_seq_push(pp, NULL, B); }
arglist(A) ::= arglist(L) COMMA argument(B). { A = pr_build_seq_push(pp, L, B); }
argument(A) ::= namedexpr(B).                { A = B; }
argument(A) ::= namedexpr(B) comp_clauses(C). { A = pr_build_genexp(pp, B, C); }
argument(A) ::= STAR(T) test(B).             { A = pr_build_starred(pp, &T, B); }
argument(A) ::= DOUBLESTAR(T) test(B).       { A = pr_build_keyword(pp, NULL, &T, B); }
argument(A) ::= expr(K) EQUAL test(B).       { A = pr_build_keyword(pp, K, NULL, B); }

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
%type slice_list {pr_list *}
slices(A) ::= slice_list(L).                 { A = pr_build_slices(pp, L); }
slices(A) ::= slice_list(L) COMMA(C).        { A = pr_build_slices(pp, pr_build_list_trailing(pp, L, &C)); }
slice_list(A) ::= slice(B).                  { A = pr_build_list(pp, NULL, B); }
slice_list(A) ::= slice_list(L) COMMA slice(B). { A = pr_build_list(pp, L, B); }
slice(A) ::= namedexpr(B).                   { A = B; }
slice(A) ::= STAR(T) test(B).                { A = pr_build_starred(pp, &T, B); }
slice(A) ::= test_opt(L) COLON(C) test_opt(U).
                                             { A = pr_build_slice(pp, L, &C, U, NULL, NULL); }
slice(A) ::= test_opt(L) COLON(C) test_opt(U) COLON(D) test_opt(S).
                                             { A = pr_build_slice(pp, L, &C, U, &D, S); }
test_opt(A) ::= .                            { A = NULL; }
test_opt(A) ::= test(B).                     { A = B; }

//////////////////////////////////// Atoms /////////////////////////////////////////

primary(A) ::= NAME(N).                         { A = pr_build_name(pp, &N); }
primary(A) ::= NUMBER(N).                       { A = pr_build_number(pp, &N); }
primary(A) ::= strings(S).                      { A = pr_build_strings(pp, S, &yyLookaheadToken); }
primary(A) ::= NONE(T).                         { A = pr_build_singleton(pp, &T, PR_CONST_NONE); }
primary(A) ::= TRUE(T).                         { A = pr_build_singleton(pp, &T, PR_CONST_TRUE); }
primary(A) ::= FALSE(T).                        { A = pr_build_singleton(pp, &T, PR_CONST_FALSE); }
primary(A) ::= ELLIPSIS(T).                     { A = pr_build_singleton(pp, &T, PR_CONST_ELLIPSIS); }

// tuple | group | genexp
primary(A) ::= LPAR(L) RPAR(R).                 { A = pr_build_display(pp, PR_Tuple, &L, NULL, &R); }
primary(A) ::= LPAR(L) yield_expr(B) RPAR(R).   { A = pr_build_group(pp, &L, B, &R); }
primary(A) ::= LPAR(L) named_list(B) RPAR(R).   { A = pr_build_paren_list(pp, &L, B, &R); }
primary(A) ::= LPAR(L) named_list(B) COMMA(C) RPAR(R).
                                             { A = pr_build_paren_list(pp, &L, pr_build_list_trailing(pp, B, &C), &R); }
primary(A) ::= LPAR(L) namedexpr(B) comp_clauses(C) RPAR(R).
                                             { A = pr_build_comp(pp, PR_GeneratorExp, &L, B, NULL, C, &R); }
// list | listcomp
primary(A) ::= LSQB(L) RSQB(R).                 { A = pr_build_display(pp, PR_List, &L, NULL, &R); }
primary(A) ::= LSQB(L) named_list(B) comma_opt RSQB(R). { A = pr_build_display(pp, PR_List, &L, B, &R); }
primary(A) ::= LSQB(L) namedexpr(B) comp_clauses(C) RSQB(R).
                                             { A = pr_build_comp(pp, PR_ListComp, &L, B, NULL, C, &R); }
// dict | set | dictcomp | setcomp
primary(A) ::= LBRACE(L) RBRACE(R).             { A = pr_build_dict(pp, &L, NULL, &R); }
primary(A) ::= LBRACE(L) dict_items(B) comma_opt RBRACE(R). { A = pr_build_dict(pp, &L, B, &R); }
primary(A) ::= LBRACE(L) named_list(B) comma_opt RBRACE(R). { A = pr_build_display(pp, PR_Set, &L, B, &R); }
primary(A) ::= LBRACE(L) test(K) COLON test(V) comp_clauses(C) RBRACE(R).
                                             { A = pr_build_comp(pp, PR_DictComp, &L, K, V, C, &R); }
primary(A) ::= LBRACE(L) namedexpr(B) comp_clauses(C) RBRACE(R).
                                             { A = pr_build_comp(pp, PR_SetComp, &L, B, NULL, C, &R); }

%type dict_items {pr_seq *}
%type dict_item {pr_pair *}
dict_items(A) ::= dict_item(B).              { A = pr_build_seq_push(pp, NULL, B); }
dict_items(A) ::= dict_items(L) COMMA dict_item(B). { A = pr_build_seq_push(pp, L, B); }
dict_item(A) ::= test(K) COLON test(V).      { A = pr_build_dict_item(pp, K, V); }
dict_item(A) ::= DOUBLESTAR expr(V). [STARRED] { A = pr_build_dict_item(pp, NULL, V); }

/* for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
%type comp_clauses {pr_seq *}
comp_clauses(A) ::= comp_for(B).             { A = pr_build_seq_push(pp, NULL, B); }
comp_clauses(A) ::= comp_clauses(L) comp_for(B). { A = pr_build_seq_push(pp, L, B); }
comp_clauses(A) ::= comp_clauses(L) IF expr(C). { A = pr_build_comp_if(pp, L, C); }
comp_for(A) ::= FOR(T) for_targets(X) IN expr(I). { A = pr_build_comprehension(pp, &T, NULL, X, I); }
comp_for(A) ::= ASYNC(S) FOR(T) for_targets(X) IN expr(I).
                                             { A = pr_build_comprehension(pp, &T, &S, X, I); }

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
yield_expr(A) ::= YIELD(T).                  { A = pr_build_yield(pp, &T, NULL, false); }
yield_expr(A) ::= YIELD(T) star_exprs(B).    { A = pr_build_yield(pp, &T, B, false); }
yield_expr(A) ::= YIELD(T) FROM test(B).     { A = pr_build_yield(pp, &T, B, true); }

///////////////////////////////// Strings //////////////////////////////////////////

/* Adjacent literals are collected and folded by one builder, which decodes escapes,
** joins f-string parts and rejects bytes mixed with str. */
%type strings {pr_seq *}
strings(A) ::= string(B).                    { A = pr_build_seq_push(pp, NULL, B); }
strings(A) ::= strings(L) string(B).         { A = pr_build_seq_push(pp, L, B); }
string(A) ::= STRING(T).                     { A = pr_build_string_token(pp, &T); }
string(A) ::= FSTRING_START(S) fparts(P) FSTRING_END(E). { A = pr_build_fstring(pp, &S, P, &E, false); }
string(A) ::= TSTRING_START(S) fparts(P) TSTRING_END(E). { A = pr_build_fstring(pp, &S, P, &E, true); }

%type fparts {pr_seq *}
fparts(A) ::= .                              { A = NULL; }
fparts(A) ::= fparts(L) FSTRING_MIDDLE(T).   { A = pr_build_seq_push(pp, L, pr_build_fstring_middle(pp, &T)); }
fparts(A) ::= fparts(L) TSTRING_MIDDLE(T).   { A = pr_build_seq_push(pp, L, pr_build_fstring_middle(pp, &T)); }
fparts(A) ::= fparts(L) ffield(F).           { A = pr_build_seq_push(pp, L, F); }

/* fstring_replacement_field:
**     '{' (yield_expr | star_expressions) '='? ['!' NAME] [':' fstring_format_spec*] '}' */
ffield(A) ::= LBRACE(L) fexpr(E) fdebug_opt(D) fconv_opt(C) fspec_opt(S) RBRACE(R).
                                             { A = pr_build_ffield(pp, &L, E, D, C, S, &R); }
fexpr(A) ::= star_exprs(B).                  { A = B; }
fexpr(A) ::= yield_expr(B).                  { A = B; }
%type fdebug_opt {pr_token *}
fdebug_opt(A) ::= .                          { A = NULL; }
fdebug_opt(A) ::= EQUAL(T).                  { A = pr_build_token_copy(pp, &T); }
%type fconv_opt {pr_fconv *}
fconv_opt(A) ::= .                           { A = NULL; }
fconv_opt(A) ::= EXCLAMATION(T) NAME(N).     { A = pr_build_fconv(pp, &T, &N); }
%type fspec_opt {pr_fspec *}
fspec_opt(A) ::= .                           { A = NULL; }
fspec_opt(A) ::= COLON(T) fspec_parts(P).    { A = pr_build_fspec(pp, &T, P); }
%type fspec_parts {pr_seq *}
fspec_parts(A) ::= .                         { A = NULL; }
fspec_parts(A) ::= fspec_parts(L) FSTRING_MIDDLE(T). { A = pr_build_seq_push(pp, L, pr_build_fspec_middle(pp, &T)); }
fspec_parts(A) ::= fspec_parts(L) ffield(F). { A = pr_build_seq_push(pp, L, F); }

%code {
/* How many of the n tokens the parser could take, from its current state, before
** meeting an error: a walk over lemon's tables on a copy of the state stack, running no
** action.  The driver decides soft keywords and look-ahead tokens with it.  A line it
** looks through may end at a lexical error (-1), which no state takes and which must not
** index lemon's tables. */
int pr_parser_simulate(void *parser, const int *majors, int n)
{
    enum { EXTRA = 1024 };
    yyParser *p = parser;
    YYACTIONTYPE extra[EXTRA];
    int nextra = 0;
    int real_top = (int)(p->yytos - p->yystack);
#define SIM_TOP (nextra ? extra[nextra - 1] : p->yystack[real_top].stateno)
    for (int i = 0; i < n; i++) {
        if (majors[i] < 0 || majors[i] >= YYNTOKEN)
            return i;
        for (;;) {
            YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)majors[i], SIM_TOP);
            if (act >= YY_MIN_REDUCE && act <= YY_MAX_REDUCE) {
                int rule = act - YY_MIN_REDUCE;
                int pop = -yyRuleInfoNRhs[rule];
                while (pop > 0 && nextra > 0) {
                    nextra--;
                    pop--;
                }
                real_top -= pop;
                if (real_top < 0 || nextra == EXTRA)
                    return i;
                YYACTIONTYPE go = yy_find_reduce_action(SIM_TOP, (YYCODETYPE)yyRuleInfoLhs[rule]);
                extra[nextra++] = go;
            } else if (act <= YY_MAX_SHIFTREDUCE) {
                if (act > YY_MAX_SHIFT)
                    act += YY_MIN_REDUCE - YY_MIN_SHIFTREDUCE;
                if (nextra == EXTRA)
                    return i;
                extra[nextra++] = act;
                break;
            } else if (act == YY_ACCEPT_ACTION) {
                return i + 1;
            } else {
                return i;
            }
        }
    }
#undef SIM_TOP
    return n;
}
}
