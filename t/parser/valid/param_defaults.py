def f(a, b=1, c=None, d=[], e={}, f=lambda: 0, g=x if y else z):
    pass
def g(a=(1, 2), b=-1, c=not True, d=f(x)):
    pass
