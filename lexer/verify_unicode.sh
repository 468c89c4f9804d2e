#!/bin/sh
# Compares lexer/unicode.c and its generated tables with CPython 3.13 over every code
# point: identifier classes, printability, letter case, NFKC and its quick check, the
# UTF-8 codecs, and every character name and alias through pr_uni_lookup, plus random
# strings and malformed names.  Builds the two files as a shared object and drives it from Python
# through ctypes.  Exits 77 (skipped) when no Python 3.13 can be found; set PYTHON3_13
# to choose one.  Takes one to two minutes.
srcdir=$(dirname "$0")

find_python() {
    for py in "${PYTHON3_13:-}" python3.13; do
        if [ -n "$py" ] && "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
            command -v "$py"
            return
        fi
    done
    if command -v pyenv >/dev/null 2>&1; then
        version=$(pyenv versions --bare 2>/dev/null | grep '^3\.13' | tail -n 1)
        [ -n "$version" ] && PYENV_VERSION=$version pyenv which python3.13 2>/dev/null
    fi
}

python=$(find_python)
if [ -z "$python" ]; then
    echo "verify_unicode.sh: no Python 3.13, skipped"
    exit 77
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
${CC:-cc} -std=c11 -O2 -shared -fPIC -o "$tmp/unicode.so" \
    "$srcdir/unicode.c" "$srcdir/unicode_tables.c" || exit 1

"$python" - "$tmp/unicode.so" "$srcdir" <<'EOF'
import codecs
import ctypes
import random
import sys
import unicodedata

sys.dont_write_bytecode = True          # leave no __pycache__ in the source tree
sys.path.insert(0, sys.argv[2])
from gen_unicode import name_api  # CPython's own name lookup, for the aliases

lib = ctypes.CDLL(sys.argv[1])
for f in ("pr_uni_is_xid_start", "pr_uni_is_xid_continue", "pr_uni_is_printable"):
    getattr(lib, f).argtypes = [ctypes.c_uint32]
    getattr(lib, f).restype = ctypes.c_bool
lib.pr_uni_case.argtypes = [ctypes.c_uint32]
lib.pr_uni_case.restype = ctypes.c_uint
lib.pr_uni_nfkc.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
lib.pr_uni_nfkc.restype = ctypes.c_size_t
lib.pr_uni_nfkc_is_stable.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
lib.pr_uni_nfkc_is_stable.restype = ctypes.c_bool
lib.pr_uni_lookup.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
lib.pr_uni_lookup.restype = ctypes.c_int32
for f in ("pr_utf8_decode", "pr_utf8_decode_lax"):
    getattr(lib, f).argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_uint32)]
    getattr(lib, f).restype = ctypes.c_size_t
lib.pr_utf8_encode.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
lib.pr_utf8_encode.restype = ctypes.c_size_t

failures = 0


def fail(what, detail):
    global failures
    failures += 1
    if failures <= 30:
        print("FAIL %s: %s" % (what, detail))


def report(what, count):
    print("%-58s %9d checked" % (what, count))


out = ctypes.create_string_buffer(256)


def nfkc(s):
    b = s.encode("utf-8")
    n = lib.pr_uni_nfkc(b, len(b), out, len(out))
    if n > len(out):
        big = ctypes.create_string_buffer(n)
        assert lib.pr_uni_nfkc(b, len(b), big, n) == n
        return big.raw[:n].decode("utf-8")
    short = lib.pr_uni_nfkc(b, len(b), out, 0)
    if short != n:
        fail("nfkc length without room", repr(s))
    return out.raw[:n].decode("utf-8")


def stable(s):
    b = s.encode("utf-8")
    return lib.pr_uni_nfkc_is_stable(b, len(b))


# ---- per code point
count = maybe = 0
for cp in range(0x110000):
    ch = chr(cp)
    if lib.pr_uni_is_xid_start(cp) != ch.isidentifier():
        fail("xid_start", hex(cp))
    if lib.pr_uni_is_xid_continue(cp) != ("a" + ch).isidentifier():
        fail("xid_continue", hex(cp))
    if lib.pr_uni_is_printable(cp) != ch.isprintable():
        fail("printable", hex(cp))
    case = 32 * ch.isupper() | 64 * ch.islower() | 128 * (ch.lower() != ch)
    if lib.pr_uni_case(cp) != case:
        fail("case", hex(cp))
    if 0xD800 <= cp <= 0xDFFF:
        continue
    expected = unicodedata.normalize("NFKC", ch)
    if nfkc(ch) != expected:
        fail("nfkc", "%X -> %r, want %r" % (cp, nfkc(ch), expected))
    if stable(ch) and expected != ch:
        fail("nfkc_is_stable", hex(cp))
    maybe += not stable(ch) and expected == ch
    count += 1
for cp in (0x110000, 0x7FFFFFFF, 0xFFFFFFFF):
    if lib.pr_uni_is_xid_start(cp) or lib.pr_uni_is_xid_continue(cp) or lib.pr_uni_is_printable(cp):
        fail("past U+10FFFF", hex(cp))
report("isidentifier start/continue, isprintable, case (all code points)", 0x110000)
report("NFKC of each code point (all but surrogates)", count)
print("    quick check says maybe for %d code points NFKC leaves alone" % maybe)

# ---- random strings
rng = random.Random(3131)
marks = [cp for cp in range(0x300, 0x10000) if unicodedata.combining(chr(cp))]
decomposable = [cp for cp in range(0xA0, 0x30000) if unicodedata.decomposition(chr(cp))]
jamo = list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A7, 0x11C3))
syllables = [0xAC00, 0xAC01, 0xAC1C, 0xD7A3, 0xB098, 0xB2E4]
starters_back = [0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E,
                 0x0D57, 0x0DCF, 0x0DDF, 0x102E, 0x1B35, 0x0B47, 0x0BC6, 0x0CC6, 0x0D46]
plain = [ord(c) for c in "aeiouAEOUnsczgkhwy1_ΩαιυКиз"]
pools = [marks, decomposable, jamo, syllables, starters_back, plain]
strings = 0
for _ in range(20000):
    length = rng.randint(1, 12)
    s = "".join(chr(rng.choice(rng.choice(pools))) for _ in range(length))
    expected = unicodedata.normalize("NFKC", s)
    if nfkc(s) != expected:
        fail("nfkc", "%r -> %r, want %r" % (s, nfkc(s), expected))
    if stable(s) and not unicodedata.is_normalized("NFKC", s):
        fail("nfkc_is_stable", repr(s))
    strings += 1
long_run = "a" + "".join(chr(rng.choice(marks)) for _ in range(3000)) + "\u1100\u1161\u11a8"
if nfkc(long_run) != unicodedata.normalize("NFKC", long_run):
    fail("nfkc", "3000 marks")
report("NFKC and quick check of random mixed strings", strings + 1)

# ---- names
def escape(name):
    try:
        text = codecs.decode(b"\\N{" + name.encode("ascii") + b"}", "unicode_escape")
    except UnicodeDecodeError:
        return -1
    return ord(text) if len(text) == 1 else -1


def lookup(name):
    b = name.encode("ascii")
    return lib.pr_uni_lookup(b, len(b))


def check_name(name):
    got, want = lookup(name), escape(name)
    if got != want:
        fail("lookup", "%r -> %d, want %d" % (name, got, want))


name_of = name_api()
aliases = [name_of(pua, 1) for pua in range(0xF0000, 0xF0200) if name_of(pua, 1)]
sequences = [name_of(pua, 1) for pua in range(0xF0200, 0xF0400) if name_of(pua, 1)]

names = [unicodedata.name(chr(cp)) for cp in range(0x110000) if unicodedata.name(chr(cp), None)]
for name in names:
    cp = unicodedata.lookup(name)
    if lookup(name) != ord(cp):
        fail("lookup", name)
    check_name(name.lower())
report("unicodedata.name of every code point, and lower case", 2 * len(names))
for alias in aliases:
    check_name(alias)
    check_name(alias.lower())
    check_name(alias.title())
report("every alias, in upper, lower and title case", 3 * len(aliases))
for seq in sequences:
    if lookup(seq) != -1 or lookup(seq.lower()) != -1:
        fail("named sequence accepted", seq)
report("named sequences (rejected)", 2 * len(sequences))

mangled = 0
for name in rng.sample(names, 20000) + aliases:
    i = rng.randrange(len(name))
    for variant in (name[:i], name[:i] + name[i + 1:], name + " ", " " + name,
                    name[:i] + rng.choice("AZ09 -x") + name[i:], name.swapcase(),
                    name.replace(" ", "  ", 1), name.replace(" ", "-", 1)):
        check_name(variant)
        mangled += 1
report("mangled names", mangled)

count = 0
for v in range(0x100000):
    for fmt in ("%04X", "%05X"):
        check_name("CJK UNIFIED IDEOGRAPH-" + fmt % v)
        count += 1
    if v % 37 == 0:
        for name in ("CJK UNIFIED IDEOGRAPH-%04x" % v, "cjk unified ideograph-%04X" % v,
                     "CJK UNIFIED IDEOGRAPH-%06X" % v, "CJK UNIFIED IDEOGRAPH-%X " % v,
                     "CJK COMPATIBILITY IDEOGRAPH-%04X" % v, "cjk compatibility ideograph-%05x" % v,
                     "NUSHU CHARACTER-%X" % v, "nushu character-%05x" % v,
                     "NUSHU CHARACTER-%06X" % v, "KHITAN SMALL SCRIPT CHARACTER-%X" % v,
                     "TANGUT IDEOGRAPH-%X" % v):
            check_name(name)
            count += 1
report("hex-numbered names, valid and not", count)

pieces = ["G", "GG", "N", "D", "R", "M", "B", "S", "SS", "J", "C", "K", "T", "P", "H", "A",
          "AE", "YA", "EO", "E", "YE", "O", "WA", "OE", "YO", "U", "WE", "WI", "YU", "EU",
          "YI", "I", "NG", "LG", "LH", "BS", "g", "a", " ", "-"]
for _ in range(50000):
    tail = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
    check_name(rng.choice(("HANGUL SYLLABLE ", "hangul syllable ", "HANGUL SYLLABLE")) + tail)
report("Hangul syllable names, random", 50000)
for name in ("", "A", "a", "X" * 200, "LATIN SMALL LETTER A\0", "LATIN SMALL LETTER \u00c0"):
    b = name.encode("utf-8")
    if lib.pr_uni_lookup(b, len(b)) != -1:
        fail("lookup", repr(name))

# ---- UTF-8
cp_out = ctypes.c_uint32()


def expect_decode(data, lax):
    for k in range(1, min(4, len(data)) + 1):
        try:
            text = data[:k].decode("utf-8", "surrogatepass" if lax else "strict")
        except UnicodeDecodeError:
            continue
        return (k, ord(text)) if len(text) == 1 else (0, None)
    return (0, None)


def check_decode(data):
    for lax, f in ((False, lib.pr_utf8_decode), (True, lib.pr_utf8_decode_lax)):
        n = f(data, len(data), ctypes.byref(cp_out))
        want = expect_decode(data, lax)
        if (n, cp_out.value if n else None) != want:
            fail("utf8 decode lax=%d" % lax, "%s -> %d, want %r" % (data.hex(), n, want))


count = 0
edge = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
        0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
for b0 in range(256):
    check_decode(bytes([b0]))
    for b1 in range(256):
        check_decode(bytes([b0, b1]))
        count += 2
        if b0 >= 0xE0:
            for b2 in edge:
                check_decode(bytes([b0, b1, b2]))
                count += 1
                if b0 >= 0xF0:
                    for b3 in edge:
                        check_decode(bytes([b0, b1, b2, b3]))
                        count += 1
for b0 in range(0xE0, 0xF0):
    for b1 in range(0x80, 0xC0):
        for b2 in range(256):
            check_decode(bytes([b0, b1, b2, 0x41]))
            count += 1
enc = ctypes.create_string_buffer(4)
for cp in range(0x110000):
    n = lib.pr_utf8_encode(cp, enc)
    if enc.raw[:n] != chr(cp).encode("utf-8", "surrogatepass"):
        fail("utf8 encode", hex(cp))
    data = chr(cp).encode("utf-8", "surrogatepass")
    for lax, f in ((False, lib.pr_utf8_decode), (True, lib.pr_utf8_decode_lax)):
        m = f(data, len(data), ctypes.byref(cp_out))
        want = len(data) if lax or not 0xD800 <= cp <= 0xDFFF else 0
        if m != want or (m and cp_out.value != cp):
            fail("utf8 round trip lax=%d" % lax, hex(cp))
report("UTF-8 decode (byte sequences, strict and lax)", count)
report("UTF-8 encode and round trip (all code points)", 0x110000)

print("%d failures" % failures)
sys.exit(1 if failures else 0)
EOF
