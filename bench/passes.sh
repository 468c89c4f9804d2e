#!/usr/bin/env bash
# The cost of the review passes, family by family: the processor time (user + sys, best of
# RUNS runs) of `pyreview -j1 --select FAMILY` less that of `--select E999` (the base every
# review adds: suppressions, the line index, cli/facts.c) and less that of the semantic
# model, each as a share of `--parse-only`, over CPython 3.13's standard library directory
# (the issues' DIR) or the paths given.  The shares are what the issues budget.  Run by
# hand, never by `make check`; see bench/README.md.
#
#   bench/passes.sh [PATH...]
#   RUNS=3         rounds; each runs every row once, and a row keeps its best time
#   INSTR=1        callgrind's instruction counts instead of times (about 10 minutes)
#   PYREVIEW=...   the binary (default: ./pyreview at the top of this checkout)
#   PYTHON313=...  CPython 3.13, to find the standard library and to read the times
#                  (default: pyenv's 3.13.0)
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
PYREVIEW=${PYREVIEW:-$here/pyreview}
PYTHON313=${PYTHON313:-$(PYENV_VERSION=3.13.0 pyenv prefix)/bin/python3.13}

[ -x "$PYREVIEW" ] || { echo "passes.sh: no $PYREVIEW (run make first)" >&2; exit 2; }
[ -x "$PYTHON313" ] || { echo "passes.sh: no CPython 3.13 at $PYTHON313" >&2; exit 2; }

if [ $# -gt 0 ]; then
    paths=("$@")
else
    paths=("$("$PYTHON313" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')")
fi

# The rows, as `label|arguments`: the three bases, then the families the issues budget
# ('' for the default rules).  Issue 3 budgets its whole family over the base; issues 4
# and 5, which build on the semantic model, their own passes over it.
rows=(
    "--parse-only|--parse-only"
    "--select E999 (the base)|--select E999"
    "semantic model (--select F821)|--select F821"
    "issue 3: semantic model, unused names, dead code, project (F, RUF059, RVW2)|--select F,RUF059,RVW2"
    "issue 4: naming (N, RVW101-RVW103)|--select N,RVW101,RVW102,RVW103"
    "issue 4: docstrings (D)|--select D"
    "issue 4: complexity and metrics (C901, PLR, RVW3)|--select C901,PLR,RVW3"
    "issue 4: all of it|--select N,RVW101,RVW102,RVW103,D,C901,PLR,RVW3"
    "issue 5: error handling and security|--select S,E722,BLE,TRY,B904,F901,RVW4,RVW5,EM"
    "default rules|"
    "ALL|--select ALL"
)
nrows=${#rows[@]}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run ARGS...: the user + sys seconds of one run of pyreview with ARGS, read from the
# kernel's resource usage of the child (to the microsecond, where GNU time prints
# hundredths), or with INSTR=1 callgrind's instruction count (in units of 10^9: exact,
# whatever the load).
run() {
    if [ -n "${INSTR:-}" ]; then
        valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" \
            "$PYREVIEW" -j1 --isolated --exit-zero -q "$@" "${paths[@]}" >/dev/null 2>"$tmp/err"
        awk '/refs:/ { gsub(",", "", $NF); printf "%.3f", $NF / 1e9 }' "$tmp/err"
        return
    fi
    "$PYTHON313" -c '
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.4f" % (usage.ru_utime + usage.ru_stime))' \
        "$PYREVIEW" -j1 --isolated --exit-zero -q "$@" "${paths[@]}"
}

echo "# pyreview review passes: processor time by rule family"
echo
echo "- paths: ${paths[*]}"
echo "- $("$PYREVIEW" --version) at $PYREVIEW"
if [ -n "${INSTR:-}" ]; then
    unit="10^9 instructions"
    rounds=1
    echo "- callgrind's instruction counts (10^9); pyreview -j1 --isolated --exit-zero -q"
else
    unit="seconds"
    rounds=$RUNS
    echo "- user + sys seconds, best of $RUNS rounds (each round runs every row once, so that"
    echo "  a change in the machine's load falls on all rows); pyreview -j1 --isolated --exit-zero -q;"
    echo "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo

best=()
for ((r = 0; r < rounds; r++)); do
    for ((i = 0; i < nrows; i++)); do
        args=${rows[i]#*|}
        # shellcheck disable=SC2086 # the arguments are words
        t=$(run $args)
        if [ -z "${best[i]:-}" ] || awk -v a="$t" -v b="${best[i]}" 'BEGIN { exit !(a < b) }'; then
            best[i]=$t
        fi
    done
done

parse=${best[0]} base=${best[1]} model=${best[2]}
echo "| run | $unit | added to the base | share of --parse-only | added to the model | share of --parse-only |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
printf '| %s | %.3f | | | | |\n' "${rows[0]%%|*}" "$parse"
printf '| %s | %.3f | | | | |\n' "${rows[1]%%|*}" "$base"
awk -v l="${rows[2]%%|*}" -v t="$model" -v b="$base" -v p="$parse" \
    'BEGIN { printf "| %s | %.3f | %.3f | %.1f%% | | |\n", l, t, t - b, 100 * (t - b) / p }'
for ((i = 3; i < nrows; i++)); do
    awk -v l="${rows[i]%%|*}" -v t="${best[i]}" -v b="$base" -v m="$model" -v p="$parse" \
        'BEGIN { printf "| %s | %.3f | %.3f | %.1f%% | %.3f | %.1f%% |\n", l, t, t - b, 100 * (t - b) / p, t - m, 100 * (t - m) / p }'
done
