/* JSON output in ruff's schema: an array of objects with the keys cell, code, end_location
** {column, row}, filename, fix, location {column, row}, message, noqa_row and url, in that
** (sorted) order, pretty-printed as ruff prints it; json-lines is the same objects, one per
** line.  Columns count characters from 1.  Two deliberate differences: filename is the
** path as shown in the other formats (relative to the current directory), never absolute,
** so that outputs compare across machines; and url is null, there being no rule pages on
** the web. */
#include "cli/cli.h"

static void object(pr_sbuf *out, const char *path, const pr_cli_item *it, bool pretty)
{
    const char *nl = pretty ? "\n" : "", *i1 = pretty ? "    " : "", *i2 = pretty ? "      " : "",
               *sp = pretty ? " " : "";
    pr_sbuf_printf(out, "%s{%s", pretty ? "  " : "", nl);
    pr_sbuf_printf(out, "%s\"cell\":%snull,%s", i1, sp, nl);
    pr_sbuf_printf(out, "%s\"code\":%s\"%s\",%s", i1, sp, pr_rules[it->rule].code, nl);
    pr_sbuf_printf(out, "%s\"end_location\":%s{%s%s\"column\":%s%d,%s%s\"row\":%s%d%s%s},%s", i1, sp, nl, i2, sp,
                   it->end_col, nl, i2, sp, it->end_row, nl, i1, nl);
    pr_sbuf_printf(out, "%s\"filename\":%s", i1, sp);
    pr_cli_json_string(out, path);
    pr_sbuf_printf(out, ",%s%s\"fix\":%snull,%s", nl, i1, sp, nl);
    pr_sbuf_printf(out, "%s\"location\":%s{%s%s\"column\":%s%d,%s%s\"row\":%s%d%s%s},%s", i1, sp, nl, i2, sp,
                   it->col, nl, i2, sp, it->row, nl, i1, nl);
    pr_sbuf_printf(out, "%s\"message\":%s", i1, sp);
    pr_cli_json_string(out, it->message);
    pr_sbuf_printf(out, ",%s%s\"noqa_row\":%s%d,%s", nl, i1, sp, it->noqa_row, nl);
    pr_sbuf_printf(out, "%s\"url\":%snull%s%s}", i1, sp, nl, pretty ? "  " : "");
}

void pr_cli_format_json(pr_sbuf *out, const pr_cli_outcome *o, bool lines)
{
    if (!lines)
        pr_sbuf_puts(out, o->findings ? "[\n" : "[]\n");
    size_t written = 0;
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        for (uint32_t k = 0; k < r->n; k++) {
            object(out, r->file->path, &r->items[k], !lines);
            written++;
            pr_sbuf_puts(out, !lines && written < o->findings ? ",\n" : "\n");
        }
    }
    if (!lines && o->findings)
        pr_sbuf_puts(out, "]\n");
}
