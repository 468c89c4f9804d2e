#!/bin/sh
# Regenerates the parser fixtures' expectations from CPython 3.13, on purpose.
#
# For every t/parser/valid/NAME.py it writes NAME.ast: CPython's
#   ast.dump(ast.parse(source_bytes), include_attributes=True)
# and a newline. For every t/parser/invalid/NAME.py it writes NAME.err, one line
#   LINE:COL: E999 KIND: MESSAGE
# from the SyntaxError (or IndentationError, TabError) that
#   compile(source_bytes, path, 'exec')
# raises: LINE is e.lineno and COL e.offset, each 0 when CPython gives None.
# Sources are read as bytes, so the coding cookie, BOM, CRLF, NUL and invalid
# UTF-8 handling are CPython's own -- that of compile() on bytes, which differs
# from running the file (`python3.13 f.py`, CPython's file tokenizer):
#   NUL byte        compile(): "source code string cannot contain null bytes",
#                   no position (0:0 here); older releases (3.11.2, say)
#                   raise ValueError instead. File: "source code cannot
#                   contain null bytes" on the NUL's line.
#   undeclared      compile(): "(unicode error) 'utf-8' codec can't decode ..."
#   non-UTF-8       at the token's start, and nothing at all if the bytes are
#                   in a comment. File: "Non-UTF-8 code starting with '\xNN'
#                   in file F on line N, but no encoding declared; ...".
#   unknown cookie  compile(): "unknown encoding: X" at 0:-1.
#                   File: "encoding problem: X".
#   ascii cookie    compile(): "'ascii' codec can't decode byte ..." at 0:-1.
#   + non-ASCII     File: "encoding problem: ascii".
#
# It stops with a message, writing nothing, if a "valid" snippet does not parse
# or compile, if an "invalid" one compiles or raises anything but a
# SyntaxError, or if a snippet's name contradicts where CPython rejects it:
# compile_* must parse (ast.parse) and fail only in the compiler, lex_* and
# parse_* must fail in ast.parse already.
#
# Usage: t/update-fixtures.sh [--check] [SNIPPET.py ...]
#   --check  write nothing; list expectations that would change, exit 1 if any.
# The interpreter is $PYTHON313 if set, else pyenv's 3.13, else python3.13.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."

py=${PYTHON313:-}
if [ -z "$py" ] && command -v pyenv >/dev/null 2>&1; then
    py=$(PYENV_VERSION=3.13.0 pyenv which python3.13 2>/dev/null || true)
fi
if [ -z "$py" ]; then
    py=$(command -v python3.13 || true)
fi
if [ -z "$py" ]; then
    echo "update-fixtures: no Python 3.13 found (set PYTHON313)" >&2
    exit 2
fi

exec "$py" - "$@" <<'EOF'
import ast
import os
import sys
import warnings

# Snippets exercise invalid escapes, "is" with literals and the like: CPython
# warns about them, and the warnings are no part of the expectations.
warnings.simplefilter("ignore")

if sys.version_info[:2] != (3, 13):
    sys.exit("update-fixtures: need Python 3.13, have %s" % sys.version.split()[0])

VALID = "t/parser/valid"
INVALID = "t/parser/invalid"
ERROR_KINDS = ("SyntaxError", "IndentationError", "TabError")
CATEGORIES = ("lex_", "parse_", "compile_")

args = sys.argv[1:]
check_only = bool(args) and args[0] == "--check"
if check_only:
    args = args[1:]


def snippets(folder):
    return sorted(os.path.join(folder, name) for name in os.listdir(folder)
                  if name.endswith(".py"))


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def expect_valid(path, source):
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        raise Failure("%s: does not parse: %s: %s (line %s, col %s)"
                      % (path, type(e).__name__, e.msg, e.lineno, e.offset))
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        raise Failure("%s: parses but does not compile (%s); it belongs in %s "
                      "as compile_*" % (path, e.msg, INVALID))
    return ast.dump(tree, include_attributes=True) + "\n"


def expect_invalid(path, source):
    name = os.path.basename(path)
    if not name.startswith(CATEGORIES):
        raise Failure("%s: name must start with one of %s" % (path, ", ".join(CATEGORIES)))
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        error = e
    except Exception as e:
        raise Failure("%s: raises %s, not a SyntaxError: keep it out of the corpus"
                      % (path, type(e).__name__))
    else:
        raise Failure("%s: compiles, but it is meant to be invalid" % path)
    kind = type(error).__name__
    if kind not in ERROR_KINDS:
        raise Failure("%s: unexpected exception class %s" % (path, kind))
    try:
        ast.parse(source)
        parses = True
    except SyntaxError:
        parses = False
    except Exception as e:
        raise Failure("%s: ast.parse raises %s" % (path, type(e).__name__))
    if name.startswith("compile_") and not parses:
        raise Failure("%s: the parser already rejects it (%s): name it lex_/parse_"
                      % (path, error.msg))
    if not name.startswith("compile_") and parses:
        raise Failure("%s: only the compiler rejects it (%s): name it compile_"
                      % (path, error.msg))
    if "\n" in error.msg:
        raise Failure("%s: multi-line message %r" % (path, error.msg))
    line = error.lineno if error.lineno is not None else 0
    col = error.offset if error.offset is not None else 0
    return "%d:%d: E999 %s: %s\n" % (line, col, kind, error.msg)


class Failure(Exception):
    pass


jobs = []
if args:
    for path in args:
        path = os.path.relpath(path)
        folder = os.path.dirname(path)
        if folder not in (VALID, INVALID) or not path.endswith(".py"):
            sys.exit("update-fixtures: not a snippet: %s" % path)
        jobs.append(path)
else:
    jobs = snippets(VALID) + snippets(INVALID)

results = {}
failures = []
for path in jobs:
    source = read_bytes(path)
    try:
        if os.path.dirname(path) == VALID:
            results[path[:-3] + ".ast"] = expect_valid(path, source)
        else:
            results[path[:-3] + ".err"] = expect_invalid(path, source)
    except Failure as f:
        failures.append(str(f))

if failures:
    for message in failures:
        print("update-fixtures: " + message, file=sys.stderr)
    sys.exit("update-fixtures: %d snippet(s) failed, nothing written" % len(failures))

# Expectations whose snippet is gone, only when regenerating everything.
stale = []
if not args:
    for folder, suffix in ((VALID, ".ast"), (INVALID, ".err")):
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name.endswith(suffix) and path not in results:
                stale.append(path)
            elif name.endswith((".ast", ".err")) and not name.endswith(suffix):
                stale.append(path)

changed = []
for path, text in sorted(results.items()):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            old = f.read()
    except FileNotFoundError:
        old = None
    if old != text:
        changed.append(path)
        if not check_only:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)

for path in stale:
    if not check_only:
        os.remove(path)

verb = "would change" if check_only else "changed"
for path in changed:
    print("%s %s" % (verb, path))
for path in stale:
    print("%s %s (stale, removed)" % (verb, path))
print("update-fixtures: Python %s, %d valid, %d invalid, %d %s, %d stale"
      % (sys.version.split()[0],
         sum(p.endswith(".ast") for p in results),
         sum(p.endswith(".err") for p in results),
         len(changed), verb, len(stale)))
if check_only and (changed or stale):
    sys.exit(1)
EOF
