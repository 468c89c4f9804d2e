#!/bin/sh
# pyreview's D100-D107 and D419 against pydocstyle (Debian's package) on CPython 3.13's
# standard library (site-packages left out): per code, how many findings both report, how
# many only one of them, and the agreement both ways, which must be 99% or more
# (t/peer_compare.py).  pydocstyle runs on Debian's Python 3.11 (t/pydocstyle_run.py):
# files that Python cannot compile are left out and counted, and so are the files
# pydocstyle crashes on.  Every difference must be listed in t/rules/docstrings-known.txt,
# each justified by a fixture of t/rules/docstrings/; the list may only shrink.  Skips (77)
# without the peer or Python 3.13.
#
#   t/docstrings-compare.sh [--record]   (--record rewrites the known list: read its diff)
. "$(dirname "$0")/common.sh"
t_peer_stage
. "$srcdir/t/peers.sh"
t_record_option "$@"
t_need_pyreview
command -v pydocstyle >/dev/null 2>&1 ||
    t_skip "pydocstyle not found (Debian: apt-get install pydocstyle)"
peer_python=$(sed -n '1s/^#! *//p' "$(command -v pydocstyle)")
[ -x "$peer_python" ] || peer_python=python3
t_need_python313 skip
stdlib=$(t_python_stdlib) || t_hard_error "no standard library"
started=$(date +%s)
t_workdir

t_peer_corpus "$peer_python"
: >"$T_WORK/crashed"
t_peer_run "$T_WORK/peer" "$peer_python" "$srcdir/t/pydocstyle_run.py" "$T_WORK/crashed"
crashed=$(grep -c . "$T_WORK/crashed")
if [ "$crashed" -gt 0 ]; then
    t_say "pydocstyle crashes on $crashed of them, left out: $(tr '\n' ' ' <"$T_WORK/crashed")"
    LC_ALL=C sort "$T_WORK/crashed" | LC_ALL=C comm -23 "$T_WORK/files" - >"$T_WORK/files.kept"
    mv "$T_WORK/files.kept" "$T_WORK/files"
fi
t_peer_verdict docstrings "$T_WORK/peer" "$srcdir/t/rules/docstrings-known.txt" \
    D100,D101,D102,D103,D104,D105,D106,D107,D419
