# F821: undefined names.  Builtins are Python 3.14's: PythonFinalizationError and
# _IncompleteInputError are new in 3.13, which pyflakes 2.5 on Python 3.11 does not
# know (the pyflakes-known.txt entries of codeop.py and test_pickle.py).  Module
# dunders and `__class__` in methods are defined; `del` of an unbound name is F821.
print(__file__, __name__, __doc__, __spec__, __loader__, __package__, __builtins__)
print(__annotations__, __cached__, PythonFinalizationError, _IncompleteInputError)
print(undefined_one)


class C:
    print(__module__, __qualname__)

    def m(self):
        return __class__


def f():
    del nothing_here
    return __class__
