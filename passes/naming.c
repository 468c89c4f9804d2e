/* Naming.  pep8-naming's checks (N801-N808, N811-N818) with its semantics and defaults,
** ruff's N999, ruff's messages and positions; and two rules of pyreview's own: RVW101,
** which holds a name to the style that prevails among the names of its kind in the module
** rather than to PEP 8 (a reviewer's complaint is the mix, and PEP 8 itself lets mixedCase
** stand where it prevails), and RVW103, mixedCase instance attributes.  A name a base class
** imposes (a method of a standard-library base, or of a base class defined in the same
** file: imposed.c; or in another file of the tree, which only the whole-project join can
** tell, so that what is reported of such a name stands on that condition: project.h) is
** not the author's choice and is reported nowhere but where it is chosen.  One walk over
** the tree, which passes over the expressions that bind no name (most of them); like
** pep8-naming, it judges a bound name by the nearest class or def around it (lambdas and
** comprehensions are no scope here).  What the rules ask of a name is worked out once per
** name of the file. */
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexer/unicode.h"
#include "passes/cfg.h"
#include "passes/defs.h"
#include "passes/namecase.h"
#include "passes/options.h"
#include "passes/project.h"
#include "passes/semantic.h"

/* The decorators that make a method a class or static method, whatever the options add. */
static const char *const classmethod_builtin = "classmethod";
static const char *const staticmethod_builtin = "staticmethod";

/* pep8-naming's metaclass bases, with the enum module's. */
static const char *const metaclass_bases[] = {"type", "ABCMeta", "EnumMeta", "EnumType"};

/* Calls whose result a name holds as a type, so that it is named as one (ruff's N806
** exemptions, with typing's other type factories). */
static const char *const type_factories[] = {
    "namedtuple", "NamedTuple", "TypedDict", "TypeVar", "ParamSpec", "TypeVarTuple", "NewType",
    "get_model",
};

typedef struct name_use {
    const char *name;
    uint8_t kind, style;
    const pr_node *where;        /* placed as REPORT places it */
    uint32_t cond;               /* a method name a base class in another file may impose */
} name_use;

typedef enum fn_type { FN_FUNCTION, FN_METHOD, FN_CLASSMETHOD, FN_STATICMETHOD } fn_type;

/* `name = classmethod(name)` in a class body: what it makes of the method name. */
typedef struct late_decoration {
    const char *name;
    fn_type type;
} late_decoration;

/* The class or def whose body is being walked, with what its defs and names ask of it,
** worked out when first asked. */
typedef struct scope {
    const struct scope *parent;
    const pr_node *node;         /* NULL for the module, else a ClassDef or a def */
    fn_type type;                /* of a def */
    const char *self;            /* a method's first parameter */
    bool class_known;            /* of a class: */
    bool metaclass;              /* its methods take the class first */
    late_decoration *late;       /* its late decorations, in order */
    uint32_t nlate;
    int8_t imported_ancestry;    /* pr_summary_imported_ancestry, -1 until asked */
} scope;

/* A name a def's `global` statement declares. */
typedef struct global_decl {
    const pr_node *def;
    const char *name;
} global_decl;

/* What the rules ask of an identifier, worked out at its first use: the parser interns
** identifiers, so that a name is one pointer and its facts one entry. */
typedef struct name_facts {
    bool ignored;                /* matches ignore-names */
    uint8_t noted;               /* the kinds RVW101 has recorded it as, a bit each */
    bool summarized;             /* RVW102 has it on no condition: a later place adds nothing */
    pr_name_case c;              /* lowercase, mixedCase, dunder, style */
} name_facts;
_Static_assert(PR_NKINDS <= 8, "a bit of name_facts.noted per kind");

typedef struct naming {
    pr_review_ctx *ctx;
    pr_sem *sem;
    pr_class_index classes;
    pr_strlist ignore_names;     /* ignore-names without wildcards: compared */
    size_t *ignore_lengths;      /* theirs */
    uint64_t ignore_starts;      /* their first two bytes, a bit each (starts_bit) */
    uint64_t ignore_sizes;       /* their lengths modulo 64, a bit each */
    pr_strlist ignore_globs;     /* and with: matched */
    pr_strlist classmethod_decorators, staticmethod_decorators;   /* besides the builtins */
    bool noting;                 /* RVW101 or RVW103 is on: names are recorded */
    name_use *uses;              /* RVW101's names, each name once per kind */
    uint32_t nuses, uses_cap;
    pr_table facts_index;        /* name -> index in facts */
    name_facts *facts;
    uint32_t nfacts, facts_cap;
    global_decl *globals;        /* the names the defs declare global (read_model) */
    uint32_t nglobals;
    uint64_t *binders;           /* where expressions may bind names (read_model) */
    uint32_t nbinders;
    uint32_t next_binder;        /* the first binder at or after the last expression asked */
} naming;

/* Where a finding about node n goes: the name of a def, class or except handler (which
** the tree does not place), or the node itself. */
static pr_span place(const naming *nm, const pr_node *n)
{
    switch (n->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
    case PR_ClassDef:
    case PR_ExceptHandler:
        return pr_sem_binding_span(nm->sem, &(pr_binding){.node = n});
    default:
        return (pr_span){n->lineno, n->col, n->end_lineno, n->end_col};
    }
}

#define REPORT(nm, rule, node, ...)                                                          \
    do {                                                                                     \
        pr_span at_ = place(nm, node);                                                       \
        pr_report_at((nm)->ctx->findings, rule, at_.lineno, at_.col, at_.end_lineno,         \
                     at_.end_col, ##__VA_ARGS__);                                            \
    } while (0)

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Whether a decorator's name is the builtin or one of the options'. */
static bool decorator_in(pr_strlist l, const char *builtin, const char *s)
{
    if (strcmp(s, builtin) == 0)
        return true;
    for (uint32_t i = 0; i < l.n; i++)
        if (strcmp(l.items[i], s) == 0)
            return true;
    return false;
}

/* The bit of a name's first two bytes in a set of them, which most names miss. */
static uint64_t starts_bit(const char *s)
{
    return 1ull << (s[0] ? ((unsigned char)s[0] * 31u + (unsigned char)s[1]) % 64 : 0);
}

/* Splits ignore-names into plain names and patterns: most are plain, and a comparison
** costs a fraction of fnmatch, which every bound name would otherwise go through. */
static void split_ignore_names(naming *nm, pr_strlist all)
{
    const char **names = pr_arena_alloc(nm->ctx->arena, (all.n + 1) * sizeof *names);
    const char **globs = pr_arena_alloc(nm->ctx->arena, (all.n + 1) * sizeof *globs);
    nm->ignore_names = (pr_strlist){names, 0};
    nm->ignore_lengths = pr_arena_alloc(nm->ctx->arena, (all.n + 1) * sizeof *nm->ignore_lengths);
    nm->ignore_globs = (pr_strlist){globs, 0};
    for (uint32_t i = 0; i < all.n; i++) {
        if (strpbrk(all.items[i], "*?[\\")) {
            globs[nm->ignore_globs.n++] = all.items[i];
        } else {
            size_t n = strlen(all.items[i]);
            nm->ignore_lengths[nm->ignore_names.n] = n;
            names[nm->ignore_names.n++] = all.items[i];
            nm->ignore_starts |= starts_bit(all.items[i]);
            nm->ignore_sizes |= 1ull << n % 64;
        }
    }
}

static bool ignored(const naming *nm, const char *name)
{
    size_t n;
    if ((nm->ignore_starts & starts_bit(name)) && (nm->ignore_sizes >> (n = strlen(name)) % 64 & 1))
        for (uint32_t i = 0; i < nm->ignore_names.n; i++)
            if (nm->ignore_lengths[i] == n && memcmp(nm->ignore_names.items[i], name, n) == 0)
                return true;
    for (uint32_t i = 0; i < nm->ignore_globs.n; i++)
        if (fnmatch(nm->ignore_globs.items[i], name, 0) == 0)
            return true;
    return false;
}

/* The facts of an identifier; the pointer holds until the next call. */
static name_facts *facts_of(naming *nm, const char *name)
{
    uint64_t key = (uint64_t)(uintptr_t)name;
    uint32_t i = pr_table_get(&nm->facts_index, key, UINT32_MAX);
    if (i != UINT32_MAX)
        return &nm->facts[i];
    nm->facts = pr_arena_grow_array(nm->ctx->arena, nm->facts, &nm->facts_cap, nm->nfacts,
                                    sizeof *nm->facts);
    i = nm->nfacts++;
    pr_table_put(nm->ctx->arena, &nm->facts_index, key, i);
    name_facts *f = &nm->facts[i];
    *f = (name_facts){.ignored = ignored(nm, name)};
    pr_name_case_learn(name, &f->c);
    return f;
}

/* ------------------------------------------------------------------ RVW101 and RVW103 */

/* The spellings RVW102 compares across the tree: those with a word boundary, in the
** group of names PEP 8 wants spelt alike (a class named like a variable is no mix).  The
** join counts a spelling once per module and reports it at its first place that no
** condition voids, so that after a place on no condition (f: the name's facts) the name
** needs no other. */
static void summarize(naming *nm, const name_use *u, name_facts *f)
{
    pr_summary *s = nm->ctx->summary;
    if (!s || !s->want_idents || f->summarized || u->kind == PR_KIND_CLASS ||
        (u->style != PR_STYLE_SNAKE && u->style != PR_STYLE_CAMEL && u->style != PR_STYLE_MIXED))
        return;
    if (s->nidents == s->idents_cap) {
        uint32_t cap = s->idents_cap ? 2 * s->idents_cap : 64;
        s->idents = pr_arena_grow(s->arena, s->idents, s->idents_cap * sizeof *s->idents,
                                  cap * sizeof *s->idents);
        s->ident_at = pr_arena_grow(s->arena, s->ident_at, s->idents_cap * sizeof *s->ident_at,
                                    cap * sizeof *s->ident_at);
        s->idents_cap = cap;
    }
    s->ident_at[s->nidents] = place(nm, u->where);
    s->idents[s->nidents++] =
        (pr_sum_ident){u->name, u->kind, u->style, pr_identifier_key_hash(u->name), u->cond, 0};
    f->summarized = u->cond == 0;
}

/* Records a name (not an ignored one; f its facts) that RVW101 compares at its first
** binding of a kind, at node where, with the condition that voids it (0: none). */
static void record(naming *nm, const char *name, name_facts *f, int kind, const pr_node *where,
                   uint32_t cond)
{
    f->noted |= (uint8_t)(1u << kind);
    if (nm->nuses == nm->uses_cap) {
        uint32_t cap = nm->uses_cap ? 2 * nm->uses_cap : 64;
        nm->uses = pr_arena_grow(nm->ctx->arena, nm->uses, nm->uses_cap * sizeof *nm->uses,
                                 cap * sizeof *nm->uses);
        nm->uses_cap = cap;
    }
    nm->uses[nm->nuses++] = (name_use){name, (uint8_t)kind, f->c.style, where, cond};
    summarize(nm, &nm->uses[nm->nuses - 1], f);
}

/* Whether a binding of a name of a kind is one RVW101 records: its first (most are not). */
static inline bool notes(const naming *nm, const name_facts *f, int kind)
{
    return nm->noting && !f->c.dunder && !(f->noted & 1u << kind);
}

/* Records a name at its first binding of each kind: returns true then. */
static inline bool note_on(naming *nm, const char *name, name_facts *f, int kind,
                           const pr_node *where, uint32_t cond)
{
    if (!notes(nm, f, kind))
        return false;
    record(nm, name, f, kind, where, cond);
    return true;
}

static bool note(naming *nm, const char *name, name_facts *f, int kind, const pr_node *where)
{
    return note_on(nm, name, f, kind, where, 0);
}

static void report_outlier(void *arg, const pr_style_outlier *o)
{
    naming *nm = arg;
    const name_use *u = &nm->uses[o->use];
    REPORT(nm, PR_RULE_RVW101, u->where, u->name, o->is, o->count, o->total, o->noun, o->are);
}

/* RVW101.  When a base class in another file of the tree may impose some of the names,
** only the join can count them: the names go to the summary, with their conditions. */
static void report_inconsistent(naming *nm)
{
    pr_summary *s = nm->ctx->summary;
    bool deferred = false;
    for (uint32_t i = 0; i < nm->nuses && s && !deferred; i++)
        deferred = nm->uses[i].cond != 0;
    pr_style_use *uses = pr_arena_alloc(nm->ctx->arena, (nm->nuses + 1) * sizeof *uses);
    for (uint32_t i = 0; i < nm->nuses; i++)
        uses[i] = (pr_style_use){nm->uses[i].kind, nm->uses[i].style, deferred && nm->uses[i].cond};
    if (!deferred) {
        pr_style_outliers(uses, nm->nuses, report_outlier, nm);
        return;
    }
    /* every name counts, but only those the join may report need a name and a place */
    bool *candidate = pr_arena_alloc(nm->ctx->arena, nm->nuses + 1), any = false;
    pr_style_candidates(uses, nm->nuses, candidate);
    for (uint32_t i = 0; i < nm->nuses && !any; i++)
        any = candidate[i];
    if (!any)
        return;   /* one style prevails whatever the bases impose */
    s->styles = pr_arena_alloc(s->arena, nm->nuses * sizeof *s->styles);
    for (uint32_t i = 0; i < nm->nuses; i++) {
        const name_use *u = &nm->uses[i];
        s->styles[i] = (pr_sum_style){NULL, u->kind, u->style, u->cond, {0}, 0};
        if (candidate[i])
            s->styles[i].name = u->name, s->styles[i].at = place(nm, u->where);
    }
    s->nstyles = nm->nuses;
}

/* ------------------------------------------------------------------ classes */

static bool base_named(const pr_node *cls, const char *const *names, size_t count)
{
    const pr_seq *bases = cls->v.ClassDef.bases;
    for (uint32_t i = 0; i < PR_SEQ_LEN(bases); i++) {
        const pr_node *b = PR_SEQ_NODE(bases, i);
        const char *id = b->kind == PR_Name ? b->v.Name.id
                         : b->kind == PR_Attribute ? b->v.Attribute.attr : NULL;
        for (size_t j = 0; id && j < count; j++)
            if (strcmp(id, names[j]) == 0)
                return true;
    }
    return false;
}

/* A metaclass, whose methods take the class as their first argument: it derives from one
** of metaclass_bases, directly or through classes of this file. */
static bool is_metaclass(naming *nm, const pr_node *cls)
{
    if (base_named(cls, metaclass_bases, COUNT(metaclass_bases)))
        return true;
    const pr_node *ancestors[PR_MAX_ANCESTORS];
    uint32_t n = pr_class_ancestors(&nm->classes, cls, ancestors, PR_MAX_ANCESTORS);
    for (uint32_t i = 0; i < n; i++)
        if (base_named(ancestors[i], metaclass_bases, COUNT(metaclass_bases)))
            return true;
    return false;
}

/* N801, N818, and the class for RVW101. */
static void check_class(naming *nm, const pr_node *cls)
{
    const char *name = cls->v.ClassDef.name;
    name_facts *f = facts_of(nm, name);
    if (f->ignored)
        return;
    const char *s = name, *e = name + strlen(name);
    while (*s == '_')
        s++;
    while (e > s && e[-1] == '_')
        e--;
    if (!(pr_first_case(s) & PR_UNI_UPPER) || memchr(s, '_', (size_t)(e - s)))
        REPORT(nm, PR_RULE_N801, cls, name);
    size_t n = strlen(name);
    if (n < 5 || strcmp(name + n - 5, "Error") != 0) {
        const pr_seq *bases = cls->v.ClassDef.bases;
        for (uint32_t i = 0; i < PR_SEQ_LEN(bases); i++) {
            const pr_node *b = PR_SEQ_NODE(bases, i);
            if (b->kind != PR_Name)
                continue;
            size_t bn = strlen(b->v.Name.id);
            if (strcmp(b->v.Name.id, "Exception") == 0 ||
                (bn >= 5 && strcmp(b->v.Name.id + bn - 5, "Error") == 0)) {
                REPORT(nm, PR_RULE_N818, cls, name);
                break;
            }
        }
    }
    note(nm, name, f, PR_KIND_CLASS, cls);
}

/* ------------------------------------------------------------------ functions */

/* pep8-naming's decorator name: a name, the last attribute, or the callee of a call. */
static const char *decorator_name(const pr_node *d)
{
    while (d->kind == PR_Call)
        d = d->v.Call.func;
    return d->kind == PR_Name ? d->v.Name.id : d->kind == PR_Attribute ? d->v.Attribute.attr : NULL;
}

/* What a class tells its defs, worked out for the first of them: whether it is a
** metaclass, and the `name = staticmethod(name)` among its body's statements. */
static void learn_class(naming *nm, scope *cls)
{
    if (cls->class_known)
        return;
    cls->class_known = true;
    cls->metaclass = is_metaclass(nm, cls->node);
    const pr_seq *body = cls->node->v.ClassDef.body;
    uint32_t cap = 0;
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (s->kind != PR_Assign || s->v.Assign.value->kind != PR_Call)
            continue;
        const pr_node *call = s->v.Assign.value;
        if (call->v.Call.func->kind != PR_Name || PR_SEQ_LEN(call->v.Call.args) != 1)
            continue;
        const pr_node *arg = PR_SEQ_NODE(call->v.Call.args, 0);
        if (arg->kind != PR_Name)
            continue;
        const char *f = call->v.Call.func->v.Name.id;
        fn_type type = FN_FUNCTION;
        if (decorator_in(nm->classmethod_decorators, classmethod_builtin, f))
            type = FN_CLASSMETHOD;
        else if (decorator_in(nm->staticmethod_decorators, staticmethod_builtin, f))
            type = FN_STATICMETHOD;
        else
            continue;
        cls->late = pr_arena_grow_array(nm->ctx->arena, cls->late, &cap, cls->nlate,
                                        sizeof *cls->late);
        cls->late[cls->nlate++] = (late_decoration){arg->v.Name.id, type};
    }
}

/* What a def is, as pep8-naming tells: a function, or a method of the class around it,
** which its name, its class (a metaclass), a later `f = classmethod(f)` (the last) or
** its first decorator of a known kind makes a class or static method. */
static fn_type classify(naming *nm, const pr_node *def, scope *sc)
{
    if (!sc->node || sc->node->kind != PR_ClassDef)
        return FN_FUNCTION;
    learn_class(nm, sc);
    const char *name = def->v.FunctionDef.name;
    fn_type type = FN_METHOD;
    if (sc->metaclass || (name[0] == '_' && (strcmp(name, "__new__") == 0 ||
                                             strcmp(name, "__init_subclass__") == 0 ||
                                             strcmp(name, "__class_getitem__") == 0)))
        type = FN_CLASSMETHOD;
    fn_type late = FN_FUNCTION;
    for (uint32_t i = 0; i < sc->nlate; i++)
        if (strcmp(sc->late[i].name, name) == 0)
            late = sc->late[i].type;
    if (late != FN_FUNCTION)
        return late;
    const pr_seq *decorators = def->v.FunctionDef.decorator_list;
    for (uint32_t i = 0; i < PR_SEQ_LEN(decorators); i++) {
        const char *d = decorator_name(PR_SEQ_NODE(decorators, i));
        if (d && decorator_in(nm->classmethod_decorators, classmethod_builtin, d))
            return FN_CLASSMETHOD;
        if (d && decorator_in(nm->staticmethod_decorators, staticmethod_builtin, d))
            return FN_STATICMETHOD;
    }
    return type;
}

/* Whether a def's `global` statements name name (read_model found them). */
static bool declared_global(const naming *nm, const scope *sc, const char *name)
{
    for (uint32_t i = 0; i < nm->nglobals; i++)
        if (nm->globals[i].def == sc->node && strcmp(nm->globals[i].name, name) == 0)
            return true;
    return false;
}

/* N803 for each parameter, and the parameters for RVW101 (but a method's first). */
static void check_parameters(naming *nm, const pr_node *args, bool bound, bool note_them)
{
    const pr_seq *lists[] = {args->v.arguments.posonlyargs, args->v.arguments.args,
                             args->v.arguments.kwonlyargs};
    const pr_node *rest[] = {args->v.arguments.vararg, args->v.arguments.kwarg};
    bool first = true;
    for (size_t l = 0; l < 3 + 2; l++) {
        uint32_t n = l < 3 ? PR_SEQ_LEN(lists[l]) : rest[l - 3] != NULL;
        for (uint32_t i = 0; i < n; i++) {
            const pr_node *a = l < 3 ? PR_SEQ_NODE(lists[l], i) : rest[l - 3];
            const char *name = a->v.arg.arg;
            bool self = bound && first && l < 2;
            first = false;
            name_facts *f = facts_of(nm, name);
            if (f->ignored)
                continue;
            if (!f->c.lowercase)
                REPORT(nm, PR_RULE_N803, a, name);
            if (note_them && !self)
                note(nm, name, f, PR_KIND_ARGUMENT, a);
        }
    }
}

/* A def's first parameter: its first positional one, or with keyword_only (pep8-naming's
** choice for N804 and N805, which then flags `def m(*, a)` in a class), its first
** keyword-only one when it has none. */
static const pr_node *first_parameter(const pr_node *args, bool keyword_only)
{
    const pr_seq *lists[] = {args->v.arguments.posonlyargs, args->v.arguments.args,
                             keyword_only ? args->v.arguments.kwonlyargs : NULL};
    for (size_t i = 0; i < 3; i++)
        if (PR_SEQ_LEN(lists[i]))
            return PR_SEQ_NODE(lists[i], 0);
    return NULL;
}

/* pr_summary_imported_ancestry of the class cls, asked once. */
static bool imported_ancestry(naming *nm, scope *cls)
{
    if (cls->imported_ancestry < 0)
        cls->imported_ancestry = pr_summary_imported_ancestry(&nm->classes, nm->sem, cls->node);
    return cls->imported_ancestry;
}

/* N802, N804, N805, N807, N803, and the def and its parameters for RVW101. */
static void check_def(naming *nm, const pr_node *def, scope *sc, fn_type type)
{
    const char *name = def->v.FunctionDef.name;
    const pr_node *args = def->v.FunctionDef.args;
    name_facts *f = facts_of(nm, name);
    bool method = type != FN_FUNCTION, lowercase = f->c.lowercase;
    /* A name chosen elsewhere: a base's, or an overloaded one's implementation.  Only
    ** names N802 would report are looked up (a lowercase one a base imposes is noted for
    ** RVW101 where the base binds it, once for both). */
    bool chosen_elsewhere =
        pr_has_typing_decorator(def, "overload") ||
        (method && (pr_has_typing_decorator(def, "override") ||
                    (!lowercase && pr_class_imposes(&nm->classes, nm->sem, sc->node, name))));
    /* A base class in another file of the tree may impose it too: only the join can tell,
    ** so what is reported of the name stands on that condition. */
    uint32_t cond = 0;
    if (method && !chosen_elsewhere && nm->ctx->summary && f->c.style != PR_STYLE_AMBIGUOUS &&
        !f->c.dunder && imported_ancestry(nm, sc))
        cond = pr_summary_condition(nm->ctx->summary, nm->sem, sc->node, PR_COND_IMPOSED, name);
    if (!f->ignored) {
        if (!lowercase && !chosen_elsewhere) {
            REPORT(nm, PR_RULE_N802, def, name);
            pr_finding_condition(nm->ctx->findings, cond);
        }
        if (!method && f->c.dunder && strcmp(name, "__getattr__") != 0 &&
            strcmp(name, "__dir__") != 0)
            REPORT(nm, PR_RULE_N807, def);
        if (!chosen_elsewhere)
            note_on(nm, name, f, method ? PR_KIND_METHOD : PR_KIND_FUNCTION, def, cond);
    }
    /* a method's first parameter, looked up only when misnamed */
    const char *expected = type == FN_METHOD ? "self" : type == FN_CLASSMETHOD ? "cls" : NULL;
    const pr_node *first = first_parameter(args, true);
    if (expected && first && strcmp(first->v.arg.arg, expected) != 0 &&
        !facts_of(nm, first->v.arg.arg)->ignored)
        REPORT(nm, type == FN_METHOD ? PR_RULE_N805 : PR_RULE_N804, first);
    check_parameters(nm, args, type == FN_METHOD || type == FN_CLASSMETHOD, !chosen_elsewhere);
}

/* ------------------------------------------------------------------ bound names */

/* An assignment of a type factory's result, or annotated as a TypeAlias: the name is a
** type's, exempt from the variable rules. */
static bool holds_type(const pr_node *value, const pr_node *annotation)
{
    if (annotation) {
        const char *a = annotation->kind == PR_Name ? annotation->v.Name.id
                        : annotation->kind == PR_Attribute ? annotation->v.Attribute.attr : NULL;
        if (a && a[0] == 'T' && strcmp(a, "TypeAlias") == 0)
            return true;
    }
    if (!value || value->kind != PR_Call)
        return false;
    const char *f = decorator_name(value->v.Call.func);
    for (size_t i = 0; f && i < COUNT(type_factories); i++)
        if (f[0] == type_factories[i][0] && strcmp(f, type_factories[i]) == 0)
            return true;
    return false;
}

static bool is_typed_dict(const pr_node *cls)
{
    static const char *const typed_dict[] = {"TypedDict"};
    return base_named(cls, typed_dict, 1);
}

/* What binds a target: an assignment's value and annotation (NULL for what is no
** assignment), and whether they make the names a type's, asked only of a binding that
** would be reported or recorded: most are neither. */
typedef struct origin {
    const pr_node *value, *annotation;
    int8_t type;                 /* holds_type, -1 until asked */
} origin;

static bool origin_is_type(origin *by)
{
    if (by->type < 0)
        by->type = holds_type(by->value, by->annotation);
    return by->type;
}

/* N806, N815, N816 for a name bound in the scope sc (at node where), and the name for
** RVW101. */
static void bind_name(naming *nm, const char *name, const pr_node *where, scope *sc, origin *by)
{
    name_facts *f = facts_of(nm, name);
    if (f->ignored)
        return;
    pr_rule rule;
    int kind;
    bool misnamed;
    if (!sc->node) {
        rule = PR_RULE_N816, kind = PR_KIND_MODULE_VAR, misnamed = f->c.mixed;
    } else if (sc->node->kind == PR_ClassDef) {
        rule = PR_RULE_N815, kind = PR_KIND_CLASS_ATTR;
        misnamed = f->c.mixed && !is_typed_dict(sc->node);
    } else if (!declared_global(nm, sc, name)) {
        rule = PR_RULE_N806, kind = PR_KIND_LOCAL, misnamed = !f->c.lowercase;
    } else {
        return;
    }
    if ((!misnamed && !notes(nm, f, kind)) || origin_is_type(by))
        return;
    if (misnamed)
        REPORT(nm, rule, where, name);
    note(nm, name, f, kind, where);
}

/* An attribute of a method's first parameter: an instance attribute, for RVW101 and
** RVW103. */
static void bind_attribute(naming *nm, const pr_node *target, const scope *sc, origin *by)
{
    const pr_node *obj = target->v.Attribute.value;
    if (sc->type != FN_METHOD || !sc->self || obj->kind != PR_Name ||
        strcmp(obj->v.Name.id, sc->self) != 0)
        return;
    const char *name = target->v.Attribute.attr;
    name_facts *f = facts_of(nm, name);
    if (f->ignored || !notes(nm, f, PR_KIND_ATTRIBUTE) || origin_is_type(by))
        return;
    note(nm, name, f, PR_KIND_ATTRIBUTE, target);
    if (f->c.mixed)
        REPORT(nm, PR_RULE_RVW103, target, name);
}

/* The names a target binds, as pep8-naming finds them: in tuples, lists and starred
** targets, never in subscripts. */
static void bind(naming *nm, const pr_node *target, scope *sc, origin *by)
{
    switch (target->kind) {
    case PR_Name:
        bind_name(nm, target->v.Name.id, target, sc, by);
        break;
    case PR_Tuple:
    case PR_List:
        for (uint32_t i = 0; i < PR_SEQ_LEN(target->v.Tuple.elts); i++)
            bind(nm, PR_SEQ_NODE(target->v.Tuple.elts, i), sc, by);
        break;
    case PR_Starred:
        bind(nm, target->v.Starred.value, sc, by);
        break;
    case PR_Attribute:
        bind_attribute(nm, target, sc, by);
        break;
    default:
        break;
    }
}

/* Whether as is the capitals of name, in order. */
static bool is_acronym(const char *name, const char *as)
{
    size_t matched = 0, n = strlen(as);
    for (const char *p = name; *p;) {
        const char *c = p;
        if (!(pr_next_case(&p) & PR_UNI_UPPER))
            continue;
        size_t len = (size_t)(p - c);
        if (matched + len > n || memcmp(as + matched, c, len) != 0)
            return false;
        matched += len;
    }
    return matched == n;
}

/* N811-N814, N817: an alias that changes the letter case of what it imports. */
static void check_aliases(naming *nm, const pr_seq *names)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(names); i++) {
        const pr_node *a = PR_SEQ_NODE(names, i);
        const char *name = a->v.alias.name, *as = a->v.alias.asname;
        if (!as || ignored(nm, name) || ignored(nm, as))
            continue;
        if (pr_py_isupper(name)) {
            if (!pr_py_isupper(as))
                REPORT(nm, PR_RULE_N811, a, name, as);
        } else if (pr_py_islower(name)) {
            if (!pr_is_lowercase(as))
                REPORT(nm, PR_RULE_N812, a, name, as);
        } else if (pr_py_islower(as)) {
            REPORT(nm, PR_RULE_N813, a, name, as);
        } else if (pr_py_isupper(as)) {
            REPORT(nm, is_acronym(name, as) ? PR_RULE_N817 : PR_RULE_N814, a, name, as);
        }
    }
}

/* ------------------------------------------------------------------ the walk
** An expression binds a name only at a `:=` or in a comprehension, and it holds both, so
** that one that holds neither need not be walked: most of them.  The semantic model has
** a scope for each comprehension, which starts where the comprehension does, and binds
** the target of each `:=`, which starts where the `:=` expression does. */

/* A position as a key that sorts in source order. */
static uint64_t position(uint32_t lineno, uint32_t col)
{
    return (uint64_t)lineno << 32 | col;
}

static int by_position(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* What the walk needs of the model, found in one pass over its bindings and scopes: the
** positions of each `:=` and of each comprehension, in source order, and the names the
** defs' `global` statements declare, which it binds in the def's scope. */
static void read_model(naming *nm)
{
    const pr_sem *m = nm->sem;
    uint32_t cap = 0, globals_cap = 0;
    for (uint32_t i = 0; i < m->nbindings; i++) {
        const pr_binding *b = &m->bindings[i];
        if (b->kind == PR_BIND_NAMED_EXPR) {
            nm->binders = pr_arena_grow_array(nm->ctx->arena, nm->binders, &cap, nm->nbinders,
                                              sizeof *nm->binders);
            nm->binders[nm->nbinders++] = position(b->node->lineno, b->node->col);
        } else if (b->kind == PR_BIND_GLOBAL && b->node->kind == PR_Global &&
                   m->scopes[b->scope].kind == PR_SCOPE_FUNCTION) {
            nm->globals = pr_arena_grow_array(nm->ctx->arena, nm->globals, &globals_cap,
                                              nm->nglobals, sizeof *nm->globals);
            nm->globals[nm->nglobals++] =
                (global_decl){m->scopes[b->scope].node, m->names[b->name].text};
        }
    }
    for (uint32_t i = 0; i < m->nscopes; i++) {
        const pr_sem_scope *sc = &m->scopes[i];
        if (sc->kind != PR_SCOPE_COMPREHENSION)
            continue;
        nm->binders = pr_arena_grow_array(nm->ctx->arena, nm->binders, &cap, nm->nbinders,
                                          sizeof *nm->binders);
        nm->binders[nm->nbinders++] = position(sc->node->lineno, sc->node->col);
    }
    /* the model binds a module's names before its functions', and makes a comprehension's
    ** scope after those in its first iterable */
    if (nm->nbinders > 1)
        qsort(nm->binders, nm->nbinders, sizeof *nm->binders, by_position);
}

/* Whether a binder lies between two positions.  The walk goes mostly in source order, so
** that the first binder at or after from is mostly the one found last. */
static inline bool binder_within(naming *nm, uint64_t from, uint64_t to)
{
    uint32_t lo = 0, hi = nm->nbinders, last = nm->next_binder;
    if (last < hi && nm->binders[last] < from)
        lo = last + 1;
    else if (last > 0 && nm->binders[last - 1] >= from)
        hi = last - 1;
    else
        lo = hi = last;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (nm->binders[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    nm->next_binder = lo;
    return lo < nm->nbinders && nm->binders[lo] < to;
}

static inline bool may_bind(naming *nm, const pr_node *e)
{
    return e->end_lineno == 0 ||
           binder_within(nm, position(e->lineno, e->col), position(e->end_lineno, e->end_col));
}

/* Whether the text of statement s, a def's or class's decorators with it, may hold a
** binder. */
static bool statement_may_bind(naming *nm, const pr_node *s)
{
    const pr_seq *decorators = s->kind == PR_ClassDef ? s->v.ClassDef.decorator_list
                               : s->kind == PR_FunctionDef || s->kind == PR_AsyncFunctionDef
                                   ? s->v.FunctionDef.decorator_list
                                   : NULL;
    const pr_node *from = PR_SEQ_LEN(decorators) ? PR_SEQ_NODE(decorators, 0) : s;
    return s->end_lineno == 0 || binder_within(nm, position(from->lineno, from->col),
                                               position(s->end_lineno, s->end_col));
}

/* What node n binds itself, apart from what its parts bind. */
static void bind_own(naming *nm, const pr_node *n, scope *sc)
{
    origin assignment = {NULL, NULL, -1}, other = {NULL, NULL, false};
    switch (n->kind) {
    case PR_Assign:
        assignment.value = n->v.Assign.value;
        for (uint32_t i = 0; i < PR_SEQ_LEN(n->v.Assign.targets); i++)
            bind(nm, PR_SEQ_NODE(n->v.Assign.targets, i), sc, &assignment);
        break;
    case PR_AnnAssign:
        assignment.value = n->v.AnnAssign.value;
        assignment.annotation = n->v.AnnAssign.annotation;
        bind(nm, n->v.AnnAssign.target, sc, &assignment);
        break;
    case PR_NamedExpr:
        assignment.value = n->v.NamedExpr.value;
        bind(nm, n->v.NamedExpr.target, sc, &assignment);
        break;
    case PR_For:
    case PR_AsyncFor:
        bind(nm, n->v.For.target, sc, &other);
        break;
    case PR_With:
    case PR_AsyncWith:
        for (uint32_t i = 0; i < PR_SEQ_LEN(n->v.With.items); i++) {
            const pr_node *v = PR_SEQ_NODE(n->v.With.items, i)->v.withitem.optional_vars;
            if (v)
                bind(nm, v, sc, &other);
        }
        break;
    case PR_ExceptHandler:
        if (n->v.ExceptHandler.name)
            bind_name(nm, n->v.ExceptHandler.name, n, sc, &other);
        break;
    case PR_comprehension:
        bind(nm, n->v.comprehension.target, sc, &other);
        break;
    case PR_Import:
    case PR_ImportFrom:
        check_aliases(nm, n->kind == PR_Import ? n->v.Import.names : n->v.ImportFrom.names);
        break;
    default:
        break;
    }
}

static void visit(naming *nm, const pr_node *n, scope *sc);
static void visit_plain(naming *nm, const pr_node *s, scope *sc);

/* Visits n, unless it binds nothing but as a statement (a statement whose text holds no
** binder, which visit_plain takes), or at all: a part of a statement (an expression, a
** parameter, a keyword argument, a pattern, a type parameter) whose text holds no binder,
** or a part without parts (a name, a constant). */
static inline void walk(naming *nm, const pr_node *n, scope *sc)
{
    switch (pr_kinds[n->kind].category) {
    case PR_CAT_STMT:
        if (!statement_may_bind(nm, n)) {
            visit_plain(nm, n, sc);
            return;
        }
        break;
    case PR_CAT_EXPR:
    case PR_CAT_ARG:
    case PR_CAT_KEYWORD:
    case PR_CAT_PATTERN:
    case PR_CAT_TPARAM:
        if (!pr_child_fields[n->kind] || !may_bind(nm, n))
            return;
        break;
    default:
        break;
    }
    visit(nm, n, sc);
}

static void visit_children(naming *nm, const pr_node *n, scope *sc)
{
    pr_child_iter it;
    pr_child_iter_init(&it, n);
    for (const pr_node *c; (c = pr_child_iter_next(&it));)
        walk(nm, c, sc);
}

static void visit_list(naming *nm, const pr_seq *s, scope *sc)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(s); i++)
        walk(nm, PR_SEQ_NODE(s, i), sc);
}

static void visit_plain_list(naming *nm, const pr_seq *s, scope *sc)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(s); i++)
        visit_plain(nm, PR_SEQ_NODE(s, i), sc);
}

/* A class; plain: its text holds no binder, so that only its body's statements bind. */
static void visit_class(naming *nm, const pr_node *cls, scope *sc, bool plain)
{
    check_class(nm, cls);
    scope inner = {.parent = sc, .node = cls, .imported_ancestry = -1};
    if (plain) {
        visit_plain_list(nm, cls->v.ClassDef.body, &inner);
        return;
    }
    visit_list(nm, cls->v.ClassDef.decorator_list, sc);
    visit_list(nm, cls->v.ClassDef.bases, sc);
    visit_list(nm, cls->v.ClassDef.keywords, sc);
    visit_list(nm, cls->v.ClassDef.type_params, sc);
    visit_list(nm, cls->v.ClassDef.body, &inner);
}

/* A def, plain as a class is.  FunctionDef and AsyncFunctionDef share their layout;
** v.FunctionDef reads either. */
static void visit_def(naming *nm, const pr_node *def, scope *sc, bool plain)
{
    fn_type type = classify(nm, def, sc);
    check_def(nm, def, sc, type);
    const pr_node *first = first_parameter(def->v.FunctionDef.args, false);
    scope inner = {.parent = sc, .node = def, .type = type,
                   .self = first ? first->v.arg.arg : NULL, .imported_ancestry = -1};
    if (plain) {
        visit_plain_list(nm, def->v.FunctionDef.body, &inner);
        return;
    }
    visit_list(nm, def->v.FunctionDef.decorator_list, sc);
    /* the parameters, the return annotation and the type parameters lie between the def's
    ** keyword and its body */
    const pr_node *body = PR_SEQ_NODE(def->v.FunctionDef.body, 0);
    if (binder_within(nm, position(def->lineno, def->col), position(body->lineno, body->col))) {
        visit_children(nm, def->v.FunctionDef.args, sc);
        if (def->v.FunctionDef.returns)
            walk(nm, def->v.FunctionDef.returns, sc);
        visit_list(nm, def->v.FunctionDef.type_params, sc);
    }
    visit_list(nm, def->v.FunctionDef.body, &inner);
}

/* A statement whose text holds no binder: what it binds as a statement, and the
** statements of its blocks, with no question asked of its expressions. */
static void visit_plain(naming *nm, const pr_node *s, scope *sc)
{
    switch (s->kind) {
    case PR_ClassDef:
        visit_class(nm, s, sc, true);
        return;
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        visit_def(nm, s, sc, true);
        return;
    case PR_Try:
    case PR_TryStar:
        /* a handler binds its name before its body */
        visit_plain_list(nm, s->v.Try.body, sc);
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Try.handlers); i++) {
            const pr_node *h = PR_SEQ_NODE(s->v.Try.handlers, i);
            bind_own(nm, h, sc);
            visit_plain_list(nm, h->v.ExceptHandler.body, sc);
        }
        visit_plain_list(nm, s->v.Try.orelse, sc);
        visit_plain_list(nm, s->v.Try.finalbody, sc);
        return;
    case PR_If:
    case PR_While:
    case PR_For:
    case PR_AsyncFor:
    case PR_With:
    case PR_AsyncWith:
    case PR_Match: {
        bind_own(nm, s, sc);
        pr_body_iter it;
        pr_body_iter_init(&it, s);
        for (const pr_seq *body; (body = pr_body_iter_next(&it));)
            visit_plain_list(nm, body, sc);
        return;
    }
    case PR_Assign:
    case PR_AnnAssign:
    case PR_Import:
    case PR_ImportFrom:
        bind_own(nm, s, sc);
        return;
    default:
        return;   /* binds nothing but in its expressions */
    }
}

/* A node whose text may hold a binder: a statement (which walk checked) or a part. */
static void visit(naming *nm, const pr_node *n, scope *sc)
{
    switch (n->kind) {
    case PR_ClassDef:
        visit_class(nm, n, sc, false);
        return;
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        visit_def(nm, n, sc, false);
        return;
    default:
        bind_own(nm, n, sc);
        visit_children(nm, n, sc);
        return;
    }
}

/* ------------------------------------------------------------------ module level */

/* N808: a TypeVar assigned at module level must be CapWords, with `_co` or `_contra` as
** the only suffix. */
static void check_type_variables(naming *nm, const pr_seq *body)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (s->kind != PR_Assign || PR_SEQ_LEN(s->v.Assign.targets) != 1 ||
            s->v.Assign.value->kind != PR_Call)
            continue;
        const pr_node *t = PR_SEQ_NODE(s->v.Assign.targets, 0);
        const char *f = decorator_name(s->v.Assign.value->v.Call.func);
        if (t->kind != PR_Name || !f || strcmp(f, "TypeVar") != 0 || ignored(nm, t->v.Name.id))
            continue;
        const char *name = t->v.Name.id, *underscore = strchr(name, '_');
        if (!(pr_first_case(name) & PR_UNI_UPPER) ||
            (underscore && strcmp(underscore, "_co") != 0 && strcmp(underscore, "_contra") != 0))
            REPORT(nm, PR_RULE_N808, t, name);
    }
}

static bool is_keyword(const char *s)
{
    static const char *const keywords[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    };
    for (size_t i = 0; i < COUNT(keywords); i++)
        if (strcmp(s, keywords[i]) == 0)
            return true;
    return false;
}

/* ruff's module name test: lowercase letters, digits and underscores, no keyword, and no
** leading digit but in a migrations directory. */
static bool is_module_name(const char *s, size_t n, bool migration)
{
    if (n == 0 || (!migration && s[0] >= '0' && s[0] <= '9'))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((unsigned char)s[i] >= 0x80 || (s[i] >= 'a' && s[i] <= 'z') || s[i] == '_' ||
              (s[i] >= '0' && s[i] <= '9')))
            return false;
    char word[16];
    if (n >= sizeof word)
        return true;
    memcpy(word, s, n);
    word[n] = '\0';
    return !is_keyword(word);
}

/* N999: the name of a module of a package (a directory with an __init__.py), or of the
** package for its __init__.py, that no import statement could spell, as ruff checks it
** (a file outside any package has no module name to check). */
static void check_module_name(naming *nm)
{
    const char *path = nm->ctx->path, *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t n = strlen(base);
    size_t stem = n > 3 && strcmp(base + n - 3, ".py") == 0    ? n - 3
                  : n > 4 && strcmp(base + n - 4, ".pyi") == 0 ? n - 4
                                                                : 0;
    int dir_len = slash ? (int)(slash - path) : 1;
    const char *dir = slash ? path : ".";
    char probe[PATH_MAX], cwd[PATH_MAX];
    if (stem == 0 ||
        (snprintf(probe, sizeof probe, "%.*s/__init__.py", dir_len, dir) >= (int)sizeof probe ||
         access(probe, F_OK) != 0))
        return;
    /* the directory's own name: the last part of the path, or of the working directory */
    const char *dname = dir;
    size_t dlen = (size_t)dir_len;
    if (!slash || (dlen == 1 && dir[0] == '.')) {
        if (!getcwd(cwd, sizeof cwd))
            return;
        dname = cwd;
        dlen = strlen(cwd);
    }
    for (size_t i = dlen; i > 0; i--)
        if (dname[i - 1] == '/') {
            dname += i;
            dlen -= i;
            break;
        }
    bool migration = (dlen == 8 && memcmp(dname, "versions", 8) == 0) ||
                     (dlen == 10 && memcmp(dname, "migrations", 10) == 0);
    const char *module = base;
    size_t mlen = stem;
    if (stem == 8 && memcmp(base, "__init__", 8) == 0)
        module = dname, mlen = dlen;
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)mlen, module);
    if (!is_module_name(module, mlen, migration) && !ignored(nm, name))
        pr_report_at(nm->ctx->findings, PR_RULE_N999, 1, 0, 1, 0, name);
}

static const pr_rule naming_rules[] = {
    PR_RULE_N801, PR_RULE_N802, PR_RULE_N803, PR_RULE_N804, PR_RULE_N805, PR_RULE_N806,
    PR_RULE_N807, PR_RULE_N808, PR_RULE_N811, PR_RULE_N812, PR_RULE_N813, PR_RULE_N814,
    PR_RULE_N815, PR_RULE_N816, PR_RULE_N817, PR_RULE_N818, PR_RULE_N999, PR_RULE_RVW101,
    PR_RULE_RVW103,
};

void pr_pass_naming(pr_review_ctx *ctx)
{
    bool any = false;
    for (size_t i = 0; i < COUNT(naming_rules) && !any; i++)
        any = ctx->enabled[naming_rules[i]];
    if (!any && !(ctx->summary && ctx->summary->want_idents))
        return;
    naming nm = {.ctx = ctx, .sem = ctx->sem};
    nm.noting = ctx->enabled[PR_RULE_RVW101] || ctx->enabled[PR_RULE_RVW103] ||
                (ctx->summary && ctx->summary->want_idents);
    split_ignore_names(&nm, ctx->options->naming_ignore_names);
    nm.classmethod_decorators = ctx->options->classmethod_decorators;
    nm.staticmethod_decorators = ctx->options->staticmethod_decorators;
    const pr_node *module = ctx->parsed->module;
    pr_class_index_build(ctx->arena, module, &nm.classes);
    check_module_name(&nm);
    check_type_variables(&nm, module->v.Module.body);
    read_model(&nm);
    /* about as many names as the semantic model has */
    pr_table_reserve(ctx->arena, &nm.facts_index, ctx->sem->nnames);
    scope top = {.imported_ancestry = -1};
    visit_list(&nm, module->v.Module.body, &top);
    if (ctx->enabled[PR_RULE_RVW101])
        report_inconsistent(&nm);
}
