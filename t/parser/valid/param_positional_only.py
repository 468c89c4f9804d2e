def f(a, b, /, c):
    pass
def g(a, /):
    pass
def h(a=1, /, b=2):
    pass
def k(a, /, *, b):
    pass
def m(a, /, *args, **kwargs):
    pass
