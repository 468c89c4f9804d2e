# Exit status: 0 without findings, 1 with findings (a syntax error is one), 2 for a file
# that cannot be read (the other files are still reviewed), 0 with --exit-zero; the E999
# line is CPython's words and place.
=== file: pyreview.toml
select = ["E999", "F401"]
=== file: clean.py
"""A clean module."""
=== file: unused.py
import os
=== file: broken.py
def f(:
    pass
=== run: pyreview clean.py
=== stdout
All checks passed!
=== status: 0
=== run: pyreview unused.py
=== stdout
unused.py:1:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== run: pyreview broken.py
=== stdout
broken.py:1:7: E999 SyntaxError: invalid syntax
Found 1 error.
=== status: 1
=== run: pyreview missing.py clean.py unused.py
=== stdout
unused.py:1:8: F401 `os` imported but unused
Found 1 error.
=== stderr
pyreview: missing.py: No such file or directory
=== status: 2
=== run: pyreview --exit-zero unused.py broken.py
=== stdout
unused.py:1:8: F401 `os` imported but unused
broken.py:1:7: E999 SyntaxError: invalid syntax
Found 2 errors.
=== status: 0
=== run: pyreview --exit-zero missing.py
=== stdout
=== stderr
pyreview: missing.py: No such file or directory
=== status: 2
