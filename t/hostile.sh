#!/bin/sh
# Hostile input: what a repository or an editor may hand pyreview (binary files named
# .py, NUL bytes, invalid UTF-8, pathological nesting, huge files, odd paths, files that
# vanish, a reader that goes away).  Every case is generated here (nothing large is
# committed) and run through `pyreview --parse-only` and `pyreview` (the review), each
# with its exact expected output, messages and exit status.  The big files are also
# timed and measured: the bounds asserted are generous (speed is bench/'s business).
#
# t/hostile/known-failures.txt lists the cases (NAME/MODE) whose behaviour today differs
# from the expected one; it may only shrink: the suite fails on any other difference,
# and on a listed case that now passes.

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_need_pyreview
t_workdir
known=$srcdir/t/hostile/known-failures.txt
cases=$T_WORK/cases
mkdir "$cases" "$T_WORK/detail" || t_hard_error "cannot create $cases"
: >"$T_WORK/all"
: >"$T_WORK/different"

# repeat STRING N: STRING N times, without a newline
repeat() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

# run LIMIT ARGS...: pyreview ARGS in $cases (as another user with $run_as), stopped
# after LIMIT seconds; its output in $T_WORK/out and $T_WORK/err, its status in $status.
# Every run is --isolated: no configuration file around the scratch directory counts.
run_as=
run() {
    _limit=$1
    shift
    (cd "$cases" && exec $run_as timeout "$_limit" "$PYREVIEW" --isolated "$@") >"$T_WORK/out" 2>"$T_WORK/err"
    status=$?
}

# verdict NAME STATUS STDOUT STDERR: compares the last run with what is expected.
verdict() {
    printf '%s\n' "$1" >>"$T_WORK/all"
    printf '%s' "$3" >"$T_WORK/want-out"
    printf '%s' "$4" >"$T_WORK/want-err"
    [ -z "$3" ] || echo >>"$T_WORK/want-out"
    [ -z "$4" ] || echo >>"$T_WORK/want-err"
    if [ "$status" = "$2" ] && cmp -s "$T_WORK/want-out" "$T_WORK/out" &&
        cmp -s "$T_WORK/want-err" "$T_WORK/err"; then
        return 0
    fi
    printf '%s\n' "$1" >>"$T_WORK/different"
    _detail=$T_WORK/detail/$(printf '%s' "$1" | tr / -)
    {
        if [ "$status" = 124 ]; then
            echo "    hung: stopped after its time limit"
        elif [ "$status" != "$2" ]; then
            echo "    exit status $status, expected $2"
        fi
        diff -u "$T_WORK/want-out" "$T_WORK/out" | sed -n '3,$s/^/    stdout /p' | head -n 8
        diff -u "$T_WORK/want-err" "$T_WORK/err" | sed -n '3,$s/^/    stderr /p' | head -n 8
    } >"$_detail"
    return 1
}

# review_out STDOUT STATUS: what the review prints where --parse-only prints STDOUT (the
# files here hold nothing else to find): the same lines and their count, or no count
# when no file could be read at all.
review_out() {
    _n=$(printf '%s' "$1" | grep -c .)
    [ "$_n" -eq 0 ] && [ "$2" -eq 2 ] && return
    [ "$_n" -eq 0 ] || printf '%s\n' "$1"
    case $_n in
    0) printf 'All checks passed!' ;;
    1) printf 'Found 1 error.' ;;
    *) printf 'Found %d errors.' "$_n" ;;
    esac
}

# option MODE: the option of a mode (parse-only, review)
option() { [ "$1" = review ] || echo "--$1"; }

# check NAME STATUS STDOUT STDERR ARGS...: the case in both modes; STDOUT is what
# --parse-only prints (a file that does not parse gets only its syntax error from the
# review too).
check() {
    _name=$1 _status=$2 _out=$3 _err=$4
    shift 4
    run 60 --parse-only "$@"
    verdict "$_name/parse-only" "$_status" "$_out" "$_err"
    run 60 "$@"
    verdict "$_name/review" "$_status" "$(review_out "$_out" "$_status")" "$_err"
}

# measure NAME ARGS...: runs pyreview ARGS as run does (stopped after 600 seconds: a hang,
# not slowness, on a loaded machine or a sanitizer build), and prints its time and peak
# memory; sets $seconds (processor time, user and system, which other work on the machine
# barely changes) and $rss_mb (both empty without python3, which measures them).
measure() {
    _name=$1
    shift
    seconds= rss_mb=
    if ! command -v python3 >/dev/null 2>&1; then
        run 600 "$@"
        t_say "$_name: not measured (no python3)"
        return
    fi
    (cd "$cases" && exec python3 -c '
import resource, subprocess, sys, time
start = time.monotonic()
with open(sys.argv[1], "wb") as out, open(sys.argv[2], "wb") as err:
    status = subprocess.call(["timeout", "600"] + sys.argv[3:], stdout=out, stderr=err)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(status, "%.2f" % (usage.ru_utime + usage.ru_stime), "%.2f" % wall, usage.ru_maxrss // 1024)' \
        "$T_WORK/out" "$T_WORK/err" "$PYREVIEW" --isolated "$@") >"$T_WORK/measure"
    read -r status seconds wall rss_mb <"$T_WORK/measure"
    t_say "$_name: $seconds s of processor time ($wall s elapsed), $rss_mb MB peak RSS"
}

# bound NAME VALUE LIMIT UNIT: a measured VALUE above LIMIT is a failure of case NAME.
bound() {
    [ -n "$2" ] || return 0
    printf '%s\n' "$1" >>"$T_WORK/all"
    if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v > l) }'; then
        printf '%s\n' "$1" >>"$T_WORK/different"
        echo "    $2 $4, over the bound of $3 $4" >"$T_WORK/detail/$(printf '%s' "$1" | tr / -)"
    fi
}

# --------------------------------------------------------------------- bytes that are no Python

printf 'x = "\377"\n' >"$cases/invalid_utf8.py"
check invalid_utf8 1 \
    "invalid_utf8.py:1:5: E999 SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" \
    "" invalid_utf8.py

# CPython's compile() does not decode comments
printf '# caf\351\n"""A module."""\n' >"$cases/invalid_utf8_comment.py"
check invalid_utf8_comment 0 "" "" invalid_utf8_comment.py

printf 'x = 1\000\n' >"$cases/nul_bytes.py"
check nul_bytes 1 "nul_bytes.py:0:0: E999 SyntaxError: source code string cannot contain null bytes" \
    "" nul_bytes.py

# an x86-64 ELF header, and a PNG signature with its first chunk
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\002\000\076\000\001\000\000\000' \
    >"$cases/elf.py"
check elf 1 "elf.py:0:0: E999 SyntaxError: source code string cannot contain null bytes" "" elf.py
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' >"$cases/png.py"
check png 1 "png.py:0:0: E999 SyntaxError: source code string cannot contain null bytes" "" png.py

: >"$cases/empty.py"
printf '\357\273\277' >"$cases/bom_only.py"
for name in empty bom_only; do
    run 60 --parse-only $name.py
    verdict "$name/parse-only" 0 "" ""
    # a module, and one without its docstring
    run 60 $name.py
    verdict "$name/review" 1 "$name.py:1:1: D100 Missing docstring in public module
Found 1 error." ""
done

printf 'x = 1\ry = (\r' >"$cases/cr_only.py"
check cr_only 1 "cr_only.py:2:5: E999 SyntaxError: '(' was never closed" "" cr_only.py

printf 'if x:\n\tif y:\n        pass\n' >"$cases/mixed_tabs.py"
check mixed_tabs 1 "mixed_tabs.py:3:1: E999 TabError: inconsistent use of tabs and spaces in indentation" \
    "" mixed_tabs.py

# --------------------------------------------------------------------- nesting

{ printf 'x = '; repeat '(' 100000; repeat ')' 100000; echo; } >"$cases/brackets.py"
check brackets 1 "brackets.py:1:205: E999 SyntaxError: too many nested parentheses" "" brackets.py

awk 'BEGIN { for (i = 0; i < 10000; i++) { for (j = 0; j < i; j++) printf " "; print "if x:" }
             for (j = 0; j < 10000; j++) printf " "; print "pass" }' >"$cases/blocks.py"
check blocks 1 "blocks.py:101:1: E999 IndentationError: too many levels of indentation" "" blocks.py

{ printf 'x = '; repeat 'f"{' 1000; printf x; repeat '}"' 1000; echo; } >"$cases/fstrings.py"
check fstrings 1 "fstrings.py:1:453: E999 SyntaxError: too many nested f-strings" "" fstrings.py

# --------------------------------------------------------------------- strings left open at the end

printf 'x = """abc\n' >"$cases/open_triple.py"
check open_triple 1 \
    "open_triple.py:1:5: E999 SyntaxError: unterminated triple-quoted string literal (detected at line 1)" \
    "" open_triple.py
printf 'x = f"abc' >"$cases/open_fstring.py"
check open_fstring 1 \
    "open_fstring.py:1:5: E999 SyntaxError: unterminated f-string literal (detected at line 1)" \
    "" open_fstring.py
printf 'x = f"""abc{y}\n\n' >"$cases/open_triple_fstring.py"
check open_triple_fstring 1 \
    "open_triple_fstring.py:1:5: E999 SyntaxError: unterminated triple-quoted f-string literal (detected at line 2)" \
    "" open_triple_fstring.py

# --------------------------------------------------------------------- size

# A single 10 MB line, a million lines, a million-element list (the errors at their far
# ends check the positions there).
{ printf 'x = "'; repeat aaaaaaaaaa 1000000; echo '" )'; } >"$cases/long_line.py"
check long_line 1 "long_line.py:1:10000008: E999 SyntaxError: unmatched ')'" "" long_line.py
{ repeat 'x = 1
' 999999; echo 'y = ('; } >"$cases/million_lines.py"
check million_lines 1 "million_lines.py:1000000:5: E999 SyntaxError: '(' was never closed" "" \
    million_lines.py
{ printf '"""A list."""\nx = ['; repeat '1, ' 1000000; echo ']'; } >"$cases/million_list.py"
check million_list 0 "" "" million_list.py

# 10 MB and 100 MB of ordinary code: run and measured in both modes; time must grow
# about linearly (at most 3 times faster than the size when the machine is busy).  Memory:
# measured on x86-64 (bench/memory.sh), the peak is about 12 bytes per input byte for
# --parse-only and 16 for the review (1.2 GB and 1.6 GB for the 100 MB file); the bound
# is 20 bytes per byte (2 GB).
memory_bound=2048
mkdir "$cases/big"
generate() { sh "$srcdir/t/hostile/gen-code.sh" "$1"; }
# A sanitizer build reviews the 10 MB file only: it exercises the same code, and the
# sanitizers' own time and memory would say nothing of pyreview's.
sizes="10mb 100mb"
if nm "$PYREVIEW" 2>/dev/null | grep -q '__asan_init\|__tsan_init'; then
    sizes=10mb
    t_say "a sanitizer build: the 100 MB file is not reviewed"
fi
generate 10485760 >"$cases/big/code_10mb.py"
[ "$sizes" = 10mb ] || generate 104857600 >"$cases/big/code_100mb.py"
for mode in parse-only review; do
    want=
    [ $mode = review ] && want=$(review_out "" 0)
    measure "code_10mb/$mode" $(option $mode) big/code_10mb.py
    verdict "code_10mb/$mode" 0 "$want" ""
    small=$seconds
    [ "$sizes" = 10mb ] && continue
    measure "code_100mb/$mode" $(option $mode) big/code_100mb.py
    verdict "code_100mb/$mode" 0 "$want" ""
    bound "code_100mb/$mode/seconds" "$seconds" 60 s
    bound "code_100mb/$mode/memory" "$rss_mb" "$memory_bound" MB
    [ -n "$small" ] && bound "code_100mb/$mode/linear" \
        "$(awk -v a="$small" -v b="$seconds" 'BEGIN { printf "%.1f", b / (a > 0.05 ? a : 0.05) }')" \
        30 "times the 10 MB file's time"
done
rm -r "$cases/big" "$cases/long_line.py" "$cases/million_lines.py" "$cases/million_list.py"

# --------------------------------------------------------------------- paths

echo 'x = (' >"$cases/error.py"
printf '"""A module."""\n' >"$cases/fine.py"

ln -s loop_b.py "$cases/loop_a.py"
ln -s loop_a.py "$cases/loop_b.py"
check symlink_loop 2 "" "pyreview: loop_a.py: Too many levels of symbolic links" loop_a.py

# a directory named like a Python file is walked
mkdir "$cases/dir.py"
echo 'y = (' >"$cases/dir.py/inner.py"
check dir_named_py 1 "dir.py/inner.py:1:5: E999 SyntaxError: '(' was never closed" "" dir.py

# opening a FIFO for reading would wait for a writer
mkfifo "$cases/fifo.py" || t_hard_error "cannot make a FIFO"
check fifo 2 "" "pyreview: fifo.py: not a regular file" fifo.py

# root reads files whatever their mode: it runs this case as nobody when it can
echo 'x = (' >"$cases/unreadable.py"
chmod 000 "$cases/unreadable.py"
if cat "$cases/unreadable.py" >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1 &&
        chmod 755 "$T_WORK" "$cases" &&
        setpriv --reuid=65534 --regid=65534 --clear-groups "$PYREVIEW" --version >/dev/null 2>&1; then
        run_as="setpriv --reuid=65534 --regid=65534 --clear-groups"
    else
        t_say "unreadable: skipped (this user reads files whatever their mode, and cannot be another)"
    fi
fi
if [ -n "$run_as" ] || ! cat "$cases/unreadable.py" >/dev/null 2>&1; then
    check unreadable 2 "" "pyreview: unreadable.py: Permission denied" unreadable.py
fi
run_as=
chmod 644 "$cases/unreadable.py"
rm "$cases/unreadable.py"

# a path's newline is written as \n, so that each finding stays on one line
echo 'x = (' >"$cases/with space.py"
check path_space 1 "with space.py:1:5: E999 SyntaxError: '(' was never closed" "" "with space.py"
echo 'x = (' >"$cases/with
newline.py"
check path_newline 1 "with\\nnewline.py:1:5: E999 SyntaxError: '(' was never closed" "" "with
newline.py"
latin1=$(printf 'caf\351.py')
echo 'x = (' >"$cases/$latin1"
check path_latin1 1 "$latin1:1:5: E999 SyntaxError: '(' was never closed" "" "$latin1"

# the other files of a run are still reviewed, and each problem reported, in the order
# the paths are given
check others_reviewed 2 \
    "nul_bytes.py:0:0: E999 SyntaxError: source code string cannot contain null bytes
error.py:1:5: E999 SyntaxError: '(' was never closed" \
    "pyreview: fifo.py: not a regular file
pyreview: loop_a.py: Too many levels of symbolic links" \
    -j 1 nul_bytes.py fifo.py fine.py loop_a.py error.py

# the same met in a directory walk: a FIFO there is no Python file, a link is read
mkdir "$cases/walk" "$cases/walk/dir.py"
echo 'x = (' >"$cases/walk/a.py"
echo 'y = (' >"$cases/walk/dir.py/inner.py"
mkfifo "$cases/walk/fifo.py"
ln -s loop_b.py "$cases/walk/loop_a.py"
ln -s loop_a.py "$cases/walk/loop_b.py"
check walk 2 \
    "walk/a.py:1:5: E999 SyntaxError: '(' was never closed
walk/dir.py/inner.py:1:5: E999 SyntaxError: '(' was never closed" \
    "pyreview: walk/loop_a.py: Too many levels of symbolic links
pyreview: walk/loop_b.py: Too many levels of symbolic links" \
    -j 1 walk

# -j larger than the number of files
check jobs_over_files 1 \
    "nul_bytes.py:0:0: E999 SyntaxError: source code string cannot contain null bytes
error.py:1:5: E999 SyntaxError: '(' was never closed" \
    "" -j 64 nul_bytes.py fine.py error.py

# a file removed between the listing and the reading, made deterministic by a preloaded
# open() that removes it first (t/hostile/vanish.c)
mkdir "$cases/vanish"
echo 'x = (' >"$cases/vanish/a.py"
echo 'x = (' >"$cases/vanish/vanishing.py"
echo 'x = (' >"$cases/vanish/z.py"
if ${CC:-cc} -shared -fPIC -o "$T_WORK/vanish.so" "$srcdir/t/hostile/vanish.c" -ldl \
    >"$T_WORK/cc.log" 2>&1; then
    for mode in parse-only review; do
        cp "$cases/vanish/a.py" "$cases/vanish/vanishing.py"
        # ASan wants to come first among the preloaded libraries
        (cd "$cases" && LD_PRELOAD=$T_WORK/vanish.so \
            ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 \
            exec timeout 60 "$PYREVIEW" --isolated $(option $mode) vanish) >"$T_WORK/out" 2>"$T_WORK/err"
        status=$?
        want="vanish/a.py:1:5: E999 SyntaxError: '(' was never closed
vanish/z.py:1:5: E999 SyntaxError: '(' was never closed"
        [ $mode = review ] && want=$(review_out "$want" 2)
        verdict "vanished/$mode" 2 "$want" "pyreview: vanish/vanishing.py: No such file or directory"
    done
else
    t_say "vanished: skipped (cannot build t/hostile/vanish.c: $(head -n 1 "$T_WORK/cc.log"))"
fi

# --------------------------------------------------------------------- the output

# Enough findings to fill a pipe, read by a reader that leaves after one line: the
# pipe's end is no error to report.  With SIGPIPE at its default pyreview dies of it
# (status 141 in the shell); with SIGPIPE ignored it must stop quietly with status 2.
mkdir "$cases/many"
i=0
while [ $i -lt 2000 ]; do
    echo 'x = (' >"$cases/many/file$i.py"
    i=$((i + 1))
done
for mode in parse-only review; do
    for sigpipe in default ignored; do
        trap_cmd=
        [ $sigpipe = ignored ] && trap_cmd="trap '' PIPE;"
        (cd "$cases" && eval "$trap_cmd" &&
            { timeout 60 "$PYREVIEW" --isolated $(option $mode) many 2>"$T_WORK/err"; echo $? >"$T_WORK/status"; } |
            head -n 1 >"$T_WORK/out")
        status=$(cat "$T_WORK/status")
        want=141
        [ $sigpipe = ignored ] && want=2
        verdict "epipe_sigpipe_$sigpipe/$mode" $want \
            "many/file0.py:1:5: E999 SyntaxError: '(' was never closed" ""
    done
done

# A full disk loses the output: that must be said, and the status must tell.
if [ -w /dev/full ]; then
    for mode in parse-only review; do
        (cd "$cases" && exec timeout 60 "$PYREVIEW" --isolated $(option $mode) error.py >/dev/full 2>"$T_WORK/err")
        status=$?
        : >"$T_WORK/out"
        verdict "stdout_full/$mode" 2 "" "pyreview: write error: No space left on device"
    done
fi

# --------------------------------------------------------------------- verdict

t_known_classify "$known" "$T_WORK/different" "$T_WORK/all" >"$T_WORK/known"
fails=0
while IFS='	' read -r class name; do
    detail=$T_WORK/detail/$(printf '%s' "$name" | tr / -)
    case $class in
    new)
        t_say "FAIL $name"
        cat "$detail"
        fails=$((fails + 1)) ;;
    known)
        t_say "known failure $name"
        cat "$detail" ;;
    esac
done <"$T_WORK/known"
t_known_report "$T_WORK/known" "$known" || fails=$((fails + 1))
t_say "$(grep -c . "$T_WORK/all") runs: $(awk -F '\t' '$1 == "known"' "$T_WORK/known" | grep -c .) known failures, $fails new"
[ "$fails" -eq 0 ] || exit 1
t_say PASS
