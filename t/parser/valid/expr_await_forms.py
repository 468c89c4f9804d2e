async def main():
    await sleep(1)
    result = await fetch().json()
    values = [await task for task in tasks]
    await (await nested)
    total = await a + await b
    return await asyncio.gather(*tasks)
