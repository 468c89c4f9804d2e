def outer():
    x = 0
    def inner():
        global x
        nonlocal x
    return inner
