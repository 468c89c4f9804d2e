#!/bin/sh
# The rule fixtures: t/rules/<family>/<CODE>_<n>.py, or a folder <CODE>_<n>/ for cases
# that need a package, with pyreview's exact output beside it in <CODE>_<n>.expected and,
# when the case needs options (a rule that is off by default), those in <CODE>_<n>.args,
# after the family's own options (t/rules/<family>/options: no configuration file, no
# summary line, only the family's rules).  pyreview runs from the family's folder, so
# paths print as the expected files show them.  Each case runs a second time with its own
# rule alone selected, which must print the expected lines of that rule and no others: a
# rule reports the same whatever else is on, and the passes that run for a selection
# (passes/review.c) are the ones it needs.
#
#   t/rules.sh [--record]   (--record rewrites every .expected: read the diff)
. "$(dirname "$0")/common.sh"
t_record_option "$@"
t_need_pyreview
case $PYREVIEW in /*) ;; *) PYREVIEW=$(pwd)/$PYREVIEW ;; esac
t_workdir
"$PYREVIEW" --list-rules | awk 'NR > 1 { print $1 }' >"$T_WORK/codes" ||
    t_hard_error "--list-rules failed"
passed=0 failed=0

# alone ARGS...: ARGS without their rule selections (--select, --extend-select, with their
# values), one a line
alone() {
    while [ $# -gt 0 ]; do
        case $1 in
        --select | --extend-select) shift ;;
        --select=* | --extend-select=*) ;;
        *) printf '%s\n' "$1" ;;
        esac
        shift
    done
}
for expected in "$srcdir"/t/rules/*/*.expected; do
    [ -f "$expected" ] || continue
    dir=$(dirname "$expected") name=$(basename "$expected" .expected)
    target=$name
    [ -f "$dir/$name.py" ] && target=$name.py
    if [ ! -e "$dir/$target" ]; then
        t_say "FAIL: $expected has no $name.py nor $name/"
        failed=$((failed + 1))
        continue
    fi
    args=
    [ -f "$dir/options" ] && args=$(cat "$dir/options")
    [ -f "$dir/$name.args" ] && args="$args $(cat "$dir/$name.args")"
    # shellcheck disable=SC2086 # the options are words
    (cd "$dir" && "$PYREVIEW" $args "$target") >"$T_WORK/actual" 2>&1
    if [ "$record" = yes ]; then
        cp "$T_WORK/actual" "$expected" || t_hard_error "cannot write $expected"
        continue
    elif cmp -s "$expected" "$T_WORK/actual"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        t_say "FAIL: ${dir#"$srcdir"/}/$target"
        diff "$expected" "$T_WORK/actual" | sed 's/^/    /'
    fi
    code=${name%_*}
    grep -qx "$code" "$T_WORK/codes" || continue
    # shellcheck disable=SC2046,SC2086 # the options are words
    (cd "$dir" && "$PYREVIEW" $(alone $args) --select "$code" "$target") >"$T_WORK/alone" 2>&1
    # a syntax error (E999) is reported whatever the selection
    grep -e ": $code " -e ": E999 " "$expected" >"$T_WORK/want-alone"
    if cmp -s "$T_WORK/want-alone" "$T_WORK/alone"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        t_say "FAIL: ${dir#"$srcdir"/}/$target with --select $code alone"
        diff "$T_WORK/want-alone" "$T_WORK/alone" | sed 's/^/    /'
    fi
done
[ "$record" = yes ] && { t_say "recorded the expected outputs: read the diff"; exit 0; }
echo "rules: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
