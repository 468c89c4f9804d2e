def f(streams):
    return [[x async for x in s] for s in streams]
