/* String literals: escape decoding of plain, bytes and f-string text, f-string and
** t-string replacement fields (conversions, format specs, `=` debug text), and the
** folding of adjacent literals into one Constant or JoinedStr with the positions CPython
** gives (a run of merged constants spans from its first piece to its last). */
#include "grammar/build.h"

#include <string.h>

static pr_const *new_text(pr_parse *pp, pr_const_kind kind, const char *text, size_t len)
{
    pr_const *c = pr_arena_alloc(pp->arena, sizeof *c);
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->text = text;
    c->len = len;
    return c;
}

static pr_node *constant(pr_parse *pp, pr_const *c, const pr_token *first, const pr_token *last)
{
    pr_node *n = pr_node_new(pp->arena, PR_Constant);
    n->v.Constant.value = c;
    pr_build_pos_tok(n, first, last);
    return n;
}

static void decode_error(pr_parse *pp, const pr_token *t, const pr_decode_error *e)
{
    pr_build_error(pp, t->lineno, t->col, "%s", e->msg);
}

/* Decodes a literal body: raw bodies are copied, others go through the escape decoder. */
static pr_const *decode_body(pr_parse *pp, const pr_token *t, const char *body, size_t n,
                             bool raw, bool bytes)
{
    char *out = pr_arena_alloc(pp->arena, n + 1);
    size_t len = n;
    char msg[160];
    if (!bytes && pr_utf8_describe_error((const unsigned char *)body, n, msg, sizeof msg))
        pr_build_error(pp, t->lineno, t->col, "(unicode error) %s", msg);
    if (bytes) {
        for (size_t i = 0; i < n; i++) {
            if ((unsigned char)body[i] >= 0x80) {
                pr_build_error(pp, t->lineno, t->col, "bytes can only contain ASCII literal characters");
                break;
            }
        }
    }
    if (raw || !memchr(body, '\\', n)) {
        memcpy(out, body, n);
    } else {
        pr_decode_error err;
        len = bytes ? pr_decode_bytes(body, n, out, &err) : pr_decode_str(body, n, out, &err);
        if (len == (size_t)-1) {
            decode_error(pp, t, &err);
            len = 0;
        }
    }
    out[len] = 0;
    return new_text(pp, bytes ? PR_CONST_BYTES : PR_CONST_STR, out, len);
}

pr_node *pr_build_string_token(pr_parse *pp, const pr_token *t)
{
    const char *s = pp->src->text + t->start;
    size_t prefix = t->aux >> PR_STR_PREFIX_SHIFT;
    size_t q = t->aux & PR_STR_TRIPLE ? 3 : 1;
    size_t n = t->end - t->start - prefix - 2 * q;
    pr_const *c = decode_body(pp, t, s + prefix + q, n, t->aux & PR_STR_RAW, t->aux & PR_STR_BYTES);
    pr_node *node = constant(pp, c, t, t);
    if (s[0] == 'u')
        node->v.Constant.kind = "u";
    return node;
}

/* The literal text of an f-string, still undecoded: pr_build_fstring decodes it, as
** CPython reports its escape errors at the f-string's closing quote. */
pr_node *pr_build_fstring_middle(pr_parse *pp, const pr_token *t)
{
    pr_node *node = constant(pp, new_text(pp, PR_CONST_STR, pp->src->text + t->start, t->end - t->start), t, t);
    node->flags = (uint8_t)(t->aux & PR_STR_RAW ? 2 : 1);
    return node;
}

/* Decodes a literal part of an f-string: `{{` and `}}` stand for one brace, then escapes
** unless the f-string is raw. */
static void decode_middle(pr_parse *pp, pr_node *node, const pr_token *end)
{
    const pr_const *raw = node->v.Constant.value;
    char *text = pr_arena_alloc(pp->arena, raw->len + 1);
    size_t len = 0;
    for (size_t i = 0; i < raw->len; i++) {
        text[len++] = raw->text[i];
        if ((raw->text[i] == '{' || raw->text[i] == '}') && i + 1 < raw->len && raw->text[i + 1] == raw->text[i])
            i++;
    }
    node->v.Constant.value = decode_body(pp, end, text, len, node->flags == 2, false);
    node->flags = 0;
}

/* Format-spec text: always escape-decoded (even in raw f-strings), braces untouched. */
pr_node *pr_build_fspec_middle(pr_parse *pp, const pr_token *t)
{
    const char *s = pp->src->text + t->start;
    return constant(pp, decode_body(pp, t, s, t->end - t->start, false, false), t, t);
}

pr_fconv *pr_build_fconv(pr_parse *pp, const pr_token *bang, const pr_token *name)
{
    pr_fconv *c = pr_arena_alloc(pp->arena, sizeof *c);
    c->bang = *bang;
    c->name = *name;
    return c;
}

pr_fspec *pr_build_fspec(pr_parse *pp, const pr_token *colon, pr_seq *parts)
{
    pr_fspec *s = pr_arena_alloc(pp->arena, sizeof *s);
    s->colon = *colon;
    s->parts = parts;
    return s;
}

static bool is_empty_str(const pr_node *n)
{
    return n->kind == PR_Constant && n->v.Constant.value->kind == PR_CONST_STR &&
           n->v.Constant.value->len == 0;
}

/* Joins adjacent constants of values (flattening the two-item JoinedStr of `=` fields);
** in f-strings, drops the empty ones. */
static pr_seq *fold_values(pr_parse *pp, pr_seq *values, bool drop_empty)
{
    pr_seq *flat = NULL;
    for (uint32_t i = 0; i < PR_SEQ_LEN(values); i++) {
        pr_node *v = PR_SEQ_NODE(values, i);
        if (v->kind == PR_JoinedStr || v->kind == PR_TemplateStr) {
            for (uint32_t j = 0; j < PR_SEQ_LEN(v->v.JoinedStr.values); j++)
                flat = pr_seq_push(pp->arena, flat, v->v.JoinedStr.values->items[j]);
        } else {
            flat = pr_seq_push(pp->arena, flat, v);
        }
    }
    pr_seq *out = NULL;
    for (uint32_t i = 0; i < PR_SEQ_LEN(flat); i++) {
        pr_node *v = PR_SEQ_NODE(flat, i);
        if (v->kind == PR_Constant && i + 1 < flat->n && PR_SEQ_NODE(flat, i + 1)->kind == PR_Constant) {
            uint32_t j = i;
            size_t len = 0;
            while (j < flat->n && PR_SEQ_NODE(flat, j)->kind == PR_Constant)
                len += PR_SEQ_NODE(flat, j++)->v.Constant.value->len;
            char *text = pr_arena_alloc(pp->arena, len + 1);
            size_t at = 0;
            for (uint32_t k = i; k < j; k++) {
                const pr_const *c = PR_SEQ_NODE(flat, k)->v.Constant.value;
                memcpy(text + at, c->text, c->len);
                at += c->len;
            }
            text[len] = 0;
            pr_node *m = pr_node_new(pp->arena, PR_Constant);
            m->v.Constant.value = new_text(pp, PR_CONST_STR, text, len);
            m->v.Constant.kind = v->v.Constant.kind;
            const pr_node *last = PR_SEQ_NODE(flat, j - 1);
            m->lineno = v->lineno;
            m->col = v->col;
            m->end_lineno = last->end_lineno;
            m->end_col = last->end_col;
            v = m;
            i = j - 1;
        }
        if (drop_empty && is_empty_str(v))
            continue;
        out = pr_seq_push(pp->arena, out, v);
    }
    return out;
}

/* The source text [from, to) without its comments, as CPython records a `=` field's
** text while tokenizing it. */
static const char *source_without_comments(pr_parse *pp, uint32_t from, uint32_t to, size_t *len)
{
    char *out = pr_arena_alloc(pp->arena, to - from + 1);
    size_t n = 0;
    /* no arithmetic on the table before it exists: NULL + 0 is undefined */
    const pr_comment *c = pp->lx->comments, *end = pp->lx->ncomments ? c + pp->lx->ncomments : c;
    while (c < end && c->end <= from)
        c++;
    for (uint32_t i = from; i < to;) {
        if (c < end && i == c->start) {
            i = c->end;
            c++;
            continue;
        }
        out[n++] = pp->src->text[i++];
    }
    out[n] = 0;
    *len = n;
    return out;
}

pr_node *pr_build_ffield(pr_parse *pp, const pr_token *lbrace, pr_node *expr,
                         const pr_token *debug, pr_fconv *conv, pr_fspec *spec,
                         const pr_token *rbrace)
{
    int conversion = -1;
    if (conv) {
        const char *name = pp->src->text + conv->name.start;
        size_t len = conv->name.end - conv->name.start;
        if (conv->bang.end != conv->name.start || conv->bang.end_lineno != conv->name.lineno) {
            pr_build_error(pp, conv->bang.lineno, conv->bang.col,
                           "f-string: conversion type must come right after the exclamanation mark");
        } else if (len != 1 || !strchr("sra", name[0])) {
            pr_build_error(pp, conv->name.lineno, conv->name.col,
                           "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                           (int)len, name);
        }
        conversion = (unsigned char)name[0];
    } else if (debug && !spec) {
        conversion = 'r';
    }
    pr_node *fv = pr_node_new(pp->arena, PR_FormattedValue);
    fv->v.FormattedValue.value = expr;
    fv->v.FormattedValue.conversion = conversion;
    pr_build_pos_tok(fv, lbrace, rbrace);
    if (spec) {
        pr_seq *parts = NULL;
        for (uint32_t i = 0; i < PR_SEQ_LEN(spec->parts); i++)
            if (!is_empty_str(PR_SEQ_NODE(spec->parts, i)))
                parts = pr_seq_push(pp->arena, parts, spec->parts->items[i]);
        if (PR_SEQ_LEN(parts) > 1 || (parts && PR_SEQ_NODE(parts, 0)->kind != PR_Constant))
            parts = fold_values(pp, parts, true);
        pr_node *js = pr_node_new(pp->arena, PR_JoinedStr);
        js->v.JoinedStr.values = parts;
        pr_build_pos_tok(js, &spec->colon, &spec->colon);
        if (PR_SEQ_LEN(spec->parts))
            pr_build_set_end(pp, js, PR_SEQ_NODE(spec->parts, spec->parts->n - 1));
        fv->v.FormattedValue.format_spec = js;
    }
    if (!debug)
        return fv;
    /* `{expr=}`: the source text from after '{' to the conversion, spec or '}' comes
    ** first, as a constant the enclosing f-string keeps undecoded. */
    const pr_token *stop = conv ? &conv->bang : spec ? &spec->colon : rbrace;
    size_t len;
    const char *text = source_without_comments(pp, lbrace->end, stop->start, &len);
    pr_node *c = constant(pp, new_text(pp, PR_CONST_STR, text, len), lbrace, stop);
    c->col = lbrace->col + 1;
    c->end_lineno = stop->lineno;
    c->end_col = stop->col;
    pr_node *pair = pr_node_new(pp->arena, PR_JoinedStr);
    pr_build_pos_tok(pair, lbrace, rbrace);
    pair->v.JoinedStr.values = pr_seq_push(pp->arena, pr_seq_push(pp->arena, NULL, c), fv);
    return pair;
}

/* t-strings keep Interpolation nodes, which also hold the expression's source text: from
** after the '{' (leading blanks kept) to the expression's end, comments left out. */
static pr_node *interpolation(pr_parse *pp, pr_node *fv)
{
    pr_node *n = pr_node_new(pp->arena, PR_Interpolation);
    pr_node *value = fv->v.FormattedValue.value;
    n->v.Interpolation.value = value;
    n->v.Interpolation.conversion = fv->v.FormattedValue.conversion;
    n->v.Interpolation.format_spec = fv->v.FormattedValue.format_spec;
    n->lineno = fv->lineno;
    n->col = fv->col;
    n->end_lineno = fv->end_lineno;
    n->end_col = fv->end_col;
    uint32_t el, ec;
    pr_build_outer_end(pp, value, &el, &ec);
    size_t len;
    const char *text = source_without_comments(pp, pr_build_offset(pp, fv->lineno, fv->col) + 1,
                                               pr_build_offset(pp, el, ec), &len);
    n->v.Interpolation.str = new_text(pp, PR_CONST_STR, text, len);
    return n;
}

pr_node *pr_build_fstring(pr_parse *pp, const pr_token *start, pr_seq *parts,
                          const pr_token *end, bool tstring)
{
    pr_seq *values = NULL;
    for (uint32_t i = 0; i < PR_SEQ_LEN(parts); i++) {
        pr_node *p = PR_SEQ_NODE(parts, i);
        if (p->kind == PR_Constant && p->flags)
            decode_middle(pp, p, end);
        if (p->kind == PR_JoinedStr) {
            values = pr_seq_push(pp->arena, values, p->v.JoinedStr.values->items[0]);
            p = p->v.JoinedStr.values->items[1];
        } else if (is_empty_str(p)) {
            continue;
        }
        if (tstring && p->kind == PR_FormattedValue)
            p = interpolation(pp, p);
        values = pr_seq_push(pp->arena, values, p);
    }
    pr_node *n = pr_node_new(pp->arena, tstring ? PR_TemplateStr : PR_JoinedStr);
    n->v.JoinedStr.values = values;
    pr_build_pos_tok(n, start, end);
    return n;
}

pr_node *pr_build_strings(pr_parse *pp, pr_seq *parts, const pr_token *next)
{
    bool fstring = false, bytes = false, text = false, tstring = false;
    for (uint32_t i = 0; i < parts->n; i++) {
        pr_node *p = PR_SEQ_NODE(parts, i);
        if (p->kind == PR_JoinedStr)
            fstring = true;
        else if (p->kind == PR_TemplateStr)
            tstring = true;
        else if (p->v.Constant.value->kind == PR_CONST_BYTES)
            bytes = true;
        else
            text = true;
    }
    pr_node *first = PR_SEQ_NODE(parts, 0), *last = PR_SEQ_NODE(parts, parts->n - 1);
    /* CPython reports these where the parser stands: at the token after the strings */
    if (bytes && (text || fstring || tstring)) {
        pr_build_error(pp, next->lineno, next->col, "cannot mix bytes and nonbytes literals");
        return first;
    }
    if (tstring && (text || fstring)) {
        pr_build_error_at_node(pp, first, "cannot mix t-string literals with string or bytes literals");
        return first;
    }
    if (bytes) {
        size_t len = 0;
        for (uint32_t i = 0; i < parts->n; i++)
            len += PR_SEQ_NODE(parts, i)->v.Constant.value->len;
        char *buf = pr_arena_alloc(pp->arena, len + 1);
        size_t at = 0;
        for (uint32_t i = 0; i < parts->n; i++) {
            const pr_const *c = PR_SEQ_NODE(parts, i)->v.Constant.value;
            memcpy(buf + at, c->text, c->len);
            at += c->len;
        }
        buf[len] = 0;
        pr_node *n = pr_node_new(pp->arena, PR_Constant);
        n->v.Constant.value = new_text(pp, PR_CONST_BYTES, buf, len);
        n->v.Constant.kind = first->v.Constant.kind;
        pr_build_pos(pp, n, first, last);
        return n;
    }
    if (!fstring && !tstring && parts->n == 1)
        return first;
    pr_seq *values = fold_values(pp, parts, fstring || tstring);
    if (!fstring && !tstring)
        return PR_SEQ_NODE(values, 0);
    pr_node *n = pr_node_new(pp->arena, tstring ? PR_TemplateStr : PR_JoinedStr);
    n->v.JoinedStr.values = values;
    pr_build_pos(pp, n, first, last);
    return n;
}
