async def outer():
    def inner():
        await fetch()
    return inner
