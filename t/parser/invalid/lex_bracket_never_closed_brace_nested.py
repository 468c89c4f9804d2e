config = f(a, [b, {c: d
