async def f():
    # await binds tighter than **, and - binds looser than both
    a = await x ** 2
    b = -await x
    c = 2 ** await x
    d = await x.y()[0]
