# Baselines: --write-baseline records the findings (TOML, sorted, keyed by path, code,
# enclosing def or class and the line's normalised text, with counts); --baseline (or
# `baseline =` in the configuration, relative to it) then reports only findings it does
# not know.  Moving lines does not matter; a third finding where the baseline counts two is
# new (a multiset); syntax errors are never baselined; a broken baseline is an error.
=== file: pyreview.toml
select = ["E999", "F401", "F841"]
=== file: pkg/m.py
import os
def f():
    y = 1
    y = 1
class C:
    def g(self):
        y = 1
=== file: bad.py
def (
=== run: pyreview --write-baseline base.toml
=== stdout
=== stderr
pyreview: wrote 3 findings in 3 entries to base.toml
=== status: 0
=== run: cat base.toml
=== stdout
# pyreview baseline: findings already known, which a run with --baseline does not report.
# An entry matches by path, rule, enclosing def or class and the line's text (never the
# line number); count is how many such findings it absorbs.  Written by --write-baseline.
version = 1

[[finding]]
path = "pkg/m.py"
code = "F401"
scope = ""
text = "import os"
count = 1

[[finding]]
path = "pkg/m.py"
code = "F841"
scope = "C.g"
text = "y = 1"
count = 1

[[finding]]
path = "pkg/m.py"
code = "F841"
scope = "f"
text = "y = 1"
count = 1
=== status: 0
=== run: pyreview --baseline base.toml
=== stdout
bad.py:1:5: E999 SyntaxError: invalid syntax
Found 1 error.
=== status: 1
=== run: printf '\n\n"""Moved down, re-indented."""\nimport   os\ndef f():\n    y = 1\n    x = 2\n    y  =  1\n    y = 1\nclass C:\n    def g(self):\n        y = 1\n    def h(self):\n        y = 1\n' > pkg/m.py && pyreview --baseline base.toml
=== stdout
bad.py:1:5: E999 SyntaxError: invalid syntax
pkg/m.py:7:5: F841 Local variable `x` is assigned to but never used
pkg/m.py:14:9: F841 Local variable `y` is assigned to but never used
Found 3 errors.
=== status: 1
=== run: cd pkg && pyreview --baseline ../base.toml m.py
=== stdout
m.py:7:5: F841 Local variable `x` is assigned to but never used
m.py:14:9: F841 Local variable `y` is assigned to but never used
Found 2 errors.
=== status: 1
=== run: printf 'baseline = "base.toml"\nselect = ["E999", "F401", "F841"]\n' > pyreview.toml && pyreview
=== stdout
bad.py:1:5: E999 SyntaxError: invalid syntax
pkg/m.py:7:5: F841 Local variable `x` is assigned to but never used
pkg/m.py:14:9: F841 Local variable `y` is assigned to but never used
Found 3 errors.
=== status: 1
=== run: printf 'version = 1\n[[finding]]\npath = "pkg/m.py"\ncode = "W0612"\nscope = "f"\ntext = "y = 1"\ncount = 3\n' > alias.toml && pyreview --baseline alias.toml pkg
=== stdout
pkg/m.py:4:10: F401 `os` imported but unused
pkg/m.py:7:5: F841 Local variable `x` is assigned to but never used
pkg/m.py:12:9: F841 Local variable `y` is assigned to but never used
pkg/m.py:14:9: F841 Local variable `y` is assigned to but never used
Found 4 errors.
=== status: 1
=== run: printf 'version = 2\n' > v2.toml && pyreview --baseline v2.toml pkg
=== stdout
pkg/m.py:4:10: F401 `os` imported but unused
pkg/m.py:7:5: F841 Local variable `x` is assigned to but never used
pkg/m.py:9:5: F841 Local variable `y` is assigned to but never used
pkg/m.py:12:9: F841 Local variable `y` is assigned to but never used
pkg/m.py:14:9: F841 Local variable `y` is assigned to but never used
Found 5 errors.
=== stderr
v2.toml:1:11: error: not a pyreview baseline of version 1
    hint: write it again with --write-baseline
=== status: 2
=== run: printf 'version = 1\n[[finding]]\npath = "pkg/m.py"\ncode = "Z1"\nscope = ""\ntext = ""\ncount = 1\n' > z.toml && pyreview --baseline z.toml pkg
=== stdout
pkg/m.py:4:10: F401 `os` imported but unused
pkg/m.py:7:5: F841 Local variable `x` is assigned to but never used
pkg/m.py:9:5: F841 Local variable `y` is assigned to but never used
pkg/m.py:12:9: F841 Local variable `y` is assigned to but never used
pkg/m.py:14:9: F841 Local variable `y` is assigned to but never used
Found 5 errors.
=== stderr
z.toml:4:8: error: finding 1: unknown rule code 'Z1'
    hint: pyreview --list-rules lists the codes
=== status: 2
=== run: pyreview --baseline missing.toml pkg
=== stdout
pkg/m.py:4:10: F401 `os` imported but unused
pkg/m.py:7:5: F841 Local variable `x` is assigned to but never used
pkg/m.py:9:5: F841 Local variable `y` is assigned to but never used
pkg/m.py:12:9: F841 Local variable `y` is assigned to but never used
pkg/m.py:14:9: F841 Local variable `y` is assigned to but never used
Found 5 errors.
=== stderr
pyreview: baseline missing.toml: No such file or directory
=== status: 2
=== run: printf 'def f():\n    y = 1\ndef f():\n    y = 1\n' > twice.py && pyreview --write-baseline twice.toml twice.py && grep count twice.toml
=== stdout
# line number); count is how many such findings it absorbs.  Written by --write-baseline.
count = 2
=== stderr
pyreview: wrote 2 findings in 1 entry to twice.toml
=== status: 0
=== run: printf 'def f():\n    y = 1\ndef f():\n    y = 1\ndef f():\n    y = 1\n' > twice.py && pyreview --baseline twice.toml twice.py
=== stdout
twice.py:6:5: F841 Local variable `y` is assigned to but never used
Found 1 error.
=== status: 1
