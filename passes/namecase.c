/* The letter case of identifiers as CPython's str methods see it (lexer/unicode.h holds
** the facts of each character), and the style a name is spelt in: what the naming rules
** ask of a name, worked out in one pass over its characters. */
#include "passes/namecase.h"

#include <string.h>

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
** needs: the kinds of character met and whether a capital came twice; then, if one was an
** underscore, whether one stands between two other characters. */
void pr_name_case_learn(const char *name, pr_name_case *f)
{
    const char *start = name;
    while (*start == '_')
        start++;
    const char *p = start;
    unsigned first = pr_first_case(p), seen = 0, twice = 0;
    while (*p) {
        unsigned s = next_style(&p);
        twice |= seen & s;
        seen |= s;
    }
    const char *last = p;   /* after the last character that is no underscore */
    while (last > start && last[-1] == '_')
        last--;
    bool inner = (seen & SCORE) && memchr(start, '_', (size_t)(last - start));
    size_t n = (size_t)(p - name);
    bool changes = seen & CHANGES, first_lower = first & PR_UNI_LOWER;
    bool capital = seen & CAPITAL, lower = seen & SMALL;
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

/* ------------------------------------------------------------------ RVW101 */

static const char *const kind_plural[PR_NKINDS] = {
    "functions", "methods", "arguments", "local variables", "instance attributes",
    "class attributes", "module variables", "classes",
};
/* Kinds are compared within two groups: classes, and every other name, which PEP 8 wants
** spelt alike. */
static const char *const group_plural[2] = {
    "function, method, argument, variable and attribute names", "classes",
};
static const char *const style_is[PR_NSTYLES] = {
    "", "is snake_case", "is camelCase", "is PascalCase", "is UPPER_CASE",
    "mixes underscores and capitals",
};
static const char *const style_are[PR_NSTYLES] = {
    "", "are snake_case", "are camelCase", "are PascalCase", "are UPPER_CASE",
    "mix underscores and capitals",
};

/* Whether a style takes part in the comparison: an ambiguous name fits any style, and
** PascalCase and UPPER_CASE are how variables holding classes and constants are spelt
** (and acronyms, how some classes are). */
static bool compared(int kind, int style)
{
    if (style == PR_STYLE_AMBIGUOUS)
        return false;
    if (kind == PR_KIND_CLASS)
        return style != PR_STYLE_UPPER;
    if (kind == PR_KIND_FUNCTION || kind == PR_KIND_METHOD)
        return true;
    return style != PR_STYLE_PASCAL && style != PR_STYLE_UPPER;
}

static int group_of(int kind)
{
    return kind == PR_KIND_CLASS;
}

void pr_style_candidates(const pr_style_use *uses, uint32_t n, bool *candidate)
{
    /* each style's count in its group when none of the maybe-imposed names is, and when
    ** all of them are the module's own */
    uint32_t least[2][PR_NSTYLES] = {{0}}, most[2][PR_NSTYLES] = {{0}};
    for (uint32_t i = 0; i < n; i++)
        if (compared(uses[i].kind, uses[i].style)) {
            int g = group_of(uses[i].kind);
            most[g][uses[i].style]++;
            least[g][uses[i].style] += !uses[i].imposed;
        }
    /* whether a style prevails in its group in any case: a question of the group and the
    ** style alone, answered once for each */
    bool prevails[2][PR_NSTYLES];
    for (int g = 0; g < 2; g++)
        for (int style = 0; style < PR_NSTYLES; style++) {
            bool p = true;
            for (int s = PR_STYLE_AMBIGUOUS + 1; s < PR_NSTYLES && p; s++)
                p = s == style || least[g][style] > most[g][s];
            prevails[g][style] = p;
        }
    for (uint32_t i = 0; i < n; i++)
        candidate[i] = compared(uses[i].kind, uses[i].style) &&
                       !prevails[group_of(uses[i].kind)][uses[i].style];
}

/* In each group where one style prevails over every other, the names of another style,
** with the counts of their kind when that kind follows the prevailing style too, else of
** their group. */
void pr_style_outliers(const pr_style_use *uses, uint32_t n,
                       void (*report)(void *arg, const pr_style_outlier *o), void *arg)
{
    uint32_t group_count[2][PR_NSTYLES] = {{0}}, kind_count[PR_NKINDS][PR_NSTYLES] = {{0}};
    for (uint32_t i = 0; i < n; i++) {
        const pr_style_use *u = &uses[i];
        if (!u->imposed && compared(u->kind, u->style)) {
            group_count[group_of(u->kind)][u->style]++;
            kind_count[u->kind][u->style]++;
        }
    }
    int prevalent[2];
    for (int g = 0; g < 2; g++) {
        int best = PR_STYLE_AMBIGUOUS, styles = 0;
        bool tie = false;
        for (int s = PR_STYLE_AMBIGUOUS + 1; s < PR_NSTYLES; s++) {
            if (!group_count[g][s])
                continue;
            styles++;
            if (best == PR_STYLE_AMBIGUOUS || group_count[g][s] > group_count[g][best])
                best = s, tie = false;
            else if (group_count[g][s] == group_count[g][best])
                tie = true;
        }
        prevalent[g] = styles > 1 && !tie ? best : PR_STYLE_AMBIGUOUS;
    }
    for (uint32_t i = 0; i < n; i++) {
        const pr_style_use *u = &uses[i];
        int g = group_of(u->kind), p = prevalent[g];
        if (u->imposed || p == PR_STYLE_AMBIGUOUS || !compared(u->kind, u->style) || u->style == p)
            continue;
        const uint32_t *counts = group_count[g];
        const char *noun = group_plural[g];
        uint32_t kind_total = 0;
        for (int s = 0; s < PR_NSTYLES; s++)
            kind_total += kind_count[u->kind][s];
        if (2 * kind_count[u->kind][p] > kind_total) {
            counts = kind_count[u->kind];
            noun = kind_plural[u->kind];
        }
        uint32_t total = 0;
        for (int s = 0; s < PR_NSTYLES; s++)
            total += counts[s];
        pr_style_outlier o = {i, style_is[u->style], noun, style_are[p], counts[p], total};
        report(arg, &o);
    }
}
