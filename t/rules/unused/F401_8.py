# Imports in `try` with an `except ImportError` (RULES.md 2.1).  An import the handler
# binds again (`lxml = None`) is not reported: the fallback replaces it.  One whose
# handler raises only probes that the module is there (pyflakes 2.5 reports it: the
# pyflakes-known.txt entries of site.py, concurrent/futures/process.py and
# test_regrtest.py): not reported.  One whose handler does nothing is reported, with
# ruff's advice to use importlib.util.find_spec.
try:
    import lxml
except ImportError:
    lxml = None

try:
    import scipy
except (ImportError, AttributeError):
    raise RuntimeError("needs scipy")

try:
    import numpy
except ModuleNotFoundError:
    pass
