def gen():
    received = yield
    sent = yield received
    pair = yield 1, 2
    delegated = yield from other()
