/* The checks CPython makes after parsing, in its order: the leading `from __future__`
** imports (Python/future.c), the depth of tree its recursive passes allow (a RecursionError
** without a position), then the symbol table (symtable.c) and the compiler (compile.c).
** Each stops at its first error, which pr_check_fail reports and leaves the check by. */
#include "passes/check.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The longest path of nodes, the module's included, that CPython compiles: past it its AST
** optimizer raises RecursionError (when compile() runs at a module's top level).  The
** passes after the check recurse along such paths. */
enum { MAX_PATH = 9999 };

/* A feature name is cut to 100 bytes in the message ("%.100s"), dropping a character the
** cut splits. */
enum { FEATURE_NAME_MAX = 100 };

void pr_check_fail(pr_check *c, uint32_t lineno, uint32_t col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[sizeof c->err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pr_syntax_error_at(c->err, NULL, PR_SYNTAX_ERROR, lineno, col, "%s", msg);
    longjmp(*c->fail, 1);
}

static bool is_docstring(const pr_node *s)
{
    return s->kind == PR_Expr && s->v.Expr.value->kind == PR_Constant &&
           s->v.Expr.value->v.Constant.value->kind == PR_CONST_STR;
}

static size_t feature_name_length(const char *name)
{
    size_t n = strnlen(name, FEATURE_NAME_MAX);
    if (n < FEATURE_NAME_MAX || name[n] == '\0')
        return n;
    size_t lead = n;
    while (lead > 0 && ((unsigned char)name[lead - 1] & 0xC0) == 0x80)
        lead--;
    if (lead == 0)
        return n;
    unsigned char c = (unsigned char)name[lead - 1];
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    return n - (lead - 1) < len ? lead - 1 : n;
}

static void check_feature(pr_check *c, const pr_node *s, const char *name)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
    };
    if (strcmp(name, "annotations") == 0) {
        c->future_annotations = true;
        return;
    }
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(name, known[i]) == 0)
            return;
    if (strcmp(name, "braces") == 0)
        pr_check_fail(c, s->lineno, s->col, "not a chance");
    pr_check_fail(c, s->lineno, s->col, "future feature %.*s is not defined",
                  (int)feature_name_length(name), name);
}

/* The `from __future__` imports that open the module (after its docstring) set features;
** CPython looks no further, and the compiler refuses any later one. */
static void check_future(pr_check *c, const pr_node *module)
{
    const pr_seq *body = module->v.Module.body;
    for (uint32_t i = PR_SEQ_LEN(body) && is_docstring(PR_SEQ_NODE(body, 0)); i < PR_SEQ_LEN(body);
         i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (s->kind != PR_ImportFrom || !s->v.ImportFrom.module || s->v.ImportFrom.level != 0 ||
            strcmp(s->v.ImportFrom.module, "__future__") != 0)
            break;
        const pr_seq *names = s->v.ImportFrom.names;
        for (uint32_t j = 0; j < PR_SEQ_LEN(names); j++)
            check_feature(c, s, PR_SEQ_NODE(names, j)->v.alias.name);
        c->future_lineno = s->lineno;
        c->future_col = s->col;
    }
}

bool pr_syntax_check(pr_arena *a, const pr_parsed *parsed, const pr_source *src,
                     pr_syntax_error *err)
{
    (void)src;
    jmp_buf fail;
    pr_check c = {.arena = a, .err = err, .fail = &fail};
    *err = (pr_syntax_error){0};
    /* the symbol table and the compiler's tables serve this check alone */
    pr_arena_mark mark = pr_arena_mark_set(a);
    if (setjmp(fail)) {
        pr_arena_release(a, mark);
        return false;
    }
    check_future(&c, parsed->module);
    bool ok = !pr_ast_deeper_than(a, parsed->module, MAX_PATH);
    if (!ok) {
        *err = (pr_syntax_error){.set = true, .kind = PR_RECURSION_ERROR};
        snprintf(err->msg, sizeof err->msg, "maximum recursion depth exceeded during compilation");
    } else {
        pr_symtable_build(&c, parsed->module);
        pr_compile_check(&c, parsed->module);
    }
    pr_arena_release(a, mark);
    return ok;
}
