# The command line itself: --version, --help, `pyreview rule CODE` (also by name or alias),
# usage errors with a hint (exit status 2).
=== file: m.py
"""Module."""
=== run: pyreview --version
=== stdout
pyreview 0.1.0
=== status: 0
=== run: pyreview --help | head -3
=== stdout
usage: pyreview [OPTION...] [PATH...]     review files and directories (default: .; -: stdin)
       pyreview rule CODE                 explain a rule
       pyreview --dump-ast FILE | --dump-tokens FILE
=== status: 0
=== run: pyreview rule E999
=== stdout
# E999 syntax-error

## What it does
Reports a file that Python would refuse to run: a syntax error, an indentation or tab
error, or one of the errors CPython raises while compiling (`'return' outside function`,
a misplaced `nonlocal`, a late `from __future__ import`, ...), with CPython's own words,
line and column.

## Why it matters
Code that does not parse does not run, and nothing else in the file can be reviewed until
it does.

## Example
```python
def area(width, height)
    return width * height
```

## Fix
Correct the line the message points at:

```python
def area(width, height):
    return width * height
```

## Options
None.  A syntax error is always reported: it cannot be ignored, suppressed or baselined.

## Settings
Concern: syntax.  On by default.  Severity high, confidence high.
=== status: 0
=== run: pyreview rule syntax-error | head -1
=== stdout
(syntax-error is pyreview's name for E999.)
=== status: 0
=== run: pyreview rule V104 | head -3
=== stdout
(V104 is another tool's name for F401.)

# F401 unused-import
=== status: 0
=== run: pyreview rule F9999
=== stdout
=== stderr
pyreview: no rule 'F9999'
    hint: pyreview --list-rules lists every rule
=== status: 2
=== run: pyreview rule
=== stdout
=== stderr
pyreview: usage: pyreview rule CODE
    usage: pyreview [OPTION...] [PATH...]; pyreview --help tells more
=== status: 2
=== run: pyreview --slect F401
=== stdout
=== stderr
pyreview: unknown option --slect
    hint: did you mean --select?
    usage: pyreview [OPTION...] [PATH...]; pyreview --help tells more
=== status: 2
=== run: pyreview --max-complexity
=== stdout
=== stderr
pyreview: --max-complexity needs a value
    usage: pyreview [OPTION...] [PATH...]; pyreview --help tells more
=== status: 2
=== run: pyreview --max-complexity ten
=== stdout
=== stderr
pyreview: --max-complexity: expected a whole number, not 'ten'
=== status: 2
=== run: pyreview -j 0
=== stdout
=== stderr
pyreview: invalid number of jobs: 0
    hint: a number from 1 to 1024
    usage: pyreview [OPTION...] [PATH...]; pyreview --help tells more
=== status: 2
=== run: pyreview -j2 --jobs=3 -q m.py
=== stdout
=== status: 0
=== run: pyreview --color sometimes
=== stdout
=== stderr
pyreview: --color: expected auto, always or never, not 'sometimes'
    usage: pyreview [OPTION...] [PATH...]; pyreview --help tells more
=== status: 2
=== run: pyreview --no-select
=== stdout
=== stderr
pyreview: unknown option --no-select
    hint: did you mean --select?
    usage: pyreview [OPTION...] [PATH...]; pyreview --help tells more
=== status: 2
=== run: pyreview --quiet=yes
=== stdout
=== stderr
pyreview: --quiet=yes takes no value
    usage: pyreview [OPTION...] [PATH...]; pyreview --help tells more
=== status: 2
=== run: pyreview --dump-ast
=== stdout
=== stderr
pyreview: --dump-ast takes one FILE
=== status: 2
=== run: pyreview --target-version=py39 --no-respect-gitignore --respect-gitignore=false -- m.py
=== stdout
All checks passed!
=== status: 0
