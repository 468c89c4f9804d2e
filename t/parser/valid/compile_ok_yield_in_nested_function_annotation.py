def outer():
    def inner(x: (yield)):
        pass
    return inner
