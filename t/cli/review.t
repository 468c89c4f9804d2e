# The review format: per file (only files with something to say), the concerns in their
# fixed order, numbered, each with its count, its evidence and one sentence of advice, and
# a summary; a file that does not parse says so with its E999 line; then the whole run,
# with the codes and the files most affected, and the module metrics (maintainability
# index, the most complex function).  The security verdict only when security rules ran,
# and "No security defects detected." only when they found nothing, the floors hid
# nothing and every file was checked.  It is the default format on a terminal.
=== file: pyreview.toml
select = ["E999", "F", "N", "D1", "RUF100", "PGH004"]
=== file: app/__init__.py
"""The app."""
=== file: app/core.py
"""Core logic."""
import os
import sys
import json
def getValue(x):
    """Return x."""
    unused = 1
    return x
class thing:
    """A thing."""
    def Method(self):
        y = 2  # noqa: F841, F401
=== file: app/io.py
def read(path:
    pass
=== file: app/clean.py
"""Nothing to say."""
VALUE = 1
=== file: tools/run.py
import os  # noqa
import re
=== run: pyreview --output-format review
=== stdout
pyreview review of 5 files

app/core.py
  1. Naming consistency (3)
     line 5: Function name `getValue` should be lowercase [N802]
     line 9: Class name `thing` should use CapWords convention [N801]
     line 11: Function name `Method` should be lowercase [N802]
     Pick one style for each kind of name and rename the outliers, so that readers can tell the kinds apart at a glance.
  2. Docstrings (1)
     line 11: Missing docstring in public method [D102]
     Document what each public module, class and function is for, what it takes and what it returns.
  3. Unused imports (3)
     line 2: `os` imported but unused [F401]
     line 3: `sys` imported but unused [F401]
     line 4: `json` imported but unused [F401]
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  4. Unused names (1)
     line 7: Local variable `unused` is assigned to but never used [F841]
     Remove names that are never read, or call them `_` where a value must be discarded.
  5. Suppression comments (1)
     line 12: Unused `noqa` directive (unused: `F401`) [RUF100]
     Delete suppressions that no longer suppress anything, and name the rules a suppression is for.
  Metrics: maintainability index 100.0 (A); 2 functions, 0 of rank C or worse; the most complex: `getValue` (1, rank A).
  Summary: 9 findings in 5 concerns.

app/io.py
  Does not parse: app/io.py:1:9: E999 SyntaxError: '(' was never closed
  Fix the syntax error first: nothing else in the file was reviewed.

tools/run.py
  1. Unused imports (1)
     line 2: `re` imported but unused [F401]
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  2. Suppression comments (1)
     line 1: Use specific rule codes when using `noqa` [PGH004]
     Delete suppressions that no longer suppress anything, and name the rules a suppression is for.
  Metrics: maintainability index 100.0 (A).
  Summary: 2 findings in 2 concerns.

Whole run
  1. Naming consistency: 3 in 1 file (N802 x2, N801 x1)
     app/core.py: 3
     Pick one style for each kind of name and rename the outliers, so that readers can tell the kinds apart at a glance.
  2. Docstrings: 1 in 1 file (D102 x1)
     app/core.py: 1
     Document what each public module, class and function is for, what it takes and what it returns.
  3. Unused imports: 4 in 2 files (F401 x4)
     app/core.py: 3
     tools/run.py: 1
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  4. Unused names: 1 in 1 file (F841 x1)
     app/core.py: 1
     Remove names that are never read, or call them `_` where a value must be discarded.
  5. Suppression comments: 2 in 2 files (PGH004 x1, RUF100 x1)
     app/core.py: 1
     tools/run.py: 1
     Delete suppressions that no longer suppress anything, and name the rules a suppression is for.
  Metrics: maintainability index A in 4, B in 0, C in 0 (lowest: app/__init__.py, 100.0); 0 of 2 functions rank C or worse; the most complex: `getValue` in app/core.py (1, rank A).
  Summary: 5 files reviewed, 11 findings in 2 files (5 concerns); 1 file does not parse.
=== status: 1
=== run: pyreview --output-format review app/clean.py
=== stdout
pyreview review of 1 file

Whole run
  Metrics: maintainability index A in 1, B in 0, C in 0 (lowest: app/clean.py, 100.0).
  Summary: 1 file reviewed, no findings.
=== status: 0
=== run: pyreview --output-format review app/io.py
=== stdout
pyreview review of 1 file

app/io.py
  Does not parse: app/io.py:1:9: E999 SyntaxError: '(' was never closed
  Fix the syntax error first: nothing else in the file was reviewed.

Whole run
  Summary: 1 file reviewed, no findings; 1 file does not parse.
=== status: 1
=== run: pyreview --output-format review --color always tools
=== stdout
[1mpyreview review of 1 file[0m

[1mtools/run.py[0m
  [1m1. Unused imports[0m (1)
     line 2: `re` imported but unused [F401]
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  [1m2. Suppression comments[0m (1)
     line 1: Use specific rule codes when using `noqa` [PGH004]
     Delete suppressions that no longer suppress anything, and name the rules a suppression is for.
  Metrics: maintainability index 100.0 (A).
  Summary: 2 findings in 2 concerns.

[1mWhole run[0m
  [1m1. Unused imports[0m: 1 in 1 file (F401 x1)
     tools/run.py: 1
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  [1m2. Suppression comments[0m: 1 in 1 file (PGH004 x1)
     tools/run.py: 1
     Delete suppressions that no longer suppress anything, and name the rules a suppression is for.
  Metrics: maintainability index A in 1, B in 0, C in 0 (lowest: tools/run.py, 100.0).
  Summary: 1 file reviewed, 2 findings in 1 file (2 concerns).
=== status: 1
=== run: NO_COLOR=1 script -qec "$PYREVIEW tools" /dev/null | tr -d '\r'
=== stdout
pyreview review of 1 file

tools/run.py
  1. Unused imports (1)
     line 2: `re` imported but unused [F401]
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  2. Suppression comments (1)
     line 1: Use specific rule codes when using `noqa` [PGH004]
     Delete suppressions that no longer suppress anything, and name the rules a suppression is for.
  Metrics: maintainability index 100.0 (A).
  Summary: 2 findings in 2 concerns.

Whole run
  1. Unused imports: 1 in 1 file (F401 x1)
     tools/run.py: 1
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  2. Suppression comments: 1 in 1 file (PGH004 x1)
     tools/run.py: 1
     Delete suppressions that no longer suppress anything, and name the rules a suppression is for.
  Metrics: maintainability index A in 1, B in 0, C in 0 (lowest: tools/run.py, 100.0).
  Summary: 1 file reviewed, 2 findings in 1 file (2 concerns).
=== status: 0
=== run: pyreview --output-format review --select E999,S,F401 app/clean.py tools/run.py
=== stdout
pyreview review of 2 files

tools/run.py
  Security: No security defects detected.
  1. Unused imports (1)
     line 2: `re` imported but unused [F401]
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  Metrics: maintainability index 100.0 (A).
  Summary: 1 finding in 1 concern.

Whole run
  Security: No security defects detected.
  1. Unused imports: 1 in 1 file (F401 x1)
     tools/run.py: 1
     Remove imports nothing uses; list deliberate re-exports in `__all__`.
  Metrics: maintainability index A in 2, B in 0, C in 0 (lowest: app/clean.py, 100.0).
  Summary: 2 files reviewed, 1 finding in 1 file (1 concern).
=== status: 1
=== stdin
import os
os.system("ls")
=== run: pyreview --output-format review --select E999,S --min-severity high --stdin-filename shell.py -
=== stdout
pyreview review of 1 file

Whole run
  Security: no security defects at or above the severity and confidence floors; 2 findings below them are not shown.
  Metrics: maintainability index A in 1, B in 0, C in 0 (lowest: shell.py, 100.0).
  Summary: 1 file reviewed, no findings.
=== status: 0
=== run: pyreview --output-format review --select E999,S app/io.py app/clean.py
=== stdout
pyreview review of 2 files

app/io.py
  Does not parse: app/io.py:1:9: E999 SyntaxError: '(' was never closed
  Fix the syntax error first: nothing else in the file was reviewed.

Whole run
  Security: no security defects detected in 1 of the 2 files reviewed; the others were not checked (they do not parse, or have the security rules off).
  Metrics: maintainability index A in 1, B in 0, C in 0 (lowest: app/clean.py, 100.0).
  Summary: 2 files reviewed, no findings; 1 file does not parse.
=== status: 1
