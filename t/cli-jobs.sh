#!/bin/sh
# The output does not depend on the number of threads: the review of a whole Python standard
# library with -j1 and with -j4, byte for byte, in the concise, json, sarif and review
# formats (the rules that run by default, and every rule).  In sanitizer builds, which run
# several times slower, three of its packages stand for it.  Skips without a standard
# library to read.

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
set -- "$corpus"
if nm "$PYREVIEW" 2>/dev/null | grep -q __asan_init; then
    set -- "$corpus/json" "$corpus/email" "$corpus/asyncio"
fi
paths=$*
t_say "corpus: $paths"

fails=0
for run in "concise" "json" "sarif" "review" "concise --select ALL"; do
    set -- $run
    format=$1
    shift
    for jobs in 1 4; do
        "$PYREVIEW" --isolated --output-format "$format" "$@" -j "$jobs" $paths \
            >"$T_WORK/out.$jobs" 2>"$T_WORK/err.$jobs"
        echo $? >"$T_WORK/status.$jobs"
    done
    if ! cmp -s "$T_WORK/out.1" "$T_WORK/out.4" || ! cmp -s "$T_WORK/err.1" "$T_WORK/err.4" ||
        ! cmp -s "$T_WORK/status.1" "$T_WORK/status.4"; then
        t_say "FAIL --output-format $run: -j1 and -j4 differ"
        diff "$T_WORK/out.1" "$T_WORK/out.4" | head -10
        fails=$((fails + 1))
    elif [ "$(cat "$T_WORK/status.1")" -gt 1 ] || [ -s "$T_WORK/err.1" ] || [ ! -s "$T_WORK/out.1" ]; then
        t_say "FAIL --output-format $run: exit status $(cat "$T_WORK/status.1"): $(head -3 "$T_WORK/err.1")"
        fails=$((fails + 1))
    else
        t_say "--output-format $run: $(wc -c <"$T_WORK/out.1" | tr -d ' ') bytes, identical"
    fi
done
[ "$fails" -eq 0 ] || exit 1
t_say PASS
