async def f():
    a = [x async for x in aiter()]
    b = {k: v async for k, v in apairs()}
    c = [await x for x in tasks]
    d = (x async for x in aiter())
    e = [x async for y in outer() for x in y]
    g = [x for y in ys async for x in y if await x]
    h = {x async for x in aiter() if x}
