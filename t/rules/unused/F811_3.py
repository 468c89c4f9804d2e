# An import replaced in a loop body before any read: ruff says F811, as pyreview does;
# pyflakes 2.5 calls it "shadowed by loop variable" (F402) though no loop variable is
# involved (the pyflakes-known.txt entry of test_import/__init__.py).  An unused import
# shadowed from an inner scope is F811 too (pyflakes' deferred check).
import json
for i in range(2):
    import json

import os


def f(os):
    return os
