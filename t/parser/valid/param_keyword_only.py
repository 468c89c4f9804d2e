def f(*, a, b=1, c):
    pass
def g(*args, key, **kwargs):
    pass
def h(a, *, b=2):
    pass
