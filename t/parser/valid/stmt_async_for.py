async def consume(stream):
    async for item in stream:
        handle(item)
    else:
        done()
    async for key, value in pairs():
        pass
