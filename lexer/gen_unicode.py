#!/usr/bin/env python3
"""Writes lexer/unicode_tables.c, the tables behind lexer/unicode.h, from the unicodedata
module of CPython 3.13 (Unicode 15.1) and from the str methods whose answers pyreview
must reproduce.  Run at maintainer time; the output is committed:

    $(PYENV_VERSION=3.13.0 pyenv which python3.13) lexer/gen_unicode.py > lexer/unicode_tables.c

Every fact is taken from the running CPython rather than from the UCD files, so the
tables agree with the interpreter pyreview imitates even where that differs from the
letter of the standard.  The layout of each table is described in lexer/unicode.h."""

import codecs
import collections
import ctypes
import re
import sys
import unicodedata

UNIDATA_VERSION = "15.1.0"
MAX_CP = 0x110000
DECOMP_MAX = 18           # PR_UNI_DECOMP_MAX
NAME_MAX = 96             # PR_UNI_NAME_MAX
NAME_TOKENS = 15          # PR_UNI_NAME_TOKENS, also the nibble limit of an entry head
NAME_BLOCK = 32           # entries per block: a lookup decodes ~10 block heads and <= 32
HEX_RUN_MIN = 16          # shorter runs of PREFIX-XXXX names cost less in the name list

# Flag bits, as in unicode.h.
XID_START, XID_CONTINUE, PRINTABLE, NFKC_NO, NFKC_MAYBE = 1, 2, 4, 8, 16
UPPER, LOWER, CHANGES_LOWER = 32, 64, 128
FLAG_NAMES = ["PR_UNI_XID_START", "PR_UNI_XID_CONTINUE", "PR_UNI_PRINTABLE",
              "PR_UNI_NFKC_NO", "PR_UNI_NFKC_MAYBE", "PR_UNI_UPPER", "PR_UNI_LOWER",
              "PR_UNI_CHANGES_LOWER"]

HANGUL_FIRST, HANGUL_COUNT = 0xAC00, 11172


def is_hangul_syllable(cp):
    return 0 <= cp - HANGUL_FIRST < HANGUL_COUNT


def unescape_name(name):
    """The code point \\N{name} gives in a string literal, or None.  The codec is the
    one CPython's parser runs on literals, so it settles what the escape accepts."""
    try:
        text = codecs.decode(b"\\N{" + name.encode("ascii") + b"}", "unicode_escape")
    except UnicodeDecodeError:
        return None
    return ord(text) if len(text) == 1 else None


# ---- Per-code-point properties -------------------------------------------------------

def compositions():
    """{(first, second): composite} for the canonical compositions NFC performs, Hangul
    aside.  A two-character canonical decomposition composes back unless it is a
    composition exclusion, which NFC itself tells apart."""
    pairs = {}
    for cp in range(MAX_CP):
        decomp = unicodedata.decomposition(chr(cp))
        if not decomp or decomp.startswith("<"):
            continue
        parts = [int(x, 16) for x in decomp.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            pairs[parts[0], parts[1]] = cp
    return pairs


def properties(pairs):
    """One (flags, combining class) pair per code point."""
    composes_back = {second for _, second in pairs}
    composes_back.update(range(0x1161, 0x1176))   # Hangul vowels join a leading consonant
    composes_back.update(range(0x11A8, 0x11C3))   # and trailing consonants an LV syllable
    props = []
    for cp in range(MAX_CP):
        ch = chr(cp)
        flags = 0
        if ch.isidentifier():
            flags |= XID_START
        if ("a" + ch).isidentifier():
            flags |= XID_CONTINUE
        if ch.isprintable():
            flags |= PRINTABLE
        if unicodedata.normalize("NFKC", ch) != ch:
            flags |= NFKC_NO
        if cp in composes_back:
            flags |= NFKC_MAYBE
        if ch.isupper():
            flags |= UPPER
        if ch.islower():
            flags |= LOWER
        if ch.lower() != ch:
            flags |= CHANGES_LOWER
        assert (flags & (NFKC_NO | NFKC_MAYBE)) != (NFKC_NO | NFKC_MAYBE)
        props.append((flags, unicodedata.combining(ch)))
    return props


def two_level(values, record_zero):
    """Splits values into blocks of 2**shift, shares equal blocks, and picks the shift
    that makes index plus blocks smallest while block numbers fit a byte.  A two-level
    table answers in two dependent loads for any code point, which a range table with
    binary search over the ~2700 runs of these values would do in a dozen; the price is
    some 40 kB instead of 11 kB."""
    records = {record_zero: 0}
    ids = [records.setdefault(v, len(records)) for v in values]
    assert len(records) <= 256
    best = None
    for shift in range(4, 12):
        size = 1 << shift
        blocks, index = {}, []
        for start in range(0, len(ids), size):
            index.append(blocks.setdefault(tuple(ids[start:start + size]), len(blocks)))
        if len(blocks) > 256:
            continue
        cost = len(index) + len(blocks) * size
        if best is None or cost < best[0]:
            best = (cost, shift, index, [x for block in blocks for x in block])
    _, shift, index, block_data = best
    return shift, index, block_data, list(records)


# ---- NFKC ----------------------------------------------------------------------------

def decompositions():
    """{cp: NFKD of cp} for every code point NFKD changes, Hangul syllables aside (their
    decomposition is arithmetic)."""
    table = {}
    for cp in range(MAX_CP):
        if is_hangul_syllable(cp):
            continue
        form = unicodedata.normalize("NFKD", chr(cp))
        if form != chr(cp):
            assert len(form) <= DECOMP_MAX
            table[cp] = form
    return table


# ---- Names ---------------------------------------------------------------------------

def name_api():
    """CPython's own name lookup, the capsule unicodedata._ucnhash_CAPI: a getname and a
    getcode function.  unicodedata lists no aliases; CPython keeps them at private-use
    code points from U+F0000, which getname names when asked for aliases, so this is the
    only way to have exactly the aliases 3.13 accepts."""
    api = ctypes.pythonapi
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    funcs = (ctypes.c_void_p * 2).from_address(
        api.PyCapsule_GetPointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI"))
    getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p,
                               ctypes.c_int, ctypes.c_int)(funcs[0])
    buf = ctypes.create_string_buffer(256)

    def name_of(cp, with_aliases):
        return buf.value.decode("ascii") if getname(cp, buf, len(buf), with_aliases) else None

    assert name_of(0x41, 0) == "LATIN CAPITAL LETTER A", "unexpected name C API layout"
    return name_of


def aliases():
    """{alias: cp} for every name alias \\N{} accepts."""
    name_of = name_api()
    found = {}
    for pua in range(0xF0000, 0xF0200):     # named sequences start at U+F0200
        alias = name_of(pua, 1)
        if alias is None:
            continue
        cp = unescape_name(alias)
        assert cp is not None and unicodedata.lookup(alias) == chr(cp), alias
        found[alias] = cp
    assert name_of(0xF01FF, 1) is None, "more aliases than the range scanned"
    return found


def names():
    """Splits the names \\N{} accepts into ranges of CJK unified ideographs (which CPython
    spells out arithmetically), the hex-suffixed runs, and the list of the rest (names
    and aliases).  Hangul syllable names are arithmetic too and need no data."""
    unified, rest = [], {}
    for cp in range(MAX_CP):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith("CJK UNIFIED IDEOGRAPH-"):
            assert name == "CJK UNIFIED IDEOGRAPH-%X" % cp
            if unified and unified[-1][1] == cp - 1:
                unified[-1][1] = cp
            else:
                unified.append([cp, cp])
        elif name.startswith("HANGUL SYLLABLE "):
            assert is_hangul_syllable(cp)
        else:
            rest[name] = cp
    for alias, cp in aliases().items():
        assert alias not in rest, alias
        rest[alias] = cp
    assert max(len(n) for n in rest) <= NAME_MAX

    runs = collections.defaultdict(list)
    for name, cp in rest.items():
        match = re.fullmatch(r"(.*-)([0-9A-F]{4,6})", name)
        if match and match.group(2) == "%04X" % cp:
            runs[match.group(1)].append(cp)
    hex_names = []
    for prefix, cps in runs.items():
        cps.sort()
        start = 0
        for i in range(1, len(cps) + 1):
            if i == len(cps) or cps[i] != cps[i - 1] + 1:
                if i - start >= HEX_RUN_MIN:
                    hex_names.append((cps[start], cps[i - 1], prefix))
                    for cp in cps[start:i]:
                        del rest[prefix + "%04X" % cp]
                start = i
    hex_names.sort()
    return unified, hex_names, rest


def tokens(name):
    """The words of name: runs of letters and digits, and separators other than a single
    space (which the decoder puts back between two adjacent words)."""
    out = [t for t in re.findall(r"[A-Z0-9]+|[ -]+", name) if t != " "]
    assert join_tokens(out) == name, name
    return out


def join_tokens(toks):
    text = ""
    for t in toks:
        if text and text[-1].isalnum() and t[0].isalnum():
            text += " "
        text += t
    return text


def zigzag_varint(delta):
    z = delta * 2 if delta >= 0 else -delta * 2 - 1
    out = []
    while True:
        byte = z & 0x7F
        z >>= 7
        out.append(byte | (0x80 if z else 0))
        if not z:
            return out


def encode_names(rest):
    """Front-coded word lists in sorted order; see pr_uni_tables in unicode.h.  A word
    emitted once is spelled out in place (it costs less than a dictionary entry)."""
    entries = []                      # (shared, new words, cp, starts a block)
    previous = []
    for i, name in enumerate(sorted(rest)):
        toks = tokens(name)
        assert len(toks) <= NAME_TOKENS, name
        shared = 0
        if i % NAME_BLOCK:
            while shared < min(len(toks), len(previous)) and toks[shared] == previous[shared]:
                shared += 1
        entries.append((shared, toks[shared:], rest[name], i % NAME_BLOCK == 0))
        previous = toks
    uses = collections.Counter(t for e in entries for t in e[1])
    dictionary = sorted((t for t in uses if uses[t] > 1), key=lambda t: (-uses[t], t))
    assert all(t in dictionary for t in uses if not t.isalnum())
    word_short = (255 * 256 - len(dictionary)) // 255   # one-byte codes, the rest two
    assert word_short + (255 - word_short) * 256 >= len(dictionary)
    code = {t: i for i, t in enumerate(dictionary)}

    stream, blocks, previous_cp = [], [], 0
    for shared, new, cp, first in entries:
        if first:
            blocks.append(len(stream))
        stream.append(shared << 4 | len(new))
        for t in new:
            if t not in code:
                assert len(t) < 256
                stream += [255, len(t)] + list(t.encode("ascii"))
            elif code[t] < word_short:
                stream.append(code[t])
            else:
                rest_code = code[t] - word_short
                stream += [word_short + (rest_code >> 8), rest_code & 0xFF]
        stream += [cp >> 16, cp >> 8 & 0xFF, cp & 0xFF] if first else zigzag_varint(cp - previous_cp)
        previous_cp = cp
    blocks.append(len(stream))
    starts = [0]
    for t in dictionary:
        starts.append(starts[-1] + len(t))
    assert starts[-1] < 1 << 16
    return stream, blocks, word_short, starts, "".join(dictionary)


# ---- Output --------------------------------------------------------------------------

def c_array(ctype, name, values, fmt="%d", per_line=16):
    lines = ["static const %s %s[] = {" % (ctype, name)]
    for i in range(0, len(values), per_line):
        lines.append("    " + ",".join(fmt % v for v in values[i:i + per_line]) + ",")
    lines.append("};")
    return "\n".join(lines)


def main():
    if sys.version_info[:2] != (3, 13) or unicodedata.unidata_version != UNIDATA_VERSION:
        sys.exit("gen_unicode.py: needs CPython 3.13 (Unicode %s)" % UNIDATA_VERSION)

    pairs = compositions()
    shift, prop_index, prop_block, records = two_level(properties(pairs), (0, 0))
    decomp = decompositions()
    unified, hex_names, rest = names()
    stream, blocks, word_short, word_start, word_text = encode_names(rest)

    decomp_cps = sorted(decomp)
    decomp_utf8, decomp_start = b"", []
    for cp in decomp_cps:
        decomp_start.append(len(decomp_utf8))
        decomp_utf8 += decomp[cp].encode("utf-8")
    decomp_start.append(len(decomp_utf8))
    comp = sorted(a << 42 | b << 21 | c for (a, b), c in pairs.items())

    def flags_expr(flags):
        return "|".join(n for i, n in enumerate(FLAG_NAMES) if flags >> i & 1) or "0"

    out = [
        "/* Generated by lexer/gen_unicode.py from CPython %d.%d (Unicode %s); do not edit by hand. */"
        % (sys.version_info[0], sys.version_info[1], UNIDATA_VERSION),
        "/* The tables pr_uni_data points to: see pr_uni_tables in unicode.h for their layout\n"
        "** and gen_unicode.py for how each fact was obtained. */",
        '#include "unicode.h"',
        "",
        "_Static_assert(PR_UNI_DECOMP_MAX >= %d, \"a decomposition is longer\");"
        % max(len(v) for v in decomp.values()),
        "_Static_assert(PR_UNI_NAME_MAX >= %d, \"a name is longer\");" % max(len(n) for n in rest),
        "",
        c_array("uint8_t", "prop_index", prop_index, per_line=32),
        "",
        c_array("uint8_t", "prop_block", prop_block, per_line=48),
        "",
        "static const pr_uni_prop prop[] = {\n"
        + "\n".join("    {%s, %d}," % (flags_expr(f), c) for f, c in records) + "\n};",
        "",
        c_array("uint32_t", "decomp_cp", decomp_cps, "0x%X", 12),
        "",
        c_array("uint16_t", "decomp_start", decomp_start),
        "",
        c_array("unsigned char", "decomp_utf8", list(decomp_utf8), per_line=24),
        "",
        c_array("uint64_t", "comp", comp, "0x%X", 6),
        "",
        c_array("uint32_t", "unified", [x for r in unified for x in r], "0x%X", 8),
        "",
        "static const pr_uni_hex_names hex_names[] = {\n"
        + "\n".join('    {0x%X, 0x%X, "%s"},' % h for h in hex_names) + "\n};",
        "",
        c_array("uint32_t", "name_block", blocks, per_line=12),
        "",
        c_array("uint8_t", "names", stream, per_line=24),
        "",
        c_array("uint16_t", "word_start", word_start, per_line=16),
        "",
        c_array("char", "word_text", list(word_text.encode("ascii")), per_line=32),
        "",
        "const pr_uni_tables pr_uni_data = {",
        "    .prop_shift = %d," % shift,
        "    .prop_index = prop_index,",
        "    .prop_block = prop_block,",
        "    .prop = prop,",
        "    .decomp_count = %d," % len(decomp_cps),
        "    .decomp_cp = decomp_cp,",
        "    .decomp_start = decomp_start,",
        "    .decomp_utf8 = decomp_utf8,",
        "    .comp_count = %d," % len(comp),
        "    .comp = comp,",
        "    .unified_count = %d," % len(unified),
        "    .unified = unified,",
        "    .hex_names_count = %d," % len(hex_names),
        "    .hex_names = hex_names,",
        "    .name_block_count = %d," % (len(blocks) - 1),
        "    .name_block = name_block,",
        "    .names = names,",
        "    .word_short = %d," % word_short,
        "    .word_start = word_start,",
        "    .word_text = word_text,",
        "};",
    ]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
