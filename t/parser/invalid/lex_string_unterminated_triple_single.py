def f():
    '''docstring that
    is never closed
    return 1
