#!/usr/bin/env bash
# The cost of the review passes, family by family: the processor time (user + sys, best of
# RUNS runs) of `pyreview -j1 --select FAMILY` less that of `--select E999` (the base every
# review adds: suppressions, the line index, cli/facts.c) and less that of the semantic
# model, each as a share of `--parse-only`, over CPython 3.13's standard library directory
# (the issues' DIR) or the paths given.  The shares are what the issues budget.  Run by
# hand, never by `make check`; see bench/README.md.
#
#   bench/passes.sh [PATH...]
#   RUNS=3         runs per row; the best (smallest) time is kept
#   INSTR=1        callgrind's instruction counts instead of times (about 10 minutes)
#   PYREVIEW=...   the binary (default: ./pyreview at the top of this checkout)
#   PYTHON313=...  CPython 3.13, to find the standard library (default: pyenv's 3.13.0)
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
PYREVIEW=${PYREVIEW:-$here/pyreview}
PYTHON313=${PYTHON313:-$(PYENV_VERSION=3.13.0 pyenv prefix)/bin/python3.13}

[ -x "$PYREVIEW" ] || { echo "passes.sh: no $PYREVIEW (run make first)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "passes.sh: needs /usr/bin/time (GNU time)" >&2; exit 2; }

if [ $# -gt 0 ]; then
    paths=("$@")
else
    paths=("$("$PYTHON313" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')")
fi

# The families the issues budget, as `label|--select argument` ('' for the default rules).
# Issue 3 budgets its whole family over the base; issues 4 and 5, which build on the
# semantic model, their own passes over it (the "semantic model" row).
families=(
    "issue 3: semantic model, unused names, dead code, project (F, RUF059, RVW2)|F,RUF059,RVW2"
    "issue 4: naming (N, RVW101-RVW103)|N,RVW101,RVW102,RVW103"
    "issue 4: docstrings (D)|D"
    "issue 4: complexity and metrics (C901, PLR, RVW3)|C901,PLR,RVW3"
    "issue 4: all of it|N,RVW101,RVW102,RVW103,D,C901,PLR,RVW3"
    "issue 5: error handling and security|S,E722,BLE,TRY,B904,F901,RVW4,RVW5,EM"
    "default rules|"
    "ALL|ALL"
)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# best ARGS...: the smallest user + sys seconds of RUNS runs of pyreview with ARGS, or with
# INSTR=1 callgrind's instruction count (in units of 10^9: exact, whatever the load).
best() {
    local i t min=
    if [ -n "${INSTR:-}" ]; then
        valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" \
            "$PYREVIEW" -j1 --isolated --exit-zero -q "$@" "${paths[@]}" >/dev/null 2>"$tmp/err"
        awk '/refs:/ { gsub(",", "", $NF); printf "%.2f", $NF / 1e9 }' "$tmp/err"
        return
    fi
    for ((i = 0; i < RUNS; i++)); do
        /usr/bin/time -f '%U %S' -o "$tmp/time" \
            "$PYREVIEW" -j1 --isolated --exit-zero -q "$@" "${paths[@]}" >/dev/null
        t=$(awk '{ printf "%.2f", $1 + $2 }' "$tmp/time")
        if [ -z "$min" ] || awk -v a="$t" -v b="$min" 'BEGIN { exit !(a < b) }'; then
            min=$t
        fi
    done
    echo "$min"
}

echo "# pyreview review passes: processor time by rule family"
echo
echo "- paths: ${paths[*]}"
echo "- $("$PYREVIEW" --version) at $PYREVIEW"
if [ -n "${INSTR:-}" ]; then
    unit="10^9 instructions"
    echo "- callgrind's instruction counts (10^9); pyreview -j1 --isolated --exit-zero -q"
else
    unit="seconds"
    echo "- user + sys seconds, best of $RUNS; pyreview -j1 --isolated --exit-zero -q;"
    echo "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo

parse=$(best --parse-only)
base=$(best --select E999)
# the semantic model with the cheapest pass that reads it (F821's, about 1% of the parse)
model=$(best --select F821)
echo "| run | $unit | added to the base | share of --parse-only | added to the model | share of --parse-only |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
echo "| --parse-only | $parse | | | | |"
echo "| --select E999 (the base) | $base | | | | |"
awk -v t="$model" -v b="$base" -v p="$parse" \
    'BEGIN { printf "| semantic model (--select F821) | %.2f | %.2f | %.0f%% | | |\n", t, t - b, 100 * (t - b) / p }'
for f in "${families[@]}"; do
    label=${f%%|*}
    sel=${f#*|}
    if [ -n "$sel" ]; then
        t=$(best --select "$sel")
    else
        t=$(best)
    fi
    awk -v l="$label" -v t="$t" -v b="$base" -v m="$model" -v p="$parse" \
        'BEGIN { printf "| %s | %.2f | %.2f | %.0f%% | %.2f | %.0f%% |\n", l, t, t - b, 100 * (t - b) / p, t - m, 100 * (t - m) / p }'
done
