/* The letter case of identifiers as CPython's str methods see it (lexer/unicode.h holds
** the facts of each character), and the style a name is spelt in: what the naming rules
** ask of a name, worked out in one pass over its characters. */
#include "passes/namecase.h"

#include "lexer/unicode.h"

/* The case flags of the character at *p (PR_UNI_UPPER, PR_UNI_LOWER,
** PR_UNI_CHANGES_LOWER); moves *p past it.  Identifiers are valid UTF-8 ending in a NUL,
** which no decoding reads past. */
static unsigned wide_case(const char **p)
{
    uint32_t cp;
    size_t n = pr_utf8_decode((const unsigned char *)*p, 4, &cp);
    *p += n ? n : 1;
    return n ? pr_uni_case(cp) : 0;
}

static const uint8_t ascii_case[0x80] = {
    ['A' ... 'Z'] = PR_UNI_UPPER | PR_UNI_CHANGES_LOWER, ['a' ... 'z'] = PR_UNI_LOWER,
};

static inline unsigned next_case(const char **p)
{
    unsigned char c = (unsigned char)**p;
    if (c >= 0x80)
        return wide_case(p);
    ++*p;
    return ascii_case[c];
}

unsigned pr_next_case(const char **p)
{
    return next_case(p);
}

unsigned pr_first_case(const char *s)
{
    return *s ? next_case(&s) : 0;
}

/* What the characters of a name are, together: the flags any of them has, and TITLE for
** a titlecase letter (one that lowering changes but that is not upper case). */
enum { TITLE = 256 };

static unsigned name_case(const char *s)
{
    unsigned all = 0;
    while (*s) {
        unsigned c = next_case(&s);
        all |= c | ((c & PR_UNI_CHANGES_LOWER) && !(c & PR_UNI_UPPER) ? TITLE : 0);
    }
    return all;
}

bool pr_is_lowercase(const char *s)
{
    return !(name_case(s) & PR_UNI_CHANGES_LOWER);
}

bool pr_py_isupper(const char *s)
{
    unsigned c = name_case(s);
    return (c & PR_UNI_UPPER) && !(c & (PR_UNI_LOWER | TITLE));
}

bool pr_py_islower(const char *s)
{
    unsigned c = name_case(s);
    return (c & PR_UNI_LOWER) && !(c & (PR_UNI_UPPER | TITLE));
}

/* What the style of a name asks of a character: whether it is a capital (upper case or
** changed by lowering), whether lowering changes it, whether it is a letter that is only
** lower case, an underscore. */
enum { CAPITAL = 1, CHANGES = 2, SMALL = 4, SCORE = 8 };

static const uint8_t ascii_style[0x80] = {
    ['A' ... 'Z'] = CAPITAL | CHANGES, ['a' ... 'z'] = SMALL, ['_'] = SCORE,
};

static inline unsigned next_style(const char **p)
{
    unsigned char c = (unsigned char)**p;
    if (c < 0x80) {
        ++*p;
        return ascii_style[c];
    }
    unsigned w = wide_case(p);
    return (w & (PR_UNI_UPPER | PR_UNI_CHANGES_LOWER) ? CAPITAL : w & PR_UNI_LOWER ? SMALL : 0) |
           (w & PR_UNI_CHANGES_LOWER ? CHANGES : 0);
}

/* One pass over the characters after the leading underscores, keeping only what the style
** needs: the kinds of character met, whether a capital came twice, and whether an
** underscore came before a character that is none (so that it stands between two). */
void pr_name_case_learn(const char *name, pr_name_case *f)
{
    const char *p = name;
    while (*p == '_')
        p++;
    unsigned first = pr_first_case(p), seen = 0, twice = 0, before = 0;
    while (*p) {
        unsigned s = next_style(&p);
        twice |= seen & s;
        before |= seen & ~s;
        seen |= s;
    }
    size_t n = (size_t)(p - name);
    bool changes = seen & CHANGES, first_lower = first & PR_UNI_LOWER;
    bool inner = before & SCORE, capital = seen & CAPITAL, lower = seen & SMALL;
    f->lowercase = !changes;
    f->mixed = changes && first_lower;
    f->dunder = n > 4 && name[0] == '_' && name[1] == '_' && p[-1] == '_' && p[-2] == '_';
    if (!capital)
        f->style = inner ? PR_STYLE_SNAKE : PR_STYLE_AMBIGUOUS;
    else if (!lower)
        f->style = inner || (twice & CAPITAL) ? PR_STYLE_UPPER : PR_STYLE_AMBIGUOUS;
    else
        f->style = inner ? PR_STYLE_MIXED : first_lower ? PR_STYLE_CAMEL : PR_STYLE_PASCAL;
}
