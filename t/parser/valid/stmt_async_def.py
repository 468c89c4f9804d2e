async def fetch(url, *, timeout=10):
    return await get(url, timeout=timeout)
