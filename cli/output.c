/* What the output formats share: JSON string literals, XML text, and the source line
** with a caret line under a finding (the full format's snippet), with tabs expanded and,
** on a terminal, colour. */
#include "cli/cli.h"

#include <string.h>

void pr_cli_json_string(pr_sbuf *out, const char *s)
{
    pr_sbuf_putc(out, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '"': pr_sbuf_puts(out, "\\\""); break;
        case '\\': pr_sbuf_puts(out, "\\\\"); break;
        case '\n': pr_sbuf_puts(out, "\\n"); break;
        case '\r': pr_sbuf_puts(out, "\\r"); break;
        case '\t': pr_sbuf_puts(out, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7f)
                pr_sbuf_printf(out, "\\u%04x", c);
            else
                pr_sbuf_putc(out, (char)c);
        }
    }
    pr_sbuf_putc(out, '"');
}

void pr_cli_xml_text(pr_sbuf *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '&': pr_sbuf_puts(out, "&amp;"); break;
        case '<': pr_sbuf_puts(out, "&lt;"); break;
        case '>': pr_sbuf_puts(out, "&gt;"); break;
        case '"': pr_sbuf_puts(out, "&quot;"); break;
        case '\'': pr_sbuf_puts(out, "&apos;"); break;
        default:
            /* XML 1.0 has no place for other control characters */
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                pr_sbuf_putc(out, '?');
            else
                pr_sbuf_putc(out, (char)c);
        }
    }
}

enum { TAB_WIDTH = 4 };

void pr_cli_snippet(pr_sbuf *out, const pr_cli_item *it, bool color)
{
    if (!it->line_text || it->row <= 0)
        return;
    char gutter[16];
    int width = snprintf(gutter, sizeof gutter, "%d", it->row);
    const char *red = color ? "\033[1;31m" : "", *blue = color ? "\033[1;34m" : "", *reset = color ? "\033[0m" : "";
    /* the line, tabs expanded; and the display column of each character column */
    pr_sbuf line = {0};
    int32_t start = 0, end = 0, chars = 0, display = 0;
    int32_t from = it->col > 0 ? it->col : 1;
    int32_t to = it->end_row == it->row && it->end_col > from ? it->end_col : -1;
    for (const char *p = it->line_text;; p++) {
        bool lead = ((unsigned char)*p & 0xC0) != 0x80;
        if (*p == 0 || lead) {
            chars++;
            if (chars == from)
                start = display;
            if (chars == to)
                end = display;
        }
        if (*p == 0)
            break;
        if (*p == '\t') {
            pr_sbuf_put(&line, "    ", TAB_WIDTH);
            display += TAB_WIDTH;
        } else {
            pr_sbuf_putc(&line, *p);
            display += lead;
        }
    }
    if (chars < from)
        start = display;
    if (to < 0 || end <= start)
        end = to < 0 && it->end_row > it->row ? display : start + 1;
    if (end <= start)
        end = start + 1;
    pr_sbuf_printf(out, "%s%*s |%s\n", blue, width, "", reset);
    pr_sbuf_printf(out, "%s%s |%s %.*s\n", blue, gutter, reset, (int)line.len, line.len ? line.data : "");
    pr_sbuf_printf(out, "%s%*s |%s %*s%s", blue, width, "", reset, (int)start, "", red);
    for (int32_t i = start; i < end; i++)
        pr_sbuf_putc(out, '^');
    pr_sbuf_printf(out, "%s\n%s%*s |%s\n", reset, blue, width, "", reset);
    pr_sbuf_free(&line);
}
