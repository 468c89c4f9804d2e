counter = 0
def outer():
    global counter, other
    value = 1
    def inner():
        nonlocal value
        value += 1
        counter = value
    return inner
