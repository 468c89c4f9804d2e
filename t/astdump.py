"""Reference side of pyreview's parser conformance tests.

Run by the reference interpreter (CPython 3.13+, or Pyodide's 3.14 through
t/pyodide/dump.mjs), never by pyreview itself.  Everything happens in one
process so that the whole standard library is handled in one start-up.

Modes (paths may be files or directories; directories are walked for *.py,
in sorted order, skipping site-packages):

  manifest ROOT [K/N]
      one line per *.py under ROOT (with K/N, only every Nth file from the
      Kth, counting from 0: N processes share the work), path relative to ROOT:
        REL <TAB> ok <TAB> SHA1       sha1 of ast.dump(..., include_attributes=True) + "\\n"
        REL <TAB> err <TAB> ERRLINE   ast.parse raised SyntaxError or ValueError
  dump SRC DEST [SRC DEST ...]
      write each SRC's dump + "\\n" to DEST (the bytes `pyreview --dump-ast`
      must print); a SRC that does not parse is reported on stderr, exit 1
  compile PATH...
      compile(src, path, 'exec') each file, as `pyreview --parse-only` must:
        PATH <TAB> ok | PATH <TAB> ERRLINE
  doctests TEST_SYNTAX_PY OUTDIR
      write every doctest example of TEST_SYNTAX_PY whose expected output is a
      SyntaxError (or subclass) traceback to OUTDIR/test_syntax_L<line>.py

ERRLINE is `LINE:COL: E999 KIND: MESSAGE`, the format of t/parser/invalid/*.err:
LINE is e.lineno, COL e.offset (0 when None), KIND the exception class.
"""

import ast
import doctest
import hashlib
import os
import sys
import warnings


def python_files(path):
    """Yield (full path, path relative to `path`) for every *.py under it."""
    if not os.path.isdir(path):
        yield path, os.path.basename(path)
        return
    for top, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        for name in sorted(files):
            if name.endswith(".py"):
                full = os.path.join(top, name)
                yield full, os.path.relpath(full, path).replace(os.sep, "/")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def dump(src):
    return ast.dump(ast.parse(src), include_attributes=True) + "\n"


def error_line(exc):
    """The E999 line pyreview prints for `exc`, without the `FILE:` prefix."""
    if isinstance(exc, SyntaxError):
        msg = exc.msg
    else:
        msg = str(exc)
    line = getattr(exc, "lineno", None)
    col = getattr(exc, "offset", None)
    msg = str(msg).replace("\n", "\\n")
    return "%d:%d: E999 %s: %s" % (line or 0, col or 0, type(exc).__name__, msg)


def out(text):
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))


def mode_manifest(root, shard="0/1"):
    k, n = (int(x) for x in shard.split("/"))
    for i, (full, rel) in enumerate(python_files(root)):
        if i % n != k:
            continue
        try:
            digest = hashlib.sha1(dump(read(full)).encode("utf-8")).hexdigest()
            out("%s\tok\t%s\n" % (rel, digest))
        except (SyntaxError, ValueError) as exc:
            out("%s\terr\t%s\n" % (rel, error_line(exc)))
    return 0


def mode_dump(pairs):
    if len(pairs) % 2:
        raise SystemExit("astdump.py dump: SRC DEST pairs expected")
    status = 0
    for src, dest in zip(pairs[0::2], pairs[1::2]):
        try:
            text = dump(read(src))
        except (SyntaxError, ValueError) as exc:
            sys.stderr.write("%s:%s\n" % (src, error_line(exc)))
            status = 1
            continue
        with open(dest, "wb") as f:
            f.write(text.encode("utf-8"))
    return status


def mode_compile(paths):
    for path in paths:
        for full, _ in python_files(path):
            try:
                compile(read(full), full, "exec", dont_inherit=True)
                out("%s\tok\n" % full)
            except (SyntaxError, ValueError) as exc:
                out("%s\t%s\n" % (full, error_line(exc)))
    return 0


def mode_doctests(test_file, outdir):
    """Extract the examples that expect a SyntaxError, as doctest sees them."""
    tree = ast.parse(read(test_file))
    parser = doctest.DocTestParser()
    kinds = ("SyntaxError", "IndentationError", "TabError")
    count = 0
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                 ast.AsyncFunctionDef)):
            continue
        doc = ast.get_docstring(node, clean=False)
        if not doc or ">>>" not in doc:
            continue
        # The docstring's text starts on the line of its opening quotes.
        first = node.body[0].lineno
        for example in parser.get_examples(doc):
            if not (example.exc_msg or "").startswith(kinds):
                continue
            name = "test_syntax_L%d.py" % (first + example.lineno)
            with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
                f.write(example.source)
            count += 1
    sys.stderr.write("astdump.py: %d SyntaxError examples extracted\n" % count)
    return 0


def main(argv):
    # Warnings are not errors: pyreview reports only what compile() raises.
    warnings.simplefilter("ignore")
    if len(argv) in (2, 3) and argv[0] == "manifest":
        return mode_manifest(*argv[1:])
    if len(argv) >= 3 and argv[0] == "dump":
        return mode_dump(argv[1:])
    if len(argv) >= 2 and argv[0] == "compile":
        return mode_compile(argv[1:])
    if len(argv) == 3 and argv[0] == "doctests":
        return mode_doctests(argv[1], argv[2])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
