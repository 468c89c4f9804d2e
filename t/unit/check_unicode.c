/* Unit tests for lexer/unicode.c: the UTF-8 codecs, identifier classes, printability,
** NFKC and its quick check, and \N{...} name lookup.  Expected values are what CPython
** 3.13 answers; lexer/verify_unicode.sh compares every code point and name with a
** running 3.13, while these cases pin the behaviour that matters to the lexer and the
** string decoder and stay runnable without Python. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/unicode.h"

/* ---- UTF-8 ---------------------------------------------------------------------- */

/* Decodes the n bytes of s strictly and laxly; both must give len and cp (len 0: no cp). */
static void check_decode(const char *s, size_t n, size_t strict_len, size_t lax_len, uint32_t cp)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t got = 0xDEAD;
    ck_assert_uint_eq(pr_utf8_decode(u, n, &got), strict_len);
    if (strict_len)
        ck_assert_uint_eq(got, cp);
    got = 0xDEAD;
    ck_assert_uint_eq(pr_utf8_decode_lax(u, n, &got), lax_len);
    if (lax_len)
        ck_assert_uint_eq(got, cp);
}

START_TEST(utf8_well_formed)
{
    check_decode("A", 1, 1, 1, 0x41);
    check_decode("\x7F", 1, 1, 1, 0x7F);
    check_decode("\xC2\x80", 2, 2, 2, 0x80);
    check_decode("\xC3\xA9xyz", 5, 2, 2, 0xE9);
    check_decode("\xE2\x82\xAC", 3, 3, 3, 0x20AC);
    check_decode("\xED\x9F\xBF", 3, 3, 3, 0xD7FF);        /* just below the surrogates */
    check_decode("\xEE\x80\x80", 3, 3, 3, 0xE000);        /* just above them */
    check_decode("\xF0\x90\x80\x80", 4, 4, 4, 0x10000);
    check_decode("\xF0\x9F\x98\x80", 4, 4, 4, 0x1F600);
    check_decode("\xF4\x8F\xBF\xBF", 4, 4, 4, 0x10FFFF);
}
END_TEST

START_TEST(utf8_surrogates_only_lax)
{
    check_decode("\xED\xA0\x80", 3, 0, 3, 0xD800);
    check_decode("\xED\xB2\x9B", 3, 0, 3, 0xDC9B);
    check_decode("\xED\xBF\xBF", 3, 0, 3, 0xDFFF);
}
END_TEST

START_TEST(utf8_ill_formed)
{
    check_decode("\x80", 1, 0, 0, 0);                     /* stray continuation byte */
    check_decode("\xBF\x80", 2, 0, 0, 0);
    check_decode("\xC0\x80", 2, 0, 0, 0);                 /* overlong NUL */
    check_decode("\xC1\xBF", 2, 0, 0, 0);                 /* overlong U+007F */
    check_decode("\xE0\x80\x80", 3, 0, 0, 0);
    check_decode("\xE0\x9F\xBF", 3, 0, 0, 0);             /* overlong U+07FF */
    check_decode("\xF0\x80\x80\x80", 4, 0, 0, 0);
    check_decode("\xF0\x8F\xBF\xBF", 4, 0, 0, 0);         /* overlong U+FFFF */
    check_decode("\xF4\x90\x80\x80", 4, 0, 0, 0);         /* U+110000 */
    check_decode("\xF5\x80\x80\x80", 4, 0, 0, 0);
    check_decode("\xF8\x88\x80\x80\x80", 5, 0, 0, 0);     /* old five-byte form */
    check_decode("\xFE", 1, 0, 0, 0);
    check_decode("\xFF", 1, 0, 0, 0);
    check_decode("\xC3\x28", 2, 0, 0, 0);                 /* bad continuation */
    check_decode("\xE2\x28\xA1", 3, 0, 0, 0);
    check_decode("\xE2\x82\x28", 3, 0, 0, 0);
    check_decode("\xF0\x9F\x98\x41", 4, 0, 0, 0);
}
END_TEST

START_TEST(utf8_truncated)
{
    /* The bytes past n are valid but must not be read as part of the sequence. */
    check_decode("\xC3\xA9", 1, 0, 0, 0);
    check_decode("\xE2\x82\xAC", 2, 0, 0, 0);
    check_decode("\xF0\x9F\x98\x80", 3, 0, 0, 0);
    check_decode("\xED\xA0\x80", 2, 0, 0, 0);
}
END_TEST

START_TEST(utf8_encode)
{
    static const struct {
        uint32_t cp;
        const char *utf8;
    } cases[] = {
        {0x00, "\x00"}, {0x41, "A"}, {0x7F, "\x7F"}, {0x80, "\xC2\x80"}, {0xE9, "\xC3\xA9"},
        {0x7FF, "\xDF\xBF"}, {0x800, "\xE0\xA0\x80"}, {0x20AC, "\xE2\x82\xAC"},
        {0xD800, "\xED\xA0\x80"}, {0xDFFF, "\xED\xBF\xBF"}, {0xFFFF, "\xEF\xBF\xBF"},
        {0x10000, "\xF0\x90\x80\x80"}, {0x1F600, "\xF0\x9F\x98\x80"},
        {0x10FFFF, "\xF4\x8F\xBF\xBF"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[4];
        size_t want = cases[i].cp ? strlen(cases[i].utf8) : 1;
        ck_assert_uint_eq(pr_utf8_encode(cases[i].cp, out), want);
        ck_assert_mem_eq(out, cases[i].utf8, want);
        uint32_t back;
        ck_assert_uint_eq(pr_utf8_decode_lax((unsigned char *)out, want, &back), want);
        ck_assert_uint_eq(back, cases[i].cp);
    }
}
END_TEST

/* ---- Identifier classes and printability ------------------------------------------ */

START_TEST(xid_ascii)
{
    ck_assert(pr_uni_is_xid_start('a') && pr_uni_is_xid_start('Z') && pr_uni_is_xid_start('_'));
    ck_assert(pr_uni_is_xid_continue('a') && pr_uni_is_xid_continue('_'));
    ck_assert(!pr_uni_is_xid_start('0') && !pr_uni_is_xid_start('9'));
    ck_assert(pr_uni_is_xid_continue('0') && pr_uni_is_xid_continue('9'));
    ck_assert(!pr_uni_is_xid_start('$') && !pr_uni_is_xid_continue('$'));
    ck_assert(!pr_uni_is_xid_start(' ') && !pr_uni_is_xid_continue('-'));
    ck_assert(!pr_uni_is_xid_start(0) && !pr_uni_is_xid_continue(0x7F));
}
END_TEST

START_TEST(xid_non_ascii)
{
    ck_assert(pr_uni_is_xid_start(0xE9));                 /* é */
    ck_assert(pr_uni_is_xid_start(0x3A9));                /* Ω */
    ck_assert(pr_uni_is_xid_start(0x4E00));               /* a CJK ideograph */
    ck_assert(pr_uni_is_xid_start(0xAC00));               /* a Hangul syllable */
    ck_assert(pr_uni_is_xid_start(0xFF21));               /* full-width A */
    ck_assert(!pr_uni_is_xid_start(0x301));               /* combining acute ... */
    ck_assert(pr_uni_is_xid_continue(0x301));             /* ... continues one */
    ck_assert(!pr_uni_is_xid_start(0x660));               /* Arabic-Indic digit zero */
    ck_assert(pr_uni_is_xid_continue(0x660));
    ck_assert(!pr_uni_is_xid_start(0xFF3F));              /* full-width low line */
    ck_assert(pr_uni_is_xid_continue(0xFF3F));
    ck_assert(!pr_uni_is_xid_start(0x20AC));              /* € */
    ck_assert(!pr_uni_is_xid_continue(0x20AC));
    ck_assert(!pr_uni_is_xid_start(0x1F600));
    ck_assert(!pr_uni_is_xid_start(0xA0) && !pr_uni_is_xid_continue(0xA0));
}
END_TEST

START_TEST(xid_other_id_start_and_continue)
{
    /* Other_ID_Start: symbols kept for backward compatibility. */
    ck_assert(pr_uni_is_xid_start(0x2118));               /* ℘ */
    ck_assert(pr_uni_is_xid_start(0x212E));               /* ℮ */
    /* ID_Start but not XID_Start: NFKC turns them into a space and a mark. */
    ck_assert(!pr_uni_is_xid_start(0x309B) && !pr_uni_is_xid_continue(0x309B));
    ck_assert(!pr_uni_is_xid_start(0x309C) && !pr_uni_is_xid_continue(0x309C));
    /* Other_ID_Continue: continue only. */
    ck_assert(!pr_uni_is_xid_start(0xB7) && pr_uni_is_xid_continue(0xB7));
    ck_assert(!pr_uni_is_xid_start(0x387) && pr_uni_is_xid_continue(0x387));
    ck_assert(!pr_uni_is_xid_start(0x1369) && pr_uni_is_xid_continue(0x1369));
    ck_assert(!pr_uni_is_xid_start(0x19DA) && pr_uni_is_xid_continue(0x19DA));
    /* Pattern_Syntax letters are excluded although they are Lm. */
    ck_assert(!pr_uni_is_xid_start(0x2E2F) && !pr_uni_is_xid_continue(0x2E2F));
}
END_TEST

START_TEST(xid_out_of_range)
{
    ck_assert(!pr_uni_is_xid_start(0x110000) && !pr_uni_is_xid_continue(0x110000));
    ck_assert(!pr_uni_is_xid_start(0xFFFFFFFF) && !pr_uni_is_xid_continue(0xFFFFFFFF));
    ck_assert(!pr_uni_is_xid_start(0xD800) && !pr_uni_is_xid_continue(0xDFFF));
}
END_TEST

/* Every code point, against the ones CPython 3.13's str.isspace() accepts. */
START_TEST(spaces)
{
    static const uint32_t py_space[] = {9,    10,   11,   12,   13,   28,   29,   30,   31,   32,
                                        133,  160,  5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198,
                                        8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288};
    /* one assertion at the end: Check marks every assertion it passes */
    size_t k = 0;
    uint32_t wrong_py = UINT32_MAX, wrong_white = UINT32_MAX;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        bool listed = k < sizeof py_space / sizeof *py_space && py_space[k] == cp;
        k += listed;
        if (pr_uni_is_py_space(cp) != listed && wrong_py == UINT32_MAX)
            wrong_py = cp;
        /* White_Space leaves out only the information separators */
        if (pr_uni_is_white_space(cp) != (listed && !(cp >= 28 && cp <= 31)) && wrong_white == UINT32_MAX)
            wrong_white = cp;
    }
    ck_assert_msg(wrong_py == UINT32_MAX, "isspace differs at U+%04X", (unsigned)wrong_py);
    ck_assert_msg(wrong_white == UINT32_MAX, "White_Space differs at U+%04X", (unsigned)wrong_white);
    ck_assert_uint_eq(k, sizeof py_space / sizeof *py_space);
}
END_TEST

START_TEST(printable)
{
    ck_assert(pr_uni_is_printable(' ') && pr_uni_is_printable('a') && pr_uni_is_printable('~'));
    ck_assert(!pr_uni_is_printable('\t') && !pr_uni_is_printable('\n'));
    ck_assert(!pr_uni_is_printable(0) && !pr_uni_is_printable(0x7F) && !pr_uni_is_printable(0x85));
    ck_assert(!pr_uni_is_printable(0xA0));                /* separators other than ' ' */
    ck_assert(!pr_uni_is_printable(0x3000) && !pr_uni_is_printable(0x2028));
    ck_assert(!pr_uni_is_printable(0xAD) && !pr_uni_is_printable(0xFEFF));   /* format */
    ck_assert(pr_uni_is_printable(0xE9) && pr_uni_is_printable(0x301));
    ck_assert(!pr_uni_is_printable(0x378));               /* unassigned */
    ck_assert(!pr_uni_is_printable(0xE000) && !pr_uni_is_printable(0x10FFFD));  /* private */
    ck_assert(!pr_uni_is_printable(0xD800) && !pr_uni_is_printable(0xDFFF));
    ck_assert(pr_uni_is_printable(0x1F600) && pr_uni_is_printable(0x20AC));
    ck_assert(!pr_uni_is_printable(0x110000));
}
END_TEST

/* ---- NFKC ------------------------------------------------------------------------- */

static void check_nfkc(const char *in, const char *want)
{
    char out[256];
    size_t n = pr_uni_nfkc(in, strlen(in), out, sizeof out);
    ck_assert_msg(n == strlen(want) && memcmp(out, want, n) == 0,
                  "NFKC of \"%s\" is \"%.*s\", expected \"%s\"", in, (int)n, out, want);
    ck_assert_uint_eq(pr_uni_nfkc(in, strlen(in), NULL, 0), n);   /* the size query */
}

START_TEST(nfkc_compatibility)
{
    check_nfkc("", "");
    check_nfkc("plain_ascii_42", "plain_ascii_42");
    check_nfkc(u8"\uFB01", "fi");                         /* ﬁ ligature */
    check_nfkc(u8"\u210C", "H");                          /* ℌ */
    check_nfkc(u8"\uFF21\uFF42\uFF43", "Abc");            /* full-width letters */
    check_nfkc(u8"\u00AA\u00B2", "a2");                   /* ª ² */
    check_nfkc(u8"\u2460", "1");                          /* ① */
    check_nfkc(u8"\U0001D40D\U0001D428\U0001D427\U0001D41E", "None");   /* bold None */
    check_nfkc(u8"\u2126", u8"\u03A9");                   /* Ohm sign: singleton */
    check_nfkc(u8"\u212B", u8"\u00C5");                   /* Angstrom sign */
    check_nfkc(u8"\u0387", u8"\u00B7");
    check_nfkc(u8"\u309B", u8" \u3099");
    check_nfkc(u8"\uFDFA", u8"\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A"
                           u8"\u0647 \u0648\u0633\u0644\u0645");       /* 18 code points */
}
END_TEST

START_TEST(nfkc_composition)
{
    check_nfkc(u8"e\u0301", u8"\u00E9");
    check_nfkc(u8"\u00E9", u8"\u00E9");
    check_nfkc(u8"u\u0308\u0304", u8"\u01D6");            /* two steps: ü then ǖ */
    check_nfkc(u8"\u0344", u8"\u0308\u0301");             /* non-starter decomposition */
    /* Composition exclusions decompose and stay decomposed. */
    check_nfkc(u8"\u0958", u8"\u0915\u093C");
    check_nfkc(u8"\u0915\u093C", u8"\u0915\u093C");
    check_nfkc(u8"\uFB2A", u8"\u05E9\u05C1");
    /* Starters that combine with the starter before them. */
    check_nfkc(u8"\u0B47\u0B3E", u8"\u0B4B");
    check_nfkc(u8"\u0CC6\u0CC2\u0CD5", u8"\u0CCB");
}
END_TEST

START_TEST(nfkc_canonical_order)
{
    /* Dot below (220) sorts before acute (230), then both join the letter. */
    check_nfkc(u8"a\u0301\u0323", u8"\u1EA1\u0301");
    check_nfkc(u8"a\u0323\u0301", u8"\u1EA1\u0301");
    check_nfkc(u8"\u00E9\u0323", u8"\u1EB9\u0301");
    /* UAX #15's example: long s with dot above, then dot below. */
    check_nfkc(u8"\u1E9B\u0323", u8"\u1E69");
    /* A kept mark blocks a later one of the same class but not of a higher one. */
    check_nfkc(u8"a\u0315\u0316", u8"a\u0316\u0315");
    check_nfkc(u8"a\u0308\u0308", u8"\u00E4\u0308");
    check_nfkc(u8"a\u0328\u0301\u0301", u8"\u0105\u0301\u0301");
    /* Marks with no starter before them are ordered but join nothing. */
    check_nfkc(u8"\u0301\u0323a", u8"\u0323\u0301a");
    /* A kept mark blocks a following starter that would combine. */
    check_nfkc(u8"\u1100\u0301\u1161", u8"\u1100\u0301\u1161");
}
END_TEST

START_TEST(nfkc_hangul)
{
    check_nfkc(u8"\u1100\u1161", u8"\uAC00");             /* L V -> LV */
    check_nfkc(u8"\u1100\u1161\u11A8", u8"\uAC01");       /* L V T -> LVT */
    check_nfkc(u8"\uAC00\u11A8", u8"\uAC01");             /* LV T -> LVT */
    check_nfkc(u8"\uAC01", u8"\uAC01");
    check_nfkc(u8"\uAC01\u11A8", u8"\uAC01\u11A8");       /* LVT takes no second T */
    check_nfkc(u8"\u1100\u11A8", u8"\u1100\u11A8");       /* L T: nothing */
    check_nfkc(u8"\u11A7", u8"\u11A7");                   /* not a trailing consonant */
    check_nfkc(u8"\uAC00\u11A7", u8"\uAC00\u11A7");
    check_nfkc(u8"\u3131", u8"\u1100");                   /* compatibility jamo */
    check_nfkc(u8"\u3131\u314F", u8"\uAC00");
    check_nfkc(u8"\u3200", u8"(\u1100)");
}
END_TEST

START_TEST(nfkc_small_buffer)
{
    const char *in = u8"\uFB01\uFB01\uFB01";
    char out[8];
    ck_assert_uint_eq(pr_uni_nfkc(in, strlen(in), out, 3), 6);
    ck_assert_uint_eq(pr_uni_nfkc(in, strlen(in), out, 6), 6);
    ck_assert_mem_eq(out, "fififi", 6);
}
END_TEST

START_TEST(nfkc_long_run_of_marks)
{
    /* Runs are reread, not buffered: any length works. */
    enum { MARKS = 5000 };
    char *in = malloc(1 + 2 * MARKS + 1), *out = malloc(2 * MARKS + 8);
    ck_assert(in && out);
    in[0] = 'o';
    for (int i = 0; i < MARKS; i++)     /* dot below (class 220), acute (230), ... */
        memcpy(in + 1 + 2 * i, i % 2 ? "\xCC\x81" : "\xCC\xA3", 2);
    size_t n = pr_uni_nfkc(in, 1 + 2 * MARKS, out, 2 * MARKS + 8);
    /* o and the first dot below make U+1ECD, which has no composite with an acute; the
    ** other dots and all the acutes stay, in that order. */
    ck_assert_uint_eq(n, 3 + 2 * (MARKS - 1));
    ck_assert_mem_eq(out, "\xE1\xBB\x8D", 3);
    for (int i = 0; i < MARKS / 2 - 1; i++)
        ck_assert_mem_eq(out + 3 + 2 * i, "\xCC\xA3", 2);
    for (int i = MARKS / 2 - 1; i < MARKS - 1; i++)
        ck_assert_mem_eq(out + 3 + 2 * i, "\xCC\x81", 2);
    free(in);
    free(out);
}
END_TEST

static bool stable(const char *s)
{
    return pr_uni_nfkc_is_stable(s, strlen(s));
}

START_TEST(nfkc_quick_check)
{
    ck_assert(stable(""));
    ck_assert(stable("snake_case_9"));
    ck_assert(stable(u8"caf\u00E9"));                     /* composed é is NFKC */
    ck_assert(stable(u8"\u0394\u03B4\u4E00\uAC01"));
    ck_assert(!stable(u8"cafe\u0301"));                   /* maybe: acute may compose */
    ck_assert(!stable(u8"\u1100\u1161"));                 /* maybe: jamo may compose */
    ck_assert(!stable(u8"\uFB01"));                       /* no */
    ck_assert(!stable(u8"\u2126"));
    ck_assert(!stable(u8"\U0001D40D"));
    ck_assert(stable(u8"a\u0316\u0315"));                 /* 220, 232: in order */
    ck_assert(!stable(u8"a\u0315\u0316"));                /* 232, 220: out of order */
    ck_assert(!pr_uni_nfkc_is_stable("\xC3", 1));         /* not UTF-8 */
    ck_assert(!pr_uni_nfkc_is_stable("\xED\xA0\x80", 3));
}
END_TEST

/* ---- Names ------------------------------------------------------------------------ */

static int32_t lookup(const char *name)
{
    return pr_uni_lookup(name, strlen(name));
}

START_TEST(names_exact_and_any_case)
{
    ck_assert_int_eq(lookup("LATIN SMALL LETTER A"), 0x61);
    ck_assert_int_eq(lookup("latin small letter a"), 0x61);
    ck_assert_int_eq(lookup("Latin Small Letter Sharp S"), 0xDF);
    ck_assert_int_eq(lookup("SPACE"), 0x20);
    ck_assert_int_eq(lookup("HYPHEN-MINUS"), 0x2D);
    ck_assert_int_eq(lookup("EURO SIGN"), 0x20AC);
    ck_assert_int_eq(lookup("GRINNING FACE"), 0x1F600);
    ck_assert_int_eq(lookup("TIBETAN MARK BKA- SHOG YIG MGO"), 0xF0A);
    ck_assert_int_eq(lookup("TIBETAN LETTER -A"), 0xF60);
    ck_assert_int_eq(lookup("BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE LEFT AND "
                            "MIDDLE RIGHT TO LOWER CENTRE"), 0x1FBA8);
    ck_assert_int_eq(lookup("TANGUT COMPONENT-001"), 0x18800);
    /* the first and last entries of the sorted list */
    ck_assert_int_eq(lookup("ABACUS"), 0x1F9EE);
    ck_assert_int_eq(lookup("ZWSP"), 0x200B);
}
END_TEST

START_TEST(names_aliases)
{
    ck_assert_int_eq(lookup("NULL"), 0);
    ck_assert_int_eq(lookup("NUL"), 0);
    ck_assert_int_eq(lookup("LINE FEED"), 0x0A);
    ck_assert_int_eq(lookup("lf"), 0x0A);
    ck_assert_int_eq(lookup("nbsp"), 0xA0);
    ck_assert_int_eq(lookup("BYTE ORDER MARK"), 0xFEFF);
    ck_assert_int_eq(lookup("BOM"), 0xFEFF);
    ck_assert_int_eq(lookup("LATIN CAPITAL LETTER GHA"), 0x1A2);    /* a correction */
    ck_assert_int_eq(lookup("LATIN CAPITAL LETTER OI"), 0x1A2);     /* the name itself */
}
END_TEST

START_TEST(names_arithmetic)
{
    ck_assert_int_eq(lookup("CJK UNIFIED IDEOGRAPH-4E00"), 0x4E00);
    ck_assert_int_eq(lookup("CJK UNIFIED IDEOGRAPH-04E00"), 0x4E00);
    ck_assert_int_eq(lookup("CJK UNIFIED IDEOGRAPH-2EBF0"), 0x2EBF0);  /* new in 15.1 */
    ck_assert_int_eq(lookup("CJK UNIFIED IDEOGRAPH-4e00"), -1);
    ck_assert_int_eq(lookup("cjk unified ideograph-4E00"), -1);
    ck_assert_int_eq(lookup("CJK UNIFIED IDEOGRAPH-004E00"), -1);
    ck_assert_int_eq(lookup("CJK UNIFIED IDEOGRAPH-A000"), -1);
    ck_assert_int_eq(lookup("CJK COMPATIBILITY IDEOGRAPH-F900"), 0xF900);
    ck_assert_int_eq(lookup("cjk compatibility ideograph-2f800"), 0x2F800);
    ck_assert_int_eq(lookup("CJK COMPATIBILITY IDEOGRAPH-0F900"), -1);
    ck_assert_int_eq(lookup("CJK COMPATIBILITY IDEOGRAPH-FA6E"), -1);
    ck_assert_int_eq(lookup("NUSHU CHARACTER-1B170"), 0x1B170);
    ck_assert_int_eq(lookup("khitan small script character-18b00"), 0x18B00);
    ck_assert_int_eq(lookup("TANGUT IDEOGRAPH-17000"), -1);  /* 3.13 has no such names */
    ck_assert_int_eq(lookup("HANGUL SYLLABLE GA"), 0xAC00);
    ck_assert_int_eq(lookup("HANGUL SYLLABLE GAG"), 0xAC01);
    ck_assert_int_eq(lookup("HANGUL SYLLABLE A"), 0xC544);
    ck_assert_int_eq(lookup("HANGUL SYLLABLE HIH"), 0xD7A3);
    ck_assert_int_eq(lookup("hangul syllable ga"), -1);
    ck_assert_int_eq(lookup("hangul syllable GA"), -1);
    ck_assert_int_eq(lookup("HANGUL SYLLABLE "), -1);
    ck_assert_int_eq(lookup("HANGUL SYLLABLE GAX"), -1);
}
END_TEST

START_TEST(names_unknown)
{
    ck_assert_int_eq(lookup(""), -1);
    ck_assert_int_eq(lookup("NO SUCH CHARACTER"), -1);
    ck_assert_int_eq(lookup("LATIN SMALL LETTER A "), -1);
    ck_assert_int_eq(lookup(" LATIN SMALL LETTER A"), -1);
    ck_assert_int_eq(lookup("LATIN  SMALL LETTER A"), -1);
    ck_assert_int_eq(lookup("LATIN_SMALL_LETTER_A"), -1);
    ck_assert_int_eq(lookup("LATIN SMALL LETTER"), -1);
    ck_assert_int_eq(lookup("AAAAAA"), -1);                  /* before the first entry */
    ck_assert_int_eq(lookup("ZZZZZZ"), -1);                  /* after the last */
    ck_assert_int_eq(lookup("KEYCAP NUMBER SIGN"), -1);      /* a named sequence */
    ck_assert_int_eq(pr_uni_lookup("SPACE\0", 6), -1);
    ck_assert_int_eq(pr_uni_lookup("SPACE!", 5), 0x20);      /* only len bytes count */
    char long_name[300];
    memset(long_name, 'A', sizeof long_name);
    ck_assert_int_eq(pr_uni_lookup(long_name, sizeof long_name), -1);
}
END_TEST

static Suite *unicode_suite(void)
{
    Suite *s = suite_create("unicode");
    TCase *tc = tcase_create("utf8");
    tcase_add_test(tc, utf8_well_formed);
    tcase_add_test(tc, utf8_surrogates_only_lax);
    tcase_add_test(tc, utf8_ill_formed);
    tcase_add_test(tc, utf8_truncated);
    tcase_add_test(tc, utf8_encode);
    suite_add_tcase(s, tc);

    tc = tcase_create("properties");
    tcase_add_test(tc, xid_ascii);
    tcase_add_test(tc, xid_non_ascii);
    tcase_add_test(tc, xid_other_id_start_and_continue);
    tcase_add_test(tc, xid_out_of_range);
    tcase_add_test(tc, printable);
    tcase_add_test(tc, spaces);
    suite_add_tcase(s, tc);

    tc = tcase_create("nfkc");
    tcase_add_test(tc, nfkc_compatibility);
    tcase_add_test(tc, nfkc_composition);
    tcase_add_test(tc, nfkc_canonical_order);
    tcase_add_test(tc, nfkc_hangul);
    tcase_add_test(tc, nfkc_small_buffer);
    tcase_add_test(tc, nfkc_long_run_of_marks);
    tcase_add_test(tc, nfkc_quick_check);
    suite_add_tcase(s, tc);

    tc = tcase_create("names");
    tcase_add_test(tc, names_exact_and_any_case);
    tcase_add_test(tc, names_aliases);
    tcase_add_test(tc, names_arithmetic);
    tcase_add_test(tc, names_unknown);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(unicode_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
