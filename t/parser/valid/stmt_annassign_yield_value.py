def gen():
    received: int = yield
    more: list = yield from source
