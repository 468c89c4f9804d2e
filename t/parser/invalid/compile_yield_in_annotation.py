def f(x: (yield)):
    pass
