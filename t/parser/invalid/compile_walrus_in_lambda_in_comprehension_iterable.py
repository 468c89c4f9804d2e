def f(items):
    return [x for x in (lambda: (y := items))()]
