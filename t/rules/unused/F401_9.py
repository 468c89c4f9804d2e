# `del` of an import uses it (RULES.md 2.1); a `del` under a condition too, where
# pyflakes 2.5 ignores it and reports the import (and F841 for a local: the
# pyflakes-known.txt entry of test_queue.py).
import os
import sys

del os
if sys.platform:
    del sys


def f(flag):
    o = object()
    while flag:
        del o
