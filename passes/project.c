/* The whole-project join (see project.h): the summaries of every reviewed file, read
** together once all files are done.  Modules are found by their dotted names; a name read
** through an import (`from a.b import X`, `a.b.X`, `getattr(a.b, "X")`, `from a.b import
** *`) marks X used in module a.b, and when a.b only imports X from elsewhere (an
** `__init__.py` re-export), in the module it came from too.  RVW202 reports the public
** names nothing marked; RVW102 the minority spellings of identifiers whose spellings
** differ only in style; the conditions of the per-file findings are decided by
** following base classes from module to module, and so are the message templates of the
** classes the files raise without seeing them (RVW401, RVW403). */
#include <stdio.h>
#include <string.h>

#include "ast/hash.h"
#include "passes/namecase.h"
#include "passes/project.h"

enum { NONE = UINT32_MAX, NOT_FOUND = UINT32_MAX - 1, MAX_DEPTH = 16 };

/* ------------------------------------------------------------------ string maps */

/* Open addressing; each slot keeps its key's hash, so that a probe touches the key's text
** only when the hashes match, and growing does not hash the keys again. */
typedef struct strslot {
    const char *key;            /* NULL: empty */
    uint32_t len, hash, value;
} strslot;

typedef struct strmap {
    strslot *slots;
    uint32_t cap, n;
} strmap;

static uint32_t fold(uint64_t h)
{
    return (uint32_t)(h ^ h >> 32);
}

static uint32_t hash(const char *p, size_t n)
{
    return fold(pr_hash_text(p, n));
}

static uint32_t slot(const strmap *m, const char *k, size_t n, uint32_t h)
{
    uint32_t i = h & (m->cap - 1);
    for (const strslot *e; (e = &m->slots[i])->key; i = (i + 1) & (m->cap - 1))
        if (e->hash == h && e->len == n && memcmp(e->key, k, n) == 0)
            break;
    return i;
}

/* The value of the key (k, n), whose hash is h, or NONE. */
static uint32_t map_find(const strmap *m, const char *k, size_t n, uint32_t h)
{
    if (!m->cap)
        return NONE;
    const strslot *e = &m->slots[slot(m, k, n, h)];
    return e->key ? e->value : NONE;
}

static uint32_t map_get(const strmap *m, const char *k, size_t n)
{
    return map_find(m, k, n, hash(k, n));
}

/* Stores value under the key (k, n), which must outlive the map; returns the value the
** key already had, or NONE. */
static uint32_t map_put(pr_arena *a, strmap *m, const char *k, size_t n, uint32_t value)
{
    if (2 * (m->n + 1) > m->cap) {
        strmap bigger = {NULL, m->cap ? 2 * m->cap : 16, m->n};
        bigger.slots = pr_arena_alloc(a, bigger.cap * sizeof *bigger.slots);
        memset(bigger.slots, 0, bigger.cap * sizeof *bigger.slots);
        for (uint32_t i = 0; i < m->cap; i++)
            if (m->slots[i].key) {
                uint32_t j = m->slots[i].hash & (bigger.cap - 1);
                while (bigger.slots[j].key)
                    j = (j + 1) & (bigger.cap - 1);
                bigger.slots[j] = m->slots[i];
            }
        *m = bigger;
    }
    uint32_t h = hash(k, n);
    strslot *e = &m->slots[slot(m, k, n, h)];
    if (e->key)
        return e->value;
    *e = (strslot){k, (uint32_t)n, h, value};
    m->n++;
    return NONE;
}

/* ------------------------------------------------------------------ the modules */

/* The files a module name stands for, in file order: several files can be one module (a
** module reviewed twice, or in two trees), and a name can stand for modules of several
** trees through namespace packages. */
typedef struct module_entry {
    uint32_t file, next, last;   /* last: of the chain, kept in its first entry */
} module_entry;

/* What may decide a method of a class, besides the class itself: an ancestor in the tree
** that lists its members (cls, and the join's state of it), or a base outside it (or
** listing none), which the standard library may make impose a name (library: its dotted
** name). */
typedef struct ancestor {
    const pr_sum_class *cls;
    struct class_state *state;
    const char *library;
} ancestor;

/* What the join learnt of a class of the tree, each when first asked: its members by
** name, what its bases name in the tree, and its ancestors in the order the bases are
** followed (a class of many methods asks each method's condition of the same bases). */
typedef struct class_state {
    strmap members;              /* member -> index */
    uint32_t *bases;             /* per base: its index in found, or NOT_FOUND */
    bool listed;                 /* the ancestors are */
    ancestor *ancestors;
    uint32_t nancestors;
} class_state;

typedef struct pr_join {
    pr_project *p;
    strmap modules;              /* module name, or a name namespace packages may give
                                 ** it (summary->outer) -> its first entry */
    module_entry *entries;
    uint32_t nentries, entries_cap;
    strmap used;                 /* "module:name" -> 1 */
    strmap starred;              /* module -> 1: some module imports * from it */
    strmap attrs;                /* attribute names read of anything but a module */
    strmap whole;                /* module -> 1: its whole namespace is read (`mod.__dict__`) */
    uint8_t **holds;             /* per file, per condition: 0 not decided yet, 1 no, 2 yes */
    class_state **classes;       /* per file, per class (made when first asked) */
    strmap bases;                /* a base's dotted name -> index in found, or NOT_FOUND */
    uint32_t (*found)[2];        /* (file, class) */
    uint32_t nfound, found_cap;
    ancestor *listing;           /* the ancestors of the class being listed, copied out */
    uint32_t nlisting, listing_cap;
} join;

static const pr_summary *summary(const join *j, uint32_t f)
{
    return j->p->files[f].summary;
}

/* The first entry of the files a module name stands for, or NONE. */
static uint32_t module_file(const join *j, const char *name, size_t n)
{
    return map_get(&j->modules, name, n);
}

#define EACH_FILE(j, e, first) \
    for (uint32_t e = (first); e != NONE; e = (j)->entries[e].next)

static void mark(join *j, const char *text, size_t n, int depth);

/* Marks name (n bytes) used in each module the name's entries stand for, and where each
** module took it from. */
static void mark_name(join *j, uint32_t first, const char *name, size_t n, const char *rest, int depth)
{
    EACH_FILE(j, e, first) {
        const char *module = summary(j, j->entries[e].file)->module;
        size_t m = strlen(module);
        char *key = pr_arena_alloc(j->p->arena, m + 1 + n + 1);
        memcpy(key, module, m);
        key[m] = ':';
        memcpy(key + m + 1, name, n);
        key[m + 1 + n] = 0;
        if (map_put(j->p->arena, &j->used, key, m + 1 + n, 1) != NONE)
            continue;
        EACH_FILE(j, g, module_file(j, module, m)) {
            const pr_summary *s = summary(j, j->entries[g].file);
            if (strcmp(s->module, module) != 0)
                continue;   /* a namespace package's name for another module */
            for (uint32_t i = 0; i < s->nimports; i++) {
                const pr_sum_import *im = &s->imports[i];
                bool star = strcmp(im->name, "*") == 0;
                if (!star && !(strlen(im->name) == n && memcmp(im->name, name, n) == 0))
                    continue;
                char buf[1024];
                int len = star ? snprintf(buf, sizeof buf, "%s.%.*s%s", im->target, (int)n, name, rest)
                               : snprintf(buf, sizeof buf, "%s%s", im->target, rest);
                if (len > 0 && (size_t)len < sizeof buf)
                    mark(j, buf, (size_t)len, depth + 1);
            }
        }
    }
}

/* Marks what an absolute dotted name read (`a.b.X.y`, `a.b.*`) reads of the tree's modules:
** X of the longest prefix that is a module. */
static void mark(join *j, const char *text, size_t n, int depth)
{
    if (depth > MAX_DEPTH)
        return;
    if (n > 2 && text[n - 1] == '*' && text[n - 2] == '.') {
        EACH_FILE(j, e, module_file(j, text, n - 2)) {
            const pr_summary *s = summary(j, j->entries[e].file);
            if (map_put(j->p->arena, &j->starred, s->module, strlen(s->module), 1) != NONE)
                continue;
            /* what the module itself imports with * comes along */
            for (uint32_t i = 0; i < s->nimports; i++)
                if (strcmp(s->imports[i].name, "*") == 0) {
                    char buf[1024];
                    int len = snprintf(buf, sizeof buf, "%s.*", s->imports[i].target);
                    if (len > 0 && (size_t)len < sizeof buf)
                        mark(j, buf, (size_t)len, depth + 1);
                }
        }
        return;
    }
    /* the longest prefix that names a module of the tree */
    size_t m = n;
    uint32_t first = NONE;
    for (;;) {
        first = module_file(j, text, m);
        if (first != NONE)
            break;
        while (m > 0 && text[m - 1] != '.')
            m--;
        if (m == 0)
            return;
        m--;
    }
    if (m == n)
        return;   /* the module itself */
    const char *name = text + m + 1;
    size_t len = strcspn(name, ".");
    if (len > (size_t)(text + n - name))
        len = (size_t)(text + n - name);
    if (len == 8 && memcmp(name, "__dict__", 8) == 0) {
        EACH_FILE(j, e, first) {
            const char *module = summary(j, j->entries[e].file)->module;
            map_put(j->p->arena, &j->whole, module, strlen(module), 1);
        }
        return;
    }
    mark_name(j, first, name, len, name + len, depth);
}

/* Whether a module reads the name of module s by name: imports it, reads it as an
** attribute of the module or of anything, or reads the module's whole namespace. */
static bool read_by_name(join *j, const pr_summary *s, const char *name)
{
    size_t m = strlen(s->module), n = strlen(name);
    char buf[1024];
    if (m + 1 + n + 1 > sizeof buf)
        return true;
    memcpy(buf, s->module, m);
    buf[m] = ':';
    memcpy(buf + m + 1, name, n + 1);
    if (map_get(&j->used, buf, m + 1 + n) != NONE)
        return true;
    if (map_get(&j->whole, s->module, m) != NONE)
        return true;
    return map_get(&j->attrs, name, n) != NONE;
}

static bool is_used(join *j, const pr_summary *s, const char *name)
{
    if (!(s->flags & PR_MOD_ALL) && map_get(&j->starred, s->module, strlen(s->module)) != NONE)
        return true;
    return read_by_name(j, s, name);
}

static void add_finding(pr_project *p, uint32_t file, pr_rule rule, uint8_t confidence, uint32_t site,
                        const char *message)
{
    if (p->nfindings == p->findings_cap) {
        uint32_t cap = p->findings_cap ? 2 * p->findings_cap : 64;
        p->findings = pr_arena_grow(p->arena, p->findings, p->findings_cap * sizeof *p->findings,
                                    cap * sizeof *p->findings);
        p->findings_cap = cap;
    }
    p->findings[p->nfindings++] =
        (pr_project_finding){file, (uint16_t)rule, confidence, site,
                             pr_arena_strndup(p->arena, message, strlen(message))};
}

/* ------------------------------------------------------------------ RVW202 */

static const char *const def_words[] = {"variable", "constant", "function", "class"};

static void unused_names(join *j)
{
    pr_project *p = j->p;
    for (uint32_t i = 0; i < p->nentry_points; i++)
        mark(j, p->entry_points[i], strlen(p->entry_points[i]), 0);
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = summary(j, f);
        if (!s)
            continue;
        for (uint32_t i = 0; i < s->nrefs; i++)
            mark(j, s->refs[i], strlen(s->refs[i]), 0);
        for (uint32_t i = 0; i < s->nattrs; i++)
            map_put(p->arena, &j->attrs, s->attrs[i], strlen(s->attrs[i]), 1);
    }
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = summary(j, f);
        if (!s || !p->files[f].rvw202 || (s->flags & PR_MOD_NO_UNUSED))
            continue;
        for (uint32_t i = 0; i < s->ndefs; i++) {
            const pr_sum_def *d = &s->defs[i];
            if (is_used(j, s, d->name))
                continue;
            char msg[512];
            snprintf(msg, sizeof msg, pr_rules[PR_RULE_RVW202].message, def_words[d->kind], d->name,
                     p->tree ? "nor by any module of the reviewed tree"
                             : "and only the files given were reviewed, so other modules may use it");
            uint8_t confidence = !p->tree ? PR_LOW
                                 : d->kind == PR_DEF_FUNCTION || d->kind == PR_DEF_CLASS ? PR_LOW
                                                                                          : PR_MEDIUM;
            add_finding(p, f, PR_RULE_RVW202, confidence, d->site, msg);
        }
    }
}

/* ------------------------------------------------------------------ RVW102 */

/* One spelling of a key (its name less the leading and trailing underscores, which make
** a name private or special, not a style): how many modules use it, the first of them,
** and the last file counted (each module once). */
typedef struct spelling {
    const char *name;
    uint32_t key;                /* index in the keys */
    uint8_t style;
    uint32_t modules, first, last;
    uint32_t reported;           /* the last file it was reported in */
} spelling;

/* A key: per style, the modules that spell it so and the spelling most of them use. */
typedef struct key_use {
    uint32_t style_modules[PR_NSTYLES], style_last[PR_NSTYLES], style_best[PR_NSTYLES];
} key_use;

bool pr_identifier_key(const char *name, char *buf, size_t cap)
{
    size_t n = 0;
    for (const char *c = name; *c; c++) {
        if (*c == '_')
            continue;
        if (n + 1 >= cap)
            return false;
        buf[n++] = *c >= 'A' && *c <= 'Z' ? (char)(*c - 'A' + 'a') : *c;
    }
    buf[n] = 0;
    return n > 0;
}

static bool ident_void(join *j, uint32_t f, const pr_sum_ident *id)
{
    return id->cond && pr_project_condition_holds(j->p, f, id->cond);
}

/* The name without its leading and trailing underscores: (start, length). */
static const char *stripped(const char *name, size_t *len)
{
    while (*name == '_')
        name++;
    size_t n = strlen(name);
    while (n > 0 && name[n - 1] == '_')
        n--;
    *len = n;
    return name;
}

uint32_t pr_identifier_key_hash(const char *name)
{
    /* hash(key) of pr_identifier_key's key, made as the key is read, for every name of
    ** the tree: the same length limit, the same hash */
    uint64_t h = PR_HASH_SEED;
    size_t n = 0;
    for (const char *c = name; *c; c++) {
        if (*c == '_')
            continue;
        if (++n >= 256)
            return 0;
        unsigned char lower = *c >= 'A' && *c <= 'Z' ? (unsigned char)(*c - 'A' + 'a') : (unsigned char)*c;
        h = pr_hash_byte(h, lower);
    }
    if (n == 0)
        return 0;
    uint32_t k = fold(h);
    return k ? k : 1;
}

/* A slot of RVW102's first pass, whose table holds the key hash of every identifier of
** the tree: the styles spelt under it, a bit each (0: empty). */
typedef struct key_slot {
    uint32_t hash, styles;
} key_slot;

static uint32_t key_slot_of(const key_slot *t, uint32_t cap, uint32_t h)
{
    uint32_t i = h & (cap - 1);
    while (t[i].styles && t[i].hash != h)
        i = (i + 1) & (cap - 1);
    return i;
}

/* Most keys are spelt in one style only and are never reported: a first pass finds the
** styles under each key hash, without reading a name, in a table sized once for every
** identifier.  Only the identifiers whose hash has two styles or more (two keys of one
** hash merely cost a look) get their exact key, a spelling, and their conditions decided. */
static void mixed_spellings(join *j)
{
    pr_project *p = j->p;
    pr_arena *a = p->arena;
    uint32_t total = 0;
    for (uint32_t f = 0; f < p->nfiles; f++)
        total += summary(j, f) ? summary(j, f)->nidents : 0;
    uint32_t nslots = 16;
    while (nslots < 2 * (total + 1))
        nslots *= 2;
    key_slot *keys = pr_arena_alloc(a, nslots * sizeof *keys);
    memset(keys, 0, nslots * sizeof *keys);
    strmap names = {0}, exact = {0};
    /* each ident's key slot, then its spelling (NONE: none, or a hash of one style) */
    uint32_t **spelt = pr_arena_alloc(a, (p->nfiles + 1) * sizeof *spelt);
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = summary(j, f);
        spelt[f] = s ? pr_arena_alloc(a, (s->nidents + 1) * sizeof **spelt) : NULL;
        for (uint32_t i = 0; s && i < s->nidents; i++) {
            const pr_sum_ident *id = &s->idents[i];
            spelt[f][i] = NONE;
            if (id->style >= PR_NSTYLES || !id->key)
                continue;
            uint32_t k = key_slot_of(keys, nslots, id->key);
            keys[k].hash = id->key;
            keys[k].styles |= 1u << id->style;
            spelt[f][i] = k;
        }
    }
    spelling *sp = NULL;
    key_use *ku = NULL;
    uint32_t nsp = 0, sp_cap = 0, nkeys = 0, keys_cap = 0;
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = summary(j, f);
        for (uint32_t i = 0; s && i < s->nidents; i++) {
            const pr_sum_ident *id = &s->idents[i];
            if (spelt[f][i] == NONE)
                continue;
            uint32_t mask = keys[spelt[f][i]].styles;
            if (!(mask & (mask - 1))) {
                spelt[f][i] = NONE;
                continue;
            }
            size_t nlen;
            const char *name = stripped(id->name, &nlen);
            uint32_t k = map_get(&names, name, nlen);
            if (k == NONE) {
                char buf[256];
                pr_identifier_key(id->name, buf, sizeof buf);
                size_t klen = strlen(buf);
                uint32_t key = map_get(&exact, buf, klen);
                if (key == NONE) {
                    if (nkeys == keys_cap) {
                        uint32_t cap = keys_cap ? 2 * keys_cap : 64;
                        ku = pr_arena_grow(a, ku, keys_cap * sizeof *ku, cap * sizeof *ku);
                        keys_cap = cap;
                    }
                    for (int st = 0; st < PR_NSTYLES; st++) {
                        ku[nkeys].style_modules[st] = 0;
                        ku[nkeys].style_last[st] = ku[nkeys].style_best[st] = NONE;
                    }
                    key = nkeys++;
                    map_put(a, &exact, pr_arena_strndup(a, buf, klen), klen, key);
                }
                if (nsp == sp_cap) {
                    uint32_t cap = sp_cap ? 2 * sp_cap : 64;
                    sp = pr_arena_grow(a, sp, sp_cap * sizeof *sp, cap * sizeof *sp);
                    sp_cap = cap;
                }
                k = nsp++;
                sp[k] = (spelling){id->name, key, id->style, 0, NONE, NONE, NONE};
                map_put(a, &names, name, nlen, k);
            }
            spelt[f][i] = k;
        }
    }
    /* the modules of each spelling that no condition voids there */
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = summary(j, f);
        for (uint32_t i = 0; s && i < s->nidents; i++) {
            uint32_t k = spelt[f][i];
            if (k == NONE || ident_void(j, f, &s->idents[i]))
                continue;
            spelling *e = &sp[k];
            key_use *u = &ku[e->key];
            if (e->last != f) {
                e->modules++;
                e->last = f;
                if (e->first == NONE)   /* named as where it first counts */
                    e->first = f, e->name = s->idents[i].name;
            }
            if (u->style_last[e->style] != f) {
                u->style_modules[e->style]++;
                u->style_last[e->style] = f;
            }
            uint32_t best = u->style_best[e->style];
            if (best == NONE || sp[best].modules < e->modules)
                u->style_best[e->style] = k;
        }
    }
    /* each name of a style that another style of its key prevails over, at its first
    ** place in each module */
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = summary(j, f);
        if (!s || !p->files[f].rvw102)
            continue;
        for (uint32_t i = 0; i < s->nidents; i++) {
            const pr_sum_ident *id = &s->idents[i];
            uint32_t k = spelt[f][i];
            if (k == NONE)
                continue;
            if (ident_void(j, f, id))
                continue;
            const key_use *u = &ku[sp[k].key];
            int top = -1;
            bool tie = false;
            for (int st = 0; st < PR_NSTYLES; st++) {
                if (!u->style_modules[st])
                    continue;
                if (top < 0 || u->style_modules[st] > u->style_modules[top])
                    top = st, tie = false;
                else if (u->style_modules[st] == u->style_modules[top])
                    tie = true;
            }
            if (tie || top == id->style)
                continue;
            /* once per module: at the first place of this spelling in the file */
            if (sp[k].reported == f)
                continue;
            sp[k].reported = f;
            const spelling *best = &sp[u->style_best[top]];
            char msg[512];
            snprintf(msg, sizeof msg, pr_rules[PR_RULE_RVW102].message, id->name, best->name,
                     (unsigned)u->style_modules[top], p->files[best->first].path,
                     (unsigned)u->style_modules[id->style]);
            add_finding(p, f, PR_RULE_RVW102, pr_rules[PR_RULE_RVW102].confidence, id->site, msg);
        }
    }
}

/* ------------------------------------------------------------------ classes across files */

/* The class an absolute dotted name names in the tree: (file, index in its classes). */
static bool find_class(join *j, const char *q, int depth, uint32_t *file, uint32_t *cls)
{
    if (depth > MAX_DEPTH)
        return false;
    const char *dot = strrchr(q, '.');
    if (!dot)
        return false;
    size_t m = (size_t)(dot - q);
    const char *name = dot + 1;
    EACH_FILE(j, e, module_file(j, q, m)) {
        uint32_t f = j->entries[e].file;
        const pr_summary *s = summary(j, f);
        for (uint32_t i = 0; i < s->nclasses; i++)
            if (strcmp(s->classes[i].name, name) == 0) {
                *file = f;
                *cls = i;
                return true;
            }
        /* re-exported: follow the import */
        for (uint32_t i = 0; i < s->nimports; i++)
            if (strcmp(s->imports[i].name, name) == 0 && strcmp(s->imports[i].target, q) != 0 &&
                find_class(j, s->imports[i].target, depth + 1, file, cls))
                return true;
    }
    return false;
}

/* The class a base names, as find_class says, asked once per name: its index in found,
** or NOT_FOUND. */
static uint32_t base_index(join *j, const char *base)
{
    size_t n = strlen(base);
    uint32_t k = map_get(&j->bases, base, n);
    if (k == NONE) {
        uint32_t f, c;
        k = NOT_FOUND;
        if (find_class(j, base, 0, &f, &c)) {
            if (j->nfound == j->found_cap) {
                uint32_t cap = j->found_cap ? 2 * j->found_cap : 64;
                j->found = pr_arena_grow(j->p->arena, j->found, j->found_cap * sizeof *j->found,
                                         cap * sizeof *j->found);
                j->found_cap = cap;
            }
            k = j->nfound++;
            j->found[k][0] = f;
            j->found[k][1] = c;
        }
        map_put(j->p->arena, &j->bases, base, n, k);
    }
    return k;
}

static bool found_class(const join *j, uint32_t k, uint32_t *file, uint32_t *cls)
{
    if (k == NOT_FOUND)
        return false;
    *file = j->found[k][0];
    *cls = j->found[k][1];
    return true;
}

static class_state *class_state_of(join *j, uint32_t file, uint32_t cls)
{
    if (!j->classes[file]) {
        size_t size = summary(j, file)->nclasses * sizeof *j->classes[file];
        j->classes[file] = pr_arena_alloc(j->p->arena, size);
        memset(j->classes[file], 0, size);
    }
    return &j->classes[file][cls];
}

/* The class base b of class (file, cls) names in the tree. */
static bool class_base(join *j, uint32_t file, uint32_t cls, uint32_t b, uint32_t *bf, uint32_t *bc)
{
    class_state *st = class_state_of(j, file, cls);
    const pr_sum_class *c = &summary(j, file)->classes[cls];
    if (!st->bases) {
        st->bases = pr_arena_alloc(j->p->arena, (c->nbases + 1) * sizeof *st->bases);
        for (uint32_t i = 0; i < c->nbases; i++)
            st->bases[i] = base_index(j, c->bases[i]);
    }
    return found_class(j, st->bases[b], bf, bc);
}

/* Whether the ancestor binds the method (n bytes, hash h) or, for PR_COND_DOCUMENTED,
** defines it with a docstring. */
static bool member_decides(join *j, const ancestor *a, const char *method, size_t n, uint32_t h,
                           pr_cond_kind kind)
{
    const pr_sum_class *c = a->cls;
    strmap *m = &a->state->members;
    if (!m->cap) {
        /* the first of a name decides, as in the class body's order */
        for (uint32_t i = 0; i < c->nmembers; i++)
            map_put(j->p->arena, m, c->members[i].name, strlen(c->members[i].name), i);
    }
    uint32_t i = map_find(m, method, n, h);
    return i != NONE && (kind == PR_COND_IMPOSED || c->members[i].documented);
}

/* Adds to j->listing the ancestors of class (file, cls), depth bases above the class
** being listed: each base, then its own, in the bases' order; a class that names itself
** as a base adds nothing more. */
static void list_ancestors(join *j, uint32_t file, uint32_t cls, int depth)
{
    if (depth > MAX_DEPTH)
        return;
    const pr_sum_class *c = &summary(j, file)->classes[cls];
    for (uint32_t b = 0; b < c->nbases; b++) {
        uint32_t bf, bc;
        bool listed = class_base(j, file, cls, b, &bf, &bc) && summary(j, bf)->classes[bc].members_known;
        if (listed && bf == file && bc == cls)
            continue;
        if (j->nlisting == j->listing_cap) {
            uint32_t cap = j->listing_cap ? 2 * j->listing_cap : 64;
            j->listing = pr_arena_grow(j->p->arena, j->listing, j->listing_cap * sizeof *j->listing,
                                       cap * sizeof *j->listing);
            j->listing_cap = cap;
        }
        ancestor *a = &j->listing[j->nlisting++];
        *a = listed ? (ancestor){&summary(j, bf)->classes[bc], class_state_of(j, bf, bc), NULL}
                    : (ancestor){NULL, NULL, c->bases[b]};
        if (listed)
            list_ancestors(j, bf, bc, depth + 1);
    }
}

/* Whether an ancestor of class (file, cls), not the class itself, decides the method: the
** ancestors are listed once per class, and the method hashed once. */
static bool ancestors_decide(join *j, uint32_t file, uint32_t cls, const char *method, pr_cond_kind kind)
{
    class_state *st = class_state_of(j, file, cls);
    if (!st->listed) {
        /* listed apart, then kept at their size: most classes have one or two */
        j->nlisting = 0;
        list_ancestors(j, file, cls, 0);
        st->nancestors = j->nlisting;
        st->ancestors = pr_arena_alloc(j->p->arena, (j->nlisting + 1) * sizeof *st->ancestors);
        memcpy(st->ancestors, j->listing, j->nlisting * sizeof *st->ancestors);
        st->listed = true;
    }
    size_t n = strlen(method);
    uint32_t h = hash(method, n);
    for (uint32_t i = 0; i < st->nancestors; i++) {
        const ancestor *a = &st->ancestors[i];
        /* a standard-library class outside the tree may still dispatch to the name */
        if (a->library ? kind == PR_COND_IMPOSED && pr_library_imposes(a->library, method)
                       : member_decides(j, a, method, n, h, kind))
            return true;
    }
    return false;
}

bool pr_project_condition_holds(pr_project *p, uint32_t file, uint32_t cond)
{
    join *j = p->state;
    if (!j || file >= p->nfiles || !p->files[file].summary)
        return false;
    const pr_summary *s = p->files[file].summary;
    if (cond == 0 || cond > s->nconds)
        return false;
    /* the names of one class share its conditions, and the join asks each several times */
    if (!j->holds[file]) {
        j->holds[file] = pr_arena_alloc(p->arena, s->nconds);
        memset(j->holds[file], 0, s->nconds);
    }
    uint8_t *h = &j->holds[file][cond - 1];
    if (!*h) {
        const pr_sum_cond *c = &s->conds[cond - 1];
        bool holds = c->kind == PR_COND_READ_ELSEWHERE
                         ? read_by_name(j, s, c->method)
                         : ancestors_decide(j, file, c->cls, c->method, (pr_cond_kind)c->kind);
        *h = holds ? 2 : 1;
    }
    return *h == 2;
}

/* ------------------------------------------------------------------ message templates */

/* The template class (file, cls) sets or inherits, bases in their order; NULL for none. */
static const char *template_in(join *j, uint32_t file, uint32_t cls, int depth)
{
    const pr_sum_class *c = &summary(j, file)->classes[cls];
    if (c->template || depth > MAX_DEPTH)
        return c->template;
    for (uint32_t b = 0; b < c->nbases; b++) {
        uint32_t bf, bc;
        if (!class_base(j, file, cls, b, &bf, &bc) || (bf == file && bc == cls))
            continue;
        const char *t = template_in(j, bf, bc, depth + 1);
        if (t)
            return t;
    }
    return NULL;
}

static bool in_keywords(const void *raise, const char *key)
{
    const pr_sum_raise *r = raise;
    for (uint32_t i = 0; i < r->nkeywords; i++)
        if (strcmp(r->keywords[i], key) == 0)
            return true;
    return false;
}

/* The raises the files left: with the class found in the tree, the same findings a raise
** of a class of the same file gets. */
static void template_raises(join *j)
{
    pr_project *p = j->p;
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = summary(j, f);
        for (uint32_t i = 0; s && i < s->nraises; i++) {
            const pr_sum_raise *r = &s->raises[i];
            pr_rule rule = r->nkeywords ? PR_RULE_RVW403 : PR_RULE_RVW401;
            uint32_t cf, cc;
            if (!(rule == PR_RULE_RVW401 ? p->files[f].rvw401 : p->files[f].rvw403) ||
                !found_class(j, base_index(j, r->cls), &cf, &cc))
                continue;
            const char *t = template_in(j, cf, cc, 0);
            char keys[256], msg[1024];
            if (!t || !pr_template_missing(t, r->nkeywords ? in_keywords : NULL, r, keys, sizeof keys))
                continue;
            if (rule == PR_RULE_RVW401) {
                char why[400];
                snprintf(why, sizeof why, PR_TEMPLATE_NEEDS, t, keys);
                snprintf(msg, sizeof msg, pr_rules[rule].message, r->written, why);
            } else {
                snprintf(msg, sizeof msg, pr_rules[rule].message, r->written, keys, t);
            }
            add_finding(p, f, rule, pr_rules[rule].confidence, r->site, msg);
        }
    }
}

/* ------------------------------------------------------------------ RVW101 */

typedef struct style_report {
    pr_project *p;
    uint32_t file;
    const pr_summary *s;
} style_report;

static void report_style(void *arg, const pr_style_outlier *o)
{
    const style_report *r = arg;
    const pr_sum_style *st = &r->s->styles[r->s->counts[o->use].named];
    char msg[512];
    snprintf(msg, sizeof msg, pr_rules[PR_RULE_RVW101].message, st->name, o->is, o->count, o->total, o->noun,
             o->are);
    add_finding(r->p, r->file, PR_RULE_RVW101, pr_rules[PR_RULE_RVW101].confidence, st->site, msg);
}

/* The modules whose names some base class of another file may impose: counted without
** the names the bases of the tree do impose. */
static void mixed_styles(join *j)
{
    pr_project *p = j->p;
    /* one list, for the module with the most names */
    uint32_t most = 0;
    for (uint32_t f = 0; f < p->nfiles; f++)
        if (summary(j, f) && summary(j, f)->ncounts > most)
            most = summary(j, f)->ncounts;
    pr_style_use *uses = pr_arena_alloc(p->arena, (most + 1) * sizeof *uses);
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = summary(j, f);
        if (!s || !s->ncounts || !p->files[f].rvw101)
            continue;
        for (uint32_t i = 0; i < s->ncounts; i++) {
            const pr_sum_count *c = &s->counts[i];
            uses[i] = (pr_style_use){c->kind, c->style, c->cond && pr_project_condition_holds(p, f, c->cond)};
        }
        style_report r = {p, f, s};
        pr_style_outliers(uses, s->ncounts, report_style, &r);
    }
}

/* ------------------------------------------------------------------ the join */

/* Adds file f to the files name (which must outlive the join) stands for. */
static void add_module_name(join *j, const char *name, size_t n, uint32_t f)
{
    pr_arena *a = j->p->arena;
    if (j->nentries == j->entries_cap) {
        uint32_t cap = j->entries_cap ? 2 * j->entries_cap : 64;
        j->entries = pr_arena_grow(a, j->entries, j->entries_cap * sizeof *j->entries, cap * sizeof *j->entries);
        j->entries_cap = cap;
    }
    uint32_t e = j->nentries++;
    j->entries[e] = (module_entry){f, NONE, e};
    uint32_t first = map_put(a, &j->modules, name, n, e);
    if (first != NONE) {
        j->entries[j->entries[first].last].next = e;
        j->entries[first].last = e;
    }
}

void pr_project_join(pr_project *p)
{
    join *j = pr_arena_alloc(p->arena, sizeof *j);
    memset(j, 0, sizeof *j);
    j->p = p;
    j->holds = pr_arena_alloc(p->arena, (p->nfiles + 1) * sizeof *j->holds);
    memset(j->holds, 0, (p->nfiles + 1) * sizeof *j->holds);
    j->classes = pr_arena_alloc(p->arena, (p->nfiles + 1) * sizeof *j->classes);
    memset(j->classes, 0, (p->nfiles + 1) * sizeof *j->classes);
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const pr_summary *s = p->files[f].summary;
        if (!s || !*s->module)
            continue;
        add_module_name(j, s->module, strlen(s->module), f);
        /* `a.b.c.m`, `b.c.m`, `c.m` for outer `a.b.c` */
        size_t outer = strlen(s->outer), m = strlen(s->module);
        for (size_t from = 0; from < outer; from++) {
            if (from > 0 && s->outer[from - 1] != '.')
                continue;
            char *alias = pr_arena_alloc(p->arena, outer - from + 1 + m + 1);
            int len = sprintf(alias, "%s.%s", s->outer + from, s->module);
            add_module_name(j, alias, (size_t)len, f);
        }
    }
    p->state = j;
    template_raises(j);
    mixed_styles(j);
    unused_names(j);
    if (p->tree)
        mixed_spellings(j);
}
