# Rule selection as ruff does it: --select replaces the defaults, --extend-select adds,
# --ignore removes; a selector is ALL, a prefix (F, F4), a code, a rule's name or another
# tool's name for it (W0611, unused-import, V104); within one layer the more specific
# selector wins and an ignore wins a tie; the command line's layer comes after the
# configuration file's.  E999 is always on.  Unknown selectors are usage errors, with a hint.
=== file: m.py
"""Module."""
import os
def f():
    """Function."""
    y = 1
    return 0
def g(:
=== file: n.py
"""Module."""
import os
def f():
    """Function."""
    y = 1
=== file: conf/pyreview.toml
select = ["F"]
ignore = ["F841"]
=== file: conf/c.py
"""Module."""
import os
def f():
    """Function."""
    y = 1
    x: int
=== run: pyreview --select F401 n.py m.py
=== stdout
n.py:2:8: F401 `os` imported but unused
m.py:7:7: E999 SyntaxError: invalid syntax
Found 2 errors.
=== status: 1
=== run: pyreview --select F4 n.py
=== stdout
n.py:2:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== run: pyreview --select F --ignore F4 n.py
=== stdout
n.py:5:5: F841 Local variable `y` is assigned to but never used
Found 1 error.
=== status: 1
=== run: pyreview --select F --ignore F4 --extend-select F401 n.py
=== stdout
n.py:2:8: F401 `os` imported but unused
n.py:5:5: F841 Local variable `y` is assigned to but never used
Found 2 errors.
=== status: 1
=== run: pyreview --select F401 --ignore F401 n.py
=== stdout
All checks passed!
=== status: 0
=== run: pyreview --select F4 --ignore F n.py
=== stdout
n.py:2:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== run: pyreview --select W0611 n.py
=== stdout
n.py:2:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== run: pyreview --select unused-variable n.py
=== stdout
n.py:5:5: F841 Local variable `y` is assigned to but never used
Found 1 error.
=== status: 1
=== run: pyreview --select V107,unused-import n.py
=== stdout
n.py:2:8: F401 `os` imported but unused
n.py:5:5: F841 Local variable `y` is assigned to but never used
Found 2 errors.
=== status: 1
=== run: pyreview --select ALL --ignore D,N,RVW,PLR,C9 n.py
=== stdout
n.py:2:8: F401 `os` imported but unused
n.py:5:5: F841 Local variable `y` is assigned to but never used
Found 2 errors.
=== status: 1
=== run: pyreview --select E999 n.py
=== stdout
All checks passed!
=== status: 0
=== run: pyreview --ignore E999 --select F841 m.py
=== stdout
m.py:7:7: E999 SyntaxError: invalid syntax
Found 1 error.
=== status: 1
=== run: pyreview conf
=== stdout
conf/c.py:2:8: F401 `os` imported but unused
conf/c.py:6:5: F842 Local variable `x` is annotated but never used
Found 2 errors.
=== status: 1
=== run: pyreview --extend-select F841 conf
=== stdout
conf/c.py:2:8: F401 `os` imported but unused
conf/c.py:5:5: F841 Local variable `y` is assigned to but never used
conf/c.py:6:5: F842 Local variable `x` is annotated but never used
Found 3 errors.
=== status: 1
=== run: pyreview --select F401 conf
=== stdout
conf/c.py:2:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== run: pyreview --select F40l n.py
=== stdout
=== stderr
pyreview: --select: unknown rule selector 'F40l'
    hint: did you mean 'F401'? (pyreview --list-rules lists every rule)
=== status: 2
=== run: pyreview --select unused-imports n.py
=== stdout
=== stderr
pyreview: --select: unknown rule selector 'unused-imports'
    hint: did you mean 'unused-import'? (pyreview --list-rules lists every rule)
=== status: 2
=== run: pyreview --ignore Q n.py
=== stdout
=== stderr
pyreview: --ignore: unknown rule selector 'Q'
    hint: pyreview --list-rules lists every rule
=== status: 2
