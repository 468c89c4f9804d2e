import a as b
from c import d
async def f(x):
    global g
    def h():
        nonlocal x
        del x
    for i in range(3):
        if i is not None and i in (1, 2) or not i:
            continue
        elif i:
            break
        else:
            pass
    while False:
        pass
    try:
        assert True
    except Exception as e:
        raise
    finally:
        pass
    async with x:
        await x
    async for y in x:
        pass
    with x as y:
        pass
    return lambda: (yield)
class K:
    pass
