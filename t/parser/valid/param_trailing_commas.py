def f(a,):
    pass
def g(*a,):
    pass
def h(**k,):
    pass
def i(a, /,):
    pass
def j(*, a,):
    pass
def k(
    a,
    b=1,
    *c,
    d,
    **e,
):
    pass
