/* The Python tokenizer: a re2c scanner under a layout layer (INDENT/DEDENT from the
** indentation stack, NEWLINE only between logical lines, implicit joining inside
** brackets) and a mode stack for f-strings and t-strings (PEP 701/750).  It reads the
** UTF-8 text that source.c prepared (BOM and coding cookie handled, newlines made \n,
** a NUL after the end) and hands out one token per call, with CPython's positions.  It
** allocates nothing per token: comments go to a growable table in the file's arena. */
#ifndef PR_LEXER_H
#define PR_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast/arena.h"

/* A token's place in the source: byte offsets, and CPython's line/column (1-based line,
** 0-based byte column) of its first byte and of the byte after it. */
typedef struct pr_token {
    uint32_t start, end;
    uint32_t lineno, col, end_lineno, end_col;
    uint32_t aux;   /* string tokens: PR_STR_* flags; NAME: a PR_SOFT_* value */
} pr_token;

/* aux of STRING, FSTRING_START/MIDDLE/END and TSTRING_* tokens. */
enum {
    PR_STR_RAW = 1u << 0,
    PR_STR_BYTES = 1u << 1,
    PR_STR_U = 1u << 2,        /* u prefix: Constant.kind is 'u' */
    PR_STR_TRIPLE = 1u << 3,
    PR_STR_PREFIX_SHIFT = 8,   /* bits 8..: the prefix length in bytes */
};

/* aux of the '{' that opens an f-string or t-string replacement field. */
enum { PR_FIELD_OPEN = 1u << 16 };

/* aux of NAME tokens that may be soft keywords, and the mark of non-ASCII names
** (which NFKC may change). */
enum { PR_SOFT_NONE, PR_SOFT_MATCH, PR_SOFT_CASE, PR_SOFT_TYPE, PR_SOFT_UNDERSCORE };
enum { PR_NAME_NON_ASCII = 1u << 8 };

/* The exception class CPython raises for a syntax error. */
typedef enum pr_error_kind {
    PR_SYNTAX_ERROR, PR_INDENTATION_ERROR, PR_TAB_ERROR,
    PR_MEMORY_ERROR,     /* CPython's parser stack is exhausted */
    PR_RECURSION_ERROR   /* the tree is too deep to compile */
} pr_error_kind;

/* A syntax error as CPython reports it: line, 1-based column in characters (its `offset`),
** and the message. */
typedef struct pr_syntax_error {
    bool set;
    pr_error_kind kind;
    int32_t lineno;     /* 0 (or -1, as CPython for some compiler errors) when it gives none */
    int32_t offset;     /* 0 or -1 when CPython gives none */
    char msg[320];
} pr_syntax_error;

/* A comment: its text (from '#' to the end of the line) and where it starts. */
typedef struct pr_comment {
    uint32_t start, end;
    uint32_t lineno, col;
} pr_comment;

/* The prepared source of one file. */
typedef struct pr_source {
    const char *text;   /* UTF-8, '\n' newlines, followed by a NUL */
    uint32_t len;
    bool bom;
} pr_source;

/* Turns the bytes of a file into a pr_source allocated in a (encoding declaration,
** BOM, newline translation, NUL bytes and invalid UTF-8 rejected).  Returns false with
** err set when CPython would reject the bytes before tokenizing. */
bool pr_source_prepare(pr_arena *a, const char *bytes, size_t n, pr_source *src,
                       pr_syntax_error *err);

/* When the UTF-8 text s (n bytes) is not valid, writes the message CPython's decoder
** gives for its first fault ("'utf-8' codec can't decode byte 0xe9 in position 3:
** unexpected end of data") to msg and returns true. */
bool pr_utf8_describe_error(const unsigned char *s, size_t n, char *msg, size_t cap);

/* CPython's offset (1-based, in characters) of the byte column col of line lineno. */
uint32_t pr_source_char_offset(const pr_source *src, uint32_t lineno, uint32_t col);

/* Fills err, formatting the message (printf-style), unless it is already set.  With a
** source, the offset is CPython's character column of the byte position (lineno, col),
** as the tokenizer and parser report it; without one (src NULL) it is col + 1, the byte
** column CPython's symbol table and compiler report. */
void pr_syntax_error_at(pr_syntax_error *err, const pr_source *src, pr_error_kind kind,
                        uint32_t lineno, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

enum {
    PR_MAX_INDENT = 100,         /* CPython's MAXINDENT */
    PR_MAX_BRACKETS = 200,       /* MAXLEVEL */
    PR_MAX_FSTRING_NEST = 150,   /* MAXFSTRINGLEVEL */
    PR_MAX_SPEC_FIELDS = 3,      /* replacement fields nested through format specs */
};

typedef struct pr_bracket {
    char ch;
    uint32_t lineno, col;
} pr_bracket;

/* One level of the f-string/t-string mode stack. */
typedef struct pr_fmode {
    uint8_t kind;        /* FM_STRING, FM_FIELD, FM_SPEC (lexer.c) */
    uint8_t quote;       /* FM_STRING: the quote character */
    uint8_t triple;      /* FM_STRING: 1 for triple quotes */
    uint8_t raw;         /* FM_STRING: raw prefix */
    uint8_t tstring;     /* FM_STRING: t-string rather than f-string */
    uint32_t depth;      /* FM_FIELD: bracket depth just inside its '{' */
    uint32_t lineno, col, start;   /* FM_STRING: where its first quote is */
} pr_fmode;

typedef struct pr_lexer {
    const pr_source *src;
    pr_arena *arena;
    const unsigned char *cur, *lim;   /* scan position; *lim is the NUL sentinel */
    const unsigned char *line_start;  /* first byte of the current physical line */
    uint32_t lineno;

    bool atbol;          /* at the beginning of a physical line */
    bool blankline;      /* the current physical line holds only a comment or nothing */
    bool line_has_tokens;/* the current logical line has emitted a token */
    bool done;           /* ENDMARKER returned */
    int pending;         /* > 0: INDENTs to emit; < 0: DEDENTs to emit */
    int indent;          /* top of the indentation stack */
    int indstack[PR_MAX_INDENT + 1];
    int altindstack[PR_MAX_INDENT + 1];

    int level;           /* open brackets */
    pr_bracket brackets[PR_MAX_BRACKETS];

    int fdepth;          /* f-string mode stack */
    pr_fmode fmodes[PR_MAX_FSTRING_NEST * 8];

    pr_comment *comments;
    uint32_t ncomments, comments_cap;

    pr_syntax_error *err;
} pr_lexer;

void pr_lex_init(pr_lexer *lx, pr_arena *a, const pr_source *src, pr_syntax_error *err);

/* The next token: its TK_* code (grammar/python.h), 0 at the end, or -1 after a lexical
** error (then *lx->err is set). */
int pr_lex_next(pr_lexer *lx, pr_token *tok);

/* Display name of a token code for messages ("'('", "NEWLINE"). */
const char *pr_token_name(int code);

#endif
