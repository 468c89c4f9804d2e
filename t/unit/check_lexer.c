/* Unit tests for lexer/lexer.h: token streams of tricky inputs written as one line of
** text (layout, joining, newlines, encodings, numbers, strings, f-strings and t-strings),
** the soft-keyword marks and string flags in `aux`, the comment table, and lexical
** errors with CPython's messages and positions.  The streams with positions, and every
** error, were printed by Python 3.13 (tokenize without NL and COMMENT; ast.parse for
** errors), except where a case says why ours differ: byte columns after non-ASCII text,
** newlines translated before tokenizing, `{{` kept inside one FSTRING_MIDDLE, and the
** t-strings of 3.14. */
#include <check.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ast/arena.h"
#include "ast/sbuf.h"
#include "grammar/python.h"
#include "lexer/lexer.h"

/* A byte string and its length. */
#define BYTES(s) s, sizeof(s) - 1

static bool is_layout(int kind)
{
    return kind == TK_NEWLINE || kind == TK_INDENT || kind == TK_DEDENT || kind == 0;
}

/* Appends the tokens of src to out as `KIND'text'@line:col-line:col`, separated by
** spaces.  Layout tokens carry no text; INDENT and DEDENT carry no position either, as
** CPython's parser gives them none.  A lexical error ends the stream with ERROR. */
static void put_stream(pr_sbuf *out, pr_arena *a, const pr_source *src, bool positions,
                       pr_syntax_error *err)
{
    pr_lexer lx;
    pr_token t;
    pr_lex_init(&lx, a, src, err);
    for (;;) {
        int kind = pr_lex_next(&lx, &t);
        if (out->len)
            pr_sbuf_putc(out, ' ');
        if (kind < 0) {
            pr_sbuf_puts(out, "ERROR");
            return;
        }
        pr_sbuf_puts(out, pr_token_name(kind));
        if (!is_layout(kind))
            pr_sbuf_printf(out, "'%.*s'", (int)(t.end - t.start), src->text + t.start);
        if (positions && kind != TK_INDENT && kind != TK_DEDENT)
            pr_sbuf_printf(out, "@%u:%u-%u:%u", t.lineno, t.col, t.end_lineno, t.end_col);
        if (kind == 0)
            return;
    }
}

/* The stream of a file's bytes, prepared as the parser prepares them.  The caller frees
** the result. */
static char *stream_of(const char *bytes, size_t n, bool positions, pr_syntax_error *err)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_sbuf out = { 0 };
    pr_source src;
    if (pr_source_prepare(&a, bytes, n, &src, err))
        put_stream(&out, &a, &src, positions, err);
    else
        pr_sbuf_puts(&out, "PREPARE-ERROR");
    pr_sbuf_putc(&out, '\0');
    pr_arena_free(&a);
    return out.data;
}

static void check_stream(const char *bytes, size_t n, bool positions, const char *expected)
{
    pr_syntax_error err;
    char *got = stream_of(bytes, n, positions, &err);
    ck_assert_msg(strcmp(got, expected) == 0, "stream of \"%s\" is\n  %s\nexpected\n  %s%s%s",
                  bytes, got, expected, err.set ? "\nerror: " : "", err.set ? err.msg : "");
    free(got);
}

/* ------------------------------------------------------------------------------------------
** Token streams
*/

typedef struct stream_case {
    const char *src;
    size_t len;
    bool positions;
    const char *tokens;
} stream_case;

/* Layout: indentation, blank lines, joining, continuation, the end of the input. */
static const stream_case layout_cases[] = {
    /* Tabs only. */
    { BYTES("if x:\n\ty\n\tif y:\n\t\tz\n"), true,
      "IF'if'@1:0-1:2 NAME'x'@1:3-1:4 COLON':'@1:4-1:5 NEWLINE@1:5-1:6 INDENT NAME'y'@2:1-2:2 "
      "NEWLINE@2:2-2:3 IF'if'@3:1-3:3 NAME'y'@3:4-3:5 COLON':'@3:5-3:6 NEWLINE@3:6-3:7 INDENT "
      "NAME'z'@4:2-4:3 NEWLINE@4:3-4:4 DEDENT DEDENT ENDMARKER@5:0-5:0" },
    /* One DEDENT per level closed. */
    { BYTES("if a:\n    if b:\n        c\nd\n"), false,
      "IF'if' NAME'a' COLON':' NEWLINE INDENT IF'if' NAME'b' COLON':' NEWLINE INDENT NAME'c' "
      "NEWLINE DEDENT DEDENT NAME'd' NEWLINE ENDMARKER" },
    { BYTES("if a:\n  if b:\n    if c:\n      d\n  e\nf\n"), false,
      "IF'if' NAME'a' COLON':' NEWLINE INDENT IF'if' NAME'b' COLON':' NEWLINE INDENT IF'if' "
      "NAME'c' COLON':' NEWLINE INDENT NAME'd' NEWLINE DEDENT DEDENT NAME'e' NEWLINE DEDENT "
      "NAME'f' NEWLINE ENDMARKER" },
    /* A form feed resets the column count; a line of blanks and form feeds is blank. */
    { BYTES("if x:\n    y\n\f    z\n  \f  \n"), true,
      "IF'if'@1:0-1:2 NAME'x'@1:3-1:4 COLON':'@1:4-1:5 NEWLINE@1:5-1:6 INDENT NAME'y'@2:4-2:5 "
      "NEWLINE@2:5-2:6 NAME'z'@3:5-3:6 NEWLINE@3:6-3:7 DEDENT ENDMARKER@5:0-5:0" },
    /* Blank and comment-only lines give no NEWLINE and no INDENT, however indented. */
    { BYTES("x = 1\n\n   \n# c\n    # indented\n\t\ny\n"), true,
      "NAME'x'@1:0-1:1 EQUAL'='@1:2-1:3 NUMBER'1'@1:4-1:5 NEWLINE@1:5-1:6 NAME'y'@7:0-7:1 "
      "NEWLINE@7:1-7:2 ENDMARKER@8:0-8:0" },
    /* Newlines inside brackets join lines. */
    { BYTES("x = (1,\n     2)\n[\n]\n{a:\nb}\n"), true,
      "NAME'x'@1:0-1:1 EQUAL'='@1:2-1:3 LPAR'('@1:4-1:5 NUMBER'1'@1:5-1:6 COMMA','@1:6-1:7 "
      "NUMBER'2'@2:5-2:6 RPAR')'@2:6-2:7 NEWLINE@2:7-2:8 LSQB'['@3:0-3:1 RSQB']'@4:0-4:1 "
      "NEWLINE@4:1-4:2 LBRACE'{'@5:0-5:1 NAME'a'@5:1-5:2 COLON':'@5:2-5:3 NAME'b'@6:0-6:1 "
      "RBRACE'}'@6:1-6:2 NEWLINE@6:2-6:3 ENDMARKER@7:0-7:0" },
    /* ... and indentation inside brackets is not measured. */
    { BYTES("if x:\n    y = [\n1,\n        2]\n    z\n"), false,
      "IF'if' NAME'x' COLON':' NEWLINE INDENT NAME'y' EQUAL'=' LSQB'[' NUMBER'1' COMMA',' "
      "NUMBER'2' RSQB']' NEWLINE NAME'z' NEWLINE DEDENT ENDMARKER" },
    { BYTES("x = 1 + \\\n    2\n"), true,
      "NAME'x'@1:0-1:1 EQUAL'='@1:2-1:3 NUMBER'1'@1:4-1:5 PLUS'+'@1:6-1:7 NUMBER'2'@2:4-2:5 "
      "NEWLINE@2:5-2:6 ENDMARKER@3:0-3:0" },
    /* The line after a continuation is not measured, even when less indented. */
    { BYTES("if x:\n    y = 1 + \\\n  2\n    z\n"), true,
      "IF'if'@1:0-1:2 NAME'x'@1:3-1:4 COLON':'@1:4-1:5 NEWLINE@1:5-1:6 INDENT NAME'y'@2:4-2:5 "
      "EQUAL'='@2:6-2:7 NUMBER'1'@2:8-2:9 PLUS'+'@2:10-2:11 NUMBER'2'@3:2-3:3 NEWLINE@3:3-3:4 "
      "NAME'z'@4:4-4:5 NEWLINE@4:5-4:6 DEDENT ENDMARKER@5:0-5:0" },
    /* A comment-only line after a continuation ends the logical line there. */
    { BYTES("y = 1 \\\n  # c\nz\n"), true,
      "NAME'y'@1:0-1:1 EQUAL'='@1:2-1:3 NUMBER'1'@1:4-1:5 NEWLINE@2:5-2:6 NAME'z'@3:0-3:1 "
      "NEWLINE@3:1-3:2 ENDMARKER@4:0-4:0" },
    /* Without a final newline, the NEWLINE stands where it would be. */
    { BYTES("x"), true, "NAME'x'@1:0-1:1 NEWLINE@1:1-1:2 ENDMARKER@2:0-2:0" },
    { BYTES("if x:\n  y"), true,
      "IF'if'@1:0-1:2 NAME'x'@1:3-1:4 COLON':'@1:4-1:5 NEWLINE@1:5-1:6 INDENT NAME'y'@2:2-2:3 "
      "NEWLINE@2:3-2:4 DEDENT ENDMARKER@3:0-3:0" },
    { BYTES("x # c"), true, "NAME'x'@1:0-1:1 NEWLINE@1:5-1:6 ENDMARKER@2:0-2:0" },
    { BYTES("class A:\n  def f():\n    pass"), true,
      "CLASS'class'@1:0-1:5 NAME'A'@1:6-1:7 COLON':'@1:7-1:8 NEWLINE@1:8-1:9 INDENT "
      "DEF'def'@2:2-2:5 NAME'f'@2:6-2:7 LPAR'('@2:7-2:8 RPAR')'@2:8-2:9 COLON':'@2:9-2:10 "
      "NEWLINE@2:10-2:11 INDENT PASS'pass'@3:4-3:8 NEWLINE@3:8-3:9 DEDENT DEDENT "
      "ENDMARKER@4:0-4:0" },
    { BYTES(""), true, "ENDMARKER@1:0-1:0" },
    { BYTES("# only\n"), true, "ENDMARKER@2:0-2:0" },
    { BYTES("   \n\n"), true, "ENDMARKER@3:0-3:0" },
};

/* Newlines and encodings: positions are those of the UTF-8 text with '\n' newlines
** that CPython's parser tokenizes (tokenize itself would count "\r\n" as two columns
** and give character columns). */
static const stream_case encoding_cases[] = {
    { BYTES("if x:\r\n  y\r\n"), true,
      "IF'if'@1:0-1:2 NAME'x'@1:3-1:4 COLON':'@1:4-1:5 NEWLINE@1:5-1:6 INDENT NAME'y'@2:2-2:3 "
      "NEWLINE@2:3-2:4 DEDENT ENDMARKER@3:0-3:0" },
    { BYTES("x = 1\ry = 2\r"), true,
      "NAME'x'@1:0-1:1 EQUAL'='@1:2-1:3 NUMBER'1'@1:4-1:5 NEWLINE@1:5-1:6 NAME'y'@2:0-2:1 "
      "EQUAL'='@2:2-2:3 NUMBER'2'@2:4-2:5 NEWLINE@2:5-2:6 ENDMARKER@3:0-3:0" },
    /* "\r\r\n" is two newlines. */
    { BYTES("x\r\r\ny"), true,
      "NAME'x'@1:0-1:1 NEWLINE@1:1-1:2 NAME'y'@3:0-3:1 NEWLINE@3:1-3:2 ENDMARKER@4:0-4:0" },
    /* The BOM is not part of line 1. */
    { BYTES("\xef\xbb\xbfx = 1\n"), true,
      "NAME'x'@1:0-1:1 EQUAL'='@1:2-1:3 NUMBER'1'@1:4-1:5 NEWLINE@1:5-1:6 ENDMARKER@2:0-2:0" },
    /* Latin-1 text becomes UTF-8 first: 'été' takes 7 bytes (ast.parse: x at column 13). */
    { BYTES("# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'; x\n"), true,
      "NAME's'@2:0-2:1 EQUAL'='@2:2-2:3 STRING''\xc3\xa9t\xc3\xa9''@2:4-2:11 SEMI';'@2:11-2:12 "
      "NAME'x'@2:13-2:14 NEWLINE@2:14-2:15 ENDMARKER@3:0-3:0" },
    /* A cookie on line 2 counts when line 1 is a comment. */
    { BYTES("#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\n\xe9 = 1\n"), true,
      "NAME'\xc3\xa9'@3:0-3:2 EQUAL'='@3:3-3:4 NUMBER'1'@3:5-3:6 NEWLINE@3:6-3:7 "
      "ENDMARKER@4:0-4:0" },
    /* Identifiers: byte columns, as ast.parse gives (é = 1; ab: ab at column 8). */
    { BYTES("\xc3\xa9 = 1; ab\n"), true,
      "NAME'\xc3\xa9'@1:0-1:2 EQUAL'='@1:3-1:4 NUMBER'1'@1:5-1:6 SEMI';'@1:6-1:7 "
      "NAME'ab'@1:8-1:10 NEWLINE@1:10-1:11 ENDMARKER@2:0-2:0" },
    /* A keyword followed by a non-ASCII letter is a name. */
    { BYTES("if\xc3\xa9 = 1\n"), false, "NAME'if\xc3\xa9' EQUAL'=' NUMBER'1' NEWLINE ENDMARKER" },
};

static const stream_case literal_cases[] = {
    { BYTES("0 00 0_0 7 1_000 0x_fF 0XAB 0o17 0O_7 0b1 0B_10"), false,
      "NUMBER'0' NUMBER'00' NUMBER'0_0' NUMBER'7' NUMBER'1_000' NUMBER'0x_fF' NUMBER'0XAB' "
      "NUMBER'0o17' NUMBER'0O_7' NUMBER'0b1' NUMBER'0B_10' NEWLINE ENDMARKER" },
    /* Leading zeros are fine before a fraction, an exponent or j. */
    { BYTES("1. .5 1.5 1e3 1E-3 1.5e+3 1_0.0_1e1_0 1j 1.5J .5j 1e3j 0j 00.5 0e0 09.5 09j 0_0.0"),
      false,
      "NUMBER'1.' NUMBER'.5' NUMBER'1.5' NUMBER'1e3' NUMBER'1E-3' NUMBER'1.5e+3' "
      "NUMBER'1_0.0_1e1_0' NUMBER'1j' NUMBER'1.5J' NUMBER'.5j' NUMBER'1e3j' NUMBER'0j' "
      "NUMBER'00.5' NUMBER'0e0' NUMBER'09.5' NUMBER'09j' NUMBER'0_0.0' NEWLINE ENDMARKER" },
    /* A keyword may follow a number directly; `1else` is not an exponent. */
    { BYTES("0 if 1else 2\n1if x else 3\n"), true,
      "NUMBER'0'@1:0-1:1 IF'if'@1:2-1:4 NUMBER'1'@1:5-1:6 ELSE'else'@1:6-1:10 "
      "NUMBER'2'@1:11-1:12 NEWLINE@1:12-1:13 NUMBER'1'@2:0-2:1 IF'if'@2:1-2:3 NAME'x'@2:4-2:5 "
      "ELSE'else'@2:6-2:10 NUMBER'3'@2:11-2:12 NEWLINE@2:12-2:13 ENDMARKER@3:0-3:0" },
    { BYTES("r'a' R'b' u'c' U'd' b'e' B'f' br'g' Br'h' bR'i' BR'j' rb'k' rB'l' Rb'm' RB'n'"), false,
      "STRING'r'a'' STRING'R'b'' STRING'u'c'' STRING'U'd'' STRING'b'e'' STRING'B'f'' "
      "STRING'br'g'' STRING'Br'h'' STRING'bR'i'' STRING'BR'j'' STRING'rb'k'' STRING'rB'l'' "
      "STRING'Rb'm'' STRING'RB'n'' NEWLINE ENDMARKER" },
    /* A prefix that is no prefix is a name. */
    { BYTES("ub'x' bu'y'"), false, "NAME'ub' STRING''x'' NAME'bu' STRING''y'' NEWLINE ENDMARKER" },
    { BYTES("x = '''a\nb\n  c'''\ny = \"\"\"\"\"\"\n"), true,
      "NAME'x'@1:0-1:1 EQUAL'='@1:2-1:3 STRING''''a\nb\n  c''''@1:4-3:6 NEWLINE@3:6-3:7 "
      "NAME'y'@4:0-4:1 EQUAL'='@4:2-4:3 STRING'\"\"\"\"\"\"'@4:4-4:10 NEWLINE@4:10-4:11 "
      "ENDMARKER@5:0-5:0" },
    /* Quotes of the other kind, escaped quotes, and an escaped newline. */
    { BYTES("s = 'a\\\nb'\n"), true,
      "NAME's'@1:0-1:1 EQUAL'='@1:2-1:3 STRING''a\\\nb''@1:4-2:2 NEWLINE@2:2-2:3 "
      "ENDMARKER@3:0-3:0" },
    { BYTES("'\"' \"'\" 'a\\'b' '''x''y'''"), false,
      "STRING''\"'' STRING'\"'\"' STRING''a\\'b'' STRING''''x''y'''' NEWLINE ENDMARKER" },
    { BYTES("a //= b ** c -> d ... := e @= f != g <= h >>= i <<= j ~ k ^ l %= m |= n &= o -= p"),
      false,
      "NAME'a' DOUBLESLASHEQUAL'//=' NAME'b' DOUBLESTAR'**' NAME'c' RARROW'->' NAME'd' "
      "ELLIPSIS'...' COLONEQUAL':=' NAME'e' ATEQUAL'@=' NAME'f' NOTEQUAL'!=' NAME'g' "
      "LESSEQUAL'<=' NAME'h' RIGHTSHIFTEQUAL'>>=' NAME'i' LEFTSHIFTEQUAL'<<=' NAME'j' TILDE'~' "
      "NAME'k' CIRCUMFLEX'^' NAME'l' PERCENTEQUAL'%=' NAME'm' VBAREQUAL'|=' NAME'n' "
      "AMPEREQUAL'&=' NAME'o' MINEQUAL'-=' NAME'p' NEWLINE ENDMARKER" },
    { BYTES("from ... import x\n....\n"), false,
      "FROM'from' ELLIPSIS'...' IMPORT'import' NAME'x' NEWLINE ELLIPSIS'...' DOT'.' NEWLINE "
      "ENDMARKER" },
    /* `is not` and `not in` are two tokens here; the parse driver joins them. */
    { BYTES("a is not b not in c"), false,
      "NAME'a' IS'is' NOT'not' NAME'b' NOT'not' IN'in' NAME'c' NEWLINE ENDMARKER" },
    /* '$' and '?' start no token: the parser reports the ERRORTOKEN. */
    { BYTES("a $b?"), false, "NAME'a' ERRORTOKEN'$' NAME'b' ERRORTOKEN'?' NEWLINE ENDMARKER" },
};

/* f-strings and t-strings.  CPython's tokenizer ends an FSTRING_MIDDLE at each `{{` and
** `}}`; ours keeps them inside one FSTRING_MIDDLE, which the builder decodes. */
static const stream_case fstring_cases[] = {
    { BYTES("f'a{{b}}c{x}'"), true,
      "FSTRING_START'f''@1:0-1:2 FSTRING_MIDDLE'a{{b}}c'@1:2-1:9 LBRACE'{'@1:9-1:10 "
      "NAME'x'@1:10-1:11 RBRACE'}'@1:11-1:12 FSTRING_END'''@1:12-1:13 NEWLINE@1:13-1:14 "
      "ENDMARKER@2:0-2:0" },
    { BYTES("f'{x = }' f'{x!r}' f'{a!=b}'"), true,
      "FSTRING_START'f''@1:0-1:2 LBRACE'{'@1:2-1:3 NAME'x'@1:3-1:4 EQUAL'='@1:5-1:6 "
      "RBRACE'}'@1:7-1:8 FSTRING_END'''@1:8-1:9 FSTRING_START'f''@1:10-1:12 "
      "LBRACE'{'@1:12-1:13 NAME'x'@1:13-1:14 EXCLAMATION'!'@1:14-1:15 NAME'r'@1:15-1:16 "
      "RBRACE'}'@1:16-1:17 FSTRING_END'''@1:17-1:18 FSTRING_START'f''@1:19-1:21 "
      "LBRACE'{'@1:21-1:22 NAME'a'@1:22-1:23 NOTEQUAL'!='@1:23-1:25 NAME'b'@1:25-1:26 "
      "RBRACE'}'@1:26-1:27 FSTRING_END'''@1:27-1:28 NEWLINE@1:28-1:29 ENDMARKER@2:0-2:0" },
    /* Format specs with nested fields. */
    { BYTES("f'{x:{w}.{p}f}'"), true,
      "FSTRING_START'f''@1:0-1:2 LBRACE'{'@1:2-1:3 NAME'x'@1:3-1:4 COLON':'@1:4-1:5 "
      "LBRACE'{'@1:5-1:6 NAME'w'@1:6-1:7 RBRACE'}'@1:7-1:8 FSTRING_MIDDLE'.'@1:8-1:9 "
      "LBRACE'{'@1:9-1:10 NAME'p'@1:10-1:11 RBRACE'}'@1:11-1:12 FSTRING_MIDDLE'f'@1:12-1:13 "
      "RBRACE'}'@1:13-1:14 FSTRING_END'''@1:14-1:15 NEWLINE@1:15-1:16 ENDMARKER@2:0-2:0" },
    { BYTES("f'{x=!r:^10}'"), false,
      "FSTRING_START'f'' LBRACE'{' NAME'x' EQUAL'=' EXCLAMATION'!' NAME'r' COLON':' "
      "FSTRING_MIDDLE'^10' RBRACE'}' FSTRING_END''' NEWLINE ENDMARKER" },
    /* A ':' inside brackets is no format spec. */
    { BYTES("f'{x[1:2]}{(lambda y: y)(1)}'"), true,
      "FSTRING_START'f''@1:0-1:2 LBRACE'{'@1:2-1:3 NAME'x'@1:3-1:4 LSQB'['@1:4-1:5 "
      "NUMBER'1'@1:5-1:6 COLON':'@1:6-1:7 NUMBER'2'@1:7-1:8 RSQB']'@1:8-1:9 RBRACE'}'@1:9-1:10 "
      "LBRACE'{'@1:10-1:11 LPAR'('@1:11-1:12 LAMBDA'lambda'@1:12-1:18 NAME'y'@1:19-1:20 "
      "COLON':'@1:20-1:21 NAME'y'@1:22-1:23 RPAR')'@1:23-1:24 LPAR'('@1:24-1:25 "
      "NUMBER'1'@1:25-1:26 RPAR')'@1:26-1:27 RBRACE'}'@1:27-1:28 FSTRING_END'''@1:28-1:29 "
      "NEWLINE@1:29-1:30 ENDMARKER@2:0-2:0" },
    /* PEP 701: the same quote inside a field opens a nested f-string. */
    { BYTES("f\"{f\"{x}\"}\""), true,
      "FSTRING_START'f\"'@1:0-1:2 LBRACE'{'@1:2-1:3 FSTRING_START'f\"'@1:3-1:5 "
      "LBRACE'{'@1:5-1:6 NAME'x'@1:6-1:7 RBRACE'}'@1:7-1:8 FSTRING_END'\"'@1:8-1:9 "
      "RBRACE'}'@1:9-1:10 FSTRING_END'\"'@1:10-1:11 NEWLINE@1:11-1:12 ENDMARKER@2:0-2:0" },
    { BYTES("f'{f'{f'{x}'}'}'"), false,
      "FSTRING_START'f'' LBRACE'{' FSTRING_START'f'' LBRACE'{' FSTRING_START'f'' LBRACE'{' "
      "NAME'x' RBRACE'}' FSTRING_END''' RBRACE'}' FSTRING_END''' RBRACE'}' FSTRING_END''' "
      "NEWLINE ENDMARKER" },
    { BYTES("f'''a\n{x}\nb'''\n"), true,
      "FSTRING_START'f''''@1:0-1:4 FSTRING_MIDDLE'a\n'@1:4-2:0 LBRACE'{'@2:0-2:1 "
      "NAME'x'@2:1-2:2 RBRACE'}'@2:2-2:3 FSTRING_MIDDLE'\nb'@2:3-3:1 FSTRING_END'''''@3:1-3:4 "
      "NEWLINE@3:4-3:5 ENDMARKER@4:0-4:0" },
    /* The braces of \N{...} open no field (tokenize splits the MIDDLE after the escape);
    ** in a raw f-string they do. */
    { BYTES("f'\\N{BULLET} {x}' rf'\\N{x}'"), false,
      "FSTRING_START'f'' FSTRING_MIDDLE'\\N{BULLET} ' LBRACE'{' NAME'x' RBRACE'}' "
      "FSTRING_END''' FSTRING_START'rf'' FSTRING_MIDDLE'\\N' LBRACE'{' NAME'x' RBRACE'}' "
      "FSTRING_END''' NEWLINE ENDMARKER" },
    /* t-strings (3.14) have their own START, MIDDLE and END; their format specs are
    ** scanned as f-string text. */
    { BYTES("t'a{x!r:>{w}}b'"), true,
      "TSTRING_START't''@1:0-1:2 TSTRING_MIDDLE'a'@1:2-1:3 LBRACE'{'@1:3-1:4 NAME'x'@1:4-1:5 "
      "EXCLAMATION'!'@1:5-1:6 NAME'r'@1:6-1:7 COLON':'@1:7-1:8 FSTRING_MIDDLE'>'@1:8-1:9 "
      "LBRACE'{'@1:9-1:10 NAME'w'@1:10-1:11 RBRACE'}'@1:11-1:12 RBRACE'}'@1:12-1:13 "
      "TSTRING_MIDDLE'b'@1:13-1:14 TSTRING_END'''@1:14-1:15 NEWLINE@1:15-1:16 "
      "ENDMARKER@2:0-2:0" },
    { BYTES("T'{x}' Rt'' tR\"\"\"{f'{y}'}\"\"\""), false,
      "TSTRING_START'T'' LBRACE'{' NAME'x' RBRACE'}' TSTRING_END''' TSTRING_START'Rt'' "
      "TSTRING_END''' TSTRING_START'tR\"\"\"' LBRACE'{' FSTRING_START'f'' LBRACE'{' NAME'y' "
      "RBRACE'}' FSTRING_END''' RBRACE'}' TSTRING_END'\"\"\"' NEWLINE ENDMARKER" },
};

START_TEST(layout)
{
    const stream_case *c = &layout_cases[_i];
    check_stream(c->src, c->len, c->positions, c->tokens);
}
END_TEST

START_TEST(encoding)
{
    const stream_case *c = &encoding_cases[_i];
    check_stream(c->src, c->len, c->positions, c->tokens);
}
END_TEST

START_TEST(literal)
{
    const stream_case *c = &literal_cases[_i];
    check_stream(c->src, c->len, c->positions, c->tokens);
}
END_TEST

START_TEST(fstring)
{
    const stream_case *c = &fstring_cases[_i];
    check_stream(c->src, c->len, c->positions, c->tokens);
}
END_TEST

/* Text handed to the lexer directly, without the final newline pr_source_prepare adds:
** the lexer ends the line itself, with an empty NEWLINE, then the DEDENTs. */
START_TEST(implicit_newline)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_sbuf out = { 0 };
    pr_syntax_error err = { 0 };
    pr_source src = { .text = "if x:\n  y", .len = 9 };
    put_stream(&out, &a, &src, true, &err);
    pr_sbuf_putc(&out, '\0');
    ck_assert_str_eq(out.data, "IF'if'@1:0-1:2 NAME'x'@1:3-1:4 COLON':'@1:4-1:5 NEWLINE@1:5-1:6 "
                               "INDENT NAME'y'@2:2-2:3 NEWLINE@2:3-2:3 DEDENT ENDMARKER@2:3-2:3");
    ck_assert(!err.set);
    pr_sbuf_free(&out);
    pr_arena_free(&a);
}
END_TEST

/* ------------------------------------------------------------------------------------------
** What tokens carry besides their kind and place
*/

/* Lexes src (prepared) into at most max tokens; returns their count. */
static int lex_tokens(pr_arena *a, pr_source *source, pr_lexer *lx, const char *src, int *kinds,
                      pr_token *toks, int max, pr_syntax_error *err)
{
    ck_assert(pr_source_prepare(a, src, strlen(src), source, err));
    pr_lex_init(lx, a, source, err);
    int n = 0;
    while (n < max) {
        kinds[n] = pr_lex_next(lx, &toks[n]);
        if (kinds[n++] <= 0)
            break;
    }
    return n;
}

START_TEST(soft_keyword_marks)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_source source;
    pr_lexer lx;
    pr_syntax_error err;
    int kinds[16];
    pr_token toks[16];
    int n = lex_tokens(&a, &source, &lx, "match case type _ matchx _x Match match\xc3\xa9 if\n",
                       kinds, toks, 16, &err);
    static const uint32_t expected[] = {
        PR_SOFT_MATCH, PR_SOFT_CASE, PR_SOFT_TYPE, PR_SOFT_UNDERSCORE,
        PR_SOFT_NONE, PR_SOFT_NONE, PR_SOFT_NONE, PR_NAME_NON_ASCII,
    };
    ck_assert_int_eq(n, 11);
    for (int i = 0; i < 8; i++) {
        ck_assert_int_eq(kinds[i], TK_NAME);
        ck_assert_msg(toks[i].aux == expected[i], "token %d: aux %u, expected %u", i,
                      toks[i].aux, expected[i]);
    }
    ck_assert_int_eq(kinds[8], TK_IF);
    pr_arena_free(&a);
}
END_TEST

static const struct {
    const char *src;
    int kind;
    uint32_t aux;
} string_flag_cases[] = {
    { "'a'", TK_STRING, 0 },
    { "u'a'", TK_STRING, PR_STR_U | 1u << PR_STR_PREFIX_SHIFT },
    { "R'a'", TK_STRING, PR_STR_RAW | 1u << PR_STR_PREFIX_SHIFT },
    { "b'a'", TK_STRING, PR_STR_BYTES | 1u << PR_STR_PREFIX_SHIFT },
    { "bR'a'", TK_STRING, PR_STR_BYTES | PR_STR_RAW | 2u << PR_STR_PREFIX_SHIFT },
    { "Rb'a'", TK_STRING, PR_STR_BYTES | PR_STR_RAW | 2u << PR_STR_PREFIX_SHIFT },
    { "'''a'''", TK_STRING, PR_STR_TRIPLE },
    { "rb\"\"\"a\"\"\"", TK_STRING,
      PR_STR_BYTES | PR_STR_RAW | PR_STR_TRIPLE | 2u << PR_STR_PREFIX_SHIFT },
    { "f'a'", TK_FSTRING_START, 1u << PR_STR_PREFIX_SHIFT },
    { "Fr'a'", TK_FSTRING_START, PR_STR_RAW | 2u << PR_STR_PREFIX_SHIFT },
    { "rF'''a'''", TK_FSTRING_START, PR_STR_RAW | PR_STR_TRIPLE | 2u << PR_STR_PREFIX_SHIFT },
    { "t'a'", TK_TSTRING_START, 1u << PR_STR_PREFIX_SHIFT },
    { "tr'a'", TK_TSTRING_START, PR_STR_RAW | 2u << PR_STR_PREFIX_SHIFT },
};

START_TEST(string_flags)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_source source;
    pr_lexer lx;
    pr_syntax_error err;
    int kinds[4];
    pr_token toks[4];
    lex_tokens(&a, &source, &lx, string_flag_cases[_i].src, kinds, toks, 4, &err);
    ck_assert_int_eq(kinds[0], string_flag_cases[_i].kind);
    ck_assert_msg(toks[0].aux == string_flag_cases[_i].aux, "%s: aux %#x, expected %#x",
                  string_flag_cases[_i].src, toks[0].aux, string_flag_cases[_i].aux);
    pr_arena_free(&a);
}
END_TEST

/* The '{' of a replacement field is marked; a '{' inside the field is not.  The MIDDLE
** of a raw f-string says so. */
START_TEST(field_open_marks)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_source source;
    pr_lexer lx;
    pr_syntax_error err;
    int kinds[16];
    pr_token toks[16];
    int n = lex_tokens(&a, &source, &lx, "rf'a{ {1} }'\n", kinds, toks, 16, &err);
    ck_assert_int_eq(n, 10);
    ck_assert_int_eq(kinds[1], TK_FSTRING_MIDDLE);
    ck_assert_uint_eq(toks[1].aux & PR_STR_RAW, PR_STR_RAW);
    ck_assert_int_eq(kinds[2], TK_LBRACE);
    ck_assert_uint_eq(toks[2].aux & PR_FIELD_OPEN, PR_FIELD_OPEN);
    ck_assert_int_eq(kinds[3], TK_LBRACE);
    ck_assert_uint_eq(toks[3].aux & PR_FIELD_OPEN, 0);
    ck_assert_int_eq(kinds[6], TK_RBRACE);
    ck_assert_int_eq(kinds[7], TK_FSTRING_END);
    pr_arena_free(&a);
}
END_TEST

/* Comments go to the table, with their text and where they start; '#' in a string does
** not start one. */
START_TEST(comments)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_source source;
    pr_lexer lx;
    pr_syntax_error err;
    int kinds[32];
    pr_token toks[32];
    const char *src = "x = 1  # one\n# two\n    # three\ny = '#no' \\\n  # four\n"
                      "z = (1, # five\n  2)\n\xc3\xa9 # six";
    lex_tokens(&a, &source, &lx, src, kinds, toks, 32, &err);
    static const struct {
        uint32_t lineno, col;
        const char *text;
    } expected[] = {
        { 1, 7, "# one" },
        { 2, 0, "# two" },
        { 3, 4, "# three" },
        { 5, 2, "# four" },
        { 6, 8, "# five" },
        { 8, 3, "# six" },
    };
    ck_assert_uint_eq(lx.ncomments, 6);
    for (uint32_t i = 0; i < lx.ncomments; i++) {
        const pr_comment *c = &lx.comments[i];
        ck_assert_uint_eq(c->lineno, expected[i].lineno);
        ck_assert_uint_eq(c->col, expected[i].col);
        ck_assert_uint_eq(c->end - c->start, strlen(expected[i].text));
        ck_assert_mem_eq(lx.src->text + c->start, expected[i].text, c->end - c->start);
    }
    pr_arena_free(&a);
}
END_TEST

/* Enough comments to grow the table several times. */
START_TEST(many_comments)
{
    enum { N = 1000 };
    pr_sbuf src = { 0 };
    for (int i = 0; i < N; i++)
        pr_sbuf_printf(&src, "x%d = %d  # c%d\n", i, i, i);
    pr_sbuf_putc(&src, '\0');
    pr_arena a;
    pr_arena_init(&a);
    pr_lexer lx;
    pr_syntax_error err;
    pr_source source;
    ck_assert(pr_source_prepare(&a, src.data, src.len - 1, &source, &err));
    pr_lex_init(&lx, &a, &source, &err);
    pr_token t;
    int newlines = 0, kind;
    while ((kind = pr_lex_next(&lx, &t)) > 0)
        newlines += kind == TK_NEWLINE;
    ck_assert_int_eq(kind, 0);
    ck_assert_int_eq(newlines, N);
    ck_assert_uint_eq(lx.ncomments, N);
    const pr_comment *last = &lx.comments[N - 1];
    ck_assert_uint_eq(last->lineno, N);
    ck_assert_mem_eq(source.text + last->start, "# c999", 6);
    pr_arena_free(&a);
    pr_sbuf_free(&src);
}
END_TEST

START_TEST(token_names)
{
    ck_assert_str_eq(pr_token_name(0), "ENDMARKER");
    ck_assert_str_eq(pr_token_name(TK_NAME), "NAME");
    ck_assert_str_eq(pr_token_name(TK_LPAR), "LPAR");
    ck_assert_str_eq(pr_token_name(TK_FSTRING_MIDDLE), "FSTRING_MIDDLE");
    ck_assert_str_eq(pr_token_name(TK_EXCLAMATION), "EXCLAMATION");
    ck_assert_str_eq(pr_token_name(-1), "?");
    ck_assert_str_eq(pr_token_name(10000), "?");
}
END_TEST

/* ------------------------------------------------------------------------------------------
** Errors
*/

typedef struct error_case {
    const char *src;
    size_t len;
    pr_error_kind kind;
    const char *msg;
    uint32_t lineno;
    int32_t offset;
} error_case;

static const error_case lex_error_cases[] = {
    { BYTES("x = 'abc\n"), PR_SYNTAX_ERROR, "unterminated string literal (detected at line 1)",
      1, 5 },
    { BYTES("x = 'abc\\'\n"), PR_SYNTAX_ERROR,
      "unterminated string literal (detected at line 1); perhaps you escaped the end quote?",
      1, 5 },
    { BYTES("x = 1\ny = '''abc\n\nz\n"), PR_SYNTAX_ERROR,
      "unterminated triple-quoted string literal (detected at line 4)", 2, 5 },
    { BYTES("s = \"\"\"abc"), PR_SYNTAX_ERROR,
      "unterminated triple-quoted string literal (detected at line 1)", 1, 5 },
    { BYTES("f'abc\n"), PR_SYNTAX_ERROR, "unterminated f-string literal (detected at line 1)",
      1, 1 },
    { BYTES("x = f'''a{x}\n"), PR_SYNTAX_ERROR,
      "unterminated triple-quoted f-string literal (detected at line 1)", 1, 5 },
    { BYTES("f'a}'"), PR_SYNTAX_ERROR, "f-string: single '}' is not allowed", 1, 4 },
    { BYTES("f'{a'"), PR_SYNTAX_ERROR, "f-string: expecting '}'", 1, 5 },
    { BYTES("x = 1_\n"), PR_SYNTAX_ERROR, "invalid decimal literal", 1, 6 },
    { BYTES("x = 1__0\n"), PR_SYNTAX_ERROR, "invalid decimal literal", 1, 6 },
    { BYTES("x = 0x\n"), PR_SYNTAX_ERROR, "invalid hexadecimal literal", 1, 6 },
    { BYTES("x = 0xg\n"), PR_SYNTAX_ERROR, "invalid hexadecimal literal", 1, 6 },
    { BYTES("x = 0o8\n"), PR_SYNTAX_ERROR, "invalid digit '8' in octal literal", 1, 7 },
    { BYTES("x = 0o18\n"), PR_SYNTAX_ERROR, "invalid digit '8' in octal literal", 1, 8 },
    { BYTES("x = 0b2\n"), PR_SYNTAX_ERROR, "invalid digit '2' in binary literal", 1, 7 },
    { BYTES("x = 0b12\n"), PR_SYNTAX_ERROR, "invalid digit '2' in binary literal", 1, 8 },
    { BYTES("x = 012\n"), PR_SYNTAX_ERROR,
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
      "octal integers", 1, 5 },
    { BYTES("x = 1.real\n"), PR_SYNTAX_ERROR, "invalid decimal literal", 1, 6 },
    { BYTES("x = 1e+\n"), PR_SYNTAX_ERROR, "invalid decimal literal", 1, 7 },
    { BYTES("x = 1jx\n"), PR_SYNTAX_ERROR, "invalid imaginary literal", 1, 6 },
    { BYTES("x = 1abc\n"), PR_SYNTAX_ERROR, "invalid decimal literal", 1, 5 },
    { BYTES(")\n"), PR_SYNTAX_ERROR, "unmatched ')'", 1, 1 },
    { BYTES("x = (1]\n"), PR_SYNTAX_ERROR,
      "closing parenthesis ']' does not match opening parenthesis '('", 1, 7 },
    { BYTES("x = (1,\n2]\n"), PR_SYNTAX_ERROR,
      "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2 },
    { BYTES("foo(1,\n  2\n"), PR_SYNTAX_ERROR, "'(' was never closed", 1, 4 },
    { BYTES("x = [1, {2,\n"), PR_SYNTAX_ERROR, "'{' was never closed", 1, 9 },
    { BYTES("if x:\n        a\n\tb\n"), PR_TAB_ERROR,
      "inconsistent use of tabs and spaces in indentation", 3, 1 },
    { BYTES("if x:\n\ta\n        b\n"), PR_TAB_ERROR,
      "inconsistent use of tabs and spaces in indentation", 3, 1 },
    { BYTES("if x:\n    a\n  b\n"), PR_INDENTATION_ERROR,
      "unindent does not match any outer indentation level", 3, 4 },
    { BYTES("if x:\n\ty\n\f  z\n"), PR_INDENTATION_ERROR,
      "unindent does not match any outer indentation level", 3, 5 },
    { BYTES("x = 1 \x01\n"), PR_SYNTAX_ERROR, "invalid non-printable character U+0001", 1, 7 },
    { BYTES("\xe2\x82\xac = 1\n"), PR_SYNTAX_ERROR, "invalid character '\xe2\x82\xac' (U+20AC)",
      1, 1 },
    { BYTES("a\xc2\xa0= 1\n"), PR_SYNTAX_ERROR, "invalid non-printable character U+00A0", 1, 2 },
    { BYTES("x = 1 \\ 2\n"), PR_SYNTAX_ERROR,
      "unexpected character after line continuation character", 1, 8 },
    { BYTES("x = 1 + \\"), PR_SYNTAX_ERROR, "unexpected EOF while parsing", 1, 10 },
    { BYTES("\xe9 = 1\n"), PR_SYNTAX_ERROR,
      "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data",
      1, 1 },
};

/* Lexes until the error; it must come before the end of the input. */
START_TEST(lex_error)
{
    const error_case *c = &lex_error_cases[_i];
    pr_syntax_error err;
    char *got = stream_of(c->src, c->len, false, &err);
    size_t len = strlen(got);
    ck_assert_msg(len >= 5 && strcmp(got + len - 5, "ERROR") == 0, "no error for \"%s\": %s",
                  c->src, got);
    ck_assert(err.set);
    ck_assert_str_eq(err.msg, c->msg);
    ck_assert_int_eq(err.kind, c->kind);
    ck_assert_uint_eq(err.lineno, c->lineno);
    ck_assert_int_eq(err.offset, c->offset);
    free(got);
}
END_TEST

/* 200 open brackets are allowed (the input then ends with one never closed); the 201st
** is one too many. */
START_TEST(bracket_nesting_limit)
{
    char src[PR_MAX_BRACKETS + 3];
    pr_syntax_error err;
    memset(src, '(', PR_MAX_BRACKETS + 1);
    strcpy(src + PR_MAX_BRACKETS + 1, "\n");
    char *got = stream_of(src, PR_MAX_BRACKETS + 2, false, &err);
    ck_assert_str_eq(err.msg, "too many nested parentheses");
    ck_assert_uint_eq(err.lineno, 1);
    ck_assert_int_eq(err.offset, 201);
    free(got);

    strcpy(src + PR_MAX_BRACKETS, "\n");
    got = stream_of(src, PR_MAX_BRACKETS + 1, false, &err);
    ck_assert_str_eq(err.msg, "'(' was never closed");
    ck_assert_uint_eq(err.lineno, 1);
    ck_assert_int_eq(err.offset, 200);
    free(got);
}
END_TEST

/* 100 levels of indentation fit CPython's stack; the 101st does not. */
START_TEST(indentation_limit)
{
    pr_sbuf src = { 0 };
    pr_sbuf_puts(&src, "def f():\n");
    for (int i = 1; i <= 100; i++)
        pr_sbuf_printf(&src, "%*sif x:\n", i, "");
    pr_sbuf_printf(&src, "%*spass\n", 101, "");
    pr_syntax_error err;
    char *got = stream_of(src.data, src.len, false, &err);
    ck_assert(err.set);
    ck_assert_int_eq(err.kind, PR_INDENTATION_ERROR);
    ck_assert_str_eq(err.msg, "too many levels of indentation");
    ck_assert_uint_eq(err.lineno, 101);
    ck_assert_int_eq(err.offset, 1);
    free(got);
    pr_sbuf_free(&src);
}
END_TEST

/* After an error the lexer keeps returning -1. */
START_TEST(error_is_final)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_source source;
    pr_lexer lx;
    pr_syntax_error err;
    int kinds[8];
    pr_token toks[8];
    int n = lex_tokens(&a, &source, &lx, "x = )\ny\n", kinds, toks, 8, &err);
    ck_assert_int_eq(n, 3);
    ck_assert_int_eq(kinds[2], -1);
    pr_token t;
    ck_assert_int_eq(pr_lex_next(&lx, &t), -1);
    ck_assert_int_eq(pr_lex_next(&lx, &t), -1);
    ck_assert_str_eq(err.msg, "unmatched ')'");
    pr_arena_free(&a);
}
END_TEST

/* Errors found before tokenizing, with CPython's missing positions. */
static const error_case prepare_error_cases[] = {
    { BYTES("x = 1\0\n"), PR_SYNTAX_ERROR, "source code string cannot contain null bytes", 0, 0 },
    { BYTES("\xef\xbb\xbf# coding: latin-1\nx\n"), PR_SYNTAX_ERROR,
      "encoding problem: iso-8859-1 with BOM", 0, -1 },
    { BYTES("# coding: foo\nx\n"), PR_SYNTAX_ERROR, "unknown encoding: foo", 0, -1 },
    { BYTES("# coding: ascii\nx = \"\xe9\"\n"), PR_SYNTAX_ERROR,
      "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)", 0, -1 },
};

START_TEST(prepare_error)
{
    const error_case *c = &prepare_error_cases[_i];
    pr_arena a;
    pr_arena_init(&a);
    pr_source src;
    pr_syntax_error err;
    ck_assert(!pr_source_prepare(&a, c->src, c->len, &src, &err));
    ck_assert(err.set);
    ck_assert_str_eq(err.msg, c->msg);
    ck_assert_uint_eq(err.lineno, c->lineno);
    ck_assert_int_eq(err.offset, c->offset);
    pr_arena_free(&a);
}
END_TEST

/* A cookie on line 3, or on line 2 after code, is not one: the text stays as it was, and
** the lexer passes bytes that are not UTF-8 on inside the string (the parser reports
** them) and inside comments (nobody does). */
START_TEST(cookie_placement)
{
    check_stream(BYTES("x = 1\n# coding: latin-1\ny = '\xe9'  # \xff\n"), false,
                 "NAME'x' EQUAL'=' NUMBER'1' NEWLINE NAME'y' EQUAL'=' STRING''\xe9'' NEWLINE "
                 "ENDMARKER");
    check_stream(BYTES("\n\n# coding: latin-1\ny = '\xe9'\n"), false,
                 "NAME'y' EQUAL'=' STRING''\xe9'' NEWLINE ENDMARKER");
}
END_TEST

/* ------------------------------------------------------------------------------------------
*/

#define COUNT(a) (int)(sizeof(a) / sizeof((a)[0]))

static Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("streams");
    tcase_add_loop_test(tc, layout, 0, COUNT(layout_cases));
    tcase_add_loop_test(tc, encoding, 0, COUNT(encoding_cases));
    tcase_add_loop_test(tc, literal, 0, COUNT(literal_cases));
    tcase_add_loop_test(tc, fstring, 0, COUNT(fstring_cases));
    tcase_add_test(tc, implicit_newline);
    suite_add_tcase(s, tc);

    tc = tcase_create("tokens");
    tcase_add_test(tc, soft_keyword_marks);
    tcase_add_loop_test(tc, string_flags, 0, COUNT(string_flag_cases));
    tcase_add_test(tc, field_open_marks);
    tcase_add_test(tc, comments);
    tcase_add_test(tc, many_comments);
    tcase_add_test(tc, token_names);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_loop_test(tc, lex_error, 0, COUNT(lex_error_cases));
    tcase_add_test(tc, bracket_nesting_limit);
    tcase_add_test(tc, indentation_limit);
    tcase_add_test(tc, error_is_final);
    tcase_add_loop_test(tc, prepare_error, 0, COUNT(prepare_error_cases));
    tcase_add_test(tc, cookie_placement);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *runner = srunner_create(lexer_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
