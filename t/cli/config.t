# Configuration files, found as ruff finds them: the closest directory at or above a file
# holding .pyreview.toml, pyreview.toml or a pyproject.toml with [tool.pyreview] (in that
# order; a pyproject.toml without the table is passed over) decides for it, alone; the
# command line comes after it.  --config FILE decides for every file, --config 'KEY =
# VALUE' sets one key, --isolated reads no file.  requires-python sets target-version.
=== file: pyproject.toml
[project]
name = "demo"
requires-python = ">=3.11"
[tool.pyreview]
select = ["F401"]
=== file: m.py
import os
def f():
    y = 1
=== file: a/pyproject.toml
[project]
name = "no-table-here"
=== file: a/m.py
import os
def f():
    y = 1
=== file: b/pyreview.toml
select = ["F841"]
=== file: b/pyproject.toml
[tool.pyreview]
select = ["F401"]
=== file: b/m.py
import os
def f():
    y = 1
=== file: c/.pyreview.toml
select = ["F401", "F841"]
ignore = ["F401"]
=== file: c/pyreview.toml
select = ["E999"]
=== file: c/d/m.py
import os
def f():
    y = 1
=== file: other.toml
select = ["F401"]
extend-select = ["F841"]
[naming]
ignore-names = ["setUp"]
=== run: pyreview
=== stdout
a/m.py:1:8: F401 `os` imported but unused
b/m.py:3:5: F841 Local variable `y` is assigned to but never used
c/d/m.py:3:5: F841 Local variable `y` is assigned to but never used
m.py:1:8: F401 `os` imported but unused
Found 4 errors.
=== status: 1
=== run: pyreview a b c/d/m.py
=== stdout
a/m.py:1:8: F401 `os` imported but unused
b/m.py:3:5: F841 Local variable `y` is assigned to but never used
c/d/m.py:3:5: F841 Local variable `y` is assigned to but never used
Found 3 errors.
=== status: 1
=== run: cd c/d && pyreview
=== stdout
m.py:3:5: F841 Local variable `y` is assigned to but never used
Found 1 error.
=== status: 1
=== run: pyreview --config other.toml m.py b
=== stdout
m.py:1:8: F401 `os` imported but unused
m.py:3:5: F841 Local variable `y` is assigned to but never used
b/m.py:1:8: F401 `os` imported but unused
b/m.py:3:5: F841 Local variable `y` is assigned to but never used
Found 4 errors.
=== status: 1
=== run: pyreview --config 'extend-select = ["F841"]' m.py
=== stdout
m.py:1:8: F401 `os` imported but unused
m.py:3:5: F841 Local variable `y` is assigned to but never used
Found 2 errors.
=== status: 1
=== run: pyreview --config 'select = ["F841"]' --config 'max-complexity = 3' --show-settings m.py | head -4
=== stdout
# settings of m.py
# configuration file: pyproject.toml
# patterns are relative to: .
# rules on: ["E999", "F841"]
=== status: 0
=== run: pyreview --isolated --select F841 b
=== stdout
b/m.py:3:5: F841 Local variable `y` is assigned to but never used
Found 1 error.
=== status: 1
=== run: pyreview --show-settings m.py
=== stdout
# settings of m.py
# configuration file: pyproject.toml
# patterns are relative to: .
# rules on: ["E999", "F401"]
exclude = [".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache", ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv", ".vscode", "__pypackages__", "_build", "buck-out", "dist", "node_modules", "site-packages", "venv"]
extend-exclude = []
respect-gitignore = true
force-exclude = false
per-file-ignores = {}
target-version = "py311"
min-severity = "low"
min-confidence = "low"
# output-format is not set: review on a terminal, else concise
# baseline is not set
strict-suppressions = false
external = []
max-complexity = 10
complexity-model = "ruff"
max-branches = 12
max-returns = 6
max-args = 5
max-positional-args = 5
max-statements = 50
max-locals = 15
max-nested-blocks = 5
max-bool-expr = 5
dummy-variable-rgx = "^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+))$"
allowed-unused-imports = []
generic-exceptions = []
generic-raise-functions = 3
logger-objects = []
public-api = false

[naming]
ignore-names = ["setUp", "tearDown", "setUpClass", "tearDownClass", "setUpModule", "tearDownModule", "asyncSetUp", "asyncTearDown", "setUpTestData", "failureException", "longMessage", "maxDiff"]
classmethod-decorators = []
staticmethod-decorators = []

[docstrings]
convention = "none"
ignore-decorators = []

[security]
check-typed-exception = false
assert-in-tests = false
report-constant-commands = false
hardcoded-tmp-directory = ["/tmp", "/var/tmp", "/dev/shm"]
command-wrappers = { "oslo_concurrency.processutils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "nova.utils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "processutils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "utils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "trycmd" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] } }
=== status: 0
=== run: pyreview --show-settings --config other.toml --target-version py38 --max-complexity 7 --per-file-ignores 'tests/*:F401' --extend-exclude 'gen/' --baseline b.toml m.py
=== stdout
# settings of m.py
# configuration file: other.toml
# patterns are relative to: .
# rules on: ["E999", "F401", "F841"]
exclude = [".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache", ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv", ".vscode", "__pypackages__", "_build", "buck-out", "dist", "node_modules", "site-packages", "venv"]
extend-exclude = ["gen/"]
respect-gitignore = true
force-exclude = false
per-file-ignores = { "tests/*" = ["F401"] }
target-version = "py38"
min-severity = "low"
min-confidence = "low"
# output-format is not set: review on a terminal, else concise
baseline = "b.toml"
strict-suppressions = false
external = []
max-complexity = 7
complexity-model = "ruff"
max-branches = 12
max-returns = 6
max-args = 5
max-positional-args = 5
max-statements = 50
max-locals = 15
max-nested-blocks = 5
max-bool-expr = 5
dummy-variable-rgx = "^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+))$"
allowed-unused-imports = []
generic-exceptions = []
generic-raise-functions = 3
logger-objects = []
public-api = false

[naming]
ignore-names = ["setUp"]
classmethod-decorators = []
staticmethod-decorators = []

[docstrings]
convention = "none"
ignore-decorators = []

[security]
check-typed-exception = false
assert-in-tests = false
report-constant-commands = false
hardcoded-tmp-directory = ["/tmp", "/var/tmp", "/dev/shm"]
command-wrappers = { "oslo_concurrency.processutils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "nova.utils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "processutils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "utils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "trycmd" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] } }
=== status: 0
=== run: pyreview --isolated --config 'per-file-ignores = { "a.py" = ["F401"] }' --config 'security.command-wrappers = { "pkg.run" = { kind = "shell", argv = "first" } }' --show-settings m.py | grep -E '^(per-file|command-wrappers)'
=== stdout
per-file-ignores = { "a.py" = ["F401"] }
command-wrappers = { "oslo_concurrency.processutils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "nova.utils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "processutils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "utils.execute" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "trycmd" = { kind = "subprocess", argv = "varargs", shell-kw = "shell", privilege-kw = ["run_as_root"] }, "pkg.run" = { kind = "shell", argv = "first", shell-kw = "shell", privilege-kw = [] } }
=== status: 0
=== run: pyreview --config other.toml --show-settings m.py | grep -A1 '^\[naming\]'
=== stdout
[naming]
ignore-names = ["setUp"]
=== status: 0
