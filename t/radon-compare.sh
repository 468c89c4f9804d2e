#!/bin/sh
# pyreview's radon model and metrics against radon (Debian's radon: what `radon cc -s -j
# --show-closures`, `radon raw -j` and `radon mi -j` print) on CPython 3.13's standard
# library (site-packages left out): the complexity of every function, method, closure and
# class, the seven raw counts and the maintainability index (to the last bit) of every
# file must be the same.  The peer runs on Debian's Python 3.11: files it cannot compile
# are left out and counted, and so are the files whose analysis takes radon more than
# $RADON_SECONDS seconds of CPU (default 0.25; its raw line tokenizer is quadratic in the
# lines of a string, and a few files would take minutes).  Differences must be listed in t/rules/radon-known.txt, each shown by a fixture
# of t/rules/complexity/; the list may only shrink.  Skips (77) without the peer or 3.13.
#
#   t/radon-compare.sh [--record]   (--record rewrites the known list: read its diff)
. "$(dirname "$0")/common.sh"
t_peer_stage
. "$srcdir/t/peers.sh"
t_record_option "$@"
t_need_pyreview
case $PYREVIEW in /*) ;; *) PYREVIEW=$(pwd)/$PYREVIEW ;; esac
srcdir=$(cd "$srcdir" && pwd)
peer_python=/usr/bin/python3
"$peer_python" -I -c 'import radon.cli.harvest' 2>/dev/null ||
    t_skip "radon not found (Debian: apt-get install radon)"
t_need_python313 skip
stdlib=$(t_python_stdlib) || t_hard_error "no standard library"
started=$(date +%s)
t_workdir

t_peer_corpus "$peer_python"
t_peer_run "$T_WORK/peer" "$peer_python" -I "$srcdir/t/metrics_compare.py" radon-peer \
    "${RADON_SECONDS:-0.25}"
t_peer_run "$T_WORK/pyreview" "$PYREVIEW" --isolated --metrics --complexity-model radon
status=0
python3 "$srcdir/t/metrics_compare.py" radon "$T_WORK/peer" "$T_WORK/pyreview" \
    "$srcdir/t/rules/radon-known.txt" "$T_WORK/different" >"$T_WORK/report" || status=$?
if [ "$record" = yes ]; then
    cut -f 1 "$T_WORK/different" >"$T_WORK/different.keys"
    t_known_record "$srcdir/t/rules/radon-known.txt" "$T_WORK/different.keys"
    status=0
fi
while IFS= read -r line; do t_say "$line"; done <"$T_WORK/report"
t_say "$([ "$status" -eq 0 ] && echo PASS || echo FAIL) ($(($(date +%s) - started)) s)"
exit $status
