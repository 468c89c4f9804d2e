/* The arrays of the semantic model (semantic.h) and the operations on them that do not
** depend on the walk: interning names, the name -> binding table of each scope, new
** bindings and references, the fork tree behind pyflakes' "different forks" test, and
** the source positions of identifiers the AST does not place. */
#include "passes/semantic.h"

#include <regex.h>
#include <string.h>

#include "passes/metrics.h"

/* One alternative of an if or try: a binding in the body of an if and one in its else
** are in different forks (their nearest common ancestor is the if, and they are in
** different alternatives of it), and so do not redefine one another. */
typedef struct pr_fork {
    uint32_t parent;
    uint32_t depth;
    const pr_node *node;      /* the If or Try */
    uint32_t group;           /* which alternative (sem_walk.c numbers them) */
} pr_fork;

void pr_sem_init(pr_sem *m, pr_arena *a, const pr_source *src, const char *path)
{
    memset(m, 0, sizeof *m);
    m->arena = a;
    m->src = src;
    const char *base = strrchr(path, '/');
    m->is_init = strcmp(base ? base + 1 : path, "__init__.py") == 0;
    /* room for the references, bindings and names of most files of this size, so that
    ** the arrays and tables seldom move as they grow */
    m->refs_cap = (uint32_t)(src->len / 32) + 64;
    m->refs = pr_arena_alloc(a, m->refs_cap * sizeof *m->refs);
    m->bindings_cap = (uint32_t)(src->len / 96) + 64;
    m->bindings = pr_arena_alloc(a, m->bindings_cap * sizeof *m->bindings);
    pr_table_reserve(a, &m->current, (uint32_t)(src->len / 256));
    pr_table_reserve(a, &m->name_ids, (uint32_t)(src->len / 256));
    /* fork 0: the root, outside any if or try */
    m->forks = pr_arena_grow_array(a, NULL, &m->forks_cap, 0, sizeof *m->forks);
    m->forks[m->nforks++] = (pr_fork){PR_SEM_NONE, 0, NULL, 0};
}

/* ------------------------------------------------------------------ names */

static uint64_t hash_string(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return h | 1;
}

/* The name among those of hash h (the first of them is first) that s spells. */
static uint32_t find_hashed(const pr_sem *m, uint32_t first, const char *s, size_t n)
{
    for (uint32_t id = first; id != PR_SEM_NONE; id = m->names[id].same_hash)
        if (strncmp(m->names[id].text, s, n) == 0 && m->names[id].text[n] == '\0')
            return id;
    return PR_SEM_NONE;
}

uint32_t pr_sem_find(const pr_sem *m, const char *s, size_t n)
{
    return find_hashed(m, pr_table_get(&m->name_ids, hash_string(s, n), PR_SEM_NONE), s, n);
}

uint32_t pr_sem_intern(pr_sem *m, const char *s, size_t n)
{
    uint64_t h = hash_string(s, n);
    uint32_t first = pr_table_get(&m->name_ids, h, PR_SEM_NONE);
    uint32_t found = find_hashed(m, first, s, n);
    if (found != PR_SEM_NONE)
        return found;
    m->names = pr_arena_grow_array(m->arena, m->names, &m->names_cap, m->nnames, sizeof *m->names);
    uint32_t id = m->nnames++;
    const char *text = s[n] == '\0' ? s : pr_arena_strndup(m->arena, s, n);
    m->names[id] = (pr_sem_name){text, first, (int16_t)pr_sem_builtin(text), false,
                                 PR_SEM_NONE, NULL, PR_SEM_NONE, PR_SEM_NONE};
    pr_table_put(m->arena, &m->name_ids, h, id);
    return id;
}

/* ------------------------------------------------------------------ scopes */

uint32_t pr_sem_scope_new(pr_sem *m, pr_scope_kind kind, uint32_t parent, const pr_node *node)
{
    m->scopes = pr_arena_grow_array(m->arena, m->scopes, &m->scopes_cap, m->nscopes, sizeof *m->scopes);
    m->scopes[m->nscopes] = (pr_sem_scope){(uint8_t)kind, false, false, parent, node};
    return m->nscopes++;
}

static uint64_t key(uint32_t scope, uint32_t name)
{
    return ((uint64_t)(scope + 1) << 32) | name;
}

uint32_t pr_sem_lookup_shared(const pr_sem *m, uint32_t scope, uint32_t name)
{
    return pr_table_get(&m->current, key(scope, name), PR_SEM_NONE);
}

void pr_sem_set(pr_sem *m, uint32_t scope, uint32_t name, uint32_t binding)
{
    pr_sem_name *n = &m->names[name];
    if (n->home_scope == PR_SEM_NONE)
        n->home_scope = scope;
    if (n->home_scope == scope) {
        n->home_binding = binding;
        return;
    }
    if (n->home_scope != PR_SEM_MANY) {
        /* a second scope binds the name: both go to the table */
        pr_table_put(m->arena, &m->current, key(n->home_scope, name), n->home_binding);
        n->home_scope = PR_SEM_MANY;
    }
    pr_table_put(m->arena, &m->current, key(scope, name), binding);
}

bool pr_sem_in_scope(const pr_sem *m, uint32_t scope, uint32_t name)
{
    if (pr_sem_lookup(m, scope, name) != PR_SEM_NONE)
        return true;
    return m->scopes[scope].kind == PR_SCOPE_MODULE && m->names[name].builtin >= 0 &&
           !m->names[name].builtin_deleted;
}

/* ------------------------------------------------------------------ bindings, references */

uint32_t pr_sem_binding_new(pr_sem *m, pr_binding_kind kind, uint32_t name, uint32_t scope,
                            const pr_node *node)
{
    if (m->nbindings == m->bindings_cap)
        m->bindings = pr_arena_grow_array(m->arena, m->bindings, &m->bindings_cap, m->nbindings,
                                          sizeof *m->bindings);
    pr_binding *b = &m->bindings[m->nbindings];
    memset(b, 0, sizeof *b);
    b->name = name;
    b->scope = scope;
    b->kind = (uint8_t)kind;
    b->used_scope = PR_SEM_NONE;
    b->first_ref = b->last_ref = PR_SEM_NONE;
    b->shadowed = PR_SEM_NONE;
    b->node = node;
    return m->nbindings++;
}

uint32_t pr_sem_ref_new(pr_sem *m, uint32_t name, uint32_t scope, const pr_node *node,
                        uint32_t flags)
{
    if (m->nrefs == m->refs_cap)
        m->refs = pr_arena_grow_array(m->arena, m->refs, &m->refs_cap, m->nrefs, sizeof *m->refs);
    m->refs[m->nrefs] = (pr_ref){name, scope, PR_SEM_NONE, PR_SEM_NONE, flags, node};
    /* the model annotates the tree it was made from (ast.h, pr_ft_REF) */
    ((pr_node *)node)->v.Name.ref = m->nrefs + 1;
    return m->nrefs++;
}

void pr_sem_resolve(pr_sem *m, uint32_t ref, uint32_t binding)
{
    pr_ref *r = &m->refs[ref];
    r->binding = binding;
    if (binding == PR_SEM_BUILTIN) {
        m->names[r->name].builtin_used_scope = r->scope;
        m->names[r->name].builtin_used_node = r->node;
        return;
    }
    pr_binding *b = &m->bindings[binding];
    b->used_scope = r->scope;
    b->used_node = r->node;
    if (b->last_ref == PR_SEM_NONE)
        b->first_ref = ref;
    else
        m->refs[b->last_ref].next = ref;
    b->last_ref = ref;
}

void pr_sem_redef(pr_sem *m, pr_redef_kind kind, bool loop, uint32_t binding, uint32_t existing)
{
    m->redefs = pr_arena_grow_array(m->arena, m->redefs, &m->redefs_cap, m->nredefs, sizeof *m->redefs);
    m->redefs[m->nredefs++] = (pr_redef){(uint8_t)kind, loop, binding, existing};
}

void pr_sem_note_undefined(pr_sem *m, uint32_t ref)
{
    m->refs[ref].flags |= PR_RF_UNDEFINED;
    m->undefined = pr_arena_grow_array(m->arena, m->undefined, &m->undefined_cap, m->nundefined, sizeof *m->undefined);
    m->undefined[m->nundefined++] = ref;
}

void pr_sem_note_before(pr_sem *m, uint32_t name, const pr_node *read)
{
    m->before = pr_arena_grow_array(m->arena, m->before, &m->before_cap, m->nbefore, sizeof *m->before);
    m->before[m->nbefore++] = (pr_local_before){name, read};
}

void pr_sem_add_export(pr_sem *m, uint32_t name, const pr_node *node)
{
    m->exports = pr_arena_grow_array(m->arena, m->exports, &m->exports_cap, m->nexports, sizeof *m->exports);
    m->exports[m->nexports++] = (pr_export){name, node};
}

bool pr_sem_is_import(const pr_binding *b)
{
    return b->kind <= PR_BIND_STAR;
}

bool pr_sem_is_definition(const pr_binding *b)
{
    return pr_sem_is_import(b) || b->kind == PR_BIND_FUNCTION || b->kind == PR_BIND_CLASS;
}

bool pr_sem_is_assignment(const pr_binding *b)
{
    switch (b->kind) {
    case PR_BIND_ASSIGN:
    case PR_BIND_NAMED_EXPR:
    case PR_BIND_WITH_ITEM:
    case PR_BIND_EXCEPT:
    case PR_BIND_MATCH:
    case PR_BIND_GLOBAL:
        return true;
    default:
        return false;
    }
}

bool pr_sem_function_scope(const pr_sem_scope *s)
{
    return s->kind == PR_SCOPE_FUNCTION || s->kind == PR_SCOPE_LAMBDA;
}

bool pr_sem_always_used(const char *name)
{
    if (name[0] != '_' || name[1] != '_')
        return false;
    return strcmp(name, "__tracebackhide__") == 0 || strcmp(name, "__traceback_info__") == 0 ||
           strcmp(name, "__traceback_supplement__") == 0 || strcmp(name, "__debuggerskip__") == 0;
}

bool pr_sem_catches(const pr_node *type, const char *a, const char *b)
{
    if (!type)
        return false;
    if (type->kind == PR_Tuple) {
        for (uint32_t i = 0; i < PR_SEQ_LEN(type->v.Tuple.elts); i++)
            if (pr_sem_catches(PR_SEQ_NODE(type->v.Tuple.elts, i), a, b))
                return true;
        return false;
    }
    return type->kind == PR_Name &&
           (strcmp(type->v.Name.id, a) == 0 || (b && strcmp(type->v.Name.id, b) == 0));
}

/* ------------------------------------------------------------------ forks */

uint32_t pr_sem_fork_new(pr_sem *m, uint32_t parent, const pr_node *node, uint32_t group)
{
    m->forks = pr_arena_grow_array(m->arena, m->forks, &m->forks_cap, m->nforks, sizeof *m->forks);
    m->forks[m->nforks] = (pr_fork){parent, m->forks[parent].depth + 1, node, group};
    return m->nforks++;
}

static bool same_fork(const pr_fork *a, const pr_fork *b)
{
    return a->node == b->node && a->group == b->group;
}

/* Two places have a nearest common ancestor that is an if or try with them in different
** alternatives exactly when, climbing their fork chains to the first level where the
** chains agree, the last pair that differed was two alternatives of one statement. */
bool pr_sem_different_forks(const pr_sem *m, uint32_t a, uint32_t b)
{
    while (m->forks[a].depth > m->forks[b].depth)
        a = m->forks[a].parent;
    while (m->forks[b].depth > m->forks[a].depth)
        b = m->forks[b].parent;
    const pr_fork *la = NULL, *lb = NULL;
    while (a != b && !same_fork(&m->forks[a], &m->forks[b])) {
        la = &m->forks[a];
        lb = &m->forks[b];
        a = la->parent;
        b = lb->parent;
    }
    return la && la->node == lb->node;
}

/* ------------------------------------------------------------------ positions */

uint32_t pr_sem_offset(pr_sem *m, uint32_t lineno, uint32_t col)
{
    if (!m->line_starts) {
        pr_lines lines;
        pr_lines_build(m->arena, m->src, &lines);
        m->line_starts = lines.starts;
        m->nlines = lines.n;
    }
    if (lineno == 0 || lineno > m->nlines)
        return m->src->len;
    uint32_t off = m->line_starts[lineno - 1] + col;
    return off < m->src->len ? off : m->src->len;
}

uint32_t pr_sem_line_of(const pr_sem *m, uint32_t off)
{
    uint32_t lo = 0, hi = m->nlines - 1;
    while (lo < hi) {
        uint32_t mid = (lo + hi + 1) / 2;
        if (m->line_starts[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* The identifier at off; line, when not UINT32_MAX, is the index of a line at or before
** it (a name is mostly on the line of its statement: a few steps, no search). */
static pr_span span_at(pr_sem *m, uint32_t off, uint32_t line)
{
    const char *text = m->src->text;
    uint32_t end = off;
    while (end < m->src->len && pr_ident_byte((unsigned char)text[end]))
        end++;
    uint32_t lo = line;
    if (lo == UINT32_MAX)
        lo = pr_sem_line_of(m, off);
    else
        while (lo + 1 < m->nlines && m->line_starts[lo + 1] <= off)
            lo++;
    uint32_t col = off - m->line_starts[lo];
    return (pr_span){lo + 1, col, lo + 1, col + (end - off)};
}

static uint32_t skip_blanks(const pr_sem *m, uint32_t off)
{
    const char *t = m->src->text;
    for (;;) {
        while (off < m->src->len && (t[off] == ' ' || t[off] == '\t' || t[off] == '\n' ||
                                     t[off] == '\f' || t[off] == '\\' || t[off] == '(' ||
                                     t[off] == ')'))
            off++;
        if (off < m->src->len && t[off] == '#') {
            while (off < m->src->len && t[off] != '\n')
                off++;
            continue;
        }
        return off;
    }
}

/* The identifier after the keyword kw found at or after the position (`def`, `class`,
** `as`). */
static pr_span name_after(pr_sem *m, uint32_t lineno, uint32_t col, const char *kw)
{
    uint32_t off = pr_sem_offset(m, lineno, col);
    uint32_t line = lineno && lineno <= m->nlines ? lineno - 1 : UINT32_MAX;
    const char *t = m->src->text;
    size_t n = strlen(kw);
    for (;;) {
        off = skip_blanks(m, off);
        if (off >= m->src->len)
            return span_at(m, off, line);
        if (strncmp(t + off, kw, n) == 0 && !pr_ident_byte((unsigned char)t[off + n]))
            return span_at(m, skip_blanks(m, off + (uint32_t)n), line);
        while (off < m->src->len && pr_ident_byte((unsigned char)t[off]))
            off++;
        if (off < m->src->len && !pr_ident_byte((unsigned char)t[off]) && t[off] != ' ' &&
            t[off] != '\t' && t[off] != '\n' && t[off] != '#')
            off++;
    }
}

/* The identifier that ends a node (an alias's asname, a capture pattern's name). */
static pr_span name_before(pr_sem *m, uint32_t end)
{
    const char *t = m->src->text;
    while (end > 0 && !pr_ident_byte((unsigned char)t[end - 1]))
        end--;
    uint32_t start = end;
    while (start > 0 && pr_ident_byte((unsigned char)t[start - 1]))
        start--;
    return span_at(m, start, UINT32_MAX);
}

static pr_span node_span(const pr_node *n)
{
    return (pr_span){n->lineno, n->col, n->end_lineno, n->end_col};
}

pr_span pr_sem_binding_span(pr_sem *m, const pr_binding *b)
{
    return pr_sem_name_span(m, b->node);
}

/* A def's or class's name where the parser saw it, without reading the source: when it
** is on the statement's first line and in ASCII (whose text is the identifier's). */
static bool name_seen(const pr_node *n, const char *name, pr_span *at)
{
    size_t len = 0;
    if (!n->name_skip)
        return false;
    for (; name[len]; len++)
        if ((unsigned char)name[len] >= 0x80)
            return false;
    uint32_t col = n->col + n->name_skip;
    *at = (pr_span){n->lineno, col, n->lineno, col + (uint32_t)len};
    return true;
}

pr_span pr_sem_name_span(pr_sem *m, const pr_node *n)
{
    pr_span at;
    switch (n->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        return name_seen(n, n->v.FunctionDef.name, &at) ? at : name_after(m, n->lineno, n->col, "def");
    case PR_ClassDef:
        return name_seen(n, n->v.ClassDef.name, &at) ? at : name_after(m, n->lineno, n->col, "class");
    case PR_ExceptHandler: {
        const pr_node *type = n->v.ExceptHandler.type;
        return type ? name_after(m, type->end_lineno, type->end_col, "as") : name_after(m, n->lineno, n->col, "as");
    }
    case PR_alias:
        if (n->v.alias.asname)
            return name_before(m, pr_sem_offset(m, n->end_lineno, n->end_col));
        return node_span(n);
    case PR_MatchAs:
    case PR_MatchStar:
    case PR_MatchMapping:
        return name_before(m, pr_sem_offset(m, n->end_lineno, n->end_col));
    default:
        return node_span(n);
    }
}

/* A name that may stay unused: the configured dummy-variable-rgx, by default ruff's
** ^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+?))$ */
bool pr_sem_dummy(const pr_options *options, const char *name)
{
    if (options && options->dummy_variable_re)
        return regexec(options->dummy_variable_re, name, 0, NULL, 0) == 0;
    if (name[0] != '_')
        return false;
    bool underscores = true;
    size_t n = 0;
    for (const char *p = name; *p; p++, n++) {
        unsigned char c = (unsigned char)*p;
        if (c != '_' && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
        underscores &= c == '_';
    }
    return underscores || name[n - 1] != '_';
}
