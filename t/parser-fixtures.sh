#!/bin/sh
# The parser's fixtures, and CPython's own invalid inputs.
#  (a) every t/parser/valid/*.py and t/parser/valid314/*.py: `pyreview
#      --dump-ast` prints exactly its .ast (no Python needed);
#  (b) every t/parser/invalid/*.py: `pyreview --parse-only` prints the line of
#      its .err (`LINE:COL: E999 KIND: MESSAGE`, path stripped), unless the
#      fixture is listed in t/parser/invalid-known.txt (a list that may only
#      shrink);
#  (c) with a CPython 3.13+ found as in t/conformance.sh, also the files of its
#      stdlib that compile() rejects and the examples of its
#      Lib/test/test_syntax.py doctests that expect a SyntaxError (extracted at
#      run time, never copied here), expected lines from its own compile().
# Over all invalid inputs it prints the share whose LINE and whose MESSAGE
# (KIND + text) equal CPython's, and fails below 95% and 90%.
#
#   t/parser-fixtures.sh            check
#   t/parser-fixtures.sh --record   rewrite t/parser/invalid-known.txt
#
# Environment: PYREVIEW, PYREVIEW_REF_PYTHON, T_JOBS; T_SHOW (how many failed
# valid fixtures get a dump excerpt, 10); T_LIST (how many differing inputs of
# CPython's are listed, 100).

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_record_option "$@"

started=$(date +%s)
fixtures=$srcdir/t/parser
known=$fixtures/invalid-known.txt
t_need_pyreview
t_workdir
status=0

# CPython's inputs are prepared in the background while the fixtures run.
: >"$T_WORK/compiled"
if [ "$record" = no ] && t_need_python313 warn; then
    stdlib=$(t_python_stdlib) || exit 99
    mkdir "$T_WORK/doctests"
    test_syntax=$stdlib/test/test_syntax.py
    [ -f "$test_syntax" ] || t_say "note: no $test_syntax (is the test package installed?)"
    {
        if [ -f "$test_syntax" ]; then
            "$T_PY" "$srcdir/t/astdump.py" doctests "$test_syntax" "$T_WORK/doctests"
        fi
        "$T_PY" "$srcdir/t/astdump.py" compile "$stdlib" "$T_WORK/doctests" >"$T_WORK/compiled"
    } 2>"$T_WORK/compiled.log" &
    reference_pid=$!
fi

# Fixture paths relative to $fixtures, one a line.
fixture_list() {
    for dir; do
        for py in "$fixtures/$dir"/*.py; do
            [ -f "$py" ] && printf '%s/%s\n' "$dir" "$(basename "$py")"
        done
    done
}

# The expected and actual lines of the $T_WORK/invalid lines on stdin.
show() {
    awk -F '\t' '{ printf "  %s\n    expected: %s\n    actual:   %s\n", $2, $3,
                    ($4 == "" ? "(accepted: no E999 line)" : $4) }'
}

# --- (a) valid fixtures -------------------------------------------------------
fixture_list valid valid314 >"$T_WORK/valid"
[ "$record" = no ] || : >"$T_WORK/valid"
t_run --dump-ast "$fixtures" "$T_WORK/valid" >"$T_WORK/valid.results"
valid_bad=0
excerpts=0
while IFS='	' read -r rel rc sum e999; do
    expected=$fixtures/${rel%.py}.ast
    if [ ! -f "$expected" ]; then
        reason="no ${rel%.py}.ast (regenerate the fixtures)"
    elif [ "$rc" -ne 0 ]; then
        reason="exit status $rc${e999:+: $e999}"
    else
        want=$(sha1sum <"$expected") && want=${want%% *}
        [ "$sum" = "$want" ] && continue
        reason="dump differs"
    fi
    valid_bad=$((valid_bad + 1))
    t_say "FAIL $rel: $reason"
    if [ "$reason" = "dump differs" ] && [ "$excerpts" -lt "${T_SHOW:-10}" ]; then
        excerpts=$((excerpts + 1))
        "$PYREVIEW" --dump-ast "$fixtures/$rel" >"$T_WORK/actual" 2>/dev/null
        t_excerpt "$expected" "$T_WORK/actual"
    fi
done <"$T_WORK/valid.results"
[ "$valid_bad" -eq 0 ] || status=1
t_say "valid fixtures: $(grep -c . "$T_WORK/valid") checked, $valid_bad failed"

# --- (b) invalid fixtures -----------------------------------------------------
# Every invalid input becomes a line of $T_WORK/invalid:
#   SOURCE <TAB> NAME <TAB> EXPECTED-LINE <TAB> ACTUAL-LINE
fixture_list invalid >"$T_WORK/invalid.list"
t_run --parse-only "$fixtures" "$T_WORK/invalid.list" >"$T_WORK/invalid.results"
: >"$T_WORK/invalid"
: >"$T_WORK/invalid.missing"
while IFS='	' read -r rel rc sum e999; do
    err=$fixtures/${rel%.py}.err
    if [ ! -f "$err" ]; then
        printf '%s\n' "$rel" >>"$T_WORK/invalid.missing"
        continue
    fi
    IFS= read -r expected <"$err" || [ -n "$expected" ] || expected=
    printf 'fixture\t%s\t%s\t%s\n' "$rel" "$expected" "$e999" >>"$T_WORK/invalid"
done <"$T_WORK/invalid.results"

awk -F '\t' '$3 != $4 { sub(/.*\//, "", $2); print $2 }' "$T_WORK/invalid" >"$T_WORK/invalid.different"
sed 's|.*/||' "$T_WORK/invalid.list" >"$T_WORK/invalid.all"
if [ "$record" = yes ]; then
    t_known_record "$known" "$T_WORK/invalid.different"
    exit 0
fi
t_known_classify "$known" "$T_WORK/invalid.different" "$T_WORK/invalid.all" >"$T_WORK/invalid.known"
if grep -q '^new	' "$T_WORK/invalid.known"; then
    status=1
    t_say "FAIL: invalid fixtures whose E999 line differs (and not in $known):"
    awk -F '\t' 'FILENAME == ARGV[1] { if ($1 == "new") new[$2] = 1; next }
                 { name = $2; sub(/.*\//, "", name) } name in new' \
        "$T_WORK/invalid.known" "$T_WORK/invalid" | show
fi
if [ -s "$T_WORK/invalid.missing" ]; then
    status=1
    t_say "FAIL: invalid fixtures without a .err: $(tr '\n' ' ' <"$T_WORK/invalid.missing")"
fi
t_known_report "$T_WORK/invalid.known" "$known" || status=1
t_say "invalid fixtures: $(grep -c . "$T_WORK/invalid.list") checked," \
    "$(grep -c '^new	' "$T_WORK/invalid.known") failed," \
    "$(grep -c '^known	' "$T_WORK/invalid.known") known differences"

# --- (c) CPython's own invalid inputs -----------------------------------------
if [ -n "${reference_pid:-}" ]; then
    wait "$reference_pid" ||
        t_hard_error "the reference interpreter failed: $(tail -n 5 "$T_WORK/compiled.log")"
    sed -n 's/^astdump.py: //p' "$T_WORK/compiled.log" | while IFS= read -r line; do t_say "$line"; done
    # PATH <TAB> ERRLINE of every input compile() rejects, split by origin.
    for origin in stdlib doctests; do
        case $origin in
        stdlib) root=$stdlib ;;
        doctests) root=$T_WORK/doctests ;;
        esac
        awk -F '\t' -v root="$root/" '
            substr($1, 1, length(root)) == root && $2 != "ok" {
                print substr($1, length(root) + 1) "\t" $2 }' "$T_WORK/compiled" >"$T_WORK/$origin.expected"
        cut -f 1 "$T_WORK/$origin.expected" >"$T_WORK/$origin.list"
        t_run --parse-only "$root" "$T_WORK/$origin.list" >"$T_WORK/$origin.results"
        awk -F '\t' -v origin="$origin" '
            FILENAME == ARGV[1] { expected[$1] = $2; next }
            {
                name = $1
                if (origin == "doctests") {
                    sub(/^test_syntax_L/, "test_syntax.py:", name); sub(/\.py$/, "", name)
                }
                print origin "\t" name "\t" expected[$1] "\t" $4
            }' "$T_WORK/$origin.expected" "$T_WORK/$origin.results" >>"$T_WORK/invalid"
    done
    accepted=$(awk -F '\t' -v root="$T_WORK/doctests/" \
        'substr($1, 1, length(root)) == root && $2 == "ok" { n++ } END { print n + 0 }' "$T_WORK/compiled")
    t_say "CPython $T_PY_VERSION rejects $(grep -c . "$T_WORK/stdlib.list") stdlib files and" \
        "$(grep -c . "$T_WORK/doctests.list") test_syntax.py examples" \
        "($accepted more compile in 'exec' mode: doctest compiles them as 'single')"
    awk -F '\t' '$1 != "fixture" && $3 != $4' "$T_WORK/invalid" >"$T_WORK/cpython.different"
    if [ -s "$T_WORK/cpython.different" ]; then
        t_say "CPython's inputs where pyreview's E999 line differs (counted in the figures below):"
        head -n "${T_LIST:-100}" "$T_WORK/cpython.different" | show
        more=$(( $(grep -c . "$T_WORK/cpython.different") - ${T_LIST:-100} ))
        [ "$more" -le 0 ] || t_say "... and $more more (set T_LIST to see them)"
    fi
fi

# --- figures --------------------------------------------------------------------
if [ -s "$T_WORK/invalid" ]; then
    awk -F '\t' '
        function line(e) { return e == "" ? "" : substr(e, 1, index(e, ":") - 1) }
        function message(e) { i = index(e, ": E999 "); return i ? substr(e, i + 7) : "" }
        {
            n++
            if ($4 != "" && line($3) == line($4)) lines++
            if ($4 != "" && message($3) == message($4)) messages++
        }
        END {
            lp = 100 * lines / n; mp = 100 * messages / n
            printf "%d invalid inputs: LINE as CPython %d (%.1f%%), MESSAGE as CPython %d (%.1f%%)\n",
                n, lines, lp, messages, mp
            if (lp < 95) printf "FAIL: LINE agreement %.1f%% is under 95%%\n", lp
            if (mp < 90) printf "FAIL: MESSAGE agreement %.1f%% is under 90%%\n", mp
            exit (lp < 95 || mp < 90)
        }' "$T_WORK/invalid" >"$T_WORK/figures"
    figures_status=$?
    while IFS= read -r line; do t_say "$line"; done <"$T_WORK/figures"
    [ "$figures_status" -eq 0 ] || status=1
else
    t_say "no invalid inputs: no figures"
fi
t_say "$( [ "$status" -eq 0 ] && echo PASS || echo FAIL ) ($(( $(date +%s) - started )) s)"
exit $status
