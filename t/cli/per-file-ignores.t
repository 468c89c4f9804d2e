# per-file-ignores: rules not checked in files a pattern matches (git's patterns, relative
# to the configuration file; a directory covers what is below it; '!' turns a pattern
# around); the command line's --per-file-ignores replaces the file's, and
# extend-per-file-ignores adds to either.
=== file: pyproject.toml
[tool.pyreview]
select = ["F401", "F841"]
per-file-ignores = { "__init__.py" = ["F401"], "tests/" = ["F841"], "!src/**" = ["F401"] }
=== file: src/__init__.py
import os
=== file: src/pkg/__init__.py
import os
=== file: src/pkg/m.py
import os
def f():
    y = 1
=== file: tests/t.py
import os
def f():
    y = 1
=== file: top.py
import os
=== run: pyreview
=== stdout
src/pkg/m.py:1:8: F401 `os` imported but unused
src/pkg/m.py:3:5: F841 Local variable `y` is assigned to but never used
Found 2 errors.
=== status: 1
=== run: pyreview --per-file-ignores 'src/pkg/*.py:F841'
=== stdout
src/__init__.py:1:8: F401 `os` imported but unused; consider removing, adding to `__all__`, or using a redundant alias
src/pkg/__init__.py:1:8: F401 `os` imported but unused; consider removing, adding to `__all__`, or using a redundant alias
src/pkg/m.py:1:8: F401 `os` imported but unused
tests/t.py:1:8: F401 `os` imported but unused
tests/t.py:3:5: F841 Local variable `y` is assigned to but never used
top.py:1:8: F401 `os` imported but unused
Found 6 errors.
=== status: 1
=== run: pyreview --extend-per-file-ignores 'src/pkg/*.py:F841'
=== stdout
src/pkg/m.py:1:8: F401 `os` imported but unused
Found 1 error.
=== status: 1
=== run: pyreview --per-file-ignores 'tests/t.py:unused-variable,W0611 top.py:F4'
=== stdout
src/__init__.py:1:8: F401 `os` imported but unused; consider removing, adding to `__all__`, or using a redundant alias
src/pkg/__init__.py:1:8: F401 `os` imported but unused; consider removing, adding to `__all__`, or using a redundant alias
src/pkg/m.py:1:8: F401 `os` imported but unused
src/pkg/m.py:3:5: F841 Local variable `y` is assigned to but never used
Found 4 errors.
=== status: 1
=== run: pyreview --per-file-ignores 'src/**'
=== stdout
=== stderr
pyreview: --per-file-ignores: expected PATTERN:CODES, not 'src/**'
    hint: for example: --per-file-ignores 'tests/*.py:S101,S105'
=== status: 2
=== run: pyreview --per-file-ignores 'src/**:XYZ'
=== stdout
=== stderr
pyreview: --per-file-ignores: unknown rule selector 'XYZ'
    hint: pyreview --list-rules lists every rule
=== status: 2
