#!/bin/sh
# pyreview's mccabe model (complexity-model = "mccabe") against mccabe itself (Debian's
# python3-mccabe, what `python3 -m mccabe --min 1 FILE` prints) on CPython 3.13's standard
# library (site-packages left out), unit by unit: every def at module or class level and
# every module- or class-level if/for/while/try graph must get the same complexity.  The
# peer runs on Debian's Python 3.11: files it cannot compile are left out and counted.
# Differences must be listed in t/rules/mccabe-known.txt, each shown by a fixture of
# t/rules/complexity/; the list may only shrink.  Skips (77) without the peer or 3.13.
#
#   t/mccabe-compare.sh [--record]   (--record rewrites the known list: read its diff)
. "$(dirname "$0")/common.sh"
t_peer_stage
. "$srcdir/t/peers.sh"
t_record_option "$@"
t_need_pyreview
case $PYREVIEW in /*) ;; *) PYREVIEW=$(pwd)/$PYREVIEW ;; esac
srcdir=$(cd "$srcdir" && pwd)
peer_python=/usr/bin/python3
"$peer_python" -I -c 'import mccabe' 2>/dev/null ||
    t_skip "mccabe not found (Debian: apt-get install python3-mccabe)"
t_need_python313 skip
stdlib=$(t_python_stdlib) || t_hard_error "no standard library"
started=$(date +%s)
t_workdir

t_peer_corpus "$peer_python"
t_peer_run "$T_WORK/peer" "$peer_python" -I "$srcdir/t/metrics_compare.py" mccabe-peer
t_peer_run "$T_WORK/pyreview" "$PYREVIEW" --isolated --metrics
status=0
python3 "$srcdir/t/metrics_compare.py" mccabe "$T_WORK/peer" "$T_WORK/pyreview" \
    "$srcdir/t/rules/mccabe-known.txt" "$T_WORK/different" >"$T_WORK/report" || status=$?
if [ "$record" = yes ]; then
    cut -f 1 "$T_WORK/different" >"$T_WORK/different.keys"
    t_known_record "$srcdir/t/rules/mccabe-known.txt" "$T_WORK/different.keys"
    status=0
fi
while IFS= read -r line; do t_say "$line"; done <"$T_WORK/report"
t_say "$([ "$status" -eq 0 ] && echo PASS || echo FAIL) ($(($(date +%s) - started)) s)"
exit $status
