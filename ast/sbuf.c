/* The growable output buffer (see sbuf.h). */
#include "sbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pr_sbuf_reserve(pr_sbuf *b, size_t extra)
{
    if (b->len + extra < b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap <= b->len + extra)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        fputs("pyreview: out of memory\n", stderr);
        exit(2);
    }
    b->data = p;
    b->cap = cap;
}

void pr_sbuf_put(pr_sbuf *b, const char *s, size_t n)
{
    pr_sbuf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void pr_sbuf_puts(pr_sbuf *b, const char *s)
{
    pr_sbuf_put(b, s, strlen(s));
}

void pr_sbuf_vprintf(pr_sbuf *b, const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0)
        return;
    pr_sbuf_reserve(b, (size_t)n + 1);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void pr_sbuf_printf(pr_sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pr_sbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

void pr_sbuf_free(pr_sbuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
