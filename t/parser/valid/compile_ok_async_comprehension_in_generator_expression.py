def streams(sources):
    return ([x async for x in s] for s in sources)
