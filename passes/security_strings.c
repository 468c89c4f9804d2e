/* Security checks on strings and defaults, as ruff makes them (RULES.md §2.7): a string that
** binds all interfaces (S104) or names a shared temporary directory (S108), passwords
** written into the code (S105 assignments and comparisons, S106 keyword arguments, S107
** parameter defaults: names that look like a password given a non-empty string), insecure
** TLS protocols as parameter defaults (S503), and SQL built by formatting, concatenation
** or f-strings (S608). */
#include "passes/security.h"

#include <ctype.h>
#include <string.h>

static void report(pr_sec *s, pr_rule rule, const pr_node *n, ...)
{
    va_list ap;
    va_start(ap, n);
    pr_report_va(s->f, rule, n->lineno, n->col, n->end_lineno, n->end_col, ap);
    va_end(ap);
}

/* ------------------------------------------------------------------ passwords */

/* The lengths (as bits) at which a word of ruff's password regex,
** (^|_)(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)($|_), ends when it starts at p. */
static uint32_t word_ends(const char *p)
{
    uint32_t ends = 0;
    if (p[0] != 'p' && p[0] != 't' && p[0] != 's')
        return 0;   /* no word starts so */
    if (strncmp(p, "pas", 3) == 0) {
        size_t i = 3;
        while (p[i] == 's')
            i++;
        if (p[i] == 'w') {
            size_t j = i + 1;
            if (p[j] == 'o')
                j++;
            if (p[j] == 'r')
                j++;
            if (p[j] == 'd' && j + 1 < 32)
                ends |= 1u << (j + 1);
        }
    }
    if (strncmp(p, "pass", 4) == 0)
        ends |= 1u << 4 | (strncmp(p + 4, "phrase", 6) == 0 ? 1u << 10 : 0);
    if (strncmp(p, "pwd", 3) == 0)
        ends |= 1u << 3;
    if (strncmp(p, "token", 5) == 0)
        ends |= 1u << 5;
    if (strncmp(p, "secret", 6) == 0)
        ends |= 1u << 6 | (p[6] == 'e' ? 1u << 7 : 0);
    return ends;
}

/* The regex matched case-insensitively anywhere in the name. */
static bool password_name(const char *name)
{
    char lower[128];
    size_t n = strlen(name);
    if (n >= sizeof lower)
        return false;
    for (size_t i = 0; i <= n; i++)
        lower[i] = (char)tolower((unsigned char)name[i]);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && lower[i - 1] != '_')
            continue;
        uint32_t ends = word_ends(lower + i);
        for (size_t len = 1; len < 32 && i + len <= n; len++)
            if ((ends >> len & 1) && (lower[i + len] == '\0' || lower[i + len] == '_'))
                return true;
    }
    return false;
}

/* The name a target or compared expression gives: x, obj.x, d["x"]. */
static const char *target_name(const pr_node *t)
{
    if (t->kind == PR_Name)
        return t->v.Name.id;
    if (t->kind == PR_Attribute)
        return t->v.Attribute.attr;
    if (t->kind == PR_Subscript && pr_is_str(t->v.Subscript.slice))
        return t->v.Subscript.slice->v.Constant.value->text;
    return NULL;
}

static bool secret_value(const pr_node *v)
{
    return pr_is_str(v) && v->v.Constant.value->len > 0;
}

void pr_sec_assign(pr_sec *s, const pr_node *stmt)
{
    if (!pr_sec_on(s, PR_RULE_S105))
        return;
    const pr_node *value = stmt->kind == PR_Assign ? stmt->v.Assign.value : stmt->v.AnnAssign.value;
    if (!value || !secret_value(value))
        return;
    if (stmt->kind == PR_AnnAssign) {
        const char *name = target_name(stmt->v.AnnAssign.target);
        if (name && password_name(name))
            report(s, PR_RULE_S105, value, name);
        return;
    }
    for (uint32_t i = 0; i < PR_SEQ_LEN(stmt->v.Assign.targets); i++) {
        const char *name = target_name(PR_SEQ_NODE(stmt->v.Assign.targets, i));
        if (name && password_name(name)) {
            report(s, PR_RULE_S105, value, name);
            return;
        }
    }
}

void pr_sec_compare(pr_sec *s, const pr_node *cmp)
{
    if (!pr_sec_on(s, PR_RULE_S105))
        return;
    const char *name = target_name(cmp->v.Compare.left);
    if (!name || !password_name(name))
        return;
    for (uint32_t i = 0; i < PR_SEQ_LEN(cmp->v.Compare.comparators); i++) {
        const pr_node *c = PR_SEQ_NODE(cmp->v.Compare.comparators, i);
        if (secret_value(c))
            report(s, PR_RULE_S105, c, name);
    }
}

void pr_sec_keywords(pr_sec *s, const pr_node *call)
{
    if (!pr_sec_on(s, PR_RULE_S106))
        return;
    for (uint32_t i = 0; i < PR_SEQ_LEN(call->v.Call.keywords); i++) {
        const pr_node *k = PR_SEQ_NODE(call->v.Call.keywords, i);
        if (k->v.keyword.arg && secret_value(k->v.keyword.value) && password_name(k->v.keyword.arg))
            report(s, PR_RULE_S106, k, k->v.keyword.arg);
    }
}

/* The parameters and their defaults, positional ones aligned from the right. */
void pr_sec_defaults(pr_sec *s, const pr_node *def)
{
    const pr_node *a = def->kind == PR_Lambda ? def->v.Lambda.args : def->v.FunctionDef.args;
    const pr_seq *pos[2] = {a->v.arguments.posonlyargs, a->v.arguments.args};
    uint32_t npos = PR_SEQ_LEN(pos[0]) + PR_SEQ_LEN(pos[1]);
    uint32_t ndef = PR_SEQ_LEN(a->v.arguments.defaults);
    for (uint32_t i = 0; i < npos; i++) {
        if (i + ndef < npos)
            continue;
        const pr_node *arg = i < PR_SEQ_LEN(pos[0]) ? PR_SEQ_NODE(pos[0], i)
                                                    : PR_SEQ_NODE(pos[1], i - PR_SEQ_LEN(pos[0]));
        const pr_node *d = PR_SEQ_NODE(a->v.arguments.defaults, i + ndef - npos);
        if (secret_value(d) && password_name(arg->v.arg.arg))
            report(s, PR_RULE_S107, d, arg->v.arg.arg);
        const char *bad = pr_sec_bad_protocol(d);
        if (bad)
            report(s, PR_RULE_S503, d, bad);
    }
    for (uint32_t i = 0; i < PR_SEQ_LEN(a->v.arguments.kwonlyargs); i++) {
        const pr_node *arg = PR_SEQ_NODE(a->v.arguments.kwonlyargs, i);
        const pr_node *d = PR_SEQ_NODE(a->v.arguments.kw_defaults, i);
        if (!d)
            continue;
        if (secret_value(d) && password_name(arg->v.arg.arg))
            report(s, PR_RULE_S107, d, arg->v.arg.arg);
        const char *bad = pr_sec_bad_protocol(d);
        if (bad)
            report(s, PR_RULE_S503, d, bad);
    }
}

/* ------------------------------------------------------------------ S104, S108 */

void pr_sec_string(pr_sec *s, const pr_node *str, const pr_node *parent)
{
    const pr_const *c = str->v.Constant.value;
    if (parent && parent->kind == PR_Expr)
        return;                 /* a docstring or a string statement */
    if (c->len == 7 && memcmp(c->text, "0.0.0.0", 7) == 0)
        report(s, PR_RULE_S104, str);
    unsigned char first = (unsigned char)c->text[0];
    if (!pr_sec_on(s, PR_RULE_S108) || !(s->tmp_first[first / 64] >> (first % 64) & 1))
        return;   /* most strings start as no temporary directory does */
    const pr_strlist *dirs = &s->opt->tmp_directories;
    for (uint32_t i = 0; i < dirs->n; i++) {
        const char *dir = dirs->items[i];
        if (dir[0] && dir[0] != c->text[0])
            continue;   /* most strings: without measuring the directory */
        size_t n = strlen(dir);
        if (c->len >= n && memcmp(c->text, dir, n) == 0) {
            /* the tempfile module's own arguments name where it works */
            char buf[256];
            const char *q = parent && parent->kind == PR_Call
                                ? pr_resolve_qualified(&s->r, parent->v.Call.func, buf, sizeof buf)
                                : NULL;
            if (!q || strncmp(q, "tempfile.", 9) != 0)
                report(s, PR_RULE_S108, str, c->text);
            return;
        }
    }
}

/* ------------------------------------------------------------------ S608 */

/* ruff's SQL test: (?isx)\b(select\s+.*\s+from\s|delete\s+from\s|(insert|replace)\s+.*\s+values\s
** |update\s+.*\s+set\s), on the text of the query. */
static bool word_ci(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)p[i]) != w[i])
            return false;
    return true;
}

static bool space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* After p: blanks, anything, blanks, then word w followed by a blank. */
static bool then_word(const char *p, const char *end, const char *w, bool anything)
{
    if (p >= end || !space(*p))
        return false;
    if (!anything) {
        while (p < end && space(*p))
            p++;
        return word_ci(p, end, w) && p + strlen(w) < end && space(p[strlen(w)]);
    }
    size_t n = strlen(w);
    for (const char *q = p + 1; q + n < end; q++)
        if (space(q[-1]) && word_ci(q, end, w) && space(q[n]))
            return true;
    return false;
}

static bool is_word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

static bool looks_like_sql(const char *text, size_t len)
{
    const char *end = text + len;
    for (const char *p = text; p < end; p++) {
        /* only the first letters of the keywords can start a match; `| 0x20` lowers
        ** exactly the two bytes that are each of these letters, and costs no call */
        char c = (char)(*p | 0x20);
        if ((c != 's' && c != 'd' && c != 'i' && c != 'r' && c != 'u') || (p > text && is_word_char(p[-1])))
            continue;
        if (c == 's' && word_ci(p, end, "select") && then_word(p + 6, end, "from", true))
            return true;
        if (c == 'd' && word_ci(p, end, "delete") && then_word(p + 6, end, "from", false))
            return true;
        if (c == 'i' && word_ci(p, end, "insert") && then_word(p + 6, end, "values", true))
            return true;
        if (c == 'r' && word_ci(p, end, "replace") && then_word(p + 7, end, "values", true))
            return true;
        if (c == 'u' && word_ci(p, end, "update") && then_word(p + 6, end, "set", true))
            return true;
    }
    return false;
}

/* Whether a `+` chain joins a string with something that is not a literal (ruff's
** is_explicit_concatenation). */
static int concatenation(const pr_node *e)
{
    if (e->kind == PR_BinOp && e->v.BinOp.op == PR_ADD) {
        int l = concatenation(e->v.BinOp.left), r = concatenation(e->v.BinOp.right);
        if (l == 1 || r == 1)
            return (l >= 1 && r >= 1) || l == 2 || r == 2 ? 1 : 0;
        return l == 2 || r == 2 ? 2 : 0;
    }
    switch (e->kind) {
    case PR_Constant:
        return e->v.Constant.value->kind == PR_CONST_STR ? 2 : 0;
    case PR_JoinedStr:
        return 2;
    case PR_Name:
    case PR_Attribute:
    case PR_Subscript:
    case PR_Call:
        return 1;
    default:
        return 0;
    }
}

void pr_sec_sql(pr_sec *s, const pr_node *e, const pr_node *parent, const pr_node *func)
{
    if (!pr_sec_on(s, PR_RULE_S608) && !pr_sec_on(s, PR_RULE_RVW504))
        return;
    const char *text = NULL;
    size_t len = 0;
    if (e->kind == PR_BinOp && e->v.BinOp.op == PR_ADD) {
        if (parent && parent->kind == PR_BinOp)
            return;
        if (concatenation(e) != 1)
            return;
        uint32_t a = pr_sem_offset(s->ctx->sem, e->lineno, e->col);
        uint32_t b = pr_sem_offset(s->ctx->sem, e->end_lineno, e->end_col);
        text = s->ctx->src->text + a;
        len = b > a ? b - a : 0;
    } else if (e->kind == PR_BinOp && e->v.BinOp.op == PR_MOD) {
        if (!pr_is_str(e->v.BinOp.left))
            return;
        text = e->v.BinOp.left->v.Constant.value->text;
        len = e->v.BinOp.left->v.Constant.value->len;
    } else if (e->kind == PR_Call) {
        const pr_node *f = e->v.Call.func;
        if (f->kind != PR_Attribute || strcmp(f->v.Attribute.attr, "format") != 0 ||
            !pr_is_str(f->v.Attribute.value))
            return;
        text = f->v.Attribute.value->v.Constant.value->text;
        len = f->v.Attribute.value->v.Constant.value->len;
    } else if (e->kind == PR_JoinedStr) {
        bool interpolated = false;
        for (uint32_t i = 0; i < PR_SEQ_LEN(e->v.JoinedStr.values); i++)
            interpolated |= PR_SEQ_NODE(e->v.JoinedStr.values, i)->kind == PR_FormattedValue;
        if (!interpolated)
            return;
        uint32_t a = pr_sem_offset(s->ctx->sem, e->lineno, e->col);
        uint32_t b = pr_sem_offset(s->ctx->sem, e->end_lineno, e->end_col);
        text = s->ctx->src->text + a;
        len = b > a ? b - a : 0;
    } else {
        return;
    }
    if (!looks_like_sql(text, len))
        return;
    /* bandit's confidence: medium when the query goes straight into execute() */
    bool executed = parent && parent->kind == PR_Call && parent->v.Call.func->kind == PR_Attribute &&
                    (strcmp(parent->v.Call.func->v.Attribute.attr, "execute") == 0 ||
                     strcmp(parent->v.Call.func->v.Attribute.attr, "executemany") == 0);
    if (pr_sec_on(s, PR_RULE_S608)) {
        report(s, PR_RULE_S608, e);
        if (executed)
            pr_sec_level(s, PR_MEDIUM, PR_MEDIUM);
    }
    pr_sec_tainted_arg(s, e, func, "SQL query", PR_HIGH);
}
