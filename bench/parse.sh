#!/usr/bin/env bash
# The parse benchmark: `pyreview --parse-only` over CPython 3.13's standard library,
# side by side with CPython's own ast.parse and with the cost of only reading the files,
# then the cost per MB of files that repeat a large file 1, 2, 4 and 8 times (is the
# front end linear in the size of a file?).  Run by hand, never by `make check`; see
# bench/README.md for what it prints and the knobs below.
#
#   RUNS=5            timed runs per row; medians are reported
#   PYREVIEW=...      the binary (default: ./pyreview at the top of this checkout)
#   PYTHON313=...     CPython 3.13 (default: pyenv's 3.13.0), for ast.parse and the corpus
#   SKIP_AST=1        skip the ast.parse rows (the slowest part: about 5 x 30 s)
#   SKIP_LINEARITY=1  skip the linearity table (needs valgrind)
#   LIN_FILES="a b"   files for the linearity table, relative to the stdlib directory
#   LIN_TARGET_MB=32  MB parsed per timed run of the linearity table
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-5}
PYREVIEW=${PYREVIEW:-$here/pyreview}
PYTHON313=${PYTHON313:-$(PYENV_VERSION=3.13.0 pyenv prefix)/bin/python3.13}
LIN_FILES=${LIN_FILES:-pydoc_data/topics.py test/test_typing.py _pydecimal.py}
LIN_TARGET_MB=${LIN_TARGET_MB:-32}

[ -x "$PYREVIEW" ] || { echo "parse.sh: no $PYREVIEW (run make first)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "parse.sh: needs /usr/bin/time (GNU time)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ------------------------------------------------------------------ the corpus

. "$here/bench/corpus.sh"
corpus_stdlib

echo "# pyreview parse benchmark"
echo
echo "- corpus: $stdlib (site-packages excluded): $nfiles files (*.py, *.pyi), $nbytes bytes = $mb MB (1 MB = 10^6 bytes)"
echo "- $("$PYREVIEW" --version) at $PYREVIEW$([ "$PYREVIEW" = "$here/pyreview" ] && echo " (checkout $(cd "$here" && git describe --always --dirty))")"
echo "- $("$PYTHON313" -VV | head -1)"
echo "- machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- $RUNS runs per row, medians; page cache warm; CPU = user + sys (less disturbed than wall time on a shared machine)"
echo

# ------------------------------------------------------------------ timing helpers

median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# timed OK_STATUSES CMD...: runs CMD $RUNS times under /usr/bin/time -v, its output
# thrown away, and sets med_wall, med_cpu (seconds) and med_rss (kB).  A run whose exit
# status is not in OK_STATUSES (e.g. "0 1") stops the benchmark.
timed() {
    local ok=$1
    shift
    : >"$tmp/wall"
    : >"$tmp/cpu"
    : >"$tmp/rss"
    local i t0 t1 status
    for ((i = 0; i < RUNS; i++)); do
        times >"$tmp/times0"
        t0=$EPOCHREALTIME
        status=0
        /usr/bin/time -v -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || status=$?
        t1=$EPOCHREALTIME
        times >"$tmp/times1"
        if [[ " $ok " != *" $status "* ]]; then
            echo "parse.sh: '$*' exited with $status" >&2
            cat "$tmp/stderr" >&2
            exit 2
        fi
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }' >>"$tmp/wall"
        # the children's CPU time from bash's `times` (in ms, where time -v rounds to 10 ms)
        awk 'FNR == 2 { gsub(/[ms]/, " "); t = $1 * 60 + $2 + $3 * 60 + $4; s += FILENAME ~ /times1$/ ? t : -t }
             END { printf "%.3f\n", s }' "$tmp/times0" "$tmp/times1" >>"$tmp/cpu"
        awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time" >>"$tmp/rss"
    done
    med_wall=$(median <"$tmp/wall")
    med_cpu=$(median <"$tmp/cpu")
    med_rss=$(median <"$tmp/rss")
}

rate() { awk -v m="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", m / s; else print "-" }'; }
secs() { awk -v s="$1" 'BEGIN { printf "%.3f", s }'; }
mbytes() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

rows=()
row() {   # label wall cpu rss_kB
    local rss=${4:+$(mbytes "$4")}
    rows+=("| $1 | $(secs "$2") | $(rate "$mb" "$2") | $(secs "$3") | $(rate "$mb" "$3") | ${rss:--} |")
}

# ------------------------------------------------------------------ pyreview and cat

"$PYREVIEW" --parse-only -j 1 "${paths[@]}" >"$tmp/errors" || true
nerrors=$(wc -l <"$tmp/errors")

timed "0 1" "$PYREVIEW" --parse-only -j 1 "${paths[@]}"
j1_wall=$med_wall j1_cpu=$med_cpu j1_rss=$med_rss
row "pyreview --parse-only -j 1 (whole process)" "$med_wall" "$med_cpu" "$med_rss"

timed "0 1" "$PYREVIEW" --parse-only -j 2 "${paths[@]}"
j2_rss=$med_rss
row "pyreview --parse-only -j 2 (whole process)" "$med_wall" "$med_cpu" "$med_rss"

# ------------------------------------------------------------------ CPython's ast.parse

# All bytes are read first; only the loop over ast.parse(bytes) is timed, once with the
# garbage collector as a program has it and once disabled (the AST objects are acyclic,
# so the collections it triggers are pure overhead of the Python objects, not parsing).
if [ -z "${SKIP_AST:-}" ]; then
    "$PYTHON313" - "$tmp/files0" "$RUNS" >"$tmp/ast" <<'EOF'
import ast, gc, resource, sys, time
paths = open(sys.argv[1], 'rb').read().split(b'\0')[:-1]
runs = int(sys.argv[2])
sources = []
for p in paths:
    with open(p, 'rb') as f:
        sources.append((p.decode(errors='surrogateescape'), f.read()))
for mode in ('gc', 'nogc'):
    if mode == 'nogc':
        gc.disable()
    for _ in range(runs):
        failed = []
        c0, t0 = time.process_time(), time.perf_counter()
        for name, data in sources:
            try:
                ast.parse(data, name)
            except (SyntaxError, ValueError):
                failed.append(name)
        t1, c1 = time.perf_counter(), time.process_time()
        print(mode, t1 - t0, c1 - c0)
    gc.enable()
print('rss', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
for name in failed:
    print('failed', name)
EOF
    ast_rss=$(awk '$1 == "rss" { print $2 }' "$tmp/ast")
    for mode in gc nogc; do
        w=$(awk -v m=$mode '$1 == m { print $2 }' "$tmp/ast" | median)
        c=$(awk -v m=$mode '$1 == m { print $3 }' "$tmp/ast" | median)
        if [ $mode = gc ]; then
            ast_wall=$w
            row "CPython 3.13 ast.parse, preloaded (gc on)" "$w" "$c" "$ast_rss"
        else
            row "CPython 3.13 ast.parse, preloaded (gc off)" "$w" "$c" "$ast_rss"
        fi
    done
    ast_failed=$(awk '$1 == "failed" { print $2 }' "$tmp/ast" | sort)
fi

timed "0" cat -- "${files[@]}"
row "cat of all files (the reading floor)" "$med_wall" "$med_cpu" "$med_rss"

echo "## Whole corpus"
echo
echo "| run | wall s | MB/s (wall) | CPU s | MB/s (CPU) | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "pyreview reported $nerrors syntax errors:"
sed -e "s|^$stdlib/|    |" "$tmp/errors"
if [ -n "${ast_failed:-}" ]; then
    py_failed=$(sed -e 's/:[0-9]*:-\{0,1\}[0-9]*: E999.*//' "$tmp/errors" | sort)
    if [ "$py_failed" = "$ast_failed" ]; then
        echo "ast.parse rejects the same $(wc -l <<<"$ast_failed") files."
    else
        echo "ast.parse rejects other files:"
        diff <(echo "$py_failed") <(echo "$ast_failed") | sed -e 's/^/    /' || true
    fi
fi
echo

# ------------------------------------------------------------------ linearity

# Each file's whole content repeated k times stays valid Python when the file ends with a
# newline and has no `from __future__` import or BOM; each copy is checked with pyreview
# (and ast.parse) before it is measured, and a file that fails is skipped.  Two measures:
# callgrind's instruction count, minus that of an empty file, per byte (exact and
# repeatable); and the CPU time per MB of a run that parses the copy enough times to read
# LIN_TARGET_MB, median of RUNS (cache effects included).
lin_worst=
if [ -z "${SKIP_LINEARITY:-}" ]; then
    command -v valgrind >/dev/null || { echo "parse.sh: valgrind is needed for linearity (SKIP_LINEARITY=1 skips it)" >&2; exit 2; }
    instructions() {
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$PYREVIEW" --parse-only -j 1 "$@" 2>&1 |
            awk '/Collected :/ { print $NF }'
    }
    : >"$tmp/empty.py"
    base_ir=$(instructions "$tmp/empty.py")
    lin_rows=()
    for rel in $LIN_FILES; do
        src=$stdlib/$rel
        ok=1
        for k in 1 2 4 8; do
            f=$tmp/x$k-$(basename "$rel")
            for ((i = 0; i < k; i++)); do cat "$src"; done >"$f"
            if [ -n "$("$PYREVIEW" --parse-only -j 1 "$f")" ] ||
                ! "$PYTHON313" -c 'import ast, sys; ast.parse(open(sys.argv[1], "rb").read())' "$f" 2>/dev/null; then
                ok=
            fi
        done
        if [ -z "$ok" ]; then
            echo "(linearity: $rel repeated does not parse; skipped)"
            continue
        fi
        ir1="" cpu1=""
        for k in 1 2 4 8; do
            f=$tmp/x$k-$(basename "$rel")
            size=$(wc -c <"$f")
            ir=$(instructions "$f")
            irb=$(awk -v i="$ir" -v b="$base_ir" -v s="$size" 'BEGIN { printf "%.2f", (i - b) / s }')
            copies=$(( (LIN_TARGET_MB * 1000000 + size - 1) / size ))
            args=()
            for ((i = 0; i < copies; i++)); do args+=("$f"); done
            timed "0" "$PYREVIEW" --parse-only -j 1 "${args[@]}"
            cpumb=$(awk -v c="$med_cpu" -v n="$copies" -v s="$size" 'BEGIN { printf "%.2f", c * 1000 / (n * s / 1e6) }')
            : "${ir1:=$irb}" "${cpu1:=$cpumb}"
            rir=$(awk -v a="$irb" -v b="$ir1" 'BEGIN { printf "%.3f", a / b }')
            rcpu=$(awk -v a="$cpumb" -v b="$cpu1" 'BEGIN { printf "%.2f", a / b }')
            lin_worst=$(awk -v w="${lin_worst:-1}" -v r="$rir" 'BEGIN { d = r > 1 ? r : 1 / r; print (d > w ? d : w) }')
            lin_rows+=("| $rel | ${k}x | $size | $irb | $rir | $copies | $cpumb | $rcpu | $(mbytes "$med_rss") |")
        done
    done
    echo "## Linearity"
    echo
    echo "Instructions per byte exclude the $base_ir of a run on an empty file."
    echo
    echo "| file | copies | bytes | instructions/byte | vs 1x | files per timed run | CPU ms/MB | vs 1x | peak RSS MB |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    printf '%s\n' "${lin_rows[@]}"
    echo
fi

# ------------------------------------------------------------------ against the targets

verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = op == ">=" ? v >= t : v <= t; print ok ? "met" : "NOT met" }'; }
j1_rate=$(rate "$mb" "$j1_wall")
j1_crate=$(rate "$mb" "$j1_cpu")
echo "## Targets"
echo
echo "| target | measured | |"
echo "| --- | --- | --- |"
echo "| whole process, -j 1: at least 40 MB/s | $j1_rate MB/s wall, $j1_crate MB/s CPU | $(verdict "$j1_rate" ">=" 40) |"
echo "| goal: 100 MB/s | $j1_rate MB/s wall, $j1_crate MB/s CPU | $(verdict "$j1_rate" ">=" 100) |"
echo "| peak RSS under 50 MB | $(mbytes "$j1_rss") MB (-j 1), $(mbytes "$j2_rss") MB (-j 2) | $(verdict "$(mbytes "$j2_rss")" "<=" 50) |"
if [ -n "$lin_worst" ]; then
    echo "| time linear in size (instructions/byte within 10% from 1x to 8x) | worst ratio $lin_worst | $(verdict "$lin_worst" "<=" 1.10) |"
fi
if [ -n "${ast_wall:-}" ]; then
    echo "| (for scale) against ast.parse, gc on | $(awk -v a="$ast_wall" -v p="$j1_wall" 'BEGIN { printf "%.1fx", a / p }') faster at -j 1, wall | |"
fi
