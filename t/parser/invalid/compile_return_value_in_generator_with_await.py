# await makes the generator asynchronous, even in a plain def.
def ticks():
    yield 1
    return 2
    await later()
