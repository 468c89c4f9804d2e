/* What pyreview says about its rules: `pyreview rule CODE` (the rule's text from
** doc/rules/CODE.md, in fixed sections: What it does, Why it matters, Example, Fix,
** Options; then its concern, default, severity, confidence and the other tools' names for
** it), --list-rules (one line per rule), and the one-line summaries SARIF output carries. */
#include "cli/cli.h"

#include <string.h>

static const char *const concern_words[] = {
    [PR_CONCERN_SYNTAX] = "syntax",
    [PR_CONCERN_SECURITY] = "security",
    [PR_CONCERN_COMMAND_EXECUTION] = "command execution",
    [PR_CONCERN_NAMING] = "naming consistency",
    [PR_CONCERN_DOCSTRINGS] = "docstrings",
    [PR_CONCERN_UNUSED_IMPORTS] = "unused imports",
    [PR_CONCERN_UNUSED_VARIABLES] = "unused names",
    [PR_CONCERN_COMPLEXITY] = "complexity",
    [PR_CONCERN_ERROR_HANDLING] = "error handling",
    [PR_CONCERN_META] = "suppression comments",
};
static const char *const level_words[] = {"", "low", "medium", "high"};

const char *pr_cli_rule_doc(int rule)
{
    for (size_t i = 0; i < pr_cli_nrule_texts; i++)
        if (strcmp(pr_cli_rule_texts[i].code, pr_rules[rule].code) == 0)
            return pr_cli_rule_texts[i].text;
    return NULL;
}

bool pr_cli_rule_summary(int rule, char *buf, size_t n)
{
    const char *doc = pr_cli_rule_doc(rule);
    const char *s = doc ? strstr(doc, "\n## What it does\n") : NULL;
    if (!s || n == 0)
        return false;
    s += strlen("\n## What it does\n");
    while (*s == '\n')
        s++;
    /* the first paragraph, its lines joined */
    size_t o = 0;
    for (; *s && !(s[0] == '\n' && s[1] == '\n') && s[0] != '#' && o + 1 < n; s++)
        buf[o++] = *s == '\n' ? ' ' : *s;
    while (o && buf[o - 1] == ' ')
        o--;
    buf[o] = 0;
    return o > 0;
}

/* The rule a code names (its own code, its name, or an alias naming one rule), or -1. */
static int rule_of(const char *code)
{
    pr_cli_ruleset rules;
    int spec = pr_cli_selector(code, strlen(code), PR_CLI_IN_SETTINGS, &rules);
    if (spec < 0 || spec == 0)
        return -1;
    int found = -1;
    for (int r = 0; r < PR_RULE_COUNT; r++)
        if (pr_cli_ruleset_has(&rules, r)) {
            if (found >= 0)
                return -1;
            found = r;
        }
    return found;
}

int pr_cli_rule_explain(FILE *out, const char *code)
{
    int r = rule_of(code);
    if (r < 0) {
        const char *near = pr_cli_selector_hint(code);
        pr_cli_error("no rule '%s'%s%s%s", code, near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
        fputs("    hint: pyreview --list-rules lists every rule\n", stderr);
        return 2;
    }
    const pr_rule_info *info = &pr_rules[r];
    const char *doc = pr_cli_rule_doc(r);
    if (!doc) {
        pr_cli_error("rule %s has no text (doc/rules/%s.md is missing)", info->code, info->code);
        return 2;
    }
    if (strcmp(code, info->code) != 0)
        fprintf(out, "(%s is %s's name for %s.)\n\n", code, strcmp(code, info->name) == 0 ? "pyreview" : "another tool",
                info->code);
    fputs(doc, out);
    fprintf(out, "\n## Settings\nConcern: %s.  %s by default.  Severity %s, confidence %s.\n", concern_words[info->concern],
            info->default_on ? "On" : "Off", level_words[info->severity], level_words[info->confidence]);
    return 0;
}

void pr_cli_rule_list(FILE *out)
{
    fprintf(out, "%-8s %-46s %-20s %-7s %-8s %s\n", "CODE", "NAME", "CONCERN", "DEFAULT", "SEVERITY", "CONFIDENCE");
    for (int r = 0; r < PR_RULE_COUNT; r++) {
        const pr_rule_info *info = &pr_rules[r];
        fprintf(out, "%-8s %-46s %-20s %-7s %-8s %s\n", info->code, info->name, concern_words[info->concern],
                info->default_on ? "on" : "off", level_words[info->severity], level_words[info->confidence]);
    }
}
