/* Docstrings: pydocstyle's D100-D107 and D419, with its definitions of what is public, ruff's
** messages and positions, and three exemptions users asked the peers for: `@overload`
** stubs, `@override` methods, and methods that override one a base class of the tree
** documents (the docstring is read where the method is first defined): a base of the same
** file is looked up here, one of another file by the whole-project join (project.h), on
** which the finding then stands.
**
** pydocstyle's model, which this follows: a module is public unless its file name or a
** directory on its path starts with an underscore (dunder names aside); a function or class
** at module level is public when `__all__` lists it, or, without `__all__`, when its name
** does not start with an underscore; a method when its class is public and its name is
** public, magic or one of __init__, __new__, __call__, unless it is a property's setter or
** deleter; a nested class when its parent is a public class and its name is public; a
** function nested in a function never.  A definition's docstring is the string literal that
** opens its body; an empty or blank one (D419) is reported whatever the publicity. */
#include <string.h>

#include "lexer/unicode.h"
#include "passes/defs.h"
#include "passes/options.h"
#include "passes/project.h"
#include "passes/semantic.h"

typedef enum def_kind {
    DEF_CLASS, DEF_NESTED_CLASS, DEF_FUNCTION, DEF_NESTED_FUNCTION, DEF_METHOD
} def_kind;

/* A definition and the one around it (NULL parent: the module), with what its methods
** ask of a class, worked out for the first that asks. */
typedef struct def {
    struct def *parent;
    const pr_node *node;
    def_kind kind;
    bool public;
    int8_t imported_ancestry;    /* pr_summary_imported_ancestry, -1 until asked */
    bool ancestors_known;
    const pr_node **ancestors;   /* pr_class_ancestors */
    uint32_t nancestors;
} def;

typedef struct docs {
    pr_review_ctx *ctx;
    pr_sem *sem;
    pr_class_index classes;
    const pr_binding *all;       /* __all__, when every assignment to it is a literal list */
    pr_strlist ignore_decorators;
} docs;

/* The docstring of a body: its first statement, a string literal; NULL without one. */
static const pr_node *docstring_of(const pr_seq *body)
{
    if (!PR_SEQ_LEN(body))
        return NULL;
    const pr_node *s = PR_SEQ_NODE(body, 0);
    if (s->kind != PR_Expr || s->v.Expr.value->kind != PR_Constant ||
        s->v.Expr.value->v.Constant.value->kind != PR_CONST_STR)
        return NULL;
    return s->v.Expr.value;
}

/* str.isspace() of each character: Python's whitespace, ASCII and Unicode. */
static bool is_blank(const pr_const *c)
{
    const unsigned char *p = (const unsigned char *)c->text, *end = p + c->len;
    while (p < end) {
        uint32_t cp = *p;
        size_t n = cp < 0x80 ? 1 : pr_utf8_decode_lax(p, (size_t)(end - p), &cp);
        if (n == 0 || !pr_uni_is_py_space(cp))
            return false;
        p += n;
    }
    return true;
}

bool pr_documented(const pr_node *def)
{
    const pr_node *doc = docstring_of(def->v.FunctionDef.body);
    return doc && !is_blank(doc->v.Constant.value);
}

/* ------------------------------------------------------------------ __all__ */

/* The module's __all__ as the semantic model read it, when it could read all of it. */
static const pr_binding *module_all(docs *d)
{
    bool known;
    const pr_binding *all = pr_module_all(d->sem, d->ctx->parsed->module, &known);
    return known ? all : NULL;
}

static bool exported(docs *d, const char *name)
{
    uint32_t id = pr_sem_find(d->sem, name, strlen(name));
    for (uint32_t i = 0; i < d->all->nexports; i++)
        if (d->sem->exports[d->all->first_export + i].name == id)
            return true;
    return false;
}

/* ------------------------------------------------------------------ publicity */

/* pydocstyle's and ruff's magic: starts and ends with two underscores (`__` itself too). */
static bool is_magic(const char *name)
{
    size_t n = strlen(name);
    return n >= 2 && strncmp(name, "__", 2) == 0 && strcmp(name + n - 2, "__") == 0;
}

static bool is_constructor(const char *name)
{
    return strcmp(name, "__init__") == 0 || strcmp(name, "__new__") == 0 ||
           strcmp(name, "__call__") == 0;
}

/* A decorator `@name.setter`, `@name.deleter` (any attribute of the name): the def is a
** property's accessor, private. */
static bool is_accessor(const pr_node *def, const char *name)
{
    const pr_seq *decorators = def->v.FunctionDef.decorator_list;
    size_t n = strlen(name);
    for (uint32_t i = 0; i < PR_SEQ_LEN(decorators); i++) {
        char dotted[256];
        if (pr_expr_dotted(PR_SEQ_NODE(decorators, i), dotted, sizeof dotted) > n &&
            strncmp(dotted, name, n) == 0 && dotted[n] == '.')
            return true;
    }
    return false;
}

static bool is_public(docs *d, const def *df)
{
    const char *name = df->node->kind == PR_ClassDef ? df->node->v.ClassDef.name
                                                     : df->node->v.FunctionDef.name;
    switch (df->kind) {
    case DEF_CLASS:
    case DEF_FUNCTION:
        return d->all ? exported(d, name) : name[0] != '_';
    case DEF_NESTED_CLASS:
        return name[0] != '_' &&
               (df->parent->kind == DEF_CLASS || df->parent->kind == DEF_NESTED_CLASS) &&
               df->parent->public;
    case DEF_METHOD:
        return !is_accessor(df->node, name) &&
               (name[0] != '_' || is_magic(name)) && df->parent->public;
    case DEF_NESTED_FUNCTION:
        break;
    }
    return false;
}

/* The module is public unless its name (the file's, less .py), or a directory on the path
** it was given as, starts with an underscore without being a dunder. */
static bool module_is_public(const char *path)
{
    for (const char *p = path; *p;) {
        const char *end = strchr(p, '/');
        size_t n = end ? (size_t)(end - p) : strcspn(p, ".");
        bool dunder = n >= 4 && p[1] == '_' && p[n - 1] == '_' && p[n - 2] == '_';
        if (n > 0 && p[0] == '_' && !dunder)
            return false;
        if (!end)
            break;
        p = end + 1;
    }
    return true;
}

/* ------------------------------------------------------------------ exemptions */

static bool ignored_decorator(const docs *d, const pr_node *def)
{
    if (!d->ignore_decorators.n)
        return false;
    const pr_seq *decorators = def->kind == PR_ClassDef ? def->v.ClassDef.decorator_list
                                                        : def->v.FunctionDef.decorator_list;
    for (uint32_t i = 0; i < PR_SEQ_LEN(decorators); i++) {
        char dotted[256];
        size_t n = pr_expr_dotted(PR_SEQ_NODE(decorators, i), dotted, sizeof dotted);
        for (uint32_t j = 0; n && j < d->ignore_decorators.n; j++) {
            /* `typing.overload` in the list covers `@overload` too */
            const char *want = d->ignore_decorators.items[j];
            size_t w = strlen(want);
            if (strcmp(want, dotted) == 0 ||
                (w > n && want[w - n - 1] == '.' && strcmp(want + w - n, dotted) == 0))
                return true;
        }
    }
    return false;
}

/* A method that a class of this file, from which its class derives, defines with a
** docstring: the documentation is inherited. */
static bool documented_in_base(docs *d, const def *method)
{
    def *cls = method->parent;
    if (!cls->ancestors_known) {
        const pr_node *found[PR_MAX_ANCESTORS];
        cls->nancestors = pr_class_ancestors(&d->classes, cls->node, found, PR_MAX_ANCESTORS);
        cls->ancestors = pr_arena_alloc(d->ctx->arena, cls->nancestors * sizeof *found);
        memcpy(cls->ancestors, found, cls->nancestors * sizeof *found);
        cls->ancestors_known = true;
    }
    for (uint32_t i = 0; i < cls->nancestors; i++) {
        const pr_node *m = pr_class_member(cls->ancestors[i], method->node->v.FunctionDef.name);
        if (m && (m->kind == PR_FunctionDef || m->kind == PR_AsyncFunctionDef)) {
            const pr_node *doc = docstring_of(m->v.FunctionDef.body);
            if (doc && !is_blank(doc->v.Constant.value))
                return true;
        }
    }
    return false;
}

/* The rule for a public definition without a docstring, or -1 when it is exempt. */
static int missing_rule(docs *d, const def *df)
{
    if (df->kind == DEF_CLASS)
        return PR_RULE_D101;
    if (df->kind == DEF_NESTED_CLASS)
        return PR_RULE_D106;
    if (pr_has_typing_decorator(df->node, "overload"))
        return -1;
    if (df->kind == DEF_FUNCTION)
        return PR_RULE_D103;
    if (pr_has_typing_decorator(df->node, "override") || documented_in_base(d, df))
        return -1;
    const char *name = df->node->v.FunctionDef.name;
    if (strcmp(name, "__init__") == 0)
        /* the numpy convention documents __init__'s parameters in the class docstring */
        return d->ctx->options->convention == PR_CONVENTION_NUMPY ? -1 : PR_RULE_D107;
    return is_magic(name) && !is_constructor(name) ? PR_RULE_D105 : PR_RULE_D102;
}

/* ------------------------------------------------------------------ the definitions */

/* pr_summary_imported_ancestry of the class cls, asked once. */
static bool imported_ancestry(docs *d, def *cls)
{
    if (cls->imported_ancestry < 0)
        cls->imported_ancestry = pr_summary_imported_ancestry(&d->classes, d->sem, cls->node);
    return cls->imported_ancestry;
}

/* A def or class, once the one around it (df->parent) is checked. */
static void check_definition(docs *d, def *df)
{
    const pr_node *s = df->node;
    def *parent = df->parent;
    bool cls = s->kind == PR_ClassDef;
    if (!parent)
        df->kind = cls ? DEF_CLASS : DEF_FUNCTION;
    else if (parent->kind == DEF_CLASS || parent->kind == DEF_NESTED_CLASS)
        df->kind = cls ? DEF_NESTED_CLASS : DEF_METHOD;
    else
        df->kind = cls ? DEF_NESTED_CLASS : DEF_NESTED_FUNCTION;
    df->public = is_public(d, df);
    const pr_seq *body = cls ? s->v.ClassDef.body : s->v.FunctionDef.body;
    if (!ignored_decorator(d, s)) {
        const pr_node *doc = docstring_of(body);
        if (doc && is_blank(doc->v.Constant.value)) {
            pr_report(d->ctx->findings, PR_RULE_D419, doc);
        } else if (!doc && df->public) {
            int rule = missing_rule(d, df);
            if (rule >= 0) {
                pr_span at = pr_sem_binding_span(d->sem, &(pr_binding){.node = s});
                pr_report_at(d->ctx->findings, (pr_rule)rule, at.lineno, at.col, at.end_lineno,
                             at.end_col);
                /* a base class in another file of the tree may document it: the join tells */
                if (df->kind == DEF_METHOD && d->ctx->summary && imported_ancestry(d, parent))
                    pr_finding_condition(d->ctx->findings,
                                         pr_summary_condition(d->ctx->summary, d->sem, parent->node,
                                                              PR_COND_DOCUMENTED, s->v.FunctionDef.name));
            }
        }
    }
}

/* Every def and class, each after the one around it: the semantic model's scopes come in
** that order (a scope is made after its parent's), and spare a walk over every statement.
** The scope of a def's or class's type parameters stands between it and its parent. */
static void check_definitions(docs *d)
{
    const pr_sem *m = d->sem;
    def *defs = pr_arena_alloc(d->ctx->arena, m->nscopes * sizeof *defs + 1);
    for (uint32_t i = 0; i < m->nscopes; i++) {
        const pr_sem_scope *sc = &m->scopes[i];
        if (sc->kind != PR_SCOPE_CLASS && sc->kind != PR_SCOPE_FUNCTION)
            continue;
        uint32_t p = sc->parent;
        while (m->scopes[p].kind == PR_SCOPE_TYPE_PARAMS)
            p = m->scopes[p].parent;
        defs[i] = (def){.parent = m->scopes[p].kind == PR_SCOPE_MODULE ? NULL : &defs[p],
                        .node = sc->node, .imported_ancestry = -1};
        check_definition(d, &defs[i]);
    }
}

static const pr_rule docstring_rules[] = {
    PR_RULE_D100, PR_RULE_D101, PR_RULE_D102, PR_RULE_D103, PR_RULE_D104, PR_RULE_D105,
    PR_RULE_D106, PR_RULE_D107, PR_RULE_D419,
};

void pr_pass_docstrings(pr_review_ctx *ctx)
{
    bool any = false;
    for (size_t i = 0; i < sizeof docstring_rules / sizeof docstring_rules[0] && !any; i++)
        any = ctx->enabled[docstring_rules[i]];
    if (!any)
        return;
    docs d = {.ctx = ctx, .sem = ctx->sem};
    d.ignore_decorators = ctx->options->docstring_ignore_decorators;
    const pr_node *module = ctx->parsed->module;
    pr_class_index_build(ctx->arena, module, &d.classes);
    d.all = module_all(&d);
    const pr_node *doc = docstring_of(module->v.Module.body);
    if (doc && is_blank(doc->v.Constant.value)) {
        pr_report(ctx->findings, PR_RULE_D419, doc);
    } else if (!doc && module_is_public(ctx->path)) {
        const char *base = strrchr(ctx->path, '/');
        base = base ? base + 1 : ctx->path;
        pr_rule rule = strcmp(base, "__init__.py") == 0 ? PR_RULE_D104 : PR_RULE_D100;
        pr_report_at(ctx->findings, rule, 1, 0, 1, 0);
    }
    check_definitions(&d);
}
