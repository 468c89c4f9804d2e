# Cross-check (valid in 3.13): decorators, walrus, starred subscripts, lambdas.
import functools


@functools.cache
@(lambda f: f)
def f(a, /, b=1, *args, c, d=2, **kw):
    return a


xs = [1, 2, 3]
if (n := len(xs)) > 2:
    print(xs[*xs[:1]], n)
first, *rest = xs
print(*rest, **{"sep": ", "})
global_value = lambda *a, **k: (a, k)
y = 1 if xs else 2 or not xs and xs is not None
del first, rest
assert n, "message"
