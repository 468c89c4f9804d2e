# PLR0911: seven return statements; those of a nested def are its own.
def f(x):
    def g():
        return 0

    if x == 1:
        return 1
    if x == 2:
        return 2
    if x == 3:
        return 3
    for y in x:
        return y
    try:
        return 5
    finally:
        return 6
    return g


def six(x):
    if x:
        return 1
    if x:
        return 2
    if x:
        return 3
    if x:
        return 4
    if x:
        return 5
    return 6
