async def f():
    if await ready():
        pass
    while not await done():
        pass
    x = await a if await b else await c
