/* The growable output buffer (see sbuf.h). */
#include "sbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pr_sbuf_reserve(pr_sbuf *b, size_t extra)
{
    if (b->len + extra < b->cap)
        return;
    if (b->sink && b->len >= PR_SBUF_SINK_AT) {
        b->sink(b->data, b->len);
        b->len = 0;
        b->data[0] = 0;
        if (extra < b->cap)
            return;
    }
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
    /* formatted once where it fits, which is nearly always: output is made of short lines */
    va_list aq;
    va_copy(aq, ap);
    size_t room = b->cap > b->len ? b->cap - b->len : 0;
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, aq);
    va_end(aq);
    if (n < 0) {
        if (room)
            b->data[b->len] = 0;
        return;
    }
    if ((size_t)n >= room) {
        pr_sbuf_reserve(b, (size_t)n + 1);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
}

void pr_sbuf_putd(pr_sbuf *b, long long v)
{
    char digits[24];
    size_t i = sizeof digits;
    unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
    do
        digits[--i] = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
        digits[--i] = '-';
    pr_sbuf_put(b, digits + i, sizeof digits - i);
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
