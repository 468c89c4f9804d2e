def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from other()
    x = yield
    f((yield))
    f((yield 1))
    y = [(yield)]
    z = (yield), (yield)
