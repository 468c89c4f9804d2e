#!/bin/sh
# Builds the fuzz harnesses of t/fuzz/fuzz.c and runs them; `make fuzz` and
# t/fuzz-smoke.sh call it.
#
#   t/fuzz/fuzz.sh build                       build them (when a source changed)
#   t/fuzz/fuzz.sh run SECONDS [HARNESS...]    build, then run each for SECONDS (0: none)
#
# Everything goes under $FUZZ_DIR (default fuzz-build/ in the build tree), compiled by
# $FUZZ_CC (default clang) with libFuzzer, ASan and UBSan, so the normal build is left
# alone.  Makefile.am passes the library's sources (FUZZ_SOURCES), preprocessor flags
# (FUZZ_CPPFLAGS) and libraries (FUZZ_LIBS); the generated parser and lexer must already
# be built.  The seeds are the Python files of t/parser, copied to $FUZZ_DIR/seed; what a
# run adds goes to $FUZZ_DIR/corpus/HARNESS, and a crash, hang, leak or UBSan report to
# $FUZZ_DIR/artifacts/.  A run fails (exit 1) on the first such finding.  FUZZ_FLAGS adds
# libFuzzer options (-jobs=2 -workers=2, or -fork=1 -ignore_crashes=1 to go on).
#
# AFL++ (Debian: apt-get install afl++): `make fuzz FUZZ_CC=afl-clang-fast FUZZ_SECONDS=0`
# builds the same harnesses with AFL++'s instrumentation and driver, to run as
#   afl-fuzz -i fuzz-build/seed -o OUT -x t/fuzz/python.dict -- fuzz-build/fuzz_parse
set -eu

: "${srcdir:=$(dirname "$0")/../..}"
: "${FUZZ_CC:=clang}"
: "${FUZZ_DIR:=fuzz-build}"
: "${FUZZ_CPPFLAGS:=-I$srcdir -I.}"
: "${FUZZ_SOURCES:?the library sources (Makefile.am sets FUZZ_SOURCES)}"
: "${FUZZ_FLAGS:=}"
: "${FUZZ_LIBS:=-lpthread -lm}"

HARNESSES="lex parse check dump review"
CFLAGS="-std=gnu11 -g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all"
SANITIZE="address,undefined"

say() { printf 'fuzz: %s\n' "$*"; }

# A source of the library: generated ones are in the build tree, the others in srcdir.
locate() {
    if [ -f "$1" ]; then echo "$1"; else echo "$srcdir/$1"; fi
}

build() {
    mkdir -p "$FUZZ_DIR/obj"
    # Rebuild everything when the compiler, the flags or any source changed since the
    # last build: cheaper to decide than a dependency graph, and a build is a minute.
    signature="$FUZZ_CC $CFLAGS $SANITIZE $FUZZ_CPPFLAGS $FUZZ_SOURCES $FUZZ_LIBS"
    if [ -f "$FUZZ_DIR/stamp" ] && [ "$(cat "$FUZZ_DIR/stamp")" = "$signature" ] &&
        [ -z "$(find "$srcdir/ast" "$srcdir/lexer" "$srcdir/grammar" "$srcdir/passes" \
            "$srcdir/cli" "$srcdir/t/fuzz" lexer grammar -newer "$FUZZ_DIR/stamp" \
            \( -name '*.[ch]' -o -name '*.def' \) 2>/dev/null | head -n 1)" ]; then
        return 0
    fi
    rm -f "$FUZZ_DIR/stamp" "$FUZZ_DIR/obj/"*.o
    say "building the harnesses with $FUZZ_CC in $FUZZ_DIR"
    jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
    for src in $FUZZ_SOURCES; do
        case $src in *.c) locate "$src" ;; esac
    done | FUZZ_DIR=$FUZZ_DIR FUZZ_CC=$FUZZ_CC FLAGS="$CFLAGS -fsanitize=fuzzer-no-link,$SANITIZE" \
        CPPFLAGS=$FUZZ_CPPFLAGS xargs -P "$jobs" -n 1 sh -c '
            obj=$FUZZ_DIR/obj/$(echo "$1" | sed "s|\.c$||; s|.*/\([^/]*/[^/]*\)$|\1|; s|/|_|").o
            eval "set -- \"\$1\" $CPPFLAGS"
            src=$1; shift
            exec $FUZZ_CC $FLAGS "$@" -c "$src" -o "$obj"' sh
    eval "set -- $FUZZ_CPPFLAGS"
    stage=0
    for h in $HARNESSES; do
        stage=$((stage + 1))
        # shellcheck disable=SC2086
        $FUZZ_CC $CFLAGS -fsanitize=fuzzer,$SANITIZE "$@" -DPR_FUZZ_STAGE=$stage \
            "$srcdir/t/fuzz/fuzz.c" "$FUZZ_DIR"/obj/*.o $FUZZ_LIBS -o "$FUZZ_DIR/fuzz_$h"
    done
    printf '%s\n' "$signature" >"$FUZZ_DIR/stamp"
}

# The seeds, afresh: the fixtures of t/parser as they are now.
seed() {
    rm -rf "$FUZZ_DIR/seed"
    mkdir -p "$FUZZ_DIR/seed"
    for dir in valid invalid valid314; do
        cp "$srcdir/t/parser/$dir/"*.py "$FUZZ_DIR/seed/"
    done
}

# run_one HARNESS SECONDS: fuzz for SECONDS; fails on a finding.
run_one() {
    mkdir -p "$FUZZ_DIR/corpus/$1" "$FUZZ_DIR/artifacts"
    say "fuzz_$1 for $2 s"
    # shellcheck disable=SC2086
    "$FUZZ_DIR/fuzz_$1" -max_total_time="$2" -timeout=10 -rss_limit_mb=2048 \
        -dict="$srcdir/t/fuzz/python.dict" -print_final_stats=1 \
        -artifact_prefix="$FUZZ_DIR/artifacts/$1-" $FUZZ_FLAGS \
        "$FUZZ_DIR/corpus/$1" "$FUZZ_DIR/seed" >"$FUZZ_DIR/$1.log" 2>&1 && {
        sed -n 's/^stat::\(number_of_executed_units\|peak_rss_mb\): *//p' "$FUZZ_DIR/$1.log" |
            paste -sd ' ' | awk -v h="$1" '{ printf "fuzz: fuzz_%s: %s executions, %s MB peak RSS\n", h, $1, $2 }'
        grep -o 'cov: [0-9]* ft: [0-9]*' "$FUZZ_DIR/$1.log" | tail -n 1 | sed "s/^/fuzz: fuzz_$1: /"
        return 0
    }
    say "fuzz_$1 found a problem ($FUZZ_DIR/$1.log):"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' \
        "$FUZZ_DIR/$1.log" | head -n 20
    return 1
}

case ${1:-} in
build)
    build
    seed
    ;;
run)
    [ $# -ge 2 ] || { echo "usage: $0 run SECONDS [HARNESS...]" >&2; exit 2; }
    seconds=$2
    shift 2
    build
    seed
    [ "$seconds" -gt 0 ] || exit 0
    status=0
    for h in ${*:-$HARNESSES}; do
        run_one "$h" "$seconds" || status=1
    done
    exit $status
    ;;
*)
    echo "usage: $0 build | run SECONDS [HARNESS...]" >&2
    exit 2
    ;;
esac
