#!/bin/sh
# The Debian package: a copy of the source tree built with `dpkg-buildpackage -us -uc -b`,
# the .deb unpacked into a scratch root, and the pyreview there run: --version, a rule's
# text, a review of a small file; the man page is there too.  Skips (77) without
# dpkg-buildpackage or debhelper, and in sanitizer builds (the package is the released
# build; the plain `make check` runs this).

. "${srcdir:-$(dirname "$0")/..}/t/common.sh"

command -v dpkg-buildpackage >/dev/null 2>&1 || t_skip "dpkg-buildpackage not found (Debian: apt-get install dpkg-dev)"
command -v dh >/dev/null 2>&1 || t_skip "debhelper not found (Debian: apt-get install debhelper)"
if [ -n "${PYREVIEW:-}" ] && nm "$PYREVIEW" 2>/dev/null | grep -q __asan_init; then
    t_skip "sanitizer build: the package is built as released, by the plain make check"
fi
[ -f "$srcdir/debian/control" ] || t_hard_error "no debian/ in $srcdir"
t_workdir

# The sources: a git work tree's tracked and new files, or all of a release tree.
src=$T_WORK/pyreview
mkdir -p "$src"
if [ -e "$srcdir/.git" ] && command -v git >/dev/null 2>&1; then
    (cd "$srcdir" && git ls-files -z --cached --others --exclude-standard) |
        (cd "$srcdir" && xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\n" "$f"; done' sh) |
        (cd "$srcdir" && tar -cf - -T -) | (cd "$src" && tar -xf -) ||
        t_hard_error "cannot copy the git work tree"
else
    (cd "$srcdir" && tar -cf - .) | (cd "$src" && tar -xf -) || t_hard_error "cannot copy $srcdir"
fi
chmod -R u+w "$src"

t_say "dpkg-buildpackage -us -uc -b in a copy of the sources"
started=$(date +%s)
(cd "$src" && DEB_BUILD_OPTIONS="nocheck parallel=${T_JOBS:-2}" dpkg-buildpackage -us -uc -b) \
    >"$T_WORK/build.log" 2>&1 || {
    t_say "FAIL: dpkg-buildpackage failed:"
    tail -n 30 "$T_WORK/build.log"
    exit 1
}
set -- "$T_WORK"/pyreview_*.deb
[ -f "$1" ] || { t_say "FAIL: no .deb made"; tail -n 20 "$T_WORK/build.log"; exit 1; }
deb=$1
t_say "built $(basename "$deb") in $(($(date +%s) - started)) s"

root=$T_WORK/root
dpkg-deb -x "$deb" "$root" || { t_say "FAIL: dpkg-deb -x $deb"; exit 1; }
fails=0
version=$("$root/usr/bin/pyreview" --version) || fails=$((fails + 1))
want=$(sed -n 's/^AC_INIT(\[pyreview\], \[\([^]]*\)\].*/\1/p' "$srcdir/configure.ac")
if [ "$version" != "pyreview $want" ]; then
    t_say "FAIL: the installed pyreview --version says '$version', not 'pyreview $want'"
    fails=$((fails + 1))
fi
"$root/usr/bin/pyreview" rule F401 | grep -q '^## What it does' || {
    t_say "FAIL: the installed pyreview has no rule texts"
    fails=$((fails + 1))
}
printf 'import os\n' >"$T_WORK/m.py"
out=$(cd "$T_WORK" && "$root/usr/bin/pyreview" --isolated --select F401 m.py)
[ "$out" = "m.py:1:8: F401 \`os\` imported but unused
Found 1 error." ] || {
    t_say "FAIL: the installed pyreview reviews m.py as: $out"
    fails=$((fails + 1))
}
[ -f "$root/usr/share/man/man1/pyreview.1.gz" ] || {
    t_say "FAIL: no man page in the package"
    fails=$((fails + 1))
}
dpkg-deb -I "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Depends\):/  \1:/p'
[ "$fails" -eq 0 ] || exit 1
t_say "PASS: $version from $(basename "$deb")"
