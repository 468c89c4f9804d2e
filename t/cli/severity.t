# --min-severity and --min-confidence keep the findings at or above a level (bandit's low,
# medium, high); a syntax error is high on both.
=== file: m.py
"""Module."""
import os
def f():
    """Function."""
    y = 1
x = 1  # noqa
=== run: pyreview --select F401,PGH004 m.py
=== stdout
m.py:2:8: F401 `os` imported but unused
m.py:6:8: PGH004 Use specific rule codes when using `noqa`
Found 2 errors.
=== status: 1
=== run: pyreview --select F401,PGH004 --min-severity medium m.py
=== stdout
m.py:2:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== run: pyreview --select F401,PGH004 --min-severity high m.py
=== stdout
All checks passed!
=== status: 0
=== run: pyreview --select F401,PGH004 --min-confidence HIGH m.py
=== stdout
m.py:2:8: F401 `os` imported but unused
m.py:6:8: PGH004 Use specific rule codes when using `noqa`
Found 2 errors.
=== status: 1
=== run: pyreview --select F401 --min-severity severe m.py
=== stdout
=== stderr
pyreview: --min-severity: unknown value 'severe'
    hint: one of: low medium high
=== status: 2
