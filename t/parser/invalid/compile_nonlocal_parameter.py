def outer():
    x = 0
    def inner(x):
        nonlocal x
    return inner
