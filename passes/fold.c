/* CPython's AST optimizer (Python/ast_opt.c, 3.13) folds operations on constants into
** constants before compiling, and two compiler checks see the result: a returned constant
** needs no value kept while the return unwinds, and a pattern may only match a constant or
** an attribute.  This evaluates what the optimizer folds (unary and binary operators on
** constants, tuples of constants, indexing a constant, __debug__), refusing what raises in
** Python (1/0, "a" - 1) and what the optimizer declines to build (ints past 128 bits from
** *, ** and <<, long repetitions, str % x).  Ints are exact below 2**127 and known by their
** length beyond, which is all its limits look at.  The walk keeps its own stacks: operator
** chains run as deep as the tree. */
#include "passes/check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The optimizer's limits (MAX_INT_SIZE, MAX_COLLECTION_SIZE, MAX_STR_SIZE). */
enum { MAX_INT_BITS = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096 };

typedef unsigned __int128 u128;
typedef __int128 i128;

/* ------------------------------------------------------------------ ints */

static bool is_int(const pr_value *v)
{
    return v->type == PR_VALUE_INT || v->type == PR_VALUE_BOOL;
}

static bool is_number(const pr_value *v)
{
    return is_int(v) || v->type == PR_VALUE_FLOAT || v->type == PR_VALUE_COMPLEX;
}

static bool is_sequence(const pr_value *v)
{
    return v->type == PR_VALUE_STR || v->type == PR_VALUE_BYTES || v->type == PR_VALUE_TUPLE;
}

static u128 magnitude_of(const pr_value *v)
{
    return ((u128)v->magnitude[1] << 64) | v->magnitude[0];
}

/* The value of an int that is not big. */
static i128 int_of(const pr_value *v)
{
    return v->negative ? -(i128)magnitude_of(v) : (i128)magnitude_of(v);
}

static u128 abs_of(i128 i)
{
    return i < 0 ? -(u128)i : (u128)i;
}

static uint64_t bit_length(u128 m)
{
    uint64_t bits = 0;
    for (; m; m >>= 1)
        bits++;
    return bits;
}

static uint64_t int_bits(const pr_value *v)
{
    return v->big ? v->bits : bit_length(magnitude_of(v));
}

static bool is_zero(const pr_value *v)
{
    if (is_int(v))
        return !v->big && magnitude_of(v) == 0;
    return v->re == 0.0 && v->im == 0.0;
}

/* An int of the given sign and magnitude: exact below 2**127, else known by its length. */
static pr_value int_value(bool negative, u128 m)
{
    pr_value v = {.type = PR_VALUE_INT, .negative = negative && m != 0};
    if (bit_length(m) >= 127) {
        v.big = true;
        v.bits = bit_length(m);
    } else {
        v.magnitude[0] = (uint64_t)m;
        v.magnitude[1] = (uint64_t)(m >> 64);
    }
    return v;
}

static pr_value signed_value(i128 i)
{
    return int_value(i < 0, abs_of(i));
}

static pr_value big_int(bool negative, uint64_t bits)
{
    return (pr_value){.type = PR_VALUE_INT, .big = true, .negative = negative, .bits = bits};
}

/* int.bit_length() of a decimal literal too long for 127 bits. */
static uint64_t decimal_bits(const char *digits, size_t n)
{
    size_t len = 1;
    uint32_t *words = calloc(n / 9 + 2, sizeof *words);
    if (!words)
        return (uint64_t)((double)n * 3.3219280948873626);
    for (size_t i = 0; i < n; i++) {
        uint64_t carry = (uint64_t)(digits[i] - '0');
        for (size_t w = 0; w < len; w++) {
            uint64_t x = (uint64_t)words[w] * 10 + carry;
            words[w] = (uint32_t)x;
            carry = x >> 32;
        }
        if (carry)
            words[len++] = (uint32_t)carry;
    }
    uint64_t bits = 32 * (len - 1) + bit_length(words[len - 1]);
    free(words);
    return bits;
}

/* The program links no libm: 2**bits, floor() and pow() as far as folding needs them. */
static double magnitude(double d)
{
    return d < 0 ? -d : d;
}

static bool is_integral(double d)
{
    return isfinite(d) && (magnitude(d) >= 0x1p52 || d == (double)(int64_t)d);
}

static double floor_of(double d)
{
    if (!isfinite(d) || magnitude(d) >= 0x1p52)
        return d;
    double t = (double)(int64_t)d;
    return t > d ? t - 1 : t;
}

static double two_to(uint64_t bits)
{
    double d = 1.0;
    while (bits-- && isfinite(d))
        d *= 2.0;
    return d;
}

/* base ** exponent for a positive base: by squaring for an integral exponent, else only
** whether it overflows, from the base's binary exponent. */
static double power(double base, double exponent)
{
    if (is_integral(exponent) && magnitude(exponent) < 0x1p31) {
        int64_t n = (int64_t)magnitude(exponent);
        double result = 1.0;
        for (double b = base; n; n >>= 1, b *= b)
            if (n & 1)
                result *= b;
        return exponent < 0 ? 1.0 / result : result;
    }
    uint64_t bits;
    memcpy(&bits, &base, sizeof bits);
    double log2_base = (double)((int64_t)((bits >> 52) & 0x7FF) - 1023);
    return log2_base * exponent > 1024.0 ? INFINITY : 1.0;
}

bool pr_value_to_double(const pr_value *v, double *re, double *im)
{
    *im = v->type == PR_VALUE_COMPLEX ? v->im : 0.0;
    if (!is_int(v)) {
        *re = v->re;
        return true;
    }
    if (!v->big) {
        *re = (double)int_of(v);
        return true;
    }
    if (v->digits) {
        char *buf = malloc(v->ndigits + 2);
        if (!buf)
            return false;
        buf[0] = v->negative ? '-' : '+';
        memcpy(buf + 1, v->digits, v->ndigits);
        buf[v->ndigits + 1] = '\0';
        *re = strtod(buf, NULL);
        free(buf);
    } else {
        *re = (v->negative ? -1.0 : 1.0) * two_to(v->bits - 1);
    }
    return isfinite(*re);
}

/* ------------------------------------------------------------------ operations */

static bool truth(const pr_value *v)
{
    switch (v->type) {
    case PR_VALUE_NONE:
        return false;
    case PR_VALUE_BOOL:
    case PR_VALUE_INT:
    case PR_VALUE_FLOAT:
    case PR_VALUE_COMPLEX:
        return !is_zero(v);
    case PR_VALUE_STR:
    case PR_VALUE_BYTES:
    case PR_VALUE_TUPLE:
        return v->count > 0;
    default:
        return true;
    }
}

static bool fold_constant(const pr_const *k, pr_value *v)
{
    *v = (pr_value){0};
    switch (k->kind) {
    case PR_CONST_NONE:
        v->type = PR_VALUE_NONE;
        return true;
    case PR_CONST_ELLIPSIS:
        v->type = PR_VALUE_ELLIPSIS;
        return true;
    case PR_CONST_TRUE:
    case PR_CONST_FALSE:
        *v = int_value(false, k->kind == PR_CONST_TRUE);
        v->type = PR_VALUE_BOOL;
        return true;
    case PR_CONST_INT: {
        u128 m = 0;
        bool fits = true;
        for (size_t i = 0; fits && i < k->len; i++)
            fits = !__builtin_mul_overflow(m, 10, &m) &&
                   !__builtin_add_overflow(m, (u128)(k->text[i] - '0'), &m);
        *v = fits ? int_value(false, m) : big_int(false, decimal_bits(k->text, k->len));
        v->digits = k->text;
        v->ndigits = k->len;
        return true;
    }
    case PR_CONST_FLOAT:
        v->type = PR_VALUE_FLOAT;
        v->re = k->num;
        return true;
    case PR_CONST_COMPLEX:
        v->type = PR_VALUE_COMPLEX;
        v->im = k->num;
        return true;
    case PR_CONST_STR:
    case PR_CONST_BYTES:
        v->type = k->kind == PR_CONST_STR ? PR_VALUE_STR : PR_VALUE_BYTES;
        v->text = k->text;
        v->len = k->len;
        v->count = k->len;
        if (k->kind == PR_CONST_STR)
            for (size_t i = 0; i < k->len; i++)
                v->count -= ((unsigned char)k->text[i] & 0xC0) == 0x80;
        return true;
    default:
        return false;
    }
}

static bool fold_unary(pr_unaryop op, pr_value *v)
{
    if (op == PR_NOT) {
        *v = int_value(false, !truth(v));
        v->type = PR_VALUE_BOOL;
        return true;
    }
    if (!is_number(v) || (op == PR_INVERT && !is_int(v)))
        return false;
    if (op == PR_INVERT) {
        /* ~x == -(x + 1) */
        *v = v->big ? big_int(!v->negative, v->bits) : signed_value(-(int_of(v) + 1));
    } else if (is_int(v)) {
        v->type = PR_VALUE_INT;
        if (op == PR_USUB)
            v->negative = !v->negative && !is_zero(v);
    } else if (op == PR_USUB) {
        v->re = -v->re;
        v->im = -v->im;
    }
    return true;
}

static bool fold_int_pow(const pr_value *l, const pr_value *r, pr_value *v)
{
    if (r->negative) {
        double base, unused;
        if (is_zero(l))
            return false;
        pr_value_to_double(l, &base, &unused);
        *v = (pr_value){.type = PR_VALUE_FLOAT,
                        .re = r->big ? 0.0 : power(magnitude(base), (double)int_of(r))};
        return true;
    }
    if (is_zero(r) || is_zero(l)) {
        *v = int_value(false, is_zero(r));
        return true;
    }
    if (r->big || int_of(r) > MAX_INT_BITS || int_bits(l) > MAX_INT_BITS / (uint64_t)int_of(r))
        return false;
    u128 m = 1;
    for (i128 k = 0; k < int_of(r); k++)
        m *= magnitude_of(l);
    *v = int_value(l->negative && (int_of(r) & 1), m);
    return true;
}

static bool fold_shift(pr_operator op, const pr_value *l, const pr_value *r, pr_value *v)
{
    if (r->negative)
        return false;
    if (op == PR_RSHIFT) {
        if (r->big || (!l->big && int_of(r) > 126))
            *v = signed_value(l->negative ? -1 : 0);
        else
            *v = l->big ? big_int(l->negative, int_bits(l) - (uint64_t)int_of(r))
                        : signed_value(int_of(l) >> int_of(r));
        return true;
    }
    if (is_zero(l) || is_zero(r)) {
        *v = *l;
        v->type = PR_VALUE_INT;
        return true;
    }
    if (r->big || int_of(r) > MAX_INT_BITS ||
        int_bits(l) > MAX_INT_BITS - (uint64_t)int_of(r))
        return false;
    *v = l->big ? big_int(l->negative, int_bits(l) + (uint64_t)int_of(r))
                : int_value(l->negative, magnitude_of(l) << int_of(r));
    return true;
}

static bool fold_int_op(pr_operator op, const pr_value *l, const pr_value *r, pr_value *v)
{
    bool exact = !l->big && !r->big;
    i128 a = exact ? int_of(l) : 0, b = exact ? int_of(r) : 0, out;
    uint64_t longer = int_bits(l) > int_bits(r) ? int_bits(l) : int_bits(r);
    switch (op) {
    case PR_ADD:
    case PR_SUB:
        if (!exact)
            *v = big_int(l->big ? l->negative : r->negative, longer + 1);
        else if (!(op == PR_ADD ? __builtin_add_overflow(a, b, &out)
                                : __builtin_sub_overflow(a, b, &out)))
            *v = signed_value(out);
        else
            *v = int_value(a < 0, abs_of(a) + abs_of(b));
        return true;
    case PR_MULT:
        if (int_bits(l) + int_bits(r) > MAX_INT_BITS)
            return false;
        if (is_zero(l) || is_zero(r))
            *v = int_value(false, 0);
        else if (exact)
            *v = int_value(l->negative != r->negative, abs_of(a) * abs_of(b));
        else
            *v = big_int(l->negative != r->negative, int_bits(l) + int_bits(r) - 1);
        return true;
    case PR_FLOORDIV:
    case PR_MOD:
        if (is_zero(r))
            return false;
        if (!exact) {
            *v = big_int(false, longer);
            return true;
        }
        out = a % b;
        if (out != 0 && (out < 0) != (b < 0))
            out += b;
        *v = signed_value(op == PR_MOD ? out : (a - out) / b);
        return true;
    case PR_LSHIFT:
    case PR_RSHIFT:
        return fold_shift(op, l, r, v);
    case PR_BITAND:
    case PR_BITOR:
    case PR_BITXOR:
        if (!exact) {
            *v = big_int(false, longer);
            return true;
        }
        *v = signed_value(op == PR_BITAND ? a & b : op == PR_BITOR ? a | b : a ^ b);
        if (l->type == PR_VALUE_BOOL && r->type == PR_VALUE_BOOL)
            v->type = PR_VALUE_BOOL;
        return true;
    case PR_POW:
        return fold_int_pow(l, r, v);
    case PR_DIV: {
        double x, y, unused;
        if (is_zero(r) || !pr_value_to_double(l, &x, &unused) ||
            !pr_value_to_double(r, &y, &unused))
            return false;
        *v = (pr_value){.type = PR_VALUE_FLOAT, .re = x / y};
        return true;
    }
    default:
        return false;
    }
}

/* Arithmetic where one number at least is a float or complex. */
static bool fold_float_op(pr_operator op, const pr_value *l, const pr_value *r, pr_value *v)
{
    double lr, li, rr, ri;
    if (!pr_value_to_double(l, &lr, &li) || !pr_value_to_double(r, &rr, &ri))
        return false;
    bool complex = l->type == PR_VALUE_COMPLEX || r->type == PR_VALUE_COMPLEX;
    *v = (pr_value){.type = complex ? PR_VALUE_COMPLEX : PR_VALUE_FLOAT};
    switch (op) {
    case PR_ADD:
        v->re = lr + rr;
        v->im = li + ri;
        return true;
    case PR_SUB:
        v->re = lr - rr;
        v->im = li - ri;
        return true;
    case PR_MULT:
        v->re = lr * rr - li * ri;
        v->im = lr * ri + li * rr;
        return true;
    case PR_DIV: {
        double d = rr * rr + ri * ri;
        if (d == 0.0)
            return false;
        v->re = (lr * rr + li * ri) / d;
        v->im = (li * rr - lr * ri) / d;
        return true;
    }
    case PR_FLOORDIV:
    case PR_MOD:
        if (complex || rr == 0.0)
            return false;
        v->re = op == PR_MOD ? lr - rr * floor_of(lr / rr) : floor_of(lr / rr);
        return true;
    case PR_POW:
        if (lr == 0.0 && li == 0.0 && (rr < 0 || ri != 0))
            return false;
        if (complex || (lr < 0 && !is_integral(rr))) {
            v->type = PR_VALUE_COMPLEX;
            return true;
        }
        if (lr == 0.0 || !isfinite(lr) || !isfinite(rr))
            return true;
        v->re = power(magnitude(lr), rr);
        return isfinite(v->re);
    default:
        return false;
    }
}

/* str, bytes and tuples: concatenation, and repetition within the optimizer's limits;
** % on str and bytes it leaves to run time. */
static bool fold_sequence_op(pr_operator op, const pr_value *l, const pr_value *r, pr_value *v)
{
    if (op == PR_ADD) {
        if (l->type != r->type || !is_sequence(l))
            return false;
        *v = (pr_value){.type = l->type, .count = l->count + r->count};
        return true;
    }
    const pr_value *seq = is_int(l) ? r : l, *n = is_int(l) ? l : r;
    if (op != PR_MULT || !is_sequence(seq) || !is_int(n))
        return false;
    uint64_t limit = seq->type == PR_VALUE_TUPLE ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    if (seq->count && (n->big || n->negative || magnitude_of(n) > limit / seq->count))
        return false;
    *v = (pr_value){.type = seq->type,
                    .count = n->big || n->negative ? 0 : seq->count * (size_t)magnitude_of(n)};
    return true;
}

static bool fold_binary(pr_operator op, const pr_value *l, const pr_value *r, pr_value *v)
{
    if (l->type == PR_VALUE_UNKNOWN || r->type == PR_VALUE_UNKNOWN)
        return false;
    if (!is_number(l) || !is_number(r))
        return fold_sequence_op(op, l, r, v);
    if (is_int(l) && is_int(r))
        return fold_int_op(op, l, r, v);
    return fold_float_op(op, l, r, v);
}

/* A str, bytes or tuple indexed by an int in range: a tuple display gives its item. */
static bool fold_subscript(pr_arena *a, const pr_node *container, const pr_value *seq,
                           const pr_value *index, pr_value *v)
{
    if (!is_sequence(seq) || !is_int(index) || index->big)
        return false;
    i128 i = int_of(index) < 0 ? int_of(index) + (i128)seq->count : int_of(index);
    if (i < 0 || i >= (i128)seq->count)
        return false;
    if (seq->type == PR_VALUE_STR)
        *v = (pr_value){.type = PR_VALUE_STR, .count = 1};
    else if (seq->type == PR_VALUE_BYTES && seq->text)
        *v = int_value(false, (unsigned char)seq->text[i]);
    else if (container->kind == PR_Tuple)
        return pr_fold(a, PR_SEQ_NODE(container->v.Tuple.elts, (uint32_t)i), v);
    else
        *v = (pr_value){.type = PR_VALUE_UNKNOWN};
    return true;
}

/* ------------------------------------------------------------------ the walk */

/* A node to fold: first its operands (stage 0), then itself from their values (stage 1). */
typedef struct pending {
    const pr_node *node;
    bool operands_done;
} pending;

typedef struct stacks {
    pr_arena *arena;
    pending *nodes;
    uint32_t nnodes, nodes_cap;
    pr_value *values;
    uint32_t nvalues, values_cap;
} stacks;

static void push_node(stacks *s, const pr_node *n, bool operands_done)
{
    if (s->nnodes == s->nodes_cap) {
        s->nodes = pr_arena_grow(s->arena, s->nodes, s->nodes_cap * sizeof *s->nodes,
                                 2 * s->nodes_cap * sizeof *s->nodes);
        s->nodes_cap *= 2;
    }
    s->nodes[s->nnodes++] = (pending){n, operands_done};
}

static void push_value(stacks *s, const pr_value *v)
{
    if (s->nvalues == s->values_cap) {
        s->values = pr_arena_grow(s->arena, s->values, s->values_cap * sizeof *s->values,
                                  2 * s->values_cap * sizeof *s->values);
        s->values_cap *= 2;
    }
    s->values[s->nvalues++] = *v;
}

/* Pushes the operands of a foldable node; false for a node that does not fold. */
static bool push_operands(stacks *s, const pr_node *e)
{
    switch (e->kind) {
    case PR_UnaryOp:
        push_node(s, e->v.UnaryOp.operand, false);
        return true;
    case PR_BinOp:
        push_node(s, e->v.BinOp.right, false);
        push_node(s, e->v.BinOp.left, false);
        return true;
    case PR_Tuple:
        if (e->v.Tuple.ctx != PR_LOAD)
            return false;
        for (uint32_t i = PR_SEQ_LEN(e->v.Tuple.elts); i-- > 0;)
            push_node(s, PR_SEQ_NODE(e->v.Tuple.elts, i), false);
        return true;
    case PR_Subscript:
        if (e->v.Subscript.ctx != PR_LOAD)
            return false;
        push_node(s, e->v.Subscript.slice, false);
        push_node(s, e->v.Subscript.value, false);
        return true;
    default:
        return false;
    }
}

/* Folds e from the values of its operands, on top of the value stack. */
static bool fold_node(stacks *s, const pr_node *e, pr_value *v)
{
    pr_value *top = s->values + s->nvalues;
    switch (e->kind) {
    case PR_UnaryOp:
        s->nvalues--;
        *v = top[-1];
        return fold_unary((pr_unaryop)e->v.UnaryOp.op, v);
    case PR_BinOp:
        s->nvalues -= 2;
        return fold_binary((pr_operator)e->v.BinOp.op, &top[-2], &top[-1], v);
    case PR_Tuple:
        s->nvalues -= PR_SEQ_LEN(e->v.Tuple.elts);
        *v = (pr_value){.type = PR_VALUE_TUPLE, .count = PR_SEQ_LEN(e->v.Tuple.elts)};
        return true;
    default:
        s->nvalues -= 2;
        return fold_subscript(s->arena, e->v.Subscript.value, &top[-2], &top[-1], v);
    }
}

bool pr_fold(pr_arena *a, const pr_node *e, pr_value *v)
{
    if (e->kind == PR_Constant)
        return fold_constant(e->v.Constant.value, v);
    if (e->kind == PR_Name) {
        *v = int_value(false, 1);
        v->type = PR_VALUE_BOOL;
        return e->v.Name.ctx == PR_LOAD && pr_is_debug_name(e->v.Name.id);
    }
    stacks s = {.arena = a, .nodes_cap = 16, .values_cap = 16};
    s.nodes = pr_arena_alloc(a, s.nodes_cap * sizeof *s.nodes);
    s.values = pr_arena_alloc(a, s.values_cap * sizeof *s.values);
    push_node(&s, e, false);
    while (s.nnodes > 0) {
        pending p = s.nodes[--s.nnodes];
        pr_value value;
        if (p.node->kind == PR_Constant || p.node->kind == PR_Name) {
            if (!pr_fold(a, p.node, &value))
                return false;
        } else if (!p.operands_done) {
            push_node(&s, p.node, true);
            if (!push_operands(&s, p.node))
                return false;
            continue;
        } else if (!fold_node(&s, p.node, &value)) {
            return false;
        }
        push_value(&s, &value);
    }
    *v = s.values[0];
    return true;
}
