#!/bin/sh
# The output does not depend on the number of threads: -j1 and -j8, byte for byte (stdout,
# stderr and exit status), on the whole Python standard library in the concise, json, sarif
# and review formats (the rules that run by default, and every rule), and on hostile input
# (bytes that are no Python, deep nesting, open strings, a symbolic link loop, a FIFO, a
# directory named like a Python file, a large file among small ones) in the review and
# --parse-only, where -j64, more threads than files, must give the same output too.
# In ASan builds, which run several times slower, three packages of the library stand for
# it; in ThreadSanitizer builds (`./bootstrap test` runs this test in one) the whole
# library is read with every rule, the one format, so that races between the workers show.
# Skips without a standard library to read.

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_need_pyreview
corpus=
if t_find_python 2>/dev/null; then
    corpus=$(t_python_stdlib 2>/dev/null)
fi
if [ -z "$corpus" ]; then
    for dir in /usr/lib/python3.*; do [ -d "$dir" ] && corpus=$dir; done
fi
[ -n "$corpus" ] && [ -d "$corpus" ] || t_skip "no Python standard library to read"
t_workdir
runs="concise
json
sarif
review
concise --select ALL"
set -- "$corpus"
if nm "$PYREVIEW" 2>/dev/null | grep -q __asan_init; then
    set -- "$corpus/json" "$corpus/email" "$corpus/asyncio"
elif nm "$PYREVIEW" 2>/dev/null | grep -q __tsan_init; then
    runs="concise --select ALL"
fi
paths=$*
t_say "corpus: $paths"

# same NAME DIR JOBS ARGS...: runs pyreview ARGS in DIR with each of the JOBS counts and
# checks that the outputs are byte-identical; the first one must have run (status 0 or 1,
# or 2 when expected with a message) and printed something.
fails=0
same() {
    _name=$1 _dir=$2 _jobs=$3
    shift 3
    for _j in $_jobs; do
        (cd "$_dir" && exec "$PYREVIEW" --isolated "$@" -j "$_j") \
            </dev/null >"$T_WORK/out.$_j" 2>"$T_WORK/err.$_j"
        echo $? >"$T_WORK/status.$_j"
    done
    _first=${_jobs%% *}
    for _j in $_jobs; do
        if ! cmp -s "$T_WORK/out.$_first" "$T_WORK/out.$_j" ||
            ! cmp -s "$T_WORK/err.$_first" "$T_WORK/err.$_j" ||
            ! cmp -s "$T_WORK/status.$_first" "$T_WORK/status.$_j"; then
            t_say "FAIL $_name: -j$_first and -j$_j differ"
            diff "$T_WORK/out.$_first" "$T_WORK/out.$_j" | head -10
            diff "$T_WORK/err.$_first" "$T_WORK/err.$_j" | head -10
            fails=$((fails + 1))
            return
        fi
    done
    _status=$(cat "$T_WORK/status.$_first")
    if [ "$_status" -gt 2 ] || [ ! -s "$T_WORK/out.$_first" ] ||
        { [ -s "$T_WORK/err.$_first" ] && [ "$_status" -ne 2 ]; }; then
        t_say "FAIL $_name: exit status $_status: $(head -3 "$T_WORK/err.$_first")"
        fails=$((fails + 1))
    else
        t_say "$_name: $(wc -c <"$T_WORK/out.$_first" | tr -d ' ') bytes, identical with -j$(echo "$_jobs" | sed 's/ /, -j/g')"
    fi
}

# ------------------------------------------------------------------ the standard library

while read -r run; do
    set -- $run
    format=$1
    shift
    same "stdlib --output-format $run" . "1 8" --output-format "$format" "$@" $paths
done <<EOF
$runs
EOF

# ------------------------------------------------------------------ hostile input

h=$T_WORK/hostile
mkdir "$h" "$h/dir.py"
repeat() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }
printf 'x = "\377"\n' >"$h/invalid_utf8.py"
printf '# caf\351\n"""A module."""\n' >"$h/invalid_utf8_comment.py"
printf 'x = 1\000\n' >"$h/nul_bytes.py"
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\002\000\076\000' >"$h/elf.py"
: >"$h/empty.py"
printf '\357\273\277' >"$h/bom_only.py"
printf 'x = 1\ry = (\r' >"$h/cr_only.py"
printf 'if x:\n\tif y:\n        pass\n' >"$h/mixed_tabs.py"
{ printf 'x = '; repeat '(' 1000; repeat ')' 1000; echo; } >"$h/brackets.py"
awk 'BEGIN { for (i = 0; i < 150; i++) { for (j = 0; j < i; j++) printf " "; print "if x:" }
             for (j = 0; j < 150; j++) printf " "; print "pass" }' >"$h/blocks.py"
{ printf 'x = '; repeat 'f"{' 200; printf x; repeat '}"' 200; echo; } >"$h/fstrings.py"
printf 'x = """abc\n' >"$h/open_triple.py"
printf 'x = f"abc' >"$h/open_fstring.py"
{ printf '"""A list."""\nx = ['; repeat '1, ' 10000; echo ']'; } >"$h/long_list.py"
sh "$srcdir/t/hostile/gen-code.sh" 1048576 >"$h/code_1mb.py"
echo 'y = (' >"$h/dir.py/inner.py"
ln -s loop_b.py "$h/loop_a.py"
ln -s loop_a.py "$h/loop_b.py"
mkfifo "$h/fifo.py" 2>/dev/null || t_say "no FIFO made"
same "hostile, review" "$h" "1 8 64" .
same "hostile, review --select ALL" "$h" "1 8 64" --select ALL .
same "hostile, --parse-only" "$h" "1 8 64" --parse-only .
# one file, and more threads than that
same "one file" "$h" "1 8" code_1mb.py

[ "$fails" -eq 0 ] || exit 1
t_say PASS
