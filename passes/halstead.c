/* radon's Halstead counts of a module (`radon hal`, and the volume its maintainability
** index uses).  Operators are the operator classes of BinOp, AugAssign, UnaryOp, BoolOp
** and Compare nodes (Add, Not, And, Eq, ...: 29 in all, shared between BinOp and
** AugAssign), one per node, one per comparison of a chain.  Operands are what those nodes
** apply to.  Distinct operands are pairs of a context (the name of the innermost enclosing
** def, so that two defs of one name share theirs) and a value compared as Python compares:
** a Name's id, an Attribute's attr and a str constant are the same string, 1, 1.0 and True
** the same number; any other expression is an operand of its own.  A def's body is walked
** in its own context; its decorators, defaults and annotations are not walked at all. */
#include "passes/metrics.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct key {
    uint64_t hash;
    const char *text;
    uint32_t len;
} key;

typedef struct halstead {
    pr_arena *a;
    pr_halstead *out;
    uint32_t operators;     /* bit per operator class seen */
    key *slots;             /* open addressing, kept at most half full */
    uint32_t cap, count;
    pr_sbuf buf;
} halstead;

enum { OP_BIN = 0, OP_UNARY = 13, OP_BOOL = 17, OP_CMP = 19 };

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h | 1;
}

static void insert(key *slots, uint32_t cap, key k)
{
    uint32_t i = (uint32_t)k.hash & (cap - 1);
    while (slots[i].hash)
        i = (i + 1) & (cap - 1);
    slots[i] = k;
}

/* Adds the key in h->buf to the set of distinct operands. */
static void add_key(halstead *h)
{
    uint64_t hash = hash_bytes(h->buf.data, h->buf.len);
    if (h->cap) {
        for (uint32_t i = (uint32_t)hash & (h->cap - 1); h->slots[i].hash; i = (i + 1) & (h->cap - 1))
            if (h->slots[i].hash == hash && h->slots[i].len == h->buf.len &&
                memcmp(h->slots[i].text, h->buf.data, h->buf.len) == 0)
                return;
    }
    if (2 * (h->count + 1) > h->cap) {
        uint32_t cap = h->cap ? 2 * h->cap : 256;
        key *slots = pr_arena_alloc(h->a, cap * sizeof *slots);
        memset(slots, 0, cap * sizeof *slots);
        for (uint32_t i = 0; i < h->cap; i++)
            if (h->slots[i].hash)
                insert(slots, cap, h->slots[i]);
        h->slots = slots;
        h->cap = cap;
    }
    key k = {hash, pr_arena_strndup(h->a, h->buf.data, h->buf.len), (uint32_t)h->buf.len};
    insert(h->slots, h->cap, k);
    h->count++;
}

/* A number as Python's == sees it: integral values as exact decimal digits. */
static void number_key(pr_sbuf *b, double v)
{
    if (isfinite(v) && v == floor(v))
        pr_sbuf_printf(b, "n%.0f", v == 0 ? 0.0 : v);
    else
        pr_sbuf_printf(b, "f%a", v);
}

/* One operand of an operator in the given context. */
static void operand(halstead *h, const char *context, const pr_node *e)
{
    pr_sbuf *b = &h->buf;
    b->len = 0;
    if (context)
        pr_sbuf_puts(b, context);
    pr_sbuf_putc(b, '\0');
    switch (e->kind) {
    case PR_Name:
        pr_sbuf_putc(b, 's');
        pr_sbuf_puts(b, e->v.Name.id);
        break;
    case PR_Attribute:
        pr_sbuf_putc(b, 's');
        pr_sbuf_puts(b, e->v.Attribute.attr);
        break;
    case PR_Constant: {
        const pr_const *c = e->v.Constant.value;
        switch (c->kind) {
        case PR_CONST_STR:
            pr_sbuf_putc(b, 's');
            pr_sbuf_put(b, c->text, c->len);
            break;
        case PR_CONST_BYTES:
            pr_sbuf_putc(b, 'b');
            pr_sbuf_put(b, c->text, c->len);
            break;
        case PR_CONST_INT:
            pr_sbuf_putc(b, 'n');
            pr_sbuf_puts(b, c->text);
            break;
        case PR_CONST_TRUE:
        case PR_CONST_FALSE:
            pr_sbuf_puts(b, c->kind == PR_CONST_TRUE ? "n1" : "n0");
            break;
        case PR_CONST_FLOAT:
            number_key(b, c->num);
            break;
        case PR_CONST_COMPLEX:
            /* 0j equals 0; other imaginary numbers only each other */
            if (c->num == 0)
                pr_sbuf_puts(b, "n0");
            else
                pr_sbuf_printf(b, "j%a", c->num);
            break;
        case PR_CONST_NONE:
            pr_sbuf_putc(b, 'N');
            break;
        case PR_CONST_ELLIPSIS:
            pr_sbuf_putc(b, 'E');
            break;
        }
        break;
    }
    default:
        /* compared by identity: distinct from every other operand */
        h->out->h2++;
        return;
    }
    add_key(h);
}

static void visit(halstead *h, const char *context, const pr_node *n)
{
    pr_halstead *o = h->out;
    switch (n->kind) {
    case PR_FunctionDef:
    case PR_AsyncFunctionDef:
        for (uint32_t i = 0; i < PR_SEQ_LEN(n->v.FunctionDef.body); i++)
            visit(h, n->v.FunctionDef.name, PR_SEQ_NODE(n->v.FunctionDef.body, i));
        return;
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
    pr_child_iter it;
    pr_child_iter_init(&it, n);
    for (const pr_node *c; (c = pr_child_iter_next(&it));)
        visit(h, context, c);
}

void pr_halstead_compute(pr_arena *a, const pr_node *module, pr_halstead *out)
{
    memset(out, 0, sizeof *out);
    halstead h = {.a = a, .out = out};
    visit(&h, NULL, module);
    out->h1 = (uint32_t)__builtin_popcount(h.operators);
    out->h2 += h.count;
    uint32_t vocabulary = out->h1 + out->h2, length = out->n1 + out->n2;
    /* as Python computes N * math.log(h, 2) */
    out->volume = vocabulary ? (double)length * (log((double)vocabulary) / log(2.0)) : 0.0;
    pr_sbuf_free(&h.buf);
}
