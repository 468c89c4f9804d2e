#!/bin/sh
# valgrind memcheck over real code: `pyreview --parse-only` over a whole standard
# library in one process (every file parsed and freed), and `--dump-ast` on a sample of
# its files.  Any memory error or leak fails.  Skips without valgrind, without a Python
# standard library to read, and in sanitizer builds (which valgrind cannot run).

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

t_need_pyreview
command -v valgrind >/dev/null 2>&1 || t_skip "valgrind not found (Debian: apt-get install valgrind)"
if nm "$PYREVIEW" 2>/dev/null | grep -q __asan_init; then
    t_skip "pyreview is built with sanitizers"
fi

corpus=
if t_find_python 2>/dev/null && [ -n "$T_PY" ]; then
    corpus=$("$T_PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' 2>/dev/null)
fi
if [ -z "$corpus" ]; then
    for dir in /usr/lib/python3.*; do [ -d "$dir" ] && corpus=$dir; done
fi
[ -n "$corpus" ] && [ -d "$corpus" ] || t_skip "no Python standard library to read"
t_workdir
t_say "corpus: $corpus"

vg() {
    valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect "$@"
}

status=0
vg "$PYREVIEW" --parse-only -j 2 "$corpus" >"$T_WORK/parse.out" 2>"$T_WORK/parse.err"
rc=$?
if [ "$rc" -eq 99 ] || grep -q '^==' "$T_WORK/parse.err"; then
    t_say "FAIL: memcheck reports errors for --parse-only:"
    head -40 "$T_WORK/parse.err"
    status=1
fi

# --dump-ast on every 40th file, the largest ones first
find "$corpus" -name site-packages -prune -o -name '*.py' -size +1k -print |
    LC_ALL=C sort | awk 'NR % 40 == 0' >"$T_WORK/sample"
n=0
while IFS= read -r file; do
    n=$((n + 1))
    vg "$PYREVIEW" --dump-ast "$file" >/dev/null 2>"$T_WORK/dump.err"
    if [ $? -eq 99 ] || grep -q '^==' "$T_WORK/dump.err"; then
        t_say "FAIL: memcheck reports errors for --dump-ast $file:"
        head -40 "$T_WORK/dump.err"
        status=1
    fi
done <"$T_WORK/sample"
t_say "--parse-only over $(wc -l <"$T_WORK/parse.out" | tr -d ' ') error lines of the whole corpus, --dump-ast over $n files"
[ "$status" -eq 0 ] && t_say PASS
exit "$status"
