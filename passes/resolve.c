/* Names resolved through the semantic model (dataflow.h): which binding a Name reads, and
** which qualified name an expression stands for once imports and aliases are followed, the
** way ruff's resolve_qualified_name and bandit's import aliases do; and the small questions
** the rules ask of calls and constants (a keyword argument, a string, a truth value). */
#include "passes/dataflow.h"

#include <string.h>

void pr_resolver_init(pr_resolver *r, pr_arena *a, const pr_sem *m)
{
    memset(r, 0, sizeof *r);
    r->m = m;
    pr_table_reserve(a, &r->scope_of, m->nscopes);
    for (uint32_t i = 0; i < m->nscopes; i++)
        if (m->scopes[i].node)
            pr_table_put(a, &r->scope_of, (uint64_t)(uintptr_t)m->scopes[i].node, i + 1);
    /* the bindings of each scope, by a counting sort that keeps their order */
    r->scope_first = pr_arena_alloc(a, ((size_t)m->nscopes + 1) * sizeof *r->scope_first);
    memset(r->scope_first, 0, ((size_t)m->nscopes + 1) * sizeof *r->scope_first);
    r->scope_bindings = pr_arena_alloc(a, ((size_t)m->nbindings + 1) * sizeof *r->scope_bindings);
    for (uint32_t i = 0; i < m->nbindings; i++)
        r->scope_first[m->bindings[i].scope + 1]++;
    for (uint32_t s = 0; s < m->nscopes; s++)
        r->scope_first[s + 1] += r->scope_first[s];
    uint32_t *fill = pr_arena_alloc(a, ((size_t)m->nscopes + 1) * sizeof *fill);
    memcpy(fill, r->scope_first, ((size_t)m->nscopes + 1) * sizeof *fill);
    for (uint32_t i = 0; i < m->nbindings; i++)
        r->scope_bindings[fill[m->bindings[i].scope]++] = i;
}

pr_resolver *pr_review_resolver(pr_review_ctx *ctx)
{
    if (!ctx->resolver) {
        ctx->resolver = pr_arena_alloc(ctx->arena, sizeof *ctx->resolver);
        pr_resolver_init(ctx->resolver, ctx->arena, ctx->sem);
    }
    return ctx->resolver;
}

uint32_t pr_resolve_scope(const pr_resolver *r, const pr_node *n)
{
    uint32_t v = pr_table_get(&r->scope_of, (uint64_t)(uintptr_t)n, 0);
    return v ? v - 1 : PR_SEM_NONE;
}

uint32_t pr_resolve_ref(const pr_resolver *r, const pr_node *name)
{
    (void)r;
    return name->kind == PR_Name && name->v.Name.ref ? (uint32_t)(name->v.Name.ref - 1) : PR_SEM_NONE;
}

uint32_t pr_resolve_binding(const pr_resolver *r, const pr_node *name)
{
    uint32_t ref = pr_resolve_ref(r, name);
    return ref == PR_SEM_NONE ? PR_SEM_NONE : r->m->refs[ref].binding;
}

/* Appends s (n bytes) at *len; false when it does not fit. */
static bool put(char *buf, size_t cap, size_t *len, const char *s, size_t n)
{
    if (*len + n + 1 > cap)
        return false;
    memcpy(buf + *len, s, n);
    *len += n;
    buf[*len] = '\0';
    return true;
}

/* What the head of a dotted name stands for: its import's module path, the builtin's or
** an undefined name's own text; NULL for a local binding. */
static const char *head_of(const pr_resolver *r, const pr_node *name)
{
    uint32_t b = pr_resolve_binding(r, name);
    if (b == PR_SEM_NONE || b == PR_SEM_BUILTIN)
        return name->v.Name.id;
    const pr_binding *bd = &r->m->bindings[b];
    switch (bd->kind) {
    case PR_BIND_IMPORT:
    case PR_BIND_FROM_IMPORT: {
        const char *q = bd->qualified;
        while (*q == '.')
            q++;
        return *q ? q : NULL;
    }
    case PR_BIND_SUBMODULE:
    case PR_BIND_GLOBAL:
        /* `import a.b` binds a; `global x` reads the module's x, as bandit reads it */
        return name->v.Name.id;
    default:
        return NULL;
    }
}

enum { MAX_PARTS = 24 };

/* The Name at the bottom of an attribute chain and the chain's attributes, outermost
** last; false for anything but Names and Attributes or a chain too long to name. */
static bool chain(const pr_node *e, const pr_node **head, const char **attrs, uint32_t *n)
{
    *n = 0;
    while (e->kind == PR_Attribute) {
        if (*n == MAX_PARTS)
            return false;
        attrs[(*n)++] = e->v.Attribute.attr;
        e = e->v.Attribute.value;
    }
    if (e->kind != PR_Name)
        return false;
    *head = e;
    return true;
}

static const char *join(const char *first, const char **attrs, uint32_t n, char *buf, size_t cap)
{
    size_t len = 0;
    buf[0] = '\0';
    if (!put(buf, cap, &len, first, strlen(first)))
        return NULL;
    for (uint32_t i = n; i-- > 0;)
        if (!put(buf, cap, &len, ".", 1) || !put(buf, cap, &len, attrs[i], strlen(attrs[i])))
            return NULL;
    return buf;
}

const char *pr_resolve_qualified(const pr_resolver *r, const pr_node *e, char *buf, size_t cap)
{
    const pr_node *head;
    const char *attrs[MAX_PARTS];
    uint32_t n;
    if (!chain(e, &head, attrs, &n))
        return NULL;
    const char *first = head_of(r, head);
    return first ? join(first, attrs, n, buf, cap) : NULL;
}

const char *pr_resolve_dotted(const pr_node *e, char *buf, size_t cap)
{
    const pr_node *head;
    const char *attrs[MAX_PARTS];
    uint32_t n;
    if (!chain(e, &head, attrs, &n))
        return NULL;
    return join(head->v.Name.id, attrs, n, buf, cap);
}

bool pr_resolve_is_builtin(const pr_resolver *r, const pr_node *e, const char *name)
{
    if (e->kind != PR_Name || strcmp(e->v.Name.id, name) != 0)
        return false;
    uint32_t b = pr_resolve_binding(r, e);
    return b == PR_SEM_BUILTIN || b == PR_SEM_NONE;
}

bool pr_name_matches(const char *name, const char *pattern)
{
    size_t n = strlen(name), p = strlen(pattern);
    if (n < p || strcmp(name + n - p, pattern) != 0)
        return false;
    return n == p || name[n - p - 1] == '.';
}

/* ------------------------------------------------------------------ calls and constants */

const pr_node *pr_call_keyword(const pr_node *call, const char *name)
{
    const pr_seq *kws = call->v.Call.keywords;
    for (uint32_t i = 0; i < PR_SEQ_LEN(kws); i++) {
        const pr_node *k = PR_SEQ_NODE(kws, i);
        if (k->v.keyword.arg && strcmp(k->v.keyword.arg, name) == 0)
            return k;
    }
    return NULL;
}

const pr_node *pr_call_arg(const pr_node *call, uint32_t pos, const char *name)
{
    if (name) {
        const pr_node *k = pr_call_keyword(call, name);
        if (k)
            return k->v.keyword.value;
    }
    const pr_seq *args = call->v.Call.args;
    for (uint32_t i = 0; i < PR_SEQ_LEN(args) && i <= pos; i++)
        if (PR_SEQ_NODE(args, i)->kind == PR_Starred)
            return NULL;
    return pos < PR_SEQ_LEN(args) ? PR_SEQ_NODE(args, pos) : NULL;
}

bool pr_call_spreads(const pr_node *call)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(call->v.Call.args); i++)
        if (PR_SEQ_NODE(call->v.Call.args, i)->kind == PR_Starred)
            return true;
    for (uint32_t i = 0; i < PR_SEQ_LEN(call->v.Call.keywords); i++)
        if (!PR_SEQ_NODE(call->v.Call.keywords, i)->v.keyword.arg)
            return true;
    return false;
}

bool pr_is_str(const pr_node *e)
{
    return e && e->kind == PR_Constant && e->v.Constant.value->kind == PR_CONST_STR;
}

int pr_truthiness(const pr_resolver *r, const pr_node *e)
{
    switch (e->kind) {
    case PR_Constant: {
        const pr_const *c = e->v.Constant.value;
        switch (c->kind) {
        case PR_CONST_NONE:
        case PR_CONST_FALSE:
            return 0;
        case PR_CONST_TRUE:
        case PR_CONST_ELLIPSIS:
            return 1;
        case PR_CONST_INT:
            return strcmp(c->text, "0") != 0;
        case PR_CONST_FLOAT:
        case PR_CONST_COMPLEX:
            return c->num != 0;
        default:
            return c->len > 0;
        }
    }
    case PR_List:
    case PR_Tuple:
    case PR_Set:
        return PR_SEQ_LEN(e->v.List.elts) > 0;
    case PR_Dict:
        return PR_SEQ_LEN(e->v.Dict.keys) > 0;
    case PR_Name:
        if (pr_resolve_is_builtin(r, e, "False") || pr_resolve_is_builtin(r, e, "None"))
            return 0;
        if (pr_resolve_is_builtin(r, e, "True"))
            return 1;
        return -1;
    default:
        return -1;
    }
}
