#!/bin/sh
# Conformance with CPython 3.14, through Pyodide 314.0.x (Node.js): the same
# comparison as t/conformance.sh over the ~560 files of Pyodide's bundled
# standard library, whose dumps contain 3.14's nodes (t-strings, PEP 758
# except clauses, ...).  Differences listed in t/conformance/known-3.14.txt are
# tolerated; that list may only shrink.
#
#   t/conformance-314.sh            compare (skips, 77, without Node.js 18+/npm)
#   t/conformance-314.sh --record   rewrite the known list from today's differences
#
# Environment: PYREVIEW, T_JOBS, T_SHOW as for t/conformance.sh.

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_record_option "$@"

started=$(date +%s)
t_workdir
t_pyodide_setup
t_need_pyreview

# Pyodide writes its stdlib's sources, then T_JOBS Pyodides hash their dumps
# while pyreview runs.
t_pyodide extract "$T_WORK/stdlib" 2>"$T_WORK/extract.log"
case $? in
0) ;;
3) t_skip "$(cat "$T_WORK/extract.log")" ;;
*) t_hard_error "extracting Pyodide's stdlib failed: $(tail -n 5 "$T_WORK/extract.log")" ;;
esac
t_reference_manifest() { t_pyodide manifest "$@"; }
t_reference_dump() { t_pyodide dump "$1" "$2"; }
t_manifest_start "$T_WORK/stdlib"
(cd "$T_WORK/stdlib" && find . -name '*.py' -print) | sed 's|^\./||' | LC_ALL=C sort >"$T_WORK/files"
t_run --dump-ast "$T_WORK/stdlib" "$T_WORK/files" >"$T_WORK/results"
t_manifest_wait || t_hard_error "the reference dumper failed: $(cat "$T_WORK"/ref-log.*)"

T_ROOT_DIR=$T_WORK/stdlib
t_compare_dumps "CPython 3.14 (Pyodide) stdlib" "$srcdir/t/conformance/known-3.14.txt" "$record" "$started"
