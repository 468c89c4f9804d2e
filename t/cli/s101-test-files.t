# S101 leaves test files alone (test*.py, *_test.py, conftest.py, files under test/ or
# tests/), judged by the path below the project's root (where its configuration is, or
# the working directory): a project checked out under a directory named tests/ is not all
# tests.
=== file: tests/proj/pyproject.toml
[tool.pyreview]
select = ["S101"]
=== file: tests/proj/pkg/mod.py
def f(x):
    assert x
=== file: tests/proj/pkg/tests/helpers.py
def f(x):
    assert x
=== file: tests/proj/pkg/test_mod.py
def test_f():
    assert True
=== run: pyreview tests/proj
=== stdout
tests/proj/pkg/mod.py:2:5: S101 Use of `assert` detected
Found 1 error.
=== status: 1
=== run: pyreview --isolated --select S101 tests/proj
=== stdout
All checks passed!
=== status: 0
