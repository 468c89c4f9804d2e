/* repr() of any constant as ast.dump prints it: the singletons by name, integers as their
** decimal digits, and the numeric and string reprs of const_num.c and const_str.c. */
#include "const.h"

#include <string.h>

void pr_const_repr(pr_sbuf *out, const pr_const *c)
{
    char num[32];
    size_t len;
    switch (c->kind) {
    case PR_CONST_NONE:
        pr_sbuf_puts(out, "None");
        break;
    case PR_CONST_TRUE:
        pr_sbuf_puts(out, "True");
        break;
    case PR_CONST_FALSE:
        pr_sbuf_puts(out, "False");
        break;
    case PR_CONST_ELLIPSIS:
        pr_sbuf_puts(out, "Ellipsis");
        break;
    case PR_CONST_INT:
        pr_sbuf_put(out, c->text, c->len);
        break;
    case PR_CONST_FLOAT:
        len = pr_float_repr(c->num, num);
        pr_sbuf_put(out, num, len);
        break;
    case PR_CONST_COMPLEX:
        /* With a real part of +0.0 Python prints only the imaginary part, formatted like a
        ** float but without the ".0" a float repr adds to integral values: 1j, 0j, 1e+16j. */
        len = pr_float_repr(c->num, num);
        if (len >= 2 && memcmp(num + len - 2, ".0", 2) == 0)
            len -= 2;
        pr_sbuf_put(out, num, len);
        pr_sbuf_put(out, "j", 1);
        break;
    case PR_CONST_STR:
        pr_str_repr(out, c->text, c->len);
        break;
    case PR_CONST_BYTES:
        pr_bytes_repr(out, c->text, c->len);
        break;
    }
}
