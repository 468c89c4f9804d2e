async def fetch[T](url: str, parser: Callable[[bytes], T]) -> T:
    return parser(await get(url))
