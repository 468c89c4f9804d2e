/* The formats CI systems read: GitHub Actions workflow commands (one annotation per
** finding, at the finding's place: error for high severity, warning for medium, notice
** for low) and JUnit XML (a test suite per file with findings, a failed test case per
** finding; a single passing case when there is none), both in ruff's shape. */
#include "cli/cli.h"

static const char *const annotation[] = {"notice", "notice", "warning", "error"};

/* GitHub's escapes: in a message %, CR and LF; in a property also ':' and ','. */
static void escaped(pr_sbuf *out, const char *s, bool property)
{
    for (; *s; s++) {
        switch (*s) {
        case '%': pr_sbuf_puts(out, "%25"); break;
        case '\r': pr_sbuf_puts(out, "%0D"); break;
        case '\n': pr_sbuf_puts(out, "%0A"); break;
        case ':': property ? pr_sbuf_puts(out, "%3A") : pr_sbuf_putc(out, ':'); break;
        case ',': property ? pr_sbuf_puts(out, "%2C") : pr_sbuf_putc(out, ','); break;
        default: pr_sbuf_putc(out, *s);
        }
    }
}

void pr_cli_format_github(pr_sbuf *out, const pr_cli_outcome *o)
{
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        for (uint32_t k = 0; k < r->n; k++) {
            const pr_cli_item *it = &r->items[k];
            const char *code = pr_rules[it->rule].code;
            pr_sbuf_printf(out, "::%s title=pyreview (%s),file=", annotation[it->severity], code);
            escaped(out, r->file->path, true);
            if (it->row >= 1) {
                pr_sbuf_printf(out, ",line=%d", it->row);
                if (it->col >= 1)
                    pr_sbuf_printf(out, ",col=%d", it->col);
                if (it->end_row >= it->row)
                    pr_sbuf_printf(out, ",endLine=%d", it->end_row);
                if (it->end_col >= 1 && it->col >= 1)
                    pr_sbuf_printf(out, ",endColumn=%d", it->end_col);
            }
            pr_sbuf_puts(out, "::");
            escaped(out, r->file->path, false);
            pr_sbuf_printf(out, ":%d:%d: %s ", it->row, it->col, code);
            escaped(out, it->message, false);
            pr_sbuf_putc(out, '\n');
        }
    }
}

void pr_cli_format_junit(pr_sbuf *out, const pr_cli_outcome *o)
{
    pr_sbuf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    pr_sbuf_printf(out, "<testsuites name=\"pyreview\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
                   o->findings ? o->findings : 1, o->findings);
    if (!o->findings)
        pr_sbuf_puts(out, "  <testsuite name=\"pyreview\" tests=\"1\" disabled=\"0\" errors=\"0\" failures=\"0\" "
                          "package=\"org.pyreview\">\n    <testcase name=\"No errors found\" classname=\"pyreview\"/>\n"
                          "  </testsuite>\n");
    for (size_t i = 0; i < o->n; i++) {
        const pr_cli_result *r = &o->results[i];
        if (!r->n)
            continue;
        pr_sbuf_puts(out, "  <testsuite name=\"");
        pr_cli_xml_text(out, r->file->path);
        pr_sbuf_printf(out, "\" tests=\"%u\" disabled=\"0\" errors=\"0\" failures=\"%u\" package=\"org.pyreview\">\n",
                       r->n, r->n);
        for (uint32_t k = 0; k < r->n; k++) {
            const pr_cli_item *it = &r->items[k];
            pr_sbuf_printf(out, "    <testcase name=\"org.pyreview.%s\" classname=\"", pr_rules[it->rule].code);
            pr_cli_xml_text(out, r->file->path);
            pr_sbuf_printf(out, "\" line=\"%d\" column=\"%d\">\n      <failure message=\"", it->row, it->col);
            pr_cli_xml_text(out, it->message);
            pr_sbuf_printf(out, "\">line %d, col %d, ", it->row, it->col);
            pr_cli_xml_text(out, it->message);
            pr_sbuf_puts(out, "</failure>\n    </testcase>\n");
        }
        pr_sbuf_puts(out, "  </testsuite>\n");
    }
    pr_sbuf_puts(out, "</testsuites>\n");
}
