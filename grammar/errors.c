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

/* The i-th token of the logical line.  The driver keeps the line's first tokens and a
** window of its last ones; a token outside both reads as a sentinel that no rule
** matches and that ends every backward scan (depth -1). */
static const pr_fed *fed_at(const pr_error_ctx *c, uint32_t i)
{
    static const pr_fed outside = {-1, -1, {0}};
    if (i < PR_LINE_HEAD)
        return &c->line->head[i];
    if (i < c->nline && c->nline - i <= PR_LINE_WINDOW)
        return &c->line->window[i % PR_LINE_WINDOW];
    return &outside;
}

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
    return i < c->nline ? fed_at(c, i)->kind : -1;
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

static bool is_opener_kind(int kind)
{
    return kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE || kind == TK_WITH_LPAR;
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
        const pr_fed *f = fed_at(c, i - 1);
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
                    if (fed_at(c, j)->depth == depth && fed_at(c, j)->kind == TK_FOR)
                        return i;
                    if (fed_at(c, j)->depth < depth)
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
    return i < c->nline ? &fed_at(c, i)->tok : &c->tok;
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
    if (c->nline < 2 || fed_at(c, c->nline - 1)->kind != TK_NEWLINE || fed_at(c, c->nline - 2)->kind != TK_COLON)
        return false;
    const char *owner = block_owner(c);
    if (!owner)
        return false;
    const pr_token *at = &c->tok;
    if (c->major == TK_DEDENT || c->major == 0)
        at = &fed_at(c, c->nline - 1)->tok;
    report(c, PR_INDENTATION_ERROR, at, "expected an indented block after %s on line %u", owner,
           fed_at(c, head_index(c))->tok.lineno);
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
        if (fed_at(c, i)->depth == 0 && fed_at(c, i)->kind == TK_COLON)
            return false;
    if (head == TK_DEF) {
        bool lpar = false;
        for (uint32_t i = h + 2; i < c->nline; i++)
            lpar |= fed_at(c, i)->depth == 0 && fed_at(c, i)->kind == TK_LPAR;
        if (!lpar && line_kind(c, h + 1) == TK_NAME) {
            /* after complete type parameters CPython stops after them, else at the '[' */
            uint32_t at = h + 2;
            if (line_kind(c, at) == TK_LSQB)
                for (uint32_t i = at + 1; i < c->nline; i++)
                    if (fed_at(c, i)->kind == TK_RSQB && fed_at(c, i)->depth == 0) {
                        at = i + 1;
                        break;
                    }
            report(c, PR_SYNTAX_ERROR, token_at(c, at), "expected '('");
            return true;
        }
        if (c->nline > 0 && fed_at(c, c->nline - 1)->kind == TK_RARROW) {
            report(c, PR_SYNTAX_ERROR, &fed_at(c, c->nline - 1)->tok, "expected ':'");
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

static const char *expression_kind(const pr_error_ctx *c, uint32_t start);
static int opener(const pr_error_ctx *c);

/* `if x = 1:`, `[a, b=1]` — where a named expression stands, '=' gets CPython's hint:
** "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" after a name,
** "cannot assign to attribute here. Maybe you meant '==' instead of '='?" otherwise. */
static bool assignment_in_condition(const pr_error_ctx *c)
{
    if (c->major != TK_EQUAL || c->nline < 2)
        return false;
    uint32_t h = head_index(c);
    int head = line_kind(c, h);
    bool condition = (head == TK_IF || head == TK_ELIF || head == TK_WHILE) && c->depth == 0;
    int o = opener(c);
    bool display = o >= 0 && (fed_at(c, o)->kind == TK_LSQB || fed_at(c, o)->kind == TK_LBRACE ||
                              (fed_at(c, o)->kind == TK_LPAR && (o == 0 || !ends_expression(fed_at(c, o - 1)->kind))));
    for (uint32_t i = (uint32_t)(o + 1); display && i < c->nline; i++)
        display = !(fed_at(c, i)->kind == TK_FOR && fed_at(c, i)->depth == c->depth);
    if (!condition && !display)
        return false;
    uint32_t start = expression_start(c, c->nline, c->depth);
    if (start >= c->nline)
        return false;
    if (start == c->nline - 1 && fed_at(c, start)->kind == TK_NAME)
        report(c, PR_SYNTAX_ERROR, &fed_at(c, start)->tok,
               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    else
        report(c, PR_SYNTAX_ERROR, &fed_at(c, start)->tok,
               "cannot assign to %s here. Maybe you meant '==' instead of '='?", expression_kind(c, start));
    return true;
}

/* `print "x"` — "Missing parentheses in call to 'print'. Did you mean print(...)?" */
static bool legacy_print(const pr_error_ctx *c)
{
    if (c->nline != 1 || fed_at(c, 0)->kind != TK_NAME || !starts_expression(c->major) ||
        c->major == TK_LPAR)
        return false;
    const pr_token *t = &fed_at(c, 0)->tok;
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
    const pr_fed *prev = fed_at(c, c->nline - 1);
    if (!ends_expression(prev->kind) || prev->depth != c->depth)
        return false;
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
        if (fed_at(c, i)->depth < c->depth)
            return false;
        if (fed_at(c, i)->depth == c->depth && fed_at(c, i)->kind == TK_IF && i > 0) {
            uint32_t start = expression_start(c, i, c->depth);
            report(c, PR_SYNTAX_ERROR, token_at(c, start), "expected 'else' after 'if' expression");
            return true;
        }
    }
    return false;
}

/* The kind of the last fed token, or of the one n places before it. */
static int back(const pr_error_ctx *c, uint32_t n)
{
    return n < c->nline ? fed_at(c, c->nline - 1 - n)->kind : -1;
}

/* Index of the innermost bracket still open before the refused token, or -1. */
static int opener(const pr_error_ctx *c)
{
    for (uint32_t i = c->nline; i-- > 0;)
        if (fed_at(c, i)->depth == c->depth - 1 && is_opener_kind(fed_at(c, i)->kind))
            return (int)i;
    return -1;
}

/* Inside an f-string replacement field, at its own depth. */
static bool in_field(const pr_error_ctx *c)
{
    int o = opener(c);
    return o >= 0 && fed_at(c, o)->kind == TK_LBRACE && (fed_at(c, o)->tok.aux & PR_FIELD_OPEN);
}

static bool refused_closes(const pr_error_ctx *c)
{
    return c->major == TK_RPAR || c->major == TK_RSQB || c->major == TK_RBRACE || c->major == TK_COMMA;
}

/* Replacement fields: "f-string: valid expression required before '}'" and friends. */
static bool fstring_field(const pr_error_ctx *c)
{
    if (!in_field(c))
        return false;
    char letter = 'f';
    for (int i = opener(c); i-- > 0;) {
        if (fed_at(c, i)->kind == TK_TSTRING_START) {
            letter = 't';
            break;
        }
        if (fed_at(c, i)->kind == TK_FSTRING_START)
            break;
    }
    int prev = back(c, 0);
    if (prev == TK_LBRACE) {
        const char *what = c->major == TK_RBRACE ? "}" : c->major == TK_EXCLAMATION ? "!" :
                           c->major == TK_COLON ? ":" : c->major == TK_EQUAL ? "=" : NULL;
        if (what)
            report(c, PR_SYNTAX_ERROR, &c->tok, "%c-string: valid expression required before '%s'",
                   letter, what);
        else
            report(c, PR_SYNTAX_ERROR, &c->tok, "%c-string: expecting a valid expression after '{'", letter);
        return true;
    }
    if (prev == TK_EXCLAMATION) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "%c-string: missing conversion character", letter);
        return true;
    }
    if (c->major == TK_FSTRING_MIDDLE || c->major == TK_TSTRING_MIDDLE) {
        for (uint32_t i = (uint32_t)opener(c) + 1; i < c->nline; i++) {
            if (fed_at(c, i)->kind == TK_LAMBDA && fed_at(c, i)->depth == c->depth) {
                report(c, PR_SYNTAX_ERROR, &fed_at(c, i)->tok,
                       "%c-string: lambda expressions are not allowed without parentheses", letter);
                return true;
            }
        }
    }
    if (prev == TK_NAME && back(c, 1) == TK_EXCLAMATION) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "%c-string: expecting ':' or '}'", letter);
        return true;
    }
    if (prev == TK_EQUAL) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "%c-string: expecting '!', or ':', or '}'", letter);
        return true;
    }
    if (missing_comma(c))
        return true;
    /* an expression cut short: CPython stops after its last complete part */
    const pr_token *at = ends_expression(prev) ? &c->tok : &fed_at(c, c->nline - 1)->tok;
    report(c, PR_SYNTAX_ERROR, at, "%c-string: expecting '=', or '!', or ':', or '}'", letter);
    return true;
}

/* Starred items where CPython has a dedicated message. */
static bool starred(const pr_error_ctx *c)
{
    int prev = back(c, 0);
    int o = opener(c);
    bool subscript = o >= 0 && fed_at(c, o)->kind == TK_LSQB;
    if (((prev == TK_STAR || prev == TK_DOUBLESTAR) &&
         (refused_closes(c) || (c->major == TK_COLON && subscript))) ||
        (c->major == TK_STAR && prev == TK_COLON && opener(c) >= 0 &&
         fed_at(c, opener(c))->kind == TK_LSQB && back(c, 1) != TK_LSQB)) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "Invalid star expression");
        return true;
    }
    if (o < 0)
        return false;
    int open = fed_at(c, o)->kind;
    if (c->major == TK_STAR && prev == TK_COLON && open == TK_LBRACE) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "cannot use a starred expression in a dictionary value");
        return true;
    }
    /* the item before the refused token began with '*' or '**' */
    uint32_t start = expression_start(c, c->nline, c->depth);
    if (start > 0 && start <= c->nline && start - 1 < c->nline) {
        const pr_fed *sep = fed_at(c, start - 1);
        bool first = (uint32_t)o + 1 == start - 1;
        if ((sep->kind == TK_STAR || sep->kind == TK_DOUBLESTAR) && sep->depth == c->depth) {
            if (c->major == TK_EQUAL && (open == TK_LPAR) &&
                (first || fed_at(c, start - 2)->kind == TK_COMMA)) {
                report(c, PR_SYNTAX_ERROR, &sep->tok, "cannot assign to %s argument unpacking",
                       sep->kind == TK_STAR ? "iterable" : "keyword");
                return true;
            }
            if (c->major == TK_FOR && first) {
                report(c, PR_SYNTAX_ERROR, &sep->tok, sep->kind == TK_STAR
                       ? "iterable unpacking cannot be used in comprehension"
                       : "dict unpacking cannot be used in dict comprehension");
                return true;
            }
        }
    }
    return false;
}

/* Displays and comprehensions. */
static bool displays(const pr_error_ctx *c)
{
    int o = opener(c);
    if (o < 0)
        return false;
    int open = fed_at(c, o)->kind;
    int prev = back(c, 0);
    if (open == TK_LBRACE && (c->major == TK_RBRACE || c->major == TK_COMMA)) {
        if (prev == TK_COLON) {
            report(c, PR_SYNTAX_ERROR, &fed_at(c, c->nline - 1)->tok,
                   "expression expected after dictionary key and ':'");
            return true;
        }
        if (accepts(c, TK_COLON) && ends_expression(prev)) {
            const pr_token *p = &fed_at(c, c->nline - 1)->tok;
            pr_token at = *p;
            at.lineno = p->end_lineno;
            at.col = p->end_col > 0 ? p->end_col - 1 : 0;
            report(c, PR_SYNTAX_ERROR, &at, "':' expected after dictionary key");
            return true;
        }
    }
    if (c->major == TK_FOR && (open == TK_LSQB || open == TK_LBRACE || open == TK_LPAR)) {
        for (uint32_t i = (uint32_t)o + 1; i < c->nline; i++) {
            if (fed_at(c, i)->depth == c->depth && fed_at(c, i)->kind == TK_COMMA) {
                report(c, PR_SYNTAX_ERROR, &fed_at(c, o + 1)->tok,
                       "did you forget parentheses around the comprehension target?");
                return true;
            }
        }
    }
    if (accepts(c, TK_IN) && !accepts(c, TK_NAME) && c->major != TK_IN && c->major != TK_COMMA &&
        !starts_expression(c->major) && !refused_closes(c)) {
        /* `for x+1 in y`: the target goes on as an expression */
        for (uint32_t i = c->nline; i-- > 0 && fed_at(c, i)->depth >= c->depth;) {
            if (fed_at(c, i)->depth == c->depth && (fed_at(c, i)->kind == TK_FOR || fed_at(c, i)->kind == TK_COMMA)) {
                report(c, PR_SYNTAX_ERROR, token_at(c, i + 1), "cannot assign to expression");
                return true;
            }
        }
    }
    if (accepts(c, TK_IN) && !accepts(c, TK_NAME)) {
        for (uint32_t i = c->nline; i-- > 0 && fed_at(c, i)->depth >= c->depth;) {
            if (fed_at(c, i)->depth == c->depth && fed_at(c, i)->kind == TK_FOR) {
                report(c, PR_SYNTAX_ERROR, &c->tok, "'in' expected after for-loop variables");
                return true;
            }
        }
    }
    return false;
}

/* What the last expression before the refused token is, in CPython's words, from its
** tokens. */
static const char *expression_kind(const pr_error_ctx *c, uint32_t start)
{
    uint32_t last = c->nline - 1;
    int k = fed_at(c, last)->kind;
    if (start == last) {
        switch (k) {
        case TK_TRUE: return "True";
        case TK_FALSE: return "False";
        case TK_NONE: return "None";
        case TK_NUMBER: case TK_STRING: return "literal";
        case TK_ELLIPSIS: return "ellipsis";
        default: break;
        }
    }
    if (k == TK_RSQB)
        return "subscript";
    if (k == TK_NAME && last > start && fed_at(c, last - 1)->kind == TK_DOT)
        return "attribute";
    if (k == TK_RPAR && fed_at(c, start)->kind == TK_LPAR) {
        for (uint32_t i = start + 1; i < last; i++)
            if (fed_at(c, i)->kind == TK_COMMA && fed_at(c, i)->depth == fed_at(c, start)->depth + 1)
                return "tuple";
    }
    if (k == TK_RPAR)
        return "function call";
    return "expression";
}

/* `(a.b := 1)`: "cannot use assignment expressions with attribute". */
static bool walrus_target(const pr_error_ctx *c)
{
    if (c->major != TK_COLONEQUAL || c->nline == 0)
        return false;
    uint32_t start = expression_start(c, c->nline, c->depth);
    /* a name before ':=' is a walrus where none may stand: plain invalid syntax */
    if (start >= c->nline || (start == c->nline - 1 && fed_at(c, start)->kind == TK_NAME))
        return false;
    report(c, PR_SYNTAX_ERROR, &fed_at(c, start)->tok, "cannot use assignment expressions with %s",
           expression_kind(c, start));
    return true;
}

/* Parameters and arguments. */
static bool parameters(const pr_error_ctx *c)
{
    int o = opener(c);
    uint32_t h = head_index(c);
    bool def = line_kind(c, h) == TK_DEF && o >= 0 && fed_at(c, o)->kind == TK_LPAR &&
               (uint32_t)o == h + 2 + 0 && line_kind(c, h + 1) == TK_NAME;
    int lambda = -1;
    for (uint32_t i = c->nline; i-- > 0;) {
        if (fed_at(c, i)->depth < c->depth)
            break;
        if (fed_at(c, i)->kind == TK_LAMBDA && fed_at(c, i)->depth == c->depth) {
            lambda = (int)i;
            break;
        }
        if (fed_at(c, i)->kind == TK_COLON && fed_at(c, i)->depth == c->depth)
            break;
    }
    if (o >= 0 && fed_at(c, o)->kind == TK_RPAR)
        def = false;
    if (!def) {
        for (int i = o - 1; i >= 0 && line_kind(c, h) == TK_DEF; i--)
            if (fed_at(c, i)->kind == TK_RSQB && fed_at(c, i)->depth == c->depth - 1) {
                def = fed_at(c, o)->kind == TK_LPAR;
                break;
            }
    }
    int prev = back(c, 0);
    if (def || lambda >= 0) {
        if (c->major == TK_LPAR && (prev == TK_COMMA || prev == TK_LPAR || prev == TK_LAMBDA)) {
            report(c, PR_SYNTAX_ERROR, &c->tok, def ? "Function parameters cannot be parenthesized"
                                                    : "Lambda expression parameters cannot be parenthesized");
            return true;
        }
        uint32_t first = (uint32_t)(o >= 0 ? o + 1 : 0);
        if (lambda >= 0)
            first = (uint32_t)lambda + 1;
        if (prev == TK_EQUAL && (refused_closes(c) || c->major == TK_COLON) &&
            line_kind(c, first) == TK_SLASH) {
            report(c, PR_SYNTAX_ERROR, &fed_at(c, first)->tok, "at least one argument must precede /");
            return true;
        }
        if (prev == TK_EQUAL && (refused_closes(c) || c->major == TK_COLON)) {
            /* a default for *args or **kwargs has its own message */
            for (uint32_t i = c->nline - 1; i-- > first;) {
                int k = fed_at(c, i)->kind;
                if (fed_at(c, i)->depth != c->depth)
                    continue;
                if (k == TK_COMMA)
                    break;
                if (k == TK_STAR || k == TK_DOUBLESTAR) {
                    report(c, PR_SYNTAX_ERROR, &fed_at(c, c->nline - 1)->tok,
                           k == TK_STAR ? "var-positional argument cannot have default value"
                                        : "var-keyword argument cannot have default value");
                    return true;
                }
            }
            report(c, PR_SYNTAX_ERROR, &fed_at(c, c->nline - 1)->tok, "expected default value expression");
            return true;
        }
        if (prev == TK_SLASH && c->major == TK_STAR) {
            report(c, PR_SYNTAX_ERROR, &c->tok, "expected comma between / and *");
            return true;
        }
    }
    if (o >= 0 && fed_at(c, o)->kind == TK_LPAR && prev == TK_EQUAL && back(c, 1) == TK_NAME &&
        refused_closes(c) && line_kind(c, h) != TK_CASE) {
        report(c, PR_SYNTAX_ERROR, &fed_at(c, c->nline - 2)->tok, "expected argument value expression");
        return true;
    }
    return false;
}

/* Statements with a dedicated message. */
static bool statements(const pr_error_ctx *c)
{
    uint32_t h = head_index(c);
    int head = line_kind(c, h);
    int prev = back(c, 0);
    if (head == TK_IMPORT && c->major == TK_FROM) {
        report(c, PR_SYNTAX_ERROR, &fed_at(c, h)->tok, "Did you mean to use 'from ... import ...' instead?");
        return true;
    }
    if ((head == TK_FROM || head == TK_IMPORT) && prev == TK_IMPORT &&
        (c->major == TK_NEWLINE || c->major == TK_SEMI)) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "Expected one or more names after 'import'");
        return true;
    }
    if (head == TK_EXCEPT && prev == TK_STAR && back(c, 1) == TK_EXCEPT && c->major == TK_COLON) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "expected one or more exception types");
        return true;
    }
    if (prev == TK_LSQB && c->major == TK_RSQB && c->nline >= 2 && back(c, 1) == TK_NAME &&
        (head == TK_DEF || head == TK_CLASS || head == TK_TYPE) && c->depth == 1) {
        report(c, PR_SYNTAX_ERROR, &c->tok, "Type parameter list cannot be empty");
        return true;
    }
    if (head == TK_CASE && prev == TK_AS && c->major != TK_NAME && starts_expression(c->major)) {
        const pr_fed *f = fed_at(c, c->nline - 1);
        const pr_token *at = &c->tok;
        (void)f;
        pr_token inside = *at;
        if (c->major == TK_LPAR) {
            /* CPython names the target inside the parentheses */
            inside.col++;
            at = &inside;
        }
        report(c, PR_SYNTAX_ERROR, at, "invalid pattern target");
        return true;
    }
    return false;
}

/* A `not` where no operand may start (`a not b`) or a `not in` where an operand should
** (`x = not in y`): CPython reports the word after `not`. */
static bool misplaced_not(const pr_error_ctx *c)
{
    if (c->major == TK_NOTIN) {
        pr_token at = c->tok;
        at.col = c->tok.aux;
        report(c, PR_SYNTAX_ERROR, &at, "invalid syntax");
        return true;
    }
    if (c->major != TK_NOT || !c->nline || !ends_expression(back(c, 0)))
        return false;
    report(c, PR_SYNTAX_ERROR, c->next >= 0 ? &c->next_tok : &c->tok, "invalid syntax");
    return true;
}

void pr_parse_explain(const pr_error_ctx *c)
{
    if (c->pp->err->set)
        return;
    if (misplaced_not(c))
        return;
    if (indentation(c) || statements(c) || header(c) || fstring_field(c) ||
        assignment_in_condition(c) || legacy_print(c) || walrus_target(c) || starred(c) ||
        displays(c) || parameters(c) || conditional_without_else(c) || try_without_handler(c) ||
        missing_comma(c))
        return;
    report(c, PR_SYNTAX_ERROR, &c->tok, "invalid syntax");
}
