# Shared by the scripts that compare pyreview's rules with a peer tool over CPython 3.13's
# standard library (t/naming-compare.sh, t/docstrings-compare.sh); sourced after
# t/common.sh, never run.  POSIX sh.  The peers are Debian's packages, which run on
# Debian's Python 3.11: the corpus is the files both that Python and CPython 3.13 compile.

# The tools run in the standard library's directory: make our paths absolute.
srcdir=$(cd "$srcdir" && pwd)
case $PYREVIEW in /*) ;; *) PYREVIEW=$(pwd)/$PYREVIEW ;; esac

# t_peer_corpus PEER_PYTHON: the standard library's *.py files (site-packages left out)
# that PEER_PYTHON and CPython 3.13 ($T_PY) both compile, as paths relative to $stdlib
# (both tools run there and print them so), in $T_WORK/files; says how many were left
# out.  Needs $stdlib.
t_peer_corpus() {
    (cd "$stdlib" && find . -name site-packages -prune -o -name '*.py' -type f -print) |
        sed 's|^\./||' | LC_ALL=C sort >"$T_WORK/all"
    _t_compiles "$1" >"$T_WORK/peer-compiles" &
    _pid=$!
    _t_compiles "$T_PY" >"$T_WORK/compiles" && wait $_pid ||
        t_hard_error "cannot tell which files compile"
    LC_ALL=C comm -12 "$T_WORK/peer-compiles" "$T_WORK/compiles" >"$T_WORK/files"
    _total=$(grep -c . "$T_WORK/all")
    _kept=$(grep -c . "$T_WORK/files")
    t_say "$stdlib: $_total files; $((_total - _kept)) left out (the peer's Python, ${1##*/}," \
        "or CPython $T_PY_VERSION does not compile them), $_kept compared"
}

# _t_compiles PYTHON: the files of $T_WORK/all that PYTHON compiles, sorted.
_t_compiles() {
    (cd "$stdlib" && "$1" - "$T_WORK/all") <<'PY' | LC_ALL=C sort
import sys, warnings
warnings.simplefilter("ignore")
for path in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec")
    except (SyntaxError, ValueError):
        continue
    print(path)
PY
}

# t_peer_run OUT CMD...: runs CMD on the corpus from $stdlib, in batches of 40 files,
# $T_JOBS batches at a time, and writes their joint standard output to OUT.
t_peer_run() {
    _out=$1
    shift
    mkdir -p "$T_WORK/batches" && rm -f "$T_WORK/batches/"*
    tr '\n' '\0' <"$T_WORK/files" | (cd "$stdlib" && T_OUT=$T_WORK/batches xargs -0 -n 40 \
        -P "$T_JOBS" sh -c '"$0" "$@" >"$(mktemp "$T_OUT/batch.XXXXXX")"' "$@")
    cat "$T_WORK/batches/"batch.* >"$_out"
}

# t_peer_verdict MODE PEER_OUT KNOWN RULES: runs pyreview on the corpus with the given
# rules selected (and no configuration file), compares its findings
# with the peer's (t/peer_compare.py MODE) and exits with the verdict; with record=yes,
# rewrites the KNOWN list from today's differences instead (new ones under its section
# `## unclassified`).  Needs $started.
t_peer_verdict() {
    t_peer_run "$T_WORK/pyreview" "$PYREVIEW" -j 1 -q --isolated --select "$4"
    if grep -q ': E999 ' "$T_WORK/pyreview"; then
        t_say "pyreview rejects files CPython compiles:"
        grep ': E999 ' "$T_WORK/pyreview" | head -n 5
        exit 1
    fi
    _status=0
    _record=
    [ "$record" = yes ] && _record=--record
    python3 "$srcdir/t/peer_compare.py" $_record "$1" "$2" "$T_WORK/pyreview" "$3" \
        "$T_WORK/different" >"$T_WORK/report" || _status=$?
    while IFS= read -r _line; do t_say "$_line"; done <"$T_WORK/report"
    t_say "$([ "$_status" -eq 0 ] && echo PASS || echo FAIL) ($(($(date +%s) - started)) s)"
    exit $_status
}
