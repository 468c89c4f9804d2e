#!/usr/bin/env python3
"""pep8-naming on files as flake8 runs it, without flake8's other plugins (t/naming-compare.sh).

usage: pep8naming_run.py FILE...

flake8 runs every plugin it has on every file whatever --select says, and pycodestyle's
checks make it some fifty times slower than pep8-naming alone.  This runs pep8-naming's own
checker on the tree flake8's file processor builds, and drops the findings flake8's own
`# noqa` test (with its multi-line statement mapping) would drop; it prints flake8's
default format, `path:line:col: CODE message`.  The names ignored are the defaults of
pep8-naming 0.13 and later (and ruff's), which pyreview follows: Debian's 0.10 lacks
unittest's setUpModule, tearDownModule, asyncSetUp and asyncTearDown.
"""
import argparse
import sys

from flake8.processor import FileProcessor
from flake8.violation import Violation
from pep8ext_naming import NamingChecker

OPTIONS = argparse.Namespace(hang_closing=False, indent_size=4, max_line_length=79,
                             max_doc_length=None, verbose=0, stdin_display_name="stdin",
                             disable_noqa=False)

NamingChecker.ignore_names = frozenset((
    "setUp", "tearDown", "setUpClass", "tearDownClass", "setUpModule", "tearDownModule",
    "asyncSetUp", "asyncTearDown", "setUpTestData", "failureException", "longMessage",
    "maxDiff"))

for path in sys.argv[1:]:
    processor = FileProcessor(path, OPTIONS)
    # flake8's noqa mapping tokenizes the whole file: only worth it when there is a noqa
    maybe_noqa = any("noqa" in line.lower() for line in processor.lines)
    for line, col, text, _ in NamingChecker(processor.build_ast(), path).run():
        code, _, message = text.partition(" ")
        found = Violation(code, path, line, col, message,
                          processor.noqa_line_for(line) if maybe_noqa else "")
        if not found.is_inline_ignored(False):
            print(f"{path}:{line}:{col}: {text}")
