compose = lambda f: lambda g: lambda x: f(g(x))
key = sorted(items, key=lambda item: (item[1], -item[0]))
