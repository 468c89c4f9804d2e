# F402: an import shadowed by a loop variable, in its own scope or an inner one.
import os
import sys

for os in range(3):
    pass


def f():
    for sys in range(3):
        pass
    return [path for path in ()]
