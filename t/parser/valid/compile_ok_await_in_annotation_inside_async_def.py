async def outer():
    def inner(x: await lookup()):
        pass
