# C901, ruff's count: async for, async with, try*, while True: as their plain forms (RULES.md §2.3)
async def f(a, b):
    async for x in a:
        pass
    async with b:
        while True:
            break
    try:
        pass
    except* ValueError:
        pass
