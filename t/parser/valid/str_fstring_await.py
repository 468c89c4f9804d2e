async def f():
    return f"{await value()}"
