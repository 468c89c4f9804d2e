/* Running pyreview on files: one file for --dump-ast and --dump-tokens; many for the review
** and --parse-only, spread over worker threads.  For each file: read, parse, CPython's
** post-parse checks (a syntax error becomes an E999 finding worded and placed as CPython
** does), the passes with the rules on for that file, the suppression comments and the
** findings about them, the severity and confidence floors, and the findings made ready to
** print (character columns, the source line, the enclosing def).  Each worker owns one
** arena for the file being reviewed and one for its findings, both reset between files,
** and one that keeps its results; results land in the file's own slot, so nothing depends
** on the number of threads.  What a phase no longer needs is given back before the next
** one (the file's bytes once decoded, the passes' facts once their findings are made), so
** that a huge file costs a small multiple of its size. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast/ast.h"
#include "ast/hash.h"
#include "cli/cli.h"
#include "passes/metrics.h"
#include "passes/passes.h"
#include "passes/project.h"

static const char *const kind_names[] = {"SyntaxError", "IndentationError", "TabError",
                                         "MemoryError", "RecursionError"};

/* CPython's ast.parse refuses trees with more nodes from root to leaf (measured on
** Python 3.13; its compile() allows two more, which pr_syntax_check enforces). */
enum { DUMP_MAX_DEPTH = 9997 };

void pr_cli_format_syntax_error(pr_sbuf *out, const char *path, const pr_syntax_error *err)
{
    pr_cli_put_path(out, path);
    pr_sbuf_printf(out, ":%d:%d: E999 %s: %s\n", err->lineno, err->offset, kind_names[err->kind], err->msg);
}

/* The dump's recursion relies on this bound. */
static bool too_deep(pr_arena *a, const pr_parsed *parsed, pr_syntax_error *err)
{
    if (!pr_ast_deeper_than(a, parsed->module, DUMP_MAX_DEPTH))
        return false;
    memset(err, 0, sizeof *err);
    err->set = true;
    err->kind = PR_RECURSION_ERROR;
    snprintf(err->msg, sizeof err->msg, "maximum recursion depth exceeded during ast construction");
    return true;
}

static int dump_tokens(pr_arena *a, const pr_source *src, pr_sbuf *out, pr_syntax_error *err)
{
    pr_lexer lx;
    pr_token t;
    pr_lex_init(&lx, a, src, err);
    for (;;) {
        int k = pr_lex_next(&lx, &t);
        if (k < 0)
            return 1;
        pr_sbuf_printf(out, "%u,%u-%u,%u:\t%-16s '%.*s'\n", t.lineno, t.col, t.end_lineno, t.end_col,
                       pr_token_name(k), (int)(t.end - t.start), src->text + t.start);
        if (k == 0)
            return 0;
    }
}

int pr_cli_dump(const char *path, bool tokens)
{
    pr_arena a;
    pr_arena_init(&a);
    pr_sbuf out = {0};
    int status = 0;
    char *data;
    size_t len;
    char why[256];
    pr_syntax_error err;
    pr_source src;
    pr_parsed parsed;
    if (!pr_cli_read_file(&a, path, &data, &len, why, sizeof why)) {
        pr_cli_error("%s: %s", path, why);
        status = 2;
    } else if (!pr_source_prepare(&a, data, len, &src, &err) ||
               (tokens ? dump_tokens(&a, &src, &out, &err) != 0
                       : !pr_parse_file(&a, &src, &parsed, &err) || too_deep(&a, &parsed, &err))) {
        pr_cli_format_syntax_error(&out, path, &err);
        status = 1;
    } else if (!tokens) {
        pr_ast_dump(&out, parsed.module);
        pr_sbuf_putc(&out, '\n');
    }
    if (out.len)
        pr_cli_output(out.data, out.len);
    pr_sbuf_free(&out);
    pr_arena_free(&a);
    return status;
}

/* ------------------------------------------------------------------ one file */

typedef struct worker {
    pr_cli_run *run;
    const pr_cli_files *files;
    atomic_size_t *next;
    pr_arena scratch;          /* the file being reviewed; reset after each */
    pr_arena found;            /* the findings of the passes; reset after each */
    pr_arena *keep;            /* results */
} worker;

/* The 1-based character column of a 0-based byte column of line lineno. */
static int32_t char_column(const pr_lines *ix, uint32_t lineno, uint32_t col)
{
    if (lineno == 0 || lineno > ix->n)
        return (int32_t)col + 1;
    const char *line = ix->src->text + ix->starts[lineno - 1];
    uint32_t room = ix->src->len - ix->starts[lineno - 1], n = col < room ? col : room, i = 0;
    /* eight ASCII bytes at a time, as most lines are: each is a character */
    while (i + 8 <= n) {
        uint64_t word;
        memcpy(&word, line + i, 8);
        if (word & 0x8080808080808080u)
            break;
        i += 8;
    }
    int32_t chars = (int32_t)i;
    for (; i < n; i++)
        chars += ((unsigned char)line[i] & 0xC0) != 0x80;
    return chars + 1;
}

const char *pr_cli_line_text(pr_arena *keep, const pr_lines *ix, int32_t lineno)
{
    if (!ix || lineno <= 0 || (uint32_t)lineno > ix->n)
        return NULL;
    uint32_t start = ix->starts[lineno - 1];
    uint32_t end = (uint32_t)lineno < ix->n ? ix->starts[lineno] - 1 : ix->src->len;
    return pr_arena_strndup(keep, ix->src->text + start, end > start ? end - start : 0);
}

static void syntax_error_item(worker *w, pr_cli_result *r, const pr_syntax_error *err, const pr_lines *ix)
{
    pr_cli_item *it = pr_arena_alloc(w->keep, sizeof *it);
    char msg[sizeof err->msg + 32];
    snprintf(msg, sizeof msg, "%s: %s", kind_names[err->kind], err->msg);
    *it = (pr_cli_item){PR_RULE_E999, PR_HIGH, PR_HIGH, err->lineno, err->offset, err->lineno, err->offset,
                        err->lineno, pr_arena_strndup(w->keep, msg, strlen(msg)), pr_cli_line_text(w->keep, ix, err->lineno),
                        "", 0};
    r->items = it;
    r->n = 1;
    r->syntax_error = true;
}

/* Strings copied into the results, each distinct one once per file: scope names, found
** by the facts' pointer, and messages, found by their text (a file's findings repeat a
** few: a missing docstring, a name's case), each kind in a table of its own.  A small
** hash of nonzero keys. */
typedef struct kept_copies {
    uint64_t *keys;
    const char **to;
    uint32_t cap, n;
} kept_copies;

static uint32_t copy_slot(uint64_t key, uint32_t cap)
{
    return (uint32_t)(key >> 3 ^ key >> 35) & (cap - 1);
}

/* The copy of s, under key: its pointer, or (by_text) the hash of its text. */
static const char *keep_copy(worker *w, kept_copies *c, uint64_t key, const char *s, bool by_text)
{
    if (2 * (c->n + 1) > c->cap) {
        kept_copies bigger = {NULL, NULL, c->cap ? 2 * c->cap : 64, c->n};
        bigger.keys = pr_arena_alloc(&w->scratch, bigger.cap * sizeof *bigger.keys);
        bigger.to = pr_arena_alloc(&w->scratch, bigger.cap * sizeof *bigger.to);
        memset(bigger.keys, 0, bigger.cap * sizeof *bigger.keys);
        for (uint32_t i = 0; i < c->cap; i++)
            if (c->keys[i]) {
                uint32_t j = copy_slot(c->keys[i], bigger.cap);
                while (bigger.keys[j])
                    j = (j + 1) & (bigger.cap - 1);
                bigger.keys[j] = c->keys[i];
                bigger.to[j] = c->to[i];
            }
        *c = bigger;
    }
    uint32_t j = copy_slot(key, c->cap);
    while (c->keys[j] && !(c->keys[j] == key && (!by_text || strcmp(c->to[j], s) == 0)))
        j = (j + 1) & (c->cap - 1);
    if (!c->keys[j]) {
        c->keys[j] = key;
        c->to[j] = pr_arena_strndup(w->keep, s, strlen(s));
        c->n++;
    }
    return c->to[j];
}

static const char *keep_scope(worker *w, kept_copies *c, const char *scope)
{
    return keep_copy(w, c, (uintptr_t)scope, scope, false);
}

/* A message that is its rule's template (findings.h) lasts as long as the program. */
static const char *keep_message(worker *w, kept_copies *c, const pr_finding *f)
{
    if (f->message == pr_rules[f->rule].message)
        return f->message;
    return keep_copy(w, c, pr_hash_text(f->message, strlen(f->message)) | 1, f->message, true);
}

/* The sites of the summary's defs (RVW202), identifiers (RVW102), raises (RVW401
** without arguments, RVW403 with) and RVW101's names: where their findings would go, and
** whether a suppression comment covers them. */
static void make_sites(worker *w, pr_cli_result *r, pr_summary *sum, const bool *enabled, const pr_lines *ix,
                       const pr_cli_facts *facts, pr_cli_suppressions *sup, kept_copies *scopes)
{
    uint32_t n = sum->ndefs + sum->nidents + sum->nraises + sum->nstyles, reported = n - sum->nstyles;
    for (uint32_t i = 0; i < sum->nstyles; i++)
        reported += sum->styles[i].name != NULL;
    r->sites = pr_arena_alloc(w->keep, (reported ? reported : 1) * sizeof *r->sites);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t *at_site;
        pr_span at;
        pr_rule rule;
        if (i < sum->ndefs) {
            at = sum->defs[i].at, rule = PR_RULE_RVW202, at_site = &sum->defs[i].site;
        } else if (i < sum->ndefs + sum->nidents) {
            at = sum->ident_at[i - sum->ndefs], rule = PR_RULE_RVW102;
            at_site = &sum->idents[i - sum->ndefs].site;
        } else if (i < sum->ndefs + sum->nidents + sum->nraises) {
            pr_sum_raise *raise = &sum->raises[i - sum->ndefs - sum->nidents];
            at = raise->at, rule = raise->nkeywords ? PR_RULE_RVW403 : PR_RULE_RVW401, at_site = &raise->site;
        } else {
            pr_sum_style *st = &sum->styles[i - sum->ndefs - sum->nidents - sum->nraises];
            if (!st->name)
                continue;   /* counted, never reported */
            at = st->at, rule = PR_RULE_RVW101, at_site = &st->site;
        }
        pr_cli_site *site = &r->sites[k];
        /* RVW101's sites are a module's names of a minority style: most get a finding */
        site->line_text = rule == PR_RULE_RVW101 && w->run->context
                              ? pr_cli_line_text(w->keep, ix, (int32_t)at.lineno) : NULL;
        site->row = (int32_t)at.lineno;
        site->col = char_column(ix, at.lineno, at.col);
        site->end_row = (int32_t)(at.end_lineno ? at.end_lineno : at.lineno);
        site->end_col = at.end_lineno ? char_column(ix, at.end_lineno, at.end_col) : site->col;
        site->noqa_row = (int32_t)pr_cli_facts_noqa_line(facts, at.lineno);
        site->scope = w->run->context ? keep_scope(w, scopes, pr_cli_facts_scope(facts, at.lineno)) : NULL;
        pr_finding f = {(uint16_t)rule, (uint8_t)pr_rules[rule].severity, (uint8_t)pr_rules[rule].confidence,
                        at.lineno, at.col, at.end_lineno, at.end_col, "", 0};
        site->suppressed = enabled[rule] && pr_cli_suppress_pending(sup, &f, 2 * k);
        *at_site = k++;
    }
    r->nsites = k;
}

/* The items of the RUF100 findings the join decides, but their messages; none below the
** floors. */
static void wait_items(worker *w, pr_cli_result *r, const pr_lines *ix, const pr_cli_facts *facts,
                       kept_copies *scopes)
{
    const pr_cli_settings *s = r->file->settings;
    const pr_rule_info *info = &pr_rules[PR_RULE_RUF100];
    if ((int)info->severity < s->min_severity || (int)info->confidence < s->min_confidence)
        r->nwaits = 0;
    r->wait_items = r->nwaits ? pr_arena_alloc(w->keep, r->nwaits * sizeof *r->wait_items) : NULL;
    for (uint32_t i = 0; i < r->nwaits; i++) {
        const pr_cli_noqa_wait *q = &r->waits[i];
        int32_t col = char_column(ix, q->line, q->col);
        r->wait_items[i] = (pr_cli_item){PR_RULE_RUF100, (uint8_t)info->severity, (uint8_t)info->confidence,
                                         (int32_t)q->line, col, (int32_t)q->line,
                                         char_column(ix, q->line, q->end_col),
                                         (int32_t)pr_cli_facts_noqa_line(facts, q->line), NULL,
                                         NULL, NULL, 0};
        if (w->run->context) {
            r->wait_items[i].line_text = pr_cli_line_text(w->keep, ix, (int32_t)q->line);
            r->wait_items[i].scope = keep_scope(w, scopes, pr_cli_facts_scope(facts, q->line));
        }
    }
}

/* The part of abspath below the directory root, or abspath when it is not below it: a
** test directory above the project (a checkout under ~/tests/) makes no test file. */
static const char *below_root(const char *abspath, const char *root)
{
    size_t n = strlen(root);
    if (n > 0 && root[n - 1] == '/')
        n--;
    return strncmp(abspath, root, n) == 0 && abspath[n] == '/' ? abspath + n + 1 : abspath;
}

/* The passes, the suppressions and the floors over a file that parsed. */
static void review(worker *w, const pr_cli_file *file, pr_cli_result *r, const pr_source *src,
                   const pr_parsed *parsed)
{
    pr_arena *a = &w->scratch;
    const pr_cli_settings *s = file->settings;
    pr_cli_settings_rules_for(s, file->abspath, &r->ran);
    bool *enabled = pr_arena_alloc(a, PR_RULE_COUNT * sizeof *enabled);
    for (int i = 0; i < PR_RULE_COUNT; i++) {
        enabled[i] = pr_cli_ruleset_has(&r->ran, i);
        if (enabled[i] && (pr_rules[i].concern == PR_CONCERN_SECURITY ||
                           pr_rules[i].concern == PR_CONCERN_COMMAND_EXECUTION))
            r->security_ran = true;
    }
    pr_findings findings;
    pr_findings_init(&findings, &w->found);
    /* the summary grows in every pass, whose working memory is released: it lives with
    ** the findings until it is copied out */
    pr_summary *sum = pr_arena_alloc(&w->found, sizeof *sum);
    pr_summary_init(sum, &w->found, file->abspath);
    /* what the join will report: RVW202 here, RVW102 across a tree (its identifiers count
    ** wherever the rule is on or off) */
    sum->want_defs = pr_cli_project_rule_on(w->run, file, &r->ran, PR_RULE_RVW202);
    const pr_cli_ruleset *some = &w->run->on_somewhere;
    sum->want_idents = w->run->tree && pr_cli_ruleset_has(some, PR_RULE_RVW102);
    /* the reads of other modules: RVW202's, and RVW201's, whose findings another file of
    ** the run that reads the private name voids */
    sum->want_refs = (w->run->tree && pr_cli_ruleset_has(some, PR_RULE_RVW202)) || w->run->selected_unused ||
                     (w->files->n > 1 && pr_cli_ruleset_has(some, PR_RULE_RVW201));
    /* the findings a base class in another file may void (naming.c, docstrings.c), and
    ** RVW102's method names, which such a base may impose */
    sum->want_classes = w->files->n > 1 &&
                        (pr_cli_ruleset_has(some, PR_RULE_N802) || pr_cli_ruleset_has(some, PR_RULE_RVW101) ||
                         sum->want_idents ||
                         pr_cli_ruleset_has(some, PR_RULE_D102) || pr_cli_ruleset_has(some, PR_RULE_D105) ||
                         pr_cli_ruleset_has(some, PR_RULE_D107));
    /* the message templates of classes of other files (errors.c) */
    sum->want_templates = w->files->n > 1 && (pr_cli_ruleset_has(some, PR_RULE_RVW401) ||
                                              pr_cli_ruleset_has(some, PR_RULE_RVW403));
    bool summarize = sum->want_defs || sum->want_idents || sum->want_refs || sum->want_classes ||
                     sum->want_templates;
    /* a project rule that will not report here is not on here (nor is a `noqa` for it
    ** unused) */
    if (!sum->want_defs)
        r->ran.bits[PR_RULE_RVW202 / 64] &= ~((uint64_t)1 << (PR_RULE_RVW202 % 64));
    if (!w->run->tree)
        r->ran.bits[PR_RULE_RVW102 / 64] &= ~((uint64_t)1 << (PR_RULE_RVW102 % 64));
    /* the line index serves the passes' positions and then the findings' columns */
    pr_lines ix;
    pr_lines_build(a, src, &ix);
    pr_review_ctx ctx = {a,       parsed, src,  file->path, &findings, NULL, &s->options,
                         enabled, &ix,    NULL, summarize ? sum : NULL,
                         pr_test_file(below_root(file->abspath, s->root))};
    pr_arena_mark facts_mark = pr_arena_mark_set(a);
    pr_review(&ctx);
    pr_arena_release(a, facts_mark);

    pr_cli_facts facts;
    pr_cli_facts_build(a, parsed, ix.n, &facts);
    pr_cli_suppressions *sup = pr_cli_suppress_scan(a, src, parsed, &facts);
    pr_findings kept;
    pr_findings_init(&kept, a);
    pr_findings_sort(&findings);
    for (uint32_t i = 0; i < findings.n; i++) {
        const pr_finding *f = &findings.items[i];
        if (!enabled[f->rule] || (f->cond ? pr_cli_suppress_pending(sup, f, 2 * f->cond + 1) : pr_cli_suppress(sup, f)))
            continue;
        if (kept.n == kept.cap)
            kept.items = pr_cli_grow(a, kept.items, &kept.cap, sizeof *kept.items);
        kept.items[kept.n++] = *f;
    }
    kept_copies scopes = {0}, messages = {0};
    make_sites(w, r, sum, enabled, &ix, &facts, sup, &scopes);
    r->summary = pr_summary_copy(w->keep, sum);
    uint32_t nkept = kept.n;
    pr_cli_suppress_report(sup, &r->ran, s->strict_suppressions, &s->external, &kept, w->keep, &r->waits,
                           &r->nwaits);
    wait_items(w, r, &ix, &facts, &scopes);
    /* kept is in order but for the findings about suppression comments just added */
    if (kept.n != nkept)
        pr_findings_sort(&kept);

    uint32_t n = 0;
    for (uint32_t i = 0; i < kept.n; i++)
        n += kept.items[i].severity >= s->min_severity && kept.items[i].confidence >= s->min_confidence;
    /* room for what the join will likely add: RUF100's decisions, and RVW101's findings
    ** at most sites of a module whose names bases of other files may impose (its sites
    ** are names of a minority style) */
    r->room = n + r->nwaits;
    for (uint32_t i = 0; i < sum->nstyles; i++)
        r->room += sum->styles[i].name != NULL;
    r->items = pr_arena_alloc(w->keep, (r->room ? r->room : 1) * sizeof *r->items);
    for (uint32_t i = 0; i < kept.n; i++) {
        const pr_finding *f = &kept.items[i];
        if (f->severity < s->min_severity || f->confidence < s->min_confidence) {
            /* the review's security verdict must not say "nothing" for what it hid */
            r->security_hidden += pr_rules[f->rule].concern == PR_CONCERN_SECURITY ||
                                  pr_rules[f->rule].concern == PR_CONCERN_COMMAND_EXECUTION;
            continue;
        }
        pr_cli_item *it = &r->items[r->n++];
        it->rule = f->rule;
        it->severity = f->severity;
        it->confidence = f->confidence;
        it->row = (int32_t)f->lineno;
        it->col = char_column(&ix, f->lineno, f->col);
        it->end_row = (int32_t)(f->end_lineno ? f->end_lineno : f->lineno);
        it->end_col = f->end_lineno ? char_column(&ix, f->end_lineno, f->end_col) : it->col;
        it->noqa_row = (int32_t)pr_cli_facts_noqa_line(&facts, f->lineno);
        it->message = keep_message(w, &messages, f);
        it->cond = f->cond;
        if (!w->run->context) {
            it->line_text = it->scope = NULL;
            continue;
        }
        /* findings sorted by place: those of one line share its text */
        it->line_text = r->n > 1 && it[-1].row == it->row ? it[-1].line_text
                                                          : pr_cli_line_text(w->keep, &ix, it->row);
        it->scope = keep_scope(w, &scopes, pr_cli_facts_scope(&facts, f->lineno));
    }
}

/* The review's module metrics: the maintainability index and the functions' complexity
** in the configured model. */
static void metrics(worker *w, const pr_cli_file *file, pr_cli_result *r, const pr_source *src,
                    const pr_parsed *parsed)
{
    pr_module_metrics m;
    pr_metrics_compute(&w->scratch, parsed, src, &m);
    int model = (int)file->settings->options.complexity_model;
    r->has_metrics = true;
    r->mi_ok = m.raw.ok;
    r->mi = m.mi;
    r->mi_rank = m.mi_rank;
    const pr_cc_block *worst = NULL;
    for (uint32_t i = 0; i < m.blocks.n; i++) {
        const pr_cc_block *b = &m.blocks.items[i];
        if ((b->kind != PR_BLOCK_FUNCTION && b->kind != PR_BLOCK_METHOD) || b->cc[model] < 0)
            continue;
        r->nfunctions++;
        r->ncomplex += pr_cc_rank(b->cc[model]) >= 'C';
        if (!worst || b->cc[model] > worst->cc[model])
            worst = b;
    }
    if (worst) {
        r->worst = pr_arena_strndup(w->keep, worst->qualname, strlen(worst->qualname));
        r->worst_cc = worst->cc[model];
    }
}

/* A file with a syntax error is still a module of the tree, being edited, that reads
** names of the others: the words of its text stand for its reads.  (Bytes that are not
** text, which Python cannot import, read nothing.) */
static void unparsed_summary(worker *w, const pr_cli_file *file, pr_cli_result *r, const pr_source *src)
{
    pr_summary *sum = pr_arena_alloc(&w->found, sizeof *sum);
    pr_summary_init(sum, &w->found, file->abspath);
    pr_summary_words(sum, src->text, src->len);
    r->summary = pr_summary_copy(w->keep, sum);
}

static void one_file(worker *w, const pr_cli_file *file, pr_cli_result *r)
{
    pr_arena *a = &w->scratch;
    memset(r, 0, sizeof *r);
    r->file = file;
    if (!file->settings)
        return;   /* its configuration is broken, and was reported */
    jmp_buf oom;
    a->oom = &oom;
    w->found.oom = &oom;
    if (setjmp(oom)) {
        a->oom = NULL;
        w->found.oom = NULL;
        r->items = NULL;
        r->n = 0;
        r->error = "out of memory";
        return;
    }
    char *data;
    size_t len;
    char why[256];
    if (file->is_stdin) {
        len = w->run->stdin_len;
        data = pr_arena_alloc(a, len + 1);
        memcpy(data, w->run->stdin_data, len);
        data[len] = 0;
    } else if (!pr_cli_read_file(a, file->abspath, &data, &len, why, sizeof why)) {
        a->oom = NULL;
        w->found.oom = NULL;
        r->error = pr_arena_strndup(w->keep, why, strlen(why));
        return;
    }
    pr_syntax_error err;
    pr_source src;
    pr_parsed parsed;
    bool prepared = pr_source_prepare(a, data, len, &src, &err);
    pr_arena_discard(a, data, len + 1);   /* src holds the decoded copy */
    if (!prepared) {
        syntax_error_item(w, r, &err, NULL);
    } else if (!pr_parse_file(a, &src, &parsed, &err) || !pr_syntax_check(a, &parsed, &src, &err)) {
        pr_lines ix;
        pr_lines_build(a, &src, &ix);
        syntax_error_item(w, r, &err, &ix);
        if (w->run->mode == PR_MODE_REVIEW && w->files->n > 1)
            unparsed_summary(w, file, r, &src);
    } else if (w->run->mode == PR_MODE_REVIEW) {
        review(w, file, r, &src, &parsed);
        if (w->run->metrics)
            metrics(w, file, r, &src, &parsed);
    } else {
        pr_cli_settings_rules_for(file->settings, file->abspath, &r->ran);
    }
    a->oom = NULL;
    w->found.oom = NULL;
}

/* ------------------------------------------------------------------ many files */

static void *work(void *arg)
{
    worker *w = arg;
    for (;;) {
        size_t i = atomic_fetch_add(w->next, 1);
        if (i >= w->files->n)
            break;
        one_file(w, &w->files->items[i], &w->run->results[i]);
        pr_arena_reset(&w->scratch);
        pr_arena_reset(&w->found);
    }
    return NULL;
}

void pr_cli_run_files(pr_cli_run *run, const pr_cli_files *files)
{
    run->nresults = files->n;
    run->results = calloc(files->n + 1, sizeof *run->results);
    int jobs = run->jobs;
    if (jobs <= 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = cpus > 0 ? (int)cpus : 1;
    }
    if ((size_t)jobs > files->n)
        jobs = files->n ? (int)files->n : 1;
    run->nkeep = jobs;
    /* what the whole-project summaries must hold depends on the rules on anywhere */
    for (size_t i = 0; i < files->n; i++) {
        const pr_cli_settings *s = files->items[i].settings;
        if (!s)
            continue;
        run->selected_unused |= pr_cli_ruleset_has(&s->chosen, PR_RULE_RVW202);
        pr_cli_ruleset on;
        pr_cli_settings_rules_for(s, files->items[i].abspath, &on);
        for (int w = 0; w < PR_CLI_RULESET_WORDS; w++)
            run->on_somewhere.bits[w] |= on.bits[w];
    }
    run->keep = calloc((size_t)jobs, sizeof *run->keep);
    worker *workers = calloc((size_t)jobs, sizeof *workers);
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    if (!run->results || !run->keep || !workers || !threads)
        pr_cli_out_of_memory();
    atomic_size_t next = 0;
    for (int i = 0; i < jobs; i++) {
        pr_arena_init(&run->keep[i]);
        workers[i] = (worker){.run = run, .files = files, .next = &next, .keep = &run->keep[i]};
        pr_arena_init(&workers[i].scratch);
        pr_arena_init(&workers[i].found);
    }
    int started = 0;
    for (int i = 1; i < jobs; i++)
        if (pthread_create(&threads[i], NULL, work, &workers[i]) == 0)
            started = i;
        else
            break;
    work(&workers[0]);
    for (int i = 1; i <= started; i++)
        pthread_join(threads[i], NULL);
    /* the join works in the first worker's file arena, whose pages the reviews have
    ** touched already: a fresh arena would fault each of its pages in anew */
    run->join = workers[0].scratch;
    for (int i = 0; i < jobs; i++) {
        if (i > 0)
            pr_arena_free(&workers[i].scratch);
        pr_arena_free(&workers[i].found);
    }
    free(threads);
    free(workers);
}

void pr_cli_run_free(pr_cli_run *run)
{
    pr_arena_free(&run->join);
    for (int i = 0; i < run->nkeep; i++)
        pr_arena_free(&run->keep[i]);
    free(run->keep);
    free(run->results);
    run->keep = NULL;
    run->results = NULL;
}
