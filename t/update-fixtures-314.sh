#!/bin/sh
# Regenerate the expected dumps t/parser/valid314/*.ast from CPython 3.14
# (Pyodide, as in t/conformance-314.sh).  A deliberate act: it prints what
# changed; read `git diff t/parser/valid314` before committing.
#
# Each snippet must parse in 3.14.  Snippets that 3.13 also parses (the
# cross-checks) must dump identically in 3.13 when a 3.13+ interpreter is
# found: a difference is reported, since t/parser-fixtures.sh holds pyreview
# to one dump per file whatever the version.

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

fixtures=$srcdir/t/parser/valid314
t_workdir
t_pyodide_setup

set --
for py in "$fixtures"/*.py; do
    [ -f "$py" ] || continue
    name=$(basename "$py" .py)
    set -- "$@" "$py" "$T_WORK/$name.ast"
done
[ $# -gt 0 ] || { t_say "no snippets in $fixtures"; exit 0; }
t_pyodide dump "$@" || t_hard_error "CPython 3.14 rejects a snippet above: fix it first"

changed=0
for new in "$T_WORK"/*.ast; do
    name=$(basename "$new")
    old=$fixtures/$name
    if [ ! -f "$old" ]; then
        t_say "new:     $name"
    elif cmp -s "$old" "$new"; then
        continue
    else
        t_say "changed: $name"
    fi
    changed=$((changed + 1))
    cp "$new" "$old" || t_hard_error "cannot write $old"
done
for old in "$fixtures"/*.ast; do
    [ -f "$old" ] && [ ! -f "${old%.ast}.py" ] && t_say "stale:   $(basename "$old") has no .py (remove it)"
done
t_say "$changed of $(ls "$T_WORK"/*.ast | wc -l | tr -d ' ') dumps written"

# Cross-check with 3.13 where it parses the snippet too.
if t_need_python313 warn; then
    for py in "$fixtures"/*.py; do
        name=$(basename "$py" .py)
        "$T_PY" "$srcdir/t/astdump.py" dump "$py" "$T_WORK/$name.313" 2>/dev/null || continue
        if cmp -s "$T_WORK/$name.313" "$fixtures/$name.ast"; then
            t_say "3.13 agrees: $name.py"
        else
            t_say "3.13 dumps $name.py differently:"
            t_excerpt "$fixtures/$name.ast" "$T_WORK/$name.313"
        fi
    done
fi
