async def f():
    type Alias[T: (await get())] = T
