#!/bin/sh
# pyreview against bandit on CPython 3.13's standard library (site-packages left out), for
# the bandit tests that map to pyreview's S codes (RULES.md §2.7): how many of bandit's
# findings pyreview makes too, by file, line and mapped code (t/bandit_compare.py).  Debian's
# bandit runs on Python 3.11, so files Python 3.11 cannot parse are left out (and counted).
# pyreview runs as bandit reads code: S101 in test files and S603 for constant commands
# too (security.assert-in-tests, security.report-constant-commands), since bandit has
# neither exemption; the fixtures pin the exemptions (S101_2, S602_1).  pyreview must find
# at least 99% of bandit's findings; every miss and every extra is listed in
# t/rules/bandit-known.txt, each group with the fixture of t/rules/security/ that explains
# it; the list may only shrink.  Skips (77) without bandit or Python 3.13.
#
#   t/bandit-compare.sh [--record]   (--record rewrites the known list: read its diff)
. "$(dirname "$0")/common.sh"
t_peer_stage
t_record_option "$@"
t_need_pyreview
command -v bandit >/dev/null 2>&1 || t_skip "bandit not found (Debian: apt-get install bandit)"
t_need_python313 skip
stdlib=$(t_python_stdlib) || t_hard_error "no standard library"
bandit_python=$(sed -n '1s/^#! *//p' "$(command -v bandit)")
[ -x "$bandit_python" ] || bandit_python=python3
known=$srcdir/t/rules/bandit-known.txt
started=$(date +%s)
t_workdir

find "$stdlib" -name site-packages -prune -o -name '*.py' -type f -print | LC_ALL=C sort >"$T_WORK/all"
# Files bandit's Python parses.
t_accepted "$bandit_python" parse "$T_WORK/all" >"$T_WORK/files"
total=$(grep -c . "$T_WORK/all")
kept=$(grep -c . "$T_WORK/files")
t_say "$stdlib: $total files; $((total - kept)) left out (bandit's Python cannot parse them), $kept compared"

# bandit in T_JOBS chunks at once (it is slow: one Python process per chunk)
mkdir -p "$T_WORK/bandit"
split -n "l/$T_JOBS" "$T_WORK/files" "$T_WORK/bandit/chunk."
for chunk in "$T_WORK/bandit/chunk."*; do
    # shellcheck disable=SC2046 # one argument per file
    bandit -q -f csv -o "$chunk.csv" $(cat "$chunk") >"$chunk.log" 2>&1 &
done
# pyreview meanwhile, as bandit reads code
"$PYREVIEW" --isolated -q -j "$T_JOBS" --output-format json-lines \
    --select S,RVW503 --config security.assert-in-tests=true \
    --config security.report-constant-commands=true \
    $(cat "$T_WORK/files") >"$T_WORK/pyreview" 2>"$T_WORK/pyreview.err"
[ $? -le 1 ] || { cat "$T_WORK/pyreview.err" >&2; t_hard_error "pyreview failed"; }
wait
for chunk in "$T_WORK/bandit/chunk."*.csv; do
    [ -s "$chunk" ] || t_hard_error "bandit wrote no $chunk: $(cat "${chunk%.csv}.log")"
done
cat "$T_WORK/bandit/chunk."*.csv >"$T_WORK/bandit.csv"

status=0
python3 "$srcdir/t/bandit_compare.py" "$stdlib" "$T_WORK/bandit.csv" "$T_WORK/pyreview" \
    "$known" "$T_WORK/different" >"$T_WORK/report" || status=$?
if [ "$record" = yes ]; then
    cut -f 1 "$T_WORK/different" >"$T_WORK/different.keys"
    t_known_record "$known" "$T_WORK/different.keys"
    status=0
fi
while IFS= read -r line; do t_say "$line"; done <"$T_WORK/report"
t_say "$( [ "$status" -eq 0 ] && echo PASS || echo FAIL ) ($(( $(date +%s) - started )) s)"
exit $status
