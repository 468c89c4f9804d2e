def f(a: (yield), /, b: (yield)):
    pass
