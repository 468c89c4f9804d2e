/* SARIF 2.1.0 (OASIS), the format GitHub code scanning and other tools read: one run of the
** tool "pyreview" with the rules its results name (each with its description, default
** level, concern, severity and confidence), and one result per finding: rule, level
** (high severity: error, medium: warning, low: note), message, the region in character
** columns, and a fingerprint made of the baseline's key, which does not change when lines
** move.  Paths are relative URIs against %SRCROOT% (the directory pyreview ran in), so the
** output holds no absolute path and compares across machines. */
#include "cli/cli.h"

#include <string.h>

static const char *const levels[] = {"none", "note", "warning", "error"};
static const char *const level_words[] = {"", "LOW", "MEDIUM", "HIGH"};
static const char *const concern_names[] = {
    [PR_CONCERN_SYNTAX] = "syntax",
    [PR_CONCERN_SECURITY] = "security",
    [PR_CONCERN_COMMAND_EXECUTION] = "command-execution",
    [PR_CONCERN_NAMING] = "naming",
    [PR_CONCERN_DOCSTRINGS] = "docstrings",
    [PR_CONCERN_UNUSED_IMPORTS] = "unused-imports",
    [PR_CONCERN_UNUSED_VARIABLES] = "unused-variables",
    [PR_CONCERN_COMPLEXITY] = "complexity",
    [PR_CONCERN_ERROR_HANDLING] = "error-handling",
    [PR_CONCERN_META] = "suppressions",
};

/* A path as a URI reference: unreserved characters and '/' as they are, the rest escaped. */
static void uri(pr_sbuf *out, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    if (path[0] == '/')
        pr_sbuf_puts(out, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
            pr_sbuf_putc(out, (char)*p);
        else
            pr_sbuf_printf(out, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
    }
}

/* FNV-1a over the baseline's key: path, code, scope and the line's text. */
static uint64_t fingerprint(const char *path, const pr_cli_item *it)
{
    uint64_t h = 1469598103934665603ULL;
    const char *parts[] = {path, pr_rules[it->rule].code, it->scope ? it->scope : "",
                           it->line_text ? it->line_text : ""};
    for (int i = 0; i < 4; i++) {
        for (const char *p = parts[i]; *p; p++)
            if (*p != ' ' && *p != '\t')
                h = (h ^ (unsigned char)*p) * 1099511628211ULL;
        h = (h ^ 0x1f) * 1099511628211ULL;
    }
    return h;
}

static void rule(pr_sbuf *out, int r, bool last)
{
    const pr_rule_info *info = &pr_rules[r];
    char summary[512];
    if (!pr_cli_rule_summary(r, summary, sizeof summary))
        snprintf(summary, sizeof summary, "%s", info->name);
    pr_sbuf_printf(out, "            {\n              \"id\": \"%s\",\n              \"name\": \"%s\",\n",
                   info->code, info->name);
    pr_sbuf_puts(out, "              \"shortDescription\": {\n                \"text\": ");
    pr_cli_json_string(out, summary);
    pr_sbuf_puts(out, "\n              },\n");
    const char *doc = pr_cli_rule_doc(r);
    if (doc) {
        pr_sbuf_puts(out, "              \"help\": {\n                \"text\": ");
        pr_cli_json_string(out, doc);
        pr_sbuf_puts(out, ",\n                \"markdown\": ");
        pr_cli_json_string(out, doc);
        pr_sbuf_puts(out, "\n              },\n");
    }
    pr_sbuf_printf(out,
                   "              \"defaultConfiguration\": {\n                \"level\": \"%s\"\n              },\n"
                   "              \"properties\": {\n                \"concern\": \"%s\",\n"
                   "                \"severity\": \"%s\",\n                \"confidence\": \"%s\",\n"
                   "                \"tags\": [\n                  \"%s\"\n                ]\n              }\n"
                   "            }%s\n",
                   levels[info->severity], concern_names[info->concern], level_words[info->severity],
                   level_words[info->confidence], concern_names[info->concern], last ? "" : ",");
}

static void region(pr_sbuf *out, const pr_cli_item *it)
{
    if (it->row < 1)
        return;
    pr_sbuf_printf(out, ",\n              \"region\": {\n                \"startLine\": %d", it->row);
    if (it->col >= 1)
        pr_sbuf_printf(out, ",\n                \"startColumn\": %d", it->col);
    if (it->end_row >= it->row) {
        pr_sbuf_printf(out, ",\n                \"endLine\": %d", it->end_row);
        if (it->end_col >= 1 && it->col >= 1)
            pr_sbuf_printf(out, ",\n                \"endColumn\": %d", it->end_col);
    }
    pr_sbuf_puts(out, "\n              }");
}

void pr_cli_format_sarif(pr_sbuf *out, const pr_cli_outcome *o)
{
    /* the rules named, in code order, and each one's index */
    int index[PR_RULE_COUNT];
    bool named[PR_RULE_COUNT];
    memset(named, 0, sizeof named);
    for (size_t i = 0; i < o->n; i++)
        for (uint32_t k = 0; k < o->results[i].n; k++)
            named[o->results[i].items[k].rule] = true;
    int order[PR_RULE_COUNT], nrules = 0;
    for (int r = 0; r < PR_RULE_COUNT; r++)
        if (named[r]) {
            int at = nrules++;
            while (at > 0 && strcmp(pr_rules[order[at - 1]].code, pr_rules[r].code) > 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = r;
        }
    for (int i = 0; i < nrules; i++)
        index[order[i]] = i;

    pr_sbuf_puts(out, "{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                      "sarif-schema-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n");
    pr_sbuf_puts(out, "      \"tool\": {\n        \"driver\": {\n          \"name\": \"pyreview\",\n"
                      "          \"version\": \"" PACKAGE_VERSION "\",\n          \"rules\": [");
    pr_sbuf_puts(out, nrules ? "\n" : "]\n");
    for (int i = 0; i < nrules; i++)
        rule(out, order[i], i + 1 == nrules);
    if (nrules)
        pr_sbuf_puts(out, "          ]\n");
    pr_sbuf_puts(out, "        }\n      },\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [");
    pr_sbuf_puts(out, o->findings ? "\n" : "]\n");
    size_t written = 0;
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        for (uint32_t k = 0; k < r->n; k++) {
            const pr_cli_item *it = &r->items[k];
            const pr_rule_info *info = &pr_rules[it->rule];
            pr_sbuf_printf(out, "        {\n          \"ruleId\": \"%s\",\n          \"ruleIndex\": %d,\n"
                                "          \"level\": \"%s\",\n          \"message\": {\n            \"text\": ",
                           info->code, index[it->rule], levels[it->severity]);
            pr_cli_json_string(out, it->message);
            pr_sbuf_puts(out, "\n          },\n          \"locations\": [\n            {\n"
                              "              \"physicalLocation\": {\n                \"artifactLocation\": {\n"
                              "                  \"uri\": \"");
            uri(out, r->file->path);
            pr_sbuf_puts(out, "\"");
            if (r->file->path[0] != '/')
                pr_sbuf_puts(out, ",\n                  \"uriBaseId\": \"%SRCROOT%\"");
            pr_sbuf_puts(out, "\n                }");
            region(out, it);
            pr_sbuf_printf(out, "\n              }\n            }\n          ],\n"
                                "          \"partialFingerprints\": {\n            \"pyreview/v1\": \"%016llx\"\n"
                                "          },\n          \"properties\": {\n            \"severity\": \"%s\",\n"
                                "            \"confidence\": \"%s\"\n          }\n        }%s\n",
                           (unsigned long long)fingerprint(r->file->path, it), level_words[it->severity],
                           level_words[it->confidence], ++written < o->findings ? "," : "");
        }
    }
    if (o->findings)
        pr_sbuf_puts(out, "      ]\n");
    pr_sbuf_puts(out, "    }\n  ]\n}\n");
}
