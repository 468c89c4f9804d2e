def f(key, *, key):
    pass
