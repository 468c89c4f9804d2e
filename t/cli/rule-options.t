# Rule options reach the rules: from the configuration file, from --config 'KEY = VALUE'
# and from their own options (naming.ignore-names, docstrings.convention,
# dummy-variable-rgx, allowed-unused-imports).
=== file: m.py
"""Module."""
import sideeffect
def getValue():
    """Return one."""
    unused_total = 1
    return 1
class Point:
    """A point."""
    def __init__(self):
        self.x = 0
=== file: conf/pyreview.toml
select = ["N802", "D107", "F401", "F841"]
allowed-unused-imports = ["sideeffect"]
[naming]
ignore-names = ["get*"]
[docstrings]
convention = "numpy"
=== file: conf/m.py
"""Module."""
import sideeffect
def getValue():
    """Return one."""
    _total = 1
    return 1
class Point:
    """A point."""
    def __init__(self):
        self.x = 0
=== run: pyreview --select N802,D107,F401,F841 m.py
=== stdout
m.py:2:8: F401 `sideeffect` imported but unused
m.py:3:5: N802 Function name `getValue` should be lowercase
m.py:5:5: F841 Local variable `unused_total` is assigned to but never used
m.py:9:9: D107 Missing docstring in `__init__`
Found 4 errors.
=== status: 1
=== run: pyreview --select N802,D107,F401,F841 --config 'naming.ignore-names = ["getValue"]' --config 'docstrings.convention = "numpy"' m.py
=== stdout
m.py:2:8: F401 `sideeffect` imported but unused
m.py:5:5: F841 Local variable `unused_total` is assigned to but never used
Found 2 errors.
=== status: 1
=== run: pyreview --select N802,D107,F401,F841 --dummy-variable-rgx '^unused_' --allowed-unused-imports sideeffect m.py
=== stdout
m.py:3:5: N802 Function name `getValue` should be lowercase
m.py:9:9: D107 Missing docstring in `__init__`
Found 2 errors.
=== status: 1
=== run: pyreview conf
=== stdout
All checks passed!
=== status: 0
=== run: pyreview conf --config 'dummy-variable-rgx = "^$"'
=== stdout
conf/m.py:5:5: F841 Local variable `_total` is assigned to but never used
Found 1 error.
=== status: 1
