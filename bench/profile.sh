#!/usr/bin/env bash
# The parse profile: `pyreview --parse-only -j 1` under callgrind over CPython 3.13's
# standard library (or the paths given), its instructions split by front-end stage
# (bench/callgrind_split.py) and the top functions by inclusive and by self cost
# (callgrind_annotate).  Instruction counts are exact and repeatable, whatever else runs on
# the machine.  Run by hand; see bench/README.md.
#
#   bench/profile.sh [PATH...]
#   PYREVIEW=...   the binary (default: ./pyreview at the top of this checkout); build it
#                  with -g (the default CFLAGS) so that functions have their files
#   PYTHON313=...  CPython 3.13, to find the standard library (default: pyenv's 3.13.0)
#   OUT=DIR        where callgrind.out and the annotations are kept (default: a new
#                  temporary directory, printed at the end)
#   TOP=15         functions in each top list
#   MODE=review    profile the review (`pyreview -j 1`) instead of --parse-only: the
#                  "review passes" stage is then the passes' own cost; string annotations
#                  they parse are charged to the front-end stages (pr_review's inclusive
#                  cost in the top list counts them)
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")/.." && pwd)
PYREVIEW=${PYREVIEW:-$here/pyreview}
PYTHON313=${PYTHON313:-$(PYENV_VERSION=3.13.0 pyenv prefix)/bin/python3.13}
TOP=${TOP:-15}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/pyreview-profile.XXXXXX")}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

[ -x "$PYREVIEW" ] || { echo "profile.sh: no $PYREVIEW (run make first)" >&2; exit 2; }
for tool in valgrind callgrind_annotate python3; do
    command -v $tool >/dev/null || { echo "profile.sh: needs $tool" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$here/bench/corpus.sh"
if [ $# -gt 0 ]; then
    corpus_paths "$@"
    what="$*"
else
    corpus_stdlib
    what="$stdlib (site-packages excluded)"
fi

MODE=${MODE:-parse}
case $MODE in
parse) mode_args=(--parse-only) ;;
review) mode_args=() ;;
*) echo "profile.sh: MODE is parse or review" >&2; exit 2 ;;
esac
cmd=(valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out"
     "$PYREVIEW" "${mode_args[@]}" -j 1 "${paths[@]}")
status=0
"${cmd[@]}" >"$OUT/stdout" 2>"$OUT/valgrind.log" || status=$?
if [ $status -gt 1 ] || ! grep -q 'Collected' "$OUT/valgrind.log"; then
    echo "profile.sh: the profiled run failed (status $status); see $OUT/valgrind.log" >&2
    exit 2
fi

echo "# pyreview parse profile"
echo
echo "- corpus: $what: $nfiles files, $nbytes bytes = $mb MB; $(wc -l <"$OUT/stdout") lines reported"
echo "- $("$PYREVIEW" --version) at $PYREVIEW"
echo "- command: valgrind --tool=callgrind pyreview ${mode_args[*]} -j 1 (${#paths[@]} paths)"
echo "- instructions are user space only: the kernel's part of reading the files is not here"
echo "  (bench/parse.sh's cat row measures it)"
echo
echo "## By stage"
echo
python3 "$here/bench/callgrind_split.py" "$OUT/callgrind.out" "$nbytes"
echo

# callgrind_annotate names a function by file:function.  Run from a directory that is no
# prefix of the sources: it strips its working directory from some file names and not
# from others, and would then list one function twice.
annotate() {
    (cd "$tmp" && callgrind_annotate --threshold=100 "$@" "$OUT/callgrind.out")
}
annotate --inclusive=yes >"$OUT/inclusive.txt"
annotate --inclusive=no >"$OUT/self.txt"
annotate --inclusive=no --tree=caller >"$OUT/callers.txt"

# The function lines of an annotation as a markdown table, without the frames around main
# (the loader's, libc's start-up) and with file names relative to the checkout.
top_table() {
    echo "| Ir | share | function | file |"
    echo "| ---: | ---: | --- | --- |"
    awk '/file:function/ { on = 1; getline; next } on && NF == 0 { exit } on' "$1" |
        grep -v -e '???:' -e '(below main)' -e '__libc_start' |
        sed -E -e 's/ \[[^]]*\]$//' -e 's#/\./#/#g' -e 's#( )[^ ]*/((cli|passes|grammar|ast|lexer)/[^/ ]+:)#\1\2#' \
            -e 's#( )\./#\1#' -e 's/\( +/(/' |
        awk -v top="$TOP" 'NR > top { next } { cost = $1; share = $2; gsub(/[()]/, "", share); $1 = $2 = ""; sub(/^ +/, "");
               n = split($0, a, ":"); fn = a[n]; file = substr($0, 1, length($0) - length(fn) - 1);
               printf "| %s | %s | %s | %s |\n", cost, share, fn, file }'
}
echo "## Top $TOP functions by inclusive cost"
echo
top_table "$OUT/inclusive.txt"
echo
echo "## Top $TOP functions by self cost"
echo
top_table "$OUT/self.txt"
echo
echo "(pr_lex_next appears under lexer/python.re for its own code and under lexer/python.c"
echo "for the re2c automaton inlined into it.)"
echo
echo "Kept in $OUT: callgrind.out (open with kcachegrind or callgrind_annotate), inclusive.txt,"
echo "self.txt, callers.txt (each function's callers).  Per-line costs of one file, from a"
echo "directory that is no prefix of the sources:"
echo "  (cd \"\$(mktemp -d)\" && callgrind_annotate $OUT/callgrind.out /path/to/grammar/parse.c)"
