# A name used only in a doctest is unused (pyflakes and ruff agree; pyflakes#718:
# doctests should import what they use).


import os


def f():
    """
    >>> os.getcwd()
    """
