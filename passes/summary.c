/* The summary of one file for the whole-project join (see project.h): its module name,
** read from the path and the __init__.py files of the directories above it; the public
** names it binds at module level that nothing in the module reads (the RVW202
** candidates), less those a reviewer would not want reported (script and test-runner
** names, decorated definitions, modules that read their globals dynamically); what it
** reads of other modules through its imports, made absolute; the attribute names it reads
** of other things; its classes with their bases, members and message templates; the
** raises whose class's template only the join can find.  Everything is built in the
** file's arena and copied out by pr_summary_copy.  The message templates' own questions
** (which template a class body sets, which keys a raise misses) are answered here for
** errors.c as well, so that a raise reads the same in one file and across files. */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ast/hash.h"
#include "passes/defs.h"
#include "passes/project.h"
#include "passes/semantic.h"

struct pr_summary_work {
    pr_table strings;            /* hash of a string -> index, to add each ref and attr once */
    pr_table classes;            /* ClassDef node -> index in classes */
};

#define GROW(s, arr, n, cap)                                                                 \
    do {                                                                                     \
        if ((s)->n == (s)->cap) {                                                            \
            uint32_t c_ = (s)->cap ? 2 * (s)->cap : 16;                                      \
            (s)->arr = pr_arena_grow((s)->arena, (s)->arr, (s)->cap * sizeof *(s)->arr,      \
                                     c_ * sizeof *(s)->arr);                                 \
            (s)->cap = c_;                                                                   \
        }                                                                                    \
    } while (0)

/* ------------------------------------------------------------------ the module's name */

static bool has_init(const char *dir, size_t len)
{
    char probe[PATH_MAX];
    if (snprintf(probe, sizeof probe, "%.*s/__init__.py", (int)len, dir) >= (int)sizeof probe)
        return false;
    return access(probe, F_OK) == 0;
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && strcmp(s + n - t, tail) == 0;
}

/* The directories of the path up to end that could be namespace packages above the
** module: the nearest MAX_OUTER that are identifiers, dotted, outermost first. */
static const char *outer_packages(pr_arena *a, const char *abspath, const char *end)
{
    enum { MAX_OUTER = 8 };
    const char *from = end;
    for (int k = 0; from && from > abspath && k < MAX_OUTER; k++) {
        const char *start = from;
        while (start > abspath && start[-1] != '/')
            start--;
        bool ident = start < from && !isdigit((unsigned char)*start);
        for (const char *c = start; ident && c < from; c++)
            ident = *c == '_' || isalnum((unsigned char)*c) || (unsigned char)*c >= 0x80;
        if (!ident)
            break;
        from = start > abspath ? start - 1 : start;
    }
    if (!from || from >= end)
        return "";
    size_t n = (size_t)(end - from - 1);
    char *dotted = pr_arena_strndup(a, from + 1, n);
    for (char *c = dotted; *c; c++)
        if (*c == '/')
            *c = '.';
    return dotted;
}

void pr_summary_init(pr_summary *s, pr_arena *a, const char *abspath)
{
    memset(s, 0, sizeof *s);
    s->arena = a;
    s->work = pr_arena_alloc(a, sizeof *s->work);
    memset(s->work, 0, sizeof *s->work);
    const char *slash = strrchr(abspath, '/');
    const char *base = slash ? slash + 1 : abspath;
    size_t stem = strcspn(base, ".");
    bool package = strcmp(base, "__init__.py") == 0 || strcmp(base, "__init__.pyi") == 0;
    /* the directories above, while each is a package: a.b.c from a/b/c.py */
    char name[PATH_MAX] = "";
    size_t len = 0;
    if (!package) {
        memcpy(name, base, stem);
        len = stem;
    }
    const char *end = slash;
    while (end && end > abspath && has_init(abspath, (size_t)(end - abspath))) {
        const char *start = end;
        while (start > abspath && start[-1] != '/')
            start--;
        size_t n = (size_t)(end - start);
        if (len + n + 1 >= sizeof name)
            break;
        memmove(name + n + (len ? 1 : 0), name, len);
        memcpy(name, start, n);
        if (len)
            name[n] = '.';
        len += n + (len ? 1 : 0);
        end = start > abspath ? start - 1 : NULL;
    }
    s->module = pr_arena_strndup(a, name, len);
    s->outer = outer_packages(a, abspath, end);
    if (package)
        s->flags |= PR_MOD_PACKAGE | PR_MOD_NO_UNUSED;
    if (strcmp(base, "setup.py") == 0 || strcmp(base, "conftest.py") == 0 || ends_with(base, ".pyi"))
        s->flags |= PR_MOD_NO_UNUSED;
}

/* A qualified name as the semantic model keeps it (`.m.x` for `from .m import x`) made
** absolute from the module's package. */
static const char *absolute(pr_summary *s, const char *q)
{
    size_t level = strspn(q, ".");
    if (level == 0)
        return q;
    const char *m = s->module;
    size_t plen = strlen(m);
    if (!(s->flags & PR_MOD_PACKAGE))
        level++;
    for (size_t up = 1; up < level; up++) {
        while (plen > 0 && m[plen - 1] != '.')
            plen--;
        if (plen == 0)
            return q + strspn(q, ".");   /* above the tree: as if absolute */
        plen--;
    }
    const char *rest = q + strspn(q, ".");
    size_t rlen = strlen(rest);
    char *out = pr_arena_alloc(s->arena, plen + 1 + rlen + 1);
    memcpy(out, m, plen);
    size_t k = plen;
    if (plen && rlen)
        out[k++] = '.';
    memcpy(out + k, rest, rlen + 1);
    return out;
}

/* ------------------------------------------------------------------ sets of strings */

static uint64_t hash(const char *p, size_t n)
{
    return pr_hash_text(p, n) | 1;
}

/* Adds a string to a list once (by content), copying it. */
static void add_unique(pr_summary *s, const char ***list, uint32_t *n, uint32_t *cap, uint64_t salt,
                       const char *text, size_t len)
{
    uint64_t key = hash(text, len) ^ salt;
    if (!key)
        key = 1;
    if (pr_table_get(&s->work->strings, key, UINT32_MAX) != UINT32_MAX)
        return;
    pr_table_put(s->arena, &s->work->strings, key, *n);
    if (*n == *cap) {
        uint32_t c = *cap ? 2 * *cap : 16;
        *list = pr_arena_grow(s->arena, *list, *cap * sizeof **list, c * sizeof **list);
        *cap = c;
    }
    (*list)[(*n)++] = pr_arena_strndup(s->arena, text, len);
}

static void add_ref(pr_summary *s, const char *text, size_t len)
{
    add_unique(s, &s->refs, &s->nrefs, &s->refs_cap, 0x5245460000000000u, text, len);
}

static void add_attr(pr_summary *s, const char *text)
{
    add_unique(s, &s->attrs, &s->nattrs, &s->attrs_cap, 0x4154545200000000u, text, strlen(text));
}

/* Whether a byte can be part of an identifier (any byte of a non-ASCII letter can). */
static bool word_byte(unsigned char c)
{
    return c == '_' || isalnum(c) || c >= 0x80;
}

void pr_summary_words(pr_summary *s, const char *text, size_t len)
{
    s->flags |= PR_MOD_NO_UNUSED;
    for (size_t i = 0; i < len;) {
        if (!word_byte((unsigned char)text[i]) || isdigit((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < len && word_byte((unsigned char)text[i]))
            i++;
        add_unique(s, &s->attrs, &s->nattrs, &s->attrs_cap, 0x4154545200000000u, text + start, i - start);
    }
}

/* ------------------------------------------------------------------ classes */

static bool is_binding_import(const pr_binding *b)
{
    return b->kind == PR_BIND_IMPORT || b->kind == PR_BIND_SUBMODULE || b->kind == PR_BIND_FROM_IMPORT;
}

typedef struct members {
    pr_summary *s;
    pr_sum_member *items;
    uint32_t n, cap;
} members;

static void add_member(void *data, const pr_node *st)
{
    members *m = data;
    const char *name = NULL;
    bool documented = false;
    if (st->kind == PR_FunctionDef || st->kind == PR_AsyncFunctionDef) {
        name = st->v.FunctionDef.name;
        documented = pr_documented(st);
    } else if (st->kind == PR_ClassDef) {
        name = st->v.ClassDef.name;
    } else if (st->kind == PR_Assign && PR_SEQ_LEN(st->v.Assign.targets) == 1 &&
               PR_SEQ_NODE(st->v.Assign.targets, 0)->kind == PR_Name) {
        name = PR_SEQ_NODE(st->v.Assign.targets, 0)->v.Name.id;
    } else if (st->kind == PR_AnnAssign && st->v.AnnAssign.target->kind == PR_Name) {
        name = st->v.AnnAssign.target->v.Name.id;
    }
    if (!name)
        return;
    if (m->n == m->cap) {
        uint32_t c = m->cap ? 2 * m->cap : 8;
        m->items = pr_arena_grow(m->s->arena, m->items, m->cap * sizeof *m->items, c * sizeof *m->items);
        m->cap = c;
    }
    m->items[m->n++] = (pr_sum_member){name, documented};
}

/* ------------------------------------------------------------------ message templates */

static bool is_name(const pr_node *x, const char *id)
{
    return x->kind == PR_Name && strcmp(x->v.Name.id, id) == 0;
}

bool pr_class_template(const pr_node *cls, const pr_const **text)
{
    const pr_seq *body = cls->v.ClassDef.body;
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *st = PR_SEQ_NODE(body, i);
        if (st->kind != PR_Assign || PR_SEQ_LEN(st->v.Assign.targets) != 1)
            continue;
        const pr_node *t = PR_SEQ_NODE(st->v.Assign.targets, 0), *v = st->v.Assign.value;
        if (!is_name(t, "msg_fmt") && !is_name(t, "message"))
            continue;
        /* _("...") as translated messages are written */
        if (v->kind == PR_Call && PR_SEQ_LEN(v->v.Call.args) == 1)
            v = PR_SEQ_NODE(v->v.Call.args, 0);
        *text = v->kind == PR_Constant && v->v.Constant.value->kind == PR_CONST_STR ? v->v.Constant.value : NULL;
        return true;
    }
    return false;
}

uint32_t pr_template_missing(const char *template, bool (*given)(const void *arg, const char *key),
                             const void *arg, char *out, size_t cap)
{
    uint32_t n = 0;
    size_t len = 0;
    out[0] = '\0';
    for (const char *p = template; (p = strstr(p, "%(")); p++) {
        const char *close = strchr(p + 2, ')');
        if (!close)
            break;
        char key[64];
        size_t k = (size_t)(close - p - 2);
        if (k == 0 || k >= sizeof key)
            continue;
        memcpy(key, p + 2, k);
        key[k] = '\0';
        if (given && given(arg, key))
            continue;
        char item[80];
        snprintf(item, sizeof item, "`%s`", key);
        if (strstr(out, item))
            continue;
        len += (size_t)snprintf(out + len, len < cap ? cap - len : 0, "%s%s", n ? ", " : "", item);
        n++;
    }
    return n;
}

void pr_summary_raise(pr_summary *s, const pr_binding *head, const char *written, const pr_node *exc,
                      const pr_node *call)
{
    /* `mod.X` through `from pkg import mod`, `pkg.mod.X` through `import pkg.mod`, `NF`
    ** through `from pkg.mod import X as NF`, `C` for the file's own class */
    size_t root = strcspn(written, ".");
    const char *from = head->kind == PR_BIND_CLASS ? s->module
                       : head->kind == PR_BIND_SUBMODULE ? NULL
                                                         : absolute(s, head->qualified);
    const char *rest = head->kind == PR_BIND_CLASS || head->kind == PR_BIND_SUBMODULE ? written : written + root;
    char q[1024];
    int n = snprintf(q, sizeof q, "%s%s%s", from ? from : "", from && head->kind == PR_BIND_CLASS ? "." : "", rest);
    if (n <= 0 || (size_t)n >= sizeof q)
        return;
    GROW(s, raises, nraises, raises_cap);
    pr_sum_raise *r = &s->raises[s->nraises++];
    memset(r, 0, sizeof *r);
    r->cls = pr_arena_strndup(s->arena, q, (size_t)n);
    r->written = pr_arena_strndup(s->arena, written, strlen(written));
    r->at = (pr_span){exc->lineno, exc->col, exc->end_lineno, exc->end_col};
    const pr_seq *kws = call ? call->v.Call.keywords : NULL;
    r->keywords = pr_arena_alloc(s->arena, (PR_SEQ_LEN(kws) + 1) * sizeof *r->keywords);
    for (uint32_t i = 0; i < PR_SEQ_LEN(kws); i++)
        r->keywords[r->nkeywords++] = PR_SEQ_NODE(kws, i)->v.keyword.arg;
}

/* ------------------------------------------------------------------ classes */

/* The summary's entry for a class of the module, added when first asked for, with its
** members when the conditions on methods need them. */
static uint32_t class_entry(pr_summary *s, pr_sem *sem, const pr_node *cls, bool with_members)
{
    uint64_t key = (uint64_t)(uintptr_t)cls;
    uint32_t i = pr_table_get(&s->work->classes, key, UINT32_MAX);
    if (i == UINT32_MAX) {
        GROW(s, classes, nclasses, classes_cap);
        i = s->nclasses++;
        pr_table_put(s->arena, &s->work->classes, key, i);
        pr_sum_class *c = &s->classes[i];
        memset(c, 0, sizeof *c);
        c->name = cls->v.ClassDef.name;
        const pr_seq *bases = cls->v.ClassDef.bases;
        c->bases = pr_arena_alloc(s->arena, (PR_SEQ_LEN(bases) + 1) * sizeof *c->bases);
        for (uint32_t k = 0; k < PR_SEQ_LEN(bases); k++) {
            const pr_node *b = PR_SEQ_NODE(bases, k);
            char q[512];
            const char *text = NULL;
            if (pr_qualified_base(sem, b, q, sizeof q)) {
                text = absolute(s, q);
            } else if (b->kind == PR_Name) {
                /* a class of this module, or a builtin: either way, named from here */
                size_t n = (size_t)snprintf(q, sizeof q, "%s.%s", s->module, b->v.Name.id);
                text = n < sizeof q ? q : NULL;
            }
            if (text)
                c->bases[c->nbases++] = pr_arena_strndup(s->arena, text, strlen(text));
        }
        const pr_const *text = NULL;
        if (pr_class_template(cls, &text))
            c->template = text ? text->text : "";
    }
    pr_sum_class *c = &s->classes[i];
    if (with_members && !c->members_known) {
        members m = {s, NULL, 0, 0};
        pr_each_statement(cls->v.ClassDef.body, add_member, &m);
        c->members = m.items;
        c->nmembers = m.n;
        c->members_known = true;
    }
    return i;
}

uint32_t pr_summary_condition(pr_summary *s, pr_sem *sem, const pr_node *cls, pr_cond_kind kind,
                              const char *method)
{
    uint32_t c = class_entry(s, sem, cls, true);
    GROW(s, conds, nconds, conds_cap);
    s->conds[s->nconds++] = (pr_sum_cond){c, (uint8_t)kind, method};
    return s->nconds;
}

uint32_t pr_summary_read_elsewhere(pr_summary *s, const char *name)
{
    GROW(s, conds, nconds, conds_cap);
    /* the name may live in the model, which is gone before the summary is copied */
    const char *own = pr_arena_strndup(s->arena, name, strlen(name));
    s->conds[s->nconds++] = (pr_sum_cond){UINT32_MAX, (uint8_t)PR_COND_READ_ELSEWHERE, own};
    return s->nconds;
}

static bool imported_base(pr_sem *sem, const pr_node *cls)
{
    const pr_seq *bases = cls->v.ClassDef.bases;
    for (uint32_t i = 0; i < PR_SEQ_LEN(bases); i++) {
        char q[512];
        if (pr_qualified_base(sem, PR_SEQ_NODE(bases, i), q, sizeof q))
            return true;
    }
    return false;
}

bool pr_summary_imported_ancestry(const pr_class_index *ix, pr_sem *sem, const pr_node *cls)
{
    if (imported_base(sem, cls))
        return true;
    const pr_node *ancestors[PR_MAX_ANCESTORS];
    uint32_t n = pr_class_ancestors(ix, cls, ancestors, PR_MAX_ANCESTORS);
    for (uint32_t i = 0; i < n; i++)
        if (imported_base(sem, ancestors[i]))
            return true;
    return false;
}

/* ------------------------------------------------------------------ what the module reads */

/* What the module reads of other modules, as the pass finds it. */
typedef struct reads {
    pr_summary *s;
    pr_sem *sem;
    pr_arena *work;              /* the pass's working memory */
    pr_table attr_seen;          /* attribute names added, by their interned pointer */
    bool dynamic;                /* globals() or vars() is called */
} reads;

/* The absolute name a chain `root.a.b` reads when root names the import binding b. */
static void chain_ref(reads *r, const pr_binding *b, const char *root, const char *rest)
{
    pr_summary *s = r->s;
    /* `import a.b` binds a, and `a.b.X` reads what it says */
    const char *base = b->kind == PR_BIND_SUBMODULE ? root : absolute(s, b->qualified);
    char buf[1024];
    size_t m = strlen(base), n = strlen(rest);
    if (m + n + 1 > sizeof buf)
        return;
    memcpy(buf, base, m);
    memcpy(buf + m, rest, n);
    add_ref(s, buf, m + n);
}

/* An attribute chain on a name, `a.b.c`: true with the root Name and the rest (".b.c")
** written to buf. */
static const pr_node *chain_root(const pr_node *e, char *buf, size_t cap)
{
    const pr_node *parts[64];
    int n = 0;
    while (e->kind == PR_Attribute && n < 64) {
        parts[n++] = e;
        e = e->v.Attribute.value;
    }
    if (e->kind != PR_Name)
        return NULL;
    size_t len = 0;
    buf[0] = 0;
    while (n--) {
        const char *a = parts[n]->v.Attribute.attr;
        size_t k = strlen(a);
        if (len + k + 2 > cap)
            return NULL;
        buf[len++] = '.';
        memcpy(buf + len, a, k + 1);
        len += k;
    }
    return e;
}

static bool is_string(const pr_node *e)
{
    return e->kind == PR_Constant && e->v.Constant.value->kind == PR_CONST_STR;
}

/* `name = pkg.mod:func` or `pkg.mod:func` in a string with a colon: an entry point
** (setup.py's entry_points, a plugin table), which reads pkg.mod.func. */
static void entry_point(reads *r, const pr_const *c)
{
    const char *p = c->text, *end = p + c->len;
    const char *eq = memchr(p, '=', c->len);
    if (eq)
        p = eq + 1;
    while (p < end && *p == ' ')
        p++;
    char buf[512];
    size_t n = 0;
    bool colon = false;
    for (; p < end && *p != ' ' && *p != '['; p++) {
        char ch = *p;
        bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                    ch == '_' || (unsigned char)ch >= 0x80;
        if (ch == ':' && !colon && n > 0)
            colon = true, ch = '.';
        else if (ch != '.' && !word)
            return;
        if (n + 1 >= sizeof buf)
            return;
        buf[n++] = ch;
    }
    if (colon && n && buf[n - 1] != '.')
        add_ref(r->s, buf, n);
}

/* The import binding the name node reads, found from the first reference made below the
** node the model noted (pr_sem.reads), or NULL.  Only modules whose references are
** wanted look for them. */
static const pr_binding *import_read(const reads *r, const pr_node *name, uint32_t ref)
{
    enum { NEAR = 64 };   /* a call's first argument follows its function's few names */
    const pr_sem *sem = r->sem;
    if (!r->s->want_refs)
        return NULL;
    for (uint32_t end = ref + NEAR; ref < sem->nrefs && ref < end; ref++) {
        if (sem->refs[ref].node != name)
            continue;
        uint32_t b = sem->refs[ref].binding;
        return b < sem->nbindings && is_binding_import(&sem->bindings[b]) ? &sem->bindings[b] : NULL;
    }
    return NULL;
}

/* An attribute chain on a name: what it reads of an import, or the attribute names it
** reads of anything else. */
static void read_chain(reads *r, const pr_node *top, uint32_t ref)
{
    const pr_node *root = top;
    while (root->kind == PR_Attribute)
        root = root->v.Attribute.value;
    const pr_binding *b = import_read(r, root, ref);
    if (b) {
        /* the dotted rest is only spelled out for chains on an import */
        char rest[1024];
        if (chain_root(top, rest, sizeof rest))
            chain_ref(r, b, root->v.Name.id, rest);
    } else if (top->v.Attribute.ctx == PR_LOAD) {
        for (const pr_node *e = top; e->kind == PR_Attribute; e = e->v.Attribute.value) {
            /* the parser interns identifiers: one pointer per spelling in a file */
            uint64_t key = (uint64_t)(uintptr_t)e->v.Attribute.attr;
            if (pr_table_get(&r->attr_seen, key, 0))
                continue;
            pr_table_put(r->work, &r->attr_seen, key, 1);
            add_attr(r->s, e->v.Attribute.attr);
        }
    }
}

/* A call that reads a namespace (pr_sem_namespace_call). */
static void read_namespace(reads *r, const pr_node *n, uint32_t ref)
{
    const pr_node *f = n->v.Call.func;
    const pr_seq *args = n->v.Call.args;
    const char *id = f->kind == PR_Name ? f->v.Name.id : f->v.Attribute.attr;
    /* vars(mod), dir(mod), inspect.getmembers(mod): the module's whole namespace */
    if ((strcmp(id, "vars") == 0 || strcmp(id, "dir") == 0 || strcmp(id, "getmembers") == 0) &&
        PR_SEQ_LEN(args) >= 1 && PR_SEQ_NODE(args, 0)->kind == PR_Name) {
        const pr_node *obj = PR_SEQ_NODE(args, 0);
        const pr_binding *b = import_read(r, obj, ref);
        if (b)
            chain_ref(r, b, obj->v.Name.id, ".__dict__");
    }
    if (f->kind != PR_Name)
        return;
    if ((strcmp(id, "globals") == 0 || strcmp(id, "vars") == 0) && PR_SEQ_LEN(args) == 0)
        r->dynamic = true;
    if ((strcmp(id, "getattr") == 0 || strcmp(id, "hasattr") == 0 || strcmp(id, "setattr") == 0) &&
        PR_SEQ_LEN(args) >= 2 && is_string(PR_SEQ_NODE(args, 1))) {
        const pr_node *obj = PR_SEQ_NODE(args, 0);
        const char *attr = PR_SEQ_NODE(args, 1)->v.Constant.value->text;
        const pr_binding *b = obj->kind == PR_Name ? import_read(r, obj, ref) : NULL;
        char rest[512];
        if (b && snprintf(rest, sizeof rest, ".%s", attr) < (int)sizeof rest)
            chain_ref(r, b, obj->v.Name.id, rest);
        else
            add_attr(r->s, attr);
    }
}

/* What the module reads through the nodes the model listed for it. */
static void read_all(reads *r)
{
    const pr_sem *sem = r->sem;
    for (uint32_t i = 0; i < sem->nreads; i++) {
        const pr_node *n = sem->reads[i].node;
        if (n->kind == PR_Attribute)
            read_chain(r, n, sem->reads[i].ref);
        else if (n->kind == PR_Call)
            read_namespace(r, n, sem->reads[i].ref);
        else
            entry_point(r, n->v.Constant.value);
    }
}

/* ------------------------------------------------------------------ module-level names */

/* Decorators that leave a definition where it is, so that the name must still be read to
** be used; any other decorator may register it somewhere (a route, a hook, a fixture). */
static bool plain_decorator(const pr_node *d)
{
    static const char *const plain[] = {
        "contextmanager", "asynccontextmanager", "lru_cache", "cache", "wraps", "total_ordering",
        "dataclass", "final", "overload", "deprecated", "runtime_checkable", "singledispatch",
        "cached_property", "staticmethod", "classmethod",
    };
    char dotted[256];
    size_t n = pr_expr_dotted(d, dotted, sizeof dotted);
    if (!n)
        return false;
    const char *last = strrchr(dotted, '.');
    last = last ? last + 1 : dotted;
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
        if (strcmp(last, plain[i]) == 0)
            return true;
    return false;
}

static bool decorated(const pr_node *def)
{
    const pr_seq *ds = def->kind == PR_ClassDef ? def->v.ClassDef.decorator_list
                                                : def->v.FunctionDef.decorator_list;
    for (uint32_t i = 0; i < PR_SEQ_LEN(ds); i++)
        if (!plain_decorator(PR_SEQ_NODE(ds, i)))
            return true;
    return false;
}

/* `if __name__ == "__main__":` */
static bool is_main_guard(const pr_node *s)
{
    if (s->kind != PR_If || s->v.If.test->kind != PR_Compare ||
        PR_SEQ_LEN(s->v.If.test->v.Compare.comparators) != 1)
        return false;
    const pr_node *l = s->v.If.test->v.Compare.left, *r = PR_SEQ_NODE(s->v.If.test->v.Compare.comparators, 0);
    if (l->kind != PR_Name)
        l = r, r = s->v.If.test->v.Compare.left;
    return l->kind == PR_Name && strcmp(l->v.Name.id, "__name__") == 0 && is_string(r) &&
           strcmp(r->v.Constant.value->text, "__main__") == 0;
}

/* Names test runners find by themselves in a test module, and unittest's and pytest's
** module hooks. */
static bool test_runner_name(const char *name)
{
    return strncmp(name, "test", 4) == 0 || strncmp(name, "Test", 4) == 0 ||
           strcmp(name, "load_tests") == 0 || strcmp(name, "setUpModule") == 0 ||
           strcmp(name, "tearDownModule") == 0 || strncmp(name, "pytest_", 7) == 0;
}

/* A class unittest collects: one deriving from a `*TestCase` (or `*Test`) class, or in a
** test module any class with a base (a TestCase, or a mixin of test methods). */
static bool collected_test_class(const pr_node *cls, bool test_module)
{
    const pr_seq *bases = cls->v.ClassDef.bases;
    if (test_module && PR_SEQ_LEN(bases))
        return true;
    for (uint32_t i = 0; i < PR_SEQ_LEN(bases); i++) {
        char dotted[256];
        if (pr_expr_dotted(PR_SEQ_NODE(bases, i), dotted, sizeof dotted) &&
            (ends_with(dotted, "TestCase") || ends_with(dotted, "Test")))
            return true;
    }
    return false;
}

static bool is_dunder(const char *s)
{
    size_t n = strlen(s);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static bool is_constant_name(const char *s)
{
    bool upper = false;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            return false;
        upper |= *s >= 'A' && *s <= 'Z';
    }
    return upper;
}

typedef struct guards {
    uint32_t first[64], last[64];
    uint32_t n;
} guards;

static bool in_guard(const guards *g, uint32_t line)
{
    for (uint32_t i = 0; i < g->n; i++)
        if (line >= g->first[i] && line <= g->last[i])
            return true;
    return false;
}

/* The names read anywhere in the module that resolve to its module-level bindings (or
** to nothing, or to a `global` declaration): name id -> 1. */
static void module_reads(pr_sem *sem, pr_arena *a, pr_table *read)
{
    for (uint32_t i = 0; i < sem->nrefs; i++) {
        const pr_ref *r = &sem->refs[i];
        if (r->binding == PR_SEM_BUILTIN)
            continue;
        if (r->binding != PR_SEM_NONE) {
            const pr_binding *b = &sem->bindings[r->binding];
            if (b->scope != 0 && b->kind != PR_BIND_GLOBAL)
                continue;
        }
        pr_table_put(a, read, (uint64_t)r->name + 1, 1);
    }
}

/* The module-level imports, by which other modules reach what this one re-exports. */
static void add_imports(pr_summary *s, pr_sem *sem)
{
    for (uint32_t i = 0; i < sem->nbindings; i++) {
        const pr_binding *b = &sem->bindings[i];
        if (b->scope != 0 || !(b->kind == PR_BIND_IMPORT || b->kind == PR_BIND_FROM_IMPORT ||
                               b->kind == PR_BIND_STAR))
            continue;
        GROW(s, imports, nimports, imports_cap);
        s->imports[s->nimports++] = (pr_sum_import){b->kind == PR_BIND_STAR ? "*" : sem->names[b->name].text,
                                                    absolute(s, b->qualified)};
    }
}

static void add_defs(pr_review_ctx *ctx, pr_summary *s, const pr_node *module)
{
    pr_sem *sem = ctx->sem;
    guards g = {.n = 0};
    const pr_seq *body = module->v.Module.body;
    for (uint32_t i = 0; i < PR_SEQ_LEN(body) && g.n < 64; i++) {
        const pr_node *st = PR_SEQ_NODE(body, i);
        if (is_main_guard(st)) {
            g.first[g.n] = st->lineno;
            g.last[g.n++] = st->end_lineno;
        }
    }
    pr_table read = {0}, exported = {0}, done = {0};
    module_reads(sem, ctx->arena, &read);
    bool all_known = false;
    const pr_binding *all = pr_module_all(sem, module, &all_known);
    for (uint32_t i = 0; i < sem->nbindings; i++) {
        const pr_binding *b = &sem->bindings[i];
        if (b->scope == 0 && b->kind == PR_BIND_EXPORT)
            for (uint32_t k = 0; k < b->nexports; k++)
                pr_table_put(ctx->arena, &exported, (uint64_t)sem->exports[b->first_export + k].name + 1, 1);
    }
    if (all && all_known)
        s->flags |= PR_MOD_ALL;
    else if (all)
        s->flags |= PR_MOD_NO_UNUSED;   /* an __all__ made at run time may hold anything */
    bool test = ctx->test_file;
    for (uint32_t i = 0; i < sem->nbindings; i++) {
        const pr_binding *b = &sem->bindings[i];
        if (b->scope != 0)
            continue;
        const char *name = sem->names[b->name].text;
        if (b->kind == PR_BIND_FUNCTION && strcmp(name, "__getattr__") == 0)
            s->flags |= PR_MOD_NO_UNUSED;   /* PEP 562: the module answers for any name */
        uint64_t key = (uint64_t)b->name + 1;
        if (pr_table_get(&done, key, 0))
            continue;
        pr_table_put(ctx->arena, &done, key, 1);
        int kind = b->kind == PR_BIND_FUNCTION ? PR_DEF_FUNCTION
                   : b->kind == PR_BIND_CLASS  ? PR_DEF_CLASS
                   : b->kind == PR_BIND_ASSIGN || b->kind == PR_BIND_UNPACKED
                       ? (is_constant_name(name) ? PR_DEF_CONSTANT : PR_DEF_VARIABLE)
                       : -1;
        if (kind < 0 || name[0] == '_' || is_dunder(name) || pr_table_get(&read, key, 0) ||
            pr_table_get(&exported, key, 0) || in_guard(&g, b->node->lineno) ||
            (test && (test_runner_name(name) || b->kind == PR_BIND_UNPACKED)))
            continue;
        if ((kind == PR_DEF_FUNCTION || kind == PR_DEF_CLASS) && decorated(b->node))
            continue;
        if (kind == PR_DEF_CLASS && collected_test_class(b->node, test))
            continue;
        GROW(s, defs, ndefs, defs_cap);
        s->defs[s->ndefs++] = (pr_sum_def){name, (uint8_t)kind, pr_sem_binding_span(sem, b), 0};
    }
}

void pr_pass_summary(pr_review_ctx *ctx)
{
    pr_summary *s = ctx->summary;
    if (!s)
        return;
    pr_sem *sem = ctx->sem;
    const pr_node *module = ctx->parsed->module;
    reads r = {.s = s, .sem = sem, .work = ctx->arena};
    for (uint32_t i = 0; s->want_refs && i < sem->nbindings; i++) {
        const pr_binding *b = &sem->bindings[i];
        if (is_binding_import(b)) {
            const char *q = b->kind == PR_BIND_SUBMODULE ? b->qualified : absolute(s, b->qualified);
            add_ref(s, q, strlen(q));
        } else if (b->kind == PR_BIND_STAR) {
            char buf[1024];
            int n = snprintf(buf, sizeof buf, "%s.*", absolute(s, b->qualified));
            if (n > 0 && (size_t)n < sizeof buf)
                add_ref(s, buf, (size_t)n);
        }
    }
    if (s->want_refs || s->want_defs)
        read_all(&r);
    if (r.dynamic)
        s->flags |= PR_MOD_NO_UNUSED;
    if (s->want_refs || s->want_defs || s->want_classes || s->want_templates)
        add_imports(s, sem);
    if (s->want_defs)
        add_defs(ctx, s, module);
    if (s->want_classes || s->want_templates) {
        pr_class_index ix;
        pr_class_index_build(ctx->arena, module, &ix);
        /* for the templates alone, a class with no base and no template of its own has
        ** none to give */
        const pr_const *text;
        for (uint32_t i = 0; i < ix.n; i++)
            if (s->want_classes || PR_SEQ_LEN(ix.classes[i]->v.ClassDef.bases) ||
                pr_class_template(ix.classes[i], &text))
                class_entry(s, sem, ix.classes[i], s->want_classes);
    }
}

/* ------------------------------------------------------------------ the copy */

typedef struct copier {
    pr_arena *to;                /* the copies */
    pr_arena *index;             /* the table and list that find them again */
    pr_table seen;               /* source pointer -> index in copies */
    const char **copies;
    uint32_t n, cap;
} copier;

static const char *copy_str(copier *c, const char *s)
{
    if (!s)
        return NULL;
    uint64_t key = (uint64_t)(uintptr_t)s;
    uint32_t i = pr_table_get(&c->seen, key, UINT32_MAX);
    if (i != UINT32_MAX)
        return c->copies[i];
    if (c->n == c->cap) {
        uint32_t cap = c->cap ? 2 * c->cap : 64;
        c->copies = pr_arena_grow(c->index, c->copies, c->cap * sizeof *c->copies, cap * sizeof *c->copies);
        c->cap = cap;
    }
    const char *copy = pr_arena_strndup(c->to, s, strlen(s));
    pr_table_put(c->index, &c->seen, key, c->n);
    c->copies[c->n++] = copy;
    return copy;
}

/* An empty list is NULL: most of a summary's are. */
#define COPY_ARRAY(to, dst, src, n)                                                          \
    do {                                                                                     \
        (dst) = (n) ? pr_arena_alloc(to, (n) * sizeof *(dst)) : NULL;                        \
        if (n)                                                                               \
            memcpy((void *)(dst), (src), (n) * sizeof *(dst));                               \
    } while (0)

pr_summary *pr_summary_copy(pr_arena *to, const pr_summary *s)
{
    /* each string is copied once; the index that finds the copies is thrown away */
    pr_arena scratch;
    pr_arena_init(&scratch);
    scratch.oom = to->oom;
    copier c = {.to = to, .index = &scratch};
    /* room for the strings of the larger lists, so that the index seldom grows */
    pr_table_reserve(&scratch, &c.seen, s->ndefs + 2 * s->nimports + s->nrefs + s->nattrs + s->nidents +
                                            s->nstyles + s->nconds + 2 * s->nclasses + s->nraises);
    pr_summary *d = pr_arena_alloc(to, sizeof *d);
    memset(d, 0, sizeof *d);
    d->flags = s->flags;
    d->module = pr_arena_strndup(to, s->module, strlen(s->module));
    d->outer = pr_arena_strndup(to, s->outer, strlen(s->outer));
    COPY_ARRAY(to, d->defs, s->defs, s->ndefs);
    d->ndefs = s->ndefs;
    COPY_ARRAY(to, d->imports, s->imports, s->nimports);
    d->nimports = s->nimports;
    COPY_ARRAY(to, d->refs, s->refs, s->nrefs);
    d->nrefs = s->nrefs;
    COPY_ARRAY(to, d->attrs, s->attrs, s->nattrs);
    d->nattrs = s->nattrs;
    COPY_ARRAY(to, d->idents, s->idents, s->nidents);
    d->nidents = s->nidents;
    COPY_ARRAY(to, d->classes, s->classes, s->nclasses);
    d->nclasses = s->nclasses;
    COPY_ARRAY(to, d->conds, s->conds, s->nconds);
    d->nconds = s->nconds;
    COPY_ARRAY(to, d->raises, s->raises, s->nraises);
    d->nraises = s->nraises;
    for (uint32_t i = 0; i < d->ndefs; i++)
        d->defs[i].name = copy_str(&c, d->defs[i].name);
    for (uint32_t i = 0; i < d->nimports; i++) {
        d->imports[i].name = copy_str(&c, d->imports[i].name);
        d->imports[i].target = copy_str(&c, d->imports[i].target);
    }
    for (uint32_t i = 0; i < d->nrefs; i++)
        d->refs[i] = copy_str(&c, d->refs[i]);
    for (uint32_t i = 0; i < d->nattrs; i++)
        d->attrs[i] = copy_str(&c, d->attrs[i]);
    for (uint32_t i = 0; i < d->nidents; i++)
        d->idents[i].name = copy_str(&c, d->idents[i].name);
    /* RVW101's names: each counted, whole only those the join may report */
    uint32_t named = 0;
    for (uint32_t i = 0; i < s->nstyles; i++)
        named += s->styles[i].name != NULL;
    d->styles = named ? pr_arena_alloc(to, named * sizeof *d->styles) : NULL;
    d->counts = s->nstyles ? pr_arena_alloc(to, s->nstyles * sizeof *d->counts) : NULL;
    d->ncounts = s->nstyles;
    for (uint32_t i = 0; i < s->nstyles; i++) {
        const pr_sum_style *st = &s->styles[i];
        d->counts[i] = (pr_sum_count){st->kind, st->style, st->cond, st->name ? d->nstyles : UINT32_MAX};
        if (st->name) {
            d->styles[d->nstyles] = *st;
            d->styles[d->nstyles++].name = copy_str(&c, st->name);
        }
    }
    for (uint32_t i = 0; i < d->nconds; i++)
        d->conds[i].method = copy_str(&c, d->conds[i].method);
    for (uint32_t i = 0; i < d->nclasses; i++) {
        pr_sum_class *k = &d->classes[i];
        k->name = copy_str(&c, k->name);
        const char **bases = k->bases;
        COPY_ARRAY(to, k->bases, bases, k->nbases);
        for (uint32_t j = 0; j < k->nbases; j++)
            k->bases[j] = copy_str(&c, k->bases[j]);
        pr_sum_member *m = k->members;
        COPY_ARRAY(to, k->members, m, k->nmembers);
        for (uint32_t j = 0; j < k->nmembers; j++)
            k->members[j].name = copy_str(&c, k->members[j].name);
        k->template = copy_str(&c, k->template);
    }
    for (uint32_t i = 0; i < d->nraises; i++) {
        pr_sum_raise *r = &d->raises[i];
        r->cls = copy_str(&c, r->cls);
        r->written = copy_str(&c, r->written);
        const char **kws = r->keywords;
        COPY_ARRAY(to, r->keywords, kws, r->nkeywords);
        for (uint32_t j = 0; j < r->nkeywords; j++)
            r->keywords[j] = copy_str(&c, r->keywords[j]);
    }
    pr_arena_free(&scratch);
    return d;
}
