#!/bin/sh
# pyreview's N8xx against flake8 with pep8-naming (Debian's flake8 and python3-pep8-naming)
# on CPython 3.13's standard library (site-packages left out): per code, how many findings
# both report, how many only one of them, and the agreement both ways, which must be 99% or
# more (t/peer_compare.py).  pep8-naming runs as flake8 runs it but without flake8's
# other plugins (t/pep8naming_run.py), on Debian's Python 3.11: files that Python cannot
# compile are left out and counted.  Every difference must be listed in
# t/rules/naming-known.txt, each justified by a fixture of t/rules/naming/; the list may
# only shrink.  N808, N818 and N999 are not compared: Debian's pep8-naming 0.10 has none of
# them (t/rules/naming/ covers them).  Skips (77) without the peer or Python 3.13.
#
#   t/naming-compare.sh [--record]   (--record rewrites the known list: read its diff)
. "$(dirname "$0")/common.sh"
t_peer_stage
. "$srcdir/t/peers.sh"
t_record_option "$@"
t_need_pyreview
command -v flake8 >/dev/null 2>&1 || t_skip "flake8 not found (Debian: apt-get install flake8)"
peer_python=$(sed -n '1s/^#! *//p' "$(command -v flake8)")
[ -x "$peer_python" ] || peer_python=python3
"$peer_python" -c 'import pep8ext_naming' 2>/dev/null ||
    t_skip "flake8 has no pep8-naming (Debian: apt-get install python3-pep8-naming)"
t_need_python313 skip
stdlib=$(t_python_stdlib) || t_hard_error "no standard library"
started=$(date +%s)
t_workdir

t_peer_corpus "$peer_python"
t_peer_run "$T_WORK/peer" "$peer_python" "$srcdir/t/pep8naming_run.py"
t_peer_verdict naming "$T_WORK/peer" "$srcdir/t/rules/naming-known.txt" \
    N801,N802,N803,N804,N805,N806,N807,N811,N812,N813,N814,N815,N816,N817
