# Iterable unpacking may follow keyword arguments; only positional ones may not.
f(*a, key=1, *b)
f(key=1, *a)
f(key=1, **kw, other=2)
f(*a, **kw)
