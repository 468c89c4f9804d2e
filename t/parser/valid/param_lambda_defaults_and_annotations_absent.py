f = lambda a=1, *b, c=(1, 2), **d: (a, b, c, d)
g = lambda a=lambda: 0: a
