/* Which rules a word names, and which rules end up on.  A selector is ALL, a code or a
** prefix of codes (F, F4, F401, RVW), a rule's name, or another tool's name for a rule
** (aliases.def: pylint ids and symbols, bandit ids and test names, ruff's redirects ...).
** Selection follows ruff: layers (the configuration file, then the command line) apply
** over the default set; a layer with `select` starts from nothing; within a layer the
** most specific selector decides a rule, and an ignore wins a tie. */
#include "cli/cli.h"

#include <string.h>

typedef enum { ANYWHERE, EXCEPT_LINE } alias_where;

typedef struct alias {
    const char *name;
    const char *targets;
    alias_where where;
} alias;

static const alias aliases[] = {
#define ALIAS(name, targets, where) {name, targets, where},
#include "cli/aliases.def"
#undef ALIAS
};

enum { WHOLE = 100 };

bool pr_cli_ruleset_empty(const pr_cli_ruleset *s)
{
    for (int i = 0; i < PR_CLI_RULESET_WORDS; i++)
        if (s->bits[i])
            return false;
    return true;
}

/* The rules whose code starts with the len bytes of prefix; false for none. */
static bool add_prefix(const char *prefix, size_t len, pr_cli_ruleset *out)
{
    bool any = false;
    for (int r = 0; r < PR_RULE_COUNT; r++)
        if (strncmp(pr_rules[r].code, prefix, len) == 0) {
            pr_cli_ruleset_add(out, r);
            any = true;
        }
    return any;
}

static bool equal(const char *a, size_t len, const char *word)
{
    return strlen(word) == len && memcmp(a, word, len) == 0;
}

/* Codes and rule names compare without regard to case on input, as ruff's do. */
static bool equal_nocase(const char *a, size_t len, const char *word)
{
    if (strlen(word) != len)
        return false;
    for (size_t i = 0; i < len; i++) {
        char x = a[i], y = word[i];
        if (x >= 'a' && x <= 'z')
            x = (char)(x - 'a' + 'A');
        if (y >= 'a' && y <= 'z')
            y = (char)(y - 'a' + 'A');
        if (x != y)
            return false;
    }
    return true;
}

int pr_cli_selector(const char *text, size_t len, pr_cli_code_context where, pr_cli_ruleset *out)
{
    memset(out, 0, sizeof *out);
    if (equal(text, len, "ALL")) {
        for (int r = 0; r < PR_RULE_COUNT; r++)
            pr_cli_ruleset_add(out, r);
        return 0;
    }
    for (int r = 0; r < PR_RULE_COUNT; r++)
        if (equal_nocase(text, len, pr_rules[r].name) || equal(text, len, pr_rules[r].code)) {
            pr_cli_ruleset_add(out, r);
            return WHOLE;
        }
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        const alias *al = &aliases[i];
        if (!equal(text, len, al->name))
            continue;
        if (al->where == EXCEPT_LINE && where != PR_CLI_IN_EXCEPT_COMMENT)
            continue;
        /* each target is a code or a prefix */
        for (const char *t = al->targets; *t;) {
            size_t n = strcspn(t, " ");
            add_prefix(t, n, out);
            t += n;
            t += strspn(t, " ");
        }
        return pr_cli_ruleset_empty(out) ? -1 : WHOLE;
    }
    /* a prefix: letters, then digits, as codes are */
    size_t letters = 0;
    while (letters < len && text[letters] >= 'A' && text[letters] <= 'Z')
        letters++;
    size_t digits = letters;
    while (digits < len && text[digits] >= '0' && text[digits] <= '9')
        digits++;
    if (letters == 0 || digits != len)
        return -1;
    return add_prefix(text, len, out) ? (int)len : -1;
}

const char *pr_cli_selector_hint(const char *text)
{
    enum { MAX = PR_RULE_COUNT * 2 + sizeof aliases / sizeof aliases[0] };
    const char *words[MAX];
    size_t n = 0;
    for (int r = 0; r < PR_RULE_COUNT; r++) {
        words[n++] = pr_rules[r].code;
        words[n++] = pr_rules[r].name;
    }
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        words[n++] = aliases[i].name;
    return pr_cli_closest(text, words, n);
}

void pr_cli_select_resolve(const pr_cli_layer *layers, int nlayers, pr_cli_ruleset *enabled)
{
    pr_cli_ruleset defaults;
    memset(&defaults, 0, sizeof defaults);
    for (int r = 0; r < PR_RULE_COUNT; r++)
        if (pr_rules[r].default_on)
            pr_cli_ruleset_add(&defaults, r);
    pr_cli_select_resolve_from(layers, nlayers, &defaults, enabled);
}

void pr_cli_select_resolve_from(const pr_cli_layer *layers, int nlayers, const pr_cli_ruleset *start,
                                pr_cli_ruleset *enabled)
{
    *enabled = *start;
    for (int l = 0; l < nlayers; l++) {
        const pr_cli_layer *layer = &layers[l];
        pr_cli_ruleset next;
        memset(&next, 0, sizeof next);
        for (int r = 0; r < PR_RULE_COUNT; r++) {
            int best_on = -1, best_off = -1;
            for (uint32_t i = 0; i < layer->n; i++) {
                const pr_cli_select_entry *e = &layer->items[i];
                if (!pr_cli_ruleset_has(&e->rules, r))
                    continue;
                int *best = e->on ? &best_on : &best_off;
                if (e->specificity > *best)
                    *best = e->specificity;
            }
            bool on;
            if (best_off >= 0 && best_off >= best_on)
                on = false;
            else if (best_on >= 0)
                on = true;
            else
                on = !layer->has_select && pr_cli_ruleset_has(enabled, r);
            if (on)
                pr_cli_ruleset_add(&next, r);
        }
        *enabled = next;
    }
    /* a syntax error is always reported */
    pr_cli_ruleset_add(enabled, PR_RULE_E999);
}
