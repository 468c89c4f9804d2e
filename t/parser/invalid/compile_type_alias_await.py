async def f():
    type Alias = await get_type()
