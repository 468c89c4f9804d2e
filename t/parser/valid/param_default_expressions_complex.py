def f(a=[x for x in range(3)], b={k: v for k, v in items}, c=(yield_ for yield_ in ()), d=await_):
    pass
