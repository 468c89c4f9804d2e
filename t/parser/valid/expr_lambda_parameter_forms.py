f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y=1: x + y
f3 = lambda *args, **kwargs: (args, kwargs)
f4 = lambda a, /, b, *, c, d=2, **e: 0
f5 = lambda *, key: key
f6 = lambda a=1, /, b=2: a + b
f7 = lambda x,: x
f8 = lambda *a, b, c=3: 0
f9 = lambda a, b, /: 0
f10 = lambda: (yield)
