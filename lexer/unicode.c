/* The functions of unicode.h: the UTF-8 codecs, and lookups in the tables gen_unicode.py
** writes to unicode_tables.c (property records, NFKD forms, canonical compositions and
** character names), plus the arithmetic parts of Unicode that need no table: Hangul
** syllables and the names of CJK unified ideographs. */
#include "unicode.h"

#include <string.h>

enum { NO_CP = 0x110000 };   /* "no code point": end of text, no starter, no composite */

/* ---- UTF-8 ----------------------------------------------------------------------- */

/* The ranges are those of the Unicode standard's table of well-formed byte sequences:
** the second byte is narrowed after E0, ED, F0 and F4 to exclude overlong forms,
** surrogates and values past U+10FFFF; lax widens it after ED to let surrogates in. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp, bool lax)
{
    unsigned char lead = s[0], lo = 0x80, hi = 0xBF;
    size_t len;
    uint32_t c;

    if (lead < 0x80) {
        *cp = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2;
        c = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3;
        c = lead & 0x0F;
        if (lead == 0xE0)
            lo = 0xA0;
        else if (lead == 0xED && !lax)
            hi = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4;
        c = lead & 0x07;
        if (lead == 0xF0)
            lo = 0x90;
        else if (lead == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (n < len || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = c << 6 | (s[i] & 0x3F);
    }
    *cp = c;
    return len;
}

size_t pr_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    return utf8_decode(s, n, cp, false);
}

size_t pr_utf8_decode_lax(const unsigned char *s, size_t n, uint32_t *cp)
{
    return utf8_decode(s, n, cp, true);
}

size_t pr_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *u = (unsigned char *)out;
    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        u[0] = (unsigned char)(0xC0 | cp >> 6);
        u[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        u[0] = (unsigned char)(0xE0 | cp >> 12);
        u[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        u[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    u[0] = (unsigned char)(0xF0 | cp >> 18);
    u[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    u[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    u[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ---- Per-code-point properties ---------------------------------------------------- */

static const pr_uni_prop *prop(uint32_t cp)
{
    const pr_uni_tables *t = &pr_uni_data;
    if (cp > 0x10FFFF)
        return &t->prop[0];     /* record 0 is that of an unassigned code point */
    uint32_t low = cp & ((1u << t->prop_shift) - 1);
    uint32_t block = t->prop_index[cp >> t->prop_shift];
    return &t->prop[t->prop_block[block << t->prop_shift | low]];
}

bool pr_uni_is_xid_start(uint32_t cp)
{
    return prop(cp)->flags & PR_UNI_XID_START;
}

bool pr_uni_is_xid_continue(uint32_t cp)
{
    return prop(cp)->flags & PR_UNI_XID_CONTINUE;
}

bool pr_uni_is_white_space(uint32_t cp)
{
    return (cp >= '\t' && cp <= '\r') || cp == ' ' || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

bool pr_uni_is_py_space(uint32_t cp)
{
    return (cp >= 0x1c && cp <= 0x1f) || pr_uni_is_white_space(cp);
}

bool pr_uni_is_printable(uint32_t cp)
{
    return prop(cp)->flags & PR_UNI_PRINTABLE;
}

unsigned pr_uni_case(uint32_t cp)
{
    return prop(cp)->flags & (PR_UNI_UPPER | PR_UNI_LOWER | PR_UNI_CHANGES_LOWER);
}

/* ---- Hangul syllables (Unicode 15.1, section 3.12) -------------------------------- */

enum {
    S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
    L_COUNT = 19, V_COUNT = 21, T_COUNT = 28,
    N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT
};

/* ---- NFKC ------------------------------------------------------------------------- */

/* Writes the NFKD form of cp to dec and returns its length. */
static unsigned decompose(uint32_t cp, uint32_t dec[PR_UNI_DECOMP_MAX])
{
    const pr_uni_tables *t = &pr_uni_data;
    uint32_t s = cp - S_BASE;
    if (s < S_COUNT) {
        dec[0] = L_BASE + s / N_COUNT;
        dec[1] = V_BASE + s % N_COUNT / T_COUNT;
        if (s % T_COUNT == 0)
            return 2;
        dec[2] = T_BASE + s % T_COUNT;
        return 3;
    }
    if (cp < t->decomp_cp[0]) {         /* ASCII and the C1 controls */
        dec[0] = cp;
        return 1;
    }
    size_t lo = 0, hi = t->decomp_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->decomp_cp[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == t->decomp_count || t->decomp_cp[lo] != cp) {
        dec[0] = cp;
        return 1;
    }
    const unsigned char *p = t->decomp_utf8 + t->decomp_start[lo];
    const unsigned char *end = t->decomp_utf8 + t->decomp_start[lo + 1];
    unsigned n = 0;
    while (p < end)
        p += pr_utf8_decode(p, (size_t)(end - p), &dec[n++]);
    return n;
}

/* The primary composite of first and second, or NO_CP. */
static uint32_t compose(uint32_t first, uint32_t second)
{
    const pr_uni_tables *t = &pr_uni_data;
    if (!(prop(second)->flags & PR_UNI_NFKC_MAYBE))
        return NO_CP;           /* the usual case, settled without a search */
    uint32_t l = first - L_BASE, v = second - V_BASE, s = first - S_BASE;
    if (l < L_COUNT && v < V_COUNT)
        return S_BASE + (l * V_COUNT + v) * T_COUNT;
    if (s < S_COUNT && s % T_COUNT == 0 && second - T_BASE - 1 < T_COUNT - 1)
        return first + (second - T_BASE);
    uint64_t key = (uint64_t)first << 21 | second;
    size_t lo = 0, hi = t->comp_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint64_t k = t->comp[mid] >> 21;
        if (k == key)
            return (uint32_t)(t->comp[mid] & 0x1FFFFF);
        if (k < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NO_CP;
}

/* A position in the NFKD form of a text, read one code point at a time.  Copying it
** saves the position, which is how a run of combining marks is read several times
** instead of being stored. */
typedef struct {
    const unsigned char *p, *end;     /* the text not yet decomposed */
    uint32_t dec[PR_UNI_DECOMP_MAX];  /* NFKD of the code point before p */
    unsigned dec_len, dec_pos;
} nfkd_cursor;

static uint32_t nfkd_next(nfkd_cursor *c)
{
    if (c->dec_pos == c->dec_len) {
        if (c->p == c->end)
            return NO_CP;
        uint32_t cp;
        size_t len = pr_utf8_decode(c->p, (size_t)(c->end - c->p), &cp);
        if (len == 0) {
            /* Not strict UTF-8, against the contract: keep going rather than stop. */
            cp = 0xFFFD;
            len = 1;
        }
        c->p += len;
        c->dec_len = decompose(cp, c->dec);
        c->dec_pos = 0;
    }
    return c->dec[c->dec_pos++];
}

typedef struct {
    char *out;
    size_t cap, len;
} utf8_sink;

static void emit(utf8_sink *sink, uint32_t cp)
{
    char buf[4];
    size_t n = pr_utf8_encode(cp, buf);
    if (sink->len + n <= sink->cap)
        memcpy(sink->out + sink->len, buf, n);
    sink->len += n;
}

/* Canonical ordering and composition of the run of non-starters at *run, which follows
** the starter *starter (NO_CP when the text began with the run).  Ordering is a stable
** sort by combining class, so the run is read once per class present, in rising order,
** and each mark is handled where the sorted run would have it: it joins the starter
** unless an earlier mark of its class was kept (a kept mark of a lower class does not
** block it).  Returns whether some mark was kept; sink, if given, receives the kept
** marks.  *after is left past the code point that ended the run, *ender. */
static bool compose_run(const nfkd_cursor *run, uint32_t *starter, utf8_sink *sink,
                        nfkd_cursor *after, uint32_t *ender)
{
    bool kept_any = false;
    unsigned ccc = 0;
    do {
        unsigned next_ccc = 256;
        bool kept_this = false;
        nfkd_cursor c = *run;
        uint32_t cp;
        unsigned cp_ccc;
        while ((cp = nfkd_next(&c)) != NO_CP && (cp_ccc = prop(cp)->ccc) != 0) {
            if (cp_ccc == ccc) {
                uint32_t composite = NO_CP;
                if (!kept_this && *starter != NO_CP)
                    composite = compose(*starter, cp);
                if (composite != NO_CP) {
                    *starter = composite;
                } else {
                    kept_this = kept_any = true;
                    if (sink)
                        emit(sink, cp);
                }
            } else if (cp_ccc > ccc && cp_ccc < next_ccc) {
                next_ccc = cp_ccc;
            }
        }
        *after = c;
        *ender = cp;
        ccc = next_ccc;
    } while (ccc != 256);
    return kept_any;
}

/* UAX #15: NFKD, canonical ordering, canonical composition; done in one pass over the
** text in constant memory.  The last starter stays pending while something after it
** may still join it: until a starter that does not combine with it, or a run of marks
** that leaves one uncomposed (which blocks every later starter). */
size_t pr_uni_nfkc(const char *s, size_t n, char *out, size_t cap)
{
    utf8_sink sink = {out, cap, 0};
    nfkd_cursor cur = {(const unsigned char *)s, (const unsigned char *)s + n, {0}, 0, 0};
    uint32_t starter = NO_CP;
    uint32_t cp = nfkd_next(&cur);

    while (cp != NO_CP) {
        if (prop(cp)->ccc == 0) {
            uint32_t composite = starter == NO_CP ? NO_CP : compose(starter, cp);
            if (composite != NO_CP) {
                starter = composite;
            } else {
                if (starter != NO_CP)
                    emit(&sink, starter);
                starter = cp;
            }
            cp = nfkd_next(&cur);
            continue;
        }
        nfkd_cursor run = cur;
        run.dec_pos--;                  /* back onto cp, the run's first mark */
        uint32_t final_starter = starter;
        if (compose_run(&run, &final_starter, NULL, &cur, &cp)) {
            /* The marks come after the starter they did not join: find that starter
            ** first, then replay the same decisions to write them. */
            if (final_starter != NO_CP)
                emit(&sink, final_starter);
            compose_run(&run, &starter, &sink, &cur, &cp);
            starter = NO_CP;
        } else {
            starter = final_starter;
        }
    }
    if (starter != NO_CP)
        emit(&sink, starter);
    return sink.len;
}

/* The quick check of UAX #15 section 9: true only for text with no NFKC_QC=No or Maybe
** code point and no combining marks out of canonical order. */
bool pr_uni_nfkc_is_stable(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    unsigned last_ccc = 0;
    while (p < end) {
        if (*p < 0x80) {
            p++;
            last_ccc = 0;
            continue;
        }
        uint32_t cp;
        size_t len = pr_utf8_decode(p, (size_t)(end - p), &cp);
        if (len == 0)
            return false;
        p += len;
        const pr_uni_prop *pr = prop(cp);
        if (pr->flags & (PR_UNI_NFKC_NO | PR_UNI_NFKC_MAYBE))
            return false;
        if (pr->ccc != 0 && last_ccc > pr->ccc)
            return false;
        last_ccc = pr->ccc;
    }
    return true;
}

/* ---- Character names -------------------------------------------------------------- */

/* Jamo short names (Jamo.txt), which spell the Hangul syllable names. */
static const char *const jamo_l[L_COUNT] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
    "T", "P", "H"
};
static const char *const jamo_v[V_COUNT] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
    "WEO", "WE", "WI", "YU", "EU", "YI", "I"
};
static const char *const jamo_t[T_COUNT] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
    "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"
};

/* Index of the longest jamo name that begins the text at *p, advancing *p past it;
** -1 when none does.  CPython reads each of the three parts this way, greedily, and
** only upper-case letters. */
static int jamo_prefix(const char *const *jamo, int count, const char **p, const char *end)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t len = strlen(jamo[i]);
        if ((best < 0 || len > best_len) && len <= (size_t)(end - *p)
            && memcmp(*p, jamo[i], len) == 0) {
            best = i;
            best_len = len;
        }
    }
    *p += best_len;
    return best;
}

static int32_t hangul_syllable(const char *p, const char *end)
{
    int l = jamo_prefix(jamo_l, L_COUNT, &p, end);
    int v = jamo_prefix(jamo_v, V_COUNT, &p, end);
    int t = jamo_prefix(jamo_t, T_COUNT, &p, end);
    if (l < 0 || v < 0 || t < 0 || p != end)
        return -1;
    return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The value of the upper-case hex digits p..end, or -1; at most six digits. */
static int32_t hex_value(const char *p, const char *end)
{
    int32_t v = 0;
    if (p == end || end - p > 6)
        return -1;
    for (; p < end; p++) {
        int d = hex_digit(*p);
        if (d < 0)
            return -1;
        v = v << 4 | d;
    }
    return v;
}

/* CPython spells these names out instead of storing them: four or five upper-case hex
** digits, leading zeros allowed, naming a code point of a unified-ideograph block. */
static int32_t unified_ideograph(const char *p, const char *end)
{
    const pr_uni_tables *t = &pr_uni_data;
    if (end - p != 4 && end - p != 5)
        return -1;
    int32_t v = hex_value(p, end);
    for (size_t i = 0; v >= 0 && i < t->unified_count; i++)
        if ((uint32_t)v >= t->unified[2 * i] && (uint32_t)v <= t->unified[2 * i + 1])
            return v;
    return -1;
}

/* A stored name of the form PREFIX-XXXX: only the spelling unicodedata.name gives
** (at least four digits, no extra leading zero) is the name. */
static int32_t hex_name(const char *key, size_t len)
{
    const pr_uni_tables *t = &pr_uni_data;
    for (size_t i = 0; i < t->hex_names_count; i++) {
        const pr_uni_hex_names *h = &t->hex_names[i];
        size_t plen = strlen(h->prefix);
        if (len <= plen || memcmp(key, h->prefix, plen) != 0)
            continue;
        int32_t v = hex_value(key + plen, key + len);
        if (v < 0 || (uint32_t)v < h->first || (uint32_t)v > h->last)
            continue;
        size_t digits = 4;
        while (digits < 6 && v >> (4 * digits))
            digits++;
        if (len - plen == digits)
            return v;
    }
    return -1;
}

/* Reads the name list (layout in unicode.h) one entry at a time. */
typedef struct {
    const uint8_t *p;                   /* next entry */
    char text[PR_UNI_NAME_MAX];         /* name of the entry read */
    size_t len;
    uint8_t word_end[PR_UNI_NAME_TOKENS];  /* text length after each word */
    uint32_t cp;
} name_cursor;

static bool is_alnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static void name_next(name_cursor *nc, bool block_start)
{
    const pr_uni_tables *t = &pr_uni_data;
    const uint8_t *p = nc->p;
    unsigned shared = *p >> 4, count = *p & 15;
    p++;
    nc->len = shared ? nc->word_end[shared - 1] : 0;
    for (unsigned i = shared; i < shared + count; i++) {
        const char *word;
        size_t wlen;
        unsigned b = *p++;
        if (b == 255) {
            wlen = *p++;
            word = (const char *)p;
            p += wlen;
        } else {
            size_t w = b < t->word_short ? b : t->word_short + ((b - t->word_short) << 8 | *p++);
            word = t->word_text + t->word_start[w];
            wlen = (size_t)(t->word_start[w + 1] - t->word_start[w]);
        }
        if (nc->len && is_alnum(nc->text[nc->len - 1]) && is_alnum(word[0]))
            nc->text[nc->len++] = ' ';
        memcpy(nc->text + nc->len, word, wlen);
        nc->len += wlen;
        nc->word_end[i] = (uint8_t)nc->len;
    }
    if (block_start) {
        nc->cp = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
        p += 3;
    } else {
        uint32_t z = 0;
        for (unsigned shift = 0;; shift += 7) {
            z |= (uint32_t)(*p & 0x7F) << shift;
            if (!(*p++ & 0x80))
                break;
        }
        nc->cp = z & 1 ? nc->cp - (z >> 1) - 1 : nc->cp + (z >> 1);
    }
    nc->p = p;
}

static int compare(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    return c ? c : (alen > blen) - (alen < blen);
}

/* The code point of key in the name list: binary search on the first entry of each
** block, then a walk through the block. */
static int32_t listed_name(const char *key, size_t len)
{
    const pr_uni_tables *t = &pr_uni_data;
    name_cursor nc;
    size_t lo = 0, hi = t->name_block_count;     /* first block starting after key */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        nc.p = t->names + t->name_block[mid];
        name_next(&nc, true);
        if (compare(nc.text, nc.len, key, len) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return -1;
    nc.p = t->names + t->name_block[lo - 1];
    const uint8_t *end = t->names + t->name_block[lo];
    for (unsigned i = 0; nc.p != end; i++) {
        name_next(&nc, i == 0);
        int c = compare(nc.text, nc.len, key, len);
        if (c == 0)
            return (int32_t)nc.cp;
        if (c > 0)
            break;
    }
    return -1;
}

static bool has_prefix(const char *s, size_t len, const char *prefix)
{
    size_t plen = strlen(prefix);
    return len >= plen && memcmp(s, prefix, plen) == 0;
}

/* CPython's order: the arithmetic names first, in upper case only, then every stored
** name and alias in any letter case. */
int32_t pr_uni_lookup(const char *name, size_t len)
{
    static const char hangul[] = "HANGUL SYLLABLE ", unified[] = "CJK UNIFIED IDEOGRAPH-";
    if (len == 0 || len > PR_UNI_NAME_MAX)
        return -1;
    if (has_prefix(name, len, hangul))
        return hangul_syllable(name + sizeof hangul - 1, name + len);
    if (has_prefix(name, len, unified))
        return unified_ideograph(name + sizeof unified - 1, name + len);
    char key[PR_UNI_NAME_MAX];
    for (size_t i = 0; i < len; i++)
        key[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 'a' + 'A') : name[i];
    int32_t cp = hex_name(key, len);
    return cp >= 0 ? cp : listed_name(key, len);
}
