/* Dead code (RULES.md §2.2, §4.4): stores whose value no read can see (RVW203), from the
** use-def chains of each function (usedef.c), and statements no path reaches (RVW204),
** from the control-flow graph of each scope (cfg.c).  Both stay quiet where the model
** cannot see every read or every path: a function calling locals(), vars(), eval() or
** exec(), a name a nested scope reads or declares nonlocal, a name declared global, a
** `with` body (its context manager may swallow an exception, so the code after it stays
** reachable and a store before it stays live; for RVW204, only the standard library's
** managers that never do, entered in the statement itself (managers.c), are trusted to
** let every exception through). */
#include "passes/dataflow.h"

#include <stdio.h>
#include <string.h>

typedef struct dead {
    pr_review_ctx *ctx;
    pr_sem *m;
    pr_resolver *r;
    pr_table dynamic;         /* scope + 1 -> 1: reads its locals by name (eval, exec ...) */
    pr_table not_local;       /* (scope, name) -> 1: global, nonlocal, or nonlocal inside */
    uint8_t *exempt;          /* per name: EXEMPT when a dummy or always used, once known */
    /* of the function being looked at: per name, its NAME_* marks and its first binding;
    ** per binding, the next binding of its name */
    uint8_t *name_state;
    uint32_t *first_same, *next_same;
} dead;

enum { NOT_EXEMPT = 1, EXEMPT = 2 };

static uint64_t scope_name(uint32_t scope, uint32_t name)
{
    return ((uint64_t)(scope + 1) << 32) | name;
}

/* ------------------------------------------------------------------ RVW203 */

/* The facts about the file's scopes the rule needs beyond the model: which functions read
** their locals by name, and which names of a function are not (only) its own locals. */
static void scan_scopes(dead *d)
{
    pr_sem *m = d->m;
    pr_arena *a = d->ctx->arena;
    static const char *const dynamic[] = {"eval", "exec", "locals", "vars", "dir"};
    uint32_t names[5];
    for (int i = 0; i < 5; i++)
        names[i] = pr_sem_find(m, dynamic[i], strlen(dynamic[i]));
    for (uint32_t i = 0; i < m->nrefs; i++) {
        const pr_ref *ref = &m->refs[i];
        if (ref->binding != PR_SEM_BUILTIN)
            continue;
        for (int k = 0; k < 5; k++)
            if (ref->name == names[k])
                pr_table_put(a, &d->dynamic, (uint64_t)ref->scope + 1, 1);
    }
    for (uint32_t i = 0; i < m->nbindings; i++) {
        const pr_binding *b = &m->bindings[i];
        if (b->kind != PR_BIND_GLOBAL)
            continue;
        pr_table_put(a, &d->not_local, scope_name(b->scope, b->name), 1);
        /* `nonlocal x` in a nested def reads and writes the x of the functions around it */
        if (b->node && b->node->kind == PR_Nonlocal)
            for (uint32_t s = m->scopes[b->scope].parent; s != PR_SEM_NONE; s = m->scopes[s].parent)
                pr_table_put(a, &d->not_local, scope_name(s, b->name), 1);
    }
}

/* Whether the function rebinds a name where an assignment is involved: the new binding
** or the one it replaced.  A dead store whose name is read is never a name's only
** binding (F841 has those), and the first binding after it in the walk replaces it, so a
** function without such a pair needs no chains. */
static bool rebinds(const dead *d, uint32_t scope)
{
    const pr_resolver *r = d->r;
    const pr_binding *bs = d->m->bindings;
    for (uint32_t i = r->scope_first[scope]; i < r->scope_first[scope + 1]; i++) {
        const pr_binding *b = &bs[r->scope_bindings[i]];
        if (b->shadowed != PR_SEM_NONE &&
            (b->kind == PR_BIND_ASSIGN || bs[b->shadowed].kind == PR_BIND_ASSIGN))
            return true;
    }
    return false;
}

static bool is_none(const pr_node *e)
{
    return e && e->kind == PR_Constant && e->v.Constant.value->kind == PR_CONST_NONE;
}

/* A store the rule judges: `x = ...`, `x += ...`, `x: T = ...` to a plain name, but not
** `x = None`, which drops a reference on purpose (to break a cycle, to free memory) or
** is a placeholder a reader expects. */
static bool is_store(const pr_binding *b, const pr_node *stmt)
{
    if (b->kind != PR_BIND_ASSIGN || !stmt)
        return false;
    switch (stmt->kind) {
    case PR_Assign:
        return !is_none(stmt->v.Assign.value);
    case PR_AugAssign:
        return true;
    case PR_AnnAssign:
        return stmt->v.AnnAssign.value && !is_none(stmt->v.AnnAssign.value);
    default:
        return false;
    }
}

/* Whether the binding passes the tests of a dead store that need no chains: an
** assignment to a name that is the function's own, not a dummy, and not F841's case (the
** name's last binding, never read: pyflakes' flow-insensitive view). */
static bool may_be_dead(dead *d, uint32_t scope, uint32_t id)
{
    const pr_sem *m = d->m;
    const pr_binding *b = &m->bindings[id];
    if (b->kind != PR_BIND_ASSIGN || pr_table_get(&d->not_local, scope_name(scope, b->name), 0) ||
        (b->used_scope == PR_SEM_NONE && pr_sem_lookup(m, scope, b->name) == id))
        return false;
    if (!d->exempt) {
        d->exempt = pr_arena_alloc(d->ctx->arena, (size_t)m->nnames + 1);
        memset(d->exempt, 0, (size_t)m->nnames + 1);
    }
    uint8_t *exempt = &d->exempt[b->name];
    if (!*exempt) {
        const char *name = m->names[b->name].text;
        *exempt = pr_sem_dummy(d->ctx->options, name) || pr_sem_always_used(name) ? EXEMPT : NOT_EXEMPT;
    }
    return *exempt == NOT_EXEMPT;
}

/* ---- stores the walk already shows read
**
** Most functions the chains would be built for have no dead store, and the walk's reads
** show it for most stores without a graph: a read of the name in the function that the
** flow reaches from the store's statement, through statements that all fall through and
** into lists it always enters, with no binding of the name on the way in the text, is
** reached by the store's value.  Statements are found by their positions.  A read the
** graph does not place (in a nested def, lambda or class) makes the name escape, and a
** name nobody reads is F841's: in both cases the rule stays quiet as well. */

enum { MAX_DEPTH = 32 };

/* Where a node sits in a function's body: the statement lists from the body down to the
** innermost one with a statement holding the node, and that statement's index in each. */
typedef struct spot {
    const pr_seq *list[MAX_DEPTH];
    uint32_t index[MAX_DEPTH];
    uint32_t depth;
} spot;

/* Whether statement s starts after node n does; whether s ends after n starts. */
static bool starts_after(const pr_node *s, const pr_node *n)
{
    return s->lineno > n->lineno || (s->lineno == n->lineno && s->col > n->col);
}

static bool ends_after(const pr_node *s, const pr_node *n)
{
    return s->end_lineno > n->lineno || (s->end_lineno == n->lineno && s->end_col > n->col);
}

/* The statement of list whose span holds the start of n, by its index + 1, or 0. */
static uint32_t holder(const pr_seq *list, const pr_node *n)
{
    uint32_t lo = 0, hi = PR_SEQ_LEN(list);
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (starts_after(PR_SEQ_NODE(list, mid), n))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo > 0 && ends_after(PR_SEQ_NODE(list, lo - 1), n) ? lo : 0;
}

/* The spot of n in body, by the positions of the statements: false when no statement
** holds it (a decorator's line) or the statements nest too deep. */
static bool locate(const pr_seq *body, const pr_node *n, spot *at)
{
    at->depth = 0;
    while (body) {
        uint32_t i = holder(body, n);
        if (i == 0 || at->depth == MAX_DEPTH)
            return false;
        const pr_node *s = PR_SEQ_NODE(body, i - 1);
        at->list[at->depth] = body;
        at->index[at->depth++] = i - 1;
        body = NULL;
        if (pr_holds_blocks(s)) {
            pr_body_iter it;
            pr_body_iter_init(&it, s);
            for (const pr_seq *p; !body && (p = pr_body_iter_next(&it));)
                if (holder(p, n))
                    body = p;
        }
    }
    return true;
}

static bool list_falls(const pr_seq *list, uint32_t begin, uint32_t end);

/* Whether some way through statement s goes on after it, in the graph: a loop leaves by
** its head (unless `while` on a true constant), a with's context manager may swallow an
** exception of its body, a match may match no case; a try's handlers are left aside
** (entering one binds its name). */
static bool falls_through(const pr_node *s)
{
    switch (s->kind) {
    case PR_Return:
    case PR_Raise:
    case PR_Break:
    case PR_Continue:
        return false;
    case PR_If:
        return list_falls(s->v.If.body, 0, PR_SEQ_LEN(s->v.If.body)) ||
               list_falls(s->v.If.orelse, 0, PR_SEQ_LEN(s->v.If.orelse));
    case PR_While:
        return !pr_cfg_always_true(s->v.While.test);
    case PR_Try:
    case PR_TryStar:
        return list_falls(s->v.Try.body, 0, PR_SEQ_LEN(s->v.Try.body)) &&
               list_falls(s->v.Try.orelse, 0, PR_SEQ_LEN(s->v.Try.orelse)) &&
               list_falls(s->v.Try.finalbody, 0, PR_SEQ_LEN(s->v.Try.finalbody));
    case PR_Match: {
        const pr_seq *cases = s->v.Match.cases;
        const pr_node *last = PR_SEQ_NODE(cases, PR_SEQ_LEN(cases) - 1);
        if (last->v.match_case.guard || !pr_pattern_irrefutable(last->v.match_case.pattern))
            return true;
        for (uint32_t i = 0; i < PR_SEQ_LEN(cases); i++) {
            const pr_seq *body = PR_SEQ_NODE(cases, i)->v.match_case.body;
            if (list_falls(body, 0, PR_SEQ_LEN(body)))
                return true;
        }
        return false;
    }
    default:
        return true;          /* simple statements, for loops, with, def, class */
    }
}

/* Whether the statements of list from begin to end (not included) all fall through. */
static bool list_falls(const pr_seq *list, uint32_t begin, uint32_t end)
{
    for (uint32_t i = begin; i < end; i++)
        if (!falls_through(PR_SEQ_NODE(list, i)))
            return false;
    return true;
}

/* Whether the flow goes on after compound statement s from the end of its list: the
** parts that run after that list fall through (a `while` tests again on the way out,
** which may rebind; the end of a finally goes on only in some cases). */
static bool leaves(const pr_node *s, const pr_seq *list)
{
    switch (s->kind) {
    case PR_If:
    case PR_With:
    case PR_AsyncWith:
    case PR_Match:
        return true;
    case PR_For:
    case PR_AsyncFor:
        return list != s->v.For.body || list_falls(s->v.For.orelse, 0, PR_SEQ_LEN(s->v.For.orelse));
    case PR_Try:
    case PR_TryStar: {
        const pr_seq *orelse = s->v.Try.orelse, *final = s->v.Try.finalbody;
        if (list == final)
            return false;
        return (list != s->v.Try.body || list_falls(orelse, 0, PR_SEQ_LEN(orelse))) &&
               list_falls(final, 0, PR_SEQ_LEN(final));
    }
    default:
        return false;
    }
}

/* Whether the flow always enters list when statement s runs: an if's branches, a loop's
** body (from its head), a with's or a try's body, a case's body (the case is tried
** first). */
static bool entered(const pr_node *s, const pr_seq *list)
{
    switch (s->kind) {
    case PR_If:
    case PR_Match:
        return true;
    case PR_For:
    case PR_AsyncFor:
        return list == s->v.For.body;
    case PR_While:
        return list == s->v.While.body;
    case PR_With:
    case PR_AsyncWith:
        return list == s->v.With.body;
    case PR_Try:
    case PR_TryStar:
        return list == s->v.Try.body;
    default:
        return false;
    }
}

/* Whether the flow goes from the store's statement (at store) to the read's (at read)
** along a way that falls through every statement it passes and enters every list that
** holds the read, and the read is where the graph places it: in a simple statement or the
** header of an if, loop, with, def or class (a try's or a match's header parts belong to
** its handlers and cases). */
static bool flows_to(const spot *store, const spot *read)
{
    uint32_t k = 0;
    while (k + 1 < store->depth && k + 1 < read->depth && store->list[k + 1] == read->list[k + 1])
        k++;
    if (read->index[k] <= store->index[k])
        return false;
    const pr_node *at = PR_SEQ_NODE(read->list[read->depth - 1], read->index[read->depth - 1]);
    if (at->kind == PR_Try || at->kind == PR_TryStar || at->kind == PR_Match)
        return false;
    /* out of the store's lists, along the common list, into the read's */
    for (uint32_t l = store->depth - 1; l > k; l--)
        if (!list_falls(store->list[l], store->index[l] + 1, PR_SEQ_LEN(store->list[l])) ||
            !leaves(PR_SEQ_NODE(store->list[l - 1], store->index[l - 1]), store->list[l]))
            return false;
    if (!list_falls(read->list[k], store->index[k] + 1, read->index[k]))
        return false;
    for (uint32_t l = k + 1; l < read->depth; l++)
        if (!entered(PR_SEQ_NODE(read->list[l - 1], read->index[l - 1]), read->list[l]) ||
            !list_falls(read->list[l], 0, read->index[l]))
            return false;
    return true;
}

/* The scope a read of scope's names is in, past the comprehensions around it: scope
** itself when the graph places the read, a nested def, lambda or class when it cannot. */
static uint32_t read_home(const pr_sem *m, uint32_t s)
{
    while (m->scopes[s].kind == PR_SCOPE_COMPREHENSION)
        s = m->scopes[s].parent;
    return s;
}

/* Whether the flow, leaving list from of compound statement s (the part holding the
** store) at its end, runs part to on its way out of s: a loop's else after its body, a
** try's else after its body and its finally after any part. */
static bool runs_after(const pr_node *s, const pr_seq *from, const pr_seq *to)
{
    switch (s->kind) {
    case PR_For:
    case PR_AsyncFor:
        return from == s->v.For.body && to == s->v.For.orelse;
    case PR_Try:
    case PR_TryStar:
        return to == s->v.Try.finalbody || (from == s->v.Try.body && to == s->v.Try.orelse);
    default:
        return false;
    }
}

/* Whether a binding at spot at, after the store in the text, is in a part of a compound
** statement around the store that the flow skips once the store's part ends: the other
** branch of an if, another handler or case, a handler's or a case's header. */
static bool skipped(const spot *store, const spot *at)
{
    for (uint32_t j = 0; j + 1 < store->depth && j < at->depth; j++) {
        if (at->list[j] != store->list[j] || at->index[j] != store->index[j])
            return false;
        const pr_node *s = PR_SEQ_NODE(store->list[j], store->index[j]);
        if (at->depth == j + 1)
            return s->kind == PR_Try || s->kind == PR_TryStar || s->kind == PR_Match;
        if (at->list[j + 1] != store->list[j + 1])
            return !runs_after(s, store->list[j + 1], at->list[j + 1]);
    }
    return false;
}

enum { NAME_READ = 1, NAME_ESCAPES = 2 };

/* Whether a starts before b, by position. */
static bool before(const pr_node *a, const pr_node *b)
{
    return a->lineno < b->lineno || (a->lineno == b->lineno && a->col < b->col);
}

/* Whether the walk shows that the store is no dead store (see above), by the reads of its
** name in the function (first_same and next_same chain the function's bindings of a name). */
static bool shown_read(const dead *d, uint32_t scope, uint32_t id)
{
    const pr_sem *m = d->m;
    const pr_binding *b = &m->bindings[id];
    if (d->name_state[b->name] != NAME_READ)
        return true;
    const pr_seq *body = m->scopes[scope].node->v.FunctionDef.body;
    spot store, read;
    if (!locate(body, b->node, &store))
        return false;
    if (!is_store(b, PR_SEQ_NODE(store.list[store.depth - 1], store.index[store.depth - 1])))
        return true;
    /* the next binding of the name in the text that the flow may pass on its way on from
    ** the store: a read in a statement after it is not shown reached (a binding in the
    ** read's own statement is made after the read) */
    const pr_node *next = NULL;
    for (uint32_t o = d->first_same[b->name]; o != PR_SEM_NONE; o = d->next_same[o]) {
        const pr_node *n = m->bindings[o].node;
        if (o != id && n && !before(n, b->node) && (!next || before(n, next)) &&
            !(locate(body, n, &read) && skipped(&store, &read)))
            next = n;
    }
    for (uint32_t o = d->first_same[b->name]; o != PR_SEM_NONE; o = d->next_same[o])
        for (uint32_t ref = m->bindings[o].first_ref; ref != PR_SEM_NONE; ref = m->refs[ref].next) {
            const pr_node *n = m->refs[ref].node;
            if (read_home(m, m->refs[ref].scope) != scope || !before(b->node, n) || !locate(body, n, &read))
                continue;
            if ((!next || !before(next, PR_SEQ_NODE(read.list[read.depth - 1], read.index[read.depth - 1]))) &&
                flows_to(&store, &read))
                return true;
        }
    return false;
}

/* Whether some store of the function may be dead: the chains must tell. */
static bool needs_chains(dead *d, uint32_t scope)
{
    const pr_sem *m = d->m;
    const pr_resolver *r = d->r;
    uint32_t first = r->scope_first[scope], last = r->scope_first[scope + 1];
    if (!d->name_state) {
        d->name_state = pr_arena_alloc(d->ctx->arena, (size_t)m->nnames + 1);
        memset(d->name_state, 0, (size_t)m->nnames + 1);
        d->first_same = pr_arena_alloc(d->ctx->arena, ((size_t)m->nnames + 1) * sizeof *d->first_same);
        memset(d->first_same, 0xff, ((size_t)m->nnames + 1) * sizeof *d->first_same);
        d->next_same = pr_arena_alloc(d->ctx->arena, ((size_t)m->nbindings + 1) * sizeof *d->next_same);
    }
    for (uint32_t i = first; i < last; i++) {
        uint32_t id = r->scope_bindings[i];
        const pr_binding *b = &m->bindings[id];
        d->next_same[id] = d->first_same[b->name];
        d->first_same[b->name] = id;
        for (uint32_t ref = b->first_ref; ref != PR_SEM_NONE; ref = m->refs[ref].next) {
            uint32_t home = read_home(m, m->refs[ref].scope);
            uint8_t kind = m->scopes[home].kind;
            d->name_state[b->name] |= home != scope && (kind == PR_SCOPE_FUNCTION || kind == PR_SCOPE_LAMBDA ||
                                                         kind == PR_SCOPE_CLASS)
                                          ? NAME_READ | NAME_ESCAPES : NAME_READ;
        }
    }
    bool needed = false;
    for (uint32_t i = first; i < last && !needed; i++) {
        uint32_t id = r->scope_bindings[i];
        needed = may_be_dead(d, scope, id) && !shown_read(d, scope, id);
    }
    for (uint32_t i = first; i < last; i++) {
        uint32_t name = m->bindings[r->scope_bindings[i]].name;
        d->name_state[name] = 0;
        d->first_same[name] = PR_SEM_NONE;
    }
    return needed;
}

static void dead_stores_of(dead *d, uint32_t scope)
{
    pr_sem *m = d->m;
    const pr_resolver *r = d->r;
    if (!needs_chains(d, scope))
        return;
    pr_usedef *u = pr_usedef_of(d->ctx->arena, r, m->scopes[scope].node);
    if (!u)
        return;
    pr_usedef_link(d->ctx->arena, u);
    for (uint32_t i = r->scope_first[scope]; i < r->scope_first[scope + 1]; i++) {
        uint32_t id = r->scope_bindings[i];
        const pr_binding *b = &m->bindings[id];
        /* the tests of the chains first: most stores are read */
        if (!is_store(b, pr_usedef_def_stmt(u, id)) || pr_usedef_reads(u, id, NULL, 0) != 0 ||
            pr_usedef_escapes(u, id) || !pr_usedef_name_read(u, id) || !pr_usedef_live(u, id) ||
            !may_be_dead(d, scope, id))
            continue;
        char tail[96];
        uint32_t by = pr_usedef_replaced_by(u, id);
        if (by != PR_SEM_NONE)
            snprintf(tail, sizeof tail, "is overwritten on line %u before it is read",
                     pr_sem_binding_span(m, &m->bindings[by]).lineno);
        else
            snprintf(tail, sizeof tail, "is never read: the function ends first");
        pr_report(d->ctx->findings, PR_RULE_RVW203, b->node, m->names[b->name].text,
                  b->node->lineno, tail);
    }
}

static void dead_stores(dead *d)
{
    const pr_sem *m = d->m;
    for (uint32_t s = 0; s < m->nscopes; s++) {
        const pr_sem_scope *scope = &m->scopes[s];
        if (scope->kind != PR_SCOPE_FUNCTION || scope->node->kind == PR_Lambda || scope->uses_locals ||
            pr_table_get(&d->dynamic, (uint64_t)s + 1, 0) || !rebinds(d, s))
            continue;
        dead_stores_of(d, s);
    }
}

/* ------------------------------------------------------------------ RVW204 */

typedef struct reach {
    const pr_cfg *g;
    uint8_t *reached;         /* per block */
    pr_table block_of;        /* statement -> 1 + its block */
} reach;

/* Whether the statement runs on some path: the block holding it is reached (a try is
** where its body starts). */
static bool reached(const reach *rc, const pr_node *s)
{
    while ((s->kind == PR_Try || s->kind == PR_TryStar) && PR_SEQ_LEN(s->v.Try.body))
        s = PR_SEQ_NODE(s->v.Try.body, 0);
    uint32_t b = pr_table_get(&rc->block_of, (uint64_t)(uintptr_t)s, 0);
    return b == 0 || rc->reached[b - 1];
}

static bool is_type_checking(const pr_node *s)
{
    const pr_node *t = s->kind == PR_If ? s->v.If.test : NULL;
    return t && ((t->kind == PR_Name && strcmp(t->v.Name.id, "TYPE_CHECKING") == 0) ||
                 (t->kind == PR_Attribute && strcmp(t->v.Attribute.attr, "TYPE_CHECKING") == 0));
}

/* Unreachable code nobody needs to hear about: a bare `yield` after a return (the idiom
** that makes an empty generator), and `if TYPE_CHECKING:` blocks. */
static bool excused(const pr_node *s)
{
    if (s->kind == PR_Expr) {
        int k = s->v.Expr.value->kind;
        return k == PR_Yield || k == PR_YieldFrom;
    }
    return is_type_checking(s);
}

/* What ended the flow before unreachable code: the statement before it, or the loop
** whose else it is. */
static const char *ender(const pr_node *s, const pr_seq *body)
{
    switch (s->kind) {
    case PR_Return:
        return "`return`";
    case PR_Raise:
        return "`raise`";
    case PR_Continue:
        return "`continue`";
    case PR_Break:
        return "`break`";
    case PR_While:
        if (body == s->v.While.orelse)
            return "the `while` loop (its test is always true, so its `else` never runs)";
        return "the `while` loop (its test is always true and nothing breaks out)";
    case PR_For:
    case PR_AsyncFor:
        return "the `for` statement (its `else` never falls through)";
    case PR_If:
        return "the `if` statement (no branch falls through)";
    case PR_Match:
        return "the `match` statement (no case falls through)";
    case PR_Try:
    case PR_TryStar:
        return "the `try` statement (no way through it falls through)";
    case PR_With:
    case PR_AsyncWith:
        return "the `with` statement (its body does not fall through, and its context managers "
               "suppress no exception)";
    default:
        return "the statement";
    }
}

static void scan_body(dead *d, const reach *rc, const pr_seq *body, const pr_node *before);

/* The bodies of a reached compound statement, each with what runs before its first
** statement. */
static void scan_parts(dead *d, const reach *rc, const pr_node *s)
{
    switch (s->kind) {
    case PR_If:
        scan_body(d, rc, s->v.If.body, s);
        scan_body(d, rc, s->v.If.orelse, s);
        break;
    case PR_For:
    case PR_AsyncFor:
        scan_body(d, rc, s->v.For.body, s);
        scan_body(d, rc, s->v.For.orelse, s);
        break;
    case PR_While:
        scan_body(d, rc, s->v.While.body, s);
        scan_body(d, rc, s->v.While.orelse, s);
        break;
    case PR_With:
    case PR_AsyncWith:
        scan_body(d, rc, s->v.With.body, s);
        break;
    case PR_Match:
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Match.cases); i++)
            scan_body(d, rc, PR_SEQ_NODE(s->v.Match.cases, i)->v.match_case.body, s);
        break;
    case PR_Try:
    case PR_TryStar: {
        const pr_seq *body = s->v.Try.body;
        scan_body(d, rc, body, s);
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Try.handlers); i++)
            scan_body(d, rc, PR_SEQ_NODE(s->v.Try.handlers, i)->v.ExceptHandler.body, s);
        /* the else runs when the body ends: after its last statement */
        scan_body(d, rc, s->v.Try.orelse, PR_SEQ_NODE(body, PR_SEQ_LEN(body) - 1));
        scan_body(d, rc, s->v.Try.finalbody, s);
        break;
    }
    default:
        break;
    }
}

/* Reports the first statement of body that no path reaches, once: nothing after it in
** the body runs either (Python has no jumps into a block). */
static void scan_body(dead *d, const reach *rc, const pr_seq *body, const pr_node *before)
{
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        const pr_node *s = PR_SEQ_NODE(body, i);
        if (!reached(rc, s)) {
            if (!excused(s)) {
                const pr_node *prev = i ? PR_SEQ_NODE(body, i - 1) : before;
                pr_report(d->ctx->findings, PR_RULE_RVW204, s, ender(prev, body), prev->lineno);
            }
            return;
        }
        scan_parts(d, rc, s);
    }
}

static bool jumps(const pr_seq *body, bool *suspect);

/* Whether statement s may end the flow (holds a return, raise, break or continue of this
** scope, or is a `while` on a true constant); sets *suspect when a part of s may then be
** unreachable (the else of such a try body or loop). */
static bool stmt_jumps(const pr_node *s, bool *suspect)
{
    switch (s->kind) {
    case PR_Return:
    case PR_Raise:
    case PR_Break:
    case PR_Continue:
        return true;
    case PR_If:
        return jumps(s->v.If.body, suspect) | jumps(s->v.If.orelse, suspect);
    case PR_For:
    case PR_AsyncFor:
        return jumps(s->v.For.body, suspect) | jumps(s->v.For.orelse, suspect);
    case PR_While: {
        bool j = jumps(s->v.While.body, suspect) | jumps(s->v.While.orelse, suspect);
        if (!pr_cfg_always_true(s->v.While.test))
            return j;
        *suspect |= PR_SEQ_LEN(s->v.While.orelse) > 0;
        return true;
    }
    case PR_With:
    case PR_AsyncWith:
        return jumps(s->v.With.body, suspect);
    case PR_Match: {
        bool j = false;
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Match.cases); i++)
            j |= jumps(PR_SEQ_NODE(s->v.Match.cases, i)->v.match_case.body, suspect);
        return j;
    }
    case PR_Try:
    case PR_TryStar: {
        bool body = jumps(s->v.Try.body, suspect);
        *suspect |= body && PR_SEQ_LEN(s->v.Try.orelse) > 0;
        bool j = body | jumps(s->v.Try.orelse, suspect) | jumps(s->v.Try.finalbody, suspect);
        for (uint32_t i = 0; i < PR_SEQ_LEN(s->v.Try.handlers); i++)
            j |= jumps(PR_SEQ_NODE(s->v.Try.handlers, i)->v.ExceptHandler.body, suspect);
        return j;
    }
    default:
        return false;         /* a def or class is a scope of its own */
    }
}

/* Whether body holds a statement that may end the flow; sets *suspect when one is
** followed by more statements.  Code no path reaches needs such a statement before it, so
** a scope without a suspect needs no graph (most functions end with their only return). */
static bool jumps(const pr_seq *body, bool *suspect)
{
    bool any = false;
    for (uint32_t i = 0; i < PR_SEQ_LEN(body); i++) {
        bool j = stmt_jumps(PR_SEQ_NODE(body, i), suspect);
        *suspect |= j && i + 1 < PR_SEQ_LEN(body);
        any |= j;
    }
    return any;
}

static void unreachable_in(dead *d, const pr_node *scope)
{
    const pr_seq *body = scope->kind == PR_Module     ? scope->v.Module.body
                         : scope->kind == PR_ClassDef ? scope->v.ClassDef.body
                                                      : scope->v.FunctionDef.body;
    bool suspect = false;
    jumps(body, &suspect);
    if (!suspect)
        return;
    pr_arena *a = d->ctx->arena;
    reach rc = {.g = pr_cfg_build_judged(a, scope, pr_with_may_suppress, d->r)};
    const pr_cfg *g = rc.g;
    rc.reached = pr_cfg_reachable(a, g);
    bool all = true;
    for (uint32_t b = 0; b < g->nblocks; b++)
        all &= rc.reached[b] || g->blocks[b].nstmts == 0;
    if (all)
        return;
    pr_table_reserve(a, &rc.block_of, g->nstmts);
    for (uint32_t b = 0; b < g->nblocks; b++)
        for (uint32_t s = 0; s < g->blocks[b].nstmts; s++)
            pr_table_put(a, &rc.block_of, (uint64_t)(uintptr_t)g->stmts[g->blocks[b].first_stmt + s], b + 1);
    scan_body(d, &rc, body, scope);
}

static void unreachable(dead *d)
{
    const pr_sem *m = d->m;
    for (uint32_t s = 0; s < m->nscopes; s++) {
        const pr_node *n = m->scopes[s].node;
        switch (m->scopes[s].kind) {
        case PR_SCOPE_MODULE:
        case PR_SCOPE_CLASS:
            unreachable_in(d, n);
            break;
        case PR_SCOPE_FUNCTION:
            if (n->kind != PR_Lambda)
                unreachable_in(d, n);
            break;
        default:
            break;
        }
    }
}

void pr_pass_deadcode(pr_review_ctx *ctx)
{
    if (!ctx->sem)
        return;
    dead d = {.ctx = ctx, .m = ctx->sem};
    if (pr_review_on(ctx, PR_RULE_RVW203)) {
        d.r = pr_review_resolver(ctx);
        scan_scopes(&d);
        dead_stores(&d);
    }
    if (pr_review_on(ctx, PR_RULE_RVW204)) {
        d.r = pr_review_resolver(ctx);
        unreachable(&d);
    }
}
