#!/bin/sh
# The rule fixtures: t/rules/<family>/<CODE>_<n>.py, or a folder <CODE>_<n>/ for cases
# that need a package, with pyreview's exact output beside it in <CODE>_<n>.expected and,
# when the case needs options (a rule that is off by default), those in <CODE>_<n>.args,
# after the family's own options (t/rules/<family>/options: no configuration file, no
# summary line, only the family's rules).  pyreview runs from the family's folder, so
# paths print as the expected files show them.
#
#   t/rules.sh [--record]   (--record rewrites every .expected: read the diff)
. "$(dirname "$0")/common.sh"
t_record_option "$@"
t_need_pyreview
case $PYREVIEW in /*) ;; *) PYREVIEW=$(pwd)/$PYREVIEW ;; esac
t_workdir
passed=0 failed=0
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
    elif cmp -s "$expected" "$T_WORK/actual"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        t_say "FAIL: ${dir#"$srcdir"/}/$target"
        diff "$expected" "$T_WORK/actual" | sed 's/^/    /'
    fi
done
[ "$record" = yes ] && { t_say "recorded the expected outputs: read the diff"; exit 0; }
echo "rules: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
