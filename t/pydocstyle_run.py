#!/usr/bin/env python3
"""pydocstyle's D100-D107 and D419 on files, one at a time (t/docstrings-compare.sh).

usage: pydocstyle_run.py CRASHED FILE...

Runs pydocstyle's own checker in one process over many files (its command line would
check them the same way, but one file it cannot handle ends the whole run with a
traceback): findings are printed as `path:line:0: CODE message`, and the files pydocstyle
crashes on are appended to the file CRASHED instead.  Of its checks only the two that
report these codes run: both are "terminal" (the first to report on a definition ends
its checks), so they run first anyway, and the others cannot change what they report.
"""
import sys

from pydocstyle.checker import ConventionChecker, check

ConventionChecker.checks = property(lambda self: [ConventionChecker.check_docstring_missing,
                                                  ConventionChecker.check_docstring_empty])

CODES = ["D100", "D101", "D102", "D103", "D104", "D105", "D106", "D107", "D419"]

crashed_path = sys.argv[1]
for path in sys.argv[2:]:
    try:
        found = [(e.line, e.code, e.short_desc) for e in check([path], select=CODES)
                 if hasattr(e, "code")]
    except Exception:  # a crash of the peer: counted, not compared
        with open(crashed_path, "a", encoding="utf-8") as crashed:
            crashed.write(path + "\n")
        continue
    for line, code, message in found:
        print(f"{path}:{line}:0: {code} {message}")
