/* radon's Halstead counts of a module (`radon hal`, and the volume its maintainability
** index uses).  Operators are the operator classes of BinOp, AugAssign, UnaryOp, BoolOp
** and Compare nodes (Add, Not, And, Eq, ...: 29 in all, shared between BinOp and
** AugAssign), one per node, one per comparison of a chain.  Operands are what those nodes
** apply to.  Distinct operands are pairs of a context (the name of the innermost enclosing
** def, so that two defs of one name share theirs) and a value compared as Python compares:
** a Name's id, an Attribute's attr and a str constant are the same string, 1, 1.0 and True
** the same number; any other expression is an operand of its own.  Names and attributes,
** most operands, are identifiers, interned per file: they are kept by pointer, without a
** look at their text, and only the distinct ones are compared with the str constants, at
** the end.  A def's body is walked in its own context; its decorators, defaults and
** annotations are not walked at all.  The walk itself is complexity.c's, which visits
** every node once for radon's complexity and hands the operator nodes here
** (pr_halstead_node); subtrees that radon does not walk come here whole
** (pr_halstead_tree). */
#include "passes/metrics.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* A distinct constant operand: its context and its value as a kind letter and text ("s"
** and a str's bytes, "n" and decimal digits, "f" and a float's hex form, ...).  The
** context is a def's name, interned per file as names are: compared as a pointer. */
typedef struct key {
    uint64_t hash;          /* 0: an empty slot */
    const char *context;
    const char *text;
    uint32_t len;
    char kind;
} key;

/* A set of keys, open addressing, kept at most half full. */
typedef struct key_set {
    key *slots;
    uint32_t cap, count;
} key_set;

/* A distinct identifier operand: a pair of pointers (name NULL: an empty slot). */
typedef struct name_key {
    const char *context, *name;
} name_key;

/* The set of them, open addressing, kept at most half full. */
typedef struct name_set {
    name_key *slots;
    uint32_t cap, count;
} name_set;

struct pr_halstead_counter {
    pr_arena *a;
    pr_halstead out;
    uint32_t operators;     /* bit per operator class seen */
    name_set names;
    key_set values;         /* constants, by kind and text */
    uint32_t strings;       /* of values, those of str constants */
    pr_sbuf buf;            /* the text of a number's key */
};
typedef pr_halstead_counter halstead;

enum { OP_BIN = 0, OP_UNARY = 13, OP_BOOL = 17, OP_CMP = 19 };

static uint64_t hash_key(const key *k)
{
    uint64_t h = (1469598103934665603ULL ^ (uint64_t)(uintptr_t)k->context) * 1099511628211ULL;
    h = (h ^ (unsigned char)k->kind) * 1099511628211ULL;
    for (uint32_t i = 0; i < k->len; i++)
        h = (h ^ (unsigned char)k->text[i]) * 1099511628211ULL;
    return h | 1;
}

static uint32_t name_slot(name_key k, uint32_t cap)
{
    uint64_t h = ((uint64_t)(uintptr_t)k.context * 0x9E3779B97F4A7C15ULL) ^ (uint64_t)(uintptr_t)k.name;
    h *= 0xC2B2AE3D27D4EB4FULL;
    return (uint32_t)(h ^ h >> 29) & (cap - 1);
}

static void add_name(halstead *h, name_key k)
{
    name_set *set = &h->names;
    if (set->cap)
        for (uint32_t i = name_slot(k, set->cap); set->slots[i].name; i = (i + 1) & (set->cap - 1))
            if (set->slots[i].name == k.name && set->slots[i].context == k.context)
                return;
    if (2 * (set->count + 1) > set->cap) {
        uint32_t cap = set->cap ? 2 * set->cap : 64;
        name_key *slots = pr_arena_alloc(h->a, cap * sizeof *slots);
        memset(slots, 0, cap * sizeof *slots);
        for (uint32_t i = 0; i < set->cap; i++)
            if (set->slots[i].name) {
                uint32_t j = name_slot(set->slots[i], cap);
                while (slots[j].name)
                    j = (j + 1) & (cap - 1);
                slots[j] = set->slots[i];
            }
        set->slots = slots;
        set->cap = cap;
    }
    uint32_t i = name_slot(k, set->cap);
    while (set->slots[i].name)
        i = (i + 1) & (set->cap - 1);
    set->slots[i] = k;
    set->count++;
}

static bool same_key(const key *a, const key *b)
{
    return a->hash == b->hash && a->context == b->context && a->kind == b->kind && a->len == b->len &&
           memcmp(a->text, b->text, a->len) == 0;
}

static void insert(key *slots, uint32_t cap, key k)
{
    uint32_t i = (uint32_t)k.hash & (cap - 1);
    while (slots[i].hash)
        i = (i + 1) & (cap - 1);
    slots[i] = k;
}

static bool in_set(const key_set *set, const key *k)
{
    if (set->cap)
        for (uint32_t i = (uint32_t)k->hash & (set->cap - 1); set->slots[i].hash; i = (i + 1) & (set->cap - 1))
            if (same_key(&set->slots[i], k))
                return true;
    return false;
}

/* Adds k (hashed) to set unless it is there; returns whether it was new.  A number's
** text, in h->buf, is copied when the key is new. */
static bool add_key(halstead *h, key_set *set, key k)
{
    if (in_set(set, &k))
        return false;
    if (2 * (set->count + 1) > set->cap) {
        uint32_t cap = set->cap ? 2 * set->cap : 64;
        key *slots = pr_arena_alloc(h->a, cap * sizeof *slots);
        memset(slots, 0, cap * sizeof *slots);
        for (uint32_t i = 0; i < set->cap; i++)
            if (set->slots[i].hash)
                insert(slots, cap, set->slots[i]);
        set->slots = slots;
        set->cap = cap;
    }
    if (h->buf.data && k.text == h->buf.data + 1)
        k.text = pr_arena_strndup(h->a, k.text, k.len);
    insert(set->slots, set->cap, k);
    set->count++;
    return true;
}

/* A formatted number's key, its text in h->buf. */
static key number_key(halstead *h, const char *fmt, double v)
{
    h->buf.len = 0;
    pr_sbuf_printf(&h->buf, fmt, v);
    return (key){0, NULL, h->buf.data + 1, (uint32_t)h->buf.len - 1, h->buf.data[0]};
}

/* A number as Python's == sees it: integral values as exact decimal digits. */
static key float_key(halstead *h, double v)
{
    if (isfinite(v) && v == floor(v))
        return number_key(h, "n%.0f", v == 0 ? 0.0 : v);
    return number_key(h, "f%a", v);
}

static key text_key(char kind, const char *text, size_t len)
{
    return (key){0, NULL, text, (uint32_t)len, kind};
}

/* One operand of an operator in the given context. */
static void operand(halstead *h, const char *context, const pr_node *e)
{
    key k;
    switch (e->kind) {
    case PR_Name:
    case PR_Attribute:
        add_name(h, (name_key){context, e->kind == PR_Name ? e->v.Name.id : e->v.Attribute.attr});
        return;
    case PR_Constant: {
        const pr_const *c = e->v.Constant.value;
        switch (c->kind) {
        case PR_CONST_STR:
            k = text_key('s', c->text, c->len);
            break;
        case PR_CONST_BYTES:
            k = text_key('b', c->text, c->len);
            break;
        case PR_CONST_INT:
            k = text_key('n', c->text, strlen(c->text));
            break;
        case PR_CONST_TRUE:
        case PR_CONST_FALSE:
            k = text_key('n', c->kind == PR_CONST_TRUE ? "1" : "0", 1);
            break;
        case PR_CONST_FLOAT:
            k = float_key(h, c->num);
            break;
        case PR_CONST_COMPLEX:
            /* 0j equals 0; other imaginary numbers only each other */
            k = c->num == 0 ? text_key('n', "0", 1) : number_key(h, "j%a", c->num);
            break;
        case PR_CONST_NONE:
            k = text_key('N', "", 0);
            break;
        case PR_CONST_ELLIPSIS:
            k = text_key('E', "", 0);
            break;
        }
        break;
    }
    default:
        /* compared by identity: distinct from every other operand */
        h->out.h2++;
        return;
    }
    k.context = context;
    k.hash = hash_key(&k);
    if (add_key(h, &h->values, k) && k.kind == 's')
        h->strings++;
}

halstead *pr_halstead_start(pr_arena *a)
{
    halstead *h = pr_arena_alloc(a, sizeof *h);
    *h = (halstead){.a = a};
    return h;
}

void pr_halstead_node(halstead *h, const char *context, const pr_node *n)
{
    pr_halstead *o = &h->out;
    switch (n->kind) {
    case PR_BinOp:
        h->operators |= 1u << (OP_BIN + n->v.BinOp.op);
        o->n1++;
        o->n2 += 2;
        operand(h, context, n->v.BinOp.left);
        operand(h, context, n->v.BinOp.right);
        break;
    case PR_AugAssign:
        h->operators |= 1u << (OP_BIN + n->v.AugAssign.op);
        o->n1++;
        o->n2 += 2;
        operand(h, context, n->v.AugAssign.target);
        operand(h, context, n->v.AugAssign.value);
        break;
    case PR_UnaryOp:
        h->operators |= 1u << (OP_UNARY + n->v.UnaryOp.op);
        o->n1++;
        o->n2++;
        operand(h, context, n->v.UnaryOp.operand);
        break;
    case PR_BoolOp: {
        const pr_seq *values = n->v.BoolOp.values;
        h->operators |= 1u << (OP_BOOL + n->v.BoolOp.op);
        o->n1++;
        o->n2 += PR_SEQ_LEN(values);
        for (uint32_t i = 0; i < PR_SEQ_LEN(values); i++)
            operand(h, context, PR_SEQ_NODE(values, i));
        break;
    }
    case PR_Compare: {
        const pr_seq *ops = n->v.Compare.ops, *cmp = n->v.Compare.comparators;
        for (uint32_t i = 0; i < PR_SEQ_LEN(ops); i++)
            h->operators |= 1u << (OP_CMP + (uintptr_t)ops->items[i]);
        o->n1 += PR_SEQ_LEN(ops);
        o->n2 += PR_SEQ_LEN(cmp) + 1;
        for (uint32_t i = 0; i < PR_SEQ_LEN(cmp); i++)
            operand(h, context, PR_SEQ_NODE(cmp, i));
        operand(h, context, n->v.Compare.left);
        break;
    }
    default:
        break;
    }
}

/* Leaves (names, constants) hold no operator: they are not visited. */
void pr_halstead_tree(halstead *h, const char *context, const pr_node *n)
{
    pr_halstead_node(h, context, n);
    pr_child_iter it;
    pr_child_iter_init(&it, n);
    for (const pr_node *c; (c = pr_child_iter_next(&it));)
        if (pr_child_fields[c->kind])
            pr_halstead_tree(h, context, c);
}

void pr_halstead_finish(halstead *h, pr_halstead *out)
{
    *out = h->out;
    out->h1 = (uint32_t)__builtin_popcount(h->operators);
    /* a str constant spelt as a name of the same context is that name's operand */
    uint32_t same = 0;
    for (uint32_t i = 0; h->strings && i < h->names.cap; i++) {
        const name_key *n = &h->names.slots[i];
        if (!n->name)
            continue;
        key k = text_key('s', n->name, strlen(n->name));
        k.context = n->context;
        k.hash = hash_key(&k);
        same += in_set(&h->values, &k);
    }
    out->h2 += h->names.count + h->values.count - same;
    uint32_t vocabulary = out->h1 + out->h2, length = out->n1 + out->n2;
    /* as Python computes N * math.log(h, 2) */
    out->volume = vocabulary ? (double)length * (log((double)vocabulary) / log(2.0)) : 0.0;
    pr_sbuf_free(&h->buf);
}
