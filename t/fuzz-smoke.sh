#!/bin/sh
# The fuzz smoke of `make check`: builds the harnesses of t/fuzz/ (t/fuzz/fuzz.sh) and
# runs each for FUZZ_SMOKE_SECONDS (10) from the seeds of t/parser and the corpus earlier
# runs left in fuzz-build/.  Any crash, hang, leak or UBSan report fails, and leaves the
# input in fuzz-build/artifacts/.  Skips when the compiler cannot build libFuzzer
# programs (Debian: apt-get install clang).

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

[ -n "${FUZZ_SOURCES:-}" ] || t_skip "FUZZ_SOURCES is not set (run me through make check)"
: "${FUZZ_CC:=clang}"
command -v "$FUZZ_CC" >/dev/null 2>&1 || t_skip "$FUZZ_CC not found (Debian: apt-get install clang)"
t_workdir
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' \
    >"$T_WORK/probe.c"
"$FUZZ_CC" -fsanitize=fuzzer,address,undefined "$T_WORK/probe.c" -o "$T_WORK/probe" \
    >"$T_WORK/probe.log" 2>&1 ||
    t_skip "$FUZZ_CC cannot link libFuzzer programs: $(head -n 1 "$T_WORK/probe.log")"

started=$(date +%s)
FUZZ_DIR=fuzz-build srcdir=$srcdir sh "$srcdir/t/fuzz/fuzz.sh" run "${FUZZ_SMOKE_SECONDS:-10}" ||
    exit 1
t_say "PASS ($(( $(date +%s) - started )) s)"
