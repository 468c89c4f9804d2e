# F842: an annotation without a value, never read, in a function.
def f():
    x: int
    y: int
    y = 1
    return y
