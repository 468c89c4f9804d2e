# Star imports (F403, F405).  A star import is never reported as unused: which names
# it brings, and so whether one is read, cannot be known (in the standard library they
# replace pure-Python definitions with C ones, `from _bisect import *`); pyflakes 2.5
# reports `'_bisect.*' imported but unused` (the pyflakes-known.txt entries of
# bisect.py, heapq.py, decimal.py, ...) and ruff does not.  Names nothing binds may come
# from it: F405, also for names of __all__.
import os
from json import *


def dumps2(x):
    return dumps(x)


__all__ = ["dumps2", "loads", "os"]
