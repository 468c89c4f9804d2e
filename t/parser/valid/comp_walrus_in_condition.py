[y for x in data if (y := f(x)) is not None]
[last := x for x in xs]
def total(xs):
    return [running := running + x for x in xs]
