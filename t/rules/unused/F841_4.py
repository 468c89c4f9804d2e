# Dummy names, ruff's default dummy-variable-rgx ^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+?))$:
# `_`, `__`, `_x`, `__x` are exempt, `_x_` is not.  pyflakes exempts `_` only (the
# pyflakes-known.txt F841 entries of test_random.py, test_scope.py, test_sys.py,
# test_compile.py and test_named_expressions.py are such names).
def f():
    _ = 1
    __ = 2
    _x = 3
    __mangled = 4
    _x_ = 5
    try:
        pass
    except OSError as _err:
        pass
