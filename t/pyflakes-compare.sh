#!/bin/sh
# pyreview against pyflakes on CPython 3.13's standard library (site-packages left
# out): for F401, F811, F821 and F841, how many findings both report, how many only one
# of them, and the agreement both ways (t/pyflakes_compare.py).  Debian's pyflakes3 runs
# on Python 3.11, so files Python 3.11 cannot parse are left out (and counted), as are
# files CPython rejects.  Every difference must be listed in t/rules/pyflakes-known.txt,
# each justified by a fixture of t/rules/unused/; the list may only shrink.  Skips (77)
# without pyflakes3 or Python 3.13.
#
#   t/pyflakes-compare.sh [--record]   (--record rewrites the known list: read its diff)
. "$(dirname "$0")/common.sh"
t_peer_stage
t_record_option "$@"
t_need_pyreview
command -v pyflakes3 >/dev/null 2>&1 || t_skip "pyflakes3 not found (Debian: apt-get install pyflakes3)"
t_need_python313 skip
stdlib=$(t_python_stdlib) || t_hard_error "no standard library"
pyflakes_python=$(sed -n '1s/^#! *//p' "$(command -v pyflakes3)")
[ -x "$pyflakes_python" ] || pyflakes_python=python3
pyflakes_version=$("$pyflakes_python" -c 'import sys; print("%d.%d" % sys.version_info[:2])') ||
    t_hard_error "pyflakes3's interpreter $pyflakes_python does not run"
known=$srcdir/t/rules/pyflakes-known.txt
started=$(date +%s)
t_workdir

find "$stdlib" -name site-packages -prune -o -name '*.py' -type f -print | LC_ALL=C sort >"$T_WORK/all"
# Files pyflakes' Python can parse and CPython 3.13 compiles.
t_accepted "$pyflakes_python" parse "$T_WORK/all" >"$T_WORK/parsed"
t_accepted "$T_PY" compile "$T_WORK/parsed" >"$T_WORK/files"
total=$(grep -c . "$T_WORK/all")
kept=$(grep -c . "$T_WORK/files")
t_say "$stdlib: $total files; $((total - kept)) left out (Python $pyflakes_version or CPython $T_PY_VERSION cannot compile them), $kept compared"

# run TOOL ARGS... on the files, T_JOBS batches at a time, each batch to a file of its
# own (parallel writers to one file would interleave their lines)
run() {
    mkdir -p "$T_WORK/out" && rm -f "$T_WORK/out/"*
    tr '\n' '\0' <"$T_WORK/files" | T_OUT=$T_WORK/out xargs -0 -n 50 -P "$T_JOBS" sh -c '
        out=$(mktemp "$T_OUT/batch.XXXXXX") || exit 1
        "$0" "$@" >"$out" 2>/dev/null
        rc=$?
        [ $rc -le 2 ] || printf "%s (exit status %d) on one of: %s\n" "$0" $rc "$*" >>"$T_OUT/crashed"
        exit 0' "$@"
    if [ -s "$T_WORK/out/crashed" ]; then
        cat "$T_WORK/out/crashed" >&2
        t_hard_error "$1 failed: no comparison"
    fi
    cat "$T_WORK/out/"batch.*
}
run pyflakes3 >"$T_WORK/pyflakes"
run "$PYREVIEW" --isolated -q -j 1 --select F401,F811,F821,F841 >"$T_WORK/pyreview"
if grep -q ': E999 ' "$T_WORK/pyreview"; then
    t_say "pyreview rejects files CPython compiles:"
    grep ': E999 ' "$T_WORK/pyreview" | head -n 5
    exit 1
fi

status=0
python3 "$srcdir/t/pyflakes_compare.py" "$stdlib" "$T_WORK/pyflakes" "$T_WORK/pyreview" \
    "$known" "$T_WORK/different" >"$T_WORK/report" || status=$?
if [ "$record" = yes ]; then
    cut -f 1 "$T_WORK/different" >"$T_WORK/different.keys"
    t_known_record "$known" "$T_WORK/different.keys"
    status=0
fi
while IFS= read -r line; do t_say "$line"; done <"$T_WORK/report"
t_say "$( [ "$status" -eq 0 ] && echo PASS || echo FAIL ) ($(( $(date +%s) - started )) s)"
exit $status
