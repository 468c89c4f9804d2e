#!/bin/sh
# End-to-end tests of the pyreview command: every case file t/cli/*.t holds a small tree
# of files, the commands to run in it and, after each, what it must print on standard
# output and standard error and the exit status it must return.  A case file:
#
#   # what the case shows (comment lines before the first section)
#   === file: PATH             the file's content follows (directories are made)
#   === symlink: PATH -> TARGET
#   === run: pyreview ARGS...   a shell command run in the tree; `pyreview` is the binary
#   === stdin                   standard input of the next run (else /dev/null)
#   === stdout                  expected standard output of the run above
#   === stderr                  expected standard error
#   === status: N               expected exit status
#
# Each case runs in a fresh copy of its tree; the runs of a case share it, in order.
# `t/cli.sh --record [CASE...]` rewrites the expectations from what pyreview prints now: a
# deliberate act, whose diff is read before it is committed.
#
# Environment: PYREVIEW (the binary); T_CASES (space-separated case names to run).

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_need_pyreview
t_workdir
record=no
if [ "${1:-}" = --record ]; then
    record=yes
    shift
fi
cases_dir=$srcdir/t/cli
[ -d "$cases_dir" ] || t_hard_error "no case directory $cases_dir"
PYREVIEW=$(cd "$(dirname "$PYREVIEW")" && pwd)/$(basename "$PYREVIEW")
export PYREVIEW

# split CASE DIR: the case's files under DIR/tree, each run's command, stdin and
# expectations as DIR/run.N.{cmd,stdin,out,err,status}; DIR/runs holds the number of runs.
split() {
    awk -v dir="$2" '
        function close_out() { if (out != "") close(out); out = "" }
        function section(name) { close_out(); out = name; printf "" > out }
        /^=== file: / {
            path = substr($0, 11)
            system("mkdir -p \"" dir "/tree/" path "\" && rmdir \"" dir "/tree/" path "\"")
            section(dir "/tree/" path); next
        }
        /^=== symlink: / {
            close_out(); spec = substr($0, 14); split(spec, parts, / -> /)
            system("mkdir -p \"$(dirname \"" dir "/tree/" parts[1] "\")\" && ln -s \"" parts[2] "\" \"" dir "/tree/" parts[1] "\"")
            next
        }
        /^=== run: / {
            close_out(); runs++
            print substr($0, 10) > (dir "/run." runs ".cmd"); close(dir "/run." runs ".cmd")
            printf "" > (dir "/run." runs ".out"); printf "" > (dir "/run." runs ".err")
            print "0" > (dir "/run." runs ".status")
            close(dir "/run." runs ".out"); close(dir "/run." runs ".err"); close(dir "/run." runs ".status")
            next
        }
        /^=== stdin$/ { section(dir "/run." (runs + 1) ".stdin"); next }
        /^=== stdout$/ { section(dir "/run." runs ".out"); next }
        /^=== stderr$/ { section(dir "/run." runs ".err"); next }
        /^=== status: / { close_out(); print substr($0, 13) > (dir "/run." runs ".status"); close(dir "/run." runs ".status"); next }
        /^===/ { print "unknown section: " $0 > "/dev/stderr"; exit 1 }
        out != "" { print > out }
        END { close_out(); print runs + 0 > (dir "/runs") }
    ' "$1"
}

# run DIR N: run N of the case in DIR/tree; actual output in DIR/actual.N.{out,err,status}.
run() {
    _stdin=$1/run.$2.stdin
    [ -f "$_stdin" ] || _stdin=/dev/null
    (
        cd "$1/tree" || exit 99
        pyreview() { "$PYREVIEW" "$@"; }
        # a terminal-free, colour-free, locale-independent environment
        unset NO_COLOR TERM
        LC_ALL=C
        export LC_ALL
        eval "$(cat "$1/run.$2.cmd")" <"$_stdin" >"$1/actual.$2.out" 2>"$1/actual.$2.err"
        echo $? >"$1/actual.$2.status"
    )
}

# record CASE DIR: the case file again, with each run's expectations from DIR/actual.*.
record_case() {
    awk -v dir="$2" '
        function emit_actual(n,   line, f) {
            f = dir "/actual." n ".out"
            print "=== stdout"
            while ((getline line < f) > 0) print line
            close(f)
            f = dir "/actual." n ".err"
            if ((getline line < f) > 0) {
                print "=== stderr"; print line
                while ((getline line < f) > 0) print line
            }
            close(f)
            f = dir "/actual." n ".status"; getline line < f; close(f)
            print "=== status: " line
        }
        /^=== (stdout|stderr)$/ || /^=== status: / { skip = 1; next }
        /^===/ {
            if (pending) { emit_actual(runs); pending = 0 }
            skip = 0
            if ($0 ~ /^=== run: /) { runs++; pending = 1 }
        }
        !skip { print }
        END { if (pending) emit_actual(runs) }
    ' "$1" >"$1.new" && mv "$1.new" "$1"
}

total=0 failed=0 runs_done=0
for case_file in "$cases_dir"/*.t; do
    name=$(basename "$case_file" .t)
    if [ $# -gt 0 ] || [ -n "${T_CASES:-}" ]; then
        case " $* ${T_CASES:-} " in *" $name "*) ;; *) continue ;; esac
    fi
    total=$((total + 1))
    dir=$T_WORK/$name
    mkdir -p "$dir/tree"
    split "$case_file" "$dir" || t_hard_error "$name: cannot read the case"
    n=$(cat "$dir/runs")
    case_failed=0
    i=1
    while [ "$i" -le "$n" ]; do
        run "$dir" "$i"
        runs_done=$((runs_done + 1))
        if [ "$record" = no ]; then
            for part in out err status; do
                if ! cmp -s "$dir/run.$i.$part" "$dir/actual.$i.$part"; then
                    [ "$case_failed" -eq 0 ] && t_say "FAIL $name"
                    case_failed=1
                    t_say "  run $i: $(cat "$dir/run.$i.cmd")"
                    case $part in
                    out) what="standard output" ;;
                    err) what="standard error" ;;
                    *) what="exit status" ;;
                    esac
                    t_say "  $what differs (- expected, + actual):"
                    diff -u "$dir/run.$i.$part" "$dir/actual.$i.$part" | sed -n '3,40p' | sed 's/^/    /'
                fi
            done
        fi
        i=$((i + 1))
    done
    if [ "$record" = yes ]; then
        record_case "$case_file" "$dir"
        t_say "recorded $name ($n runs)"
    fi
    [ "$case_failed" -eq 0 ] || failed=$((failed + 1))
done
[ "$total" -gt 0 ] || t_hard_error "no case ran"
t_say "$((total - failed)) passed, $failed failed ($total cases, $runs_done runs)"
[ "$failed" -eq 0 ]
