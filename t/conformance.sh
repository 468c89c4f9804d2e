#!/bin/sh
# Conformance with CPython 3.13+ over its whole standard library: for every file
# CPython parses, `pyreview --dump-ast` must print exactly the bytes of
# ast.dump(ast.parse(src), include_attributes=True); for every file it rejects,
# pyreview must exit non-zero with an E999 line.  Differences listed in
# t/conformance/known-X.Y.txt are tolerated; that list may only shrink.
#
#   t/conformance.sh            compare (skips, 77, without a 3.13+ interpreter)
#   t/conformance.sh --record   rewrite the known list from today's differences
#
# Environment: PYREVIEW (binary), PYREVIEW_REF_PYTHON (reference interpreter),
# T_JOBS (parallel runs), T_SHOW (how many differences get an excerpt, 5).

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_record_option "$@"

started=$(date +%s)
t_need_python313 skip
t_need_pyreview
t_workdir

stdlib=$(t_python_stdlib) || exit 99
known=$srcdir/t/conformance/known-${T_PY_VERSION%.*}.txt
t_say "corpus: $stdlib"

# The reference dumps are hashed, not kept: the stdlib's dumps weigh ~270 MB.
# T_JOBS Python processes hash them in the background while pyreview runs.
t_reference_manifest() { "$T_PY" "$srcdir/t/astdump.py" manifest "$@"; }
t_reference_dump() { "$T_PY" "$srcdir/t/astdump.py" dump "$1" "$2"; }
t_manifest_start "$stdlib"
(cd "$stdlib" && find . -name site-packages -prune -o -name '*.py' -print) |
    sed 's|^\./||' | LC_ALL=C sort >"$T_WORK/files"
t_run --dump-ast "$stdlib" "$T_WORK/files" >"$T_WORK/results"
t_manifest_wait || t_hard_error "the reference dumper failed: $(cat "$T_WORK"/ref-log.*)"

T_ROOT_DIR=$stdlib
t_compare_dumps "CPython $T_PY_VERSION's stdlib" "$known" "$record" "$started"
