/* Syntax-error messages for a refused token.  CPython finds its specific messages with
** `invalid_*` rules tried in a second parse; here the same situations are recognised
** from what an LALR parser knows when it stops: the refused token, the tokens of the
** logical line before it, and which tokens the parser could have taken instead (a walk
** over its tables).  Each rule below names the CPython message it reproduces; what no
** rule recognises is "invalid syntax" at the refused token, as in CPython. */
#include "grammar/errors.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "grammar/parse.h"
#include "grammar/python.h"

static bool accepts(const pr_error_ctx *c, int kind)
{
    return pr_parser_simulate(c->parser, &kind, 1) == 1;
}

static void report(const pr_error_ctx *c, pr_error_kind kind, const pr_token *at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void report(const pr_error_ctx *c, pr_error_kind kind, const pr_token *at, const char *fmt, ...)
{
    char msg[sizeof c->pp->err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pr_syntax_error_at(c->pp->err, c->pp->src, kind, at->lineno, at->col, "%s", msg);
}

static int line_kind(const pr_error_ctx *c, uint32_t i)
{
    return i < c->nline ? c->line[i].kind : -1;
}

/* The logical line's first token, skipping `async`. */
static uint32_t head_index(const pr_error_ctx *c)
{
    return line_kind(c, 0) == TK_ASYNC ? 1 : 0;
}

/* What CPython calls the statement a block belongs to, in "expected an indented block
** after ...". */
static const char *block_owner(const pr_error_ctx *c)
{
    uint32_t h = head_index(c);
    switch (line_kind(c, h)) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_TRY: return "'try' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_EXCEPT: return line_kind(c, h + 1) == TK_STAR ? "'except*' statement" : "'except' statement";
    case TK_WITH: return "'with' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    case TK_MATCH: return "'match' statement";
    case TK_CASE: return "'case' statement";
    default: return NULL;
    }
}

static bool is_compound_head(int kind)
{
    switch (kind) {
    case TK_IF: case TK_ELIF: case TK_ELSE: case TK_WHILE: case TK_FOR: case TK_TRY:
    case TK_FINALLY: case TK_EXCEPT: case TK_WITH: case TK_DEF: case TK_CLASS: case TK_MATCH:
    case TK_CASE:
        return true;
    default:
        return false;
    }
}

static bool ends_expression(int kind)
{
    switch (kind) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_FSTRING_END: case TK_TSTRING_END:
    case TK_RPAR: case TK_RSQB: case TK_RBRACE: case TK_NONE: case TK_TRUE: case TK_FALSE:
    case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool starts_expression(int kind)
{
    switch (kind) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_FSTRING_START: case TK_TSTRING_START:
    case TK_LPAR: case TK_LSQB: case TK_LBRACE: case TK_MINUS: case TK_PLUS: case TK_TILDE:
    case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS: case TK_NOT: case TK_LAMBDA:
    case TK_AWAIT:
        return true;
    default:
        return false;
    }
}

/* Where the expression ending just before line[end] starts: back to the nearest token at
** its bracket depth that cannot be inside a disjunction. */
static uint32_t expression_start(const pr_error_ctx *c, uint32_t end, int depth)
{
    uint32_t i = end;
    while (i > 0) {
        const pr_fed *f = &c->line[i - 1];
        if (f->depth < depth)
            break;
        if (f->depth == depth) {
            switch (f->kind) {
            case TK_COMMA: case TK_COLON: case TK_EQUAL: case TK_COLONEQUAL: case TK_IF:
            case TK_ELSE: case TK_FOR: case TK_RETURN: case TK_YIELD: case TK_LAMBDA:
            case TK_STAR: case TK_DOUBLESTAR: case TK_SEMI: case TK_ASSERT: case TK_DEL:
            case TK_RAISE: case TK_FROM: case TK_WHILE: case TK_ELIF: case TK_AS:
            case TK_IMPORT: case TK_GLOBAL: case TK_NONLOCAL: case TK_EXCLAMATION:
                return i;
            case TK_IN:
                /* `for x in y`: the `in` of a for clause separates */
                for (uint32_t j = i - 1; j-- > 0;) {
                    if (c->line[j].depth == depth && c->line[j].kind == TK_FOR)
                        return i;
                    if (c->line[j].depth < depth)
                        break;
                }
                break;
            default:
                if (is_compound_head(f->kind))
                    return i;
                break;
            }
        }
        i--;
    }
    return i;
}

/* The token at line[i], or the refused one past the end. */
static const pr_token *token_at(const pr_error_ctx *c, uint32_t i)
{
    return i < c->nline ? &c->line[i].tok : &c->tok;
}

/* "expected an indented block after 'if' statement on line N" and "unexpected indent". */
static bool indentation(const pr_error_ctx *c)
{
    if (c->major == TK_INDENT) {
        /* CPython's column here is the indentation's width, one less than elsewhere */
        report(c, PR_INDENTATION_ERROR, &c->tok, "unexpected indent");
        if (c->pp->err->offset > 0)
            c->pp->err->offset--;
        return true;
    }
    if (c->nline < 2 || c->line[c->nline - 1].kind != TK_NEWLINE || c->line[c->nline - 2].kind != TK_COLON)
        return false;
    const char *owner = block_owner(c);
    if (!owner)
        return false;
    const pr_token *at = &c->tok;
    if (c->major == TK_DEDENT || c->major == 0)
        at = &c->line[c->nline - 1].tok;
    report(c, PR_INDENTATION_ERROR, at, "expected an indented block after %s on line %u", owner,
           c->line[head_index(c)].tok.lineno);
    return true;
}

/* A compound statement's header that did not reach its ':'. */
static bool header(const pr_error_ctx *c)
{
    uint32_t h = head_index(c);
    int head = line_kind(c, h);
    if (!is_compound_head(head))
        return false;
    for (uint32_t i = h; i < c->nline; i++)
        if (c->line[i].depth == 0 && c->line[i].kind == TK_COLON)
            return false;
    if (head == TK_DEF) {
        bool lpar = false;
        for (uint32_t i = h + 2; i < c->nline; i++)
            lpar |= c->line[i].depth == 0 && c->line[i].kind == TK_LPAR;
        if (!lpar && line_kind(c, h + 1) == TK_NAME) {
            report(c, PR_SYNTAX_ERROR, token_at(c, h + 2), "expected '('");
            return true;
        }
        if (c->nline > 0 && c->line[c->nline - 1].kind == TK_RARROW) {
            report(c, PR_SYNTAX_ERROR, &c->line[c->nline - 1].tok, "expected ':'");
            return true;
        }
    }
    if ((head == TK_ELSE || head == TK_TRY || head == TK_FINALLY) && c->nline == h + 1) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "expected ':'");
        return true;
    }
    if (c->major == TK_NEWLINE && c->depth == 0 && accepts(c, TK_COLON)) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "expected ':'");
        return true;
    }
    return false;
}

/* `if x = 1:` — "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" */
static bool assignment_in_condition(const pr_error_ctx *c)
{
    if (c->major != TK_EQUAL || c->nline < 2)
        return false;
    uint32_t h = head_index(c);
    int head = line_kind(c, h);
    const pr_fed *prev = &c->line[c->nline - 1];
    if (prev->kind != TK_NAME)
        return false;
    bool condition = (head == TK_IF || head == TK_ELIF || head == TK_WHILE) && prev->depth == 0;
    bool argument = c->depth > 0 && c->nline >= 2 &&
                    (c->line[c->nline - 2].kind == TK_LPAR || c->line[c->nline - 2].kind == TK_COMMA);
    if (!condition || argument)
        return false;
    report(c, PR_SYNTAX_ERROR, &prev->tok, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return true;
}

/* `print "x"` — "Missing parentheses in call to 'print'. Did you mean print(...)?" */
static bool legacy_print(const pr_error_ctx *c)
{
    if (c->nline != 1 || c->line[0].kind != TK_NAME || !starts_expression(c->major) ||
        c->major == TK_LPAR)
        return false;
    const pr_token *t = &c->line[0].tok;
    const char *name = c->pp->src->text + t->start;
    size_t len = t->end - t->start;
    if ((len == 5 && memcmp(name, "print", 5) == 0) || (len == 4 && memcmp(name, "exec", 4) == 0)) {
        report(c, PR_SYNTAX_ERROR, t, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
               (int)len, name, (int)len, name);
        return true;
    }
    return false;
}

/* `f(a b)` — "invalid syntax. Perhaps you forgot a comma?" inside brackets. */
static bool missing_comma(const pr_error_ctx *c)
{
    if (c->depth == 0 || c->nline == 0 || !starts_expression(c->major))
        return false;
    const pr_fed *prev = &c->line[c->nline - 1];
    if (!ends_expression(prev->kind) || prev->depth != c->depth)
        return false;
    /* not inside an f-string replacement field, where CPython says something else */
    for (uint32_t i = c->nline; i-- > 0;) {
        if (c->line[i].depth < c->depth) {
            if (c->line[i].kind == TK_LBRACE && i > 0 &&
                (c->line[i - 1].kind == TK_FSTRING_START || c->line[i - 1].kind == TK_FSTRING_MIDDLE ||
                 c->line[i - 1].kind == TK_TSTRING_START || c->line[i - 1].kind == TK_TSTRING_MIDDLE))
                return false;
            break;
        }
    }
    uint32_t start = expression_start(c, c->nline, c->depth);
    report(c, PR_SYNTAX_ERROR, token_at(c, start), "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

/* `try:` followed by neither except nor finally. */
static bool try_without_handler(const pr_error_ctx *c)
{
    if (!accepts(c, TK_EXCEPT) || !accepts(c, TK_FINALLY) || accepts(c, TK_NAME))
        return false;
    report(c, PR_SYNTAX_ERROR, &c->tok, "expected 'except' or 'finally' block");
    return true;
}

/* `x = a if b` — "expected 'else' after 'if' expression", at the start of `a`. */
static bool conditional_without_else(const pr_error_ctx *c)
{
    if (!accepts(c, TK_ELSE) || c->major == TK_ELSE)
        return false;
    for (uint32_t i = c->nline; i-- > 0;) {
        if (c->line[i].depth < c->depth)
            return false;
        if (c->line[i].depth == c->depth && c->line[i].kind == TK_IF && i > 0) {
            uint32_t start = expression_start(c, i, c->depth);
            report(c, PR_SYNTAX_ERROR, token_at(c, start), "expected 'else' after 'if' expression");
            return true;
        }
    }
    return false;
}

void pr_parse_explain(const pr_error_ctx *c)
{
    if (c->pp->err->set)
        return;
    if (indentation(c) || header(c) || assignment_in_condition(c) || legacy_print(c) ||
        conditional_without_else(c) || try_without_handler(c) || missing_comma(c))
        return;
    report(c, PR_SYNTAX_ERROR, &c->tok, "invalid syntax");
}
