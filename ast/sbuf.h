/* A growable byte buffer for output that outlives no file: dumps, messages, reports.
** Running out of memory here is fatal: such a buffer holds text about to be printed, and
** there is no file left to skip. */
#ifndef PR_SBUF_H
#define PR_SBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct pr_sbuf {
    char *data;
    size_t len, cap;
    /* When set, what the buffer holds goes to sink once it is PR_SBUF_SINK_AT bytes long
    ** rather than the buffer growing on: the output of a large run is written as it is
    ** made, never held whole.  Only for text nobody reads back from data. */
    void (*sink)(const char *data, size_t len);
} pr_sbuf;

enum { PR_SBUF_SINK_AT = 64 * 1024 };

void pr_sbuf_reserve(pr_sbuf *b, size_t extra);
void pr_sbuf_put(pr_sbuf *b, const char *s, size_t n);
void pr_sbuf_puts(pr_sbuf *b, const char *s);
/* Every write keeps the text NUL-terminated, so that data can be printed with %s. */
static inline void pr_sbuf_putc(pr_sbuf *b, char c)
{
    if (b->len + 1 >= b->cap)
        pr_sbuf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}
/* v in decimal */
void pr_sbuf_putd(pr_sbuf *b, long long v);
void pr_sbuf_printf(pr_sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void pr_sbuf_vprintf(pr_sbuf *b, const char *fmt, va_list ap);
void pr_sbuf_free(pr_sbuf *b);

#endif
